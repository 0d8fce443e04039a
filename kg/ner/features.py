"""Token features for the CRF: spelling, affixes, a stem, quotes, head nouns and the gazetteer.

The stem comes from `kg.lang.inflect.stem`, a small greedy suffix stripper; the language layer
(`kg.lang`) can take its place here without touching the tagger.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from kg import gazetteer
from kg.lang.inflect import noun_forms, stem
from kg.ner.lexicon import CUES, HEADS, QUOTES_CLOSE, QUOTES_OPEN

__all__ = ["head_class", "sentence_features"]

_SHAPE_MAP = str.maketrans(
    {
        **{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
    }
)
_DASHES = {"-": "–", "—": "–", "‒": "–", "―": "–"}
_DIGIT = re.compile(r"\d")
_CYR_UPPER = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]")
_CYR_LOWER = re.compile(r"[а-яёәғқңөұүһі]")


def _shape(token: str) -> str:
    s = _DIGIT.sub("d", token)
    s = _CYR_UPPER.sub("X", s)
    s = _CYR_LOWER.sub("x", s)
    return s.translate(_SHAPE_MAP)


def _short_shape(shape: str) -> str:
    return re.sub(r"(.)\1+", r"\1", shape)


@functools.cache
def _head_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for head, cls in HEADS.items():
        forms = set(noun_forms(head))
        if head.endswith(("ы", "і")):
            forms |= noun_forms(head, possessed=True)
        for f in forms:
            out.setdefault(f, cls)
    return out


def head_class(token: str) -> str | None:
    """Our class for a head noun in any case form (облысындағы -> Region), else None."""
    return _head_forms().get(token.lower())


def _quote_spans(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(open, close) token indices of quotes; straight quotes pair up in order."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    straight: int | None = None
    for i, t in enumerate(tokens):
        if t in ('"', "'"):
            if straight is None:
                straight = i
            else:
                spans.append((straight, i))
                straight = None
        elif t in QUOTES_OPEN:
            stack.append(i)
        elif t in QUOTES_CLOSE and stack:
            spans.append((stack.pop(), i))
    return spans


def _gazetteer_tags(tokens: Sequence[str]) -> list[str | None]:
    starts: list[int] = []
    pos = 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    text = " ".join(tokens)
    index = {s: i for i, s in enumerate(starts)}
    out: list[str | None] = [None] * len(tokens)
    for m in gazetteer.find(text):
        first = index.get(m.start)
        if first is None:
            continue
        i = first
        while i < len(tokens) and starts[i] < m.end:
            out[i] = ("B-" if i == first else "I-") + m.entry.cls
            i += 1
    return out


class _Token(NamedTuple):
    """What the features need from one token on its own, computed once per word form."""

    own: tuple[str, ...]
    low: str
    stem: str
    shape: str
    head: str | None
    cue: str | None


@functools.lru_cache(maxsize=1 << 16)
def _token(token: str) -> _Token:
    return _Token(
        tuple(_token_features(token)),
        token.lower(),
        stem(token),
        _short_shape(_shape(token)),
        head_class(token),
        _cue(token),
    )


def _token_features(token: str) -> list[str]:
    low = token.lower()
    shape = _shape(token)
    f = [
        "w=" + low,
        "st=" + stem(token),
        "sh=" + _short_shape(shape),
        "shl=" + shape[:8],
        "len=" + str(min(len(token), 12)),
    ]
    for k in range(1, 6):
        if len(low) > k:
            f.append(f"p{k}={low[:k]}")
            f.append(f"s{k}={low[-k:]}")
    if token[:1].isupper():
        f.append("cap")
    if token.isupper() and len(token) > 1:
        f.append("allcap")
    if token.isdigit():
        f.append("digit")
    elif any(c.isdigit() for c in token):
        f.append("hasdigit")
    if "-" in token:
        f.append("hyphen")
        f.append("hy2=" + low.rsplit("-", 1)[-1])
    if not any(c.isalnum() for c in token):
        f.append("punct=" + token)
    if token.isascii() and any(c.isalpha() for c in token):
        f.append("latin")
    head = head_class(token)
    if head:
        f.append("head=" + head)
    cue = _cue(token)
    if cue:
        f.append("cue=" + cue)
    return f


def _cue(token: str) -> str | None:
    low = token.lower()
    return CUES.get(low) or CUES.get(stem(low)) or CUES.get(low.split("-")[0])


def _canonical(tokens: Sequence[str], quotes: list[tuple[int, int]]) -> list[str]:
    """Quotes as « and », dashes as –, whatever the text used: the pipeline's normaliser
    turns «» into straight quotes, KazNERD keeps them."""
    out = [_DASHES.get(t, t) for t in tokens]
    for a, b in quotes:
        out[a], out[b] = "«", "»"
    return out


def sentence_features(tokens: Sequence[str]) -> list[list[str]]:
    """One list of `name=value` features per token."""
    n = len(tokens)
    quotes = _quote_spans(tokens)
    tokens = _canonical(tokens, quotes)
    info = [_token(t) for t in tokens]
    own = [t.own for t in info]
    low = [t.low for t in info]
    stems = [t.stem for t in info]
    shapes = [t.shape for t in info]
    gaz = _gazetteer_tags(tokens)
    heads = [t.head for t in info]
    cues = [t.cue for t in info]
    inside: list[list[str]] = [[] for _ in tokens]
    for a, b in quotes:
        after = low[b + 1] if b + 1 < n else "</s>"
        after_head = heads[b + 1] if b + 1 < n else None
        for i in range(a + 1, b):
            q = ["inq", "qafter=" + stem(after)]
            if after_head:
                q.append("qhead=" + after_head)
            if i == a + 1:
                q.append("qfirst")
            if i == b - 1:
                q.append("qlast")
            q.append("qlen=" + str(min(b - a - 1, 6)))
            inside[i] = q
    out: list[list[str]] = []
    for i in range(n):
        f = ["bias", *own[i], *inside[i]]
        if i == 0:
            f.append("BOS")
        elif tokens[i][:1].isupper():
            f.append("capmid")
        if i == n - 1:
            f.append("EOS")
        if (g := gaz[i]) is not None:
            f.append("gaz=" + g)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"{d}:w={low[j]}")
                f.append(f"{d}:sh={shapes[j]}")
                if abs(d) == 1:
                    f.append(f"{d}:st={stems[j]}")
                    f.append(f"{d}:s3={low[j][-3:]}")
                    if gaz[j]:
                        f.append(f"{d}:gaz={gaz[j]}")
                else:
                    f.append(f"{d}:st={stems[j]}")
                if heads[j]:
                    f.append(f"{d}:head={heads[j]}")
                if cues[j]:
                    f.append(f"{d}:cue={cues[j]}")
                if tokens[j][:1].isupper():
                    f.append(f"{d}:cap")
            else:
                f.append(f"{d}:pad")
        # the nearest head noun to the right, within the phrase (no punctuation between)
        for j in range(i + 1, min(n, i + 6)):
            if not any(c.isalnum() for c in tokens[j]) and tokens[j] not in QUOTES_CLOSE:
                break
            if (h := heads[j]) is not None:
                f.append("rhead=" + h)
                f.append("rheadw=" + stems[j])
                break
        if i > 0:
            f.append("bi-=" + low[i - 1] + "|" + low[i])
        if i < n - 1:
            f.append("bi+=" + low[i] + "|" + low[i + 1])
        out.append(f)
    return out
