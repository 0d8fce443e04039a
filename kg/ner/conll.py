"""CoNLL token files: a token a line, the label last, blank lines between sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

__all__ = ["ConllSentence", "format_conll", "read_conll"]

# A KazNERD sentence id (AID327344, BID247110) on the first line of a sentence.
_SENTENCE_ID = re.compile(r"^[A-Z]{1,3}ID\d+$")
_LABEL = re.compile(r"^(?:O|[BI]-[A-Z_]+)$")


@dataclass(frozen=True, slots=True)
class ConllSentence:
    """One sentence: its tokens, the gold labels when the file has them, and its id line."""

    tokens: tuple[str, ...]
    labels: tuple[str, ...] | None = None
    id_line: str | None = None
    line: int = 0

    @property
    def id(self) -> str | None:
        return self.id_line.split()[0] if self.id_line else None


def _sentence(rows: list[tuple[int, str]], path: str) -> ConllSentence:
    id_line = None
    if rows and _SENTENCE_ID.match(rows[0][1].split()[0]):
        id_line = rows[0][1]
        rows = rows[1:]
    cols = [r[1].split() for r in rows]
    tokens = tuple(c[0] for c in cols)
    has_labels = bool(cols) and all(len(c) > 1 and _LABEL.match(c[-1]) for c in cols)
    labels = tuple(c[-1] for c in cols) if has_labels else None
    if cols and not has_labels and any(len(c) > 1 and _LABEL.match(c[-1]) for c in cols):
        raise InputError("some tokens have a label and some do not", path=path, line=rows[0][0])
    start = rows[0][0] if rows else 0
    return ConllSentence(tokens, labels, id_line, start)


def read_conll(path: str | Path) -> Iterator[ConllSentence]:
    """Sentences of a CoNLL file, in order; a sentence-id line heading a sentence is kept as is."""
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed below, lazily
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read", path=str(path)) from exc
    with handle:
        rows: list[tuple[int, str]] = []
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n\r")
            if not line.strip() or line.startswith("-DOCSTART-"):
                if rows:
                    yield _sentence(rows, str(path))
                    rows = []
                continue
            rows.append((number, line))
        if rows:
            yield _sentence(rows, str(path))


def format_conll(sentence: ConllSentence, labels: Sequence[str]) -> str:
    """The sentence as CoNLL lines `token<TAB>label`, its id line first, ending in a blank line."""
    lines = [sentence.id_line] if sentence.id_line else []
    lines += [f"{t}\t{label}" for t, label in zip(sentence.tokens, labels, strict=True)]
    return "\n".join(lines) + "\n\n"
