"""Kazakh language layer: morphology (analysis and inflection), numbers, dates, durations.

Pure functions over strings (offsets are into the text passed in); the
language data lives apart from the code in the ``data_*`` modules.
"""

from kg.lang.dates import find_dates
from kg.lang.durations import find_durations, iso_duration
from kg.lang.inflect import noun_forms
from kg.lang.morph import (
    CASES,
    Analysis,
    analyse,
    case_of,
    is_negated,
    lemma,
    phrase_lemma,
    verb_analyses,
)
from kg.lang.numbers import find_multipliers, find_numbers

__all__ = [
    "CASES",
    "Analysis",
    "analyse",
    "case_of",
    "find_dates",
    "find_durations",
    "find_multipliers",
    "find_numbers",
    "is_negated",
    "iso_duration",
    "lemma",
    "noun_forms",
    "phrase_lemma",
    "verb_analyses",
]
