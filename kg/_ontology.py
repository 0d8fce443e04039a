"""Read the files of `ontology/` (shipped as the package `kg.ontology`)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import Graph

__all__ = ["ontology_graph", "read"]


def read(name: str) -> str:
    local = Path(__file__).resolve().parent.parent / "ontology" / name
    if local.is_file():  # a source checkout
        return local.read_text(encoding="utf-8")
    return resources.files("kg.ontology").joinpath(name).read_text(encoding="utf-8")


def ontology_graph(name: str = "kazkg.ttl") -> Graph:
    g = Graph()
    g.parse(data=read(name), format="turtle")
    return g
