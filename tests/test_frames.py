"""The event frames are the one description of each event class: checked
against the ontology, and every rule they name is one the filler knows."""

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.extract import events
from kg.extract.frames import EDGES, FRAMES, REPEATABLE, TRIGGERS, EventClass, Need, Role
from kg.vocab import KGO

ONTOLOGY = Path(__file__).parent.parent / "ontology" / "kazkg.ttl"


def _event_classes(g: Graph) -> set[str]:
    ns = str(KGO._NS)
    out = set()
    for s in g.subjects(RDFS.subClassOf * "+", KGO.Event):  # type: ignore[operator]
        if isinstance(s, URIRef) and str(s).startswith(ns):
            out.add(str(s)[len(ns) :])
    return out


def test_event_classes_are_the_ontology_s() -> None:
    g = Graph().parse(ONTOLOGY)
    assert {str(c) for c in EventClass} == _event_classes(g)


def test_one_frame_per_class_and_triggers_of_their_own_class() -> None:
    assert [f.cls for f in FRAMES].count(EventClass.STRIKE) == 1
    assert {f.cls for f in FRAMES} == set(EventClass)
    for f in FRAMES:
        assert f.triggers, f.cls
        assert all(t.cls == f.cls for t in f.triggers), f.cls


def test_roles_and_edges_are_ontology_properties() -> None:
    g = Graph().parse(ONTOLOGY)
    for role in Role:
        assert (KGO[str(role)], RDF.type, OWL.ObjectProperty) in g, role
    for _, _, edge, _ in EDGES:
        assert (KGO[edge], RDF.type, OWL.ObjectProperty) in g, edge


def test_longer_constructions_are_tried_first() -> None:
    lengths = [len(t.steps) for t in TRIGGERS]
    assert lengths == sorted(lengths, reverse=True)


def test_every_need_is_checked_by_the_filler() -> None:
    assert set(events.CHECKS) == set(Need)


def test_repeatable_is_read_by_resolution() -> None:
    from kg import resolve

    assert resolve.REPEATABLE is REPEATABLE
    assert "Statement" in REPEATABLE and "Sentencing" not in REPEATABLE
