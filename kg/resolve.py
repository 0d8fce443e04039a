"""Resolution: mentions become entities, one stable key per real-world thing.

Keys, and so IRIs, depend only on what a mention says, never on which other
briefs are in the run, so the same entity gets the same IRI across runs:

- a gazetteer entry is keyed by its id (Астана = Нұр-Сұлтан);
- a named person, organisation or place by its class family and normalised name
  (КМК Мұнай = "КМК-Мұнай", АМК-Мұнай ≠ КМК-Мұнай);
- a surname alone joins the full name mentioned in the same brief;
- an unnamed group or common noun (жұмысшылар, полиция) stays inside its brief,
  except "компания", which joins the company the brief named.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from kg import gazetteer
from kg.extract.frames import REPEATABLE
from kg.model import Entity, Event, Extraction, Mention
from kg.vocab import PLACE_CLASSES

__all__ = [
    "Resolution",
    "SameEvent",
    "SameStoredEvent",
    "StoredEvent",
    "name_key",
    "resolve",
    "story_key",
]

_PLACES = PLACE_CLASSES
_ORG_PRIORITY = (
    "Court",
    "LawEnforcement",
    "GovernmentBody",
    "PoliticalParty",
    "Company",
    "NGO",
    "MediaOutlet",
    "CulturalInstitution",
    "Organization",
)
_GENERIC_COMPANY = frozenset({"компания", "кәсіпорын"})


def name_key(label: str) -> str:
    """Case, quotes, hyphens and spacing folded: "КМК-Мұнай" -> "кмк мұнай"."""
    text = unicodedata.normalize("NFC", label).casefold()
    text = re.sub(r"[«»“”„\"'`’]", "", text)
    text = re.sub(r"[-‐‑‒–—]", " ", text)
    text = re.sub(r"№\s+", "№", text)
    return re.sub(r"\s+", " ", text).strip()


def _family(cls: str) -> str:
    if cls == "Person":
        return "person"
    if cls in _PLACES:
        return "place"
    if cls == "Group":
        return "group"
    return "org"


@dataclass(frozen=True, slots=True)
class SameEvent:
    """A report of an event, linked to the canonical report of the same event in
    another brief of the run (the first one read)."""

    a: tuple[str, int]  # (brief id, index of the event in its extraction)
    b: tuple[str, int]  # the canonical report
    basis: str


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """The canonical report of an event that a brief outside the run already stored
    (one not linked to another), as far as linking needs it."""

    iri: str
    brief: str
    cls: str
    actors: frozenset[str]  # entity keys of its agents, patients and targets
    places: frozenset[str]  # entity keys, or the IRI of a place the run does not name
    date: str | None  # lexical form


@dataclass(frozen=True, slots=True)
class SameStoredEvent:
    """An event of the run that reports an event already stored from another brief;
    `iri` is the stored canonical report."""

    a: tuple[str, int]
    iri: str
    basis: str


@dataclass(frozen=True, slots=True)
class Resolution:
    entities: dict[str, Entity]
    keys: dict[tuple[str, int, int], str]  # (brief id, start, end) -> entity key
    same_events: tuple[SameEvent, ...]
    same_stored: tuple[SameStoredEvent, ...] = ()
    #: (brief id, index of the event) -> the index keys of each canonical report of
    #: the run (see `story_key`), stored with it so that later runs find it by them
    story_keys: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict)

    def key(self, brief: str, m: Mention) -> str:
        return self.keys[(brief, m.start, m.end)]


def _mention_key(
    brief: str, m: Mention, persons: dict[str, str], company: str | None
) -> tuple[str, str]:
    """(key, why) for one mention."""
    if m.key:
        return f"gaz/{m.key}", f"gazetteer {m.key}"
    family = _family(m.cls)
    norm = name_key(m.label)
    if m.cls == "Person":
        if " " not in norm and norm in persons:
            return persons[norm], f"surname {m.label} of a full name in {brief}"
        return f"person/{norm}", f"name {norm}"
    if family != "group" and m.label[:1].isupper() and m.cls != "Facility":
        return f"{family}/{norm}", f"name {norm}"
    if norm in _GENERIC_COMPANY and company:
        return company, f"'{m.label}' refers to the company named before in {brief}"
    return f"local/{brief}/{m.cls}/{norm}", f"common noun in {brief}"


def _join_surnames(
    keys: dict[tuple[str, int, int], str],
    why: dict[str, set[str]],
    *tables: dict[str, Any],
) -> None:
    """A surname alone in a brief that names no one in full joins the one full
    name with that surname elsewhere in the run; with two candidates it stays apart."""
    full: dict[str, set[str]] = defaultdict(set)
    for key in keys.values():
        if key.startswith("person/") and " " in key:
            full[key.rsplit(" ", 1)[-1]].add(key)
    moves = {}
    for key in set(keys.values()):
        if key.startswith("person/") and " " not in key:
            owners = full.get(key[len("person/") :], set())
            if len(owners) == 1:
                moves[key] = next(iter(owners))
    for where, key in keys.items():
        if key in moves:
            keys[where] = moves[key]
    for old, new in moves.items():
        for table in (why, *tables):
            if old in table:
                table[new].update(table.pop(old))  # sets and counters alike
        why[new].add(f"surname {old[len('person/') :]} of the one full name {new[7:]} in the run")


def _pick_class(classes: Counter[str]) -> str:
    if len(classes) == 1:
        return next(iter(classes))
    for cls in _ORG_PRIORITY:
        if cls in classes:
            return cls
    return sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _pick_label(labels: Counter[str]) -> str:
    return sorted(labels.items(), key=lambda kv: (-kv[1], -kv[0].count("-"), kv[0]))[0][0]


Known = Callable[[Collection[str]], Mapping[str, tuple[str, str]]]
#: ({story key: actor key}, place keys) -> the stored canonical events of other
#: briefs under one of those story keys
StoredEvents = Callable[[Mapping[str, str], Collection[str]], Sequence[StoredEvent]]


def resolve(
    extractions: Sequence[Extraction],
    *,
    known: Known | None = None,
    stored_events: StoredEvents | None = None,
) -> Resolution:
    """Entities of a run, and the events that several briefs report. `known` is
    asked, once, for the label and class that keys of the run already have in the
    store; those are kept, so an entity does not change its name between runs.
    `stored_events` is asked, once, for the stored canonical events of other briefs
    under the story keys of the run's reports (class, named actor and, for
    repeatable actions, the day), so that a report of an event stored in an
    earlier run is linked to it too. Each story has one canonical report (the first
    read) and every other report is linked to it, never to each other."""
    keys: dict[tuple[str, int, int], str] = {}
    why: dict[str, set[str]] = defaultdict(set)
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    alts: dict[str, set[str]] = defaultdict(set)
    briefs: dict[str, set[str]] = defaultdict(set)
    occupations: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        bid = ex.brief.id
        persons: dict[str, str] = {}
        for m in ex.mentions:
            if m.cls == "Person" and " " in m.label.strip():
                persons.setdefault(name_key(m.label.split()[-1]), f"person/{name_key(m.label)}")
        company: str | None = None
        for m in sorted(ex.mentions, key=lambda m: m.start):
            key, reason = _mention_key(bid, m, persons, company)
            if m.cls == "Company" and m.label[:1].isupper():
                company = key
            keys[(bid, m.start, m.end)] = key
            why[key].add(reason)
            classes[key][m.cls] += 1
            labels[key][m.label] += 1
            alts[key].add(m.text.strip('"'))
            if m.key:  # the alias the text names it by: ҚКХП for the renamed party
                alts[key].update(g.name for g in gazetteer.find(m.text) if g.entry.id == m.key)
            briefs[key].add(bid)
            if m.occupation:
                occupations[key].add(m.occupation)
    _join_surnames(keys, why, classes, labels, alts, briefs, occupations)
    stored = known({k for k in keys.values() if not k.startswith("local/")}) if known else {}
    entities: dict[str, Entity] = {}
    for key in sorted(keys.values()):
        if key in entities:
            continue
        entry = gazetteer.get(key[4:]) if key.startswith("gaz/") else None
        label = entry.name if entry else _pick_label(labels[key])
        cls = entry.cls if entry else _pick_class(classes[key])
        if key in stored and not entry:
            label, cls = stored[key]
        entities[key] = Entity(
            key=key,
            cls=cls,
            label=label,
            alt_labels=tuple(sorted(alts[key] - {label})),
            briefs=tuple(sorted(briefs[key])),
            basis="; ".join(sorted(why[key])),
            wikidata=entry.wikidata if entry else None,
            lat=entry.lat if entry else None,
            lon=entry.lon if entry else None,
            parent=(f"gaz/{entry.parent}" if entry and entry.parent else None),
            occupation=(sorted(occupations[key])[0] if occupations[key] else None),
        )
    reports = [
        ((ex.brief.id, i), _facts(ex.brief.id, e, keys))
        for ex in extractions
        for i, e in enumerate(ex.events)
        if not e.modality
    ]
    earlier: Sequence[StoredEvent] = ()
    wanted = {story_key(*b): b[1] for _, f in reports for b in _buckets(f)}
    if stored_events and wanted:
        earlier = stored_events(wanted, {k for _, f in reports for k in f.places})
    same, linked, anchors = _link(reports, earlier, entities)
    return Resolution(entities, keys, tuple(same), tuple(linked), anchors)


def _event_keys(
    bid: str, e: Event, keys: dict[tuple[str, int, int], str], roles: Collection[str]
) -> set[str]:
    return {
        keys[(bid, a.mention.start, a.mention.end)]
        for a in e.args
        if a.role in roles and not keys[(bid, a.mention.start, a.mention.end)].startswith("local/")
    }


_ACTOR_ROLES = frozenset({"agent", "patient", "target"})
_DATE = re.compile(r"(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?")

Day = tuple[str | None, ...]


class _Facts(NamedTuple):
    """What two reports of an event are compared on."""

    cls: str
    actors: frozenset[str]
    places: frozenset[str]
    date: Day | None  # (year, month, day), None where the form leaves it open


def _date_parts(lexical: str) -> Day:
    """(year, month, day) of an xsd date, gYearMonth, gMonthDay or gYear, None where
    the form leaves it open; the whole lexical form when it is none of those."""
    m = _DATE.fullmatch(lexical)
    return (m[1], m[2], m[3]) if m and (m[1] or m[2]) else (lexical,)


def _dates_agree(a: Day, b: Day) -> bool:
    """Equal wherever both say something (--02-04 agrees with 2021-02-04)."""
    return len(a) == len(b) and all(
        x is None or y is None or x == y for x, y in zip(a, b, strict=True)
    )


def _has_day(d: Day | None) -> bool:
    return d is not None and len(d) == 3 and d[2] is not None


def _agreement(a: _Facts, b: _Facts) -> set[str]:
    """The named actors two reports share when they can be one event: same class,
    a shared named actor, and no disagreement on place or date (repeatable actions
    need the same day); else nothing."""
    if a.cls != b.cls:
        return set()
    if a.date and b.date and not _dates_agree(a.date, b.date):
        return set()
    if a.cls in REPEATABLE and not (_has_day(a.date) and _has_day(b.date)):
        return set()
    if a.places and b.places and not a.places & b.places:
        return set()
    return set(a.actors & b.actors)


def _facts(bid: str, e: Event, keys: dict[tuple[str, int, int], str]) -> _Facts:
    return _Facts(
        e.cls,
        frozenset(_event_keys(bid, e, keys, _ACTOR_ROLES)),
        frozenset(_event_keys(bid, e, keys, {"place"})),
        _date_parts(e.date.lexical) if e.date else None,
    )


def _basis(cls: str, a: str, b: str, actors: set[str], entities: dict[str, Entity]) -> str:
    names = ", ".join(sorted(entities[k].label for k in actors))
    return f"{cls} reported in {a} and {b}: same {names}; no disagreement on place or date"


Report = tuple[tuple[str, int], _Facts]  # (brief id, index of the event), its facts


class _Anchor(NamedTuple):
    """The canonical report of a story: the first one read, stored or of the run."""

    order: int
    brief: str
    facts: _Facts
    node: tuple[str, int] | str  # a report of the run, or the IRI of a stored event


def _buckets(f: _Facts) -> list[tuple[str, str, Day | None]]:
    """Index keys under which a report can meet the canonical report of its story:
    one per named actor (two reports of one story share one), and the day for
    repeatable actions, which are one story only on the same day."""
    if f.cls not in REPEATABLE:
        return [(f.cls, actor, None) for actor in sorted(f.actors)]
    if not _has_day(f.date):
        return []
    assert f.date is not None
    return [(f.cls, actor, f.date[1:]) for actor in sorted(f.actors)]


def story_key(cls: str, actor: str, day: Day | None) -> str:
    """The index key of one bucket of `_buckets`, as stored on a canonical report
    (kgo:sameEventKey): ``Strike|org/кмк мұнай|`` or ``Detention|person/x|02-04``."""
    return f"{cls}|{actor}|{'-'.join(p or '' for p in day) if day else ''}"


def _link(
    reports: Sequence[Report], stored: Sequence[StoredEvent], entities: dict[str, Entity]
) -> tuple[list[SameEvent], list[SameStoredEvent], dict[tuple[str, int], tuple[str, ...]]]:
    """Each report joins the first canonical report (stored ones first, then those of
    the run in input order) that it agrees with, or becomes the canonical report of a
    new story. An index from (class, actor, day) to the stories' canonical reports
    keeps this linear in the reports: k reports of one story give k - 1 links."""
    index: dict[tuple[str, str, Day | None], list[_Anchor]] = defaultdict(list)
    order = 0
    for old in sorted(stored, key=lambda s: s.iri):
        date = _date_parts(old.date) if old.date else None
        anchor = _Anchor(order, old.brief, _Facts(old.cls, old.actors, old.places, date), old.iri)
        order += 1
        for key in _buckets(anchor.facts):
            index[key].append(anchor)
    same: list[SameEvent] = []
    linked: list[SameStoredEvent] = []
    anchors: dict[tuple[str, int], tuple[str, ...]] = {}
    for ref, facts in reports:
        keys = _buckets(facts)
        candidates = sorted({a for key in keys for a in index.get(key, ())})
        for anchor in candidates:
            if anchor.brief == ref[0] or not (shared := _agreement(facts, anchor.facts)):
                continue
            basis = _basis(facts.cls, ref[0], anchor.brief, shared, entities)
            if isinstance(anchor.node, str):
                linked.append(SameStoredEvent(ref, anchor.node, basis))
            else:
                same.append(SameEvent(ref, anchor.node, basis))
            break
        else:
            anchor = _Anchor(order, ref[0], facts, ref)
            order += 1
            for key in keys:
                index[key].append(anchor)
            if keys:
                anchors[ref] = tuple(story_key(*k) for k in keys)
    return same, linked, anchors
