"""From an RDF graph that follows the graph contract to a networkx graph to draw.

Nodes carry what the page shows (label, class, dates, evidence, source URL,
regions); edges carry their property and kind. Everything is keyed by IRI so
the same input gives the same page.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from kg._ontology import read
from kg.errors import QueryError
from kg.vocab import DCTERMS, KGO, OWL, PROV, RDF, RDFS, ROLE_PROPS, SCHEMA, SKOS

PLAIN_PROPS: tuple[URIRef, ...] = (
    KGO.detainedBy,
    KGO.sentencedBy,
    KGO.releasedFrom,
    KGO.strikesAgainst,
    KGO.employeeOf,
    KGO.memberOf,
    KGO.complainedAbout,
    KGO.condemned,
    KGO.hospitalizedIn,
    KGO.evictedBy,
    KGO.participatedIn,
)
#: Literal properties shown in tooltips, in this order, besides label, date and evidence.
INFO_PROPS: tuple[URIRef, ...] = (
    KGO.occupation,
    KGO.participantCount,
    KGO.countQualifier,
    KGO.duration,
    KGO.durationQualifier,
    KGO.demand,
    KGO.seats,
    KGO.percentage,
    KGO.modality,
)


@dataclass(frozen=True, slots=True)
class Ontology:
    """What the page needs from `ontology/kazkg.ttl`: labels and the class tree."""

    labels: dict[URIRef, tuple[str, str]]
    parents: dict[URIRef, frozenset[URIRef]]
    order: dict[URIRef, int]

    def ancestors(self, cls: str) -> set[URIRef]:
        seen: set[URIRef] = set()
        todo = [URIRef(cls)]
        while todo:
            for parent in self.parents.get(todo.pop(), frozenset()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def kind(self, cls: str) -> str:
        up = self.ancestors(cls) | {URIRef(cls)}
        if KGO.Event in up:
            return "event"
        if KGO.Entity in up:
            return "entity"
        if cls == KGO.Brief:
            return "brief"
        return "other"

    def label(self, term: str) -> tuple[str, str]:
        """(kk, en) label of a term; the local name when the ontology has none."""
        if URIRef(term) in self.labels:
            return self.labels[URIRef(term)]
        local = _local_name(term)
        return (local, local)


@functools.cache
def load_ontology() -> Ontology:
    text = read("kazkg.ttl")
    graph = Graph()
    graph.parse(data=text, format="turtle")
    labels: dict[URIRef, tuple[str, str]] = {}
    terms = sorted({s for s in graph.subjects(RDFS.label, None) if isinstance(s, URIRef)})
    for term in terms:
        by_lang = {
            o.language: str(o) for o in graph.objects(term, RDFS.label) if isinstance(o, Literal)
        }
        kk = by_lang.get("kk") or by_lang.get("en") or _local_name(term)
        labels[term] = (kk, by_lang.get("en") or kk)
    parents: dict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            parents[sub].add(sup)
    # Legend order follows the ontology file, which lists classes top-down.
    order = {t: text.find(f"kgo:{_local_name(t)} a ") for t in terms}
    return Ontology(labels, {k: frozenset(v) for k, v in parents.items()}, order)


def union_graph(data: Graph) -> Graph:
    """All triples of a Dataset's graphs (or the graph itself) as one Graph."""
    if not isinstance(data, Dataset):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def merge_reports(graph: Graph) -> Graph:
    """The graph with every report of a story folded into the story's canonical
    report (the one its `owl:sameAs` with `kgo:sameEventBasis` points at), so that
    a story told in five briefs is one node with five briefs and their evidence."""
    links = [
        (r, c)
        for r, c in graph.subject_objects(OWL.sameAs)
        if (r, KGO.sameEventBasis, None) in graph and (c, KGO.trigger, None) in graph
    ]
    if not links:
        return graph
    out = Graph()
    for triple in graph:
        out.add(triple)
    for report, canonical in sorted(links):
        for p, o in graph.predicate_objects(report):
            if p not in (RDF.type, OWL.sameAs, KGO.sameEventBasis):
                out.add((canonical, p, o))
        for s, p in graph.subject_predicates(report):
            out.add((s, p, canonical))
        out.remove((report, None, None))
        out.remove((None, None, report))
    return out


def to_networkx(data: Graph) -> nx.MultiDiGraph:
    """Every entity and event of `data` with role, plain and `kgo:locatedIn` edges;
    the reports of one story are one event."""
    graph = merge_reports(union_graph(data))
    onto = load_ontology()
    nodes = [
        s for s in _typed(graph) if onto.kind(_main_class(graph, s, onto)) in ("entity", "event")
    ]
    keep = set(nodes)
    edges = [
        (s, p, o)
        for p in (*ROLE_PROPS, *PLAIN_PROPS, KGO.locatedIn)
        for s, o in graph.subject_objects(p)
        if s in keep and o in keep
    ]
    return _build(graph, onto, nodes, edges, query=False)


def from_query(data: Graph, sparql: str) -> nx.MultiDiGraph:
    """The result of a CONSTRUCT (its triples) or SELECT (its IRIs and the edges
    between them) as a graph to draw."""
    graph = union_graph(data)
    try:
        result = _run_query(data, sparql)
    except Exception as exc:
        raise QueryError(f"cannot run the query: {exc}") from exc
    onto = load_ontology()
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        assert result.graph is not None
        triples = [
            (s, p, o)
            for s, p, o in result.graph
            if isinstance(s, URIRef)
            and isinstance(o, URIRef)
            and p != RDF.type
            and isinstance(p, URIRef)
        ]
        seen: dict[URIRef, None] = {}
        for a, _, b in triples:
            seen.setdefault(a)
            seen.setdefault(b)
        for subject in result.graph.subjects():
            if isinstance(subject, URIRef):
                seen.setdefault(subject)
        return _build(graph, onto, list(seen), triples, query=True)
    if result.type == "SELECT":
        iris: dict[URIRef, None] = {}
        for row in result:
            for value in row:  # type: ignore[union-attr]
                if (
                    isinstance(value, URIRef)
                    and onto.kind(_main_class(graph, value, onto)) != "other"
                ):
                    iris.setdefault(value)
        keep = set(iris)
        edges = [
            (s, p, o)
            for p in (*ROLE_PROPS, *PLAIN_PROPS, KGO.locatedIn)
            for s, o in graph.subject_objects(p)
            if s in keep and o in keep
        ]
        return _build(graph, onto, list(iris), edges, query=True)
    raise QueryError("only SELECT, CONSTRUCT and DESCRIBE queries can be drawn")


def _run_query(data: Graph, sparql: str) -> Result:
    from kg.store import check_service

    check_service(sparql)  # rdflib would fetch the SERVICE's address
    if isinstance(data, Dataset):
        # A user's query over a build means the union of the briefs' graphs.
        before = data.default_union
        data.default_union = True
        try:
            result = data.query(sparql)
            if result.type == "SELECT":
                result.bindings  # noqa: B018  (rows are lazy: read them while the union is on)
            return result
        finally:
            data.default_union = before
    return data.query(sparql)


def _typed(graph: Graph) -> list[URIRef]:
    return sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)})


def _main_class(graph: Graph, node: URIRef, onto: Ontology) -> URIRef:
    """The most specific class of `node` that the ontology knows."""
    known = [c for c in graph.objects(node, RDF.type) if isinstance(c, URIRef) and c in onto.labels]
    if not known:
        return RDFS.Resource
    return max(sorted(known), key=lambda c: len(onto.ancestors(c)))


def _build(
    graph: Graph,
    onto: Ontology,
    nodes: list[URIRef],
    triples: Iterable[tuple[Any, Any, Any]],
    *,
    query: bool,
) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph(query=query)
    regions = _regions(graph, onto)
    for node in nodes:
        out.add_node(str(node), **_describe(graph, onto, node, regions))
    sources = _plain_sources(graph)
    for s, p, o in sorted(set(triples)):
        kind = (
            "role"
            if p in ROLE_PROPS
            else "plain"
            if p in PLAIN_PROPS
            else "located"
            if p == KGO.locatedIn
            else "other"
        )
        events = sorted(str(e) for e in sources.get((s, p, o), ()))
        if kind == "plain" and not events:
            events = sorted(str(e) for e in _guess_sources(graph, s, p, o))
        out.add_edge(str(s), str(o), key=str(p), prop=str(p), kind=kind, events=events)
    return out


def _describe(
    graph: Graph, onto: Ontology, node: URIRef, regions: dict[URIRef, list[URIRef]]
) -> dict[str, Any]:
    cls = _main_class(graph, node, onto)
    kind = onto.kind(cls)
    label = _kk(graph.objects(node, RDFS.label))
    alt = sorted({str(o) for o in graph.objects(node, SKOS.altLabel)} - {label})
    info: list[tuple[str, str]] = []
    for prop in INFO_PROPS:
        for value in sorted(str(o) for o in graph.objects(node, prop)):
            info.append((_both(onto.label(prop)), value))
    dates = sorted(str(o) for o in graph.objects(node, KGO.date))
    briefs = sorted(
        b
        for b in graph.objects(node, PROV.wasDerivedFrom if kind == "event" else KGO.mentionedIn)
        if isinstance(b, URIRef)
    )
    urls: list[str] = []
    for brief in briefs:
        ident = _first(graph.objects(brief, DCTERMS.identifier)) or _local_name(brief)
        published = _first(graph.objects(brief, DCTERMS.date))
        info.append(("Хабар / Brief", ident + (f" ({published})" if published else "")))
        urls.extend(sorted(str(u) for u in graph.objects(brief, SCHEMA.url)))
    evidence = " … ".join(sorted(str(o) for o in graph.objects(node, KGO.evidence)))
    if kind == "brief":
        urls.extend(sorted(str(u) for u in graph.objects(node, SCHEMA.url)))
        evidence = _first(graph.objects(node, SCHEMA.text))
        label = label or _first(graph.objects(node, DCTERMS.identifier)) or ""
    places = (
        [p for p in graph.objects(node, KGO.place) if isinstance(p, URIRef)]
        if kind == "event"
        else [node]
    )
    node_regions = sorted({str(r) for p in places for r in regions.get(p, [])})
    d0, d1 = _date_range(dates)
    if not label:
        label = onto.label(cls)[0] if kind == "event" else _local_name(node)
    return {
        "iri": str(node),
        "label": label,
        "kind": kind,
        "cls": str(cls),
        "alt": alt,
        "date": ", ".join(dates),
        "d0": d0,
        "d1": d1,
        "md": sorted({v[2:7] for v in dates if v.startswith("--") and len(v) >= 7}),
        "evidence": evidence,
        "trigger": ", ".join(sorted(str(o) for o in graph.objects(node, KGO.trigger))),
        "urls": list(dict.fromkeys(urls)),
        "info": info,
        "regions": node_regions,
    }


def _regions(graph: Graph, onto: Ontology) -> dict[URIRef, list[URIRef]]:
    """Each place with the regions (`kgo:Region`) it lies in or is, via `kgo:locatedIn`."""
    up: dict[URIRef, set[URIRef]] = defaultdict(set)
    for s, o in graph.subject_objects(KGO.locatedIn):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            up[s].add(o)
    is_region = {s for s in graph.subjects(RDF.type, KGO.Region) if isinstance(s, URIRef)}
    places = (
        set(up) | is_region | {o for o in graph.objects(None, KGO.place) if isinstance(o, URIRef)}
    )
    out: dict[URIRef, list[URIRef]] = {}
    for place in places:
        seen = {place}
        todo = [place]
        while todo:
            for parent in up.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        out[place] = sorted(seen & is_region)
    return out


def _plain_sources(graph: Graph) -> dict[tuple[Any, Any, Any], set[URIRef]]:
    """Plain edges reified as rdf:Statement with `kgo:derivedFromEvent`."""
    out: dict[tuple[Any, Any, Any], set[URIRef]] = defaultdict(set)
    for stmt, event in graph.subject_objects(KGO.derivedFromEvent):
        s = graph.value(stmt, RDF.subject)
        p = graph.value(stmt, RDF.predicate)
        o = graph.value(stmt, RDF.object)
        if s is not None and p is not None and o is not None and isinstance(event, URIRef):
            out[(s, p, o)].add(event)
    return out


def _guess_sources(graph: Graph, s: Any, p: Any, o: Any) -> Iterator[URIRef]:
    """Without reification: the events in which both ends of a plain edge take part."""
    if p == KGO.participatedIn and isinstance(o, URIRef):
        yield o
        return
    with_s = {e for r in ROLE_PROPS for e in graph.subjects(r, s) if isinstance(e, URIRef)}
    with_o = {e for r in ROLE_PROPS for e in graph.subjects(r, o) if isinstance(e, URIRef)}
    yield from sorted(with_s & with_o)


def _date_range(dates: list[str]) -> tuple[str, str]:
    """The earliest start and latest end of xsd date values, as comparable ISO text."""
    starts, ends = [], []
    for value in dates:
        if value.startswith("--") or not value[:4].isdigit():
            continue  # xsd:gMonthDay: no year, cannot be placed in a range
        parts = value[:10].split("-")
        starts.append("-".join([*parts, "01", "01"][:3]))
        ends.append(
            "-".join([*parts, "12", "31"][:3]) if len(parts) == 1 else "-".join([*parts, "31"][:3])
        )
    return (min(starts), max(ends)) if starts else ("", "")


def _kk(values: Iterable[Any]) -> str:
    lits = sorted((v for v in values if isinstance(v, Literal)), key=str)
    for lit in lits:
        if lit.language == "kk":
            return str(lit)
    return str(lits[0]) if lits else ""


def _first(values: Iterable[Any]) -> str:
    found = sorted(str(v) for v in values)
    return found[0] if found else ""


def _both(labels: tuple[str, str]) -> str:
    kk, en = labels
    return kk if kk == en else f"{kk} / {en}"


def _local_name(term: URIRef | BNode | str) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text
