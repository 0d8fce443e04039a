"""Identity: one key per real-world entity, never a merge of different things."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from kg.extract import extract
from kg.model import Brief
from kg.resolve import Resolution, StoredEvent, name_key, resolve


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


def test_events_stored_by_earlier_runs_are_linked_when_nothing_disagrees() -> None:
    text = "4 ақпанда Атырауда полиция белсенді Макс Боқаевты ұстады."
    ex = extract(Brief(id="new", text=text))
    detention = next(i for i, e in enumerate(ex.events) if e.cls == "Detention")
    asked: list[tuple[dict[str, str], set[str]]] = []

    def stored(keys: Mapping[str, str], places: Collection[str]) -> list[StoredEvent]:
        asked.append((dict(keys), set(places)))
        who = frozenset({"person/макс боқаев"})
        day = "2021-02-04"
        nowhere: frozenset[str] = frozenset()
        return [
            StoredEvent("urn:ok", "old", "Detention", who, frozenset(places), day),
            StoredEvent("urn:other-class", "old", "Release", who, nowhere, day),
            StoredEvent("urn:elsewhere", "old", "Detention", who, frozenset({"gaz/almaty"}), day),
            StoredEvent("urn:same-brief", "new", "Detention", who, nowhere, day),
            StoredEvent("urn:other-person", "old", "Detention", frozenset({"x"}), nowhere, day),
            StoredEvent("urn:other-day", "old", "Detention", who, nowhere, "2021-02-05"),
            StoredEvent("urn:undated", "old", "Detention", who, nowhere, None),
        ]

    res = resolve([ex], stored_events=stored)
    assert asked and asked[0][0] == {"Detention|person/макс боқаев|02-04": "person/макс боқаев"}
    assert [(s.a, s.iri) for s in res.same_stored] == [(("new", detention), "urn:ok")]
    assert "Макс Боқаев" in res.same_stored[0].basis
    assert resolve([ex]).same_stored == ()


def test_statements_are_one_only_on_the_same_day() -> None:
    said = "Қасым-Жомарт Тоқаев елдегі жағдай туралы мәлімдеді."
    undated, _ = _run(said, said)
    assert undated.same_events == ()
    dated, _ = _run("5 қаңтарда " + said, "5 қаңтарда " + said)
    assert len(dated.same_events) == 1


def test_repeatable_actions_need_the_same_day_others_only_no_disagreement() -> None:
    detained = "Атырауда полиция белсенді Макс Боқаевты ұстады."
    assert _run(detained, detained)[0].same_events == ()
    dated = _run("4 ақпанда " + detained, "2021 жылғы 4 ақпанда " + detained)[0]
    assert len(dated.same_events) == 1
    assert _run("4 ақпанда " + detained, "5 ақпанда " + detained)[0].same_events == ()
    strike = '"КМК-Мұнай" компаниясының жұмысшылары ереуілге шықты.'
    assert len(_run(strike, "25 қаңтарда " + strike)[0].same_events) == 1


def test_an_entity_named_by_an_alias_carries_it() -> None:
    res, keys = _run(
        "Ұлттық гвардияның сарбаздары мен Нұр-Сұлтандағы тұрғындар жиналды.",
        "Ұлттық ұлан жаттығу өткізді.",
    )
    guard = res.entities[keys[("b0", "Ұлттық гвардияның")]]
    assert keys[("b0", "Ұлттық гвардияның")] == keys[("b1", "Ұлттық ұлан")]
    assert guard.label == "Ұлттық ұлан"
    assert "Ұлттық гвардия" in guard.alt_labels
    assert "Нұр-Сұлтан" in res.entities[keys[("b0", "Нұр-Сұлтандағы")]].alt_labels


def test_a_story_reported_k_times_gets_k_minus_one_links_to_its_first_report() -> None:
    strike = '"КМК-Мұнай" компаниясының жұмысшылары ереуілге шықты.'
    other = '"АМК-Мұнай" компаниясының жұмысшылары ереуілге шықты.'
    res, _ = _run(strike, other, *[f"{d} қаңтарда " + strike for d in (25, 25, 25, 25)], other)
    kmk = [(s.a[0], s.b[0]) for s in res.same_events if s.b[0] == "b0"]
    assert kmk == [("b2", "b0"), ("b3", "b0"), ("b4", "b0"), ("b5", "b0")]
    assert [(s.a[0], s.b[0]) for s in res.same_events if s.b[0] != "b0"] == [("b6", "b1")]
    assert all("reported in" in s.basis and s.a[0] in s.basis for s in res.same_events)


def test_a_report_that_disagrees_with_the_first_report_starts_its_own_story() -> None:
    detained = "Атырауда полиция белсенді Макс Боқаевты ұстады."
    res, _ = _run(*(f"{d} ақпанда " + detained for d in (4, 5, 4, 5)))
    assert sorted((s.a[0], s.b[0]) for s in res.same_events) == [("b2", "b0"), ("b3", "b1")]


def test_a_run_joins_the_stored_canonical_report_before_its_own() -> None:
    text = "4 ақпанда Атырауда полиция белсенді Макс Боқаевты ұстады."
    exs = [extract(Brief(id=f"n{i}", text=text)) for i in range(3)]
    who = frozenset({"person/макс боқаев"})

    def stored(actors: Collection[str], places: Collection[str]) -> list[StoredEvent]:
        return [StoredEvent("urn:first", "old", "Detention", who, frozenset(), "2021-02-04")]

    res = resolve(exs, stored_events=stored)
    assert res.same_events == ()
    assert [(s.a[0], s.iri) for s in res.same_stored] == [(f"n{i}", "urn:first") for i in range(3)]
