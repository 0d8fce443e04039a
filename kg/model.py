"""Records that flow through the pipeline: text -> extract -> resolve -> rdf.

Every record is a frozen dataclass. Mentions and values are character offsets
into the brief's (normalised, same-length) text, so evidence is never copied
out of context.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

__all__ = [
    "Argument",
    "Brief",
    "DateValue",
    "DurationValue",
    "Entity",
    "Event",
    "Extraction",
    "Mention",
    "NumberValue",
    "Sentence",
    "Span",
    "Token",
    "text_id",
]


def text_id(stem: str, text: str) -> str:
    """`seed-3f9a0c12d4`: the stem, then 10 hex digits of the SHA-1 of the text with
    its whitespace collapsed (re-spacing a line keeps its id)."""
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]
    return f"{stem}-{digest}"


@dataclass(frozen=True, slots=True)
class Brief:
    """One input news brief. `date` is ISO `YYYY-MM-DD` when known."""

    id: str
    text: str
    date: str | None = None
    url: str | None = None
    source: str = ""
    line: int = 0

    @classmethod
    def from_line(cls, text: str, *, source: str, line: int, stem: str) -> Brief:
        """A plain-text line; its id is the file's stem and a digest of the text, so
        it neither shifts when lines move nor collides with another file's line."""
        return cls(id=text_id(stem, text), text=text, source=source, line=line)

    @classmethod
    def from_json(cls, obj: dict[str, Any], *, source: str = "", line: int = 0) -> Brief:
        return cls(
            id=str(obj["id"]),
            text=str(obj["text"]),
            date=(str(obj["date"]) if obj.get("date") else None),
            url=(str(obj["url"]) if obj.get("url") else None),
            source=source,
            line=line,
        )


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date expression. `datatype` is one of date, gYearMonth, gYear, gMonthDay."""

    start: int
    end: int
    lexical: str
    datatype: str


@dataclass(frozen=True, slots=True)
class NumberValue:
    """A number expression; `unit` is "percent" for пайыз/процент, `qualifier`
    approx, moreThan, atLeast or upTo where the text hedges."""

    start: int
    end: int
    value: Decimal
    qualifier: str | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class DurationValue:
    start: int
    end: int
    iso: str
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span naming an entity. `label` is its nominative form, `cls` the local
    name of its kgo class. `key` is a resolver hint (a gazetteer id, say)."""

    start: int
    end: int
    text: str
    label: str
    cls: str
    key: str | None = None
    occupation: str | None = None


@dataclass(frozen=True, slots=True)
class Argument:
    role: str
    mention: Mention


@dataclass(frozen=True, slots=True)
class Event:
    """An event extracted from one sentence of one brief."""

    cls: str
    trigger: Span
    trigger_text: str
    sentence: Span
    args: tuple[Argument, ...] = ()
    date: DateValue | None = None
    count: NumberValue | None = None
    duration: DurationValue | None = None
    seats: int | None = None
    percentage: Decimal | None = None
    demand: str | None = None
    modality: str | None = None
    part: int = 0  # the k-th of several events one trigger reports (a list of results)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one brief yields before resolution."""

    brief: Brief
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved real-world entity; `key` is stable and becomes its IRI."""

    key: str
    cls: str
    label: str
    alt_labels: tuple[str, ...] = ()
    briefs: tuple[str, ...] = ()
    basis: str = ""
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    parent: str | None = None
    occupation: str | None = None
