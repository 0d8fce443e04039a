"""Train the CRF and tag token sequences with the model shipped in the package."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import platform
import random
import re
import threading
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import ModelError
from kg.ner.augment import mention_swaps
from kg.ner.conll import ConllSentence, read_conll
from kg.ner.evaluate import Score, evaluate
from kg.ner.features import sentence_features

__all__ = ["MODEL_FILE", "load_sentences", "tag", "tag_many", "train"]

MODEL_FILE = "model.crfsuite"
_lock = threading.Lock()
_GROUP = re.compile(r"\d+")


@functools.cache
def _tagger() -> tuple[Any, contextlib.ExitStack]:
    """The shipped model, opened once; the exit stack keeps a temporary copy of the file
    alive when the package is imported from a zip."""
    import pycrfsuite

    ref = resources.files("kg.ner").joinpath(MODEL_FILE)
    if not ref.is_file():
        raise ModelError(f"no NER model in the package ({MODEL_FILE}); run `kg ner-train`")
    stack = contextlib.ExitStack()
    path = stack.enter_context(resources.as_file(ref))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger, stack


def tag(tokens: Sequence[str]) -> list[str]:
    """IOB2 labels for one sentence's tokens, from the shipped model (loaded once)."""
    if not tokens:
        return []
    tagger, _ = _tagger()
    xseq = sentence_features(tokens)
    with _lock:  # a crfsuite tagger is not safe to share between threads
        return list(tagger.tag(xseq))


def tag_many(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    return [tag(s) for s in sentences]


def load_sentences(paths: Sequence[Path]) -> list[ConllSentence]:
    """Labelled sentences of the files, each distinct (id, tokens, labels) once."""
    seen: set[tuple[tuple[str, ...], tuple[str, ...] | None]] = set()
    out: list[ConllSentence] = []
    for path in paths:
        for s in read_conll(path):
            if s.labels is None:
                raise ModelError(f"{path}:{s.line}: a training sentence has no labels")
            key = (s.tokens, s.labels)
            if key not in seen:
                seen.add(key)
                out.append(s)
    return out


def _group(s: ConllSentence, index: int) -> str:
    """Variants of one sentence (AID/BID.. with one number) share a group, so a split keeps
    them on one side."""
    m = _GROUP.search(s.id or "")
    return m.group() if m else f"#{index}"


def _split(
    sentences: list[ConllSentence], *, holdout: float, seed: int
) -> tuple[list[ConllSentence], list[ConllSentence]]:
    groups = sorted({_group(s, i) for i, s in enumerate(sentences)})
    random.Random(seed).shuffle(groups)
    held = set(groups[: round(len(groups) * holdout)])
    train_: list[ConllSentence] = []
    test_: list[ConllSentence] = []
    for i, s in enumerate(sentences):
        (test_ if _group(s, i) in held else train_).append(s)
    return train_, test_


def _rounded(score: Score) -> dict[str, float | int]:
    return {
        "precision": round(score["precision"], 4),
        "recall": round(score["recall"], 4),
        "f1": round(score["f1"], 4),
        "support": score["support"],
        "predicted": score["predicted"],
        "correct": score["correct"],
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(
    *,
    data: Sequence[Path],
    model: Path,
    c1: float = 0.01,
    c2: float = 0.01,
    seed: int = 13,
    max_iterations: int = 400,
    holdout: float = 0.0,
    augment: int = 0,
    evaluate_on: Sequence[Path] = (),
) -> dict[str, Any]:
    """Train a CRF on labelled CoNLL files, write it to `model` and its metadata beside it
    (`model` with suffix `.json`); return the metadata.

    With `holdout` > 0 a seeded share of the sentence groups is kept out of training and
    scored; `evaluate_on` files are tagged with the new model and scored too. `augment`
    adds that many copies of each training sentence with its names swapped
    (`kg.ner.augment`), drawn from the training part only.
    """
    import pycrfsuite

    sentences = load_sentences(data)
    if not sentences:
        raise ModelError("no training sentences")
    train_set, held = _split(sentences, holdout=holdout, seed=seed) if holdout else (sentences, [])
    real = len(train_set)
    train_set += mention_swaps(train_set, copies=augment, seed=seed)
    random.Random(seed).shuffle(train_set)
    started = time.monotonic()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for s in train_set:
        assert s.labels is not None
        trainer.append(sentence_features(s.tokens), list(s.labels))
    settings = {
        "algorithm": "lbfgs",
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "feature.possible_transitions": True,
    }
    trainer.set_params({k: v for k, v in settings.items() if k != "algorithm"})
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))
    seconds = time.monotonic() - started
    log = trainer.logparser.last_iteration or {}

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))

    def score(sents: Sequence[ConllSentence]) -> dict[str, Any]:
        gold = [list(s.labels or ()) for s in sents]
        pred = [list(tagger.tag(sentence_features(s.tokens))) for s in sents]
        table = evaluate(gold, pred)
        return {k: _rounded(v) for k, v in table.items()}

    scores: dict[str, Any] = {}
    if held:
        scores["holdout"] = {"sentences": len(held), **score(held)}
    for path in evaluate_on:
        sents = [s for s in read_conll(path) if s.labels is not None]
        scores[Path(path).name] = {"sentences": len(sents), **score(sents)}
    tagger.close()
    meta: dict[str, Any] = {
        "model": model.name,
        "task": "KazNERD named entities, 25 classes, IOB2",
        "data": [{"path": Path(p).as_posix(), "sha256": _sha256(Path(p))} for p in data],
        "sentences": {
            "distinct": len(sentences),
            "train": real,
            "augmented": len(train_set) - real,
            "holdout": len(held),
        },
        "tokens_train": sum(len(s.tokens) for s in train_set),
        "settings": {**settings, "seed": seed, "holdout": holdout, "augment": augment},
        "features": "kg.ner.features.sentence_features",
        "training": {
            "seconds": round(seconds, 1),
            "iterations": log.get("num", None),
            "loss": round(float(str(log["loss"])), 2) if "loss" in log else None,
            "active_features": log.get("active_features", None),
            "python": platform.python_version(),
            "python_crfsuite": pycrfsuite.__version__ if hasattr(pycrfsuite, "__version__") else "",
        },
        "size_bytes": model.stat().st_size,
        "scores": scores,
        "credit": "KazNERD (Yeshpanov, Khassanov, Varol, LREC 2022), CC BY 4.0",
    }
    model.with_suffix(".json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return meta
