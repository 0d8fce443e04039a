"""Read briefs from plain text (one a line), JSONL or CSV.

Bad lines never stop a run and are never dropped silently: each one becomes a
`Skip` that names the file, the line and the reason.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Brief, text_id
from kg.scratch import Scratch
from kg.text import normalise, screen

__all__ = ["FORMATS", "Notice", "Skip", "count_records", "file_date", "read_briefs", "read_date"]

FORMATS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
_ID = re.compile(r"^[\w.\-~]{1,200}$", re.UNICODE)
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ID_NEEDS = re.compile(r"[^\W_]", re.UNICODE)
_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes, or "\\ud800" in JSON


@dataclass(frozen=True, slots=True)
class Skip:
    """A line that was not read as a brief, and why."""

    source: str
    line: int
    reason: str
    brief: str = ""

    def __str__(self) -> str:
        who = f" (brief {self.brief})" if self.brief else ""
        return f"{self.source}:{self.line}{who}: skipped: {self.reason}"


@dataclass(frozen=True, slots=True)
class Notice:
    """Something about a brief that was read all the same (an unreadable date)."""

    source: str
    line: int
    message: str
    brief: str = ""

    def __str__(self) -> str:
        who = f" (brief {self.brief})" if self.brief else ""
        return f"{self.source}:{self.line}{who}: {self.message}"


# Dates as people write them in spreadsheets: ISO, dd.mm.yyyy, dd/mm/yyyy, with
# or without a time after them (which is dropped: a brief's date is a day).
_DATE_FORMS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), (1, 2, 3)),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), (1, 2, 3)),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), (3, 2, 1)),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), (3, 2, 1)),
)
_TIME = re.compile(r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def read_date(text: str) -> str | None:
    """`2024-03-12`, `12.03.2024`, `12/03/2024` (day first), `2024-03-12T10:30:00Z`
    or `12.03.2024 10:30` as YYYY-MM-DD; None when it is none of these or no real day."""
    value = text.strip()
    for pattern, (y, mo, d) in _DATE_FORMS:
        m = pattern.match(value)
        if m is None or not _TIME.fullmatch(value, m.end()):
            continue
        try:
            return date(int(m[y]), int(m[mo]), int(m[d])).isoformat()
        except ValueError:
            return None
    return None


def _lines(path: Path) -> Iterator[tuple[int, str | None]]:
    """(line number, text) per line; text is None where the bytes are not UTF-8."""
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            try:
                yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                yield n, None


def _broken(*fields: object) -> bool:
    """Does any field hold undecodable bytes (kept as lone surrogates)?"""
    return any(isinstance(f, str) and _SURROGATE.search(f) for f in fields)


def _check(brief: Brief) -> Brief | Skip:
    if _broken(brief.id, brief.text, brief.date, brief.url):
        return Skip(brief.source, brief.line, "broken UTF-8")
    if not _ID.match(brief.id):
        return Skip(brief.source, brief.line, f"id {brief.id!r} has characters ids cannot have")
    if not _ID_NEEDS.search(brief.id):
        # ".", ".." and "~" would be path steps, not names, in an IRI or a file name
        return Skip(brief.source, brief.line, f"id {brief.id!r} needs a letter or a digit")
    reason = screen(normalise(brief.text))
    if reason:
        return Skip(brief.source, brief.line, reason, brief.id)
    return brief


def _stem(path: Path) -> str:
    """The file's stem as an id prefix (characters ids cannot have become `-`)."""
    return re.sub(r"[^\w.\-~]+", "-", path.stem)[:100] or "brief"


_NAMED_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def file_date(path: Path) -> str | None:
    """The publication date a file's name gives (`2021-01-15.txt`,
    `azattyq_2021-01-15.txt`), or None."""
    m = _NAMED_DATE.search(path.stem)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _text(path: Path, published: str | None = None) -> Iterator[Brief | Skip | Notice]:
    published = published or file_date(path)
    for n, line in _lines(path):
        if line is None:
            yield Skip(str(path), n, "broken UTF-8")
        elif line.strip():
            brief = Brief.from_line(line.strip(), source=str(path), line=n, stem=_stem(path))
            yield _check(replace(brief, date=published) if published else brief)


def _jsonl(path: Path) -> Iterator[Brief | Skip | Notice]:
    for n, line in _lines(path):
        if line is None:
            yield Skip(str(path), n, "broken UTF-8")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(str(path), n, f"not JSON ({exc.msg})")
            continue
        except RecursionError:
            yield Skip(str(path), n, "not JSON (nested too deeply)")
            continue
        if isinstance(obj, dict):
            obj = _fields(obj)
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Skip(str(path), n, 'no "text" field')
            continue
        if _broken(*obj.values()):  # "\ud800" in a string
            yield Skip(str(path), n, "broken UTF-8")
            continue
        if not obj.get("id"):
            obj["id"] = text_id(_stem(path), obj["text"])
        ident = obj["id"]
        if isinstance(ident, bool) or not isinstance(ident, str | int):
            shown = json.dumps(ident, ensure_ascii=False)[:50]
            yield Skip(str(path), n, f"id {shown} is not a string or a whole number")
            continue
        yield from _dated(obj, path, n)


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line, row) per CSV record, or (first line, why) for one that cannot be read."""
    # Undecodable bytes become lone surrogates, and their row a Skip (in _csv).
    content = path.read_bytes().decode("utf-8-sig", errors="surrogateescape")
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=_delimiter(content))
    try:
        found = [(f or "").strip() for f in reader.fieldnames or []]
    except csv.Error as exc:
        raise InputError(f"the header cannot be read ({exc})", path=str(path), line=1) from exc
    if "text" not in {f.lower() for f in found}:
        columns = ", ".join(repr(f) for f in found if f) or "none"
        raise InputError(
            f'CSV needs a header with a "text" column; found columns: {columns}',
            path=str(path),
            line=1,
        )
    rows = iter(reader)
    while True:
        start = reader.line_num + 1
        try:
            raw = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:  # a field over csv.field_size_limit(), say
            yield start, f"not CSV ({exc})"
            continue
        yield reader.line_num, raw


def _csv(path: Path) -> Iterator[Brief | Skip | Notice]:
    for n, raw in _csv_rows(path):
        if isinstance(raw, str):
            yield Skip(str(path), n, raw)
            continue
        row = _fields({k: v for k, v in raw.items() if k})
        if _broken(*row.values()):
            yield Skip(str(path), n, "broken UTF-8")
            continue
        text = (row.get("text") or "").strip()
        if not text:
            yield Skip(str(path), n, "empty text", row.get("id") or "")
            continue
        if not row.get("id"):
            row["id"] = text_id(_stem(path), text)
        yield from _dated({**row, "text": text}, path, n)


def _fields(obj: dict[str, Any]) -> dict[str, Any]:
    """Field names read case-insensitively (`Text`, ` ID `): the first of each wins."""
    out: dict[str, Any] = {}
    for key, value in obj.items():
        out.setdefault(str(key).strip().lower(), value)
    return out


def _delimiter(content: str) -> str:
    """The CSV's delimiter: `,`, `;` (spreadsheets in many locales), tab or `|`,
    sniffed from the header line."""
    header = content.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _dated(obj: dict[str, Any], path: Path, n: int) -> Iterator[Brief | Skip | Notice]:
    """The brief of a JSONL or CSV record; an unreadable date is dropped with a notice."""
    given = obj.get("date")
    day = read_date(str(given)) if given else None
    if given and day is None:
        yield Notice(
            str(path),
            n,
            f"date {str(given)!r} not read (write YYYY-MM-DD or DD.MM.YYYY); kept without a date",
            str(obj["id"]),
        )
    yield _check(Brief.from_json({**obj, "date": day}, source=str(path), line=n))


class SeenIds(Scratch):
    """The ids a run has read, each with where it was first read and a digest of
    its text, in a scratch database (`kg.scratch`), so that a reader's memory
    does not grow with the number of briefs it reads. Use it as a context
    manager, or `close` it."""

    def __init__(self) -> None:
        super().__init__(
            "CREATE TABLE seen (id TEXT PRIMARY KEY, source INTEGER, line INTEGER, text BLOB)"
            " WITHOUT ROWID;"
        )
        self._sources: dict[str, int] = {}  # a number for each source, in reading order

    def add(self, brief: Brief, source: str) -> tuple[str, int, bool] | None:
        """Remember `brief` as read from `source`; if its id was read before,
        remember nothing and return (source, line, whether the text was the same)
        of the first one."""
        number = self._sources.setdefault(source, len(self._sources))
        digest = _digest(brief.text)
        cur = self.execute(
            "INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?)", (brief.id, number, brief.line, digest)
        )
        if cur.rowcount:
            return None
        first, line, text = self.execute(
            "SELECT source, line, text FROM seen WHERE id = ?", (brief.id,)
        ).fetchone()
        return list(self._sources)[first], int(line), text == digest

    def __contains__(self, brief_id: object) -> bool:
        sql = "SELECT 1 FROM seen WHERE id = ?"
        return self.execute(sql, (brief_id,)).fetchone() is not None


def _stdin(
    seen: SeenIds, published: str | None, data: bytes | None
) -> Iterator[Brief | Skip | Notice]:
    """Standard input (or `data`, read from it before): JSONL when its first
    character is `{`, plain text otherwise; its briefs' source is `-` and a
    plain-text brief's id starts with `stdin-`."""
    if data is None:
        data = sys.stdin.buffer.read()
    kind = "jsonl" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "txt"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"stdin.{kind}"
        path.write_bytes(data)
        yield from _file(path, published, seen, source="-")


def _digest(text: str) -> bytes:
    """What is kept of a brief's text to tell a repeated id's text apart: a short
    digest, so that memory does not grow with the input's text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()


def _kind(path: Path) -> str:
    if not path.is_file():
        raise InputError("no such file", path=str(path))
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            f"unknown format {path.suffix!r}; use .txt, .jsonl or .csv", path=str(path)
        )
    return kind


def _check_published(published: str | None) -> None:
    # not fromisoformat alone, which takes 20210105 (no xsd:date)
    if published is not None and (
        not _ISO_DAY.fullmatch(published) or read_date(published) is None
    ):
        raise InputError(f"publication date {published!r} is not YYYY-MM-DD")


def count_records(
    paths: Iterable[str | Path], *, published: str | None = None, stdin: bytes | None = None
) -> int:
    """How many records (non-blank lines, CSV rows) the inputs hold, without
    reading them as briefs: the length of a build's progress bar. Raises
    `InputError` as `read_briefs` would for a file it cannot read at all or a
    bad `published` date, so that a build stops before it writes anything."""
    _check_published(published)
    n = 0
    for p in paths:
        if str(p) == "-":
            n += sum(1 for line in (stdin or b"").splitlines() if line.strip())
            continue
        path = Path(p)
        if _kind(path) == "csv":
            n += sum(1 for _ in _csv_rows(path))
            continue
        try:
            with path.open("rb") as fh:
                n += sum(1 for line in fh if line.strip())
        except OSError as exc:
            raise InputError(f"cannot read: {exc}", path=str(path)) from exc
    return n


def read_briefs(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    stdin: bytes | None = None,
    seen: SeenIds | None = None,
) -> Iterator[Brief | Skip | Notice]:
    """Yield a `Brief` or a `Skip` for every non-blank line of every input.

    A path `-` is standard input (`stdin`, when given, is what it held: a build
    reads its inputs twice). A plain-text brief's publication date is
    `published` (YYYY-MM-DD) when given, else a date in its file's name
    (`2021-01-15.txt`), else unknown. A JSONL or CSV record may also give a
    Notice (a date it could not read) before its brief.

    Raises `InputError` for a file that is missing, of an unknown format, or a
    CSV without a `text` column; an id seen twice is skipped the second time.
    `seen`, when given, is where the ids read are kept (and stay after the
    reading, for the caller), else a map of the reader's own.
    """
    _check_published(published)
    if seen is None:
        with SeenIds() as own:
            yield from _read(paths, published, stdin, own)
    else:
        yield from _read(paths, published, stdin, seen)


def _read(
    paths: Iterable[str | Path], published: str | None, stdin: bytes | None, seen: SeenIds
) -> Iterator[Brief | Skip | Notice]:
    for p in paths:
        if str(p) == "-":
            yield from _stdin(seen, published, stdin)
        else:
            yield from _file(Path(p), published, seen, source=str(Path(p)))


def _file(
    path: Path, published: str | None, seen: SeenIds, *, source: str
) -> Iterator[Brief | Skip | Notice]:
    kind = _kind(path)
    items = _text(path, published) if kind == "text" else {"jsonl": _jsonl, "csv": _csv}[kind](path)
    for item in items:
        if item.source != source:
            item = replace(item, source=source)
        if isinstance(item, Brief):
            first = seen.add(item, source)
            if first is not None:
                where, line, same = first
                what = "the same text" if same else "a different text"
                why = f"id already used at {where}:{line} ({what})"
                yield Skip(source, item.line, why, item.id)
                continue
        yield item
