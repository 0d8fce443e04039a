"""Numbers in Kazakh text: digits (with case suffixes, decimal commas and
thousands spaces), number words and their compounds, decimals in words,
collectives, percentages, and hedges turned into a qualifier.

Numbers that belong to a date (29 қаңтарда, 2016 жылғы), a duration
(5 жылға), a document number (№344), an ordinal (5-інші), a clock time
(алтыда, сағат 10-да) or a multiplier (екі есе: see :func:`find_multipliers`)
are not counts and are left out; vague words (жүздеген, бірнеше) give nothing.
"""

from __future__ import annotations

import bisect
import itertools
from decimal import Decimal

from kg.lang._numparse import (
    Num,
    Tok,
    case,
    hedge_after,
    hedge_before,
    inflected,
    parse_number,
    tokenize,
)
from kg.lang.data_numbers import PERCENT_WORDS, TIMES_WORDS
from kg.lang.dates import find_dates
from kg.lang.durations import find_durations
from kg.lang.morph import case_of
from kg.model import NumberValue

__all__ = ["find_multipliers", "find_numbers"]


def _clean(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _taken(text: str, toks: tuple[Tok, ...]) -> set[int]:
    """Indexes of tokens inside dates, durations and № numbers."""
    spans = sorted(
        [(d.start, d.end) for d in find_dates(text)]
        + [(d.start, d.end) for d in find_durations(text)]
    )
    # A token is inside a span when the spans starting at or before it reach
    # past it: one look-up per token, not a pass over every span.
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    out: set[int] = set()
    for k, tok in enumerate(toks):
        document_number = k > 0 and toks[k - 1].text == "№" and tok.text[0].isdigit()
        before = bisect.bisect_right(starts, tok.start) - 1
        if document_number or (before >= 0 and reach[before] > tok.start):
            out.add(k)
    return out


def _scan(text: str) -> list[tuple[Num, tuple[Tok, ...]]]:
    toks = tokenize(text)
    taken = _taken(text, toks)
    out = []
    i = 0
    while i < len(toks):
        if i in taken:
            i += 1
            continue
        num = parse_number(toks, i)
        if num is None:
            i += 1
            continue
        if any(k in taken for k in range(num.first, num.last + 1)):
            i = num.last + 1
            continue
        out.append((num, toks))
        i = num.last + 1
    return out


def _is_times(toks: tuple[Tok, ...], num: Num) -> bool:
    j = num.last + 1
    return not num.tags and j < len(toks) and inflected(toks[j].low, TIMES_WORDS) is not None


def find_numbers(text: str) -> list[NumberValue]:
    """Counts and percentages in ``text`` (normalised), left to right."""
    out: list[NumberValue] = []
    for num, toks in _scan(text):
        if _is_times(toks, num) or case(num.tags) == "LOC":
            continue
        j, tags, unit = num.last, num.tags, None
        if not tags and j + 1 < len(toks):
            nxt = toks[j + 1]
            pct = inflected(nxt.low, PERCENT_WORDS) if nxt.text != "%" else ("%", ())
            if pct is not None:
                j, tags, unit = j + 1, pct[1], "percent"
        qualifier = hedge_before(toks, num.first)
        after = hedge_after(toks, j, case(tags))
        if after is None and j + 2 < len(toks) and toks[j + 1].text[0].isalpha():
            # the hedge may follow the counted noun: 100 адамнан астам
            after = hedge_after(toks, j + 1, case_of(toks[j + 1].text))
        if after is not None:
            qualifier = after[0]
        out.append(
            NumberValue(toks[num.first].start, toks[j].end, _clean(num.value), qualifier, unit)
        )
    return out


def find_multipliers(text: str) -> list[NumberValue]:
    """Multipliers (екі есе = twofold) as NumberValue with unit "times"."""
    out = []
    for num, toks in _scan(text):
        if _is_times(toks, num):
            end = toks[num.last + 1].end
            out.append(NumberValue(toks[num.first].start, end, _clean(num.value), None, "times"))
    return out
