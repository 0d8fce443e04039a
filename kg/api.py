"""The Python API: everything the `kg` command does, as functions.

    >>> from kg import api
    >>> report = api.build(["data/briefs/seed.txt"], out="output")
    >>> api.query("SELECT (COUNT(*) AS ?n) WHERE { ?e a kgo:Strike }", out="output").rows

Each function takes the build folder (`out`, default ``output``) and, where it
reads or writes the store, an optional `store` location (a folder, or the URL of
a SPARQL 1.1 server); the default store is ``<out>/store``.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from rdflib import Dataset, Literal

from kg.errors import InputError, KazkgError, ModelError, QueryError, StoreError
from kg.extract import extract
from kg.inputs import Notice, SeenIds, Skip, count_records, read_briefs
from kg.model import Brief, Extraction
from kg.rdf import brief_iri, entity_iri, graph_iri, graphs, input_digest
from kg.resolve import Resolution, StoredEvent, resolve
from kg.scratch import EntityTally
from kg.vocab import DCTERMS, KGO, PREFIXES, PROV, RDFS, SCHEMA

if TYPE_CHECKING:
    from kg import ner
    from kg.query import SavedQuery
    from kg.results import QueryResult
    from kg.store import Store
    from kg.validate import ValidationReport

__all__ = [
    "BATCH_SIZE",
    "LARGE_STORE",
    "PAGE_OVERVIEW",
    "BuildReport",
    "Skip",
    "Stats",
    "build",
    "export",
    "extract_briefs",
    "format_report",
    "load_dataset",
    "open_store",
    "query",
    "remove",
    "saved_queries",
    "stats",
    "store_location",
    "tag_conll",
    "tag_file",
    "tag_text",
    "validate",
    "viz",
    "with_prefixes",
    "write_atomic",
]

Progress = Callable[[int, int], None]

#: Briefs read, extracted, resolved and stored together, in one store transaction.
BATCH_SIZE = 500
#: A store of more briefs than this gets its dumps (graph.trig, graph.ttl) only when asked.
LARGE_STORE = 10_000
#: A store of more briefs than this gets an overview page: a page of every node
#: would take minutes to lay out and be unreadable.
PAGE_OVERVIEW = 1_000
#: Briefs written between two releases of the store engine's caches (see
#: `Store.release_memory`): memory stays flat however long the build.
RELEASE_EVERY = 2_500
#: In the build folder while its outputs show the store as it is; a build that
#: changes the store removes it first, so an interrupted run never leaves it.
_CURRENT = ".kazkg-outputs"


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build read, skipped and wrote."""

    briefs: int
    skipped: tuple[Skip, ...]
    entities: dict[str, int]
    events: dict[str, int]
    triples: int
    graphs_added: int = 0
    graphs_replaced: int = 0
    graphs_unchanged: int = 0
    files: tuple[str, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())
    #: Distinct triples in the whole store after the build (what `kg validate` counts);
    #: `triples` counts the run's brief graphs, a triple once per brief that states it.
    store_triples: int = 0
    notes: tuple[str, ...] = field(default=())


def store_location(out: str | Path, store: str | None = None) -> str:
    return store if store else str(Path(out) / "store")


def open_store(
    out: str | Path = "output",
    store: str | None = None,
    *,
    create: bool = False,
    wait: float = 0.0,
    on_wait: Callable[[str], None] | None = None,
) -> Store:
    """Open the store of a build; with create=False a missing store is an error.
    A store that another kg process holds is waited for, up to `wait` seconds
    (`on_wait` hears once that it waits)."""
    from kg.store import Store

    location = store_location(out, store)
    is_url = location.startswith(("http://", "https://"))
    here = Path(out)
    if not store and (here.is_file() or (not here.exists() and _looks_like_file(out))):
        raise StoreError(
            f"--out {out!s} names a file, but --out is the build folder (default output/); "
            f"to write a file, use -o {out!s}"
        )
    if not create and not is_url and not Path(location).exists():
        raise StoreError(f"no build in {out!s}: run `kg build INPUT --out {out!s}` first")
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            return Store.open(location, create=create)
        except StoreError as exc:
            if "in use by another" not in str(exc) or time.monotonic() >= deadline:
                if told or wait > 0:
                    raise StoreError(f"{exc} (waited {wait:g} s; --wait sets how long)") from exc
                raise
            if on_wait and not told:
                on_wait(f"The store {location} is in use by another kg process; waiting")
            told = True
            time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))


_FILE_SUFFIXES = {".ttl", ".trig", ".nq", ".nt", ".jsonld", ".json", ".csv", ".graphml", ".html"}


def _looks_like_file(out: str | Path) -> bool:
    return Path(out).suffix.lower() in _FILE_SUFFIXES


def write_atomic(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a killed run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def extract_briefs(
    briefs: Iterable[Brief],
    *,
    progress: Progress | None = None,
    on_skip: Callable[[Skip], None] | None = None,
) -> list[Extraction]:
    """The extraction of each brief; a brief whose extraction fails is left out
    and reported to `on_skip`, so that one brief never costs the run."""
    items = list(briefs)
    out = []
    for n, b in enumerate(items, start=1):
        try:
            out.append(extract(b))
        except Exception as exc:
            if on_skip:
                why = f"{type(exc).__name__}: {exc}"[:200]
                on_skip(
                    Skip(b.source, b.line, f"extraction failed ({why}); please report it", b.id)
                )
        if progress:
            progress(n, len(items))
    return out


def _batches(
    items: Iterable[Brief | Skip | Notice],
    size: int,
    skipped: list[Skip],
    on_skip: Callable[[Skip], None] | None,
    warn: Callable[[str], None],
    records: list[int],
) -> Iterator[list[Brief]]:
    """Briefs in lists of `size`; skips and notices are told as they come, and
    `records[0]` counts the records read (briefs and skipped lines)."""
    batch: list[Brief] = []
    for item in items:
        if not isinstance(item, Notice):
            records[0] += 1
        if isinstance(item, Skip):
            skipped.append(item)
            if on_skip:
                on_skip(item)
            continue
        if isinstance(item, Notice):
            warn(str(item))
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _todo(st: Store, briefs: Sequence[Brief]) -> tuple[list[Brief], bool, Counter[str]]:
    """The briefs whose input the store does not hold as it is, whether one of
    them is stored with another input (and so is being replaced), and how many
    of the briefs are stored from each source file."""
    have = _stored_digests(st, briefs)
    todo = [b for b in briefs if b.id not in have or have[b.id][0] != input_digest(b)]
    sources = Counter(src for _, src in have.values() if src is not None)
    return todo, any(b.id in have for b in todo), sources


def _stored_digests(st: Store, briefs: Sequence[Brief]) -> dict[str, tuple[str, str | None]]:
    """Input digest and source of each of these briefs that the store holds, by id."""
    ids = {str(graph_iri(b.id)): b.id for b in briefs}
    indexed = st.brief_inputs(sorted(ids))
    if indexed is not None:
        return {ids[g]: found for g, found in indexed.items()}
    values = " ".join(f"(<{g}> <{brief_iri(ids[g])}>)" for g in sorted(ids))
    rows = st.query(
        f"""SELECT ?g ?d ?src WHERE {{
          VALUES (?g ?b) {{ {values} }} ?g <{KGO.inputDigest}> ?d .
          OPTIONAL {{ ?b <{DCTERMS.source}> ?src }}
        }}"""
    ).rows
    return {ids[str(g)]: (str(d), None if src is None else str(src)) for g, d, src in rows}


def build(
    inputs: Iterable[str | Path],
    *,
    out: str | Path = "output",
    store: str | None = None,
    html: bool = True,
    dumps: bool | None = None,
    batch_size: int = BATCH_SIZE,
    jobs: int = 1,
    dask: str | None = None,
    wait: float = 0.0,
    on_skip: Callable[[Skip], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    fresh: bool = False,
    published: str | None = None,
) -> BuildReport:
    """Read briefs, extract, resolve, and add their named graphs to the store;
    then write ``graph.trig``, ``graph.ttl`` and ``graph.html`` into `out`.
    With `fresh`, every brief stored before is removed first. `published`
    (YYYY-MM-DD) is the publication date of plain-text briefs, which otherwise
    take a date in their file's name (`2021-01-15.txt`); it dates the
    year-less dates of their text (29 қаңтарда -> 2021-01-29).

    Every input is opened and its records counted before anything is written,
    so a file that cannot be read stops the run with the store as it was. Then
    briefs go through in batches of `batch_size`, each stored in one
    transaction: an interrupted run keeps every batch it finished, and a brief
    whose input digest the store already holds is not extracted again; the
    workers extract a batch while this process stores the one before. Extraction
    runs on `jobs` processes, or on the Dask scheduler at `dask` (``local``: a
    local cluster of `jobs` workers); the graph is the same either way. `wait` is
    how many seconds to wait for a store that another build holds. A store of
    more than `LARGE_STORE` briefs gets its dumps only when `dumps` is True, and
    one of more than `PAGE_OVERVIEW` an overview page. A brief whose id is stored
    with another text, and stored briefs of an input file that no longer has
    them, are reported as warnings. `on_note` hears of a long step that is not
    the briefs' (the store's index rebuilt once when out of date).
    """
    from kg.parallel import Extractor, Pending

    if batch_size < 1:
        raise KazkgError(f"the batch size must be 1 or more, not {batch_size}")
    out = Path(out)
    paths = [str(p) for p in inputs]
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    total = count_records(paths, published=published, stdin=stdin)
    skipped: list[Skip] = []
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        if on_warning:
            on_warning(message)

    failures = 0

    def failed(brief: Brief, why: str) -> None:
        nonlocal failures
        failures += 1
        item = Skip(
            brief.source, brief.line, f"extraction failed ({why}); please report it", brief.id
        )
        skipped.append(item)
        if on_skip:
            on_skip(item)

    ev_counts: Counter[str] = Counter()
    added = replaced = unchanged = triples = read = stored = 0
    out.mkdir(parents=True, exist_ok=True)
    current = out / _CURRENT
    with (
        open_store(out, store, create=True, wait=wait, on_wait=on_wait) as st,
        Extractor(jobs=jobs, dask=dask) as extractor,
        SeenIds() as seen,
        EntityTally() as met_entities,
    ):
        sources = sorted({str(Path(p)) for p in paths if p != "-"})
        if fresh:
            current.unlink(missing_ok=True)
            st.remove_graphs(st.graph_names())
        if st.index_stale():
            if on_note:
                on_note(
                    "Indexing the store once: the index kept beside it is out of date "
                    "(a run was interrupted, or an older version made the store)"
                )
            st.repair_index()
        # Briefs of these files that the store holds and the run does not read are
        # ones the files lost: each file's stored briefs are counted before the
        # run, and those the run reads as it reads them.
        held = Counter[str]() if fresh else _stored_per_source(st, sources)
        met = Counter[str]()
        if progress:
            progress(0, total)
        items = read_briefs(paths, published=published, stdin=stdin, seen=seen)

        def store_batch(
            batch: list[Brief], todo: list[Brief], replacing: bool, started: Pending, upto: int
        ) -> None:
            nonlocal added, replaced, unchanged, triples, read, stored
            unchanged += len(batch) - len(todo)
            stored += len(todo)
            if todo:
                for w in _replaced_texts(st, todo):
                    warn(w)
                extractions = started.extractions(failed)
                res = _resolve_batch(st, extractions, replacing=replacing)
                named = graphs(extractions, res)
                current.unlink(missing_ok=True)
                stats = st.replace_graphs(dict(named))
                added += stats.added
                replaced += stats.replaced
                unchanged += stats.unchanged
                triples += sum(len(t) for _, t in named)
                keys = {res.key(ex.brief.id, m) for ex in extractions for m in ex.mentions}
                met_entities.add(sorted((k, res.entities[k].cls) for k in keys))
                ev_counts.update(e.cls for ex in extractions for e in ex.events)
            read += len(batch)
            if stored // RELEASE_EVERY != (stored - len(todo)) // RELEASE_EVERY:
                st.release_memory()
            if progress:
                progress(min(upto, total), total)
                reported[0] = min(upto, total)

        # The workers extract a batch while this process stores the one before. A
        # run never reads an id twice (the reader skips repeats), so what one batch
        # stores cannot change which briefs of the next are unchanged.
        before: tuple[list[Brief], list[Brief], bool, Pending, int] | None = None
        records, reported = [0], [0]
        for batch in _batches(items, batch_size, skipped, on_skip, warn, records):
            todo, replacing, stored_from = _todo(st, batch)
            met.update(stored_from)
            started = extractor.submit(todo)
            if before is not None:
                store_batch(*before)
            before = (batch, todo, replacing, started, records[0])
        if before is not None:
            store_batch(*before)
        if progress and records[0] != reported[0]:
            progress(records[0], max(total, records[0]))  # skipped lines after the last brief
        for w in _left_behind(st, seen, held - met):
            warn(w)
        if stored > RELEASE_EVERY:
            st.release_memory()
        files, notes = _write_outputs(st, out, html=html, dumps=dumps)
        if files:
            current.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        distinct = _distinct_triples(st)
        entity_counts = met_entities.counts()
    return BuildReport(
        briefs=read - failures,
        skipped=tuple(skipped),
        entities=entity_counts,
        events=dict(sorted(ev_counts.items())),
        triples=triples,
        graphs_added=added,
        graphs_replaced=replaced,
        graphs_unchanged=unchanged,
        files=tuple(str(f) for f in files),
        warnings=tuple(warnings),
        store_triples=distinct,
        notes=tuple(notes),
    )


def _distinct_triples(st: Store) -> int:
    (row,) = st.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    return int(str(row[0]))


def _replaced_texts(st: Store, briefs: Sequence[Brief]) -> list[str]:
    """Warnings for stored briefs with one of these ids but another text."""
    by_id = {b.id: b for b in briefs}
    found: dict[str, tuple[str, str]] = {}
    ids = sorted(by_id)
    for i in range(0, len(ids), 500):
        values = " ".join(_string(x) for x in ids[i : i + 500])
        rows = st.query(
            f"""SELECT ?id ?text ?src WHERE {{
              VALUES ?id {{ {values} }}
              ?b a <{KGO.Brief}> ; <{DCTERMS.identifier}> ?id ; <{SCHEMA.text}> ?text .
              OPTIONAL {{ ?b <{DCTERMS.source}> ?src }}
            }}"""
        ).rows
        for row_id, row_text, row_src in rows:
            found[str(row_id)] = (str(row_text), "" if row_src is None else str(row_src))
    out = []
    for key, (text, origin) in sorted(found.items()):
        brief = by_id[key]
        if text != brief.text:
            where = f" from {origin}" if origin else ""
            out.append(
                f"{brief.source}:{brief.line} (brief {key}): replaces the stored brief{where}, "
                "which has the same id and a different text"
            )
    return out


def _stored_per_source(st: Store, sources: Sequence[str]) -> Counter[str]:
    """How many briefs the store holds from each of these source files."""
    if not sources:
        return Counter()
    values = " ".join(_string(s) for s in sources)
    rows = st.query(
        f"""SELECT ?src (COUNT(?b) AS ?n) WHERE {{
          VALUES ?src {{ {values} }} ?b <{DCTERMS.source}> ?src
        }} GROUP BY ?src"""
    ).rows
    return Counter({str(src): int(str(n)) for src, n in rows})


_PAGE = 1000


def _left_behind(st: Store, seen: Container[str], lost: Mapping[str, int]) -> list[str]:
    """Warnings for the stored briefs of each source file that the run did not
    read (`lost`: how many, by file; `seen`: the ids the run read). Only the
    first five ids of a file are named, so they are read a page at a time."""
    out = []
    for path, count in sorted(lost.items()):
        gone: list[str] = []
        last = ""
        while len(gone) < 5:
            page = st.query(
                f"""SELECT ?id WHERE {{
                  ?b <{DCTERMS.source}> {_string(path)} ; <{DCTERMS.identifier}> ?id .
                  FILTER(?id > {_string(last)})
                }} ORDER BY ?id LIMIT {_PAGE}"""
            ).rows
            if not page:
                break
            last = str(page[-1][0])
            gone.extend(str(i) for (i,) in page if str(i) not in seen)
        named = ", ".join(gone[:5]) + (", ..." if count > 5 else "")
        out.append(
            f"{path}: {count} stored brief(s) from this file are not in it any more ({named}); "
            "`kg remove ID...` removes them, `kg build --fresh` starts the store over"
        )
    return out


def _string(text: str) -> str:
    """A SPARQL string literal, escaped by rdflib (ids and paths are the only text
    this module writes into a query)."""
    return Literal(text).n3()


def remove(
    ids: Iterable[str], *, out: str | Path = "output", store: str | None = None, html: bool = True
) -> tuple[str, ...]:
    """Remove briefs (and everything extracted from them) by id, then rewrite the
    build's files; an id not in the store is an error and nothing is removed.
    Returns the files written."""
    wanted = list(dict.fromkeys(ids))
    out = Path(out)
    with open_store(out, store) as st:
        names = st.graph_names()
        missing = [i for i in wanted if graph_iri(i) not in names]
        if missing:
            raise StoreError(
                f"no brief {', '.join(missing)} in the store "
                "(`kg query --name entities` or graph.trig show the ids)"
            )
        (out / _CURRENT).unlink(missing_ok=True)
        st.remove_graphs(graph_iri(i) for i in wanted)
        files, _ = _write_outputs(st, out, html=html, dumps=None)
        if files:
            (out / _CURRENT).write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
        return tuple(str(f) for f in files)


def _resolve_batch(
    st: Store, extractions: Sequence[Extraction], *, replacing: bool = True
) -> Resolution:
    """Resolve a batch against what the store holds from other briefs; `replacing`:
    whether some of the batch's briefs are stored already."""
    return resolve(
        extractions,
        known=lambda keys: _stored_entities(st, keys, extractions, replacing=replacing),
        stored_events=lambda keys, places: _stored_events(st, keys, places, extractions),
    )


def _up_to_date(out: Path, files: Sequence[Path]) -> bool:
    """Whether the last build wrote these files and nothing changed the store since."""
    try:
        written = set((out / _CURRENT).read_text(encoding="utf-8").split("\n"))
    except OSError:
        return False
    return all(str(f) in written and f.exists() for f in files)


def _write_outputs(
    st: Store, out: Path, *, html: bool, dumps: bool | None
) -> tuple[list[Path], list[str]]:
    """The dumps and the page of the whole store; a large store gets its dumps
    only when asked, and an overview page."""
    size = st.brief_count()
    large = size > LARGE_STORE
    files: list[Path] = []
    notes: list[str] = []
    wanted = []
    if dumps or (dumps is None and not large):
        wanted += [out / "graph.trig", out / "graph.ttl"]
    if html:
        wanted.append(out / "graph.html")
    if _up_to_date(out, wanted):
        names = ", ".join(f.name for f in wanted)
        return [], [f"Nothing changed in the store: {names} in {out} are current."]
    if dumps or (dumps is None and not large):
        for name, fmt in (("graph.trig", "trig"), ("graph.ttl", "turtle")):
            st.dump_to(out / name, fmt)
            files.append(out / name)
    elif dumps is None:
        notes.append(
            f"The store holds {size:,} briefs (over {LARGE_STORE:,}): graph.trig and graph.ttl "
            "were not written; `kg export --format trig -o FILE` writes them, "
            "or `kg build --dumps`."
        )
    if html:
        from kg import viz

        page = out / "graph.html"
        if size > PAGE_OVERVIEW:
            viz.write_html(page, viz.overview(st, nodes=viz.OVERVIEW_NODES, title="kazkg"))
            notes.append(
                f"graph.html is an overview of the {viz.OVERVIEW_NODES} best-connected nodes; "
                "`kg viz --query FILE` or `kg viz --limit N` draws a part of the graph."
            )
        else:
            viz.write_html(page, viz.render(st.dataset(), title="kazkg"))
        files.append(page)
    return files, notes


def _stored_events(
    st: Store, wanted: Mapping[str, str], places: Collection[str], extractions: Sequence[Extraction]
) -> list[StoredEvent]:
    """Canonical events of briefs outside the run under one of these story keys
    (key -> actor key). Only canonical, asserted reports carry a key, so the lookup
    costs what it finds, however large the store; the run's own briefs are left
    out here rather than in the query, which then stays the size of the key list."""
    iris = {str(entity_iri(k)): k for k in places}
    values = " ".join(_string(k) for k in sorted(wanted))
    own = {ex.brief.id for ex in extractions}
    result = st.query(
        f"""SELECT ?ev ?key ?brief ?cls ?date ?place WHERE {{
          VALUES ?key {{ {values} }}
          ?ev <{KGO.sameEventKey}> ?key ; a ?cls ;
              <{PROV.wasDerivedFrom}>/<{DCTERMS.identifier}> ?brief .
          FILTER(STRSTARTS(STR(?cls), "{KGO}"))
          OPTIONAL {{ ?ev <{KGO.date}> ?date }}
          OPTIONAL {{ ?ev <{KGO.place}> ?place }}
        }}"""
    )
    about: dict[str, tuple[str, str, str | None]] = {}
    who: dict[str, set[str]] = defaultdict(set)
    where: dict[str, set[str]] = defaultdict(set)
    for ev, key, brief, cls, date, place in result.rows:
        if str(brief) in own:
            continue
        iri = str(ev)
        about[iri] = (str(brief), str(cls).rsplit("#", 1)[-1], None if date is None else str(date))
        who[iri].add(wanted[str(key)])
        if place is not None:
            where[iri].add(iris.get(str(place), str(place)))
    return [
        StoredEvent(iri, brief, cls, frozenset(who[iri]), frozenset(where[iri]), date)
        for iri, (brief, cls, date) in sorted(about.items())
    ]


def _stored_entities(
    st: Store, keys: Collection[str], extractions: Sequence[Extraction], *, replacing: bool = True
) -> dict[str, tuple[str, str]]:
    """Label and class that other briefs already stored for these entity keys.

    Every graph that names an entity states its label and class together, so an
    entity with one label and one class in the union has them from some graph;
    only the others, and every entity when the batch replaces stored briefs (whose
    old graphs must not count), ask which graph outside the batch states which."""
    iris = {str(entity_iri(k)): k for k in keys}
    if not iris:
        return {}
    values = " ".join(f"<{iri}>" for iri in sorted(iris))
    rows = st.query(
        f"""SELECT ?e ?label ?cls WHERE {{
          VALUES ?e {{ {values} }} ?e <{RDFS.label}> ?label ; a ?cls .
        }} ORDER BY ?e ?label ?cls"""
    ).rows
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e, label, cls in rows:
        pairs[str(e)].append((str(label), str(cls)))
    unsure = sorted(e for e, found in pairs.items() if replacing or len(found) > 1)
    if unsure:
        values = " ".join(f"<{iri}>" for iri in unsure)
        own = ", ".join(f"<{graph_iri(ex.brief.id)}>" for ex in extractions)
        outside = f"FILTER(?g NOT IN ({own}))" if own else ""
        result = st.query(
            f"""SELECT ?e ?label ?cls WHERE {{
              VALUES ?e {{ {values} }}
              ?e <{RDFS.label}> ?label ; a ?cls .
              FILTER EXISTS {{
                GRAPH ?g {{ ?e <{RDFS.label}> ?label ; a ?cls }} {outside}
              }}
            }} ORDER BY ?e ?label ?cls"""
        )
        for iri in unsure:
            del pairs[iri]
        for node, label, cls in result.rows:
            pairs[str(node)].append((str(label), str(cls)))
    return {
        iris[e]: (found[0][0], found[0][1].rsplit("#", 1)[-1])
        for e, found in sorted(pairs.items())
        if found
    }


def format_report(report: BuildReport) -> str:
    """The summary `kg build` prints."""
    lines = [
        f"Briefs: {report.briefs} read, {len(report.skipped)} skipped",
        f"Graphs: {report.graphs_added} added, {report.graphs_replaced} replaced, "
        f"{report.graphs_unchanged} unchanged",
        "Entities: " + (", ".join(f"{k} {v}" for k, v in report.entities.items()) or "none"),
        "Events: " + (", ".join(f"{k} {v}" for k, v in report.events.items()) or "none"),
        f"Triples: {report.store_triples} distinct in the store ({report.triples} in this "
        "run's brief graphs, once per brief that states one)",
    ]
    lines += [f"Wrote {f}" for f in report.files]
    lines += list(report.notes)
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Stats:
    """What a build holds (`kg stats`)."""

    briefs: int
    events: dict[str, int]
    months: dict[str, int]
    entities: dict[str, int]
    triples: int
    store_bytes: int | None


_STATS_EVENTS = f"""SELECT ?cls (COUNT(DISTINCT ?e) AS ?n) WHERE {{
  ?e <{KGO.trigger}> ?t ; a ?c .
  FILTER(STRSTARTS(STR(?c), "{KGO}")) BIND(STRAFTER(STR(?c), "#") AS ?cls)
}} GROUP BY ?cls ORDER BY ?cls"""
_STATS_MONTHS = f"""SELECT ?month (COUNT(DISTINCT ?e) AS ?n) WHERE {{
  ?e <{KGO.trigger}> ?t .
  OPTIONAL {{ ?e <{KGO.date}> ?d }}
  BIND(IF(!BOUND(?d), "undated", IF(STRSTARTS(STR(?d), "--"), SUBSTR(STR(?d), 1, 4),
       SUBSTR(STR(?d), 1, 7))) AS ?month)
}} GROUP BY ?month ORDER BY ?month"""
_STATS_ENTITIES = f"""SELECT ?cls (COUNT(DISTINCT ?e) AS ?n) WHERE {{
  ?e <{KGO.mentionedIn}> ?b ; a ?c .
  FILTER(STRSTARTS(STR(?c), "{KGO}")) BIND(STRAFTER(STR(?c), "#") AS ?cls)
}} GROUP BY ?cls ORDER BY ?cls"""


def stats(*, out: str | Path = "output", store: str | None = None) -> Stats:
    """Briefs, events by class and by month (`--MM` for dates without a year),
    entities by class, distinct triples and the store's size on disk."""

    def counts(st: Store, sparql: str) -> dict[str, int]:
        return {str(k): int(str(n)) for k, n in st.query(sparql).rows}

    with open_store(out, store) as st:
        (row,) = st.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?b a <{KGO.Brief}> }}").rows
        months = counts(st, _STATS_MONTHS)
        undated = months.pop("undated", None)
        ordered = sorted(months, key=lambda m: (m.startswith("--"), m))
        return Stats(
            briefs=int(str(row[0])),
            events=counts(st, _STATS_EVENTS),
            months={m: months[m] for m in ordered} | ({"undated": undated} if undated else {}),
            entities=counts(st, _STATS_ENTITIES),
            triples=_distinct_triples(st),
            store_bytes=_folder_bytes(Path(store_location(out, store))),
        )


def _folder_bytes(path: Path) -> int | None:
    if not path.is_dir():
        return None  # a SPARQL server
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def load_dataset(out: str | Path = "output", store: str | None = None) -> Dataset:
    """The whole build as an rdflib Dataset (for small graphs: viz, tests)."""
    with open_store(out, store) as st:
        ds: Dataset = st.dataset()
        return ds


def saved_queries() -> list[SavedQuery]:
    """The library of saved queries (kg/queries/*.rq), by name."""
    from kg.query import list_queries

    return list_queries()


def query(
    sparql: str | None = None,
    *,
    name: str | None = None,
    file: str | Path | None = None,
    params: Mapping[str, str] | None = None,
    out: str | Path = "output",
    store: str | None = None,
    wait: float = 0.0,
    on_wait: Callable[[str], None] | None = None,
    allow_service: bool = False,
) -> QueryResult:
    """Run SPARQL text, a query file or a saved query (exactly one of them);
    `params` are bound as variables, never pasted into the query. A store that a
    build holds is waited for up to `wait` seconds. A federated query (SERVICE)
    is refused unless `allow_service`."""
    from kg.query import load_query, run

    given = [x for x in (sparql, file, name) if x]
    if len(given) != 1:
        raise QueryError("give exactly one of: SPARQL text, a query file or a saved query name")
    text: str | SavedQuery
    if name:
        text = load_query(name)
    elif file:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read {file}: {exc}") from exc
    else:
        text = str(sparql)
    added = 0
    if isinstance(text, str):
        _refuse_update(text)
        full = with_prefixes(text)
        added = full.count("\n") - text.count("\n")
        text = full
    with open_store(out, store, wait=wait, on_wait=on_wait) as st:
        try:
            return run(st, text, params=params, allow_service=allow_service)
        except QueryError as exc:
            message = _shift_position(str(exc), added) if added else str(exc)
            if "..=" in message:  # the parser lists every Unicode range a name may hold
                message = re.sub(r"expected one of .*", "unexpected character", message, flags=re.S)
            slash = re.search(
                r"(?<![\w<\\])((?:kgr|kgo):[^\s/{}()<>,;]*/[^\s{}()<>,;]*)",
                text.text if not isinstance(text, str) else text,
            )
            if slash and "malformed" in message:
                escaped = slash[1].replace("/", "\\/")
                message += f" (a prefixed name cannot hold a bare /: write {escaped})"
            raise QueryError(message) from exc


_UPDATE_WORDS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
}


def _refuse_update(sparql: str) -> None:
    """A SPARQL update gets a clear error: the store changes only through builds."""
    from kg.store import first_keyword

    word = first_keyword(sparql)
    if word is not None and word.upper() in _UPDATE_WORDS:
        raise QueryError(
            f"{word.upper()} is a SPARQL update; `kg query` only reads. The store is built "
            "from briefs: change it with `kg build` (add or replace briefs) and `kg remove ID...`"
        )


def _shift_position(message: str, lines: int) -> str:
    """A parser's `at LINE:COL` counted in the user's text, without the prefix lines
    `with_prefixes` put before it."""

    def shift(m: re.Match[str]) -> str:
        line = int(m[2]) - lines
        return m[0] if line < 1 else f"{m[1]}{line}:{m[3]}"

    return re.sub(r"(\bat (?:line )?)(\d+):(\d+)", shift, message)


def with_prefixes(sparql: str) -> str:
    """The query with the project's prefixes (kgo:, kgr:, rdfs:, ...) declared,
    except those it declares itself, so that ad-hoc queries can use them."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)}
    head = "".join(
        f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items() if name not in declared
    )
    return head + sparql


def export(
    fmt: str = "turtle",
    *,
    out: str | Path = "output",
    store: str | None = None,
    dest: str | Path | IO[bytes] | None = None,
) -> bytes:
    """The whole graph in `fmt` (turtle, trig, nquads, ntriples, jsonld, acled,
    graphml), written to `dest` when given; the same graph gives the same bytes.
    RDF written to a path streams from the store and returns b"" instead."""
    from kg.export import export as _export

    with open_store(out, store) as st:
        return _export(st, fmt, dest)


def validate(*, out: str | Path = "output", store: str | None = None) -> ValidationReport:
    """Check the build against the contract's SHACL shapes."""
    from kg.validate import validate as _validate

    with open_store(out, store) as st:
        return _validate(st)


def viz(
    *,
    out: str | Path = "output",
    store: str | None = None,
    output: str | Path | IO[bytes] | None = None,
    query_file: str | Path | None = None,
    limit: int | None = None,
    entity_only: bool = False,
    title: str = "kazkg",
) -> tuple[Path, int]:
    """Write the HTML view of the build (or of a query's result) to a path or a
    binary stream; returns the page's path (`-` for a stream) and size in bytes."""
    from kg.viz import render, write_html

    sparql = Path(query_file).read_text(encoding="utf-8") if query_file else None
    page = render(
        load_dataset(out, store), query=sparql, entity_only=entity_only, limit=limit, title=title
    )
    data = page.encode()
    if output is not None and not isinstance(output, str | Path):
        output.write(data)
        output.flush()
        return Path("-"), len(data)
    target = Path(output) if output else Path(out) / "graph.html"
    write_html(target, page)
    return target, len(data)


def tag_text(text: str) -> list[list[tuple[str, str]]]:
    """Named-entity tags (KazNERD's 25 classes, IOB2) of a text: a list of
    (token, label) pairs per sentence."""
    from kg import ner
    from kg.text import normalise, sentences

    out = []
    for sent in sentences(normalise(text)):
        tokens = [t.text for t in sent.tokens]
        out.append(list(zip(tokens, ner.tag(tokens), strict=True)))
    return out


def tag_file(
    path: str | Path, *, on_skip: Callable[[Skip], None] | None = None
) -> list[list[tuple[str, str]]]:
    """Named-entity tags of a file: plain text as a whole, or the `text` field of
    each record of a JSONL or CSV file (records that are not briefs go to `on_skip`)."""
    from kg.inputs import FORMATS

    path = Path(path)
    if FORMATS.get(path.suffix.lower()) not in ("jsonl", "csv"):
        try:
            return tag_text(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError("not UTF-8 text", path=str(path)) from exc
    out: list[list[tuple[str, str]]] = []
    for item in read_briefs([path]):
        if isinstance(item, Brief):
            out.extend(tag_text(item.text))
        elif isinstance(item, Skip) and on_skip:
            on_skip(item)
    return out


def tag_conll(
    path: str | Path, dest: IO[str], *, evaluate: bool = False
) -> dict[str, ner.Score] | None:
    """Tag a CoNLL file (first column the token; sentence-id lines kept) into
    `dest`; when every sentence has gold labels, return the strict IOB2 scores.
    With evaluate=True a sentence without gold labels is an error."""
    from kg import ner

    golds: list[list[str]] = []
    preds: list[list[str]] = []
    complete = True
    for sentence in ner.read_conll(path):
        labels = ner.tag(sentence.tokens)
        dest.write(ner.format_conll(sentence, labels))
        if sentence.labels is None:
            complete = False
            if evaluate:
                raise ModelError(f"{path}:{sentence.line}: a sentence has no gold labels")
            continue
        golds.append(list(sentence.labels))
        preds.append(labels)
    return ner.evaluate(golds, preds) if golds and complete else None
