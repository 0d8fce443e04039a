"""SHACL validation of the contract: the fixture conforms, broken graphs do not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import BNode, Literal, URIRef

from kg.cli import cli
from kg.store import Store
from kg.validate import validate
from kg.vocab import KGO, KGR, PROV, RDF, RDFS, XSD

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
STRIKE = KGR["event/fix-01-1"]
BOKAEV = KGR["entity/person/maks-bokaev"]


def fixture_dataset() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


def test_fixture_conforms() -> None:
    report = validate(fixture_dataset())
    assert report.conforms, report.text
    assert report.violations == 0
    assert report.triples == 159


def _drop(p: URIRef) -> Callable[[rdflib.Graph], None]:
    def edit(g: rdflib.Graph) -> None:
        g.remove((STRIKE, p, None))

    return edit


def _set(s: URIRef, p: URIRef, o: object) -> Callable[[rdflib.Graph], None]:
    def edit(g: rdflib.Graph) -> None:
        g.add((s, p, o))  # type: ignore[arg-type]

    return edit


BROKEN = {
    "no evidence": (_drop(KGO.evidence), "kgo:evidence"),
    "no trigger": (_drop(KGO.trigger), "kgo:trigger"),
    "no provenance": (_drop(PROV.wasDerivedFrom), "prov:wasDerivedFrom"),
    "count is text": (
        _set(STRIKE, KGO.participantCount, Literal("many")),
        "participantCount",
    ),
    "date is a string": (_set(STRIKE, KGO.date, Literal("29 қаңтар")), "kgo:date"),
    "duration is a number": (
        _set(KGR["event/fix-03-1"], KGO.duration, Literal(5)),
        "xsd:duration",
    ),
    "seats is decimal": (
        _set(KGR["event/fix-04-2"], KGO.seats, Literal("7.5", datatype=XSD.decimal)),
        "seats",
    ),
    "second kk label": (_set(BOKAEV, RDFS.label, Literal("Боқаев", lang="kk")), "@kk"),
    "label not in kk": (
        lambda g: (
            g.remove((BOKAEV, RDFS.label, None)),
            g.add((BOKAEV, RDFS.label, Literal("Bokaev", lang="en"))),
        ),
        "@kk",
    ),
    "agent is a place": (
        _set(STRIKE, KGO.agent, KGR["entity/city/almaty"]),
        "kgo:agent",
    ),
    "place is a person": (_set(STRIKE, KGO.place, BOKAEV), "kgo:place"),
    "blank node": (_set(STRIKE, KGO.witness, BNode("x1")), "Blank nodes"),
    "brief without text": (
        lambda g: g.remove((KGR["brief/fix-02"], URIRef("https://schema.org/text"), None)),
        "schema:text",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_fails(case: str) -> None:
    edit, needle = BROKEN[case]
    ds = fixture_dataset()
    graph = ds.graph(KGR["graph/fix-01"])
    edit(graph)
    if case in ("label not in kk", "second kk label"):
        edit(ds.graph(KGR["graph/fix-03"]))
    if case == "brief without text":
        edit(ds.graph(KGR["graph/fix-02"]))
    report = validate(ds)
    assert not report.conforms
    assert report.violations >= 1
    assert needle in report.text, report.text


def test_validate_a_store(tmp_path: Path) -> None:
    ds = fixture_dataset()
    graphs = {URIRef(str(g.identifier)): list(g) for g in ds.graphs() if len(g)}
    graphs = {k: v for k, v in graphs.items() if str(k).startswith(str(KGR))}
    graphs[KGR["graph/fix-02"]].append((KGR["event/fix-02-1"], RDF.type, KGO.Event))
    graphs[KGR["graph/fix-02"]].append((KGR["event/fix-02-1"], KGO.participantCount, Literal(-3)))
    with Store.open(tmp_path / "out" / "store") as st:
        st.replace_graphs(graphs)
        report = validate(st)
    assert not report.conforms and "participantCount" in report.text
    result = CliRunner().invoke(cli, ["validate", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "violations of the contract" in result.output


def test_cli_validate_ok(tmp_path: Path) -> None:
    ds = fixture_dataset()
    graphs = {
        URIRef(str(g.identifier)): list(g)
        for g in ds.graphs()
        if len(g) and str(g.identifier).startswith(str(KGR))
    }
    with Store.open(tmp_path / "store") as st:
        st.replace_graphs(graphs)
    result = CliRunner().invoke(cli, ["validate", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK: 159 distinct triples conform")
