from __future__ import annotations

import pytest
from qazaq_inflector import QazaqNameInflector

from kg import gazetteer
from kg.lang.inflect import noun_forms, stem

# (text, [(surface, entry id)])
FIND = [
    ("Ақтөбеде", [("Ақтөбеде", "kz-city-aktobe")]),
    ("Атыраудағы түрмеден босап шықты", [("Атыраудағы", "kz-city-atyrau")]),
    ("Шымкенттегі жүргізушілер", [("Шымкенттегі", "kz-city-shymkent")]),
    ("1 ақпаннан бастап Алматыда карантин", [("Алматыда", "kz-city-almaty")]),
    ("Мәжіліске өтті", [("Мәжіліске", "org-gov-mazhilis")]),
    ("«Нұр Отанның» депутаты", [("Нұр Отанның", "org-party-amanat")]),
    ("Аманат партиясының съезі", [("Аманат партиясының", "org-party-amanat")]),
    (
        "Ақтөбе облысы Темір ауданындағы кен орны",
        [("Ақтөбе облысы", "kz-reg-aktobe"), ("Темір ауданындағы", "kz-dist-aktobe-09")],
    ),
    (
        "Алматы облысындағы Қарасай ауданында",
        [
            ("Алматы облысындағы", "kz-reg-almaty_reg"),
            ("Қарасай ауданында", "kz-dist-almaty_reg-05"),
        ],
    ),
    ("Ақтөбе облысының әкімі", [("Ақтөбе облысының", "kz-reg-aktobe")]),
    ("Алматы қаласында", [("Алматы қаласында", "kz-city-almaty")]),
    ("Нұр-Сұлтанда өтті", [("Нұр-Сұлтанда", "kz-city-astana")]),
    ("ІІМ-нің хабарлауынша", [("ІІМ-нің", "org-gov-mvd")]),
    ("АҚШ-қа барды", [("АҚШ-қа", "country-us")]),
    ("Ішкі істер министрлігіне шағым", [("Ішкі істер министрлігіне", "org-gov-mvd")]),
    ("Human Rights Watch ұйымы", [("Human Rights Watch", "org-ngo-hrw")]),
    ("Норвегиялық Хельсинкі комитетінің", [("Норвегиялық Хельсинкі комитетінің", "org-ngo-nhc")]),
    ("Азаттық радиосына берген сұхбатында", [("Азаттық радиосына", "org-media-azattyq")]),
    ("Қазақстан Республикасының азаматы", [("Қазақстан Республикасының", "country-kz")]),
    ("Қытайдан оралды", [("Қытайдан", "country-cn")]),
    ("Ресейге", [("Ресейге", "country-ru")]),
    ("Орталық сайлау комиссиясының шешімі", [("Орталық сайлау комиссиясының", "org-gov-osk")]),
    ("ОСК-ға", [("ОСК-ға", "org-gov-osk")]),
    ("Теңізшевройлдың жұмысшылары", [("Теңізшевройлдың", "org-co-tco")]),
    # homonymous districts: the region named first decides
    (
        "Солтүстік Қазақстан облысы Есіл ауданында",
        [("Солтүстік Қазақстан облысы", "kz-reg-nko"), ("Есіл ауданында", "kz-dist-nko-04")],
    ),
    # common nouns and lower case do not match
    ("темір жол бойында", []),
    ("ауылда тұрады", []),
    # a list is not one name
    ("Алматы, Астана", [("Алматы", "kz-city-almaty"), ("Астана", "kz-city-astana")]),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(text[m.start : m.end], m.entry.id) for m in gazetteer.find(text)]
    assert got == expected


def test_longest_match_region_is_not_city() -> None:
    (match,) = gazetteer.find("Алматы облысы")
    assert match.entry.cls == "Region"
    (match,) = gazetteer.find("Ақтөбе облысында")
    assert match.entry.id == "kz-reg-aktobe"
    assert gazetteer.get("kz-reg-aktobe") != gazetteer.get("kz-city-aktobe")


def test_entries_are_distinct_and_typed() -> None:
    all_entries = gazetteer.entries()
    ids = [e.id for e in all_entries]
    assert len(ids) == len(set(ids))
    classes = {e.cls for e in all_entries}
    assert {"Country", "Region", "City", "District", "PoliticalParty", "Court"} <= classes
    assert sum(e.id.startswith("org-") for e in all_entries) >= 80
    kz = gazetteer.get("country-kz")
    assert kz.wikidata == "Q232" and kz.lat == 48.0


def test_lookup() -> None:
    assert gazetteer.lookup("Нұр-Сұлтан") == gazetteer.get("kz-city-astana")
    assert gazetteer.lookup("ақ жол") == gazetteer.get("org-party-akzhol")
    assert gazetteer.lookup("Алматыда") == gazetteer.get("kz-city-almaty")
    assert gazetteer.lookup("Марс") is None
    with pytest.raises(KeyError):
        gazetteer.get("no-such-id")


def test_city_parent_is_region() -> None:
    aktobe = gazetteer.get("kz-city-aktobe")
    assert aktobe.parent == "kz-reg-aktobe"
    assert gazetteer.get("kz-dist-aktobe-09").name == "Темір ауданы"


CASES = ("genitive", "accusative", "dative", "locative", "ablative", "instrumental")


def test_forms_agree_with_qazaq_inflector() -> None:
    """Every case form the oracle gives for a one-word name is one we generate."""
    oracle = QazaqNameInflector()
    names = [n for e in gazetteer.entries() for n in (e.name, *e.aliases) if " " not in n]
    missing = [
        (n, c, oracle.inflect(n, c))
        for n in names
        for c in CASES
        if str(oracle.inflect(n, c)).casefold() not in {f.casefold() for f in noun_forms(n)}
    ]
    assert len(names) > 200
    assert missing == []


@pytest.mark.parametrize(
    ("word", "possessed", "form"),
    [
        ("облысы", True, "облысындағы"),
        ("министрлігі", True, "министрлігіне"),
        ("компаниясы", True, "компаниясының"),
        ("Шымкент", False, "Шымкенттің"),
        ("Атырау", False, "Атыраудың"),
        ("Қазақстан", False, "Қазақстаннан"),
        ("Есік", False, "Есігінде"),
    ],
)
def test_noun_forms(word: str, possessed: bool, form: str) -> None:
    assert form in noun_forms(word, possessed=possessed)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Алматыда", "алматы"),
        ("Шымкенттегі", "шымкент"),
        ("Қазақстанда", "қазақстан"),
        ("АҚШ-қа", "ақш"),
    ],
)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected
