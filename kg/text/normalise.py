"""Length-preserving normalisation: every substitution is one character for one,
so offsets into the normalised text are offsets into the original."""

from __future__ import annotations

import re

from kg.text.latin import is_latin_kazakh, to_cyrillic

__all__ = ["fold_lookalikes", "normalise"]

_CHARS = str.maketrans(
    {
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "`": "'",
        "ʼ": "'",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "—",
        "―": "—",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\t": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\r": " ",
        "\n": " ",
    }
)

# Latin letters that look like Cyrillic ones; folded only inside mixed words.
_LOOKALIKE = str.maketrans(
    {
        "a": "а",
        "e": "е",
        "o": "о",
        "p": "р",
        "c": "с",
        "x": "х",
        "y": "у",
        "i": "і",
        "h": "һ",
        "k": "к",
        "m": "м",
        "t": "т",
        "b": "ь",
        "A": "А",
        "B": "В",
        "E": "Е",
        "K": "К",
        "M": "М",
        "H": "Н",
        "O": "О",
        "P": "Р",
        "C": "С",
        "T": "Т",
        "X": "Х",
        "Y": "У",
        "I": "І",
    }
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TAG = re.compile(r"<[A-Za-z/!][^<>]{0,500}>")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def fold_lookalikes(word: str) -> str:
    """Fold Latin look-alikes in a word that is otherwise Cyrillic; leave a word
    that is Latin as a whole (Human, Rights, Amanat) alone."""
    cyr = sum(_is_cyrillic(c) for c in word)
    if cyr == 0 or cyr == len(word):
        return word
    return word.translate(_LOOKALIKE)


def normalise(text: str) -> str:
    """Quotes, dashes and spaces to one form each, HTML tags blanked out,
    Latin-script Kazakh written in Cyrillic, look-alike Latin letters folded
    inside Cyrillic words; same length."""
    text = text.translate(_CHARS)
    text = _TAG.sub(lambda m: " " * len(m.group()), text)
    if is_latin_kazakh(text):
        text = to_cyrillic(text)
    out = _WORD.sub(lambda m: fold_lookalikes(m.group()), text)
    assert len(out) == len(text)
    return out
