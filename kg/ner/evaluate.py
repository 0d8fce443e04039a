"""Exact-match scores of IOB2 label sequences, per class and micro-averaged (conlleval's strict)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TypedDict

__all__ = ["Score", "entity_spans", "evaluate", "format_table"]


class Score(TypedDict):
    precision: float
    recall: float
    f1: float
    support: int  # gold entities
    predicted: int
    correct: int


def entity_spans(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """(class, start, end) of each entity under strict IOB2: an I- that does not continue
    a B- or I- of the same class starts no entity and breaks the one before."""
    spans: list[tuple[str, int, int]] = []
    cls: str | None = None
    start = 0
    for i, label in enumerate([*labels, "O"]):
        tag, _, name = label.partition("-")
        if cls is not None and not (tag == "I" and name == cls):
            spans.append((cls, start, i))
            cls = None
        if tag == "B":
            cls, start = name, i
    return spans


def _score(correct: int, predicted: int, support: int) -> Score:
    p = correct / predicted if predicted else 0.0
    r = correct / support if support else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(precision=p, recall=r, f1=f, support=support, predicted=predicted, correct=correct)


def evaluate(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Score]:
    """Per-class scores and `"micro"` over all; an entity counts when class and span match."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_ok: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"a sentence has {len(g)} gold labels but {len(p)} predicted")
        gs, ps = set(entity_spans(g)), set(entity_spans(p))
        n_gold.update(s[0] for s in gs)
        n_pred.update(s[0] for s in ps)
        n_ok.update(s[0] for s in gs & ps)
    out = {c: _score(n_ok[c], n_pred[c], n_gold[c]) for c in sorted(n_gold.keys() | n_pred.keys())}
    out["micro"] = _score(sum(n_ok.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out


def format_table(scores: dict[str, Score]) -> str:
    """A plain-text table of precision, recall, F1 and support, micro last."""
    rows = [f"{'class':<16}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    for cls in [c for c in scores if c != "micro"] + ["micro"]:
        s = scores[cls]
        rows.append(
            f"{cls:<16}{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}"
            f"{s['support']:>8}{s['predicted']:>8}"
        )
    return "\n".join(rows)
