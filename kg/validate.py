"""Check a graph against the contract: SHACL shapes (`ontology/shapes.ttl`, pyshacl)
plus the rules SHACL cannot state, such as "no blank nodes"."""

from __future__ import annotations

from dataclasses import dataclass

import rdflib
from rdflib import BNode, Graph

from kg._ontology import ontology_graph
from kg.store import Store

__all__ = ["ValidationReport", "validate"]


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """`conforms` and a readable `text`; `violations` counts the problems found."""

    conforms: bool
    text: str
    violations: int = 0
    triples: int = 0


def _union(source: Store | rdflib.Dataset | Graph) -> Graph:
    if isinstance(source, Store):
        source = source.dataset()
    union = Graph()
    for prefix, ns in source.namespaces():
        union.bind(prefix, ns, override=True, replace=True)
    if isinstance(source, rdflib.Dataset):
        for s, p, o, _ in source.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in source:
            union.add(triple)
    return union


def validate(source: Store | rdflib.Dataset | Graph) -> ValidationReport:
    """Validate the union of all named graphs of a store (or an rdflib graph)."""
    import pyshacl

    data = _union(source)
    blank = sorted({str(t) for triple in data for t in triple if isinstance(t, BNode)})
    conforms, results, text = pyshacl.validate(
        data,
        shacl_graph=ontology_graph("shapes.ttl"),
        ont_graph=ontology_graph("kazkg.ttl"),
        inference="none",
        allow_warnings=True,
        advanced=True,
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    count = len(set(results.subjects(rdflib.RDF.type, sh.ValidationResult)))
    if blank:
        conforms = False
        count += len(blank)
        text = (
            f"{text}\nBlank nodes ({len(blank)}); the contract wants an IRI for every node: "
            + ", ".join(f"_:{b}" for b in blank[:10])
            + "\n"
        )
    return ValidationReport(bool(conforms), str(text), count, len(data))
