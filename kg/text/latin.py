"""Latin-script Kazakh (the 2021 alphabet) to Cyrillic, one letter for one.

The 2021 alphabet writes each Kazakh sound with one letter (ä ğ ñ ö ş ū ü ı, q for қ,
j for ж, y for ы), so the text keeps its length and offsets into the Cyrillic are
offsets into what the user gave. Two spellings depend on the neighbours: i after a
vowel is й (Qairat → Қайрат), and ia after a consonant is ия (kompania → компания).
Russian letters that the alphabet writes with two (ц as ts, я after a vowel as ia)
come out letter by letter. Words with letters or pairs the alphabet does not have
(w, x, c, th, sh...) are foreign names and stay as written.
"""

from __future__ import annotations

import re

__all__ = ["is_latin_kazakh", "to_cyrillic"]

_MAP = {
    "a": "а",
    "ä": "ә",
    "b": "б",
    "ç": "ч",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "ğ": "ғ",
    "h": "х",
    "ı": "і",
    "i": "и",
    "j": "ж",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "ñ": "ң",
    "o": "о",
    "ö": "ө",
    "p": "п",
    "q": "қ",
    "r": "р",
    "s": "с",
    "ş": "ш",
    "t": "т",
    "u": "у",
    "ū": "ұ",
    "ü": "ү",
    "v": "в",
    "y": "ы",
    "z": "з",
}
_UPPER = {"I": "І", "İ": "И"}
_VOWELS = set("aäeıioöuūüyAÄEIİOÖUŪÜY")
_KAZAKH_LATIN = set("äöüğşñūıÄÖÜĞŞÑŪİ")
_NOT_TURKISH = set("qäñūQÄÑŪ")
# c, w and x are Latin letters too (they count towards the Latin share) but mark a
# foreign word (_FOREIGN)
_LETTERS = set(_MAP) | {c.upper() for c in _MAP} | set(_UPPER) | set("cwxCWX")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# letters and pairs the 2021 alphabet does not use
_FOREIGN = re.compile(r"[cwx]|[tgspc]h", re.IGNORECASE)


def is_latin_kazakh(text: str) -> bool:
    """Mostly Latin letters, at least two of the 2021 alphabet's own, and one that
    Turkish, which shares ğ ş ı ö ü, does not have (q ä ñ ū)."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(c in _LETTERS for c in letters)
    return (
        latin > 0.5 * len(letters)
        and sum(c in _KAZAKH_LATIN for c in letters) >= 2
        and any(c in _NOT_TURKISH for c in letters)
    )


def _letter(word: str, i: int) -> str:
    c = word[i]
    low = "i" if c == "İ" else c.lower()
    if low == "i" and i > 0 and word[i - 1] in _VOWELS:
        out = "й"
    elif low == "a" and i > 1 and word[i - 1] in "iİ" and word[i - 2] not in _VOWELS:
        out = "я"
    elif c in _UPPER:
        return _UPPER[c]
    else:
        out = _MAP[low]
    return out.upper() if c.isupper() else out


def _word(word: str) -> str:
    if not all(c in _LETTERS for c in word) or _FOREIGN.search(word):
        return word  # a foreign word (Watch, Rights), kept as written
    return "".join(_letter(word, i) for i in range(len(word)))


def to_cyrillic(text: str) -> str:
    """The text in Cyrillic letters; same length."""
    return _WORD.sub(lambda m: _word(m.group()), text)
