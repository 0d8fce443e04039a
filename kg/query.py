"""SPARQL over a store: ad-hoc text, or a library of saved queries in `kg/queries/*.rq`.

A saved query is a `.rq` file whose first comment lines describe it::

    # title: Events in a region
    # description: Every event placed in a region or anywhere inside it.
    # param: region — the place: its IRI or its label

Parameters are bound as variables, never pasted into the query text: each value
becomes an RDF term (see `parse_value`) and the store binds it with a VALUES
block written from the escaped term.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.results import FORMATS, QueryResult, Row, format_result
from kg.store import Store
from kg.vocab import PREFIXES, XSD

__all__ = [
    "FORMATS",
    "Param",
    "QueryResult",
    "SavedQuery",
    "format_result",
    "list_queries",
    "load_query",
    "parse_value",
    "run",
]


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    meaning: str
    optional: bool = False


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """One `.rq` file of the library."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str

    @classmethod
    def from_text(cls, name: str, text: str) -> SavedQuery:
        title = description = ""
        params: list[Param] = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            key, _, value = line[1:].strip().partition(":")
            value = value.strip()
            if key == "title":
                title = value
            elif key == "description":
                description = value
            elif key == "param":
                m = re.fullmatch(r"(\w+)\s*(\(optional\))?\s*(?:—|--|-)\s*(.*)", value)
                if m is None:
                    raise QueryError(f"query {name}: bad param line {line!r}")
                params.append(Param(m.group(1), m.group(3), optional=bool(m.group(2))))
        if not title:
            raise QueryError(f"query {name} lacks a `# title:` line")
        return cls(name, title, description, tuple(params), text)


def _library() -> dict[str, SavedQuery]:
    folder = resources.files("kg.queries")
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = SavedQuery.from_text(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def list_queries() -> list[SavedQuery]:
    """The saved queries, by name."""
    return list(_library().values())


def load_query(name: str) -> SavedQuery:
    """A saved query by name, or a `.rq` file by path."""
    library = _library()
    if name in library:
        return library[name]
    path = Path(name)
    if path.suffix == ".rq" and path.is_file():
        return SavedQuery.from_text(path.stem, path.read_text(encoding="utf-8"))
    close = difflib.get_close_matches(name, list(library), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else ""
    raise QueryError(
        f"no saved query {name!r}{hint} (`kg query --list` shows them: {', '.join(library)})"
    )


_PREFIXED = re.compile(r"([A-Za-z][\w-]*):(\S*)")
_IRI = re.compile(r"<([^<>\"{}|^`\\\x00-\x20]*)>")
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")  # BCP 47, as stores check it
_QUOTED = re.compile(r'"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(\S+))?', re.DOTALL)


def _iri(text: str) -> URIRef:
    m = _IRI.fullmatch(text)
    if m:
        return URIRef(m.group(1))
    m = _PREFIXED.fullmatch(text)
    if m and m.group(1) in PREFIXES:
        local = re.sub(r"\\([~.\-!$&'()*+,;=/?#@%_])", r"\1", m.group(2))  # kgr:event\/x
        if not re.search(r"[<>\"{}|^`\\\s]", local):
            return URIRef(PREFIXES[m.group(1)] + local)
    raise QueryError(f"not an IRI: {text!r} (write <http://...> or a known prefix like kgr:)")


def _typed(body: str, datatype: URIRef, written: str) -> Literal:
    """A typed literal, or a QueryError where the text is not of its type
    ("2021-02-30"^^xsd:date): the query could never match it."""
    log = logging.getLogger("rdflib.term")
    level = log.level
    log.setLevel(logging.CRITICAL)  # rdflib logs a traceback for an ill-typed literal
    try:
        lit = Literal(body, datatype=datatype)
    finally:
        log.setLevel(level)
    if lit.ill_typed:
        raise QueryError(f"not a valid {_short(datatype)}: {written}")
    return lit


def _short(iri: URIRef) -> str:
    for name, base in PREFIXES.items():
        if str(iri).startswith(base):
            return f"{name}:{str(iri)[len(base) :]}"
    return f"<{iri}>"


def parse_value(text: str) -> Node:
    """A parameter value as an RDF term.

    * ``<http://...>``, a bare ``http(s)://...`` URL, or ``kgr:entity/...`` (any
      prefix of `kg.vocab.PREFIXES`) is an IRI;
    * ``"..."``, ``"..."@en`` or ``"..."^^xsd:date`` is that literal;
    * an integer is an ``xsd:integer``, a ``YYYY-MM-DD`` date an ``xsd:date``;
    * anything else is Kazakh text, ``"..."@kk``, like the labels in the graph
      (the saved queries compare labels by their text, so the tag rarely matters).
    """
    value = text.strip()
    if value.startswith("<"):
        return _iri(value)
    if re.fullmatch(r"https?://[^\s<>\"{}|^`\\]+", value):
        return URIRef(value)
    m = _QUOTED.fullmatch(value)
    if m:
        body = m.group(1).replace('\\"', '"')
        if m.group(2):
            if not _LANG.fullmatch(m.group(2)):
                raise QueryError(f"not a language tag: {m.group(2)!r} (write en, kk or kk-Cyrl)")
            return Literal(body, lang=m.group(2))
        if m.group(3):
            return _typed(body, _iri(m.group(3)), value)
        return Literal(body)
    m = _PREFIXED.fullmatch(value)
    if m and m.group(1) in PREFIXES:
        return _iri(value)
    if re.fullmatch(r"[+-]?\d+", value):
        return Literal(value, datatype=XSD.integer)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return Literal(value, datatype=XSD.date)
    return Literal(value, lang="kk")


def run(
    store: Store,
    query: str | SavedQuery,
    *,
    params: Mapping[str, str] | None = None,
    allow_service: bool = False,
) -> QueryResult:
    """Run SPARQL text or a saved query; `params` map variable names to values
    written as `parse_value` reads them. SERVICE is refused unless `allow_service`."""
    params = dict(params or {})
    if isinstance(query, SavedQuery):
        declared = {p.name for p in query.params}
        unknown = sorted(set(params) - declared)
        if unknown:
            allowed = ", ".join(sorted(declared)) or "none"
            raise QueryError(
                f"query {query.name} takes no parameter {', '.join(unknown)} (it takes: {allowed})"
            )
        missing = [p.name for p in query.params if not p.optional and p.name not in params]
        if missing:
            raise QueryError(
                f"query {query.name} needs --param "
                + ", ".join(f"{m}=... ({_meaning(query, m)})" for m in missing)
            )
        text = query.text
    else:
        text = query
    bound = {name: parse_value(value) for name, value in params.items()}
    typed = [n for n in NAME_PARAMS if isinstance(query, SavedQuery) and _is_text(bound.get(n))]
    if len(typed) == 1:
        return _run_by_name(store, text, bound, typed[0])
    return store.query(text, params=bound, allow_service=allow_service)


#: Parameters of the saved queries that take a name as people write it.
NAME_PARAMS = ("entity", "region")


def _is_text(value: Node | None) -> bool:
    return isinstance(value, Literal) and value.datatype is None


def _run_by_name(store: Store, text: str, bound: dict[str, Node], param: str) -> QueryResult:
    """A saved query for a name: as written when some name in the graph is exactly
    that (in any letter case); else for each entity a form or part of the name
    matches (Боқаевты, Bokaev, Боқаев for Макс Боқаев), with a note; else empty,
    with a note of the names that come close."""
    from kg.names import close_names, match_names

    typed = str(bound[param])
    names: dict[str, list[str]] = {}
    for node, name, main in store.query(_NAMES).rows:
        labels = names.setdefault(str(node), [])
        if str(main) == "1":
            labels.insert(0, str(name))
        else:
            labels.append(str(name))
    wanted = typed.casefold().strip()
    if any(n.casefold() == wanted for labels in names.values() for n in labels):
        return store.query(text, params=bound)
    hits = match_names(typed, names)
    if not hits:
        empty = store.query(text, params=bound)
        close = close_names(typed, [n for labels in names.values() for n in labels])
        hint = f"; close: {', '.join(close)}" if close else ""
        return replace(empty, notes=(f"nothing in the graph is named {typed!r}{hint}",))
    rows: list[Row] = []
    columns: tuple[str, ...] = ()
    for hit in hits:
        result = store.query(text, params={**bound, param: URIRef(hit)})
        columns = result.columns
        rows.extend(r for r in result.rows if r not in rows)
    note = f"{typed!r} matched {', '.join(sorted({names[h][0] for h in hits}))}"
    return QueryResult("select", columns, tuple(rows), notes=(note,))


_NAMES = """SELECT ?e ?name ?main WHERE {
  { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name BIND(1 AS ?main) }
  UNION { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?name BIND(0 AS ?main) }
  FILTER(isIRI(?e))
} ORDER BY ?e ?name"""


def _meaning(query: SavedQuery, name: str) -> str:
    return next(p.meaning for p in query.params if p.name == name)
