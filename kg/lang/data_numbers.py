"""Kazakh number words, hedges and units of count, as plain data."""

from __future__ import annotations

__all__ = [
    "COLLECTIVES",
    "DECIMAL_DENOMINATORS",
    "HALF",
    "HEDGES_AFTER",
    "HEDGES_BEFORE",
    "MULTIPLIER_WORDS",
    "NOT_NUMBERS",
    "NUMBER_WORDS",
    "PERCENT_WORDS",
    "POINT",
    "SCALES",
    "TIMES_WORDS",
    "VAGUE",
]

# Units and tens add up; жүз multiplies what precedes it; scales close a group.
NUMBER_WORDS: dict[str, int] = {
    "нөл": 0,
    "бір": 1,
    "екі": 2,
    "үш": 3,
    "төрт": 4,
    "бес": 5,
    "алты": 6,
    "жеті": 7,
    "сегіз": 8,
    "тоғыз": 9,
    "он": 10,
    "жиырма": 20,
    "отыз": 30,
    "қырық": 40,
    "елу": 50,
    "алпыс": 60,
    "жетпіс": 70,
    "сексен": 80,
    "тоқсан": 90,
    "жүз": 100,
}
SCALES: dict[str, int] = {
    "мың": 1_000,
    "миллион": 1_000_000,
    "млн": 1_000_000,
    "миллиард": 1_000_000_000,
    "млрд": 1_000_000_000,
    "триллион": 1_000_000_000_000,
    "трлн": 1_000_000_000_000,
}
# Collective numerals count people: екеуі = the two of them.
COLLECTIVES: dict[str, int] = {
    "екеу": 2,
    "үшеу": 3,
    "төртеу": 4,
    "бесеу": 5,
    "алтау": 6,
    "жетеу": 7,
    "сегізеу": 8,
    "тоғызау": 9,
    "онау": 10,
}
# "X бүтін оннан Y" = X + Y/10; the denominator is a power of ten in the ablative.
POINT = "бүтін"
DECIMAL_DENOMINATORS: dict[str, int] = {"оннан": 10, "жүзден": 100, "мыңнан": 1000}
# жарты = a half alone; жарым = and a half after a number (бір жарым = 1.5).
HALF = {"жарты": "alone", "жарым": "after"}
# Words that look like an inflected number but are not one in running text.
NOT_NUMBERS = frozenset(
    {
        "онда",
        "оны",
        "оның",
        "онымен",
        "оннан-мұннан",
        "бірге",
        "бірі",
        "бірін",
        "біріне",
        "бірінің",
        "бірінен",
        "бірінде",
        "бірімен",
        "біріміз",
        "біріне-бірі",
        "бірдей",
        "бірде",
        "бірер",
        "үшін",
        "жүзі",
        "жүзін",
        "жүзінде",
        "жүзінен",
        "жүзіне",
        "жүзеге",
        "елуі",
    }
)
# Counts that give no value.
VAGUE = frozenset({"ондаған", "жүздеген", "мыңдаған", "миллиондаған", "бірнеше", "көптеген"})

PERCENT_WORDS = ("пайыз", "процент")
TIMES_WORDS = ("есе",)
MULTIPLIER_WORDS = TIMES_WORDS

# Hedges. Before the number: word sequences. After it: (case the number or its
# noun must carry, word) -> qualifier; "*" accepts any case.
HEDGES_BEFORE: dict[tuple[str, ...], str] = {
    ("шамамен",): "approx",
    ("шамасы",): "approx",
    ("жуық",): "approx",
    ("кем", "дегенде"): "atLeast",
    ("кемінде",): "atLeast",
    ("ең", "кемі"): "atLeast",
    ("кемі",): "atLeast",
    ("көп", "дегенде"): "upTo",
    ("ең", "көбі"): "upTo",
}
HEDGES_AFTER: dict[tuple[str, str], str] = {
    ("DAT", "жуық"): "approx",
    ("*", "шамасында"): "approx",
    ("*", "шамасы"): "approx",
    ("*", "шақты"): "approx",
    ("*", "қаралы"): "approx",
    ("ABL", "астам"): "moreThan",
    ("ABL", "аса"): "moreThan",
    ("ABL", "артық"): "moreThan",
    ("ABL", "көп"): "moreThan",
    ("ABL", "кем"): "atLeast",  # "100-ден кем емес"; checked with емес after it
    ("DAT", "дейін"): "upTo",
    ("DAT", "шейін"): "upTo",
}
