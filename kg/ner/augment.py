"""More training sentences from the ones we have: names swapped for other names of their class.

Each copy of a sentence replaces its name mentions (people, organisations, places, works,
laws, ...) by mentions of the same class seen elsewhere in the training data. The last
word of a Kazakh name carries the case ending, so a replacement is drawn only from the
mentions whose last word ends the same way (Ақтөбеде for Атырауда, not for Атырау): the new
sentence stays grammatical and the context words keep meaning what they meant. Numbers,
dates and amounts are left alone; their surface forms are what the tagger has to learn.
"""

from __future__ import annotations

import bisect
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from kg.lang.inflect import stem
from kg.ner.conll import ConllSentence
from kg.ner.evaluate import entity_spans

__all__ = ["SWAPPED_CLASSES", "mention_swaps"]

SWAPPED_CLASSES = frozenset(
    [
        "PERSON",
        "ORGANISATION",
        "GPE",
        "LOCATION",
        "FACILITY",
        "EVENT",
        "PRODUCT",
        "PROJECT",
        "ART",
        "LAW",
        "NORP",
        "POSITION",
        "DISEASE",
        "LANGUAGE",
    ]
)

Mention = tuple[str, ...]


def _ending(word: str) -> str:
    low = word.lower()
    return low[len(stem(low)) :]


def mention_swaps(
    sentences: Sequence[ConllSentence], *, copies: int = 1, seed: int = 13
) -> list[ConllSentence]:
    """`copies` new sentences for each sentence that names something, its names swapped;
    sentences with nothing to swap give none. Deterministic for a seed."""
    if copies <= 0:
        return []
    pools: dict[tuple[str, str], set[Mention]] = defaultdict(set)
    for s in sentences:
        for cls, a, b in entity_spans(s.labels or ()):
            if cls in SWAPPED_CLASSES:
                pools[cls, _ending(s.tokens[b - 1])].add(s.tokens[a:b])
    ordered = {k: sorted(v) for k, v in pools.items()}
    rng = random.Random(seed)
    out: list[ConllSentence] = []
    for s in sentences:
        spans = [sp for sp in entity_spans(s.labels or ()) if sp[0] in SWAPPED_CLASSES]
        if not spans:
            continue
        for _ in range(copies):
            tokens: list[str] = []
            labels: list[str] = []
            pos = 0
            changed = False
            for cls, a, b in spans:
                tokens += s.tokens[pos:a]
                labels += (s.labels or ())[pos:a]
                own = s.tokens[a:b]
                choices = ordered[cls, _ending(own[-1])]  # sorted, and `own` is in it
                new = own
                if len(choices) > 1:
                    k = rng.randrange(len(choices) - 1)
                    new = choices[k + (k >= bisect.bisect_left(choices, own))]
                changed |= new != own
                tokens += new
                labels += [f"B-{cls}", *[f"I-{cls}"] * (len(new) - 1)]
                pos = b
            tokens += s.tokens[pos:]
            labels += (s.labels or ())[pos:]
            if changed:
                out.append(replace(s, tokens=tuple(tokens), labels=tuple(labels), id_line=None))
    return out
