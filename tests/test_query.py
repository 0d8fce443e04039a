"""Saved queries, safe parameters, result formats and the `kg query` command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from kg.cli import cli
from kg.errors import QueryError
from kg.query import format_result, list_queries, load_query, parse_value, run
from kg.store import Store, _result, check_service, inject_values, split_order
from kg.vocab import KGR, XSD

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
PARAMS = {"entity": "Макс Боқаев", "region": "Ақтөбе облысы", "about": "kgr:event/fix-01-1"}


def cells(result: object, column: str) -> list[str]:
    from kg.results import QueryResult

    assert isinstance(result, QueryResult)
    i = result.columns.index(column)
    return [str(r[i]) for r in result.rows if r[i] is not None]


def test_library_has_the_queries_users_ask_for() -> None:
    names = {q.name for q in list_queries()}
    assert len(names) >= 12
    assert {"strikes", "detentions", "entities", "events", "timeline", "entity", "region"} <= names
    assert {"sentences", "releases", "complaints", "election-results", "evidence"} <= names
    for q in list_queries():
        assert q.title and q.description, q.name
        assert q.text.startswith("# title:"), q.name


def test_parameters_are_declared() -> None:
    assert [(p.name, p.optional) for p in load_query("region").params] == [("region", False)]
    assert [p.name for p in load_query("entity").params] == ["entity"]
    assert load_query("strikes").params == ()


@pytest.mark.parametrize("query", [q.name for q in list_queries()])
def test_every_saved_query_answers_on_the_fixture(store: Store, query: str) -> None:
    saved = load_query(query)
    result = run(store, saved, params={p.name: PARAMS[p.name] for p in saved.params})
    assert result.kind == "select"
    assert len(result.rows) >= 1


def test_detentions(store: Store) -> None:
    r = run(store, load_query("detentions"))
    assert r.records() == [
        {
            "event": f"{KGR}event/fix-02-1",
            "date": "2021-01-04",
            "detained": "Ермахан Ибраимов",
            "detained_by": "полиция",
            "place": "Алматы",
            "brief": "fix-02",
        }
    ]


def test_strikes_by_company_region_month(store: Store) -> None:
    r = run(store, load_query("strike-counts"))
    assert [tuple(map(str, row)) for row in r.rows] == [
        ("АМК-Мұнай", "Ақтөбе облысы", "2021-01", "1", "200")
    ]
    s = run(store, load_query("strikes")).records()[0]
    assert (s["company"], s["region"], s["place"], s["month"]) == (
        "АМК-Мұнай",
        "Ақтөбе облысы",
        "Шұбарқұдық",
        "2021-01",
    )


def test_sentences_releases_complaints_elections(store: Store) -> None:
    sentence = run(store, load_query("sentences")).records()[0]
    assert (sentence["court"], sentence["sentenced"], sentence["duration"]) == (
        "Атырау облыстық соты",
        "Макс Боқаев",
        "P5Y",
    )
    assert cells(run(store, load_query("releases")), "released") == ["Макс Боқаев"]
    complaint = run(store, load_query("complaints")).records()[0]
    assert (complaint["complainant"], complaint["target"], complaint["recipient"]) == (
        "жұмысшылар",
        "АМК-Мұнай",
        "прокуратура",
    )
    result = run(store, load_query("election-results")).records()[0]
    assert (result["party"], result["seats"], result["percentage"]) == ("Nur Otan", "76", "71.09")


@pytest.mark.parametrize(
    ("region", "classes"),
    [
        ("Ақтөбе облысы", ["Complaint", "Strike"]),  # district and village inside it
        ("Темір ауданы", ["Complaint", "Strike"]),
        ("шұбарқұдық", ["Strike"]),  # labels match whatever the case
        ("Атырау облысы", ["Release"]),  # a facility in a city in the region
        ("Қазақстан", ["Complaint", "Detention", "Release", "Strike"]),
        ("kgr:entity/city/almaty", ["Detention"]),
        ("Марс", []),
    ],
)
def test_events_in_a_region_follow_located_in(
    store: Store, region: str, classes: list[str]
) -> None:
    r = run(store, load_query("region"), params={"region": region})
    assert sorted(cells(r, "class")) == classes


def test_everything_about_an_entity_by_label_or_iri(store: Store) -> None:
    by_label = run(store, load_query("entity"), params={"entity": "Макс Боқаев"})
    by_iri = run(store, load_query("entity"), params={"entity": "kgr:entity/person/maks-bokaev"})
    assert by_label.columns[0] == "entity"  # the value asked about
    assert [r[1:] for r in by_label.rows] == [r[1:] for r in by_iri.rows]
    assert sorted(cells(by_label, "class")) == ["Release", "Sentencing"]
    company = run(store, load_query("entity"), params={"entity": "АМК-Мұнай компаниясының"})
    assert sorted(cells(company, "role")) == ["target", "target"]


def test_evidence_names_brief_and_sentence(store: Store) -> None:
    r = run(store, load_query("evidence"), params={"about": "Ермахан Ибраимов"}).records()
    assert r == [
        {
            "about": "Ермахан Ибраимов",
            "event": f"{KGR}event/fix-02-1",
            "brief": "fix-02",
            "url": "https://example.org/news/fix-02",
            "sentence": "4 қаңтарда Алматыда полиция белсенді Ермахан Ибраимовты ұстады.",
        }
    ]


def test_timeline_is_in_date_order(store: Store) -> None:
    result = run(store, load_query("timeline"))
    dates = cells(result, "date")
    assert result.rows[-1][result.columns.index("date")] is None
    dated = [d for d in dates if d and not d.startswith("--")]
    year_less = [d for d in dates if d.startswith("--")]
    # dated first, then year-less by month and day, the undated election result last
    assert dates == sorted(dated) + sorted(year_less)
    assert dated and year_less


HOSTILE = [
    '" . } DROP ALL #',
    '"}',
    "}",
    'Боқаев" } ; DELETE WHERE { ?s ?p ?o } #',
    "a\\",
    "line\nbreak",
    "'''",
    '"""',
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_parameter_values_are_only_values(store: Store, value: str) -> None:
    before = len(store)
    r = run(store, load_query("entity"), params={"entity": value})
    assert r.rows == ()
    r = run(store, "SELECT ?x WHERE { BIND(?v AS ?x) }", params={"v": value})
    assert r.rows == ((parse_value(value),),)
    if not (value.startswith('"') and value.endswith('"')):
        assert r.rows == ((Literal(value, lang="kk"),),)
    assert len(store) == before


def test_a_hostile_iri_is_refused(store: Store) -> None:
    with pytest.raises(QueryError, match="not an IRI"):
        run(store, load_query("entity"), params={"entity": "<http://x> } DROP ALL {"})


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Ақтөбе облысы", Literal("Ақтөбе облысы", lang="kk")),
        ("kgr:entity/city/almaty", URIRef(f"{KGR}entity/city/almaty")),
        ("<https://example.org/x>", URIRef("https://example.org/x")),
        ("https://example.org/x", URIRef("https://example.org/x")),
        ('"Almaty"@en', Literal("Almaty", lang="en")),
        ('"2021"^^xsd:gYear', Literal("2021", datatype=XSD.gYear)),
        ('"plain"', Literal("plain")),
        ("200", Literal("200", datatype=XSD.integer)),
        ("2021-01-29", Literal("2021-01-29", datatype=XSD.date)),
        ("2021-13-45", Literal("2021-13-45", lang="kk")),
        ("nope:thing", Literal("nope:thing", lang="kk")),
    ],
)
def test_parse_value(text: str, term: object) -> None:
    assert parse_value(text) == term


def test_parameter_errors(store: Store) -> None:
    with pytest.raises(QueryError, match="needs --param region"):
        run(store, load_query("region"))
    with pytest.raises(QueryError, match="takes no parameter colour"):
        run(store, load_query("strikes"), params={"colour": "red"})
    with pytest.raises(QueryError, match="no variable"):
        run(store, "SELECT ?s WHERE { ?s ?p ?o }", params={"x": "1"})
    with pytest.raises(QueryError, match="no saved query"):
        load_query("nope")
    with pytest.raises(QueryError, match="malformed"):
        run(store, "SELECT ?s WHERE { ?s ")


def test_inject_values_skips_comments_strings_and_iris() -> None:
    text = (
        "PREFIX x: <http://example.org/{>\n"
        "SELECT ?s # WHERE {\n"
        'WHERE { ?s ?p "{ not here }" . FILTER(?s = ?v) }'
    )
    out = inject_values(text, {"v": Literal('" } #')})
    assert out.endswith(
        'WHERE { VALUES (?v) { ("\\" } #") }  ?s ?p "{ not here }" . FILTER(?s = ?v) }'
    )
    construct = inject_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"o": URIRef("urn:x")})
    assert construct == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?o) { (<urn:x>) }  ?s ?p ?o }"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a DESC(?b) # why\n",
            (("a", False, ""), ("b", True, "")),
        ),
        (
            "SELECT ?x WHERE { ?x ?y ?z }\norder  by asc( ?x ) $z",
            (("x", False, ""), ("z", False, "")),
        ),
        (
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c } GROUP BY ?c ORDER BY DESC(?n)",
            (("n", True, ""),),
        ),
        ("SELECT ?order WHERE { ?order ?b ?c } ORDER BY ?order", (("order", False, ""),)),
        (
            'SELECT ?d WHERE { ?a ?b ?d } ORDER BY (!BOUND(?d)) (STRSTARTS(STR(?d), "--")) '
            "STR(?d) ?a",
            (
                ("d", False, "unbound"),
                ("d", False, "strstarts:--"),
                ("d", False, "str"),
                ("a", False, ""),
            ),
        ),
    ],
)
def test_split_order_takes_a_plain_trailing_order_by(
    text: str, keys: tuple[tuple[str, bool], ...]
) -> None:
    split = split_order(text)
    assert split is not None and split[1] == keys
    assert "ORDER" not in split[0].upper().replace("?ORDER", "")


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a LIMIT 3",
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY UCASE(?a)",
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY DESC(STR(?a))",
        "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a } }",
        'SELECT ?a WHERE { ?a ?b "ORDER BY ?a" }',
        "SELECT ?a WHERE { ?a ?b ?c }",
    ],
)
def test_split_order_leaves_anything_else_to_the_engine(text: str) -> None:
    assert split_order(text) is None


@pytest.mark.parametrize("query", [q.name for q in list_queries()])
def test_saved_queries_come_back_in_the_engines_order(store: Store, query: str) -> None:
    """Sorting on our side gives the order Oxigraph's own ORDER BY gives."""
    q = load_query(query)
    split = split_order(q.text)
    assert split is not None
    given = {p.name: PARAMS[p.name] for p in q.params}
    ours = run(store, q, params=given)
    bound = inject_values(q.text, {k: parse_value(v) for k, v in given.items()})
    engine = _result(store.raw.query(bound))  # type: ignore[attr-defined]
    idx = [ours.columns.index(k) for k, _, _ in split[1]]
    assert sorted(ours.rows, key=repr) == sorted(engine.rows, key=repr)
    assert [tuple(r[i] for i in idx) for r in ours.rows] == [
        tuple(r[i] for i in idx) for r in engine.rows
    ]


def test_year_less_dates_sort_after_dated_ones_as_the_engine_sorts(store: Store) -> None:
    x = "http://www.w3.org/2001/XMLSchema#"
    values = (
        f'"--12-21"^^<{x}gMonthDay> "2021-01-15"^^<{x}date> UNDEF "2016"^^<{x}gYear> '
        f'"--01-05"^^<{x}gMonthDay> "2021-01"^^<{x}gYearMonth> <urn:a> "--x"@kk "--y"'
    )
    text = (
        f"SELECT ?v WHERE {{ VALUES ?v {{ {values} }} }} "
        'ORDER BY (!BOUND(?v)) (STRSTARTS(STR(?v), "--")) STR(?v)'
    )
    assert split_order(text) is not None
    ours = [None if v is None else str(v) for (v,) in run(store, text).rows]
    engine = [None if v is None else str(v) for (v,) in _result(store.raw.query(text)).rows]  # type: ignore[attr-defined]
    assert ours == engine
    assert ours == [
        "2016",
        "2021-01",
        "2021-01-15",
        "urn:a",
        "--01-05",
        "--12-21",
        "--x",
        "--y",
        None,
    ]
    bare = text.replace("STRSTARTS(STR(?v)", "STRSTARTS(?v")
    engine = [None if v is None else str(v) for (v,) in _result(store.raw.query(bare)).rows]  # type: ignore[attr-defined]
    assert [None if v is None else str(v) for (v,) in run(store, bare).rows] == engine


def test_mixed_terms_sort_as_sparql_says(store: Store) -> None:
    text = (
        'SELECT ?v WHERE { VALUES ?v { 10 2.5 "b" "a"@kk <urn:z> <urn:a> UNDEF 1e0 } } ORDER BY ?v'
    )
    got = [None if v is None else str(v) for (v,) in run(store, text).rows]
    assert float(got[3] or "") == 1.0  # the double, written as the engine writes it
    assert got[:3] + got[4:] == [None, "urn:a", "urn:z", "2.5", "10", "a", "b"]
    desc = [str(v) for (v,) in run(store, text.replace("BY ?v", "BY DESC(?v)")).rows if v]
    assert desc == ["b", "a", "10", "2.5", got[3], "urn:z", "urn:a"]


def test_ask_and_construct(store: Store) -> None:
    ask = run(store, "ASK { ?e a ?c }", params={"c": "kgo:Strike"})
    assert ask.kind == "ask" and ask.boolean
    assert format_result(ask, "json") == "true\n"
    c = run(store, "CONSTRUCT { ?e a ?c } WHERE { ?e a ?c }", params={"c": "kgo:Release"})
    assert c.kind == "construct" and c.columns == ("subject", "predicate", "object")
    assert [str(r[0]) for r in c.rows] == [f"{KGR}event/fix-03-2"]


def test_formats(store: Store) -> None:
    r = run(store, load_query("releases"))
    table = format_result(r, "table").splitlines()
    assert table[0].split() == ["released", "date", "place", "event", "brief"]
    assert table[2].startswith("Макс Боқаев  --02-04  түрме  kgr:event\\/fix-03-2")
    rows = list(csv.reader(io.StringIO(format_result(r, "csv"))))
    assert rows[1] == ["Макс Боқаев", "--02-04", "түрме", f"{KGR}event/fix-03-2", "fix-03"]
    assert format_result(r, "tsv").splitlines()[1].split("\t")[0] == "Макс Боқаев"
    text = format_result(r, "json")
    assert "Макс Боқаев" in text  # not \\u escapes
    assert json.loads(text)[0]["place"] == "түрме"
    nd = format_result(run(store, load_query("events")), "ndjson").splitlines()
    assert len(nd) == 6 and json.loads(nd[0])["class"] == "Complaint"
    with pytest.raises(QueryError, match="unknown format"):
        format_result(r, "xml")


def test_unbound_cells_are_null_in_json_and_empty_in_csv(store: Store) -> None:
    r = run(store, load_query("sentences"))
    assert json.loads(format_result(r, "json"))[0]["date"] == "2016"
    r = run(store, load_query("election-results"))
    assert json.loads(format_result(r, "json"))[0]["date"] is None
    assert format_result(r, "csv").splitlines()[1].split(",")[3] == ""


# ---- the command


def test_cli_query_list() -> None:
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    assert "strikes: Strikes" in result.output
    assert "--param region=..." in result.output


def test_cli_saved_query_with_param_as_csv(build: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "query",
            "--out",
            str(build),
            "--name",
            "region",
            "--param",
            "region=Темір ауданы",
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert sorted(r["class"] for r in rows) == ["Complaint", "Strike"]


def test_cli_ad_hoc_and_file(build: Path, tmp_path: Path) -> None:
    text = "SELECT ?id WHERE { ?b <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id"
    result = CliRunner().invoke(cli, ["query", text, "--store", str(build / "store")])
    assert result.exit_code == 0, result.output
    assert result.output.split()[2:] == ["fix-01", "fix-02", "fix-03", "fix-04"]
    rq = tmp_path / "q.rq"
    rq.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", "--file", str(rq), "--out", str(build)])
    assert result.exit_code == 0 and "fix-04" in result.output


def test_cli_errors_are_one_line(build: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "--name", "strikes", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no build in") and "kg build" in result.output
    result = CliRunner().invoke(cli, ["query", "--out", str(build), "--name", "region"])
    assert result.exit_code == 1 and "needs --param region" in result.output
    result = CliRunner().invoke(cli, ["query", "--out", str(build)])
    assert result.exit_code == 1 and "exactly one of" in result.output
    result = CliRunner().invoke(cli, ["query", "--out", str(build), "SELECT * {"])
    assert result.exit_code == 1 and result.output.startswith("Error: malformed SPARQL")


def test_order_on_an_unprojected_variable_is_left_to_the_engine(store: Store) -> None:
    text = "SELECT ?id WHERE { ?b <http://purl.org/dc/terms/identifier> ?id } ORDER BY DESC(?b)"
    engine = _result(store.raw.query(text))  # type: ignore[attr-defined]
    assert run(store, text).rows == engine.rows
    assert [str(r[0]) for r in engine.rows] == sorted(
        (str(r[0]) for r in engine.rows), reverse=True
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"x"@abcdefghij', "not a language tag"),
        ('"2021-02-30"^^xsd:date', "not a valid xsd:date"),
        ('"abc"^^xsd:integer', "not a valid xsd:integer"),
        ('"1.5x"^^xsd:decimal', "not a valid xsd:decimal"),
    ],
)
def test_bad_literal_values_are_a_clean_error(
    text: str, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(QueryError, match=message):
        parse_value(text)
    assert caplog.records == []  # no rdflib traceback in the log


def test_cli_bad_and_repeated_params_are_one_line(build: Path) -> None:
    for args in (
        ["--param", 'entity="x"@abcdefghij'],
        ["--param", 'entity="2021-02-30"^^xsd:date'],
        ["--param", "entity=a", "--param", "?entity=b"],
    ):
        result = CliRunner().invoke(cli, ["query", "--out", str(build), "--name", "entity", *args])
        assert result.exit_code == 1, result.output
        assert result.output.startswith("Error: ") and len(result.output.splitlines()) == 1
    assert "given twice" in result.output


SERVICE = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"


@pytest.mark.parametrize(
    "text",
    [SERVICE, "select * { service silent <urn:x> { ?s ?p ?o } }", "ASK { Service ?g { } }"],
)
def test_service_is_refused_unless_allowed(store: Store, text: str) -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        store.query(text)
    with pytest.raises(QueryError, match="SERVICE"):
        run(store, text)
    check_service(text, allow=True)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?service WHERE { ?service ?p 'SERVICE' } # SERVICE",
        'PREFIX ex: <http://e.org/SERVICE> SELECT * { ex:SERVICE ?p "a SERVICE b" }',
        "SELECT * { <urn:SERVICE> ?p ?o }",
    ],
)
def test_the_word_service_elsewhere_is_not_refused(text: str) -> None:
    check_service(text)


def test_cli_allow_service(build: Path) -> None:
    refused = CliRunner().invoke(cli, ["query", "--out", str(build), SERVICE])
    assert refused.exit_code == 1 and "--allow-service" in refused.output
    allowed = CliRunner().invoke(cli, ["query", "--out", str(build), "--allow-service", SERVICE])
    assert "--allow-service" not in allowed.output  # it ran, and the address did not answer
