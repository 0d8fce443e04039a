"""The RDF vocabulary: our ontology terms and the namespaces the graph uses.

`KGO` fails on a misspelt term at import time; `tests/test_vocab.py` keeps it
equal to `ontology/kazkg.ttl` in both directions.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = [
    "AGENT_CLASSES",
    "DCTERMS",
    "GEO",
    "KGO",
    "KGR",
    "ORGANIZATION_CLASSES",
    "OWL",
    "PLACE_CLASSES",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "ROLE_PROPS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "WD",
    "XSD",
]


class KGO(DefinedNamespace):
    _NS = Namespace("https://w3id.org/kazkg/ontology#")
    _fail = True

    Brief: URIRef
    Entity: URIRef
    Agent: URIRef
    Person: URIRef
    Group: URIRef
    Organization: URIRef
    Company: URIRef
    PoliticalParty: URIRef
    NGO: URIRef
    MediaOutlet: URIRef
    CulturalInstitution: URIRef
    GovernmentBody: URIRef
    LawEnforcement: URIRef
    Court: URIRef
    Place: URIRef
    Country: URIRef
    Region: URIRef
    City: URIRef
    District: URIRef
    Village: URIRef
    Facility: URIRef
    Event: URIRef
    Protest: URIRef
    Strike: URIRef
    Detention: URIRef
    Sentencing: URIRef
    Release: URIRef
    Complaint: URIRef
    Petition: URIRef
    Condemnation: URIRef
    Statement: URIRef
    Denial: URIRef
    Appeal: URIRef
    Concession: URIRef
    Dispersal: URIRef
    Assault: URIRef
    Hospitalization: URIRef
    Eviction: URIRef
    Election: URIRef
    ElectionResult: URIRef
    ElectionViolation: URIRef
    PublicHealthMeasure: URIRef
    Infection: URIRef
    Discussion: URIRef
    agent: URIRef
    patient: URIRef
    target: URIRef
    recipient: URIRef
    witness: URIRef
    place: URIRef
    mentionedIn: URIRef
    locatedIn: URIRef
    detainedBy: URIRef
    sentencedBy: URIRef
    releasedFrom: URIRef
    strikesAgainst: URIRef
    employeeOf: URIRef
    memberOf: URIRef
    complainedAbout: URIRef
    condemned: URIRef
    hospitalizedIn: URIRef
    evictedBy: URIRef
    participatedIn: URIRef
    derivedFromEvent: URIRef
    evidence: URIRef
    trigger: URIRef
    triggerStart: URIRef
    triggerEnd: URIRef
    date: URIRef
    participantCount: URIRef
    countQualifier: URIRef
    duration: URIRef
    durationQualifier: URIRef
    demand: URIRef
    seats: URIRef
    percentage: URIRef
    modality: URIRef
    occupation: URIRef
    identityBasis: URIRef
    sameEventBasis: URIRef
    sameEventKey: URIRef
    inputDigest: URIRef
    cameoCode: URIRef
    acledEventType: URIRef


#: The properties that tie an event to the entities it involves.
ROLE_PROPS: tuple[URIRef, ...] = (
    KGO.agent,
    KGO.patient,
    KGO.target,
    KGO.recipient,
    KGO.witness,
    KGO.place,
)

# The entity classes of the contract by branch, as local names (tests/test_vocab.py
# checks them against the subclass tree of ontology/kazkg.ttl).
ORGANIZATION_CLASSES = frozenset(
    {
        "Organization",
        "Company",
        "PoliticalParty",
        "NGO",
        "MediaOutlet",
        "CulturalInstitution",
        "GovernmentBody",
        "LawEnforcement",
        "Court",
    }
)
PLACE_CLASSES = frozenset({"Place", "Country", "Region", "City", "District", "Village", "Facility"})
AGENT_CLASSES = ORGANIZATION_CLASSES | {"Agent", "Person", "Group", "Country"}

KGR = Namespace("https://w3id.org/kazkg/id/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
WD = Namespace("http://www.wikidata.org/entity/")

#: Every prefix the project writes, bound explicitly so output never shows ns1:.
PREFIXES: dict[str, str] = {
    "kgo": str(KGO._NS),
    "kgr": str(KGR),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "geo": str(GEO),
    "wd": str(WD),
}
