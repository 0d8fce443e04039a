"""kg.viz without a browser: the graph read from RDF, the page's data and safety, the CLI."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import cli
from kg.errors import QueryError
from kg.viz import from_query, render, render_graph, to_networkx, write_html
from kg.viz._layout import EDGE_LENGTH, layout
from kg.viz._page import json_for_script

FIXTURE = Path(__file__).parent / "fixtures" / "viz_mini.trig"
KGR = "https://w3id.org/kazkg/id/"
KGO = "https://w3id.org/kazkg/ontology#"


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


def payload(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="kz-data">(.*?)</script>', page, re.S)
    assert found
    return json.loads(found.group(1))


def test_graph_from_rdf(dataset: Dataset) -> None:
    g = to_networkx(dataset)
    kinds = sorted(d["kind"] for _, d in g.nodes(data=True))
    assert kinds.count("event") == 3 and kinds.count("entity") == 9
    strike = g.nodes[KGR + "event-b1-strike"]
    assert strike["label"] == "Ереуіл"  # the class's Kazakh label
    assert strike["date"] == "2021-01-29" and strike["d0"] == strike["d1"] == "2021-01-29"
    assert strike["regions"] == [KGR + "entity-aktobe-region"]  # via the district's locatedIn
    assert strike["urls"] == ["https://example.org/news/b1"]
    assert strike["evidence"].endswith("ереуілге шықты.")
    roles = {
        (d["prop"].split("#")[1], b.split("/")[-1])
        for a, b, d in g.out_edges(KGR + "event-b1-strike", data=True)
    }
    assert roles == {
        ("agent", "entity-workers"),
        ("target", "entity-amk-munai"),
        ("place", "entity-temir-district"),
    }
    detained = g.get_edge_data(KGR + "entity-ermakhan-ibraimov", KGR + "entity-police")
    assert detained[KGO + "detainedBy"]["events"] == [KGR + "event-b2-detention"]  # reified
    strikes = g.get_edge_data(KGR + "entity-workers", KGR + "entity-amk-munai")
    assert strikes[KGO + "strikesAgainst"]["events"] == [KGR + "event-b1-strike"]  # by roles
    person = g.nodes[KGR + "entity-ermakhan-ibraimov"]
    assert person["alt"] == ["Ермахан Ибраимовты"]
    assert ["кәсібі / occupation", "белсенді"] in [list(p) for p in person["info"]] or any(
        v == "белсенді" for _, v in person["info"]
    )


def test_a_plain_graph_works_like_a_dataset(dataset: Dataset) -> None:
    plain = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        plain.add((s, p, o))
    assert payload(render(plain))["nodes"] == payload(render(dataset))["nodes"]


def test_page_is_self_contained(dataset: Dataset) -> None:
    page = render(dataset)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(link|iframe|img|object|embed|base)\b", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc=", page, re.I)
    assert len(re.findall(r"^<script", page, re.M)) == 3 and page.count("</script>") == 3
    assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import", page)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert (
        csp
        and "default-src 'none'" in csp.group(1)
        and "unsafe-inline" not in csp.group(1).split("style-src")[0]
    )
    for script in re.findall(r"<script>(.*?)</script>", page, re.S):
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp.group(1)


def test_page_data(dataset: Dataset) -> None:
    data = payload(render(dataset, title="Мини"))
    assert data["title"] == "Мини" and data["mode"] == "events" and data["modes"] is True
    assert len(data["nodes"]) == data["total"] == 12
    classes = {c["en"]: c for c in data["classes"]}
    assert classes["Strike"]["kk"] == "Ереуіл" and classes["Strike"]["kind"] == "event"
    assert classes["Law enforcement"]["kk"] == "Құқық қорғау органы"
    assert classes["Person"]["n"] == 2
    assert len({c["color"] for c in data["classes"]}) == len(data["classes"])
    assert data["props"][KGO + "agent"] == ["әрекет етуші", "agent"]
    assert [r["l"] for r in data["regions"]] == ["Ақтөбе облысы"]
    by_label = {n["l"]: n for n in data["nodes"]}
    assert by_label["Ереуіл"]["s"] > by_label["жұмысшылар"]["s"]  # size by degree
    en = payload(render(dataset, lang="en"))
    assert en["lang"] == 1


def test_hostile_text_stays_data(dataset: Dataset) -> None:
    page = render(dataset, title="</title><script>window.pwned=1</script>")
    assert "<script>window.pwned" not in page and "<img src=x" not in page
    assert "<title>&lt;/title&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;</title>" in page
    raw = page.split('id="kz-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    data = json.loads(raw)
    labels = {n["l"] for n in data["nodes"]}
    assert '<img src=x onerror="window.pwned=1">' in labels  # kept intact, as text
    assert data["title"] == "</title><script>window.pwned=1</script>"


def test_empty_graph() -> None:
    data = payload(render(Graph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["physics"] is False


def test_json_for_script_escapes() -> None:
    text = json_for_script({"a": "</script>&\u2028\u2029<!--"})
    assert text == '{"a":"\\u003c/script\\u003e\\u0026\\u2028\\u2029\\u003c!--"}'
    assert json.loads(text) == {"a": "</script>&\u2028\u2029<!--"}


def test_entity_only_and_limit(dataset: Dataset) -> None:
    data = payload(render(dataset, entity_only=True))
    assert data["mode"] == "entities" and data["modes"] is False
    assert {n["k"] for n in data["nodes"]} == {"entity"} and len(data["nodes"]) == 9
    props = sorted(e["p"].split("#")[1] for e in data["edges"])
    assert props == ["detainedBy", "locatedIn", "strikesAgainst"]
    limited = payload(render(dataset, limit=4))
    assert len(limited["nodes"]) == 4 and limited["total"] == 12
    assert "Ереуіл" in {n["l"] for n in limited["nodes"]}  # the best connected stay


def test_construct_query(dataset: Dataset) -> None:
    g = from_query(
        dataset,
        "PREFIX kgo: <https://w3id.org/kazkg/ontology#> "
        "CONSTRUCT { ?a kgo:detainedBy ?b } WHERE { ?a kgo:detainedBy ?b }",
    )
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == ["Ермахан Ибраимов", "Полиция"]
    assert [d["prop"] for _, _, d in g.edges(data=True)] == [KGO + "detainedBy"]
    data = payload(render_graph(g))
    assert data["mode"] == "all" and len(data["edges"]) == 1


def test_select_query(dataset: Dataset) -> None:
    g = from_query(
        dataset,
        "PREFIX kgo: <https://w3id.org/kazkg/ontology#> "
        "SELECT ?e ?who WHERE { ?e a kgo:Strike ; kgo:agent ?who }",
    )
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == ["Ереуіл", "жұмысшылар"]
    props = sorted(d["prop"].split("#")[1] for _, _, d in g.edges(data=True))
    assert props == ["agent", "participatedIn"]


def test_bad_query(dataset: Dataset) -> None:
    with pytest.raises(QueryError):
        from_query(dataset, "SELECT WHERE {")
    with pytest.raises(QueryError):
        from_query(dataset, "ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="SERVICE"):  # rdflib would fetch the address
        from_query(dataset, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


def test_write_html_is_utf8(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "page.html"
    write_html(target, "<p>Ақтөбе облысы\n</p>")
    assert target.read_bytes() == "<p>Ақтөбе облысы\n</p>".encode()


def test_layout_is_stable_and_spread() -> None:
    nodes = list(range(60))
    edges = [(i, i + 1) for i in range(39)] + [(40 + i, 40 + (i + 1) % 10) for i in range(10)]
    first = layout(nodes, edges)
    assert first == layout(nodes, edges)
    pts = list(first.values())
    closest = (
        min(
            (ax - bx) ** 2 + (ay - by) ** 2
            for i, (ax, ay) in enumerate(pts)
            for bx, by in pts[i + 1 :]
        )
        ** 0.5
    )
    assert closest > EDGE_LENGTH * 0.2
    lengths = [
        ((first[a][0] - first[b][0]) ** 2 + (first[a][1] - first[b][1]) ** 2) ** 0.5
        for a, b in edges
    ]
    assert EDGE_LENGTH * 0.3 < sum(lengths) / len(lengths) < EDGE_LENGTH * 2.5


def test_cli_viz(tmp_path: Path) -> None:
    from conftest import store_from_trig

    out = tmp_path / "out"
    store_from_trig(FIXTURE, out / "store")
    runner = CliRunner()
    result = runner.invoke(cli, ["viz", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Wrote {out / 'graph.html'}" in result.output
    assert len(payload((out / "graph.html").read_text(encoding="utf-8"))["nodes"]) == 12
    query = tmp_path / "q.rq"
    query.write_text(
        "PREFIX kgo: <https://w3id.org/kazkg/ontology#>\nSELECT ?e WHERE { ?e a kgo:Detention }",
        encoding="utf-8",
    )
    page = tmp_path / "q.html"
    result = runner.invoke(cli, ["viz", "--out", str(out), "-o", str(page), "--query", str(query)])
    assert result.exit_code == 0, result.output
    assert [n["l"] for n in payload(page.read_text(encoding="utf-8"))["nodes"]] == ["Ұстау"]
    result = runner.invoke(
        cli, ["viz", "--out", str(out), "-o", str(page), "--entities-only", "--limit", "3"]
    )
    assert result.exit_code == 0, result.output
    data = payload(page.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 3 and data["mode"] == "entities"


def test_cli_viz_without_a_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["viz", "--out", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "Error: no build in" in result.output
