"""Kazakh month names, time units and relative time words, as plain data."""

from __future__ import annotations

__all__ = [
    "AMBIGUOUS_MONTHS",
    "DURATION_ADJECTIVE",
    "DURATION_UNITS",
    "FUTURE_SLACK_DAYS",
    "MONTHS",
    "RELATIVE_DAYS",
    "RELATIVE_MONTHS",
    "RELATIVE_WEEKS",
    "RELATIVE_YEARS",
    "YEAR_WORD",
]

MONTHS: dict[str, int] = {
    "қаңтар": 1,
    "ақпан": 2,
    "наурыз": 3,
    "сәуір": 4,
    "мамыр": 5,
    "маусым": 6,
    "шілде": 7,
    "тамыз": 8,
    "қыркүйек": 9,
    "қазан": 10,
    "қараша": 11,
    "желтоқсан": 12,
}
# Month names that are also common words (қазан: a cauldron, the city of Kazan;
# маусым: a season; мамыр: soft): taken as a month only next to a day or a year.
AMBIGUOUS_MONTHS = frozenset({"қазан", "маусым", "мамыр", "тамыз"})

YEAR_WORD = "жыл"

# A day and month without a year, in a brief with a publication date, is put in
# the publication year unless that lands more than this many days after the
# publication date; then it is the year before (21 желтоқсан in a brief of
# 5 January 2021 is 2020-12-21).
FUTURE_SLACK_DAYS = 7

# Relative words -> offset from the publication date.
RELATIVE_DAYS: dict[tuple[str, ...], int] = {
    ("бүгін",): 0,
    ("бүгінгі",): 0,
    ("кеше",): -1,
    ("кешегі",): -1,
    ("кеше", "кешке"): -1,
    ("ертең",): 1,
    ("ертеңгі",): 1,
    ("алдыңғы", "күні"): -2,
    ("алдыңғы", "күнгі"): -2,
    ("бүрсігүні",): 2,
}
RELATIVE_WEEKS: dict[tuple[str, ...], int] = {
    ("өткен", "аптада"): -1,
    ("өткен", "аптаның"): -1,
    ("өткен", "апта"): -1,
    ("осы", "аптада"): 0,
    ("биылғы", "аптада"): 0,
    ("келесі", "аптада"): 1,
}
RELATIVE_MONTHS: dict[tuple[str, ...], int] = {
    ("осы", "айда"): 0,
    ("осы", "айдың"): 0,
    ("биылғы", "айда"): 0,
    ("өткен", "айда"): -1,
    ("өткен", "айдың"): -1,
    ("өткен", "айы"): -1,
    ("келесі", "айда"): 1,
}
RELATIVE_YEARS: dict[tuple[str, ...], int] = {
    ("биыл",): 0,
    ("биылғы",): 0,
    ("осы", "жылы"): 0,
    ("осы", "жылдың"): 0,
    ("былтыр",): -1,
    ("былтырғы",): -1,
    ("өткен", "жылы"): -1,
    ("өткен", "жылдың"): -1,
    ("өткен", "жылғы"): -1,
    ("келесі", "жылы"): 1,
}

# Time units -> (ISO designator, multiplier, time part?). An апта is written as
# seven days (P14D, not P2W), so every duration compares in one unit family.
DURATION_UNITS: dict[str, tuple[str, int, bool]] = {
    "жыл": ("Y", 1, False),
    "ай": ("M", 1, False),
    "апта": ("D", 7, False),
    "күн": ("D", 1, False),
    "тәулік": ("D", 1, False),
    "сағат": ("H", 1, True),
    "минут": ("M", 1, True),
    "секунд": ("S", 1, True),
}
# Adjectives of duration: үш күндік, екі апталық, бес жылдық.
DURATION_ADJECTIVE: dict[str, str] = {
    "жылдық": "жыл",
    "айлық": "ай",
    "апталық": "апта",
    "күндік": "күн",
    "тәуліктік": "тәулік",
    "сағаттық": "сағат",
    "минуттық": "минут",
}
