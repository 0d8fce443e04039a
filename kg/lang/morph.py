"""Kazakh morphological analysis by suffix stripping under morphotactics.

A word is read right to left: each step posits a morpheme whose surface ends
the word and checks that this allomorph is the one the remaining string calls
for (vowel harmony from its last vowel, the first consonant from its last
letter, voicing of к/қ/п undone before a vowel). Every full reading is scored
(suffix weights from :mod:`kg.lang.data_suffixes`, a bonus for a known stem),
and the readings come back best first, with the bare word always last.

Tags
----
Nominal: PL; possessives P1SG P2SG P3 P1PL P2PL (P2PL also the polite 2sg
-ңыз); cases GEN ACC DAT LOC ABL INS; REL for -ғы/-гі/-қы/-кі, alone (жылғы)
or after the locative (Атыраудағы = LOC REL).

Verbal: voice PASS CAUS REFL COOP; NEG; PAST (-ды); PTCP_PAST (-ған);
PTCP_HAB (-атын); PTCP_FUT (-ар/-р); PRES (-а/-е/-й before a person ending);
INTENT (-мақ); CONV (-ып and -а/-е/-й); VN (-у); COND (-са); IMP (jussive
-сын, polite -ыңыз, optative -айын/-айық); person PERS1SG PERS2SG PERS3
PERS1PL PERS2PL. Participles and verbal nouns take the nominal endings after
them (шыққанын = PTCP_PAST P3 ACC, айрылуы = VN P3). Tags are flat: one
morpheme may bring two (-сын is IMP PERS3), so ``tags`` may be longer than
``suffixes``.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.lang.data_heads import FACILITY_HEADS, ORG_HEADS, PLACE_HEADS
from kg.lang.data_lexicon import (
    FINAL_CLUSTERS,
    NOMINAL_STEMS,
    SHORT_NOUNS,
    STEM_ALTERNATIONS,
    VERB_STEMS,
    VERBALISERS,
)
from kg.lang.data_people import PEOPLE_STEMS
from kg.lang.data_suffixes import (
    BACK_VOWELS,
    DEVOICE,
    FINAL,
    FINAL_CLASS,
    FRONT_VOWELS,
    HARMONY_FREE,
    MORPHEMES,
    VOWELS,
)
from kg.lang.inflect import possessive

__all__ = [
    "CASES",
    "Analysis",
    "analyse",
    "case_of",
    "is_negated",
    "lemma",
    "phrase_lemma",
    "verb_analyses",
]

CASES = ("NOM", "GEN", "ACC", "DAT", "LOC", "ABL", "INS")


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word: ``stem`` keeps the word's capitalisation, ``pos``
    is "N" (nominal) or "V" (verbal)."""

    stem: str
    suffixes: tuple[str, ...]
    tags: tuple[str, ...]
    pos: str


# --- data compiled once -------------------------------------------------------

_MAX_DEPTH = 7
_LEXICON_BONUS = 2.5
# A reading must score above this to be offered at all (it is then ranked
# above the bare word); readings below _FLOOR are not even scored further.
_THRESHOLD = 0.3
_FLOOR = -1.0
# Words of place names that are no name (Ақтөбе облысы): head nouns as they
# follow a name.
_GENERIC_PLACE_HEADS = frozenset(
    {possessive(h) for h in PLACE_HEADS if " " not in h} | {"республикасы", "округі"}
)


def _harmony_of_surface(surface: str) -> str:
    if any(c in BACK_VOWELS for c in surface):
        return "back"
    if any(c in FRONT_VOWELS for c in surface):
        return "front"
    return "both"


@dataclass(frozen=True, slots=True)
class _Morpheme:
    name: str
    tags: tuple[str, ...]
    by_class: dict[str, frozenset[str]]
    surfaces: tuple[str, ...]
    hosts: frozenset[str]
    weight: float
    final: bool
    harmony_free: bool


def _compile() -> dict[str, _Morpheme]:
    out: dict[str, _Morpheme] = {}
    for name, (tags, table, hosts, weight) in MORPHEMES.items():
        by_class: dict[str, set[str]] = {}
        for classes, surfaces in table.items():
            for cls in classes:
                by_class.setdefault(cls, set()).update(surfaces.split())
        every = sorted({s for group in by_class.values() for s in group}, key=len, reverse=True)
        out[name] = _Morpheme(
            name=name,
            tags=tags,
            by_class={k: frozenset(v) for k, v in by_class.items()},
            surfaces=tuple(every),
            hosts=frozenset(hosts),
            weight=weight,
            final=name in FINAL,
            harmony_free=name in HARMONY_FREE,
        )
    return out


_MORPHS = _compile()
# Which morphemes may stand directly before a given one (or end the word).
_BEFORE: dict[str, tuple[_Morpheme, ...]] = {
    key: tuple(_MORPHS[h] for h in m.hosts if h in _MORPHS) for key, m in _MORPHS.items()
}
_LAST = tuple(m for m in _MORPHS.values() if m.final)


def _place_stems() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "kz_places.csv"
    words: set[str] = set()
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                name = (row.get("name_kk") or "").strip().lower()
                if not name:
                    continue
                words.add(name)
                words.update(w for w in name.split() if w not in _GENERIC_PLACE_HEADS)
    except OSError:  # an installed package without its data still analyses
        return frozenset()
    return frozenset(words)


# Head nouns are looked up by lemma (kg.extract.mentions), so they are stems too.
_HEAD_STEMS = frozenset(
    h.split()[-1] for h in (*PLACE_HEADS, *FACILITY_HEADS, *ORG_HEADS) if len(h.split()[-1]) > 2
)
_PROTECTED = NOMINAL_STEMS | _place_stems() | _HEAD_STEMS | PEOPLE_STEMS


# --- phonology ------------------------------------------------------------------


def _class(stem: str) -> str:
    """Stem-final class: V R L N Z T (see data_suffixes)."""
    c = stem[-1]
    if c in "ьъ" and len(stem) > 1:
        c = stem[-2]
    return FINAL_CLASS.get(c, "T")


def _harmony(stem: str) -> str:
    for i in range(len(stem) - 1, -1, -1):
        c = stem[i]
        if c == "е" and i > 0 and stem[i - 1] in VOWELS:
            continue  # е after a vowel is [йе] in surnames: Тоқаев-қа, Назарбаев-тың
        if c in BACK_VOWELS:
            return "back"
        if c in FRONT_VOWELS:
            return "front"
        if c == "и":
            return "both"
    return "both"


def _fits(morph: _Morpheme, host: str, surface: str) -> bool:
    allowed = morph.by_class.get(_class(host))
    if not allowed or surface not in allowed:
        return False
    passive_after_vowel = morph.name == "PASS" and len(surface) == 1 and len(host) > 1
    if passive_after_vowel and (surface == "н") != (host[-2] == "л"):
        return False
    if morph.harmony_free:
        return True
    h = _harmony_of_surface(surface)
    return h == "both" or _harmony(host) in (h, "both")


def _has_vowel(s: str) -> bool:
    return any(c in VOWELS or c == "у" for c in s)  # у is the vowel of су, қу


# --- parsing ----------------------------------------------------------------------

# A partial reading, built right to left: (host, morphemes, surfaces, penalty).
_Reading = tuple[str, tuple[_Morpheme, ...], tuple[str, ...], float]


def _hosts_for(rest: str, surface: str) -> Iterator[tuple[str, float]]:
    """The strings a suffix may have been attached to, given what precedes it
    in the word: as written, or with voicing or я/ю spelling undone."""
    if (surface[0] in VOWELS or surface == "у") and rest and rest[-1] in DEVOICE:
        # Native stems rarely end in г/ғ/б: prefer the devoiced reading.
        yield rest[:-1] + DEVOICE[rest[-1]], 0.0
        yield rest, -0.3
    else:
        yield rest, 0.0


def _expand(word: str) -> Iterator[_Reading]:
    """Every segmentation of ``word`` (lower case) into host + morphemes."""
    stack: list[tuple[str, tuple[_Morpheme, ...], tuple[str, ...], float]] = [(word, (), (), 0.0)]
    while stack:
        host, morphs, surfs, pen = stack.pop()
        if morphs:
            yield host, morphs, surfs, pen
        if len(morphs) >= _MAX_DEPTH:
            continue
        candidates = _LAST if not morphs else _BEFORE[morphs[0].name]
        for m in candidates:
            for surf in m.surfaces:
                for rest, base in _spellings(host, surf):
                    for h, extra in _hosts_for(rest, surf):
                        if len(h) < 2 or not _has_vowel(h) or not _fits(m, h, surf):
                            continue
                        stack.append((h, (m, *morphs), (surf, *surfs), pen + extra + base))


def _spellings(host: str, surf: str) -> Iterator[tuple[str, float]]:
    """Split ``host`` before ``surf``; also where я/ю spell й + а/у
    (қояды = қой-а-ды, қоюы = қой-у-ы) and where -ст loses a т."""
    if host.endswith(surf) and len(host) > len(surf):
        yield host[: -len(surf)], 0.0
        if surf[0] == "т" and host[-len(surf) - 1] == "с":
            yield host[: -len(surf)] + "т", -0.1  # журналист-тер is spelt журналистер
    if surf[0] in "ау" and len(host) > len(surf):
        alt = ("я" if surf[0] == "а" else "ю") + surf[1:]
        if host.endswith(alt):
            yield host[: -len(alt)] + "й", 0.0
    if surf[0] == "й" and host.endswith("и" + surf[1:]) and len(host) > len(surf) + 1:
        # и spells ы/і + й: оқиды = оқы-й-ды, оқитын = оқы-йтын
        base = host[: -len(surf)]
        yield base + ("і" if _harmony(base) == "front" else "ы"), 0.0


def _stem_pos(morphs: tuple[_Morpheme, ...]) -> str | None:
    first = morphs[0]
    if "^N" in first.hosts and "^V" not in first.hosts:
        return "N"
    if "^V" in first.hosts and "^N" not in first.hosts:
        return "V"
    return None


def _score(stem: str, pos: str, morphs: tuple[_Morpheme, ...], penalty: float) -> float:
    score = penalty + sum(m.weight for m in morphs)
    if pos == "V":
        if stem in VERB_STEMS:
            score += _LEXICON_BONUS
        elif len(stem) >= 4 and stem.endswith(VERBALISERS):
            score += 0.2
        else:
            # An unknown verb stem: a noun reading of the same length is likelier,
            # and a high vowel is likelier the suffix's own (босат-ыл, not босаты-л).
            score -= 0.3 + (0.2 if stem[-1] in "ыі" else 0.0)
    elif stem in _PROTECTED:
        score += _LEXICON_BONUS
    else:
        # Unlikely nominal stems, where a reading with the vowel or consonant
        # in the suffix competes: ел-іміз-де, облыс-ы, хабар-ды, Сейітова-ны.
        if stem[-1] in "ыі" and not stem.endswith(("шы", "ші")):
            score -= 0.2
        if stem[-1] == "д" or stem.endswith(("ован", "еван", "инан")):
            score -= 0.5
        if stem[-1] == "и":
            score -= 0.6  # few nouns end in и (би, сәби); -иды is mostly a verb: оқиды
    if len(stem) == 2 and stem not in SHORT_NOUNS and stem not in VERB_STEMS:
        score -= 0.8
    if (
        len(stem) > 2
        and stem[-1] not in VOWELS
        and stem[-2] not in VOWELS
        and stem[-2] != "у"
        and stem[-2:] not in FINAL_CLUSTERS
        and stem not in VERB_STEMS
    ):
        score -= 0.8
    # Agent nouns in -шы/-ші (жұмысшы, тілші) are not a stem in -ш plus -ы.
    # (after a vowel too in long stems: аудармашы, not аудармаш-ы; but өтініш-і).
    if (
        pos == "N"
        and morphs[0].name == "P3"
        and len(stem) > 2
        and stem[-1] == "ш"
        and (stem[-2] not in VOWELS or (stem[-2] in "ае" and len(stem) >= 6))
    ):
        score -= 3.0
    return score


_LONGEST_PROTECTED = max(map(len, _PROTECTED), default=0)


def _protected_prefix(word: str) -> int:
    """Length of the longest protected stem the word starts with (0 if none)."""
    best = 0
    for n in range(2, min(len(word), _LONGEST_PROTECTED) + 1):
        if word[:n] in _PROTECTED:
            best = n
    return best


def _restore_case(original: str, stem: str) -> str:
    out = []
    for i, ch in enumerate(stem):
        if i < len(original) and original[i].lower() == ch:
            out.append(original[i])
        elif i < len(original) and original[i].isupper():
            out.append(ch.upper())
        else:
            out.append(ch)
    return "".join(out)


_Ranked = tuple[str, tuple[str, ...], tuple[str, ...], str, float]


@functools.lru_cache(maxsize=1 << 16)
def _analyse_lower(word: str) -> tuple[_Ranked, ...]:
    floor = _protected_prefix(word)
    seen: dict[tuple[str, tuple[str, ...], str], tuple[tuple[str, ...], float]] = {}
    for host, morphs, surfs, pen in _expand(word):
        pos = _stem_pos(morphs)
        if pos is None:
            continue
        stem = STEM_ALTERNATIONS.get(host, host) if pos == "N" else host
        if len(host) < floor:
            continue
        tags = tuple(t for m in morphs for t in m.tags)
        score = _score(stem, pos, morphs, pen)
        if score < _FLOOR:
            continue
        key = (stem, surfs, pos)
        if key not in seen or seen[key][1] < score:
            seen[key] = (tags, score)
    ranked = sorted(
        ((stem, surfs, tags, pos, score) for (stem, surfs, pos), (tags, score) in seen.items()),
        key=lambda r: (-r[4], len(r[0]), r[3], r[2]),
    )
    return tuple(ranked)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NUMBER_HEAD = re.compile(r"^\d[\d.,]*$")
_ACRONYM = re.compile(r"^[A-ZА-ЯӘҒҚҢӨҰҮҺІЁ0-9]{2,}$")


def _free_chain(suffix: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Readings of a bare suffix chain after digits or an acronym (200-ге,
    ҰҚК-ның), whose harmony and final sound the script does not show."""
    out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []

    def walk(rest: str, nxt: str | None, surfs: tuple[str, ...], tags: tuple[str, ...]) -> None:
        if not rest:
            first = _MORPHS[nxt] if nxt else None
            if first is not None and "^N" in first.hosts:
                out.append((surfs, tags))
            return
        pool = _LAST if nxt is None else _BEFORE[nxt]
        for m in pool:
            if m.name not in _NOMINAL_MORPHS:
                continue
            for surf in m.surfaces:
                if rest.endswith(surf):
                    walk(rest[: -len(surf)], m.name, (surf, *surfs), (*m.tags, *tags))

    walk(suffix, None, (), ())
    return out


_NOMINAL_MORPHS = frozenset(
    {"PL", "P3", "P1SG", "P2SG", "P1PL", "P2PL", "GEN", "ACC", "ACC_N", "DAT", "DAT_N"}
    | {"DAT_A", "LOC", "LOC_N", "ABL", "ABL_N", "INS", "REL", "REL_N"}
)
_ORDINAL = re.compile(r"^(ыншы|інші|ншы|нші|шы|ші)$")


def _readings(word: str) -> list[tuple[Analysis, float]]:
    if not _CYRILLIC.search(word):
        return []
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if head and tail and (_NUMBER_HEAD.match(head) or _ACRONYM.match(head)):
            low = tail.lower()
            if _ORDINAL.match(low):
                return [(Analysis(head, (tail,), ("ORD",), "N"), 1.0)]
            chains = _free_chain(low)
            if chains:
                return [
                    (Analysis(head, _restore_surfs(tail, surfs), tags, "N"), float(len(tags)))
                    for surfs, tags in chains
                ]
        if head and tail:
            return [
                (Analysis(f"{head}-{a.stem}", a.suffixes, a.tags, a.pos), s)
                for a, s in _readings(tail)
            ]
        return []
    out = []
    for stem, surfs, tags, pos, score in _analyse_lower(word.lower()):
        out.append(
            (Analysis(_restore_case(word, stem), _restore_surfs(word, surfs), tags, pos), score)
        )
    return out


def _restore_surfs(word: str, surfs: tuple[str, ...]) -> tuple[str, ...]:
    if word.islower() or not surfs:
        return surfs
    total = sum(len(s) for s in surfs)
    if total > len(word) or word[-total:].lower() != "".join(surfs):
        return surfs
    out, i = [], len(word) - total
    for s in surfs:
        out.append(word[i : i + len(s)])
        i += len(s)
    return tuple(out)


def analyse(word: str) -> list[Analysis]:
    """Readings of ``word``, best first, nominal and verbal; the bare word
    (nominative, no suffixes) is always the last one."""
    bare = Analysis(word, (), (), "N")
    out = [a for a, score in _readings(word) if a != bare and score > _THRESHOLD]
    out.append(bare)
    return out


def verb_analyses(word: str) -> list[Analysis]:
    """Verbal readings only, best first; a known stem standing alone is read as
    the 2sg imperative."""
    out = [a for a, score in _readings(word) if a.pos == "V" and score > _THRESHOLD]
    if word.lower() in VERB_STEMS:
        out.append(Analysis(word, (), ("IMP",), "V"))
    return out


def is_negated(word: str) -> bool:
    """Does the best verbal reading of ``word`` carry negation (шықпады)?"""
    readings = verb_analyses(word)
    return bool(readings) and "NEG" in readings[0].tags


_NOMINAL_TAGS = frozenset(
    {"PL", "P1SG", "P2SG", "P3", "P1PL", "P2PL", "GEN", "ACC", "DAT", "LOC", "ABL", "INS", "REL"}
)
_NOMINALISERS = frozenset({"VN", "PTCP_PAST", "PTCP_HAB", "PTCP_FUT"})


def _nominalised(word: str, a: Analysis) -> Analysis | None:
    """A verbal noun or participle with nominal endings, read as a noun:
    шығуы -> шығу + P3, шыққанын -> шыққан + P3 ACC."""
    k = 0
    while k < len(a.tags) and a.tags[-1 - k] in _NOMINAL_TAGS:
        k += 1
    if k == 0 or len(a.tags) <= k or a.tags[-1 - k] not in _NOMINALISERS:
        return None
    tail = a.suffixes[-k:]
    cut = sum(len(s) for s in tail)
    if "".join(tail).lower() != word[-cut:].lower():
        return None
    return Analysis(word[:-cut], tail, a.tags[-k:], "N")


def _best_nominal(word: str) -> Analysis:
    """The best nominal reading, or the bare word where no nominal reading
    beats it. Where a verbal reading ranks first, a verbal noun or participle
    with nominal endings is read as a noun (шығуы -> шығу); any other verb
    form has no nominal lemma (айтады)."""
    for a, score in _readings(word):
        if score <= _THRESHOLD:
            continue
        if a.pos == "N":
            return a
        return _nominalised(word, a) or Analysis(word, (), (), "N")
    return Analysis(word, (), (), "N")


def lemma(word: str) -> str:
    """Nominative lemma of a nominal: Атыраудағы -> Атырау, министрлігінің ->
    министрлік, 200-ге -> 200. Patronymics in -ұлы/-қызы keep their -ы."""
    a = _best_nominal(word)
    if a.tags[:1] == ("P3",) and a.stem[:1].isupper() and a.stem.lower().endswith(("ұл", "қыз")):
        return a.stem + a.suffixes[0]
    return a.stem


def phrase_lemma(words: Sequence[str] | str) -> str:
    """Lemma of a multi-word name where only the last word inflects:
    "Нұр Отанның" -> "Нұр Отан"."""
    parts = words.split() if isinstance(words, str) else list(words)
    if not parts:
        return ""
    return " ".join([*parts[:-1], lemma(parts[-1])])


_CASE_TAGS = frozenset(CASES) | {"REL"}


def case_of(word: str) -> str:
    """Case of the best nominal reading: NOM GEN ACC DAT LOC ABL INS, or REL for
    the -дағы/-ғы modifier form."""
    for tag in reversed(_best_nominal(word).tags):
        if tag in _CASE_TAGS:
            return tag
    return "NOM"
