"""Exports: every RDF format parses back and is byte-stable; ACLED rows; GraphML."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from rdflib import URIRef
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.errors import StoreError
from kg.export import ACLED_COLUMNS, acled_rows, export, export_bytes
from kg.store import Store
from kg.vocab import KGR

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"


def fixture_dataset() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


def union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


RDF_FORMATS = {
    "turtle": "turtle",
    "trig": "trig",
    "nquads": "nquads",
    "ntriples": "nt",
    "jsonld": "json-ld",
}


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_exports_parse_back_to_the_same_graph(store: Store, fmt: str) -> None:
    data = export_bytes(store, fmt)
    assert data == export_bytes(store, fmt)  # deterministic
    expected = fixture_dataset()
    if fmt in ("turtle", "ntriples"):
        got = rdflib.Graph()
        got.parse(data=data, format=RDF_FORMATS[fmt])
        assert isomorphic(got, union(expected))
    else:
        got_ds = rdflib.Dataset()
        got_ds.parse(data=data, format=RDF_FORMATS[fmt])
        for name in ("fix-01", "fix-02", "fix-03", "fix-04"):
            iri = URIRef(f"{KGR}graph/{name}")
            assert isomorphic(got_ds.graph(iri), expected.graph(iri)), name


def test_turtle_uses_readable_prefixes(store: Store) -> None:
    text = export_bytes(store, "turtle").decode()
    assert "@prefix kgo: <https://w3id.org/kazkg/ontology#> ." in text
    assert "ns1:" not in text
    assert 'rdfs:label "Шұбарқұдық"@kk' in text
    prefixes = [ln for ln in text.splitlines() if ln.startswith("@prefix")]
    assert prefixes == sorted(prefixes)


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_resource_iris_are_written_whole_not_escaped(store: Store, fmt: str) -> None:
    text = export_bytes(store, fmt).decode()
    assert "\\/" not in text and "kgr:" not in text
    assert f"<{KGR}event/fix-03-2>" in text


def test_export_is_identical_after_rebuilding_the_store(store: Store, tmp_path: Path) -> None:
    graphs = {n: list(store.dataset().graph(n)) for n in sorted(store.graph_names())}
    with Store.open(tmp_path / "again") as other:
        other.replace_graphs(dict(reversed(list(graphs.items()))))
        for fmt in (*RDF_FORMATS, "acled", "graphml"):
            assert export_bytes(other, fmt) == export_bytes(store, fmt), fmt


def test_acled_rows(store: Store) -> None:
    data = export_bytes(store, "acled").decode()
    reader = csv.DictReader(io.StringIO(data))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    rows = {r["event_class"]: r for r in reader}
    assert set(rows) == {
        "Strike",
        "Detention",
        "Sentencing",
        "Release",
        "Complaint",
        "ElectionResult",
    }
    strike = rows["Strike"]
    assert strike == {
        "event_id": f"{KGR}event/fix-01-1",
        "date": "2021-01-29",
        "date_precision": "day",
        "event_class": "Strike",
        "cameo_code": "143",
        "acled_event_type": "Protests",
        "actor1": "жұмысшылар",
        "actor2": "АМК-Мұнай",
        "location": "Шұбарқұдық",
        "region": "Ақтөбе облысы",
        "district": "Темір ауданы",
        "latitude": "49.1447",
        "longitude": "56.4847",
        "participant_count": "200",
        "evidence": strike["evidence"],
        "source_brief": "fix-01",
        "source_url": "https://example.org/news/fix-01",
    }
    assert strike["evidence"].endswith("ереуілге шықты.")
    detention = rows["Detention"]
    assert (detention["cameo_code"], detention["acled_event_type"]) == ("173", "Arrests")
    assert (detention["actor1"], detention["actor2"]) == ("полиция", "Ермахан Ибраимов")
    release = rows["Release"]  # in a prison: region and coordinates come from up the chain
    assert (release["date"], release["date_precision"]) == ("--02-04", "monthday")
    assert (release["region"], release["latitude"]) == ("Атырау облысы", "47.1167")
    assert rows["Sentencing"]["date_precision"] == "year"
    assert rows["Complaint"]["date_precision"] == "month"
    assert rows["ElectionResult"]["date"] == ""
    assert [r["event_class"] for r in acled_rows(store)][-1] == "ElectionResult"  # undated last


def test_graphml_for_gephi(store: Store) -> None:
    data = export_bytes(store, "graphml")
    g = nx.read_graphml(io.BytesIO(data))
    strike = f"{KGR}event/fix-01-1"
    workers = f"{KGR}entity/group/fix-01-workers"
    assert g.nodes[strike]["kind"] == "event" and g.nodes[strike]["class"] == "Strike"
    assert g.nodes[workers]["label"] == "жұмысшылар"
    labels = {d["label"] for _, _, d in g.edges(data=True)}
    assert {"agent", "patient", "target", "place", "strikesAgainst", "locatedIn"} <= labels
    assert g.has_edge(strike, f"{KGR}entity/company/amk-munai")
    assert not any(str(n).startswith(f"{KGR}brief/") for n in g.nodes)


def test_export_to_path_and_stream(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "sub" / "kg.nt"
    export(store, "ntriples", path)
    buf = io.BytesIO()
    export(store, "ntriples", buf)
    assert path.read_bytes() == buf.getvalue()
    assert len(buf.getvalue().splitlines()) == len(union(fixture_dataset()))
    with pytest.raises(StoreError, match="unknown export format"):
        export_bytes(store, "xlsx")


def test_cli_export(build: Path, tmp_path: Path) -> None:
    target = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["export", "--out", str(build), "-o", str(target)])
    assert result.exit_code == 0, result.output
    g = rdflib.Graph()
    g.parse(target, format="turtle")
    assert len(g) == len(union(fixture_dataset()))
    result = CliRunner().invoke(cli, ["export", "--out", str(build), "--format", "acled"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == ",".join(ACLED_COLUMNS)
    result = CliRunner().invoke(cli, ["export", "--out", str(tmp_path / "none")])
    assert result.exit_code == 1 and "kg build" in result.output
