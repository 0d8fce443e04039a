"""Identity: one key per real-world entity, never a merge of different things."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Brief
from kg.resolve import Resolution, name_key, resolve


def _run(*texts: str) -> tuple[Resolution, dict[tuple[str, str], str]]:
    exs = [extract(Brief(id=f"b{i}", text=t)) for i, t in enumerate(texts)]
    res = resolve(exs)
    by_text = {}
    for ex in exs:
        for m in ex.mentions:
            by_text[(ex.brief.id, m.label)] = by_text[(ex.brief.id, m.text)] = res.key(
                ex.brief.id, m
            )
    return res, by_text


def test_name_key_folds_spelling_not_names() -> None:
    assert name_key('"КМК-Мұнай"') == name_key("КМК Мұнай") == "кмк мұнай"
    assert name_key("АМК-Мұнай") != name_key("КМК-Мұнай")


def test_companies_and_places() -> None:
    _, keys = _run(
        '"КМК-Мұнай" компаниясының жұмысшылары Ақтөбе облысында ереуілге шықты.',
        '"КМК Мұнай" компаниясының жұмысшылары Ақтөбеде ереуіл жариялады.',
        '"АМК-Мұнай" компаниясының жұмысшылары Астанада ереуілге шықты.',
        "Нұр-Сұлтанда және Алматыда, Алматы облысында жиналыс өтті.",
    )
    assert keys[("b0", "КМК-Мұнай")] == keys[("b1", "КМК Мұнай")]
    assert keys[("b2", "АМК-Мұнай")] != keys[("b0", "КМК-Мұнай")]
    assert keys[("b0", "Ақтөбе облысында")] != keys[("b1", "Ақтөбеде")]
    assert keys[("b2", "Астанада")] == keys[("b3", "Нұр-Сұлтанда")]
    assert keys[("b3", "Алматыда")] != keys[("b3", "Алматы облысында")]


def test_surnames_join_full_names() -> None:
    res, keys = _run(
        "Белсенді Ерлан Қалиев 15 тәулікке қамалды. Қалиев сотқа шағым түсірді.",
        "Қалиев прокуратураға шағымданды.",
        "Полиция Серік Ахметов пен Нұрлан Ахметовты ұстады.",
        "Ахметов сотқа жүгінді.",
    )
    full = keys[("b0", "Ерлан Қалиев")]
    assert keys[("b0", "Қалиев")] == full == keys[("b1", "Қалиев")]
    assert "surname" in res.entities[full].basis
    # two people share the surname: the lone "Ахметов" joins neither
    assert keys[("b3", "Ахметов")] not in {
        keys[("b2", "Серік Ахметов")],
        keys[("b2", "Нұрлан Ахметовты")],
    }


def test_common_nouns_stay_in_their_brief() -> None:
    _, keys = _run(
        '"Жол" компаниясының жұмысшылары ереуілге шықты. Компания жалақыны көтеруге келісті.',
        "Жұмысшылар ереуілге шықты.",
    )
    assert keys[("b0", "Компания")] == keys[("b0", "Жол")]
    assert keys[("b0", "жұмысшылары")] != keys[("b1", "Жұмысшылар")]
