"""A brief prepared for the extractors: normalised text, sentences and analysed words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kg.lang import morph
from kg.lang.dates import find_dates
from kg.lang.durations import find_durations
from kg.lang.numbers import find_numbers
from kg.model import Brief, DateValue, DurationValue, NumberValue, Sentence
from kg.text import normalise, sentences

__all__ = ["Doc", "Word", "make_doc", "nominative"]

_CASES = frozenset({"GEN", "ACC", "DAT", "LOC", "ABL", "INS", "REL"})


@dataclass(frozen=True, slots=True)
class Word:
    i: int
    sent: int
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    case: str
    verb_tags: tuple[frozenset[str], ...]  # tags of each verbal reading, best first
    noun_tags: frozenset[str]  # tags of the best nominal reading

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


@dataclass(frozen=True, slots=True)
class Doc:
    brief: Brief
    text: str
    sentences: tuple[Sentence, ...]
    words: tuple[Word, ...]
    sent_words: tuple[tuple[int, int], ...]  # [first, last+1) word index of each sentence
    dates: tuple[DateValue, ...]  # the language layer's values, found once per brief
    durations: tuple[DurationValue, ...]
    numbers: tuple[NumberValue, ...]

    def span(self, first: int, last: int) -> str:
        return self.text[self.words[first].start : self.words[last].end]


@lru_cache(maxsize=65536)
def _analyse(text: str) -> tuple[str, str, tuple[frozenset[str], ...], frozenset[str]]:
    if not text[:1].isalpha():
        return text, "NOM", (), frozenset()
    verbs = tuple(frozenset(a.tags) for a in morph.verb_analyses(text))
    noun = next((a for a in morph.analyse(text) if a.pos == "N"), None)
    ntags = tuple(noun.tags) if noun else ()
    case = next((t for t in reversed(ntags) if t in _CASES), "NOM")
    return morph.lemma(text), case, verbs, frozenset(ntags)


@lru_cache(maxsize=65536)
def nominative(word: str) -> str:
    """The word with its case ending removed but plural and possessive kept:
    ауданындағы -> ауданы, мүшесінің -> мүшесі, Ибраимовтың -> Ибраимов."""
    for a in morph.analyse(word):
        if a.pos != "N":
            continue
        tags, sufs = list(a.tags), list(a.suffixes)
        while tags and tags[-1] in _CASES and sufs:
            tags.pop()
            sufs.pop()
        keep = a.stem + "".join(sufs)
        if word.lower().startswith(keep.lower()) and keep:
            base = word[: len(keep)]
            # possessive 3rd person takes a pronominal n before a case ending
            return base
    return word


def make_doc(brief: Brief) -> Doc:
    text = normalise(brief.text)
    sents = sentences(text)
    words: list[Word] = []
    bounds: list[tuple[int, int]] = []
    for si, s in enumerate(sents):
        first = len(words)
        for tok in s.tokens:
            lemma, case, verbs, ntags = _analyse(tok.text)
            words.append(
                Word(
                    len(words),
                    si,
                    tok.start,
                    tok.end,
                    tok.text,
                    tok.text.lower(),
                    lemma,
                    case,
                    verbs,
                    ntags,
                )
            )
        bounds.append((first, len(words)))
    published = date.fromisoformat(brief.date) if brief.date else None
    return Doc(
        brief,
        text,
        sents,
        tuple(words),
        tuple(bounds),
        tuple(find_dates(text, published=published)),
        tuple(find_durations(text)),
        tuple(find_numbers(text)),
    )
