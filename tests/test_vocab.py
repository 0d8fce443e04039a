from pathlib import Path

from rdflib import OWL, RDF, Graph

from kg.vocab import KGO

ONTOLOGY = Path(__file__).parent.parent / "ontology" / "kazkg.ttl"
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def _terms() -> set[str]:
    g = Graph().parse(ONTOLOGY)
    ns = str(KGO._NS)
    return {
        str(s)[len(ns) :] for k in KINDS for s in g.subjects(RDF.type, k) if str(s).startswith(ns)
    }


def test_every_ontology_term_is_in_the_vocabulary() -> None:
    declared = set(KGO.__annotations__)
    assert _terms() - declared == set()


def test_every_vocabulary_term_is_in_the_ontology() -> None:
    declared = set(KGO.__annotations__)
    assert declared - _terms() == set()


def test_every_term_has_kk_and_en_labels_and_a_comment() -> None:
    g = Graph().parse(ONTOLOGY)
    for name in KGO.__annotations__:
        node = KGO[name]
        langs = {
            lit.language for lit in g.objects(node, g.namespace_manager.expand_curie("rdfs:label"))
        }
        assert {"kk", "en"} <= langs, name
        assert list(g.objects(node, g.namespace_manager.expand_curie("rdfs:comment"))), name


def test_contract_names_exist() -> None:
    for name in (
        "Strike",
        "Detention",
        "agent",
        "patient",
        "participantCount",
        "mentionedIn",
        "detainedBy",
        "cameoCode",
        "acledEventType",
        "modality",
    ):
        assert KGO[name]


def test_class_branches_follow_the_ontology() -> None:
    from rdflib import RDFS

    from kg.vocab import AGENT_CLASSES, ORGANIZATION_CLASSES, PLACE_CLASSES

    g = Graph().parse(ONTOLOGY)
    ns = str(KGO._NS)

    def below(root: str) -> set[str]:
        return {str(c)[len(ns) :] for c in g.transitive_subjects(RDFS.subClassOf, KGO[root])}

    assert below("Organization") == ORGANIZATION_CLASSES
    assert below("Place") == PLACE_CLASSES
    assert below("Agent") == AGENT_CLASSES
