"""Builds that scale: batches, reruns that skip stored briefs, parallel and Dask
extraction with the same bytes, a store held by another build, large stores."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

import kg.parallel
import kg.viz
from kg import api
from kg.cli import cli
from kg.errors import StoreError
from kg.model import Brief, Extraction

SAMPLE = Path(__file__).parent.parent / "data" / "briefs" / "seed.txt"


def _corpus(folder: Path, copies: int = 4) -> Path:
    """The sample's briefs `copies` times, with ids and publication dates of their own."""
    lines = [ln.strip() for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for c in range(copies):
            for n, text in enumerate(lines, start=1):
                brief = {"id": f"c{c}-{n:02d}", "text": text, "date": f"2021-0{1 + c}-1{c}"}
                fh.write(json.dumps(brief, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the briefs extracted in this process."""
    seen: list[str] = []
    real = kg.parallel.extract

    def extract(b: Brief) -> Extraction:
        seen.append(b.id)
        return real(b)

    monkeypatch.setattr(kg.parallel, "extract", extract)
    return seen


def test_a_rerun_extracts_only_briefs_whose_text_or_metadata_changed(
    tmp_path: Path, counted: list[str]
) -> None:
    src = tmp_path / "b.jsonl"
    briefs = [
        {"id": "a", "text": "4 ақпанда Атырауда полиция белсенді Макс Боқаевты ұстады."},
        {"id": "b", "text": "Ақтөбеде жұмысшылар ереуілге шықты.", "date": "2021-01-05"},
    ]
    src.write_text("\n".join(json.dumps(b, ensure_ascii=False) for b in briefs), encoding="utf-8")
    first = api.build([src], out=tmp_path / "o", html=False)
    assert first.graphs_added == 2 and sorted(counted) == ["a", "b"]
    counted.clear()
    again = api.build([src], out=tmp_path / "o", html=False)
    assert counted == [] and again.graphs_unchanged == 2 and again.triples == 0
    briefs[1]["date"] = "2021-01-06"
    src.write_text("\n".join(json.dumps(b, ensure_ascii=False) for b in briefs), encoding="utf-8")
    changed = api.build([src], out=tmp_path / "o", html=False)
    assert counted == ["b"] and changed.graphs_replaced == 1 and changed.graphs_unchanged == 1


def test_an_interrupted_build_keeps_its_finished_batches(
    tmp_path: Path, counted: list[str]
) -> None:
    src = _corpus(tmp_path, copies=1)

    def stop_after_the_first_batch(done: int, total: int) -> None:
        if done >= 8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        api.build([src], out=tmp_path / "o", batch_size=8, progress=stop_after_the_first_batch)
    stored = set(counted)
    assert len(stored) == 8
    counted.clear()
    report = api.build([src], out=tmp_path / "o", batch_size=8, html=False)
    assert report.graphs_unchanged == 8 and not stored & set(counted)
    assert report.graphs_added == report.briefs - 8


def test_batches_link_a_story_to_the_report_a_batch_before(tmp_path: Path) -> None:
    src = _corpus(tmp_path, copies=2)
    one = api.build([src], out=tmp_path / "one", html=False)
    small = api.build([src], out=tmp_path / "small", html=False, batch_size=5)
    query = "SELECT ?a ?b WHERE { ?a owl:sameAs ?b ; kgo:sameEventBasis ?why } ORDER BY ?a"
    links = api.query(query, out=tmp_path / "one").rows
    assert links and api.query(query, out=tmp_path / "small").rows == links
    assert one.graphs_added == small.graphs_added


def test_only_canonical_reports_carry_story_keys_and_lookups_see_only_them(
    tmp_path: Path,
) -> None:
    said = "Атырауда полиция белсенді Макс Боқаевты ұстады."
    # undated detentions can never be one story, so they carry no key
    briefs = [{"id": f"u{i}", "text": said} for i in range(6)] + [
        {"id": f"d{i}", "text": "4 ақпанда " + said, "date": "2021-02-04"} for i in range(3)
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(b, ensure_ascii=False) for b in briefs), encoding="utf-8")
    api.build([src], out=tmp_path / "o", html=False)
    rows = api.query(
        "SELECT ?ev ?key WHERE { ?ev kgo:sameEventKey ?key } ORDER BY ?ev", out=tmp_path / "o"
    ).rows
    assert [(str(ev).split("/")[-2], str(key)) for ev, key in rows] == [
        ("d0", "Detention|person/макс боқаев|02-04")
    ]
    linked = api.query(
        "SELECT ?ev WHERE { ?ev kgo:sameEventBasis ?why ; kgo:sameEventKey ?key }",
        out=tmp_path / "o",
    ).rows
    assert linked == ()
    with api.open_store(tmp_path / "o") as st:
        found = api._stored_events(
            st, {"Detention|person/макс боқаев|02-04": "person/макс боқаев"}, (), []
        )
    assert [(e.brief, e.cls, e.date) for e in found] == [("d0", "Detention", "2021-02-04")]


def _dumps(out: Path) -> tuple[bytes, bytes]:
    return (out / "graph.trig").read_bytes(), (out / "graph.ttl").read_bytes()


def test_jobs_2_gives_the_bytes_of_jobs_1(tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    assert len(src.read_text(encoding="utf-8").splitlines()) >= kg.parallel.PARALLEL_MIN
    api.build([src], out=tmp_path / "one", jobs=1, html=False)
    api.build([src], out=tmp_path / "two", jobs=2, html=False)
    assert _dumps(tmp_path / "two") == _dumps(tmp_path / "one")


def test_dask_local_cluster_gives_the_bytes_of_jobs_1(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    src = _corpus(tmp_path)
    api.build([src], out=tmp_path / "one", jobs=1, html=False)
    api.build([src], out=tmp_path / "dask", jobs=2, dask="local", html=False)
    assert _dumps(tmp_path / "dask") == _dumps(tmp_path / "one")


def test_a_build_waits_for_a_store_that_another_build_holds(tmp_path: Path) -> None:
    src = _corpus(tmp_path, copies=1)
    api.build([src], out=tmp_path, html=False)
    heard: list[str] = []
    holder = api.open_store(tmp_path)
    with pytest.raises(StoreError, match=r"in use by another kg process.*waited 0\.2 s"):
        api.build([src], out=tmp_path, html=False, wait=0.2, on_wait=heard.append)
    assert heard and "waiting" in heard[0]
    threading.Timer(0.5, holder.close).start()
    report = api.build([src], out=tmp_path, html=False, wait=120)
    assert report.graphs_unchanged == report.briefs


def test_a_large_store_gets_dumps_on_request_and_an_overview_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "LARGE_STORE", 10)
    monkeypatch.setattr(api, "PAGE_OVERVIEW", 10)
    monkeypatch.setattr(kg.viz, "OVERVIEW_NODES", 40)
    src = _corpus(tmp_path, copies=1)
    report = api.build([src], out=tmp_path)
    assert not (tmp_path / "graph.trig").exists() and not (tmp_path / "graph.ttl").exists()
    assert any("kg export" in n for n in report.notes)
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="kz-data">(.*?)</script>', page, re.S)
    assert found
    data = json.loads(found.group(1))
    assert 0 < len(data["nodes"]) < data["total"] and "of" in data["title"]
    ids = [str(n["iri"]) for n in data["nodes"]]
    assert any("/entity/" in i for i in ids) and not any("/entity/local/" in i for i in ids)
    (tmp_path / ".kazkg-outputs").unlink()
    asked = api.build([src], out=tmp_path, dumps=True, html=False)
    assert [Path(f).name for f in asked.files] == ["graph.trig", "graph.ttl"]
    with api.open_store(tmp_path) as st:
        assert (tmp_path / "graph.trig").read_bytes() == st.dump("trig")


def test_outputs_are_rewritten_only_when_the_store_changed(tmp_path: Path) -> None:
    src = _corpus(tmp_path, copies=1)
    first = api.build([src], out=tmp_path)
    assert len(first.files) == 3
    again = api.build([src], out=tmp_path)
    assert again.files == () and any("current" in n for n in again.notes)
    (tmp_path / "graph.html").unlink()
    third = api.build([src], out=tmp_path)
    assert len(third.files) == 3 and (tmp_path / "graph.html").exists()


def test_streamed_dumps_are_the_bytes_of_the_sorted_dumps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.store

    api.build([SAMPLE], out=tmp_path, html=False)
    with api.open_store(tmp_path) as st:
        for fmt in ("trig", "turtle", "nquads", "ntriples", "jsonld"):
            st.dump_to(tmp_path / f"x.{fmt}", fmt)
            assert (tmp_path / f"x.{fmt}").read_bytes() == st.dump(fmt), fmt
        monkeypatch.setattr(kg.store, "SORTED_MAX", 10)
        st.dump_to(tmp_path / "big.ttl", "turtle")
        big = Graph().parse(tmp_path / "big.ttl", format="turtle")
        assert isomorphic(big, Graph().parse(data=st.dump("turtle"), format="turtle"))
    # the engine's order depends on the content alone, not on how it was loaded
    api.build([SAMPLE], out=tmp_path / "again", html=False, batch_size=3, dumps=False)
    with api.open_store(tmp_path / "again") as st:
        st.dump_to(tmp_path / "again.ttl", "turtle")
    assert (tmp_path / "again.ttl").read_bytes() == (tmp_path / "big.ttl").read_bytes()


def test_cli_build_shows_rate_and_takes_the_new_options(tmp_path: Path) -> None:
    src = _corpus(tmp_path, copies=1)
    args = ["build", str(src), "--out", str(tmp_path), "--jobs", "1", "--batch-size", "7"]
    result = CliRunner().invoke(cli, [*args, "--no-dumps", "--wait", "1"])
    assert result.exit_code == 0, result.output
    assert "Graphs: 20 added" in result.output
    assert not (tmp_path / "graph.trig").exists()
    bad = CliRunner().invoke(cli, [*args[:-2], "--batch-size", "0"])
    assert bad.exit_code == 2


def test_progress_counts_every_record_once(tmp_path: Path) -> None:
    src = _corpus(tmp_path, copies=1)
    seen: list[tuple[int, int]] = []
    api.build([src], out=tmp_path, html=False, batch_size=6, progress=lambda *p: seen.append(p))
    # 21 lines: 20 briefs and the navigation line at the end, which is skipped
    assert seen == [(0, 21), (6, 21), (12, 21), (18, 21), (21, 21)]


def test_a_query_waits_for_the_build_that_holds_the_store(tmp_path: Path) -> None:
    api.build([SAMPLE], out=tmp_path, html=False)
    holder = api.open_store(tmp_path)
    threading.Timer(0.5, holder.close).start()
    args = ["query", "--out", str(tmp_path), "--wait", "120", "SELECT * WHERE { ?b a kgo:Brief }"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "waiting" in result.output and "kgr:brief" in result.output


def test_stored_labels_come_as_a_graph_states_them_and_not_from_the_batch(
    tmp_path: Path,
) -> None:
    from rdflib import Literal

    from kg.rdf import entity_iri, graph_iri
    from kg.store import Store
    from kg.vocab import KGO, RDF, RDFS

    e = entity_iri("org/x")

    def named(bid: str, label: str, cls: str) -> tuple[object, list[tuple[object, ...]]]:
        return graph_iri(bid), [(e, RDFS.label, Literal(label, lang="kk")), (e, RDF.type, KGO[cls])]

    ex = {"b": Extraction(brief=Brief(id="b", text="Х"), mentions=(), events=())}
    with Store.open(str(tmp_path / "s"), create=True) as st:
        st.replace_graphs(dict([named("a", "Б", "Company"), named("b", "А", "NGO")]))  # type: ignore[list-item]
        # "А" with Company is in the union, but no graph states them together
        assert api._stored_entities(st, ["org/x"], [], replacing=False) == {"org/x": ("А", "NGO")}
        # the batch's own stored graph does not count when it is being replaced
        assert api._stored_entities(st, ["org/x"], list(ex.values()), replacing=True) == {
            "org/x": ("Б", "Company")
        }
        st.replace_graphs(dict([named("a", "Б", "NGO"), named("b", "Б", "NGO")]))  # type: ignore[list-item]
        assert api._stored_entities(st, ["org/x", "org/y"], [], replacing=False) == {
            "org/x": ("Б", "NGO")
        }


def test_the_index_kept_beside_the_store_gives_what_sparql_gives(
    tmp_path: Path,
) -> None:
    from kg.vocab import KGR, ROLE_PROPS

    roles = " ".join(f"<{p}>" for p in ROLE_PROPS)
    local = f"{KGR}entity/local/"

    def by_sparql(st: object) -> tuple[list[tuple[str, int]], int, int]:
        top = st.query(  # type: ignore[attr-defined]
            f"""SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE {{
              VALUES ?role {{ {roles} }} ?ev ?role ?e . FILTER(!STRSTARTS(STR(?e), "{local}"))
            }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 30"""
        ).rows
        counts = st.query(  # type: ignore[attr-defined]
            f"SELECT (COUNT(DISTINCT ?ev) AS ?a) (COUNT(DISTINCT ?e) AS ?b) WHERE {{"
            f" VALUES ?role {{ {roles} }} ?ev ?role ?e . }}"
        ).rows[0]
        return [(str(e), int(n)) for e, n in top], int(counts[0]), int(counts[1])

    src = _corpus(tmp_path, copies=2)
    api.build([src], out=tmp_path, html=False, batch_size=7)
    with api.open_store(tmp_path) as st:
        ranked = st.entity_ranking(30, local)
        assert ranked is not None and ranked[0] and ranked == by_sparql(st)
        hubs = [e for e, _ in ranked[0]]
        values = " ".join(f"<{e}>" for e in hubs)
        events = st.query(
            f"""SELECT ?ev (COUNT(DISTINCT ?e) AS ?n) WHERE {{
              VALUES ?e {{ {values} }} VALUES ?role {{ {roles} }} ?ev ?role ?e .
            }} GROUP BY ?ev ORDER BY DESC(?n) ?ev LIMIT 25"""
        ).rows
        assert st.event_ranking(hubs, 25) == [str(row[0]) for row in events]
    api.remove(["c0-01", "c1-02"], out=tmp_path, html=False)
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines()]
    rows[5]["text"] = rows[6]["text"]  # a brief replaced by another text
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert api.build([src], out=tmp_path, html=False).graphs_replaced == 1
    with api.open_store(tmp_path) as st:
        assert st.entity_ranking(30, local) == by_sparql(st)
        briefs = [Brief(id=r["id"], text="") for r in rows] + [Brief(id="nope", text="")]
        indexed = api._stored_digests(st, briefs)
        assert len(indexed) == st.brief_count() == 40 and "nope" not in indexed
        assert {src for _, src in indexed.values()} == {str(src)}
        assert st.brief_inputs(["https://w3id.org/kazkg/id/graph/c0-02"]) is not None
        st._digests.mark_index(False)  # type: ignore[attr-defined]
        assert st.entity_ranking(30, local) is None  # a stale table is never used
        assert st.brief_inputs(["x"]) is None
        assert api._stored_digests(st, briefs) == indexed  # what SPARQL finds


def test_the_overview_fetches_as_much_from_a_larger_store(tmp_path: Path) -> None:
    """A hub's briefs and its links to entities off the page grow with the store;
    what the overview reads must not."""
    from kg.store import QueryResult

    def fetched(copies: int) -> tuple[int, int]:
        out = tmp_path / str(copies)
        api.build([_corpus(tmp_path, copies=copies)], out=out, html=False, dumps=False)
        rows = [0]
        with api.open_store(out) as st:
            real = st.query

            def query(sparql: str, **kw: object) -> QueryResult:
                result = real(sparql, **kw)  # type: ignore[arg-type]
                rows[0] += len(result.rows) if sparql.startswith("CONSTRUCT") else 0
                return result

            st.query = query  # type: ignore[method-assign]
            page = kg.viz.overview(st, nodes=30)
        return rows[0], page.count('"iri"')

    small, large = fetched(2), fetched(12)
    assert small[1] > 20 and large[1] > 20
    assert large[0] < 1.25 * small[0], (small, large)


def test_a_build_counts_each_entity_once_whatever_its_batches(tmp_path: Path) -> None:
    src = _corpus(tmp_path, copies=2)
    whole = api.build([src], out=tmp_path / "a", html=False, dumps=False)
    batched = api.build([src], out=tmp_path / "b", html=False, dumps=False, batch_size=3)
    assert batched.entities == whole.entities and sum(whole.entities.values()) > 20
    mentioned = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kgo:mentionedIn ?b }"
    (row,) = api.query(mentioned, out=tmp_path / "a").rows
    assert sum(whole.entities.values()) == int(str(row[0]))


def test_a_build_rebuilds_an_index_left_out_of_date(tmp_path: Path) -> None:
    src = _corpus(tmp_path, copies=2)
    api.build([src], out=tmp_path, html=False, dumps=False, batch_size=7)

    def index() -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        with api.open_store(tmp_path) as st:
            db = st._digests._conn()  # type: ignore[attr-defined]
            roles = db.execute("SELECT * FROM roles ORDER BY 1, 2, 3").fetchall()
            inputs = db.execute("SELECT * FROM inputs ORDER BY 1").fetchall()
            return roles, inputs

    kept = index()
    assert len(kept[1]) == 40 and kept[0]
    with api.open_store(tmp_path) as st:
        st._digests.mark_index(False)  # type: ignore[attr-defined]  # as a killed run leaves it
        st._digests.clear_index()  # type: ignore[attr-defined]
        assert st.index_stale() and st.brief_inputs(["x"]) is None
    heard: list[str] = []
    report = api.build([src], out=tmp_path, html=False, dumps=False, on_note=heard.append)
    assert report.graphs_unchanged == 40 and any("Indexing the store once" in h for h in heard)
    assert index() == kept
    with api.open_store(tmp_path) as st:
        assert not st.index_stale()
    heard.clear()
    api.build([src], out=tmp_path, html=False, dumps=False, on_note=heard.append)
    assert heard == []
