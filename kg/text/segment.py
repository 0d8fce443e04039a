"""Sentences and tokens, as offsets into the brief's text."""

from __future__ import annotations

import re

from kg.model import Sentence, Token

__all__ = ["sentences", "tokens"]

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


def sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if _boundary(text, m.start(), m.end()):
            end = m.end()
            if text[start:end].strip():
                s = start + (len(text[start:end]) - len(text[start:end].lstrip()))
                out.append(Sentence(s, end, tokens(text, s, end)))
            start = end
    if text[start:].strip():
        s = start + (len(text[start:]) - len(text[start:].lstrip()))
        e = len(text.rstrip())
        out.append(Sentence(s, e, tokens(text, s, e)))
    return tuple(out)
