"""Decide whether a line is a Kazakh news brief worth extracting from."""

from __future__ import annotations

import re

from kg.text.data_language import KAZAKH_WORDS as _KAZAKH_WORDS
from kg.text.data_language import RUSSIAN_WORDS as _RUSSIAN_WORDS

__all__ = ["MAX_CHARS", "screen"]

MAX_CHARS = 20_000
_KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Letters Kazakh shares with neighbours (ң ө ү: Kyrgyz, Tatar, Mongolian) do not
# tell it apart; these do.
_KAZAKH_OWN = set("әғқұһіӘҒҚҰҺІ")
# Letters of other Cyrillic languages that Kazakh never writes: Ukrainian ї є ґ,
# Belarusian ў, Tatar җ, Bashkir ҙ ҡ ҫ, Tajik ӣ ӯ ҳ ҷ, Mongolian ү is shared.
_OTHER_CYRILLIC = set("їєґўҗҙҡҫӣӯҳҷЇЄҐЎҖҘҠҪӢӮҲҶ")
_RUSSIAN_END = re.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ться|тся|ает|ают|яет|ует|уют|ский|ская|ское|ского|ной|ный|ная|ное|ных|ила|али|или|ами|ями|ией|ение|ание|ения|ания|ении|ании|ость|ости)$"
)
_KAZAKH_END = re.compile(
    r"(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ді|ті|ның|нің|дың|дің|тың|тің|ған|ген|қан|кен|ып|іп|еді|йды)$"
)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_ANY_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


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
    # a three-word sentence is news when it ends like one (Тиісті жазасын алды.)
    if len(words) < 3 or (len(words) == 3 and not text.rstrip().endswith((".", "!", "?"))):
        return "not news: fewer than four words (navigation or a heading?)"
    letters = _LETTER.findall(text)
    cyr = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if cyr < 0.5 * len(letters):
        # Latin-script Kazakh arrives here already in Cyrillic (kg.text.latin)
        return "not in Cyrillic script (another language?)"
    if not any(c in _KAZAKH_ONLY for c in letters):
        return "no Kazakh letters (Russian or another language?)"
    # one-letter Russian prepositions (в, с, к) count in lower case or opening the line
    return _other_cyrillic(
        [w for i, w in enumerate(_ANY_WORD.findall(text)) if len(w) > 1 or w.islower() or i == 0]
    )


def _other_cyrillic(words: list[str]) -> str | None:
    """Why a Cyrillic line with a Kazakh letter or two is still another language:
    letters Kazakh does not have, or Russian words and endings where a Kazakh
    line has its own letters and words (a Kazakh line quoting Russian keeps them)."""
    lower = [w.lower() for w in words]
    if sum(any(c in _OTHER_CYRILLIC for c in w) for w in lower) >= 2:
        return "another Cyrillic language (Ukrainian, Tatar, Bashkir, Tajik...), not Kazakh"
    kazakh = sum(
        w in _KAZAKH_WORDS or any(c in _KAZAKH_OWN for c in w) or _KAZAKH_END.search(w) is not None
        for w in lower
    )
    russian = sum(
        w in _RUSSIAN_WORDS or any(c in "щъ" for c in w) or _RUSSIAN_END.search(w) is not None
        for w in lower
    )
    share = kazakh / len(lower)
    if (russian >= 1 and share < 0.2) or (russian >= 2 and russian > kazakh and share < 0.25):
        return "Russian, not Kazakh (a Kazakh line quoting Russian is kept)"
    return None
