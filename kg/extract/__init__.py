"""Extraction: one brief in, its mentions and events out. A pure function."""

from __future__ import annotations

from decimal import Decimal

from kg.extract.doc import Doc, make_doc
from kg.extract.events import Draft, find_events
from kg.extract.mentions import Chunk, find_chunks
from kg.model import Argument, Brief, Event, Extraction, Mention, Span

__all__ = ["extract"]

_ROLE_ORDER = ("agent", "patient", "target", "recipient", "witness", "place")


def _mention(doc: Doc, c: Chunk) -> Mention:
    start, end = doc.words[c.first].start, doc.words[c.last].end
    return Mention(start, end, doc.brief.text[start:end], c.label, c.cls, c.key, c.occupation)


def _share(value: Decimal) -> Decimal | None:
    """A percentage that is a share of votes or people (0 to 100); "177 пайызға
    өсті" is growth, which kgo:percentage does not hold."""
    share = Decimal(value)
    return share if 0 <= share <= 100 else None


def _event(doc: Doc, d: Draft) -> Event:
    sent = doc.sentences[d.sent]
    t0, t1 = doc.words[d.first].start, doc.words[d.last].end
    args = tuple(
        Argument(role, _mention(doc, c))
        for role in _ROLE_ORDER
        for c in sorted(d.roles.get(role, []), key=lambda c: c.first)
    )
    return Event(
        cls=d.cls,
        trigger=Span(t0, t1),
        trigger_text=doc.brief.text[t0:t1],
        sentence=Span(sent.start, sent.end),
        args=args,
        date=d.date,
        count=d.count,
        duration=d.duration,
        seats=d.seats,
        percentage=_share(d.percentage.value) if d.percentage is not None else None,
        demand=d.demand,
        modality=d.modality,
        part=d.part,
    )


def extract(brief: Brief) -> Extraction:
    """Mentions and events of one brief; the same brief always gives the same result."""
    doc = make_doc(brief)
    chunks = find_chunks(doc)
    drafts = find_events(doc, chunks)
    # roles may name what no chunk did on its own (the place of "павлодарлық полиция")
    spans = {(c.first, c.last) for c in chunks}
    extra = {
        (c.first, c.last): c
        for d in drafts
        for items in d.roles.values()
        for c in items
        if (c.first, c.last) not in spans
    }
    ordered = sorted([*chunks, *extra.values()], key=lambda c: (c.first, c.last))
    mentions = tuple(_mention(doc, c) for c in ordered)
    events = tuple(
        sorted((_event(doc, d) for d in drafts), key=lambda e: (e.trigger, e.cls, e.part))
    )
    return Extraction(brief, mentions, events)
