"""Kazakh noun inflection: the case forms of a name, and a greedy suffix stripper.

The analyser (kg.lang.morph) reads words; this module writes them: the forms one
noun takes in news text (case, 3rd person possessive, relative -дағы), so that the
gazetteer can find every inflected form of a name. `stem` is the fast greedy
stripper the NER model's features were trained with; changing it means retraining.
"""

from __future__ import annotations

import functools
import re

__all__ = ["is_acronym", "noun_forms", "stem"]

_BACK = frozenset("аоұыяёю")
_FRONT = frozenset("әөүіеэи")
_LATIN_BACK = frozenset("aouy")
_LATIN_FRONT = frozenset("eiäöü")
_VOICELESS = frozenset("кқпстшфхцчщбвгд")
_SONORANT = frozenset("рйул")
_NASAL = frozenset("мнң")
_VOICED = frozenset("жз")
_VOWELS = _BACK | _FRONT
_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ова|ева|ина)$")
_VOICING = {"к": "г", "қ": "ғ", "п": "б"}
_DEVOICING = {v: k for k, v in _VOICING.items()}

# (back, front) variants of each case ending, by the class of the stem's last sound.
_CASES: dict[str, dict[str, tuple[str, str]]] = {
    "vowel": {
        "gen": ("ның", "нің"),
        "acc": ("ны", "ні"),
        "dat": ("ға", "ге"),
        "loc": ("да", "де"),
        "abl": ("дан", "ден"),
        "ins": ("мен", "мен"),
    },
    "sonorant": {
        "gen": ("дың", "дің"),
        "acc": ("ды", "ді"),
        "dat": ("ға", "ге"),
        "loc": ("да", "де"),
        "abl": ("дан", "ден"),
        "ins": ("мен", "мен"),
    },
    "nasal": {
        "gen": ("ның", "нің"),
        "acc": ("ды", "ді"),
        "dat": ("ға", "ге"),
        "loc": ("да", "де"),
        "abl": ("нан", "нен"),
        "ins": ("бен", "бен"),
    },
    "voiced": {
        "gen": ("дың", "дің"),
        "acc": ("ды", "ді"),
        "dat": ("ға", "ге"),
        "loc": ("да", "де"),
        "abl": ("дан", "ден"),
        "ins": ("бен", "бен"),
    },
    "voiceless": {
        "gen": ("тың", "тің"),
        "acc": ("ты", "ті"),
        "dat": ("қа", "ке"),
        "loc": ("та", "те"),
        "abl": ("тан", "тен"),
        "ins": ("пен", "пен"),
    },
}
# After a 3rd person possessive the cases take an -н-.
_POSSESSED = {
    "gen": ("ның", "нің"),
    "acc": ("н", "н"),
    "dat": ("на", "не"),
    "loc": ("нда", "нде"),
    "abl": ("нан", "нен"),
    "ins": ("мен", "мен"),
}
_RELATIVE = ("ғы", "гі")

# Every ending the stripper removes, longest first (built from the tables above).
_ENDINGS: tuple[str, ...]


def _harmony(word: str) -> int | None:
    """0 for back, 1 for front, None when the word has no telling vowel."""
    low = word.lower()
    if low.endswith("ь"):
        return 1
    for ch in reversed(low):
        if ch in _BACK or ch in _LATIN_BACK:
            return 0
        if ch in _FRONT or ch in _LATIN_FRONT:
            return 1
    return None


def _sides(word: str) -> tuple[int, ...]:
    """Harmony variants to generate: both where Russian loans and surnames waver."""
    low = word.lower()
    sides = {h} if (h := _harmony(low)) is not None else {0, 1}
    m = _SURNAME.search(low)
    if m and (h2 := _harmony(low[: m.start()])) is not None:
        sides.add(h2)  # Қонаевқа, Сәтбаевта: the stem before -ев/-ов decides
    last = next((ch for ch in reversed(low) if ch in _VOWELS), "")
    if last == "и" or (last == "е" and any(ch in _BACK for ch in low)) or low.endswith("ь"):
        sides |= {0, 1}
    return tuple(sorted(sides))


def _sound_class(word: str) -> str:
    w = word.lower().rstrip("ьъ")
    last = w[-1:] if w else ""
    if last == "у" and len(w) > 1 and w[-2] in _VOWELS:
        return "sonorant"
    if last == "и":
        return "sonorant"
    if last in _VOWELS or last in "aeiouy":
        return "vowel"
    if last in _SONORANT or last in "rlwy":
        return "sonorant"
    if last in _NASAL or last in "mn":
        return "nasal"
    if last in _VOICED or last == "z":
        return "voiced"
    return "voiceless"


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _all_endings() -> tuple[str, ...]:
    """Case endings, alone or after a plural or a 3rd person possessive, with -ғы/-гі."""
    cases: set[str] = set()
    for table in _CASES.values():
        for back, front in table.values():
            cases.update((back, front))
    cases.update(("дағы", "тағы", "дегі", "тегі"))
    possessed = {"ы" + b for b, _ in _POSSESSED.values()} | {
        "і" + f for _, f in _POSSESSED.values()
    }
    possessed |= {"сы" + b for b, _ in _POSSESSED.values()} | {
        "сі" + f for _, f in _POSSESSED.values()
    }
    possessed |= {"ындағы", "індегі", "сындағы", "сіндегі"}
    plural = {"лар", "лер", "дар", "дер", "тар", "тер"}
    plural_cases = {p + c for p in plural for c in cases if c[0] in "дн" or c.startswith("ға")}
    plural_cases |= {p + "ға" for p in ("лар", "дар", "тар")} | {
        p + "ге" for p in ("лер", "дер", "тер")
    }
    out = {e for e in cases | possessed | plural | plural_cases if len(e) >= 2}
    return tuple(sorted(out, key=len, reverse=True))


_ENDINGS = _all_endings()
_ENDING_SET = frozenset(_ENDINGS)


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
    tables = [_POSSESSED] if possessed else [_CASES[_sound_class(word)]]
    if not possessed and word.lower().endswith("ь"):
        tables.append(_CASES["sonorant"])
    stems = [word]
    if not possessed:
        # The 3rd person possessive of a plain name (Алматысы, Ақтөбесі), then its cases.
        low = word.lower()
        if _sound_class(word) == "vowel":
            poss = [word + ("сы", "сі")[s] for s in sides]
        else:
            base = word[:-1] + _VOICING.get(low[-1], word[-1]) if low[-1] in _VOICING else word
            poss = [base + ("ы", "і")[s] for s in sides]
        forms.update(poss)
        for p in poss:
            for s in sides:
                forms.update(p + _POSSESSED[c][s] for c in _POSSESSED)
                forms.add(p + _POSSESSED["loc"][s] + _RELATIVE[s])
    for table in tables:
        for s in sides:
            for stem_ in stems:
                forms.update(stem_ + table[c][s] for c in table)
                if table is _CASES["nasal"]:
                    forms.add(stem_ + "мен")  # Қазақстанмен is as common as -бен
                forms.add(stem_ + table["loc"][s] + _RELATIVE[s])
    return frozenset(forms)


def _fits(last: str, ending: str) -> bool:
    """Can an ending with this first letter follow a stem ending in `last`?"""
    first = ending[0]
    vowel = last in _VOWELS
    voiceless = last in _VOICELESS
    if first in "ыі":
        return not vowel
    if first == "с":
        return vowel
    if first in "тқкп":
        return voiceless
    if first == "б":
        return last in _NASAL or last in _VOICED
    if first == "л":
        return vowel or last in "рйу"
    if first == "н":
        return vowel or last in _NASAL
    if first == "м":
        return vowel or last in _SONORANT or last in _NASAL
    return not voiceless  # д, ғ, г


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
        if not _fits(rest[-1], ending):
            continue
        if ending[0] in "ыі":
            rest = rest[:-1] + _DEVOICING.get(rest[-1], rest[-1])
        return rest
    return w
