"""Kazakh language layer: morphology, numbers, dates and durations.

Pure functions over strings; language data lives in the ``data_*`` modules.
"""

from kg.lang.morph import (
    Analysis,
    analyse,
    case_of,
    is_negated,
    lemma,
    phrase_lemma,
    verb_analyses,
)

__all__ = [
    "Analysis",
    "analyse",
    "case_of",
    "is_negated",
    "lemma",
    "phrase_lemma",
    "verb_analyses",
]
