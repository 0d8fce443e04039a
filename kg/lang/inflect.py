"""Kazakh noun inflection: the case forms of a name, and a greedy suffix stripper.

The analyser (kg.lang.morph) reads words; this module writes them: the forms one
noun takes in news text (case, 3rd person possessive, relative -дағы), so that the
gazetteer can find every inflected form of a name. `stem` is the fast greedy
stripper the NER model's features were trained with; changing it means retraining.
Both read their endings from kg.lang.data_suffixes, the analyser's own tables.
"""

from __future__ import annotations

import functools
import re

from kg.lang.data_lexicon import PATRONYMICS, STEM_ALTERNATIONS, SURNAME_ENDINGS
from kg.lang.data_suffixes import (
    BACK_VOWELS,
    DEVOICE,
    FINAL_CLASS,
    FRONT_VOWELS,
    HARMONY_FREE,
    LATIN_BACK_VOWELS,
    LATIN_FRONT_VOWELS,
    MORPHEMES,
    VOWELS,
)

__all__ = ["is_acronym", "noun_forms", "possessive", "stem"]

_SURNAME = re.compile("(?:" + "|".join(e for e in SURNAME_ENDINGS if e not in PATRONYMICS) + ")$")
_VOICING = {v: k for k, v in DEVOICE.items()}
_BACK = BACK_VOWELS | LATIN_BACK_VOWELS
_FRONT = FRONT_VOWELS | LATIN_FRONT_VOWELS | {"и"}  # и counts as front in loans
_CASE_NAMES = ("gen", "acc", "dat", "loc", "abl", "ins")
_CLASSES = "VRLNZT"


def _side_of(surface: str) -> int | None:
    """0 for a back surface, 1 for a front one, None for one without a vowel."""
    if any(c in BACK_VOWELS for c in surface):
        return 0
    if any(c in FRONT_VOWELS for c in surface):
        return 1
    return None


def _surfaces(name: str, cls: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(back, front) surfaces of a morpheme after a stem of class `cls`, from
    kg.lang.data_suffixes; the written norm comes first."""
    table = MORPHEMES[name][1]
    found = [x for classes, text in table.items() if cls in classes for x in text.split()]
    free = name in HARMONY_FREE
    back = tuple(x for x in found if free or _side_of(x) in (0, None))
    front = tuple(x for x in found if free or _side_of(x) in (1, None))
    return back, front


# (back, front) surfaces of each case ending, by the class of the stem's last sound.
_CASES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    cls: {case: _surfaces(case.upper(), cls) for case in _CASE_NAMES} for cls in _CLASSES
}
# After a 3rd person possessive (a vowel) the cases take an -н-.
_POSSESSED = {
    case: _surfaces(f"{case.upper()}_N" if f"{case.upper()}_N" in MORPHEMES else case.upper(), "V")
    for case in _CASE_NAMES
}
_RELATIVE = _surfaces("REL", "V")

# Every ending the stripper removes, longest first (built from the tables above).
_ENDINGS: tuple[str, ...]


def _harmony(word: str) -> int | None:
    """0 for back, 1 for front, None when the word has no telling vowel."""
    low = word.lower()
    if low.endswith("ь") or _front_final(low):
        return 1
    for i in range(len(low) - 1, -1, -1):
        ch = low[i]
        if ch in _BACK or (ch == "у" and i + 1 < len(low) and low[i + 1] not in VOWELS):
            return 0  # у before a consonant is the back vowel of a loan: институты, клубы
        if ch in _FRONT:
            return 1
    return None


def _front_final(low: str) -> bool:
    """к and г are front consonants: a loan ending in a cluster with them takes
    front endings (банкі, банкке)."""
    return len(low) > 2 and low[-1] in "кг" and low[-2] not in VOWELS


def _sides(word: str) -> tuple[int, ...]:
    """Harmony variants to generate: both where Russian loans and surnames waver."""
    low = word.lower()
    sides = {h} if (h := _harmony(low)) is not None else {0, 1}
    m = _SURNAME.search(low)
    if m and (h2 := _harmony(low[: m.start()])) is not None:
        sides.add(h2)  # Қонаевқа, Сәтбаевта: the stem before -ев/-ов decides
    last = next((ch for ch in reversed(low) if ch in VOWELS), "")
    if last == "и" or (last == "е" and any(ch in BACK_VOWELS for ch in low)) or low.endswith("ь"):
        sides |= {0, 1}
    if _front_final(low):
        sides |= {0, 1}
    return tuple(sorted(sides))


def _sound_class(word: str) -> str:
    """The class of the stem's last sound (V R L N Z T, see kg.lang.data_suffixes)."""
    w = word.lower().rstrip("ьъ")
    return FINAL_CLASS.get(w[-1:], "T") if w else "T"


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _relative(stem_: str, loc: tuple[str, ...], side: int) -> set[str]:
    """The locative and the relative -ғы after it: Атыраудағы, облысындағы."""
    return {stem_ + x + r for x in loc for r in _RELATIVE[side]}


def _all_endings() -> tuple[str, ...]:
    """Case endings, alone or after a plural or a 3rd person possessive, with -ғы/-гі."""
    out: set[str] = set()
    for cls in _CLASSES:
        for side in (0, 1):
            out |= {x for pair in _CASES[cls].values() for x in pair[side]}
            out |= _relative("", _CASES[cls]["loc"][side], side)
            for p3 in _surfaces("P3", cls)[side]:
                out |= {p3 + x for pair in _POSSESSED.values() for x in pair[side]}
                out |= _relative(p3, _POSSESSED["loc"][side], side)
            for pl in _surfaces("PL", cls)[side]:
                after = _CASES[_sound_class(pl)]
                out |= {pl, *(pl + x for pair in after.values() for x in pair[side])}
                out |= _relative(pl, after["loc"][side], side)
    return tuple(sorted((e for e in out if len(e) >= 2), key=len, reverse=True))


_ENDINGS = _all_endings()
_ENDING_SET = frozenset(_ENDINGS)
# The classes of stem-final sound each first letter of a nominal ending may follow.
_FOLLOWS: dict[str, frozenset[str]] = {}
for _name in ("PL", "P3", *(c.upper() for c in _CASE_NAMES)):
    for _classes, _text in MORPHEMES[_name][1].items():
        for _x in _text.split():
            _FOLLOWS[_x[0]] = _FOLLOWS.get(_x[0], frozenset()) | frozenset(_classes)


@functools.lru_cache(maxsize=4096)
def noun_forms(word: str, *, possessed: bool = False) -> frozenset[str]:
    """Surface forms of `word` as the last word of a name, `word` itself included.

    With `possessed`, `word` already ends in a 3rd person possessive (облысы,
    министрлігі) and only takes the -н- cases. Acronyms and Latin words take any
    ending, with or without a hyphen (АҚШ-тың, ІІМ-ге), since their harmony
    follows how letters are read.
    """
    forms = {word}
    if is_acronym(word) or word.isascii():
        for ending in _ENDINGS:
            forms.add(f"{word}-{ending}")
            forms.add(word + ending)
        return frozenset(forms)
    sides = _sides(word)
    cls = _sound_class(word)
    tables = [_POSSESSED] if possessed else [_CASES[cls]]
    if not possessed and word.lower().endswith("ь"):
        tables.append(_CASES["R"])
    if not possessed:
        # The 3rd person possessive of a plain name (Алматысы, Ақтөбесі), then its cases.
        for poss, side in _possessives(word, sides):
            forms.add(poss)
            forms.update(poss + x for pair in _POSSESSED.values() for x in pair[side])
            forms |= _relative(poss, _POSSESSED["loc"][side], side)
    for table in tables:
        for side in sides:
            forms.update(word + x for pair in table.values() for x in pair[side])
            forms |= _relative(word, table["loc"][side], side)
    return frozenset(forms)


def _possessives(word: str, sides: tuple[int, ...]) -> list[tuple[str, int]]:
    """3rd person possessives of `word` in each harmony: a vowel-initial ending
    voices к қ п after a vowel (министрлігі, but банкі), drops a final ь
    (ансамблі) and the vowel of орын-like stems (орны, кәсіпорны)."""
    low = word.lower()
    out = []
    for side in sides:
        for p3 in _surfaces("P3", _sound_class(word))[side]:
            base = word
            if p3[0] in VOWELS:
                if low.endswith("ь"):
                    base = word[:-1]
                elif len(low) > 1 and low[-1] in _VOICING and low[-2] in VOWELS:
                    base = word[:-1] + _VOICING[low[-1]]
                for short, full in STEM_ALTERNATIONS.items():
                    if low.endswith(full):
                        base = word[: len(word) - len(full)] + short
            out.append((base + p3, side))
    return out


def possessive(word: str) -> str:
    """The 3rd person possessive of a noun: учаске -> учаскесі, мектеп -> мектебі,
    ауру -> ауруы."""
    return _possessives(word, (_harmony(word) or 0,))[0][0]


def _fits(rest: str, ending: str) -> bool:
    """Can an ending with this first letter follow the stem `rest`?"""
    return _sound_class(rest) in _FOLLOWS.get(ending[0], frozenset())


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-case `word` less one inflectional ending chain; at least 3 letters stay."""
    w = word.lower()
    head, dash, tail = w.rpartition("-")
    if (
        dash
        and head
        and (head[-1].isdigit() or is_acronym(word[: len(head)]) or tail in _ENDING_SET)
    ):
        return head
    for ending in _ENDINGS:
        if not w.endswith(ending) or len(w) - len(ending) < 3:
            continue
        rest = w[: -len(ending)]
        if not _fits(rest, ending):
            continue
        if ending[0] in "ыі":
            rest = rest[:-1] + DEVOICE.get(rest[-1], rest[-1])
        return rest
    return w
