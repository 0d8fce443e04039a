"""Tables for durations in Kazakh text (kg.lang.find_durations)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.lang import find_durations, iso_duration

DURATIONS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Ол 5 жылға сотталды.", [("P5Y", None)]),
    ("Ереуіл бес күн өтсе де тоқтамады.", [("P5D", None)]),
    ("Адамдарды он сағатқа жуық ұстады.", [("PT10H", "approx")]),
    ("Белсенді 15 тәулікке қамалды.", [("P15D", None)]),
    ("Олар 10 жылдан астам тұрған.", [("P10Y", "moreThan")]),
    ("Үш күндік ереуіл", [("P3D", None)]),
    ("Алты айға шартты жаза", [("P6M", None)]),
    ("Екі апта бойы", [("P14D", None)]),
    ("Екі апталық қамау", [("P14D", None)]),
    ("5 жылдан 8 жылға дейін бас бостандығынан айыру", [("P5Y", "atLeast"), ("P8Y", "upTo")]),
    ("3 жылға дейін", [("P3Y", "upTo")]),
    ("Бір жарым жыл", [("P1Y6M", None)]),
    ("Жарты сағат күтті.", [("PT30M", None)]),
    ("Шамамен екі сағат сөйледі.", [("PT2H", "approx")]),
    ("30 минуттан кейін", [("PT30M", None)]),
    ("Жиырма тәулік", [("P20D", None)]),
    ("Кем дегенде үш ай", [("P3M", "atLeast")]),
    ("Он жыл бұрын", [("P10Y", None)]),
    ("Ол екі жылға шартты түрде сотталды.", [("P2Y", None)]),
    # not durations
    ("2016 жылғы митинг", []),
    ("Сағат 10-да жиналды.", []),
    ("10 қаңтар күні", []),
    ("Сайлау күні ұсталды.", []),
    ("Жүздеген күн", []),
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_find_durations(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(d.iso, d.qualifier) for d in find_durations(text)] == expected


@pytest.mark.parametrize(
    ("value", "unit", "iso"),
    [
        ("5", "жыл", "P5Y"),
        ("2", "апта", "P14D"),
        ("1.5", "сағат", "PT1H30M"),
        ("0.5", "жыл", "P6M"),
        ("1.5", "күн", "P1DT12H"),
        ("90", "минут", "PT90M"),
    ],
)
def test_iso_duration(value: str, unit: str, iso: str) -> None:
    assert iso_duration(Decimal(value), unit) == iso


def test_offsets() -> None:
    text = "Ол 5 жылға сотталды."
    (d,) = find_durations(text)
    assert text[d.start : d.end] == "5 жылға"
