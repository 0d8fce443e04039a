"""The store: incremental replace, idempotence, persistence, kill safety, a SPARQL server."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import StoreError
from kg.store import ReplaceStats, Store, Triple
from kg.vocab import KGO, KGR, RDFS, XSD

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
ROOT = Path(__file__).resolve().parent.parent


def mini_graphs() -> dict[URIRef, list[Triple]]:
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return {
        URIRef(str(g.identifier)): sorted(g)
        for g in ds.graphs()
        if len(g) and str(g.identifier).startswith(str(KGR))
    }


def g(brief: str) -> URIRef:
    return URIRef(f"{KGR}graph/{brief}")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "store") as st:
        yield st


def graph_of(st: Store, name: URIRef) -> rdflib.Graph:
    return st.dataset().graph(name)


def test_first_load_adds_every_graph(store: Store) -> None:
    graphs = mini_graphs()
    stats = store.replace_graphs(graphs)
    assert stats == ReplaceStats(added=4, replaced=0, unchanged=0, inserted=169, deleted=0)
    assert store.graph_names() == {g("fix-01"), g("fix-02"), g("fix-03"), g("fix-04")}
    assert len(store) == 169


def test_same_input_twice_changes_nothing(store: Store) -> None:
    graphs = mini_graphs()
    store.replace_graphs(graphs)
    before = store.dump("nquads")
    stats = store.replace_graphs(graphs)
    assert stats == ReplaceStats(added=0, replaced=0, unchanged=4, inserted=0, deleted=0)
    assert store.dump("nquads") == before


def test_changed_brief_replaces_exactly_its_graph(store: Store) -> None:
    graphs = mini_graphs()
    store.replace_graphs(graphs)
    untouched = {n: graph_of(store, n) for n in (g("fix-01"), g("fix-03"), g("fix-04"))}
    event = KGR["event/fix-02-1"]
    changed = [t for t in graphs[g("fix-02")] if not (t[0] == event and t[1] == KGO.date)]
    changed.append((event, KGO.date, Literal("2021-01-03", datatype=XSD.date)))
    stats = store.replace_graphs({**graphs, g("fix-02"): changed})
    assert (stats.added, stats.replaced, stats.unchanged) == (0, 1, 3)
    assert (stats.inserted, stats.deleted) == (1, 1)
    expected = rdflib.Graph()
    for t in changed:
        expected.add(t)
    assert isomorphic(graph_of(store, g("fix-02")), expected)
    for name, before in untouched.items():
        assert isomorphic(graph_of(store, name), before)
    dates = store.query(
        "SELECT ?d WHERE { ?e a <https://w3id.org/kazkg/ontology#Detention> ; "
        "<https://w3id.org/kazkg/ontology#date> ?d }"
    )
    assert [str(r[0]) for r in dates.rows] == ["2021-01-03"]


def test_new_brief_alone_leaves_the_others(store: Store) -> None:
    graphs = mini_graphs()
    store.replace_graphs({k: v for k, v in graphs.items() if k != g("fix-04")})
    stats = store.replace_graphs({g("fix-04"): graphs[g("fix-04")]})
    assert (stats.added, stats.replaced, stats.unchanged) == (1, 0, 0)
    assert len(store.graph_names()) == 4
    assert len(store) == 169


def test_remove_graphs(store: Store) -> None:
    store.replace_graphs(mini_graphs())
    store.remove_graphs([g("fix-03"), g("no-such-brief")])
    assert g("fix-03") not in store.graph_names()
    assert not store.query("ASK { ?e a <https://w3id.org/kazkg/ontology#Release> }").boolean


def test_store_persists_across_open(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s") as st:
        st.replace_graphs(mini_graphs())
        dump = st.dump("trig")
    with Store.open(tmp_path / "s", create=False) as st:
        assert len(st) == 169
        assert st.dump("trig") == dump


def test_missing_store_says_build_first(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="kg build"):
        Store.open(tmp_path / "nothing", create=False)
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="kg build"):
        Store.open(tmp_path / "empty", create=False)


def test_store_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s"), pytest.raises(StoreError, match="in use"):
        Store.open(tmp_path / "s")


def test_progress_is_reported(store: Store) -> None:
    seen: list[int] = []
    store.replace_graphs(mini_graphs(), progress=seen.append)
    assert seen and seen[-1] == 169


def test_dataset_copy_is_isomorphic_to_the_input(store: Store) -> None:
    graphs = mini_graphs()
    store.replace_graphs(graphs)
    ds = store.dataset()
    for name, triples in graphs.items():
        expected = rdflib.Graph()
        for t in triples:
            expected.add(t)
        assert isomorphic(ds.graph(name), expected)


def test_journal_of_an_interrupted_bulk_load_is_undone(tmp_path: Path) -> None:
    graphs = mini_graphs()
    with Store.open(tmp_path / "s") as st:
        st.replace_graphs(graphs)
    # what a bulk load killed part-way leaves: its journal, and some of its graphs
    (tmp_path / "s" / "kazkg-journal.json").write_text(
        json.dumps({"graphs": [str(g("fix-04"))], "bulk": [str(g("fix-04"))]})
    )
    with Store.open(tmp_path / "s") as st:
        assert st.graph_names() == {g("fix-01"), g("fix-02"), g("fix-03")}
        assert not (tmp_path / "s" / "kazkg-journal.json").exists()


# ---- killed mid-write

_WRITER = textwrap.dedent(
    """
    import sys
    import rdflib
    from rdflib import Literal, URIRef
    import kg.store
    from kg.store import Store

    KGR = "https://w3id.org/kazkg/id/"
    mode, location = sys.argv[1], sys.argv[2]
    n_graphs, per_graph = int(sys.argv[3]), int(sys.argv[4])
    if mode == "transactions":
        kg.store._BULK_MIN = 10**12  # force the transactional extend path

    def batch(version):
        out = {}
        for i in range(n_graphs):
            g = URIRef(f"{KGR}graph/big-{i:04d}")
            s = URIRef(f"{KGR}entity/big-{i:04d}")
            out[g] = [
                (s, URIRef(f"{KGR}p{j}"), Literal(f"{version}-{i}-{j}")) for j in range(per_graph)
            ]
        return out

    def progress(n):
        print(n, flush=True)

    with Store.open(location) as st:
        round = 0
        while True:
            st.replace_graphs(batch(f"v{round % 2}"), progress=progress)
            print("committed", round, flush=True)
            round += 1
            if mode == "bulk":
                break
    """
)


def _run_and_kill(
    location: Path, mode: str, n_graphs: int, per_graph: int, kill_after: str
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, mode, str(location), str(n_graphs), str(per_graph)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    try:
        deadline = time.monotonic() + 60
        for line in proc.stdout:
            if line.startswith(kill_after) or time.monotonic() > deadline:
                break
        else:
            pytest.fail(f"the writer ended before {kill_after!r}")
        if mode == "transactions":
            time.sleep(0.05 + (os.getpid() % 7) / 20)  # land somewhere inside a later round
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL


def _seed(location: Path) -> bytes:
    with Store.open(location) as st:
        st.replace_graphs(mini_graphs())
        return st.dump("nquads")


def _old_graphs_intact(st: Store, old_nquads: bytes) -> None:
    kept = [ln for ln in st.dump("nquads").splitlines() if b"/graph/fix-" in ln]
    assert b"\n".join(kept) + b"\n" == old_nquads


@pytest.mark.slow
def test_kill_during_bulk_load_leaves_store_as_before(tmp_path: Path) -> None:
    location = tmp_path / "store"
    old = _seed(location)
    # 200 new graphs of 400 triples: a single bulk batch, killed once 20k quads went in
    _run_and_kill(location, "bulk", 200, 400, "20000")
    with Store.open(location) as st:
        _old_graphs_intact(st, old)
        assert not [n for n in st.graph_names() if "/graph/big-" in n]
        assert len(st) == 169
        # and the run can simply be done again
        big = {
            URIRef(f"{KGR}graph/big-{i:04d}"): [
                (URIRef(f"{KGR}entity/big-{i:04d}"), URIRef(f"{KGR}p0"), Literal(f"v0-{i}-0"))
            ]
            for i in range(3)
        }
        assert st.replace_graphs(big).added == 3


@pytest.mark.slow
def test_kill_during_transactions_leaves_whole_graphs(tmp_path: Path) -> None:
    location = tmp_path / "store"
    old = _seed(location)
    # rounds alternate each graph between versions v0 and v1 (diff updates after round 0)
    _run_and_kill(location, "transactions", 20, 200, "committed 1")
    with Store.open(location) as st:
        _old_graphs_intact(st, old)
        for i in range(20):
            name = URIRef(f"{KGR}graph/big-{i:04d}")
            values = {str(t[2]) for t in graph_of(st, name)}
            versions = {v.split("-")[0] for v in values}
            assert len(values) == 200, f"graph {i} is partial: {len(values)} triples"
            assert len(versions) == 1, f"graph {i} mixes versions {versions}"
        assert len(st) == 169 + 20 * 200


# ---- a SPARQL 1.1 server


def _oxigraph_exe() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    exe = _oxigraph_exe()
    if exe is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(tmp_path / "srv"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph serve did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.server
def test_server_store_behaves_like_the_embedded_one(server: str, store: Store) -> None:
    from kg.query import list_queries, run

    graphs = mini_graphs()
    store.replace_graphs(graphs)
    with Store.open(server) as remote:
        assert remote.replace_graphs(graphs) == ReplaceStats(4, 0, 0, 169, 0)
        assert remote.replace_graphs(graphs).unchanged == 4
        assert remote.graph_names() == store.graph_names()
        assert len(remote) == 169
        for fmt in ("trig", "turtle", "nquads", "ntriples", "jsonld"):
            assert remote.dump(fmt) == store.dump(fmt), fmt
        params = {"entity": "Макс Боқаев", "region": "Ақтөбе облысы", "about": "жұмысшылар"}
        for q in list_queries():
            p = {x.name: params[x.name] for x in q.params}
            got, want = run(remote, q, params=p), run(store, q, params=p)
            assert got.columns == want.columns, q.name
            assert sorted(map(repr, got.rows)) == sorted(map(repr, want.rows)), q.name
        hostile = '" . } DROP ALL #'
        assert run(remote, load_entity(), params={"entity": hostile}).rows == ()
        assert len(remote) == 169
        event = KGR["event/fix-02-1"]
        changed = [t for t in graphs[g("fix-02")] if t[1] != KGO.participantCount]
        stats = remote.replace_graphs({g("fix-02"): changed})
        assert (stats.replaced, stats.deleted) == (1, 1)
        assert not remote.query(f"ASK {{ <{event}> <{KGO.participantCount}> ?n }}").boolean
        remote.remove_graphs([g("fix-02")])
        assert g("fix-02") not in remote.graph_names()


def load_entity():  # type: ignore[no-untyped-def]
    from kg.query import load_query

    return load_query("entity")


def test_queries_see_each_shared_triple_once(store: Store) -> None:
    store.replace_graphs(mini_graphs())
    kz = f"<{KGR}entity/country/kazakhstan>"
    labels = store.query(f"SELECT ?l WHERE {{ {kz} <{RDFS.label}> ?l }}")
    assert len(labels.rows) == 1  # stated in three briefs' graphs
    store.remove_graphs([g("fix-02"), g("fix-03")])
    assert len(store.query(f"SELECT ?l WHERE {{ {kz} <{RDFS.label}> ?l }}").rows) == 1
    store.remove_graphs([g("fix-01")])
    assert store.query(f"SELECT ?l WHERE {{ {kz} <{RDFS.label}> ?l }}").rows == ()
    union = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows
    named = store.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert len(union) == len(mini_graphs()[g("fix-04")]) == 40
    assert sorted(map(repr, union)) == sorted(map(repr, named))


def test_union_follows_changes_and_recovery(tmp_path: Path) -> None:
    graphs = mini_graphs()
    with Store.open(tmp_path / "s") as st:
        st.replace_graphs(graphs)
        union_before = st.dump("ntriples")
        st.replace_graphs({g("fix-04"): graphs[g("fix-04")][:5]})
        st.replace_graphs(graphs)
        assert st.dump("ntriples") == union_before
    (tmp_path / "s" / "kazkg-journal.json").write_text(json.dumps({"graphs": [], "bulk": []}))
    with Store.open(tmp_path / "s") as st:  # recovery rebuilds the union from the graphs
        assert st.dump("ntriples") == union_before


def test_literals_the_store_normalises_still_count_as_unchanged(store: Store) -> None:
    graph = {g("x"): [(KGR["entity/x"], KGO.percentage, Literal("71.50", datatype=XSD.decimal))]}
    assert store.replace_graphs(graph).added == 1
    assert store.replace_graphs(graph).unchanged == 1
    assert store.query(f"ASK {{ ?s <{KGO.percentage}> 71.5 }}").boolean


def test_string_parameters_are_read_as_terms(store: Store) -> None:
    store.replace_graphs(mini_graphs())
    label = f"<{RDFS.label}>"
    by_label = store.query(f"SELECT ?e WHERE {{ ?e {label} ?l }}", params={"l": "Алматы"})
    assert [str(r[0]) for r in by_label.rows] == [f"{KGR}entity/city/almaty"]
    by_iri = store.query(
        f"SELECT ?l WHERE {{ ?e {label} ?l }}", params={"e": "kgr:entity/city/almaty"}
    )
    assert by_iri.rows == ((Literal("Алматы", lang="kk"),),)


def test_a_store_filled_by_other_means_gets_its_union(tmp_path: Path) -> None:
    import pyoxigraph as ox

    raw = ox.Store(str(tmp_path / "s"))
    raw.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    del raw
    with Store.open(tmp_path / "s", create=False) as st:
        assert len(st) == 169
        assert st.query(f'ASK {{ ?e <{RDFS.label}> "Шұбарқұдық"@kk }}').boolean


@pytest.mark.server
def test_a_build_that_dies_before_the_union_is_rebuilt_leaves_no_stale_answers(
    server: str, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.store import _RemoteStore

    def dies(self: _RemoteStore, *, changed: bool) -> None:
        raise StoreError("the server went away")

    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    with monkeypatch.context() as m:
        m.setattr(_RemoteStore, "_sync_union", dies)
        with Store.open(server) as remote, pytest.raises(StoreError):
            remote.replace_graphs(mini_graphs())
    with Store.open(server) as remote:
        assert len(remote) == 169  # every graph was written
        store.replace_graphs(mini_graphs())
        assert remote.query(count).rows == store.query(count).rows
        assert remote.query(count).rows != ((Literal(0),),)
        assert remote.dump("turtle").count(b"stale") == 0


def test_releasing_memory_reopens_the_engine_and_keeps_everything(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s") as st:
        st.replace_graphs(mini_graphs())
        dump, engine = st.dump("trig"), id(st.raw)
        st.release_memory()
        assert id(st.raw) != engine and st.dump("trig") == dump and len(st) == 169
        held = st.raw  # something still reads the engine: it is left open
        st.release_memory()
        assert st.raw is held
        del held
        st.replace_graphs({g("late"): [(URIRef("urn:x"), RDFS.label, Literal("x"))]})
        st.release_memory()
        assert g("late") in st.graph_names()
    with Store.open(tmp_path / "s", create=False) as st:
        assert g("late") in st.graph_names()
