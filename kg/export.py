"""Hand the graph on: RDF serialisations, an ACLED-style event table, GraphML for Gephi.

Every format is deterministic: the same store gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg._ontology import ontology_graph
from kg.errors import StoreError
from kg.results import compact
from kg.store import DUMP_FORMATS, Store
from kg.vocab import KGO, RDFS, XSD

__all__ = ["ACLED_COLUMNS", "EXPORT_FORMATS", "acled_rows", "export", "export_bytes"]

#: Formats `export` writes; `turtle` is the default.
EXPORT_FORMATS = (*DUMP_FORMATS, "acled", "graphml")

ACLED_COLUMNS = (
    "event_id",
    "date",
    "date_precision",
    "event_class",
    "cameo_code",
    "acled_event_type",
    "actor1",
    "actor2",
    "location",
    "region",
    "district",
    "latitude",
    "longitude",
    "participant_count",
    "evidence",
    "source_brief",
    "source_url",
)

_PRECISION = {
    str(XSD.date): "day",
    str(XSD.dateTime): "day",
    str(XSD.gYearMonth): "month",
    str(XSD.gYear): "year",
    str(XSD.gMonthDay): "monthday",
}
_KGO = str(KGO._NS)
_ROLES = ("agent", "patient", "target", "recipient", "witness", "place")
_RELATIONS = [
    "detainedBy",
    "sentencedBy",
    "releasedFrom",
    "strikesAgainst",
    "employeeOf",
    "memberOf",
    "complainedAbout",
    "condemned",
    "hospitalizedIn",
    "evictedBy",
    "participatedIn",
    "locatedIn",
]


@dataclass(frozen=True, slots=True)
class _ClassInfo:
    depth: dict[str, int]
    cameo: dict[str, str]
    acled: dict[str, str]


def _class_info() -> _ClassInfo:
    g = ontology_graph()
    parents: dict[str, set[str]] = defaultdict(set)
    for s, o in g.subject_objects(RDFS.subClassOf):
        parents[str(s)].add(str(o))

    def depth(c: str, seen: frozenset[str] = frozenset()) -> int:
        ups = [p for p in parents.get(c, ()) if p.startswith(_KGO) and p not in seen]
        return 1 + max((depth(p, seen | {c}) for p in ups), default=0)

    cameo = {str(s): str(o) for s, o in g.subject_objects(KGO.cameoCode)}
    acled = {str(s): str(o) for s, o in g.subject_objects(KGO.acledEventType)}
    return _ClassInfo({c: depth(c) for c in parents}, cameo, acled)


def _rows(store: Store, sparql: str) -> list[tuple[Node | None, ...]]:
    return list(store.query(sparql).rows)


def _s(term: Node | None) -> str:
    return "" if term is None else str(term)


@dataclass(slots=True)
class _Place:
    label: str = ""
    classes: tuple[str, ...] = ()
    lat: str = ""
    long: str = ""
    parents: tuple[str, ...] = ()


def _places(store: Store) -> dict[str, _Place]:
    rows = _rows(
        store,
        """PREFIX kgo: <https://w3id.org/kazkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
        SELECT DISTINCT ?p ?kind ?value WHERE {
          { ?e kgo:place ?p } UNION { ?p kgo:locatedIn ?x } UNION { ?x kgo:locatedIn ?p }
          { ?p a ?value BIND("class" AS ?kind) }
          UNION { ?p rdfs:label ?value BIND("label" AS ?kind) }
          UNION { ?p geo:lat ?value BIND("lat" AS ?kind) }
          UNION { ?p geo:long ?value BIND("long" AS ?kind) }
          UNION { ?p kgo:locatedIn ?value BIND("parent" AS ?kind) }
        }""",
    )
    values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for node, kind, value in rows:
        values[_s(node)][_s(kind)].add(_s(value))
    out: dict[str, _Place] = {}
    for iri, v in values.items():
        out[iri] = _Place(
            label=min(v["label"], default=""),
            classes=tuple(sorted(v["class"])),
            lat=min(v["lat"], default=""),
            long=min(v["long"], default=""),
            parents=tuple(sorted(v["parent"])),
        )
    return out


def _ancestors(places: dict[str, _Place], start: str) -> list[str]:
    """The place and the places it lies in, nearest first (breadth first, no cycles)."""
    order, frontier, seen = [], [start], {start}
    while frontier:
        order.extend(frontier)
        nxt = []
        for p in frontier:
            for parent in places.get(p, _Place()).parents:
                if parent not in seen:
                    seen.add(parent)
                    nxt.append(parent)
        frontier = sorted(nxt)
    return order


def _first(places: dict[str, _Place], chain: Iterable[str], cls: URIRef) -> str:
    for p in chain:
        if str(cls) in places.get(p, _Place()).classes:
            return places[p].label
    return ""


def acled_rows(store: Store) -> list[dict[str, str]]:
    """One ACLED-style row per event, sorted by date (undated last) and event IRI."""
    info = _class_info()
    events: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e, kind, value in _rows(
        store,
        """PREFIX kgo: <https://w3id.org/kazkg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX schema: <https://schema.org/>
        SELECT DISTINCT ?e ?kind ?value WHERE {
          ?e kgo:evidence ?ev .
          { ?e a ?value BIND("class" AS ?kind) }
          UNION { ?e kgo:date ?value BIND("date" AS ?kind) }
          UNION { ?e kgo:participantCount ?value BIND("count" AS ?kind) }
          UNION { ?e kgo:evidence ?value BIND("evidence" AS ?kind) }
          UNION { ?e kgo:place ?value BIND("place" AS ?kind) }
          UNION { ?e prov:wasDerivedFrom/dcterms:identifier ?value BIND("brief" AS ?kind) }
          UNION { ?e prov:wasDerivedFrom/schema:url ?value BIND("url" AS ?kind) }
        }""",
    ):
        key = _s(kind)
        if key == "date" and isinstance(value, Literal):
            events[_s(e)]["precision"].add(_PRECISION.get(str(value.datatype), ""))
        events[_s(e)][key].add(_s(value))
    actors: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e, role, label in _rows(
        store,
        """PREFIX kgo: <https://w3id.org/kazkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?e ?role ?label WHERE {
          VALUES ?role { kgo:agent kgo:patient kgo:target }
          ?e ?role ?x . ?x rdfs:label ?label .
        }""",
    ):
        actors[(_s(e), _s(role))].add(_s(label))
    places = _places(store)

    def join(values: Iterable[str]) -> str:
        return "; ".join(sorted(v for v in values if v))

    rows: list[dict[str, str]] = []
    for event, v in events.items():
        kgo_classes = [c for c in v["class"] if c.startswith(_KGO)]
        cls = max(sorted(kgo_classes), key=lambda c: info.depth.get(c, 0), default="")
        place = min(v["place"], default="")
        chain = _ancestors(places, place) if place else []
        located = next((p for p in chain if places.get(p, _Place()).lat), "")
        rows.append(
            {
                "event_id": event,
                "date": join(v["date"]),
                "date_precision": join(v["precision"]),
                "event_class": cls[len(_KGO) :],
                "cameo_code": info.cameo.get(cls, ""),
                "acled_event_type": info.acled.get(cls, ""),
                "actor1": join(actors[(event, str(KGO.agent))]),
                "actor2": join(
                    actors[(event, str(KGO.patient))] | actors[(event, str(KGO.target))]
                ),
                "location": join(places[p].label for p in v["place"] if p in places),
                "region": _first(places, chain, KGO.Region),
                "district": _first(places, chain, KGO.District),
                "latitude": places[located].lat if located else "",
                "longitude": places[located].long if located else "",
                "participant_count": join(v["count"]),
                "evidence": join(v["evidence"]),
                "source_brief": join(v["brief"]),
                "source_url": join(v["url"]),
            }
        )
    rows.sort(key=lambda r: (r["date"] == "", r["date"], r["event_id"]))
    return rows


def _acled(store: Store) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(acled_rows(store))
    return buf.getvalue().encode("utf-8")


def _graphml(store: Store) -> bytes:
    import networkx as nx

    labels: dict[str, str] = {}
    classes: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, str] = {}
    for s, kind, value in _rows(
        store,
        """PREFIX kgo: <https://w3id.org/kazkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?s ?kind ?value WHERE {
          { ?s a ?value BIND("class" AS ?kind) }
          UNION { ?s rdfs:label ?value BIND("label" AS ?kind) }
          UNION { ?s kgo:date ?value BIND("date" AS ?kind) }
          FILTER(STRSTARTS(STR(?s), "https://w3id.org/kazkg/id/entity/")
                 || STRSTARTS(STR(?s), "https://w3id.org/kazkg/id/event/"))
        }""",
    ):
        node, val = _s(s), _s(value)
        if kind == Literal("class") and val.startswith(_KGO):
            classes[node].add(val[len(_KGO) :])
        elif kind == Literal("label"):
            labels[node] = min(labels.get(node, val), val)
        elif kind == Literal("date"):
            dates[node] = val
    info = _class_info()
    graph = nx.MultiDiGraph()
    for node in sorted(set(classes) | set(labels)):
        cls = max(
            sorted(classes.get(node, ())), key=lambda c: info.depth.get(_KGO + c, 0), default=""
        )
        is_event = "/id/event/" in node
        graph.add_node(
            node,
            label=labels.get(node)
            or f"{cls} {dates.get(node, '')}".strip()
            or compact(node, escape=False),
            kind="event" if is_event else "entity",
            **{"class": cls},
            date=dates.get(node, ""),
        )
    props = " ".join(f"kgo:{p}" for p in (*_ROLES, *_RELATIONS))
    edges = _rows(
        store,
        f"""PREFIX kgo: <https://w3id.org/kazkg/ontology#>
        SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?o }}""",
    )
    for s, p, o in sorted(edges, key=lambda r: tuple(_s(x) for x in r)):
        src, dst, rel = _s(s), _s(o), _s(p)[len(_KGO) :]
        if src in graph and dst in graph:
            graph.add_edge(src, dst, key=rel, label=rel)
    buf = io.BytesIO()
    nx.write_graphml(graph, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


_STREAMED = ("trig", "turtle", "nquads", "ntriples")


def export_bytes(store: Store, fmt: str = "turtle") -> bytes:
    """The store in one export format, as bytes."""
    if fmt in DUMP_FORMATS:
        return store.dump(fmt)
    if fmt == "acled":
        return _acled(store)
    if fmt == "graphml":
        return _graphml(store)
    raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")


def export(store: Store, fmt: str = "turtle", out: Path | str | IO[bytes] | None = None) -> bytes:
    """Write the store as `fmt` to a path or a binary stream (or just return the bytes).
    The RDF formats go to a path straight from the store, without holding the graph
    in memory; then the bytes are not returned (b"")."""
    if isinstance(out, str | Path) and fmt in _STREAMED:
        store.dump_to(Path(out), fmt)
        return b""
    data = export_bytes(store, fmt)
    if isinstance(out, str | Path):
        path = Path(out)
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True)
        path.write_bytes(data)
    elif out is not None:
        out.write(data)
    return data
