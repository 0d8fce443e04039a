"""The only place that makes triples: one named graph per brief.

IRIs come from stable keys (brief ids, entity keys, trigger offsets), so the
same input always gives the same graph; there are no blank nodes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.term import Node

import kg
from kg.extract.frames import EDGES
from kg.model import Brief, Entity, Event, Extraction
from kg.resolve import Resolution
from kg.vocab import DCTERMS, GEO, KGO, KGR, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

__all__ = [
    "BriefGraph",
    "Triple",
    "brief_iri",
    "entity_iri",
    "event_iri",
    "graph_iri",
    "graphs",
    "input_digest",
]

Triple = tuple[Node, Node, Node]
BriefGraph = tuple[URIRef, list[Triple]]

_UNSAFE = re.compile(r"[^\w\-.~]", re.UNICODE)
_ACTIVITY = KGR[f"activity/kazkg-{kg.__version__}"]
_DATATYPES = {
    "date": XSD.date,
    "gYearMonth": XSD.gYearMonth,
    "gYear": XSD.gYear,
    "gMonthDay": XSD.gMonthDay,
}


def _segment(text: str) -> str:
    """An IRI path segment: letters, digits and -._~ kept, anything else escaped."""
    return _UNSAFE.sub(
        lambda m: "".join(f"_{b:02X}" for b in m.group().encode()), text.replace(" ", "-")
    )


def brief_iri(brief_id: str) -> URIRef:
    return KGR[f"brief/{_segment(brief_id)}"]


def graph_iri(brief_id: str) -> URIRef:
    return KGR[f"graph/{_segment(brief_id)}"]


def entity_iri(key: str) -> URIRef:
    return KGR["entity/" + "/".join(_segment(p) for p in key.split("/"))]


def input_digest(b: Brief) -> str:
    """What a brief was built from: its id, text, date and url, and the version."""
    fields = (kg.__version__, b.id, b.text, b.date or "", b.url or "")
    return hashlib.sha256("\x00".join(fields).encode("utf-8")).hexdigest()


def event_iri(brief_id: str, e: Event) -> URIRef:
    part = f"-{e.part}" if e.part else ""
    return KGR[f"event/{_segment(brief_id)}/{e.trigger.start}-{e.cls}{part}"]


def _decimal(value: float | Decimal) -> Literal:
    """xsd:decimal in the lexical form stores keep (48, 70.96), so that the
    same graph compares equal after a round trip through the store."""
    text = format(Decimal(str(value)).quantize(Decimal("0.000001")).normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def _kk(text: str) -> Literal:
    return Literal(text, lang="kk")


def _brief_triples(b: Brief) -> Iterator[Triple]:
    node = brief_iri(b.id)
    yield node, RDF.type, KGO.Brief
    yield node, DCTERMS.identifier, Literal(b.id)
    yield node, SCHEMA.text, _kk(b.text)
    if b.date:
        yield node, DCTERMS.date, Literal(b.date, datatype=XSD.date)
    if b.url:
        yield node, SCHEMA.url, Literal(b.url, datatype=XSD.anyURI)
    if b.source:
        yield node, DCTERMS.source, Literal(b.source)


def _entity_triples(e: Entity, brief: URIRef | None, res: Resolution) -> Iterator[Triple]:
    node = entity_iri(e.key)
    yield node, RDF.type, KGO[e.cls]
    yield node, RDFS.label, _kk(e.label)
    if brief is not None:
        yield node, KGO.mentionedIn, brief
        for alt in e.alt_labels:
            yield node, SKOS.altLabel, _kk(alt)
        yield node, KGO.identityBasis, Literal(e.basis)
    if e.wikidata:
        yield node, OWL.sameAs, WD[e.wikidata]
    if e.lat is not None and e.lon is not None:
        yield node, GEO.lat, _decimal(e.lat)
        yield node, GEO.long, _decimal(e.lon)
    if e.occupation:
        yield node, KGO.occupation, _kk(e.occupation)
    if e.parent:
        parent = res.entities.get(e.parent) or _gazetteer_entity(e.parent)
        if parent is not None:
            yield node, KGO.locatedIn, entity_iri(parent.key)
            yield from _entity_triples(parent, None, res)


def _gazetteer_entity(key: str) -> Entity | None:
    from kg import gazetteer

    try:
        g = gazetteer.get(key[4:])
    except KeyError:
        return None
    return Entity(
        key=key,
        cls=g.cls,
        label=g.name,
        wikidata=g.wikidata,
        lat=g.lat,
        lon=g.lon,
        parent=(f"gaz/{g.parent}" if g.parent else None),
    )


def _event_triples(ex: Extraction, e: Event, res: Resolution) -> Iterator[Triple]:
    bid = ex.brief.id
    node = event_iri(bid, e)
    yield node, RDF.type, KGO[e.cls]
    yield node, PROV.wasDerivedFrom, brief_iri(bid)
    yield node, KGO.evidence, _kk(ex.brief.text[e.sentence.start : e.sentence.end])
    yield node, KGO.trigger, _kk(e.trigger_text)
    yield node, KGO.triggerStart, Literal(e.trigger.start)
    yield node, KGO.triggerEnd, Literal(e.trigger.end)
    by_role: dict[str, list[URIRef]] = {}
    for a in e.args:
        target = entity_iri(res.key(bid, a.mention))
        by_role.setdefault(a.role, []).append(target)
        yield node, KGO[a.role], target
        if a.role == "agent":
            yield target, KGO.participatedIn, node
    if e.date:
        yield node, KGO.date, Literal(e.date.lexical, datatype=_DATATYPES[e.date.datatype])
    if e.count is not None:
        yield node, KGO.participantCount, Literal(int(e.count.value), datatype=XSD.integer)
        if e.count.qualifier:
            yield node, KGO.countQualifier, Literal(e.count.qualifier)
    if e.duration is not None:
        yield node, KGO.duration, Literal(e.duration.iso, datatype=XSD.duration)
        if e.duration.qualifier:
            yield node, KGO.durationQualifier, Literal(e.duration.qualifier)
    if e.seats is not None:
        yield node, KGO.seats, Literal(e.seats, datatype=XSD.integer)
    if e.percentage is not None:
        yield node, KGO.percentage, _decimal(e.percentage)
    if e.demand:
        yield node, KGO.demand, _kk(e.demand)
    if e.modality:
        yield node, KGO.modality, Literal(e.modality)
        return  # plain edges only from events the text asserts
    for cls, src, name, dst in EDGES:
        if cls != e.cls:
            continue
        edge = URIRef(KGO[name])
        for s in by_role.get(src, []):
            for o in by_role.get(dst, []):
                yield s, edge, o
                digest = hashlib.sha1(f"{s} {edge} {o} {node}".encode()).hexdigest()[:16]
                stmt = KGR[f"edge/{digest}"]
                yield stmt, RDF.type, RDF.Statement
                yield stmt, RDF.subject, s
                yield stmt, RDF.predicate, edge
                yield stmt, RDF.object, o
                yield stmt, KGO.derivedFromEvent, node


def _same_event_links(
    extractions: Sequence[Extraction], res: Resolution
) -> dict[str, list[tuple[URIRef, URIRef, str]]]:
    """(report, canonical report, basis) by the brief whose graph holds the link:
    the report's, so re-extracting a brief replaces exactly its own links."""
    events = {(ex.brief.id, i): e for ex in extractions for i, e in enumerate(ex.events)}
    out: dict[str, list[tuple[URIRef, URIRef, str]]] = {}
    for link in res.same_events:
        mine = event_iri(link.a[0], events[link.a])
        canonical = event_iri(link.b[0], events[link.b])
        out.setdefault(link.a[0], []).append((mine, canonical, link.basis))
    for stored in res.same_stored:
        mine = event_iri(stored.a[0], events[stored.a])
        out.setdefault(stored.a[0], []).append((mine, URIRef(stored.iri), stored.basis))
    return out


def graphs(extractions: Sequence[Extraction], res: Resolution) -> list[BriefGraph]:
    """Named graph IRI and triples of every brief, sorted by graph IRI; the
    triples of a graph are a set, in no order (the store and the dumps sort)."""
    links = _same_event_links(extractions, res)
    out: list[BriefGraph] = []
    for ex in extractions:
        bid = ex.brief.id
        bnode = brief_iri(bid)
        gnode = graph_iri(bid)
        triples: set[Triple] = set(_brief_triples(ex.brief))
        triples.add((gnode, PROV.wasDerivedFrom, bnode))
        triples.add((gnode, PROV.wasGeneratedBy, _ACTIVITY))
        triples.add((gnode, KGO.inputDigest, Literal(input_digest(ex.brief))))
        for key in sorted({res.key(bid, m) for m in ex.mentions}):
            triples.update(_entity_triples(res.entities[key], bnode, res))
        for i, e in enumerate(ex.events):
            triples.update(_event_triples(ex, e, res))
            for key in res.story_keys.get((bid, i), ()):
                triples.add((event_iri(bid, e), KGO.sameEventKey, Literal(key)))
        for mine, canonical, basis in links.get(bid, ()):
            triples.add((mine, OWL.sameAs, canonical))
            triples.add((mine, KGO.sameEventBasis, Literal(basis)))
        out.append((gnode, list(triples)))
    return sorted(out, key=lambda g: str(g[0]))
