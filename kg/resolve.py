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
from dataclasses import dataclass
from typing import Any

from kg import gazetteer
from kg.model import Entity, Event, Extraction, Mention
from kg.vocab import PLACE_CLASSES

__all__ = [
    "Resolution",
    "SameEvent",
    "SameStoredEvent",
    "StoredEvent",
    "name_key",
    "resolve",
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
    """Two event mentions in different briefs that report one event."""

    a: tuple[str, int]  # (brief id, index of the event in its extraction)
    b: tuple[str, int]
    basis: str


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event that a brief outside the run already stored, as far as linking needs it."""

    iri: str
    brief: str
    cls: str
    actors: frozenset[str]  # entity keys of its agents, patients and targets
    places: frozenset[str]  # entity keys, or the IRI of a place the run does not name
    date: str | None  # lexical form


@dataclass(frozen=True, slots=True)
class SameStoredEvent:
    """An event of the run that reports an event already stored from another brief."""

    a: tuple[str, int]
    iri: str
    basis: str


@dataclass(frozen=True, slots=True)
class Resolution:
    entities: dict[str, Entity]
    keys: dict[tuple[str, int, int], str]  # (brief id, start, end) -> entity key
    same_events: tuple[SameEvent, ...]
    same_stored: tuple[SameStoredEvent, ...] = ()

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
#: (actor keys, place keys) -> stored events of other briefs with one of those actors
StoredEvents = Callable[[Collection[str], Collection[str]], Sequence[StoredEvent]]


def resolve(
    extractions: Sequence[Extraction],
    *,
    known: Known | None = None,
    stored_events: StoredEvents | None = None,
) -> Resolution:
    """Entities of a run, and the events that several briefs report. `known` is
    asked, once, for the label and class that keys of the run already have in the
    store; those are kept, so an entity does not change its name between runs.
    `stored_events` is asked, once, for the stored events of other briefs that
    involve the run's named actors, so that a report of an event stored in an
    earlier run is linked to it too."""
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
    same = tuple(_same_events(extractions, keys, entities))
    linked = (
        tuple(_same_stored(extractions, keys, entities, stored_events)) if stored_events else ()
    )
    return Resolution(entities, keys, same, linked)


def _event_keys(
    bid: str, e: Event, keys: dict[tuple[str, int, int], str], roles: set[str]
) -> set[str]:
    return {
        keys[(bid, a.mention.start, a.mention.end)]
        for a in e.args
        if a.role in roles and not keys[(bid, a.mention.start, a.mention.end)].startswith("local/")
    }


_ACTOR_ROLES = frozenset({"agent", "patient", "target"})
# Things people do again and again (speak, get detained, protest, complain): two
# reports are one such event only when both give the same day.
_REPEATABLE = frozenset(
    {
        "Statement",
        "Denial",
        "Appeal",
        "Condemnation",
        "Discussion",
        "Detention",
        "Assault",
        "Dispersal",
        "Protest",
        "Complaint",
        "Petition",
    }
)
_DATE = re.compile(r"(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?")


def _date_parts(lexical: str) -> tuple[str | None, ...]:
    """(year, month, day) of an xsd date, gYearMonth, gMonthDay or gYear, None where
    the form leaves it open; the whole lexical form when it is none of those."""
    m = _DATE.fullmatch(lexical)
    return (m[1], m[2], m[3]) if m and (m[1] or m[2]) else (lexical,)


def _dates_agree(a: str, b: str) -> bool:
    pa, pb = _date_parts(a), _date_parts(b)
    if len(pa) != len(pb):
        return False
    return all(x is None or y is None or x == y for x, y in zip(pa, pb, strict=True))


def _same_day(a: str | None, b: str | None) -> bool:
    if not (a and b and _dates_agree(a, b)):
        return False
    pa, pb = _date_parts(a), _date_parts(b)
    return len(pa) == 3 and pa[2] is not None and pb[2] is not None


def _agreement(
    a: tuple[str, set[str] | frozenset[str], set[str] | frozenset[str], str | None],
    b: tuple[str, set[str] | frozenset[str], set[str] | frozenset[str], str | None],
) -> set[str]:
    """The named actors two events share when they can be one event: same class,
    a shared named actor, and no disagreement on place or date (repeatable actions
    need the same day); else nothing."""
    (cls_a, actors_a, places_a, date_a), (cls_b, actors_b, places_b, date_b) = a, b
    if cls_a != cls_b or (date_a and date_b and not _dates_agree(date_a, date_b)):
        return set()
    if cls_a in _REPEATABLE and not _same_day(date_a, date_b):
        return set()
    if places_a and places_b and not places_a & places_b:
        return set()
    return set(actors_a & actors_b)


def _facts(
    bid: str, e: Event, keys: dict[tuple[str, int, int], str]
) -> tuple[str, set[str], set[str], str | None]:
    return (
        e.cls,
        _event_keys(bid, e, keys, set(_ACTOR_ROLES)),
        _event_keys(bid, e, keys, {"place"}),
        e.date.lexical if e.date else None,
    )


def _basis(cls: str, a: str, b: str, actors: set[str], entities: dict[str, Entity]) -> str:
    names = ", ".join(sorted(entities[k].label for k in actors))
    return f"{cls} reported in {a} and {b}: same {names}; no disagreement on place or date"


def _same_events(
    extractions: Sequence[Extraction],
    keys: dict[tuple[str, int, int], str],
    entities: dict[str, Entity],
) -> list[SameEvent]:
    """Link one event reported in several briefs of the run."""
    out = []
    flat = [
        (ex.brief.id, i, _facts(ex.brief.id, e, keys))
        for ex in extractions
        for i, e in enumerate(ex.events)
        if not e.modality
    ]
    for x, (ba, ia, fa) in enumerate(flat):
        for bb, ib, fb in flat[x + 1 :]:
            if ba != bb and (actors := _agreement(fa, fb)):
                out.append(SameEvent((ba, ia), (bb, ib), _basis(fa[0], ba, bb, actors, entities)))
    return out


def _same_stored(
    extractions: Sequence[Extraction],
    keys: dict[tuple[str, int, int], str],
    entities: dict[str, Entity],
    stored_events: StoredEvents,
) -> list[SameStoredEvent]:
    """Link events of the run to the same events stored from other briefs."""
    flat = [
        (ex.brief.id, i, _facts(ex.brief.id, e, keys))
        for ex in extractions
        for i, e in enumerate(ex.events)
        if not e.modality
    ]
    actors = {k for _, _, f in flat for k in f[1]}
    if not actors:
        return []
    places = {k for _, _, f in flat for k in f[2]}
    stored = sorted(stored_events(actors, places), key=lambda s: s.iri)
    out = []
    for bid, i, facts in flat:
        for old in stored:
            theirs = (old.cls, old.actors, old.places, old.date)
            if old.brief != bid and (shared := _agreement(facts, theirs)):
                basis = _basis(facts[0], bid, old.brief, shared, entities)
                out.append(SameStoredEvent((bid, i), old.iri, basis))
    return out
