"""Shared machinery for numbers, dates and durations: tokens with offsets,
inflected keywords, number phrases and hedges."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from kg.lang.data_numbers import (
    COLLECTIVES,
    DECIMAL_DENOMINATORS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    NOT_NUMBERS,
    NUMBER_WORDS,
    POINT,
    SCALES,
    VAGUE,
)
from kg.lang.morph import analyse

__all__ = [
    "Num",
    "Tok",
    "case",
    "hedge_after",
    "hedge_before",
    "inflected",
    "parse_number",
    "tokenize",
]

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?(?:-[^\W\d_]+)?|[^\W\d_]+(?:-[^\W\d_]+)*|%|№|\S", re.UNICODE)
_DIGITS = re.compile(r"^(\d+(?:[.,]\d+)?)(?:-([^\W\d_]+))?$", re.UNICODE)
_SIMILATIVE = ("дай", "дей", "тай", "тей")
_CASES = ("GEN", "ACC", "DAT", "LOC", "ABL", "INS")


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str


@functools.lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[Tok, ...]:
    return tuple(
        Tok(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)
    )


@functools.lru_cache(maxsize=1 << 14)
def _inflected(low: str, roots: frozenset[str]) -> tuple[str, tuple[str, ...]] | None:
    if low in roots:
        return low, ()
    for root in roots:
        if not low.startswith(root) or len(low) == len(root):
            continue
        rest = low[len(root) :]
        if rest in _SIMILATIVE:
            return root, ("SIM",)
        for a in analyse(low):
            if a.pos == "N" and a.stem == root and a.tags:
                return root, a.tags
    return None


def inflected(low: str, roots: Collection[str]) -> tuple[str, tuple[str, ...]] | None:
    """(root, nominal tags) when ``low`` is one of ``roots`` or one of them
    with a nominal suffix chain (қаңтарда -> қаңтар, LOC); the similative
    -дай/-дей comes back as the tag SIM."""
    return _inflected(low, roots if isinstance(roots, frozenset) else frozenset(roots))


def case(tags: tuple[str, ...]) -> str:
    """The last case among nominal tags, NOM if none (SIM for -дай)."""
    for tag in reversed(tags):
        if tag in _CASES or tag == "SIM":
            return tag
    return "NOM"


@dataclass(frozen=True, slots=True)
class Num:
    """A number phrase over tokens first..last (inclusive)."""

    first: int
    last: int
    value: Decimal
    tags: tuple[str, ...]
    kind: str  # digits, words or collective


_WORD_ROOTS = frozenset(NUMBER_WORDS) | frozenset(SCALES)
_COLLECTIVE_ROOTS = frozenset(COLLECTIVES)


def _digit_value(s: str) -> Decimal:
    return Decimal(s.replace(",", "."))


def _digit_tags(tok: Tok, suffix: str) -> tuple[str, ...] | None:
    if suffix.lower() in _SIMILATIVE:
        return ("SIM",)
    for a in analyse(tok.text):
        if a.suffixes and a.tags and a.stem.replace(",", "").replace(".", "").isdigit():
            return a.tags
    return None


_GROUP = re.compile(r"\d{3}(?:-[^\W\d_]+)?")
_MAX_GROUPS = 4  # 999 999 999 999 999: more groups are a list of numbers
_MAX_DIGITS = 18  # no count or share is written with more digits


def _is_group(toks: tuple[Tok, ...], k: int) -> bool:
    return (
        k < len(toks)
        and toks[k].start == toks[k - 1].end + 1
        and bool(_GROUP.fullmatch(toks[k].text))
    )


def _parse_digits(toks: tuple[Tok, ...], i: int) -> Num | None:
    m = _DIGITS.match(toks[i].text)
    if not m:
        return None
    digits, suffix = m.group(1), m.group(2)
    if len(digits) > _MAX_DIGITS:
        return None
    last = i
    # 10 000: groups of three digits separated by single spaces
    if suffix is None and "," not in digits and "." not in digits and len(digits) <= 3:
        groups = 0
        while _is_group(toks, last + 1) and groups <= _MAX_GROUPS:
            groups += 1
            last += 1
            nxt = toks[last].text
            digits += nxt[:3]
            suffix = nxt[4:] if len(nxt) > 3 else None
            if suffix:
                break
        if groups > _MAX_GROUPS:
            # "123 123 123 ..." is a list, not one number; reading it from
            # every token would cost time in the square of its length.
            last, digits, suffix = i, m.group(1), None
    value = _digit_value(digits)
    tags: tuple[str, ...] = ()
    if suffix:
        found = _digit_tags(
            Tok(toks[i].start, toks[last].end, f"{digits}-{suffix}", f"{digits}-{suffix}".lower()),
            suffix,
        )
        if found is None or "ORD" in found:
            return None
        tags = found
    if not tags and last + 1 < len(toks):
        scale = inflected(toks[last + 1].low, SCALES)
        if scale:
            value *= SCALES[scale[0]]
            last += 1
            tags = scale[1]
    return Num(i, last, value, tags, "digits")


def _word_number(low: str) -> tuple[str, tuple[str, ...]] | None:
    if low in NOT_NUMBERS or low in VAGUE:
        return None
    return inflected(low, _WORD_ROOTS)


def _parse_words(toks: tuple[Tok, ...], i: int) -> Num | None:
    total, current = 0, 0
    last, tags = -1, tuple[str, ...]()
    k = i
    while k < len(toks):
        reading = _word_number(toks[k].low)
        if reading is None:
            break
        root, tg = reading
        if root in SCALES:
            total += (current or 1) * SCALES[root]
            current = 0
        elif root == "жүз":
            if current >= 10:  # жиырма жүз is no number
                break
            current = (current or 1) * 100
        else:
            v = NUMBER_WORDS[root]
            if v < 10 and current % 10:
                break
            if 10 <= v < 100 and current % 100:
                break
            current += v
        last, tags = k, tg
        k += 1
        if tg:
            break
    if last < 0:
        return None
    value = Decimal(total + current)
    if case(tags) == "ABL" and value and last + 1 < len(toks) and toks[last + 1].low != POINT:
        # үштен бірі = a third: the denominator in the ablative, then the count
        part = _parse_words(toks, last + 1) if _word_number(toks[last + 1].low) else None
        one = inflected(toks[last + 1].low, ("бір",))
        if part is None and one is not None:  # бірі, бірінен: not numbers elsewhere
            part = Num(last + 1, last + 1, Decimal(1), one[1], "words")
        if part is not None and part.value < value:
            share = (part.value / value).quantize(Decimal("0.0001"))
            return Num(i, part.last, share, part.tags, "words")
    if not tags and last + 2 < len(toks) and toks[last + 1].low == POINT:
        den = DECIMAL_DENOMINATORS.get(toks[last + 2].low)
        if den:
            frac = _parse_words(toks, last + 3)
            if frac is not None and frac.value < den:
                return Num(i, frac.last, value + frac.value / den, frac.tags, "words")
    if not tags and last + 1 < len(toks):
        half = inflected(toks[last + 1].low, ("жарым",))
        if half:
            value, last, tags = value + Decimal("0.5"), last + 1, half[1]
            scale = None
            if not tags and last + 1 < len(toks):
                scale = inflected(toks[last + 1].low, SCALES)
            if scale:  # бір жарым мың = 1500
                value, last, tags = value * SCALES[scale[0]], last + 1, scale[1]
            return Num(i, last, value, tags, "words")
    return Num(i, last, value, tags, "words")


def parse_number(toks: tuple[Tok, ...], i: int, *, collectives: bool = True) -> Num | None:
    """The number phrase starting at token ``i``, if any: digits (200-ге,
    10,9, 10 000, 5 мың), words (екі жүз қырық үш, бес бүтін оннан екі, бір
    жарым, жарты) or a collective (екеуі)."""
    tok = toks[i]
    if tok.text[0].isdigit():
        return _parse_digits(toks, i)
    if not tok.text[0].isalpha():
        return None
    if tok.low == "жарты" or (tok.low.startswith("жарты") and inflected(tok.low, ("жарты",))):
        found = inflected(tok.low, ("жарты",))
        return Num(i, i, Decimal("0.5"), found[1] if found else (), "words")
    num = _parse_words(toks, i)
    if num is not None:
        return num
    if collectives:
        coll = inflected(tok.low, _COLLECTIVE_ROOTS)
        if coll:
            return Num(i, i, Decimal(COLLECTIVES[coll[0]]), coll[1], "collective")
    return None


def hedge_before(toks: tuple[Tok, ...], i: int) -> str | None:
    """A hedge standing just before token ``i`` (шамамен 100, кем дегенде он)."""
    for words, qualifier in HEDGES_BEFORE.items():
        n = len(words)
        if i - n >= 0 and tuple(t.low for t in toks[i - n : i]) == words:
            return qualifier
    return None


def hedge_after(toks: tuple[Tok, ...], j: int, case_: str) -> tuple[str, int] | None:
    """A hedge right after token ``j`` whose case is ``case_`` (200-ге жуық,
    жүзден аса, 100-ден кем емес); returns (qualifier, index of its last token)."""
    if j + 1 >= len(toks):
        return None
    if case_ == "SIM":
        return "approx", j
    word = toks[j + 1].low
    for (want, w), qualifier in HEDGES_AFTER.items():
        if want not in ("*", case_) or (w != word and inflected(word, (w,)) is None):
            continue
        if w == "кем":
            if j + 2 < len(toks) and toks[j + 2].low == "емес":
                return qualifier, j + 2
            continue
        return qualifier, j + 1
    return None
