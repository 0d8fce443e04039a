"""Sentences and tokens, as offsets into the brief's text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Sentence, Token

__all__ = ["MAX_SENTENCE", "sentences", "tokens"]

#: Characters in one sentence at most; longer runs are cut at spaces (no real
#: sentence in the sample comes near: the longest has 252).
MAX_SENTENCE = 2_000

_TOKEN = re.compile(r"№|\d+(?:[.,]\d+)?(?:-[^\W\d_]+)?|[^\W_]+(?:[-'][^\W_]+)*|\S", re.UNICODE)
_ABBREV = {"ж", "жж", "т.б", "т.с.с", "млн", "млрд", "мың", "обл", "қ", "көш", "б", "т"}
_END = re.compile(r"[.!?…]+[\"')]*")


def tokens(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    end = len(text) if end is None else end
    return tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end))


def _boundary(text: str, dot: int, after: int) -> bool:
    """Is the punctuation at text[dot:after] the end of a sentence?"""
    # Offsets, not slices of the rest of the text: a slice per full stop would
    # cost time in the square of the brief's length.
    k = after
    while k < len(text) and text[k].isspace():
        k += 1
    if k == len(text):
        return True
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or nxt in '"—-№'):
        return False
    if text[dot] == ".":
        first = dot
        while first > 0 and _is_letter(text[first - 1]):
            first -= 1
        word = text[first:dot]
        if word.lower() in _ABBREV or (len(word) == 1 and word.isupper()):
            return False
    return True


def _is_letter(ch: str) -> bool:
    """What [^\\W\\d_] matches: a word character that is not a digit."""
    return ch.isalnum() and not ch.isdecimal()


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) cut at spaces into pieces of at most MAX_SENTENCE characters
    (a longer word stays whole): work per sentence then stays bounded, so a
    brief without sentence ends still costs time in proportion to its length."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        if cut < 0:
            cut = text.find(" ", start + MAX_SENTENCE, end)
            if cut < 0:
                break
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of `text`, each with its tokens; a run of more than
    MAX_SENTENCE characters without a sentence end is cut at spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if _boundary(text, m.start(), m.end()):
            end = m.end()
            if text[start:end].strip():
                s = start + (len(text[start:end]) - len(text[start:end].lstrip()))
                spans.append((s, end))
            start = end
    if text[start:].strip():
        s = start + (len(text[start:]) - len(text[start:].lstrip()))
        spans.append((s, len(text.rstrip())))
    return tuple(
        Sentence(s, e, tokens(text, s, e))
        for start, end in spans
        for s, e in _pieces(text, start, end)
    )
