"""Matching a name as a user types it against the names in the graph.

A user writes `Боқаевты`, `Боқаев`, `боқаев`, `Bokaev` or `Boqaev` for
`Макс Боқаев`. Each word is reduced to a key: its lemma (the analyser strips
case endings), in a plain Latin skeleton where қ and k, ө and o, ж and j/zh are
the same letter. A name matches when every word the user typed matches one of
its words: the same key, or one key the start of the other (a word still being
typed, or an ending the analyser did not strip).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping

from kg.lang import lemma
from kg.text.latin import is_latin_kazakh, to_cyrillic

__all__ = ["FOLD", "close_names", "match_names", "name_keys", "skeleton"]

_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip
_LATIN = {"q": "k", "j": "zh", "ş": "sh", "ç": "ch", "ı": "i", "x": "h", "w": "v", "c": "ts"}
#: The letter map of `skeleton` in one table, for the page's search box to fold alike.
FOLD = {**_CYRILLIC, **_LATIN}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MIN = 3  # a shorter key matches only whole


def skeleton(word: str) -> str:
    """`Боқаев`, `Bokaev`, `Boqaev` -> `bokaev`; `Жаңаөзен`, `Janaözen` -> `zhanaozen`."""
    out = []
    for ch in word.lower():
        if ch in FOLD:
            out.append(FOLD[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    text = "".join(out)
    return text.replace("kh", "h").replace("ii", "i")


def _word_keys(word: str) -> set[str]:
    keys = {skeleton(word)}
    cyrillic = to_cyrillic(word) if is_latin_kazakh(word) else word
    if any("\u0400" <= c <= "\u04ff" for c in cyrillic):
        keys.add(skeleton(lemma(cyrillic)))
    return {k for k in keys if k}


def name_keys(name: str) -> list[set[str]]:
    """The keys of each word of a name, in order."""
    return [_word_keys(w) for w in _WORD.findall(name)]


def _word_matches(typed: set[str], known: set[str]) -> bool:
    for a in typed:
        for b in known:
            if a == b:
                return True
            if len(a) >= _MIN and len(b) >= _MIN and (a.startswith(b) or b.startswith(a)):
                return True
    return False


def _matches(typed: list[set[str]], known: list[set[str]]) -> bool:
    return bool(typed) and all(any(_word_matches(t, k) for k in known) for t in typed)


def match_names(typed: str, names: Mapping[str, Iterable[str]]) -> list[str]:
    """The keys of `names` (an IRI, say, to its labels) with a name that `typed`
    matches, in the order of `names`."""
    want = name_keys(typed)
    found = []
    for key, labels in names.items():
        if any(_matches(want, name_keys(label)) for label in labels):
            found.append(key)
    return found


def close_names(typed: str, names: Iterable[str], n: int = 3) -> list[str]:
    """Up to `n` names that look like `typed` (for "nothing matched; close: ...")."""
    by_skeleton: dict[str, str] = {}
    for name in sorted(set(names)):
        by_skeleton.setdefault(skeleton(name), name)
        for word in _WORD.findall(name):
            by_skeleton.setdefault(skeleton(word), name)
    hits = difflib.get_close_matches(skeleton(typed), list(by_skeleton), n=n * 3, cutoff=0.6)
    return list(dict.fromkeys(by_skeleton[h] for h in hits))[:n]
