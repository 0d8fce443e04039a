"""Durations in Kazakh text: a number and a time unit in any case (5 жылға,
бес күн, 15 тәулікке, үш күндік), with hedges turned into a qualifier
(он сағатқа жуық: approx; 10 жылдан астам: moreThan; 5 жылға дейін: upTo).
A range "5 жылдан 8 жылға дейін" gives two values, atLeast and upTo.

Weeks are written in days (екі апта = P14D), so durations compare in one
family of designators; fractions move down a unit (бір жарым жыл = P1Y6M).
"""

from __future__ import annotations

from decimal import Decimal

from kg.lang._numparse import (
    Tok,
    case,
    hedge_after,
    hedge_before,
    inflected,
    parse_number,
    tokenize,
)
from kg.lang.data_time import DURATION_ADJECTIVE, DURATION_UNITS, YEAR_WORD
from kg.model import DurationValue

__all__ = ["find_durations", "iso_duration"]

_UNIT_ROOTS = frozenset(DURATION_UNITS)
_ADJ_ROOTS = frozenset(DURATION_ADJECTIVE)
# One step down for a fraction: designator -> (lower designator, factor, lower is time).
_DOWN = {
    ("Y", False): ("M", 12, False),
    ("M", False): ("D", 30, False),
    ("D", False): ("H", 24, True),
    ("H", True): ("M", 60, True),
    ("M", True): ("S", 60, True),
}
_ORDER = ("Y", "M", "D")
# No news duration is longer than a million of its unit; past that the number
# names something else, and stores cannot hold every such xsd:duration.
_MAX_AMOUNT = 1_000_000
_TIME_ORDER = ("H", "M", "S")


def iso_duration(value: Decimal, unit: str) -> str:
    """xsd:duration for ``value`` of a unit in data_time.DURATION_UNITS
    (Decimal(5), "жыл" -> P5Y; Decimal("1.5"), "сағат" -> PT1H30M)."""
    designator, factor, is_time = DURATION_UNITS[unit]
    amount = value * factor
    parts: dict[tuple[str, bool], Decimal] = {}
    key = (designator, is_time)
    while True:
        whole = amount.to_integral_value(rounding="ROUND_FLOOR")
        if whole:
            parts[key] = whole
        rest = amount - whole
        if not rest or key not in _DOWN:
            if rest:
                parts[key] = parts.get(key, Decimal(0)) + rest
            break
        lower, mult, lower_time = _DOWN[key]
        key, amount = (lower, lower_time), rest * mult
    if not parts:
        return "PT0S"
    date = "".join(f"{_fmt(parts[(d, False)])}{d}" for d in _ORDER if (d, False) in parts)
    time = "".join(f"{_fmt(parts[(d, True)])}{d}" for d in _TIME_ORDER if (d, True) in parts)
    return "P" + date + (("T" + time) if time else "")


def _fmt(n: Decimal) -> str:
    if n == n.to_integral_value():
        return str(int(n))
    return format(n.normalize(), "f")


def _unit_at(toks: tuple[Tok, ...], j: int) -> tuple[str, tuple[str, ...]] | None:
    adj = inflected(toks[j].low, _ADJ_ROOTS)
    if adj is not None:
        return DURATION_ADJECTIVE[adj[0]], adj[1]
    found = inflected(toks[j].low, _UNIT_ROOTS)
    if found is None or "SIM" in found[1]:
        return None
    return found


def find_durations(text: str) -> list[DurationValue]:
    """Durations in ``text`` (normalised), left to right."""
    toks = tokenize(text)
    found: list[tuple[int, int, DurationValue, str]] = []  # first tok, last tok, value, case
    i = 0
    while i < len(toks):
        num = parse_number(toks, i, collectives=False)
        if num is None or num.tags or num.last + 1 >= len(toks) or not 0 < num.value <= _MAX_AMOUNT:
            i += 1
            continue
        if i > 0 and toks[i - 1].low in ("сағат", "№"):  # сағат 10-да is a clock time
            i = num.last + 1
            continue
        unit = _unit_at(toks, num.last + 1)
        if unit is None:
            i = num.last + 1
            continue
        root, tags = unit
        if root == YEAR_WORD and num.kind == "digits" and num.value >= 1000:
            i = num.last + 2  # 2016 жылғы is a year, not 2016 years
            continue
        last = num.last + 1
        qualifier = hedge_before(toks, i)
        unit_case = case(tags)
        after = hedge_after(toks, last, unit_case)
        if after is not None:
            qualifier = after[0]
        iso = iso_duration(num.value, root)
        value = DurationValue(toks[i].start, toks[last].end, iso, qualifier)
        found.append((i, last, value, unit_case))
        i = last + 1
    out = []
    for n, (_, last, value, unit_case) in enumerate(found):
        if (
            value.qualifier is None
            and unit_case == "ABL"
            and n + 1 < len(found)
            and found[n + 1][0] == last + 1
            and found[n + 1][2].qualifier == "upTo"
        ):
            value = DurationValue(value.start, value.end, value.iso, "atLeast")
        out.append(value)
    return out
