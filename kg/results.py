"""Query results: one frozen record for SELECT, ASK and CONSTRUCT, and its formats.

Rows hold rdflib terms (`URIRef`, `Literal`, `BNode`) or `None` for an unbound
variable, so datatypes and language tags survive until the moment of display.
A CONSTRUCT result has the columns ``subject``, ``predicate``, ``object``; an
ASK result one column ``ask`` and one row holding a boolean `Literal`.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal as KindLiteral

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.vocab import PREFIXES, XSD

__all__ = ["FORMATS", "QueryResult", "Row", "format_result", "term_text"]

Row = tuple[Node | None, ...]

#: Output formats of `format_result`.
FORMATS = ("table", "csv", "tsv", "json", "ndjson")

# Longest namespace first, so kgr: never shadows a longer one that starts the same.
_NAMESPACES = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to one SPARQL query."""

    kind: KindLiteral["select", "ask", "construct"]
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    #: What the user should know about the answer (a name matched another way, or nothing).
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def boolean(self) -> bool:
        """The answer of an ASK query."""
        if self.kind != "ask":
            raise QueryError(f"a {self.kind} result has no boolean answer")
        value = self.rows[0][0]
        return bool(value.toPython()) if isinstance(value, Literal) else False

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (full IRIs, lexical forms)."""
        return [
            {c: (None if v is None else term_text(v)) for c, v in zip(self.columns, r, strict=True)}
            for r in self.rows
        ]

    def typed_records(self) -> list[dict[str, JSONValue]]:
        """Rows as dicts for JSON: numbers as numbers, booleans as booleans, the
        rest as plain strings (full IRIs, lexical forms)."""
        return [
            {c: _json_value(v) for c, v in zip(self.columns, r, strict=True)} for r in self.rows
        ]

    def format(self, fmt: str = "table") -> str:
        return format_result(self, fmt)


JSONValue = str | int | float | bool | None
_INTEGERS = {
    XSD[t]
    for t in (
        "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte",
    )
}  # fmt: skip
_REALS = {XSD.decimal, XSD.double, XSD.float}


def _json_value(term: Node | None) -> JSONValue:
    if term is None:
        return None
    if isinstance(term, Literal):
        text = str(term)
        try:
            if term.datatype in _INTEGERS:
                return int(text)
            if term.datatype in _REALS:
                value = float(text)
                return value if math.isfinite(value) else text
        except ValueError:
            return text  # an ill-typed literal stays as written
        if term.datatype == XSD.boolean and text in ("true", "false", "1", "0"):
            return text in ("true", "1")
    return term_text(term)


def compact(iri: str, *, escape: bool = True) -> str:
    """`https://w3id.org/kazkg/id/entity/city/x` -> `kgr:entity\\/city\\/x`: a prefixed
    name that SPARQL and Turtle parse (and `--param` takes), its `/` escaped as
    they require; the full `<iri>` where no prefix fits. With escape=False, the
    plain `kgr:entity/city/x` (a label for reading, not parsing)."""
    for prefix, ns in _NAMESPACES:
        if iri.startswith(ns) and len(iri) > len(ns):
            local = _local(iri[len(ns) :]) if escape else iri[len(ns) :]
            if local is not None:
                return f"{prefix}:{local}"
    return f"<{iri}>"


# SPARQL's PN_LOCAL: letters, digits and _ anywhere, `-` and `.` inside, %XX;
# these others only escaped with a backslash.
_ESCAPABLE = set("~.-!$&'()*+,;=/?#@")


def _local(text: str) -> str | None:
    """A local name written as SPARQL's PN_LOCAL, or None where it cannot be."""
    out = []
    for i, ch in enumerate(text):
        plain = (
            ch.isalnum()
            or ch == "_"
            or unicodedata.category(ch) in ("Mn", "Mc")
            or (ch == "%" and re.fullmatch(r"[0-9A-Fa-f]{2}", text[i + 1 : i + 3]) is not None)
            or (ch == "-" and i > 0)
            or (ch == "." and 0 < i < len(text) - 1)
        )
        if plain:
            out.append(ch)
        elif ch in _ESCAPABLE:
            out.append("\\" + ch)
        else:
            return None
    return "".join(out)


def term_text(term: Node, *, short: bool = False) -> str:
    """A term as plain text: a full (or with `short`, prefixed) IRI, a literal's lexical form."""
    if isinstance(term, URIRef):
        return compact(str(term)) if short else str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _table(result: QueryResult, width: int | None = None) -> str:
    header = list(result.columns)
    body = [
        ["" if v is None else term_text(v, short=True).replace("\n", " ") for v in row]
        for row in result.rows
    ]
    widths = [_width(h) for h in header]
    for row in body:
        widths = [max(w, _width(cell)) for w, cell in zip(widths, row, strict=True)]
    if width is not None:
        widths = _fit(widths, width)
        header = [_cut(h, w) for h, w in zip(header, widths, strict=True)]
        body = [[_cut(c, w) for c, w in zip(row, widths, strict=True)] for row in body]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True))

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(row) for row in body)
    return "\n".join(s.rstrip() for s in out) + "\n"


_MIN_CELL = 8


def _fit(widths: list[int], total: int) -> list[int]:
    """Column widths that fit `total` characters (two between columns), taken
    from the widest columns first; none below `_MIN_CELL` or its own width."""
    widths = list(widths)
    while sum(widths) + 2 * (len(widths) - 1) > total:
        i = max(range(len(widths)), key=lambda k: widths[k])
        if widths[i] <= _MIN_CELL:
            break
        widths[i] -= 1
    return widths


def _cut(cell: str, width: int) -> str:
    """The cell in `width` characters, ending in … when it had to be cut."""
    if _width(cell) <= width:
        return cell
    out = ""
    for ch in cell:
        if _width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def _delimited(result: QueryResult, delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if v is None else term_text(v) for v in row])
    return buf.getvalue()


def format_result(result: QueryResult, fmt: str = "table", *, width: int | None = None) -> str:
    """Render a result as `table` (aligned text, prefixed IRIs; with `width`, long
    cells cut with … to fit that many characters), `csv`, `tsv`, `json` (an array
    of objects) or `ndjson` (one object a line); JSON keeps Cyrillic readable."""
    if fmt == "table":
        return _table(result, width)
    if fmt == "csv":
        return _delimited(result, ",")
    if fmt == "tsv":
        return _delimited(result, "\t")
    if fmt == "json":
        payload: object = result.boolean if result.kind == "ask" else result.typed_records()
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if fmt == "ndjson":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in result.typed_records())
    raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
