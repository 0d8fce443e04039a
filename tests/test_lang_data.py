"""One copy of each Kazakh fact: the analyser, the inflector and the extractors
read vowels, consonant classes and suffix allomorphs from kg.lang.data_suffixes,
and head nouns from kg.lang.data_heads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import lexicon
from kg.lang import analyse, case_of, data_heads, inflect, lemma, morph, noun_forms
from kg.lang.data_numbers import NUMBER_WORDS
from kg.lang.data_suffixes import FINAL_CLASS, MORPHEMES, VOWELS
from kg.lang.data_time import MONTHS
from kg.ner import lexicon as ner_lexicon
from kg.ner.classes import classify
from kg.ner.features import head_class

# (word, stem of the best nominal reading, case)
CASES: list[tuple[str, str, str]] = [
    # -мен after м н ң is the norm; -бен there is an older spelling still in print
    ("Қазақстанмен", "Қазақстан", "INS"),
    ("Қазақстанбен", "Қазақстан", "INS"),
    ("ағаммен", "ағам", "INS"),
    ("Таразбен", "Тараз", "INS"),
    ("Шымкентпен", "Шымкент", "INS"),
    ("Алматымен", "Алматы", "INS"),
    # и is spoken ій and takes the endings of й: Төле бидің, Ғанидің
    ("бидің", "би", "GEN"),
    ("Ғанидің", "Ғани", "GEN"),
    ("Әлиге", "Әли", "DAT"),
    ("биі", "би", "NOM"),
    # head nouns are looked up by lemma, so the analyser knows them
    ("кеңесіне", "кеңес", "DAT"),
    ("штабын", "штаб", "ACC"),
    ("стадионы", "стадион", "NOM"),
    ("кәсіпорнының", "кәсіпорын", "GEN"),
    ("шағынаудан", "шағынаудан", "NOM"),
]


@pytest.mark.parametrize(("word", "stem", "case"), CASES)
def test_case_endings(word: str, stem: str, case: str) -> None:
    assert lemma(word) == stem
    assert case_of(word) == case


# (word, (stem, tags) of the best reading): и also spells ы/і + й in verbs
VERBS: list[tuple[str, tuple[str, tuple[str, ...]]]] = [
    ("оқиды", ("оқы", ("PRES", "PERS3"))),
    ("оқитын", ("оқы", ("PTCP_HAB",))),
]


@pytest.mark.parametrize(("word", "expected"), VERBS)
def test_i_spells_y_plus_glide(word: str, expected: tuple[str, tuple[str, ...]]) -> None:
    best = analyse(word)[0]
    assert (best.stem, best.tags) == expected


# (name, a form the gazetteer must find)
FORMS: list[tuple[str, str]] = [
    ("Қазақстан", "Қазақстанмен"),
    ("Қазақстан", "Қазақстанбен"),
    ("Ғани", "Ғанидің"),
    ("банк", "банкі"),  # no voicing after a consonant
    ("министрлік", "министрлігі"),
]


@pytest.mark.parametrize(("word", "form"), FORMS)
def test_noun_forms(word: str, form: str) -> None:
    assert form in noun_forms(word)


# (word, what the NER features' stripper leaves)
STEMS: list[tuple[str, str]] = [
    ("адамдармен", "адам"),
    ("аулалардағы", "аула"),
    ("ансамбльдің", "ансамбль"),
    ("Қазақстанбен", "қазақстан"),
]


@pytest.mark.parametrize(("word", "expected"), STEMS)
def test_stem(word: str, expected: str) -> None:
    assert inflect.stem(word) == expected


@pytest.mark.parametrize("letter", sorted(set("абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщыіэюя")))
def test_analyser_and_inflector_class_letters_alike(letter: str) -> None:
    assert morph._class("ба" + letter) == inflect._sound_class("ба" + letter)


@pytest.mark.parametrize("case", ["GEN", "ACC", "DAT", "LOC", "ABL", "INS"])
@pytest.mark.parametrize("cls", sorted(set("VRLNZT")))
def test_inflector_case_tables_are_the_data_module(cls: str, case: str) -> None:
    table = MORPHEMES[case][1]
    listed = {x for classes, text in table.items() if cls in classes for x in text.split()}
    back, front = inflect._CASES[cls][case.lower()]
    assert set(back) | set(front) == listed


def test_vowel_classes_are_one_table() -> None:
    assert all(FINAL_CLASS[v] in ("V", "R") for v in VOWELS)


_KG = Path(__file__).resolve().parent.parent / "kg"
# A string literal of four or more Kazakh vowels and nothing else: a vowel set.
_VOWEL_SET = re.compile(r"""["'][аәоөұүыіеэяюёи]{4,}["']""")


def test_no_second_vowel_set() -> None:
    copies = [
        f"{path.relative_to(_KG)}:{n}"
        for path in sorted(_KG.rglob("*.py"))
        if not path.name.startswith("data_")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _VOWEL_SET.search(line)
    ]
    assert copies == []


# (a head noun as it follows a name, the class the NER features give it)
NER_HEADS: list[tuple[str, str]] = [
    ("прокуратурасына", "LawEnforcement"),
    ("агенттігі", "GovernmentBody"),
    ("ауданындағы", "District"),
    ("банкі", "Company"),
    ("институты", "CulturalInstitution"),
    ("кен", "Facility"),  # кен орны
    ("полициясы", "LawEnforcement"),
]


@pytest.mark.parametrize(("token", "cls"), NER_HEADS)
def test_ner_head_class(token: str, cls: str) -> None:
    assert head_class(token) == cls


def test_head_tables_are_the_data_module() -> None:
    every = {**data_heads.PLACE_HEADS, **data_heads.FACILITY_HEADS, **data_heads.ORG_HEADS}
    assert lexicon.PLACE_HEADS is data_heads.PLACE_HEADS
    assert {k: v for k, v in lexicon.ORG_HEADS.items() if k not in data_heads.COMPANY_MARKS} == (
        data_heads.ORG_HEADS
    )
    # a two-word head whose last word is a head itself (хельсинкі комитет) is
    # for the extractors only
    heads = {h: c for h, c in every.items() if " " not in h or h.split()[-1] not in every}
    for key, cls in ner_lexicon.HEADS.items():
        lemmas = [h for h in heads if key in (h, inflect.possessive(h.split()[-1]))]
        lemmas += [h for h in heads if key in h.split()[:-1]]
        assert lemmas or key in data_heads.COMPANY_MARKS, key
        assert all(heads[h] == cls for h in lemmas), key


def test_prosecutor_is_one_class_everywhere() -> None:
    assert lexicon.ORG_HEADS["прокуратура"] == "LawEnforcement"
    assert ner_lexicon.HEADS["прокуратурасы"] == "LawEnforcement"
    assert classify("ORGANISATION", "Облыстық прокуратура") == "LawEnforcement"


def test_role_nouns_that_are_heads_keep_the_head_class() -> None:
    shared = set(lexicon.AGENT_NOUNS) & set(data_heads.ORG_HEADS)
    assert shared
    assert {h: lexicon.AGENT_NOUNS[h] for h in shared} == {
        h: data_heads.ORG_HEADS[h] for h in shared
    }


# Two suffix surfaces on a line (a tuple of them), or one as a dict key: a table.
# A lone "мен" is the pronoun (PRONOUNS).
_SURFACES = {
    x
    for name in ("PL", "P3", "GEN", "ACC", "DAT", "LOC", "ABL", "INS")
    for text in MORPHEMES[name][1].values()
    for x in text.split()
    if len(x) >= 3
}
_SURFACE = re.compile(r"""["']({})["']""".format("|".join(sorted(_SURFACES))))
_SURFACE_KEY = re.compile(_SURFACE.pattern + r"\s*:")


# events.py is being rewritten (issue 11, item 1); its мен/пен/бен becomes COMITATIVE.
def test_no_second_suffix_table() -> None:
    copies = [
        f"{path.relative_to(_KG)}:{n}"
        for path in sorted(_KG.rglob("*.py"))
        if not path.name.startswith("data_")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (len(_SURFACE.findall(line)) > 1 or _SURFACE_KEY.search(line))
        and not line.lstrip().startswith("#")
    ]
    assert copies == []


def test_ner_cues_cover_the_number_and_month_words() -> None:
    assert {ner_lexicon.CUES[w] for w in NUMBER_WORDS} == {"num"}
    assert {ner_lexicon.CUES[m] for m in MONTHS} == {"month"}
