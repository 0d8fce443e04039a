"""Dates in Kazakh text: day and month in any case and order, years, a month
alone, and words relative to the publication date.

Results are :class:`kg.model.DateValue` with the XSD lexical form and its
datatype: ``date`` (2021-01-29), ``gYearMonth`` (2021-01), ``gYear`` (2016),
or ``gMonthDay`` (--01-29) when no year can be known.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.lang._numparse import Num, Tok, case, inflected, parse_number, tokenize
from kg.lang.data_time import (
    AMBIGUOUS_MONTHS,
    FUTURE_SLACK_DAYS,
    MONTHS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    RELATIVE_YEARS,
    YEAR_WORD,
)
from kg.model import DateValue

__all__ = ["find_dates"]

_MONTH_ROOTS = frozenset(MONTHS)
_GLUED = re.compile(r"^(\d{1,4})-([^\W\d_]+)$", re.UNICODE)
_DAY_WORDS = frozenset({"күн", "ай"})
_UNPLACED = ("", "")  # a date the text names that no calendar day matches
_YEARS = (dt.MINYEAR, dt.MAXYEAR)  # what xsd:date, gYear and Python's date all hold


def _month(tok: Tok) -> tuple[int, tuple[str, ...]] | None:
    found = inflected(tok.low, _MONTH_ROOTS)
    if found is None:
        return None
    root, tags = found
    if "SIM" in tags:
        return None
    return MONTHS[root], tags


def _glued(tok: Tok) -> tuple[int, str] | None:
    """Digits glued to a word by a hyphen (1-ақпаннан, 2021-жылы): (number, word)."""
    m = _GLUED.match(tok.low)
    return (int(m.group(1)), m.group(2)) if m else None


def _is_year(n: int) -> bool:
    return 1000 <= n <= 2199


def _year_at(toks: tuple[Tok, ...], i: int) -> tuple[int, int, tuple[str, ...]] | None:
    """A year (2021 жылы, 2016 жылғы, 2021 ж., 2021-жылы, the second of
    2019-2020 жылдары) at token i: (year, last index, tags of жыл)."""
    tok = toks[i]
    glued = _glued(tok)
    if glued is not None and _is_year(glued[0]) and len(tok.text.split("-")[0]) == 4:
        word = inflected(glued[1], (YEAR_WORD,))
        if word is not None and "SIM" not in word[1]:
            return glued[0], i, word[1]
    if not (tok.text.isdigit() and len(tok.text) == 4 and _is_year(int(tok.text))):
        return None
    if i + 3 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].text.isdigit():
        # 2019-2020 жылдары: the first year of a range, the second follows
        later = _year_at(toks, i + 2)
        if later is not None:
            return int(tok.text), i, later[2]
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        word = inflected(nxt.low, (YEAR_WORD,))
        if word is not None and "SIM" not in word[1]:
            return int(tok.text), i + 1, word[1]
        if nxt.low == "ж" and i + 2 < len(toks) and toks[i + 2].text == ".":
            return int(tok.text), i + 2, ()
    return None


def _day(num: Num | None) -> int | None:
    if num is None or num.kind == "collective" or num.value != num.value.to_integral_value():
        return None
    day = int(num.value)
    return day if 1 <= day <= 31 else None


def _date(year: int | None, month: int, day: int) -> dt.date | None:
    """The day, or None where it does not exist (30 ақпан) or falls outside the
    years 1 to 9999 that xsd:date and Python can both hold."""
    try:
        return dt.date(2000 if year is None else year, month, day)
    except (ValueError, OverflowError):
        return None


def _latest(published: dt.date) -> dt.date:
    """The latest day a date without a year may name (see FUTURE_SLACK_DAYS)."""
    try:
        return published + dt.timedelta(days=FUTURE_SLACK_DAYS)
    except OverflowError:
        return dt.date.max


def _day_month_value(
    month: int, day: int, year: int | None, published: dt.date | None
) -> tuple[str, str] | None:
    if _date(year, month, day) is None:
        return None
    if year is None and published is not None:
        # The publication year or the year before; a day neither year has
        # (29 ақпан in a brief of 2023) is left out, not moved.
        year = published.year
        when = _date(year, month, day) or _date(year - 1, month, day)
        if when is not None and when > _latest(published):
            when = _date(when.year - 1, month, day)
        if when is None:
            return None
        year = when.year
    if year is None:
        return f"--{month:02d}-{day:02d}", "gMonthDay"
    return f"{year:04d}-{month:02d}-{day:02d}", "date"


def _month_value(month: int, year: int | None, published: dt.date | None) -> tuple[str, str] | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        if dt.date(year, month, 1) > _latest(published):
            year -= 1
    if not _YEARS[0] <= year <= _YEARS[1]:
        return None
    return f"{year:04d}-{month:02d}", "gYearMonth"


def _with_kuni(toks: tuple[Tok, ...], j: int) -> int:
    """Extend a date ending at token j over a following күні / айында."""
    if j + 1 < len(toks):
        found = inflected(toks[j + 1].low, _DAY_WORDS)
        if found is not None and found[1] and "SIM" not in found[1]:
            return j + 1
    return j


def _day_month(toks: tuple[Tok, ...], i: int) -> tuple[int, int, int] | None:
    """29 қаңтарда / 10 қаңтар күні / 1-ақпаннан, and the first day of
    10-12 қаңтар: (month, day, last index)."""
    glued = _glued(toks[i])
    if glued is not None and 1 <= glued[0] <= 31:
        month = _month(Tok(toks[i].start, toks[i].end, glued[1], glued[1]))
        if month is not None:
            return month[0], glued[0], _with_kuni(toks, i)
    num = parse_number(toks, i, collectives=False)
    day = _day(num)
    if num is None or day is None or num.tags or num.last + 1 >= len(toks):
        return None
    if toks[num.last + 1].text == "-" and num.last + 2 < len(toks):
        later = _day_month(toks, num.last + 2)
        if later is not None:
            return later[0], day, num.last
    month = _month(toks[num.last + 1])
    if month is None:
        return None
    return month[0], day, _with_kuni(toks, num.last + 1)


def _month_gen_day(toks: tuple[Tok, ...], i: int) -> tuple[int, int, int] | None:
    """наурыздың он тоғызы / мамырдың 3-і: (month, day, last index)."""
    month = _month(toks[i])
    if month is None or case(month[1]) != "GEN" or i + 1 >= len(toks):
        return None
    num = parse_number(toks, i + 1, collectives=False)
    day = _day(num)
    if num is None or day is None or "P3" not in num.tags:
        return None
    return month[0], day, num.last


def _by_first_word() -> dict[str, list[tuple[tuple[str, ...], str, int]]]:
    """Relative words by their first word: (words, unit, offset), days before
    weeks, months and years, the longest phrase first within each."""
    out: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for table, unit in (
        (RELATIVE_DAYS, "day"),
        (RELATIVE_WEEKS, "week"),
        (RELATIVE_MONTHS, "month"),
        (RELATIVE_YEARS, "year"),
    ):
        for words, offset in sorted(table.items(), key=lambda kv: -len(kv[0])):
            out.setdefault(words[0], []).append((words, unit, offset))
    return out


_RELATIVE = _by_first_word()


def _relative(toks: tuple[Tok, ...], i: int, published: dt.date) -> tuple[str, str, int] | None:
    for words, unit, offset in _RELATIVE.get(toks[i].low, ()):
        n = len(words)
        if tuple(t.low for t in toks[i : i + n]) != words:
            continue
        value = _shift(published, unit, offset)
        return (value[0], value[1], i + n - 1) if value is not None else None
    return None


def _shift(published: dt.date, unit: str, offset: int) -> tuple[str, str] | None:
    """The publication date moved by ``offset`` units, as (lexical, datatype);
    None where that leaves the years 1 to 9999."""
    if unit in ("day", "week"):
        try:
            day = published + dt.timedelta(days=offset * (7 if unit == "week" else 1))
        except OverflowError:
            return None
        if unit == "day":
            return day.isoformat(), "date"
        # A week names no day; keep its month, which is known.
        return f"{day.year:04d}-{day.month:02d}", "gYearMonth"
    if unit == "month":
        y, m = divmod(published.year * 12 + published.month - 1 + offset, 12)
        return (f"{y:04d}-{m + 1:02d}", "gYearMonth") if _YEARS[0] <= y <= _YEARS[1] else None
    y = published.year + offset
    return (f"{y:04d}", "gYear") if _YEARS[0] <= y <= _YEARS[1] else None


def find_dates(text: str, *, published: dt.date | None = None) -> list[DateValue]:
    """Date expressions in ``text`` (normalised), left to right. A day and month
    without a year take the publication year (or the year before, see
    data_time.FUTURE_SLACK_DAYS) when ``published`` is given, else come back as
    gMonthDay; a month alone and relative words need ``published``."""
    toks = tokenize(text)
    out: list[DateValue] = []
    i = 0
    while i < len(toks):
        found = _date_at(toks, i, published)
        if found is None:
            i += 1
            continue
        lexical, datatype, last = found
        if lexical:
            out.append(DateValue(toks[i].start, toks[last].end, lexical, datatype))
        i = last + 1
    return out


def _date_at(
    toks: tuple[Tok, ...], i: int, published: dt.date | None
) -> tuple[str, str, int] | None:
    year = _year_at(toks, i)
    if year is not None:
        y, last, _ = year
        k = last + 1
        if k < len(toks):
            dm = _day_month(toks, k) or _month_gen_day(toks, k)
            if dm is not None:
                value = _day_month_value(dm[0], dm[1], y, published)
                if value is not None:
                    return value[0], value[1], dm[2]
            month = _month(toks[k])
            if month is not None:
                return f"{y:04d}-{month[0]:02d}", "gYearMonth", _with_kuni(toks, k)
        return f"{y:04d}", "gYear", last
    if toks[i].text[0].isdigit() or toks[i].text[0].isalpha():
        dm = _day_month(toks, i) or _month_gen_day(toks, i)
        if dm is not None:
            mon, day, end = dm
            trailing = _year_at(toks, end + 1) if end + 1 < len(toks) else None
            found = _day_month_value(mon, day, trailing[0] if trailing else None, published)
            # A day that cannot be placed is read, so that its month is not
            # then taken alone, and left out.
            return (*(found or _UNPLACED), trailing[1] if trailing else end)
    if published is not None:
        rel = _relative(toks, i, published)
        if rel is not None:
            return rel
    month = _month(toks[i])
    if month is not None and published is not None:
        root_ambiguous = any(toks[i].low.startswith(r) for r in AMBIGUOUS_MONTHS)
        next_is_month_word = i + 1 < len(toks) and inflected(toks[i + 1].low, ("ай",)) is not None
        if (month[1] and not root_ambiguous) or next_is_month_word:
            value = _month_value(month[0], None, published)
            if value is not None:
                return value[0], value[1], _with_kuni(toks, i)
    return None
