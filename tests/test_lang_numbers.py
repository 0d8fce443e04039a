"""Tables for numbers in Kazakh text (kg.lang.find_numbers, find_multipliers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.lang import find_multipliers, find_numbers

# (text, [(value, qualifier, unit), ...])
NUMBERS: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # digits, with case suffixes, decimals and thousands
    ("Алаңға 300 адам жиналды.", [("300", None, None)]),
    ("Ереуілге 200-ге жуық жұмысшы шықты.", [("200", "approx", None)]),
    ("30-дан астам белсенді ұсталды.", [("30", "moreThan", None)]),
    ("Баға 10,9 пайызға өсті.", [("10.9", None, "percent")]),
    ("Оған 10 000 адам қол қойды.", [("10000", None, None)]),
    ("Петицияға 5 мың адам қол қойды.", [("5000", None, None)]),
    ("Бюджеттен 1,5 млрд теңге бөлінді.", [("1500000000", None, None)]),
    ("Өтінішті 1000-нан астам адам жазды.", [("1000", "moreThan", None)]),
    ("Сотқа 200-дей адам келді.", [("200", "approx", None)]),
    # words and compounds
    ("Жиырма бес адам ұсталды.", [("25", None, None)]),
    ("Екі жүз қырық үш жұмысшы ереуілге шықты.", [("243", None, None)]),
    ("Он мың адам наразылық білдірді.", [("10000", None, None)]),
    ("Жүзден аса жүргізуші жұмысқа шықпады.", [("100", "moreThan", None)]),
    ("Он бес мыңнан астам қол жиналды.", [("15000", "moreThan", None)]),
    ("Мың тоғыз жүз тоқсан бір", [("1991", None, None)]),
    ("Жүздей адам жиналды.", [("100", "approx", None)]),
    ("Қырыққа жуық белсенді келді.", [("40", "approx", None)]),
    # decimals in words, fractions, halves
    ("Инфляция бес бүтін оннан екі пайыз болды.", [("5.2", None, "percent")]),
    ("Партия жетпіс бүтін жүзден тоқсан алты пайыз алды.", [("70.96", None, "percent")]),
    ("Сайлаушылардың үштен бірі келмеді.", [("0.3333", None, None)]),
    ("Бір жарым мың адам келді.", [("1500", None, None)]),
    # percentages
    ("Жалақыны 100 пайызға көбейтуді сұрайды.", [("100", None, "percent")]),
    ("98 орынның 77 пайызын алды.", [("98", None, None), ("77", None, "percent")]),
    ("Бағасы 15 процентке қымбаттады.", [("15", None, "percent")]),
    ("Дауыстың 60 %-ы", [("60", None, "percent")]),
    ("Сайлаушылардың 50 пайыздан астамы келді.", [("50", "moreThan", "percent")]),
    # hedges before the number
    ("Шамамен 500 адам жиналды.", [("500", "approx", None)]),
    ("Кем дегенде он адам қамауға алынған.", [("10", "atLeast", None)]),
    ("Кемінде 20 адам жараланды.", [("20", "atLeast", None)]),
    ("Айыппұл 1000-ға дейін өседі.", [("1000", "upTo", None)]),
    ("Ұсталғандар саны 100 шамасында.", [("100", "approx", None)]),
    ("Жүз адамнан астам қатысты.", [("100", "moreThan", None)]),
    # collectives
    ("Екеуі ұсталды.", [("2", None, None)]),
    ("Белсенділердің үшеуін полиция әкетті.", [("3", None, None)]),
    ("Бесеуі босатылды.", [("5", None, None)]),
    # vague counts, dates, durations, document numbers, ordinals, clock times
    ("Мыңдаған адам көшеге шықты.", []),
    ("Жүздеген белсенді ұсталды.", []),
    ("Ондаған журналист келді.", []),
    ("Бірнеше белсенді ұсталды.", []),
    ("29 қаңтарда митинг өтті.", []),
    ("2016 жылғы жер митингілері", []),
    ("Ол 5 жылға сотталды.", []),
    ("№344 учаскеде бұзушылық болды.", []),
    ("Ол 5-інші рет ұсталды.", []),
    ("Таңғы алтыда жиналды.", []),
    ("Мұнайшылар айлықты екі есе өсіруді сұрайды.", []),
    ("Бұл үшін оны ұстады.", []),
    ("Бұрын 3 рет, кейін 4 рет ұсталған.", [("3", None, None), ("4", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_find_numbers(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(n.value, n.qualifier, n.unit) for n in find_numbers(text)]
    assert got == [(Decimal(v), q, u) for v, q, u in expected]


def test_offsets_cover_the_number() -> None:
    text = "Ереуілге 200-ге жуық жұмысшы шықты."
    (n,) = find_numbers(text)
    assert text[n.start : n.end] == "200-ге"
    text = "Жалақыны 100 пайызға көбейтуді сұрайды."
    (n,) = find_numbers(text)
    assert text[n.start : n.end] == "100 пайызға"


def test_values_are_plain_decimals() -> None:
    (n,) = find_numbers("Бюджеттен 1,5 млн теңге бөлінді.")
    assert str(n.value) == "1500000"


@pytest.mark.parametrize(
    ("text", "factor"),
    [("айлықты екі есе өсіруді сұрайды", "2"), ("үш есеге көбейді", "3"), ("10 есе", "10")],
)
def test_find_multipliers(text: str, factor: str) -> None:
    (m,) = find_multipliers(text)
    assert (m.value, m.unit) == (Decimal(factor), "times")
