"""The graph store: one named graph per brief, kept on disk or on a SPARQL server.

`Store.open(folder)` opens (or creates) an embedded Oxigraph store (RocksDB);
`Store.open("http://...")` talks to a SPARQL 1.1 server through the query,
update and Graph Store protocols. Both offer the same operations.

Queries see the union of all named graphs as their default graph, with each
triple once however many briefs state it. (Oxigraph's built-in union repeats a
triple once per graph holding it, which multiplies every join on shared entity
facts; so the store keeps the real union in the default graph, updated in the
same transaction as the named graphs.) `GRAPH ?g { ... }` reaches the briefs'
graphs. Parameters are bound as variables: pyoxigraph substitutions where the
query projects the variable, else a VALUES block written from escaped terms. A
plain trailing ORDER BY on projected variables is applied here, after the query
(see `split_order`).

Writes are incremental and safe:

* `replace_graphs` skips a graph whose content digest (kept beside the store)
  matches, or whose content is equal; the same input twice writes nothing.
* Embedded: the changed graphs are rewritten by one SPARQL update that
  deletes the quads that went away and inserts the new ones, union included,
  in one transaction. New graphs go in with transactional `extend` calls of
  whole graphs. A large batch of only new graphs takes the fast `bulk_extend`
  path under a journal: if the process dies, the next `open` removes exactly
  the graphs that batch was writing and rebuilds the union, so the store is
  as it was before the run. Digests of graphs being written are dropped
  before writing, so a crash never leaves a digest vouching for old content.
* Server: each graph that differs is sent with one Graph Store `PUT`, which the
  server applies atomically; a killed run leaves every graph old or new, and
  running it again completes it. The union copy is marked stale before the
  first write and rebuilt, mark dropped, after the last; a query that finds
  the mark (the server or the run died in between) rebuilds it first.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.results import QueryResult, Row
from kg.vocab import DCTERMS, KGO, PREFIXES, ROLE_PROPS, XSD

__all__ = ["DUMP_FORMATS", "QueryResult", "ReplaceStats", "Store", "Triple", "check_service"]

Triple = tuple[Node, Node, Node]
Progress = Callable[[int], None]

#: Formats `Store.dump` writes; `turtle` and `ntriples` hold the union of all named graphs.
DUMP_FORMATS = ("trig", "turtle", "nquads", "ntriples", "jsonld")

_JOURNAL = "kazkg-journal.json"
_DIGESTS = "kazkg-digests.sqlite"
_BULK_MIN = 10_000  # quads; below this a transactional extend is as fast
_BATCH = 100_000  # quads per transaction when extending
_XSD_STRING = str(XSD.string)
_BRIEF = str(KGO.Brief)
#: Above this many union triples a streamed Turtle or N-Triples dump is not sorted.
SORTED_MAX = 100_000
_RDF_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True, slots=True)
class ReplaceStats:
    """What one `replace_graphs` call did: graphs added, replaced and left
    unchanged, and quads inserted and deleted."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    inserted: int = 0
    deleted: int = 0

    @property
    def triples(self) -> int:
        return self.inserted


# ---- term conversion (rdflib <-> pyoxigraph)


class _Converter:
    """rdflib terms to pyoxigraph terms, caching IRIs (they repeat a lot)."""

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def term(self, term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=self.iri(str(term.datatype)))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        raise StoreError(f"cannot store the term {term!r}")

    def quads(self, graph: URIRef, triples: Iterable[Triple]) -> set[ox.Quad]:
        g = self.iri(str(graph))
        t = self.term
        try:
            return {ox.Quad(t(s), t(p), t(o), g) for s, p, o in triples}  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise StoreError(f"graph {graph}: {exc}") from exc


def to_rdflib(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term (plain strings lose the xsd:string tag)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return (
            Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
        )
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"unsupported term {term!r}")


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    return _Converter().term(term)


def _sort_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    g = quad.graph_name
    return (
        "" if isinstance(g, ox.DefaultGraph) else str(g),
        str(quad.subject),
        str(quad.predicate),
        str(quad.object),
    )


def _prefixes(fmt: str) -> dict[str, str] | None:
    if fmt == "jsonld":
        return dict(PREFIXES)
    if fmt in ("trig", "turtle"):
        # Every kgr: IRI has a path (brief/seed-01); Turtle would write it kgr:brief\/seed-01
        return {k: v for k, v in PREFIXES.items() if k != "kgr"}
    return None


class _AtomicFile:
    """A binary file that replaces `path` on a clean exit, and vanishes otherwise."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        self.tmp = Path(tmp)
        self.fh = os.fdopen(fd, "wb")

    def __enter__(self) -> Any:
        return self.fh

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.fh.close()
        if exc_type is not None:
            self.tmp.unlink(missing_ok=True)
            return
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)
        os.replace(self.tmp, self.path)


class _SortedHead:
    """A writer that sorts the serializer's `@prefix` lines (its order is its own),
    so the bytes never depend on it; the rest passes through."""

    def __init__(self, out: Any) -> None:
        self.out = out
        self.head: bytearray | None = bytearray()

    def write(self, data: bytes) -> int:
        if self.head is None:
            self.out.write(data)
            return len(data)
        self.head += data
        lines = bytes(self.head).split(b"\n")
        n = 0
        while n < len(lines) - 1 and lines[n].startswith(b"@prefix "):
            n += 1
        if n < len(lines) - 1:  # a whole line that is not a prefix: the head is over
            self._flush(lines, n)
        return len(data)

    def _flush(self, lines: list[bytes], n: int) -> None:
        self.out.write(b"\n".join(sorted(lines[:n]) + lines[n:]))
        self.head = None

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.head is not None:
            lines = bytes(self.head).split(b"\n")
            n = 0
            while n < len(lines) and lines[n].startswith(b"@prefix "):
                n += 1
            self._flush(lines, n)


def _serialize(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Sorted, prefixed, deterministic bytes; triple formats get the union graph."""
    if fmt not in _RDF_FORMATS:
        raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(DUMP_FORMATS)}")
    rdf_format = _RDF_FORMATS[fmt]
    items: list[Any]
    if rdf_format.supports_datasets:
        items = sorted(set(quads), key=_sort_key)
    else:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        items = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = _prefixes(fmt)
    data = ox.serialize(items, format=rdf_format, prefixes=prefixes)
    assert data is not None
    if prefixes is None or fmt == "jsonld":
        return data
    # The serializer's prefix order is its own; sort it so the bytes never depend on it.
    lines = data.split(b"\n")
    head = [ln for ln in lines if ln.startswith(b"@prefix ")]
    return b"\n".join(sorted(head) + lines[len(head) :])


def _result(raw: Any) -> QueryResult:
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", ("ask",), ((Literal(bool(raw)),),))
    cache: dict[Any, Node] = {}  # labels and IRIs repeat down a column: convert each once

    def convert(values: Iterable[Any]) -> Row:
        row: list[Node | None] = []
        for x in values:
            if x is None:
                row.append(None)
                continue
            got = cache.get(x)
            if got is None:
                got = cache[x] = to_rdflib(x)
            row.append(got)
        return tuple(row)

    if isinstance(raw, ox.QuerySolutions):
        names = tuple(v.value for v in raw.variables)
        # a solution iterates its values in the order of `variables`, None where
        # unbound, which is much cheaper than looking each one up by name
        return QueryResult("select", names, tuple(convert(solution) for solution in raw))
    rows = tuple(convert((t.subject, t.predicate, t.object)) for t in raw)
    return QueryResult("construct", ("subject", "predicate", "object"), rows)


# ---- parameters


def _terms(params: Mapping[str, Node | str] | None) -> dict[str, Node]:
    """Parameter values as RDF terms; plain strings are read by `kg.query.parse_value`."""
    from kg.query import parse_value

    return {k: v if isinstance(v, Node) else parse_value(v) for k, v in (params or {}).items()}


def _checked(
    sparql: str, params: Mapping[str, Node | str] | None, allow_service: bool
) -> dict[str, Node]:
    """What every store checks before it runs a query: SERVICE, then the parameters,
    which come back as terms."""
    check_service(sparql, allow=allow_service)
    terms = _terms(params)
    _check_params(sparql, terms)
    return terms


def _check_params(sparql: str, params: Mapping[str, Node]) -> None:
    for name in params:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"bad parameter name {name!r}")
        if not re.search(rf"[?$]{name}\b", sparql):
            raise QueryError(f"the query has no variable ?{name} to bind")


def _lex(sparql: str) -> Iterator[tuple[int, str]]:
    """(offset, token) for braces and bare words, skipping comments, strings and IRIs."""
    pattern = re.compile(
        r"""\#[^\n]*|"{3}.*?"{3}|'{3}.*?'{3}|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'"""
        r"""|<[^<>"{}|^`\\\x00-\x20]*>|[{}]|[A-Za-z_]+|.""",
        re.DOTALL,
    )
    for m in pattern.finditer(sparql):
        tok = m.group()
        if tok in "{}" or tok[0].isalpha():
            yield m.start(), tok


_PROLOGUE = re.compile(
    r"(?:\s+|\#[^\n]*)*(?:(?:PREFIX\s*[^\s:]*:\s*<[^<>]*>|BASE\s*<[^<>]*>)(?:\s+|\#[^\n]*)*)*"
    r"([A-Za-z]+)",
    re.IGNORECASE,
)


def first_keyword(sparql: str) -> str | None:
    """The query's first keyword after its PREFIX and BASE declarations
    (SELECT, ASK, INSERT, ...), None when there is none."""
    m = _PROLOGUE.match(sparql)
    return m[1] if m else None


def inject_values(sparql: str, params: Mapping[str, Node]) -> str:
    """Bind parameters with a VALUES block at the head of the query's top-level
    group; the values are written as escaped RDF terms, never as raw text."""
    if not params:
        return sparql
    names = sorted(params)
    row = " ".join(str(_to_ox(params[n])) for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    form = None
    after_where = False
    for pos, tok in _lex(sparql):
        word = tok.upper()
        if form is None and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            form = word
        elif word == "WHERE":
            after_where = True
        elif tok == "{" and form is not None and (form != "CONSTRUCT" or after_where):
            return sparql[: pos + 1] + block + sparql[pos + 1 :]
    raise QueryError("cannot find the query's WHERE group to bind parameters")


_WORDS = re.compile(
    r"""\#[^\n]*|"{3}.*?"{3}|'{3}.*?'{3}|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'"""
    r"""|<[^<>"{}|^`\\\x00-\x20]*>|[?$]\w+|[A-Za-z_][\w.-]*:[\w.:%-]*|:[\w.:%-]*"""
    r"""|([A-Za-z_]\w*)|.""",
    re.DOTALL,
)


def check_service(sparql: str, *, allow: bool = False) -> None:
    """Refuse a federated query (SERVICE <url>): it makes the store, or the
    server behind it, send requests to any address the query names."""
    if allow:
        return
    for m in _WORDS.finditer(sparql):
        if m.group(1) is not None and m.group(1).upper() == "SERVICE":
            raise QueryError(
                "the query calls SERVICE, which sends requests to another address; "
                "allow it explicitly (kg query --allow-service) if you trust it"
            )


def execute(store: ox.Store, sparql: str, params: Mapping[str, Node]) -> Any:
    """Run SPARQL on a pyoxigraph store with `params` bound: as substitutions where
    the query projects the variables, else by a VALUES block."""
    subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): _to_ox(v) for k, v in params.items()
    }
    try:
        return store.query(sparql, substitutions=subs or None)
    except RuntimeError as exc:
        if not subs or "projection" not in str(exc):
            raise
        return store.query(inject_values(sparql, params))


# ---- ORDER BY on our side
#
# Oxigraph's on-disk sort reads every string longer than a few bytes back from
# RocksDB on each comparison, which made ORDER BY most of the time of the saved
# queries. A trailing ORDER BY on projected variables is done here instead, on
# the converted rows, with SPARQL's order: unbound, blank nodes, IRIs, literals;
# numbers by value, other literals by datatype, then lexical form and language.

# Besides plain variables, a key may be one of the few expressions the saved
# queries use to put dates without a year after dated ones and undated rows last:
# (!BOUND(?v)), STR(?v) and (STRSTARTS(?v, "--")) or (STRSTARTS(STR(?v), "--")).
_V = r"[?$]([A-Za-z_][A-Za-z0-9_]*)"
_ORDER_FORMS = (
    ("", re.compile(rf"{_V}|(?:ASC|DESC)\s*\(\s*{_V}\s*\)", re.IGNORECASE)),
    ("unbound", re.compile(rf"\(\s*!\s*BOUND\s*\(\s*{_V}\s*\)\s*\)", re.IGNORECASE)),
    ("str", re.compile(rf"STR\s*\(\s*{_V}\s*\)", re.IGNORECASE)),
    (
        "starts",
        re.compile(
            rf'\(\s*STRSTARTS\s*\(\s*(?:STR\s*\(\s*{_V}\s*\)|{_V})\s*,\s*"([^"\\]*)"\s*\)\s*\)',
            re.IGNORECASE,
        ),
    ),
)
_ORDER_HEAD = re.compile(r"ORDER\s+BY\s*", re.IGNORECASE)


def _order_keys(tail: str) -> tuple[tuple[str, bool, str], ...] | None:
    """The keys of ``ORDER BY ...`` as (variable, descending, form), None when a
    key is anything else."""
    head = _ORDER_HEAD.match(tail)
    if head is None:
        return None
    pos, keys = head.end(), []
    while pos < len(tail):
        found = next(
            ((f, m) for f, p in _ORDER_FORMS if (m := p.match(tail, pos)) is not None), None
        )
        if found is None:
            return None
        form, m = found
        groups = [g for g in m.groups() if g is not None]
        if form == "starts":
            form = ("strstarts:" if m.group(1) else "starts:") + groups[1]
        desc = form == "" and m.group().upper().startswith("DESC")
        keys.append((groups[0], desc, form))
        pos = m.end()
        while pos < len(tail) and tail[pos].isspace():
            pos += 1
    return tuple(keys) if keys else None


_NUMERIC = {
    str(XSD[t])
    for t in [
        "integer",
        "decimal",
        "float",
        "double",
        "long",
        "int",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    ]
}
_FLOATS = {str(XSD.float), str(XSD.double)}


def split_order(sparql: str) -> tuple[str, tuple[tuple[str, bool, str], ...]] | None:
    """The query without a trailing top-level ``ORDER BY ?a DESC(?b) ...``, and its
    keys as (variable, descending, form) (see `_ORDER_FORMS`); None when the
    query ends otherwise."""
    depth = 0
    start = None
    for pos, tok in _lex(sparql):
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
            start = None
        elif depth == 0 and start is None and tok.upper() == "ORDER":
            start = pos
    if start is None:
        return None
    keys = _order_keys(re.sub(r"#[^\n]*", "", sparql[start:]).strip())
    return None if keys is None else (sparql[:start], keys)


def _term_key(term: Node | None) -> tuple[Any, ...]:
    if term is None:
        return (0,)
    if isinstance(term, BNode):
        return (1, str(term))
    if isinstance(term, URIRef):
        return (2, str(term))
    assert isinstance(term, Literal)
    dt = str(term.datatype or "")
    if dt in _NUMERIC:
        try:
            value = float(str(term)) if dt in _FLOATS else Decimal(str(term))
            return (3, 0, value, str(term))
        except (ValueError, ArithmeticError):
            pass
    return (3, 1, dt, str(term), term.language or "")


def _form_value(term: Node | None, form: str) -> Node | None:
    """What an ORDER BY expression of `_ORDER_FORMS` gives for a term (None for
    SPARQL's error, which sorts like unbound)."""
    if form == "":
        return term
    if form == "unbound":
        return Literal(term is None)
    if term is None or isinstance(term, BNode):
        return None
    if form == "str":
        return Literal(str(term))
    kind, prefix = form.split(":", 1)
    if kind == "starts" and not (isinstance(term, Literal) and term.datatype in (None, XSD.string)):
        return None  # STRSTARTS wants a string
    return Literal(str(term).startswith(prefix))


def sort_rows(
    columns: Sequence[str], rows: Sequence[Row], keys: Sequence[tuple[str, bool, str]]
) -> list[Row]:
    """Rows in the order of `keys` (stable: ties keep the engine's order)."""
    out = list(rows)
    for name, descending, form in reversed(keys):
        i = columns.index(name)
        out.sort(key=lambda row: _term_key(_form_value(row[i], form)), reverse=descending)
    return out


# ---- the store


class Store:
    """A kazkg graph store; open it with `Store.open`, use it as a context manager."""

    location: str

    @classmethod
    def open(cls, location: str | Path, *, create: bool = True) -> Store:
        """A folder opens an embedded on-disk store (made if `create`); an
        ``http(s)://`` URL (optionally ``fuseki+``, ``graphdb+`` or ``virtuoso+``
        in front to pick the server's endpoint layout) a SPARQL 1.1 server."""
        text = str(location)
        if re.match(r"^(?:[a-z]+\+)?https?://", text):
            return _RemoteStore(text)
        return _LocalStore(Path(text), create=create)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.location}>"

    # -- operations every backend provides

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Sequence[Triple]],
        *,
        progress: Progress | None = None,
    ) -> ReplaceStats:
        """Make each named graph hold exactly the given triples; leave others alone."""
        raise NotImplementedError

    def remove_graphs(self, graphs: Iterable[URIRef]) -> None:
        raise NotImplementedError

    def graph_names(self) -> set[URIRef]:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def query(
        self,
        sparql: str,
        *,
        params: Mapping[str, Node | str] | None = None,
        allow_service: bool = False,
    ) -> QueryResult:
        """Run SPARQL over the union of all graphs; `params` are bound as variables.
        SERVICE is refused unless `allow_service` (see `check_service`).

        A value is an rdflib term, or a string read as `kg.query.parse_value`
        reads it (``kgr:...`` or ``<...>`` an IRI, plain text a ``@kk`` literal).
        Rows hold rdflib terms, `None` where a variable is unbound."""
        raise NotImplementedError

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad, as pyoxigraph terms (the raw, fast path)."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def release_memory(self) -> None:
        """Give back what the engine cached while reading and writing (a long
        build calls it between batches); nothing stored changes."""

    def entity_ranking(
        self, limit: int, leave_out: str
    ) -> tuple[list[tuple[str, int]], int, int] | None:
        """Without a scan of the store, where it can: the `limit` entities (IRIs
        not starting with `leave_out`) in the most events, with their counts, and
        the numbers of events and of entities with a role; None where it cannot."""
        return None

    def event_ranking(self, entities: Sequence[str], limit: int) -> list[str] | None:
        """Without a scan of the store, where it can: the `limit` events with the
        most of these entities in a role; None where it cannot."""
        return None

    def index_stale(self) -> bool:
        """Whether the index kept beside the store no longer mirrors it (a run
        interrupted while writing, or a store made by an older version)."""
        return False

    def repair_index(self) -> int:
        """Rebuild the index beside the store from the store; how many graphs it
        read (once per graph: minutes for a million briefs)."""
        return 0

    def brief_inputs(self, graphs: Sequence[str]) -> dict[str, tuple[str, str | None]] | None:
        """Without reading the store, where it can: the input digest
        (`kgo:inputDigest`) and source file of each of these brief graphs that
        the store holds; None where it cannot."""
        return None

    # -- shared on top of them

    def dump(self, fmt: str) -> bytes:
        """Serialize as trig, nquads, jsonld (every named graph) or turtle, ntriples
        (their union as one graph): sorted, with the project's prefixes."""
        return _serialize(self.quads(), fmt)

    def dump_to(self, path: Path, fmt: str) -> None:
        """Write the dump of `fmt` to `path`, whole or not at all."""
        with _AtomicFile(path) as fh:
            fh.write(self.dump(fmt))

    def brief_count(self) -> int:
        """How many briefs the store holds."""
        rows = self.query(f"SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE {{ ?b a <{_BRIEF}> }}").rows
        return int(str(rows[0][0])) if rows and rows[0][0] is not None else 0

    def dataset(self) -> rdflib.Dataset:
        """A copy as an rdflib Dataset (meant for small graphs)."""
        ds = rdflib.Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True, replace=True)
        for q in self.quads():
            g = q.graph_name
            ctx = (
                ds.default_graph
                if isinstance(g, ox.DefaultGraph)
                else ds.graph(URIRef(g.value) if isinstance(g, ox.NamedNode) else BNode(g.value))
            )
            ctx.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return ds


def _progress_every(
    quads: Iterable[ox.Quad], done: int, progress: Progress | None
) -> Iterator[ox.Quad]:
    n = done
    for q in quads:
        yield q
        if isinstance(q.graph_name, ox.DefaultGraph):
            continue
        n += 1
        if progress is not None and n % 10_000 == 0:
            progress(n)


class _Digests:
    """The content digest of each named graph, in SQLite beside the store, so that a
    batch reads and writes only its own graphs' rows. Only a cache: a graph without
    a digest is compared by content; a graph about to change loses its row first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                db = sqlite3.connect(self.path, isolation_level=None)
                db.execute(
                    "CREATE TABLE IF NOT EXISTS digests (graph TEXT PRIMARY KEY, digest TEXT)"
                )
                db.execute("CREATE TABLE IF NOT EXISTS roles (graph TEXT, event TEXT, entity TEXT)")
                db.execute("CREATE INDEX IF NOT EXISTS roles_graph ON roles (graph)")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS inputs"
                    " (graph TEXT PRIMARY KEY, digest TEXT, source TEXT)"
                )
                db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open {self.path}: {exc}") from exc
            self._db = db
        return self._db

    def _rows_of(self, sql: str, names: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        """The rows of `sql` (a SELECT ending in ``graph IN``) for these graphs,
        500 names a query."""
        wanted = sorted(set(names))
        db = self._conn()
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            yield from db.execute(f"{sql} ({','.join('?' * len(part))})", part)

    def get(self, names: Iterable[str]) -> dict[str, str]:
        try:
            rows = self._rows_of("SELECT graph, digest FROM digests WHERE graph IN", names)
            return {str(g): str(d) for g, d in rows}
        except (sqlite3.Error, StoreError):
            return {}  # only a cache: without it, graphs are compared by content

    def _write(self, sql: str, rows: Iterable[tuple[str, ...]]) -> None:
        try:
            db = self._conn()
            db.execute("BEGIN")
            db.executemany(sql, rows)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write {self.path}: {exc}") from exc

    def drop(self, names: Iterable[str]) -> None:
        self._write("DELETE FROM digests WHERE graph = ?", ((n,) for n in sorted(names)))

    def put(self, digests: Mapping[str, str]) -> None:
        self._write("INSERT OR REPLACE INTO digests VALUES (?, ?)", sorted(digests.items()))

    # An index of each graph: its event-entity role pairs, so that the overview
    # page ranks entities without a scan of the store, and the input digest and
    # source file of its brief, so that a build finds its stored briefs without
    # reading the store (its engine keeps what it reads cached, and a lookup in a
    # large store reads much). "complete" only while it mirrors every graph.

    def index_complete(self) -> bool:
        try:
            row = self._conn().execute("SELECT value FROM meta WHERE key = 'index'").fetchone()
        except (sqlite3.Error, StoreError):
            return False
        return row is not None and row[0] == "complete"

    def mark_index(self, complete: bool) -> None:
        state = "complete" if complete else "stale"
        self._write("INSERT OR REPLACE INTO meta VALUES ('index', ?)", [(state,)])

    def put_index(
        self,
        roles: Mapping[str, Iterable[tuple[str, str]]],
        inputs: Mapping[str, tuple[str, str | None]],
    ) -> None:
        """Make the index of each graph of `roles` exactly its role pairs and its
        (input digest, source) in `inputs`, or none there."""
        names = [(g,) for g in sorted(roles)]
        try:
            db = self._conn()
            db.execute("BEGIN")
            db.executemany("DELETE FROM roles WHERE graph = ?", names)
            db.executemany("DELETE FROM inputs WHERE graph = ?", names)
            db.executemany(
                "INSERT INTO roles VALUES (?, ?, ?)",
                ((g, ev, e) for g in sorted(roles) for ev, e in sorted(roles[g])),
            )
            db.executemany(
                "INSERT INTO inputs VALUES (?, ?, ?)",
                ((g, d, src) for g, (d, src) in sorted(inputs.items()) if g in roles),
            )
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write {self.path}: {exc}") from exc

    def clear_index(self) -> None:
        self._write("DELETE FROM roles", [()])
        self._write("DELETE FROM inputs", [()])

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Around a write of the store and of its graphs' index: the index is
        stale meanwhile (and stays so if the write fails), complete after only
        if it was before."""
        complete = self.index_complete()
        if complete:
            self.mark_index(False)
        yield
        if complete:
            self.mark_index(True)

    def inputs_of(self, names: Sequence[str]) -> dict[str, tuple[str, str | None]]:
        rows = self._rows_of("SELECT graph, digest, source FROM inputs WHERE graph IN", names)
        return {str(g): (str(d), src) for g, d, src in rows}

    def top_entities(self, limit: int, leave_out: str) -> list[tuple[str, int]]:
        sql = """SELECT entity, COUNT(DISTINCT event) AS n FROM roles
                 WHERE substr(entity, 1, ?) != ? GROUP BY entity
                 ORDER BY n DESC, entity LIMIT ?"""
        rows = self._conn().execute(sql, (len(leave_out), leave_out, limit)).fetchall()
        return [(str(e), int(n)) for e, n in rows]

    def top_events(self, entities: Sequence[str], limit: int) -> list[str]:
        db = self._conn()
        db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (entity TEXT PRIMARY KEY)")
        db.execute("DELETE FROM chosen")
        db.executemany("INSERT OR IGNORE INTO chosen VALUES (?)", ((e,) for e in entities))
        sql = """SELECT event, COUNT(DISTINCT roles.entity) AS n FROM roles
                 JOIN chosen ON roles.entity = chosen.entity
                 GROUP BY event ORDER BY n DESC, event LIMIT ?"""
        return [str(ev) for ev, _ in db.execute(sql, (limit,)).fetchall()]

    def role_counts(self) -> tuple[int, int]:
        sql = "SELECT COUNT(DISTINCT event), COUNT(DISTINCT entity) FROM roles"
        events, entities = self._conn().execute(sql).fetchone()
        return int(events), int(entities)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


_ROLE_IRIS = frozenset(str(p) for p in ROLE_PROPS)
_INPUT_DIGEST = str(KGO.inputDigest)
_SOURCE = str(DCTERMS.source)


def _index_rows(
    graphs: Mapping[str, Collection[ox.Quad]],
) -> tuple[dict[str, list[tuple[str, str]]], dict[str, tuple[str, str | None]]]:
    """What the index keeps of these graphs: role pairs, and brief inputs."""
    roles: dict[str, list[tuple[str, str]]] = {}
    inputs: dict[str, tuple[str, str | None]] = {}
    for name, quads in graphs.items():
        roles[name] = _role_pairs(quads)
        found = _brief_input(name, quads)
        if found is not None:
            inputs[name] = found
    return roles, inputs


def _brief_input(name: str, quads: Iterable[ox.Quad]) -> tuple[str, str | None] | None:
    """The input digest the graph `name` states of itself and its source, if any."""
    digest = source = None
    node = ox.NamedNode(name)
    for q in quads:
        if q.predicate.value == _INPUT_DIGEST and q.subject == node:
            if isinstance(q.object, ox.Literal):
                digest = q.object.value
        elif q.predicate.value == _SOURCE and isinstance(q.object, ox.Literal):
            source = q.object.value
    return None if digest is None else (digest, source)


def _role_pairs(quads: Iterable[ox.Quad]) -> list[tuple[str, str]]:
    return [
        (q.subject.value, q.object.value)
        for q in quads
        if q.predicate.value in _ROLE_IRIS
        and isinstance(q.subject, ox.NamedNode)
        and isinstance(q.object, ox.NamedNode)
    ]


class _LocalStore(Store):
    """Named graphs as given, plus their deduplicated union kept in the default graph.

    Oxigraph's own union of named graphs repeats a triple once per graph that
    holds it (an entity's label in every brief that names it), which multiplies
    joins; a real union in the default graph keeps queries set-based and fast.
    """

    def __init__(self, path: Path, *, create: bool) -> None:
        self.location = str(path)
        if not path.exists() and not create:
            raise StoreError(f"no store at {path}: run `kg build` first")
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is not a store folder")
        if path.exists() and not create and not (path / "CURRENT").exists():
            raise StoreError(f"{path} holds no store: run `kg build` first")
        try:
            path.mkdir(parents=True, exist_ok=True)
            self._store: ox.Store | None = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"the store {path} is in use by another kg process") from exc
            raise StoreError(f"cannot open the store {path}: {exc}") from exc
        self._journal = path / _JOURNAL
        self._digests = _Digests(path / _DIGESTS)
        self._recover()
        if self._empty() and not self._digests.index_complete():
            self._digests.clear_index()
            self._digests.mark_index(True)

    @property
    def raw(self) -> ox.Store:
        """The underlying `pyoxigraph.Store`."""
        if self._store is None:
            raise StoreError(f"the store {self.location} is closed")
        return self._store

    # -- bookkeeping files: the journal of a bulk load, and per-graph digests

    @staticmethod
    def _write_json(path: Path, data: object) -> None:
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    def _recover(self) -> None:
        """Undo what a killed bulk load left: its graphs go, and the union is rebuilt.
        A store filled by other means (named graphs but no union) gets its union too."""
        if not self._journal.exists():
            store = self.raw
            first = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None)
            if first is None and next(iter(store.named_graphs()), None) is not None:
                self._rebuild_union()
            return
        try:
            pending = json.loads(self._journal.read_text(encoding="utf-8"))
            graphs, bulk = list(pending["graphs"]), list(pending["bulk"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"unreadable journal {self._journal}: {exc}") from exc
        self._digests.drop(graphs)
        for name in bulk:
            self.raw.remove_graph(ox.NamedNode(name))
        self._rebuild_union()
        self._journal.unlink()

    def _rebuild_union(self) -> None:
        store = self.raw
        store.clear_graph(ox.DefaultGraph())
        batch: list[ox.Quad] = []
        for q in store.quads_for_pattern(None, None, None, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                batch.append(ox.Quad(q.subject, q.predicate, q.object))
        store.bulk_extend(batch)
        store.flush()

    # -- writing

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Sequence[Triple]],
        *,
        progress: Progress | None = None,
    ) -> ReplaceStats:
        store = self.raw
        conv = _Converter()
        digests = self._digests.get(str(name) for name in graphs)
        new: dict[str, set[ox.Quad]] = {}
        changed: dict[str, tuple[set[ox.Quad], set[ox.Quad]]] = {}  # name -> (old, new)
        fresh: dict[str, str] = {}
        unchanged = 0
        for name in sorted(graphs):
            key = str(name)
            quads = conv.quads(name, graphs[name])
            digest = _digest(quads)
            node = conv.iri(key)
            if not store.contains_named_graph(node):
                new[key] = quads
            elif digests.get(key) == digest:
                unchanged += 1
                continue
            else:
                old = set(store.quads_for_pattern(None, None, None, node))
                if old == quads:
                    unchanged += 1
                else:
                    changed[key] = (old, quads)
            fresh[key] = digest
        writing = set(new) | set(changed)
        if not writing:
            if fresh:
                self._digests.put(fresh)
            return ReplaceStats(unchanged=unchanged)
        # a graph about to change loses its digest first, so a crash can never
        # leave a digest that vouches for content the store does not hold
        self._digests.drop(writing)
        done = inserted = deleted = 0
        total_new = sum(len(q) for q in new.values())
        with self._digests.writing():
            if changed:
                inserted, deleted = self._apply_diffs(changed)
                done = inserted
                if progress is not None:
                    progress(done)
            if total_new >= _BULK_MIN:
                self._write_json(self._journal, {"graphs": sorted(writing), "bulk": sorted(new)})
                for key in new:
                    store.add_graph(conv.iri(key))
                store.bulk_extend(_progress_every(_with_union(new.values()), done, progress))
                store.flush()
                self._journal.unlink()
            elif new:
                self._extend_graphs(new, done, progress)
            self._digests.put_index(
                *_index_rows({**new, **{k: now for k, (_, now) in changed.items()}})
            )
        inserted += total_new
        if progress is not None:
            progress(inserted)
        self._digests.put(fresh)
        return ReplaceStats(
            added=len(new),
            replaced=len(changed),
            unchanged=unchanged,
            inserted=inserted,
            deleted=deleted,
        )

    def _leaving_union(
        self, removed: Iterable[ox.Quad], writing: set[str], staying: set[ox.Triple]
    ) -> set[ox.Triple]:
        """Triples no graph will hold once the graphs in `writing` lose `removed`."""
        gone: set[ox.Triple] = set()
        for q in removed:
            t = ox.Triple(q.subject, q.predicate, q.object)
            if t in staying or t in gone:
                continue
            elsewhere = any(
                isinstance(other.graph_name, ox.NamedNode) and other.graph_name.value not in writing
                for other in self.raw.quads_for_pattern(q.subject, q.predicate, q.object, None)
            )
            if not elsewhere:
                gone.add(t)
        return gone

    def _apply_diffs(
        self, changed: dict[str, tuple[set[ox.Quad], set[ox.Quad]]]
    ) -> tuple[int, int]:
        """One transaction: the changed graphs and the union move together."""
        deletes = [q for old, new in changed.values() for q in old - new]
        inserts = [q for old, new in changed.values() for q in new - old]
        staying = {
            ox.Triple(q.subject, q.predicate, q.object) for _, new in changed.values() for q in new
        }
        gone = self._leaving_union(deletes, set(changed), staying)

        def quad_data(quads: Iterable[ox.Quad]) -> str:
            return "\n".join(
                f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads
            )

        def triple_data(triples: Iterable[ox.Triple]) -> str:
            return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)

        parts = []
        if deletes:
            parts.append(f"DELETE DATA {{\n{quad_data(deletes)}\n{triple_data(gone)}\n}}")
        if inserts:
            added = {ox.Triple(q.subject, q.predicate, q.object) for q in inserts}
            parts.append(f"INSERT DATA {{\n{quad_data(inserts)}\n{triple_data(added)}\n}}")
        self.raw.update(" ;\n".join(parts))
        return len(inserts), len(deletes)

    def _extend_graphs(
        self, new: dict[str, set[ox.Quad]], done: int, progress: Progress | None
    ) -> None:
        batch: list[set[ox.Quad]] = []
        size = 0

        def flush() -> None:
            nonlocal done, size
            if not batch:
                return
            for quads in batch:
                for q in quads:
                    self.raw.add_graph(q.graph_name)
                    break
            self.raw.extend(list(_with_union(batch)))  # one transaction: whole graphs or none
            done += size
            batch.clear()
            size = 0
            if progress is not None:
                progress(done)

        for quads in new.values():
            batch.append(quads)
            size += len(quads)
            if size >= _BATCH:
                flush()
        flush()

    def remove_graphs(self, graphs: Iterable[URIRef]) -> None:
        names = sorted({str(g) for g in graphs})
        present = [n for n in names if self.raw.contains_named_graph(ox.NamedNode(n))]
        if not present:
            return
        self._digests.drop(present)
        removed = [
            q
            for n in present
            for q in self.raw.quads_for_pattern(None, None, None, ox.NamedNode(n))
        ]
        gone = self._leaving_union(removed, set(present), set())
        drops = " ;\n".join(f"DROP SILENT GRAPH <{n}>" for n in present)
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in gone)
        with self._digests.writing():
            self.raw.update(f"{drops} ;\nDELETE DATA {{\n{body}\n}}" if gone else drops)
            self._digests.put_index({n: [] for n in present}, {})
        if self._empty():
            self._digests.clear_index()
            self._digests.mark_index(True)

    def entity_ranking(
        self, limit: int, leave_out: str
    ) -> tuple[list[tuple[str, int]], int, int] | None:
        if not self._digests.index_complete():
            return None
        events, entities = self._digests.role_counts()
        return self._digests.top_entities(limit, leave_out), events, entities

    def event_ranking(self, entities: Sequence[str], limit: int) -> list[str] | None:
        if not self._digests.index_complete():
            return None
        return self._digests.top_events(entities, limit)

    def index_stale(self) -> bool:
        return not self._digests.index_complete()

    def repair_index(self) -> int:
        self._digests.mark_index(False)
        self._digests.clear_index()
        done = 0
        part: dict[str, list[ox.Quad]] = {}
        for graph in self.raw.named_graphs():
            if isinstance(graph, ox.NamedNode):
                part[graph.value] = list(self.raw.quads_for_pattern(None, None, None, graph))
            if len(part) >= 1000:
                self._digests.put_index(*_index_rows(part))
                done, part = done + len(part), {}
        self._digests.put_index(*_index_rows(part))
        self._digests.mark_index(True)
        self.release_memory()
        return done + len(part)

    def brief_inputs(self, graphs: Sequence[str]) -> dict[str, tuple[str, str | None]] | None:
        if not self._digests.index_complete():
            return None
        try:
            return self._digests.inputs_of(graphs)
        except (sqlite3.Error, StoreError):
            return None

    # -- reading

    def graph_names(self) -> set[URIRef]:
        return {URIRef(g.value) for g in self.raw.named_graphs() if isinstance(g, ox.NamedNode)}

    def __len__(self) -> int:
        union = sum(1 for _ in self.raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        return len(self.raw) - union

    def query(
        self,
        sparql: str,
        *,
        params: Mapping[str, Node | str] | None = None,
        allow_service: bool = False,
    ) -> QueryResult:
        params = _checked(sparql, params, allow_service)
        order = split_order(sparql)
        # The engine's traceback holds the pyoxigraph store in `execute`'s frame, and
        # RocksDB's lock lives as long as that object: keep the message, drop the frames.
        try:
            raw = execute(self.raw, sparql if order is None else order[0], params)
            if order is not None and isinstance(raw, ox.QuerySolutions):
                projected = {v.value for v in raw.variables}
                if not all(k in projected for k, _, _ in order[1]):
                    # it sorts on what it does not project: the engine sorts
                    raw, order = execute(self.raw, sparql, params), None
            result = _result(raw)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc.with_traceback(None)
        except RuntimeError as exc:
            raise QueryError(str(exc)) from exc.with_traceback(None)
        except OSError as exc:
            msg = f"cannot read the store {self.location}: {exc}"
            raise StoreError(msg) from exc.with_traceback(None)
        if order is None or result.kind != "select":
            return result
        return QueryResult(
            "select", result.columns, tuple(sort_rows(result.columns, result.rows, order[1]))
        )

    def quads(self) -> Iterator[ox.Quad]:
        for q in self.raw.quads_for_pattern(None, None, None, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                yield q

    def dump(self, fmt: str) -> bytes:
        if fmt in ("turtle", "ntriples"):
            return _serialize(self.raw.quads_for_pattern(None, None, None, ox.DefaultGraph()), fmt)
        return _serialize(self.quads(), fmt)

    def dump_to(self, path: Path, fmt: str) -> None:
        """Stream the dump to `path` without holding the store in memory. TriG and
        N-Quads go graph by graph, each sorted: the same bytes as `dump`. Turtle and
        N-Triples (the union) are sorted up to `SORTED_MAX` triples; above that they
        come in the engine's index order, which is fixed by the content alone."""
        if fmt not in ("trig", "nquads", "turtle", "ntriples"):
            super().dump_to(path, fmt)
            return
        rdf_format = _RDF_FORMATS[fmt]
        prefixes = _prefixes(fmt)
        with _AtomicFile(path) as raw_fh:
            fh: Any = _SortedHead(raw_fh) if prefixes else raw_fh
            if rdf_format.supports_datasets:
                ox.serialize(self._sorted_quads(), fh, rdf_format, prefixes=prefixes)
            else:
                union = self.raw.quads_for_pattern(None, None, None, ox.DefaultGraph())
                if sum(1 for _ in union) <= SORTED_MAX:
                    fh.write(self.dump(fmt))
                else:
                    self.raw.dump(fh, rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)
            if prefixes:
                fh.close()

    def _sorted_quads(self) -> Iterator[ox.Quad]:
        names = sorted((g for g in self.raw.named_graphs() if isinstance(g, ox.NamedNode)), key=str)
        for name in names:
            quads = self.raw.quads_for_pattern(None, None, None, name)
            yield from sorted(quads, key=_sort_key)

    def close(self) -> None:
        self._digests.close()
        if self._store is not None:
            self._store.flush()
            self._store = None

    def _empty(self) -> bool:
        return next(iter(self.raw.named_graphs()), None) is None

    def release_memory(self) -> None:
        # RocksDB keeps the blocks, indexes and filters of every file it has read
        # until the database is closed: over a long build that grows with the store.
        old = self._store
        if old is None or sys.getrefcount(old) > 3:  # a query still reads it
            return
        old.flush()
        self._store = None
        del old
        gc.collect()
        _trim_heap()
        deadline = time.monotonic() + 30
        while True:
            try:
                self._store = ox.Store(self.location)
                return
            except OSError as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise StoreError(f"cannot reopen the store {self.location}: {exc}") from exc
                time.sleep(0.1)


def _trim_heap() -> None:
    """Hand freed heap pages back to the system (glibc keeps them otherwise)."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc
        ctypes.CDLL(None).malloc_trim(0)


def _with_union(graphs: Iterable[set[ox.Quad]]) -> Iterator[ox.Quad]:
    """The quads of the graphs, each followed by its triple in the default graph."""
    for quads in graphs:
        for q in quads:
            yield q
            yield ox.Quad(q.subject, q.predicate, q.object)


def _canonical(quads: set[ox.Quad]) -> set[ox.Quad]:
    """The quads as a store gives them back (it stores "1.50"^^xsd:decimal as 1.5)."""
    mem = ox.Store()
    mem.extend(quads)
    return set(mem)


def _digest(quads: set[ox.Quad]) -> str:
    h = hashlib.sha256()
    for line in sorted(map(str, quads)):
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


# ---- a SPARQL 1.1 server


@dataclass(frozen=True, slots=True)
class _Endpoints:
    query: str
    update: str
    graph_store: str
    query_params: tuple[tuple[str, str], ...] = ()
    union_copy: bool = False  # keep the union of the named graphs in the default graph


def _endpoints(url: str) -> _Endpoints:
    flavour, _, base = url.partition("+") if re.match(r"^[a-z]+\+", url) else ("oxigraph", "", url)
    base = base.rstrip("/")
    if flavour == "oxigraph":
        return _Endpoints(f"{base}/query", f"{base}/update", f"{base}/store", union_copy=True)
    if flavour == "fuseki":
        return _Endpoints(
            f"{base}/query",
            f"{base}/update",
            f"{base}/data",
            (("default-graph-uri", "urn:x-arq:UnionGraph"),),
        )
    if flavour == "graphdb":
        return _Endpoints(base, f"{base}/statements", f"{base}/rdf-graphs/service")
    if flavour == "virtuoso":
        return _Endpoints(f"{base}/sparql", f"{base}/sparql", f"{base}/sparql-graph-crud")
    raise StoreError(
        f"unknown server kind {flavour!r} in {url}: use oxigraph, fuseki, graphdb or virtuoso"
    )


# In a server's default graph while its union copy is out of step with the named graphs.
_STALE = '<urn:x-kazkg:union> <urn:x-kazkg:state> "stale"'


class _RemoteStore(Store):
    _TIMEOUT: ClassVar[float] = 300.0

    def __init__(self, url: str) -> None:
        self.location = url
        self._ep = _endpoints(url)
        self._closed = False

    def _request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
        ok_missing: bool = False,
    ) -> tuple[str, bytes] | None:
        if self._closed:
            raise StoreError(f"the store {self.location} is closed")
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self._TIMEOUT) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            if ok_missing and exc.code == 404:
                return None
            detail = exc.read().decode("utf-8", "replace").strip()[:500]
            if exc.code == 400 and url.startswith(self._ep.query):
                raise QueryError(f"the server rejected the query: {detail}") from exc
            raise StoreError(f"{method} {url}: HTTP {exc.code} {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {exc}") from exc

    def _graph_url(self, graph: str) -> str:
        return f"{self._ep.graph_store}?{urllib.parse.urlencode({'graph': graph})}"

    def _raw_query(self, sparql: str) -> Any:
        form = urllib.parse.urlencode([("query", sparql), *self._ep.query_params]).encode()
        got = self._request(
            "POST",
            self._ep.query,
            body=form,
            content_type="application/x-www-form-urlencoded",
            accept="application/sparql-results+json, application/n-triples;q=0.9",
        )
        assert got is not None
        ctype, data = got
        if "n-triples" in ctype or "turtle" in ctype:
            fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE
            return list(ox.parse(data, format=fmt))
        try:
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"unreadable answer from {self._ep.query}: {exc}") from exc

    def _update(self, sparql: str) -> None:
        self._request(
            "POST",
            self._ep.update,
            body=urllib.parse.urlencode({"update": sparql}).encode(),
            content_type="application/x-www-form-urlencoded",
        )

    def _graph(self, name: str) -> set[ox.Quad] | None:
        got = self._request(
            "GET", self._graph_url(name), accept="application/n-triples", ok_missing=True
        )
        if got is None:
            return None
        g = ox.NamedNode(name)
        return {
            ox.Quad(t.subject, t.predicate, t.object, g)
            for t in ox.parse(got[1], format=ox.RdfFormat.N_TRIPLES)
        }

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Sequence[Triple]],
        *,
        progress: Progress | None = None,
    ) -> ReplaceStats:
        existing = {str(g) for g in self.graph_names()}
        conv = _Converter()
        added = replaced = unchanged = inserted = deleted = 0
        for name in sorted(graphs):
            quads = _canonical(conv.quads(name, graphs[name]))
            old = self._graph(str(name)) if str(name) in existing else None
            if old is not None and old == quads:
                unchanged += 1
                continue
            if not (added or replaced):
                self._mark_stale()
            body = ox.serialize(
                [ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                format=ox.RdfFormat.N_TRIPLES,
            )
            self._request(
                "PUT", self._graph_url(str(name)), body=body, content_type="application/n-triples"
            )
            if old is None:
                added += 1
            else:
                replaced += 1
                deleted += len(old - quads)
            inserted += len(quads) if old is None else len(quads - old)
            if progress is not None:
                progress(inserted)
        self._sync_union(changed=bool(added or replaced))
        return ReplaceStats(added, replaced, unchanged, inserted, deleted)

    def _mark_stale(self) -> None:
        """Say in the union copy that it is out of step until `_sync_union`
        rebuilds it (which drops this mark in the same update): if the server
        or the run dies in between, the next query rebuilds it first."""
        if self._ep.union_copy:
            self._update(f"INSERT DATA {{ {_STALE} }}")

    def _sync_union(self, *, changed: bool) -> None:
        """Keep the default graph equal to the union of the named graphs (where the
        server's own union would repeat triples); rebuilt after a change, or when a
        check finds it out of step (a run that died before rebuilding it)."""
        if not self._ep.union_copy:
            return
        if not changed:
            missing = self._raw_query(
                "ASK { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"
            )
            extra = self._raw_query("ASK { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            if not bool(missing) and not bool(extra):
                return
        self._update("DROP SILENT DEFAULT ;\nINSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def remove_graphs(self, graphs: Iterable[URIRef]) -> None:
        names = sorted({str(g) for g in graphs})
        if names:
            self._mark_stale()
            self._update(" ;\n".join(f"DROP SILENT GRAPH <{n}>" for n in names))
            self._sync_union(changed=True)

    def graph_names(self) -> set[URIRef]:
        rows = self._raw_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return {URIRef(s["g"].value) for s in rows if isinstance(s["g"], ox.NamedNode)}

    def __len__(self) -> int:
        rows = list(self._raw_query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value)

    def query(
        self,
        sparql: str,
        *,
        params: Mapping[str, Node | str] | None = None,
        allow_service: bool = False,
    ) -> QueryResult:
        params = _checked(sparql, params, allow_service)
        if self._ep.union_copy and bool(self._raw_query(f"ASK {{ {_STALE} }}")):
            self._sync_union(changed=True)  # a build died before rebuilding the union
        raw = self._raw_query(inject_values(sparql, params))
        return _result(raw)

    def quads(self) -> Iterator[ox.Quad]:
        rows = self._raw_query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        for r in rows:
            yield ox.Quad(r["s"], r["p"], r["o"], r["g"])

    def close(self) -> None:
        self._closed = True
