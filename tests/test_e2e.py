"""The whole path on the real sample: build, query, export, view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import cli
from kg.model import text_id
from kg.vocab import KGR

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "data" / "briefs" / "seed.txt"
_SAMPLE_LINES = SAMPLE.read_text(encoding="utf-8").splitlines()


def seed(n: int) -> str:
    """The id the sample's line `n` gets (stem and digest of its text)."""
    return text_id("seed", _SAMPLE_LINES[n - 1].strip())


PREFIXES = """
PREFIX kgo: <https://w3id.org/kazkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, api.BuildReport]:
    out = tmp_path_factory.mktemp("build")
    report = api.build([SAMPLE], out=out)
    return out, report


def _rows(out: Path, sparql: str) -> list[tuple[object, ...]]:
    with api.open_store(out) as st:
        return [
            tuple(str(v) if v is not None else None for v in row)
            for row in st.query(PREFIXES + sparql).rows
        ]


def test_report(build: tuple[Path, api.BuildReport]) -> None:
    out, report = build
    assert report.briefs == 20
    assert [(s.line, s.brief) for s in report.skipped] == [(21, seed(21))]
    assert report.events["Strike"] >= 3
    assert {p.name for p in out.iterdir()} >= {"graph.trig", "graph.ttl", "graph.html", "store"}


def test_strike_at_amk_munai(build: tuple[Path, api.BuildReport]) -> None:
    out, _ = build
    rows = _rows(
        out,
        """
        SELECT ?date ?place ?agent WHERE {
          ?e a kgo:Strike ; kgo:target ?t ; kgo:date ?date ; kgo:place ?p ; kgo:agent ?a ;
             prov:wasDerivedFrom ?b .
          ?b dcterms:identifier ?id .
          ?t rdfs:label "АМК-Мұнай"@kk . ?p rdfs:label ?place . ?a rdfs:label ?agent .
          VALUES ?id { "SEED" }
        }""".replace("SEED", seed(4)),
    )
    assert ("--01-29", "Темір ауданы", "жұмысшы") in rows


def test_one_iri_per_company_and_place(build: tuple[Path, api.BuildReport]) -> None:
    out, _ = build
    rows = _rows(
        out,
        """
        SELECT ?brief ?label ?e WHERE {
          ?e kgo:mentionedIn ?b ; rdfs:label ?label . ?b dcterms:identifier ?brief .
          FILTER(?label IN ("КМК-Мұнай"@kk, "КМК Мұнай"@kk, "АМК-Мұнай"@kk, "Темір ауданы"@kk))
        }""",
    )
    by_brief = {(b, lab): e for b, lab, e in rows}
    kmk = {e for (b, lab), e in by_brief.items() if lab.startswith("КМК")}
    assert len(kmk) == 1 and {b for b, lab in by_brief if lab.startswith("КМК")} == {
        seed(4),
        seed(6),
    }
    assert by_brief[(seed(4), "АМК-Мұнай")] not in kmk
    assert by_brief[(seed(4), "Темір ауданы")] == by_brief[(seed(6), "Темір ауданы")]


def test_kmk_strike_is_one_event_in_two_briefs(build: tuple[Path, api.BuildReport]) -> None:
    out, _ = build
    rows = _rows(
        out,
        """
        SELECT ?a ?b ?why WHERE {
          ?x owl:sameAs ?y ; kgo:sameEventBasis ?why ; prov:wasDerivedFrom ?bx .
          ?y prov:wasDerivedFrom ?by . ?x a kgo:Strike .
          ?bx dcterms:identifier ?a . ?by dcterms:identifier ?b .
        }""",
    )
    # the later report is linked to the first one read, the story's canonical report
    assert {(a, b) for a, b, _ in rows} == {(seed(6), seed(4))}
    assert all("КМК" in why for *_, why in rows)


def test_saved_queries_and_the_page_show_a_story_once(
    build: tuple[Path, api.BuildReport],
) -> None:
    from kg import viz

    out, report = build
    story, later = f"kgr:event/{seed(4)}/216-Strike", f"kgr:event/{seed(6)}/108-Strike"
    both = sorted([seed(4), seed(6)])
    counts = {str(c): (int(n), int(b)) for c, n, b in api.query(name="event-counts", out=out).rows}
    assert report.events["Strike"] == 4 and counts["Strike"] == (3, 3)
    events = api.query(name="events", out=out).records()
    strikes = {str(r["event"]).replace(str(KGR), "kgr:"): r for r in events}
    assert later not in strikes and sorted(str(strikes[story]["brief"]).split()) == both
    timeline = api.query(name="timeline", out=out).records()
    assert [
        sorted(str(r["brief"]).split())
        for r in timeline
        if str(r["event"]) == strikes[story]["event"]
    ] == [both]
    page = viz.to_networkx(api.load_dataset(out))
    node = page.nodes[str(strikes[story]["event"])]
    assert not any(n.endswith(f"{seed(6)}/108-Strike") for n in page)
    assert sorted(v for k, v in node["info"] if k.startswith("Хабар")) == both


def test_release_and_false_report(build: tuple[Path, api.BuildReport]) -> None:
    out, _ = build
    releases = _rows(
        out,
        """
        SELECT ?brief ?who ?date WHERE {
          ?e a kgo:Release ; prov:wasDerivedFrom ?b ; kgo:patient ?p .
          ?b dcterms:identifier ?brief . ?p rdfs:label ?who .
          OPTIONAL { ?e kgo:date ?date }
        }""",
    )
    assert (seed(1), "Макс Боқаев", "--02-04") in releases
    # the ministry's claim that all were released is reported as false
    assert not [r for r in releases if r[0] == seed(10)]


def test_detention_count_and_agent(build: tuple[Path, api.BuildReport]) -> None:
    out, _ = build
    rows = _rows(
        out,
        """
        SELECT ?n ?who WHERE {
          ?e a kgo:Detention ; kgo:participantCount ?n ; kgo:agent ?a . ?a rdfs:label ?who .
        }""",
    )
    assert ("361", "арнайы жасақ") in rows


def test_every_event_has_evidence_and_provenance(build: tuple[Path, api.BuildReport]) -> None:
    out, _ = build
    missing = _rows(
        out,
        """
        SELECT ?e WHERE {
          ?e a ?c . ?c rdfs:subClassOf* kgo:Event .
          FILTER NOT EXISTS { ?e prov:wasDerivedFrom ?b ; kgo:evidence ?s ; kgo:trigger ?t }
        }""",
    )
    assert missing == []


def test_second_build_is_byte_identical(
    build: tuple[Path, api.BuildReport], tmp_path: Path
) -> None:
    out, _ = build
    again = api.build([SAMPLE], out=tmp_path, html=False)
    assert again.graphs_added == 20
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()
    rerun = api.build([SAMPLE], out=tmp_path, html=False)
    assert (rerun.graphs_added, rerun.graphs_replaced, rerun.graphs_unchanged) == (0, 0, 20)


def test_cli_build_query_export(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "o"
    result = runner.invoke(cli, ["build", str(SAMPLE), "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "Briefs: 20 read, 1 skipped" in result.output
    assert f"seed.txt:21 (brief {seed(21)}): skipped" in result.output
    result = runner.invoke(
        cli, ["query", "--name", "strikes", "--out", str(out), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert "АМК-Мұнай" in result.output and "КМК-Мұнай" in result.output
    adhoc = "SELECT ?e ?date WHERE { ?e a kgo:Strike ; kgo:date ?date } ORDER BY ?date"
    result = runner.invoke(cli, ["query", adhoc, "--out", str(out), "--format", "tsv"])
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[1] for line in result.output.splitlines()[1:]] == [
        "--01-25",
        "--01-29",
    ]
    target = tmp_path / "kg.ttl"
    result = runner.invoke(
        cli, ["export", "--format", "turtle", "-o", str(target), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == (out / "graph.ttl").read_bytes()


def test_bad_input_keeps_the_store(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "o"
    assert runner.invoke(cli, ["build", str(SAMPLE), "--out", str(out), "--no-html"]).exit_code == 0
    before = (out / "graph.trig").read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,body\n1,x\n")
    result = runner.invoke(cli, ["build", str(bad), "--out", str(out), "--no-html"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "bad.csv" in result.output
    assert "Traceback" not in result.output
    assert (out / "graph.trig").read_bytes() == before


def test_incremental_runs_keep_identity_and_names(tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "seed-04", "text": lines[3]}, ensure_ascii=False) + "\n")
    second.write_text(json.dumps({"id": "seed-06", "text": lines[5]}, ensure_ascii=False) + "\n")
    out = tmp_path / "o"
    api.build([first], out=out, html=False)
    report = api.build([second], out=out, html=False)
    assert (report.graphs_added, report.graphs_replaced) == (1, 0)
    rows = _rows(
        out,
        """
        SELECT ?e ?label ?brief WHERE {
          ?e rdfs:label ?label ; kgo:mentionedIn ?b . ?b dcterms:identifier ?brief .
          FILTER(STRSTARTS(STR(?label), "КМК"))
        }""",
    )
    assert {(label, brief) for _, label, brief in rows} == {
        ("КМК-Мұнай", "seed-04"),
        ("КМК-Мұнай", "seed-06"),
    }
    assert len({e for e, *_ in rows}) == 1


def test_sample_graph_conforms_to_the_shapes(build: tuple[Path, api.BuildReport]) -> None:
    out, _ = build
    report = api.validate(out=out)
    assert report.conforms, report.text
    assert report.triples > 1000


def test_hostile_brief_is_inert_in_the_page(tmp_path: Path) -> None:
    hostile = {
        "id": "x1",
        "date": "2021-01-12",
        "url": "javascript:alert(1)",
        "text": "Алматыда <script>alert(1)</script> белсенді Ерлан Қалиев полиция тарапынан "
        '<img src=x onerror="alert(2)"> ұсталды.',
    }
    src = tmp_path / "h.jsonl"
    src.write_text(json.dumps(hostile, ensure_ascii=False) + "\n", encoding="utf-8")
    report = api.build([src], out=tmp_path / "o")
    assert report.events.get("Detention") == 1
    page = (tmp_path / "o" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert 'href="javascript:' not in page
    rows = _rows(
        tmp_path / "o", "SELECT ?t WHERE { ?b a kgo:Brief ; <https://schema.org/text> ?t }"
    )
    assert rows == [(hostile["text"],)]  # stored as given, as a literal


def _brief_file(folder: Path, number: int) -> Path:
    """One line of the sample as a JSONL brief that keeps its sample id."""
    lines = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    opening = {4: "29 қаңтарда", 6: "25 қаңтарда"}[number]
    text = next(ln for ln in lines if ln.startswith(opening))
    path = folder / f"seed-{number:02d}.jsonl"
    path.write_text(
        json.dumps({"id": f"seed-{number:02d}", "text": text}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return path


def test_a_later_run_links_its_report_to_the_stored_event(tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.build([_brief_file(tmp_path, 4)], out=out, html=False)
    query = """
        SELECT ?a ?b ?why WHERE {
          ?x owl:sameAs ?y ; kgo:sameEventBasis ?why ; prov:wasDerivedFrom ?bx .
          ?y prov:wasDerivedFrom ?by . ?x a kgo:Strike .
          ?bx dcterms:identifier ?a . ?by dcterms:identifier ?b .
        }"""
    assert _rows(out, query) == []
    api.build([_brief_file(tmp_path, 6)], out=out, html=False)
    rows = _rows(out, query)
    assert [(a, b) for a, b, _ in rows] == [("seed-06", "seed-04")]
    assert "КМК" in str(rows[0][2])
    again = api.build([_brief_file(tmp_path, 6)], out=out, html=False)
    assert again.graphs_unchanged == 1 and _rows(out, query) == rows


def test_a_latin_script_brief_gives_what_its_cyrillic_twin_gives() -> None:
    from kg.extract import extract
    from kg.model import Brief

    cyrillic = (
        "29 қаңтарда Ақтөбе облысы Темір ауданында «АМК-Мұнай» компаниясының "
        "жұмысшылары ереуілге шықты."
    )
    latin = (
        "29 qañtarda Aqtöbe oblysy Temır audanynda «AMK-Mūnai» kompaniasynyñ "
        "jūmysşylary ereuılge şyqty."
    )

    def facts(text: str) -> tuple[object, ...]:
        ex = extract(Brief(id="b", text=text))
        events = sorted((e.cls, e.date.lexical if e.date else None) for e in ex.events)
        mentions = sorted((m.cls, m.label) for m in ex.mentions)
        return tuple(events), tuple(mentions)

    got = facts(latin)
    assert got == facts(cyrillic)
    assert ("Strike", "--01-29") in got[0]
