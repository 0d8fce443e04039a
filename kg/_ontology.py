"""Read the files of `ontology/`, shipped as the package `kg.ontology`."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from rdflib import Graph

__all__ = ["ontology_graph", "read"]


@functools.cache
def read(name: str) -> str:
    """The text of `ontology/NAME`: from the installed package, or next to `kg/`
    in a source checkout that was not installed."""
    try:
        return resources.files("kg.ontology").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        local = Path(__file__).resolve().parent.parent / "ontology" / name
        return local.read_text(encoding="utf-8")


def ontology_graph(name: str = "kazkg.ttl") -> Graph:
    g = Graph()
    g.parse(data=read(name), format="turtle")
    return g
