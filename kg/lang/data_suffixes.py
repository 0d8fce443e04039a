"""Kazakh sounds, suffix allomorphs and morphotactics, as plain data.

Stem-final classes (the letter before a suffix decides its first consonant):

- ``V`` a vowel;
- ``R`` the sonorants р й у, and и (у is a consonant after a vowel and behaves
  as one after a consonant too: су-ды, су-ы; и is spoken ій/ый: би-дің,
  Ғани-дің, сәби-і);
- ``L`` л;
- ``N`` the nasals м н ң;
- ``Z`` the voiced ж з;
- ``T`` anything else: the voiceless к қ п с т ш ф х ц ч щ, and б в г д, which
  count as voiceless at the end of loans (Ибраимов-тың, Ахмед-тің).

A table maps a string of classes to the surfaces allowed after them, both
harmonies together; the harmony of a surface is read off its own vowel (a
surface without a vowel, such as -н or -у, fits both). Where a class allows
several surfaces for one harmony, the first is the written norm and the others
are variants still met in print (-бен after a nasal: Қазақстанбен).

This module is the only copy of these facts: the analyser (kg.lang.morph), the
inflector and stripper (kg.lang.inflect) and the extractors read them from here.
"""

from __future__ import annotations

__all__ = [
    "BACK_VOWELS",
    "COMITATIVE",
    "DEVOICE",
    "FINAL",
    "FINAL_CLASS",
    "FRONT_VOWELS",
    "HARMONY_FREE",
    "LATIN_BACK_VOWELS",
    "LATIN_FRONT_VOWELS",
    "MORPHEMES",
    "NASALS",
    "SONORANTS",
    "VOICED",
    "VOWELS",
]

BACK_VOWELS = frozenset("аоұыяюё")
FRONT_VOWELS = frozenset("әөүіеэ")
# и is front in loans (министр-лік) but can sit in back words; it counts as both.
VOWELS = BACK_VOWELS | FRONT_VOWELS | {"и"}
SONORANTS = frozenset("рйуи")
NASALS = frozenset("мнң")
VOICED = frozenset("жз")
# Latin-script names take suffixes by how their letters are read (Amanat-тың).
LATIN_BACK_VOWELS = frozenset("aouy")
LATIN_FRONT_VOWELS = frozenset("eiäöü")

# The class of a stem's last letter; any letter not listed is ``T``. The
# sonorants come after the vowels, so и and у fall in ``R``.
FINAL_CLASS: dict[str, str] = {
    **dict.fromkeys(VOWELS | LATIN_BACK_VOWELS | LATIN_FRONT_VOWELS, "V"),
    **dict.fromkeys(SONORANTS | frozenset("rw"), "R"),
    **dict.fromkeys("лl", "L"),
    **dict.fromkeys(NASALS | frozenset("mn"), "N"),
    **dict.fromkeys(VOICED | frozenset("z"), "Z"),
}

# Before a vowel-initial suffix a stem-final voiceless stop is voiced
# (министрлік -> министрлігі, шық -> шығып, кітап -> кітабы); undo it.
DEVOICE = {"г": "к", "ғ": "қ", "б": "п"}

# name: (tags, table, may follow, weight)
#   tags: what the morpheme contributes to Analysis.tags;
#   table: classes -> surfaces;
#   may follow: morphemes allowed directly before it, "^N" a nominal stem,
#     "^V" a verbal stem;
#   weight: how much a reading gains by positing it (derivational suffixes are
#     low or negative, so a lexicon stem that contains them wins: жатқыз-ыл-ды).
_NOMINAL_HOSTS = ("^N", "PTCP_PAST", "PTCP_HAB", "PTCP_FUT", "VN")
_POSS_12 = ("P1SG", "P2SG", "P1PL", "P2PL")
_PLAIN_CASE_HOSTS = (*_NOMINAL_HOSTS, "PL", *_POSS_12, "REL", "REL_N")
_VOICE = ("PASS", "CAUS", "REFL", "COOP")
_VERB_HOSTS = ("^V", *_VOICE)
_FORM_HOSTS = (*_VERB_HOSTS, "NEG")

MORPHEMES: dict[str, tuple[tuple[str, ...], dict[str, str], tuple[str, ...], float]] = {
    # --- nominal: stem + plural + possessive + case (+ relative -ғы) ---
    "PL": (
        ("PL",),
        {"VR": "лар лер", "LNZ": "дар дер", "T": "тар тер"},
        (*_NOMINAL_HOSTS, "REL", "REL_N"),
        1.0,
    ),
    "P3": (("P3",), {"V": "сы сі", "RLNZT": "ы і"}, (*_NOMINAL_HOSTS, "PL"), 1.0),
    "P1SG": (("P1SG",), {"V": "м", "RLNZT": "ым ім"}, (*_NOMINAL_HOSTS, "PL"), -0.4),
    "P2SG": (("P2SG",), {"V": "ң", "RLNZT": "ың ің"}, (*_NOMINAL_HOSTS, "PL"), -0.4),
    "P1PL": (("P1PL",), {"V": "мыз міз", "RLNZT": "ымыз іміз"}, (*_NOMINAL_HOSTS, "PL"), 0.2),
    "P2PL": (("P2PL",), {"V": "ңыз ңіз", "RLNZT": "ыңыз іңіз"}, (*_NOMINAL_HOSTS, "PL"), 0.2),
    "GEN": (
        ("GEN",),
        {"VN": "ның нің", "RLZ": "дың дің", "T": "тың тің"},
        (*_PLAIN_CASE_HOSTS, "P3"),
        1.0,
    ),
    "ACC": (("ACC",), {"V": "ны ні", "RLNZ": "ды ді", "T": "ты ті"}, _PLAIN_CASE_HOSTS, 1.0),
    "ACC_N": (("ACC",), {"V": "н"}, ("P3",), 1.0),
    "DAT": (
        ("DAT",),
        {"VRLNZ": "ға ге", "T": "қа ке"},
        (*_NOMINAL_HOSTS, "PL", "P1PL", "P2PL", "REL", "REL_N"),
        1.0,
    ),
    "DAT_N": (("DAT",), {"V": "на не"}, ("P3",), 1.0),
    "DAT_A": (("DAT",), {"RLNZT": "а е"}, ("P1SG", "P2SG"), 0.5),
    "LOC": (("LOC",), {"VRLNZ": "да де", "T": "та те"}, _PLAIN_CASE_HOSTS, 1.0),
    "LOC_N": (("LOC",), {"V": "нда нде"}, ("P3",), 1.0),
    "ABL": (("ABL",), {"VRLZ": "дан ден", "N": "нан нен", "T": "тан тен"}, _PLAIN_CASE_HOSTS, 1.0),
    "ABL_N": (("ABL",), {"V": "нан нен"}, ("P3",), 1.0),
    # -мен after м н ң is the norm (Қазақстанмен); -бен there is an older
    # spelling still in print (Қазақстанбен, "Қазақстан бен Ресей").
    "INS": (
        ("INS",),
        {"VRL": "мен менен", "N": "мен менен бен бенен", "Z": "бен бенен", "T": "пен пенен"},
        (*_PLAIN_CASE_HOSTS, "P3"),
        1.0,
    ),
    "REL": (("REL",), {"V": "ғы гі"}, ("LOC", "LOC_N"), 1.0),
    # -ғы straight on a stem (жылғы, таңғы, бұрынғы) is rarer than after the
    # locative and competes with a possessive on a voiced stem (ұшағы).
    "REL_N": (("REL",), {"VRLNZ": "ғы гі", "T": "қы кі"}, ("^N",), 0.5),
    # --- verbal: stem + voice + negation + one form (+ person / nominal endings) ---
    # after a vowel, -л; but -н where the stem already ends in л + vowel
    # (жазала-н-ды, талқыла-н-ды; see morph._fits)
    "PASS": (("PASS",), {"V": "л н", "L": "ын ін", "RNZT": "ыл іл"}, _VERB_HOSTS, 0.8),
    "REFL": (("REFL",), {"V": "н", "RLNZT": "ын ін"}, ("^V", "CAUS"), -0.6),
    "COOP": (("COOP",), {"V": "с", "RLNZT": "ыс іс"}, ("^V", "CAUS", "REFL"), -0.6),
    "CAUS": (
        ("CAUS",),
        {"V": "т ғыз гіз", "RLNZ": "дыр дір ғыз гіз", "T": "тыр тір қыз кіз"},
        ("^V", "REFL", "COOP", "CAUS"),
        -0.5,
    ),
    "NEG": (
        ("NEG",),
        {"VRL": "ма ме", "N": "ма ме ба бе", "Z": "ба бе", "T": "па пе"},
        _VERB_HOSTS,
        1.0,
    ),
    "PAST": (("PAST",), {"VRLNZ": "ды ді", "T": "ты ті"}, _FORM_HOSTS, 1.0),
    "PAST_1SG": (("PERS1SG",), {"V": "м"}, ("PAST", "COND"), 1.0),
    "PAST_2SG": (("PERS2SG",), {"V": "ң"}, ("PAST", "COND"), -0.6),
    "PAST_1PL": (("PERS1PL",), {"V": "қ к"}, ("PAST", "COND"), -0.5),
    "PAST_2PL": (("PERS2PL",), {"V": "ңыз ңіз"}, ("PAST", "COND"), -0.3),
    "PTCP_PAST": (("PTCP_PAST",), {"VRLNZ": "ған ген", "T": "қан кен"}, _FORM_HOSTS, 1.0),
    "PTCP_HAB": (("PTCP_HAB",), {"V": "йтын йтін", "RLNZT": "атын етін"}, _FORM_HOSTS, 1.0),
    "PTCP_FUT": (("PTCP_FUT",), {"V": "р", "RLNZT": "ар ер"}, _VERB_HOSTS, -0.5),
    "PRES": (("PRES",), {"V": "й", "RLNZT": "а е"}, _FORM_HOSTS, 0.5),
    "PRES_3": (("PERS3",), {"VR": "ды ді"}, ("PRES",), 0.5),
    "PERS_1SG": (("PERS1SG",), {"VRN": "мын мін"}, ("PRES", "PTCP_PAST"), 0.5),
    "PERS_2SG": (("PERS2SG",), {"VRN": "сың сің"}, ("PRES", "PTCP_PAST"), 0.5),
    "PERS_1PL": (
        ("PERS1PL",),
        {"VR": "мыз міз", "N": "быз біз мыз міз"},
        ("PRES", "PTCP_PAST"),
        0.5,
    ),
    "PERS_2PL": (("PERS2PL",), {"VRN": "сыз сіз"}, ("PRES", "PTCP_PAST"), 0.5),
    "INTENT": (
        ("INTENT",),
        {"VRL": "мақ мек", "N": "мақ мек бақ бек", "Z": "бақ бек", "T": "пақ пек"},
        _FORM_HOSTS,
        0.6,
    ),
    "INTENT_1SG": (("PERS1SG",), {"T": "пын пін"}, ("INTENT",), 0.5),
    "INTENT_1PL": (("PERS1PL",), {"T": "пыз піз"}, ("INTENT",), 0.5),
    "CONV_P": (("CONV",), {"V": "п", "RLNZT": "ып іп"}, _VERB_HOSTS, 0.5),
    "CONV_A": (("CONV",), {"V": "й", "RLNZT": "а е"}, _FORM_HOSTS, 0.0),
    "VN": (("VN",), {"VRLNZT": "у"}, _FORM_HOSTS, 1.0),
    "COND": (("COND",), {"VRLNZT": "са се"}, _FORM_HOSTS, 0.6),
    "IMP_3": (("IMP", "PERS3"), {"VRLNZT": "сын сін"}, _FORM_HOSTS, 0.6),
    "IMP_2PL": (("IMP", "PERS2PL"), {"V": "ңыз ңіз", "RLNZT": "ыңыз іңіз"}, _VERB_HOSTS, 0.3),
    "OPT_1SG": (("IMP", "PERS1SG"), {"V": "йын йін", "RLNZT": "айын ейін"}, _VERB_HOSTS, 0.3),
    "OPT_1PL": (("IMP", "PERS1PL"), {"V": "йық йік", "RLNZT": "айық ейік"}, _VERB_HOSTS, 0.3),
}

# "And" between nouns is the instrumental written apart, with the allomorph the
# word before it calls for: Алматы мен Астана, Тараз бен Шу, Шымкент пен Түркістан.
COMITATIVE = frozenset(
    s for text in MORPHEMES["INS"][1].values() for s in text.split() if len(s) == 3
)

# Morphemes whose vowel does not follow the stem (баламен, үймен).
HARMONY_FREE = frozenset({"INS"})

# Morphemes that cannot end a word: voice and negation need a form after them,
# the present stem needs its person ending.
# 1sg/2sg possessives are left out word-finally too: in news they are rare, and
# positing them there would strip адам to ада-м.
# The future participle -ар/-р stands alone too rarely to outweigh the nouns
# it would strip (хабарлар is not хабарла-р).
_NONFINAL = {"PASS", "REFL", "COOP", "CAUS", "NEG", "PRES", "P1SG", "P2SG", "PTCP_FUT"}
FINAL = frozenset(m for m in MORPHEMES if m not in _NONFINAL)
