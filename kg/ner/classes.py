"""From a KazNERD label and the phrase it covers to our entity class (a kgo local name)."""

from __future__ import annotations

from kg import gazetteer
from kg.lang.data_heads import COMPANY_MARKS, ORG_HEADS
from kg.ner.features import head_class
from kg.vocab import ORGANIZATION_CLASSES, PLACE_CLASSES

__all__ = ["classify"]

_PLACE_CLASSES = PLACE_CLASSES - {"Place"}
_ORG_CLASSES = ORGANIZATION_CLASSES
# Law enforcement heads, and полицей (a policeman), as prefixes of any form.
_POLICE = (*(h for h, cls in ORG_HEADS.items() if cls == "LawEnforcement"), "полицей")
# KazNERD labels that name an organisation or a place; the others are no entity of ours.
_FAMILY = {
    "PERSON": "Person",
    "ORGANISATION": "Organization",
    "GPE": "Place",
    "LOCATION": "Place",
    "FACILITY": "Facility",
}


def _family(cls: str) -> str:
    if cls in _PLACE_CLASSES:
        return "Facility" if cls == "Facility" else "Place"
    return "Organization" if cls in _ORG_CLASSES else cls


def _head(words: list[str]) -> str | None:
    """The class of the rightmost head noun of the phrase."""
    for w in reversed(words):
        cls = head_class(w.strip('«»"“”'))
        if cls is not None:
            return cls
    return None


def classify(label: str, phrase: str) -> str | None:
    """Our class for an entity the tagger labelled `label` (PERSON, ORGANISATION, GPE, ...,
    with or without B-/I-), or None when the label is no entity of ours (DATE, MONEY, ...).

    The gazetteer decides first when it knows the phrase and agrees on the kind of thing;
    then head nouns: партиясы -> PoliticalParty, министрлігі -> GovernmentBody, соты ->
    Court, облысы -> Region, ауданы -> District, ауылы -> Village, and so on.
    """
    kind = label.split("-", 1)[-1] if label[:2] in ("B-", "I-") else label
    family = _FAMILY.get(kind.upper())
    if family is None:
        return None
    if family == "Person":
        return "Person"
    entry = gazetteer.lookup(phrase)
    if entry is not None and (
        _family(entry.cls) == family or (family == "Place" and entry.cls == "Facility")
    ):
        return entry.cls
    words = phrase.split()
    lowered = [w.lower().strip('«»"“”') for w in words]
    head = _head(words)
    if family == "Organization":
        if any(w.startswith(_POLICE) for w in lowered):
            return "LawEnforcement"
        if any(w in COMPANY_MARKS for w in lowered):
            return "Company"
        if head is not None and _family(head) == "Organization":
            return head
        return "Organization"
    if family == "Facility":
        return "Facility"
    if head is not None and head in _PLACE_CLASSES:
        return head
    return "Place"
