"""Helpers shared by the tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from rdflib import URIRef

from kg.store import Store
from kg.vocab import KGR


def store_from_trig(trig: Path, store_dir: Path) -> None:
    """Fill a store with the named graphs of a hand-written TriG fixture, as
    `kg build` would have left them."""
    ds = rdflib.Dataset()
    ds.parse(trig, format="trig")
    graphs = {
        URIRef(str(g.identifier)): list(g)
        for g in ds.graphs()
        if len(g) and str(g.identifier).startswith(str(KGR))
    }
    with Store.open(store_dir) as st:
        st.replace_graphs(graphs)


MINI = Path(__file__).parent / "fixtures" / "mini.trig"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder whose store holds tests/fixtures/mini.trig, as `kg build` leaves it."""
    out = tmp_path_factory.mktemp("out")
    store_from_trig(MINI, out / "store")
    return out


@pytest.fixture
def store(build: Path) -> Iterator[Store]:
    with Store.open(build / "store", create=False) as st:
        yield st
