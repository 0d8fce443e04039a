import importlib.resources
import importlib.util
import sys
from importlib.machinery import PathFinder
from pathlib import Path

import pytest

import kg
from kg import _ontology

ROOT = Path(kg.__file__).parent.parent


def test_read_through_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = PathFinder.find_spec("ontology", [str(ROOT)])  # as setuptools maps it
    assert spec is not None
    spec.name = "kg.ontology"
    monkeypatch.setitem(sys.modules, "kg.ontology", importlib.util.module_from_spec(spec))
    _ontology.read.cache_clear()
    assert "kgo:Strike a owl:Class" in _ontology.read("kazkg.ttl")


def test_read_next_to_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise ModuleNotFoundError(name)

    monkeypatch.setattr(importlib.resources, "files", missing)
    _ontology.read.cache_clear()
    try:
        assert _ontology.read("shapes.ttl") == (ROOT / "ontology" / "shapes.ttl").read_text("utf-8")
    finally:
        _ontology.read.cache_clear()
