"""Decide whether a line is a Kazakh news brief worth extracting from."""

from __future__ import annotations

import re

__all__ = ["MAX_CHARS", "screen"]

MAX_CHARS = 20_000
_KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def screen(text: str) -> str | None:
    """Return why `text` is not a Kazakh brief, or None when it is one."""
    if not text.strip():
        return "empty"
    if len(text) > MAX_CHARS:
        return f"too long ({len(text):,} characters; the limit is {MAX_CHARS:,})"
    if "\ufffd" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return "broken characters (not valid UTF-8)"
    if any(ord(c) < 32 and c not in "\t\r\n" for c in text):
        return "control characters"
    words = _WORD.findall(text)
    if len(words) < 4:
        return "not news: fewer than four words (navigation or a heading?)"
    letters = _LETTER.findall(text)
    cyr = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if cyr < 0.5 * len(letters):
        # Latin-script Kazakh arrives here already in Cyrillic (kg.text.latin)
        return "not in Cyrillic script (another language?)"
    if not any(c in _KAZAKH_ONLY for c in letters):
        return "no Kazakh letters (Russian or another language?)"
    return None
