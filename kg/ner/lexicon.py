"""Kazakh head nouns and cue words for the NER features and the class mapping.

The head nouns are kg.lang.data_heads, in the form they take after a name.
"""

from __future__ import annotations

from kg.lang.data_heads import COMPANY_MARKS, FACILITY_HEADS, ORG_HEADS, PLACE_HEADS
from kg.lang.data_numbers import HALF, NUMBER_WORDS, SCALES
from kg.lang.data_suffixes import VOWELS
from kg.lang.data_time import MONTHS
from kg.lang.inflect import possessive

__all__ = ["CUES", "HEADS", "QUOTES_CLOSE", "QUOTES_OPEN"]

# Bare lemmas that head a name on their own too (Мәжіліс, «X» компания); the
# model was trained with these.
_BARE = frozenset(
    [
        "облыс",
        "аудан",
        "қала",
        "ауыл",
        "компания",
        "банк",
        "партия",
        "министрлік",
        "комиссия",
        "мәжіліс",
        "сенат",
        "парламент",
        "үкімет",
        "прокуратура",
        "полиция",
        "сот",
        "театр",
        "газет",
        "агенттік",
        "серіктестік",
    ]
)


def _heads() -> dict[str, str]:
    """Head nouns as they follow a name (kg.lang.data_heads in the possessive:
    ауданы, кен орны), and legal forms of companies."""
    every = {**PLACE_HEADS, **FACILITY_HEADS, **ORG_HEADS}
    out: dict[str, str] = {}
    for lemma, cls in every.items():
        *first, last = lemma.split()
        if first and last in every:
            continue  # хельсинкі комитет: the head is комитет
        out[possessive(last)] = cls
        out.update(dict.fromkeys(first, cls))
        if lemma in _BARE:
            out[lemma] = cls
    out.update(dict.fromkeys((m for m in COMPANY_MARKS if not m.isascii()), "Company"))
    return out


# A head noun (lower case, as it follows a name) -> our class.
HEADS: dict[str, str] = _heads()

QUOTES_OPEN = frozenset("«“„\"'")
QUOTES_CLOSE = frozenset("»”\"'")

# Scales written out (мың, миллион), not abbreviated (млн).
_SCALE_WORDS = tuple(w for w in SCALES if any(c in VOWELS for c in w))
# Words that mark numeric and time expressions (lower-case stems), by cue name.
_CUE_WORDS: tuple[tuple[str, str], ...] = (
    ("num", " ".join([*NUMBER_WORDS, *_SCALE_WORDS, *HALF])),
    (
        "ord",
        "бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы оныншы "
        "жиырмасыншы отызыншы жүзінші мыңыншы",
    ),
    (
        "month",
        " ".join(MONTHS) + " январь февраль март апрель май июнь июль август сентябрь октябрь "
        "ноябрь декабрь",  # Russian names, common in KazNERD
    ),
    (
        "date",
        "жыл жылы жылғы ай айы апта күн күні тәулік ғасыр ғасырдың онжылдық кеше бүгін ертең "
        "биыл былтыр дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі",
    ),
    ("time", "сағат минут секунд түн таң кеш түс"),
    ("money", "теңге доллар рубль еуро юань сом фунт иен теңгеге теңгені долларды"),
    ("percent", "пайыз процент"),
    (
        "unit",
        "тонна килограмм грамм литр метр километр шақырым гектар шаршы текше баррель "
        "киловатт мегаватт градус центнер",
    ),
    ("count", "адам бас дана тұрғын"),
)
CUES: dict[str, str] = {w: cue for cue, words in _CUE_WORDS for w in words.split()}
