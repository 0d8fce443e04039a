"""Tables for dates in Kazakh text (kg.lang.find_dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.lang import find_dates

PUB = dt.date(2021, 1, 5)

# (text, without a publication date, with PUB)
DATES: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    # day and month, any case and order
    ("29 қаңтарда ереуіл басталды.", [("--01-29", "gMonthDay")], [("2020-01-29", "date")]),
    ("10 қаңтар күні ұсталды.", [("--01-10", "gMonthDay")], [("2021-01-10", "date")]),
    ("21 желтоқсан күні әкеткен.", [("--12-21", "gMonthDay")], [("2020-12-21", "date")]),
    ("1 ақпаннан бастап шектеу енеді.", [("--02-01", "gMonthDay")], [("2020-02-01", "date")]),
    ("15 мамырдан бері ереуілдеп жатыр.", [("--05-15", "gMonthDay")], [("2020-05-15", "date")]),
    ("4 ақпанда босады.", [("--02-04", "gMonthDay")], [("2020-02-04", "date")]),
    ("3 қаңтардағы сайлау", [("--01-03", "gMonthDay")], [("2021-01-03", "date")]),
    ("8 қаңтарға дейін", [("--01-08", "gMonthDay")], [("2021-01-08", "date")]),
    ("наурыздың он тоғызы", [("--03-19", "gMonthDay")], [("2020-03-19", "date")]),
    ("наурыздың он тоғызынан бастап", [("--03-19", "gMonthDay")], [("2020-03-19", "date")]),
    ("мамырдың 3-і", [("--05-03", "gMonthDay")], [("2020-05-03", "date")]),
    ("қаңтардың 5-і күні", [("--01-05", "gMonthDay")], [("2021-01-05", "date")]),
    ("31 желтоқсанда", [("--12-31", "gMonthDay")], [("2020-12-31", "date")]),
    ("30 қыркүйекте", [("--09-30", "gMonthDay")], [("2020-09-30", "date")]),
    ("12 қазанда сот болды", [("--10-12", "gMonthDay")], [("2020-10-12", "date")]),
    # years
    ("2016 жылғы жер митингілері", [("2016", "gYear")], [("2016", "gYear")]),
    ("2021 жылы сайлау өтті.", [("2021", "gYear")], [("2021", "gYear")]),
    ("2019 ж. наурызда", [("2019-03", "gYearMonth")], [("2019-03", "gYearMonth")]),
    ("2021 жылдың қаңтарында", [("2021-01", "gYearMonth")], [("2021-01", "gYearMonth")]),
    ("2021 жылғы 29 қаңтарда", [("2021-01-29", "date")], [("2021-01-29", "date")]),
    ("2020 жылы 17 желтоқсанда", [("2020-12-17", "date")], [("2020-12-17", "date")]),
    ("29 қаңтар 2021 жыл", [("2021-01-29", "date")], [("2021-01-29", "date")]),
    ("2018 жылдан бері", [("2018", "gYear")], [("2018", "gYear")]),
    # digits glued by a hyphen, ranges
    ("1-ақпаннан бастап", [("--02-01", "gMonthDay")], [("2020-02-01", "date")]),
    ("2021-жылы", [("2021", "gYear")], [("2021", "gYear")]),
    (
        "10-12 қаңтар аралығында",
        [("--01-10", "gMonthDay"), ("--01-12", "gMonthDay")],
        [("2021-01-10", "date"), ("2021-01-12", "date")],
    ),
    (
        "2019-2020 жылдары",
        [("2019", "gYear"), ("2020", "gYear")],
        [("2019", "gYear"), ("2020", "gYear")],
    ),
    # a month alone
    ("Қаңтарда ереуіл болды.", [], [("2021-01", "gYearMonth")]),
    ("Желтоқсанда ұсталды.", [], [("2020-12", "gYearMonth")]),
    ("ақпан айында", [], [("2020-02", "gYearMonth")]),
    # relative dates
    ("Кеше белсенді ұсталды.", [], [("2021-01-04", "date")]),
    ("Бүгін сот болды.", [], [("2021-01-05", "date")]),
    ("Ертең митинг өтеді.", [], [("2021-01-06", "date")]),
    ("Алдыңғы күні ұсталды.", [], [("2021-01-03", "date")]),
    ("Өткен аптада ұсталды.", [], [("2020-12", "gYearMonth")]),
    ("Биыл ереуіл көп.", [], [("2021", "gYear")]),
    ("Былтыр сотталды.", [], [("2020", "gYear")]),
    ("Өткен жылы сотталды.", [], [("2020", "gYear")]),
    ("Өткен айда ұсталды.", [], [("2020-12", "gYearMonth")]),
    # not dates
    ("Ол 5 жылға сотталды.", [], []),
    ("300 адам жиналды.", [], []),
    ("Қазан қаласында", [], []),
    # no 32nd day: only the month is known
    ("32 қаңтарда", [], [("2021-01", "gYearMonth")]),
]


@pytest.mark.parametrize(("text", "bare", "_"), DATES)
def test_find_dates_without_publication(
    text: str, bare: list[tuple[str, str]], _: list[tuple[str, str]]
) -> None:
    assert [(d.lexical, d.datatype) for d in find_dates(text)] == bare


@pytest.mark.parametrize(("text", "_", "dated"), DATES)
def test_find_dates_with_publication(
    text: str, _: list[tuple[str, str]], dated: list[tuple[str, str]]
) -> None:
    assert [(d.lexical, d.datatype) for d in find_dates(text, published=PUB)] == dated


def test_offsets() -> None:
    text = "Ол 10 қаңтар күні ұсталды."
    (d,) = find_dates(text)
    assert text[d.start : d.end] == "10 қаңтар күні"


def test_rolls_back_only_past_the_slack() -> None:
    # a few days ahead of publication stays in the same year (an announcement)
    (d,) = find_dates("9 қаңтарда митинг өтеді.", published=PUB)
    assert d.lexical == "2021-01-09"


def test_leap_day_without_year() -> None:
    (d,) = find_dates("29 ақпанда")
    assert d.lexical == "--02-29"
    (d,) = find_dates("29 ақпанда", published=dt.date(2021, 3, 10))
    assert d.lexical == "2020-02-29"


def test_two_dates_in_one_sentence() -> None:
    got = find_dates("10 қаңтарда ұсталып, 25 қаңтарда босатылды.")
    assert [d.lexical for d in got] == ["--01-10", "--01-25"]


# A day no candidate year has, or a date outside the years 1 to 9999, is left
# out (neither raised nor moved to another year); its month is not taken alone.
UNPLACEABLE: list[tuple[str, dt.date, list[tuple[str, str]]]] = [
    ("29 ақпанда ереуіл басталды.", dt.date(2023, 3, 5), []),
    ("29 ақпанда", dt.date(2019, 1, 5), []),
    ("30 ақпанда", dt.date(2021, 3, 5), []),
    ("2021 жылғы 30 ақпанда", dt.date(2021, 3, 5), [("2021", "gYear")]),
    ("Қаңтарда ереуіл болды.", dt.date(9999, 12, 31), [("9999-01", "gYearMonth")]),
    ("Ертең митинг өтеді.", dt.date(9999, 12, 31), []),
    ("Келесі аптада сот болады.", dt.date(9999, 12, 31), []),
    ("Келесі жылы сайлау.", dt.date(9999, 12, 31), []),
    ("Келесі айда сайлау.", dt.date(9999, 12, 31), []),
    ("31 желтоқсанда", dt.date(9999, 12, 31), [("9999-12-31", "date")]),
    ("Кеше белсенді ұсталды.", dt.date(1, 1, 1), []),
    ("Өткен айда ұсталды.", dt.date(1, 1, 1), []),
    ("Өткен жылы сотталды.", dt.date(1, 1, 1), []),
    ("Желтоқсанда ұсталды.", dt.date(1, 1, 1), []),
    ("31 желтоқсанда", dt.date(1, 1, 1), []),
    ("2 қаңтарда", dt.date(1, 1, 1), [("0001-01-02", "date")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNPLACEABLE)
def test_unplaceable_dates_are_left_out(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(d.lexical, d.datatype) for d in find_dates(text, published=published)] == expected
