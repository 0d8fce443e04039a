"""A gazetteer of Kazakhstan's places and the organisations briefs keep naming.

Places come from `kg/data/kz_places.csv` (credits in `kg/data/SOURCES.md`),
organisations from `kg/data/organisations.csv`. `find` matches every name and
alias in the inflected forms Kazakh gives it: only the last word of a name
inflects (Ақтөбе облысының, «Нұр Отанның»), with case, 3rd person possessive and
relative -дағы endings in the harmony and assimilation of the stem. The longest
match wins, so "Алматы облысында" is the region, not the city.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from kg.lang.data_suffixes import MORPHEMES
from kg.lang.inflect import noun_forms

__all__ = ["GazetteerEntry", "GazetteerMatch", "entries", "find", "get", "lookup"]

_PLACE_CLASSES = {
    "country": "Country",
    "region": "Region",
    "city": "City",
    "district": "District",
    "village": "Village",
    "facility": "Facility",
}
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)
# Head nouns whose noun already ends in a 3rd person possessive; names ending in
# another -ы/-і word (Республикасы, Штаттары) are treated the same way.
_POSSESSIVE_END = re.compile(
    "(?:" + "|".join(x for text in MORPHEMES["P3"][1].values() for x in text.split()) + ")$"
)


def _suffixes(name: str) -> list[str]:
    return [x for text in MORPHEMES[name][1].values() for x in text.split()]


# A locative and the relative -ғы/-гі after it (агенттігіндегі), which takes the
# plural after a vowel: агенттігіндегілер, the people at the agency.
_RELATIVE_END = re.compile(
    "(?:{})(?:{})$".format(
        "|".join(_suffixes("LOC") + _suffixes("LOC_N")), "|".join(_suffixes("REL"))
    )
)
_BACK_PLURAL, _FRONT_PLURAL = MORPHEMES["PL"][1]["VR"].split()
_REL_PLURAL = {"ы": _BACK_PLURAL, "і": _FRONT_PLURAL}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str
    cls: str
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None
    lat: float | None
    lon: float | None
    parent: str | None


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    start: int
    end: int
    entry: GazetteerEntry
    name: str = ""  # the name or alias the text uses, in the nominative (Ұлттық гвардия)


@dataclass(frozen=True, slots=True)
class _Form:
    entry: GazetteerEntry
    words: tuple[str, ...]  # the name's words as written, for the capitalisation check
    rank: int  # lower is better: nominative name, then alias, then inflected forms


@dataclass(frozen=True, slots=True)
class _Index:
    by_id: dict[str, GazetteerEntry]
    by_name: dict[str, GazetteerEntry]
    forms: dict[tuple[str, ...], tuple[_Form, ...]]
    longest: dict[str, int]  # the most words of a name that starts with this word


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _split(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split("|") if a.strip())


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _load_entries() -> list[GazetteerEntry]:
    out: list[GazetteerEntry] = []
    for row in _read("kz_places.csv"):
        out.append(
            GazetteerEntry(
                id=row["id"],
                cls=_PLACE_CLASSES[row["type"]],
                name=row["name_kk"],
                aliases=_split(row["aliases_kk"]),
                wikidata=row["wikidata"] or None,
                lat=_float(row["lat"]),
                lon=_float(row["lon"]),
                parent=row["parent_id"] or None,
            )
        )
    for row in _read("organisations.csv"):
        out.append(
            GazetteerEntry(
                id=row["id"],
                cls=row["cls"],
                name=row["name_kk"],
                aliases=_split(row["aliases_kk"]),
                wikidata=row["wikidata"] or None,
                lat=None,
                lon=None,
                parent=None,
            )
        )
    return out


def _not_bare() -> frozenset[str]:
    text = resources.files("kg.data").joinpath("ambiguous_names.tsv").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _surfaces(entry: GazetteerEntry, not_bare: frozenset[str]) -> Iterator[tuple[str, int]]:
    """(name, rank) pairs that `find` matches for `entry`."""
    names = [(entry.name, 0)] + [(a, 1) for a in entry.aliases]
    if entry.cls == "City":
        names += [(f"{entry.name} қаласы", 1)] + [(f"{a} қаласы", 1) for a in entry.aliases]
    for name, rank in names:
        if name in not_bare:
            continue
        yield name, rank


@functools.cache
def _index() -> _Index:
    all_entries = _load_entries()
    not_bare = _not_bare()
    by_id = {e.id: e for e in all_entries}
    by_name: dict[str, GazetteerEntry] = {}
    for e in all_entries:  # nominative names first, then aliases; csv order breaks ties
        by_name.setdefault(_fold(e.name), e)
    for e in all_entries:
        for a in e.aliases:
            by_name.setdefault(_fold(a), e)
    forms: dict[tuple[str, ...], list[_Form]] = {}
    for e in all_entries:
        for name, rank in _surfaces(e, not_bare):
            words = tuple(name.split())
            head = tuple(w.casefold() for w in words[:-1])
            last = words[-1]
            variants = set(noun_forms(last))
            if len(words) > 1 and _POSSESSIVE_END.search(last):
                variants |= noun_forms(last, possessed=True)
            # the people at a place or body: агенттігіндегілер, Алматыдағылар
            variants |= {f + _REL_PLURAL[f[-1]] for f in variants if _RELATIVE_END.search(f)}
            for form in variants:
                key = (*head, form.casefold())
                forms.setdefault(key, []).append(_Form(e, words, rank if form == last else 2))
    ordered = {k: tuple(sorted(v, key=lambda f: f.rank)) for k, v in forms.items()}
    longest: dict[str, int] = {}
    for k in ordered:
        longest[k[0]] = max(longest.get(k[0], 0), len(k))
    return _Index(by_id, by_name, ordered, longest)


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _capitals_agree(name_words: tuple[str, ...], text_words: list[str]) -> bool:
    """A capitalised name word must be capitalised in the text (Темір the town, темір iron)."""
    return all(
        not n[:1].isupper() or t[:1].isupper() for n, t in zip(name_words, text_words, strict=True)
    )


def _pick(candidates: tuple[_Form, ...], seen: set[str]) -> _Form:
    """Among homonyms (Есіл ауданы in two regions) prefer one inside a place already named."""
    best = candidates[0]
    for c in candidates:
        if c.rank > best.rank:
            break
        if c.entry.parent is not None and c.entry.parent in seen:
            return c
    return best


def find(text: str) -> list[GazetteerMatch]:
    """Every gazetteer name in `text`, in any inflected form, as non-overlapping spans."""
    index = _index()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[GazetteerMatch] = []
    seen: set[str] = set()
    i = 0
    while i < len(words):
        found = None
        for n in range(min(index.longest.get(words[i][2].casefold(), 0), len(words) - i), 0, -1):
            span = words[i : i + n]
            if any(not text[a[1] : b[0]].isspace() for a, b in itertools.pairwise(span)):
                continue
            key = tuple(w[2].casefold() for w in span)
            candidates = index.forms.get(key)
            if candidates is None:
                continue
            fitting = tuple(c for c in candidates if _capitals_agree(c.words, [w[2] for w in span]))
            if fitting:
                found = (n, _pick(fitting, seen))
                break
        if found is None:
            i += 1
            continue
        n, form = found
        out.append(
            GazetteerMatch(words[i][0], words[i + n - 1][1], form.entry, " ".join(form.words))
        )
        seen.add(form.entry.id)
        if form.entry.parent:
            seen.add(form.entry.parent)
        i += n
    return out


def entries() -> tuple[GazetteerEntry, ...]:
    """All entries: places in csv order, then organisations."""
    return tuple(_index().by_id.values())


def get(id: str) -> GazetteerEntry:
    """The entry with this id; KeyError if there is none."""
    return _index().by_id[id]


def lookup(name: str) -> GazetteerEntry | None:
    """The entry named `name` (nominative name or alias, case-folded).

    Falls back to an inflected form when one gazetteer name covers all of
    `name` (Алматыда -> Алматы).
    """
    folded = _fold(name)
    hit = _index().by_name.get(folded)
    if hit is not None:
        return hit
    stripped = name.strip(" \t\n«»\"“”„'")
    matches = find(stripped)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(stripped):
        return matches[0].entry
    return None
