"""Mentions of people, organisations, places and unnamed groups in a brief.

Sources, strongest first: the gazetteer, quoted names and names followed by a
head noun ("АМК-Мұнай" компаниясы, Темір ауданы), the NER tagger, then role
nouns for groups (жұмысшылар, полиция). Each mention keeps its word range and
the case of its last word, which the role extractors read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg import gazetteer, ner
from kg.extract.doc import Doc, Word, nominative
from kg.extract.lexicon import (
    AGENT_NOUNS,
    CONJUNCTIONS,
    FACILITY_NOUNS,
    NAMING_WORDS,
    NUMBER_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    PRONOUNS,
)
from kg.lang import inflect, morph
from kg.lang.data_lexicon import SURNAME_ENDINGS
from kg.lang.data_suffixes import MORPHEMES
from kg.model import NumberValue
from kg.vocab import PLACE_CLASSES

__all__ = ["Chunk", "find_chunks"]

_NAMED_PRIORITY = {"gazetteer": 0, "pattern": 1, "quote": 1, "ner": 2, "group": 3}
_BUCKET = {"gazetteer": 0, "pattern": 0, "quote": 0, "ner": 1, "group": 2}
_QUOTE = '"'
_MAX_MODIFIERS = 5
# Nouns of agents: жақтаушы (supporter), қатысушы (participant), ереуілші (striker).
_AGENTIVE_SUFFIX = re.compile(r"\w{3,}(?<!н)(шы|ші)$")  # not ordinals: бесінші
# Russian-style surnames end in a consonant (or -а) and take these case endings.
_SURNAME_CASES = {
    surface: case
    for case in morph.CASES[1:]
    for classes, text in MORPHEMES[case][1].items()
    if set(classes) & set("VNT")  # -ов/-ев, -ин, -ова/-ина, -ұлы/-қызы
    for surface in text.split()
}
_SURNAME_CASE = re.compile(
    r"^(\w+(?:" + "|".join(SURNAME_ENDINGS) + r"))(" + "|".join(_SURNAME_CASES) + r")$",
    re.IGNORECASE,
)
_PLURALS = tuple(x for text in MORPHEMES["PL"][1].values() for x in text.split())
# Villages and cities are named without their head noun (Мерей, not Мерей ауылы),
# regions and districts with it (Темір ауданы), as the gazetteer names them.
_BARE_NAMED = frozenset({"Village", "City"})


@dataclass(frozen=True, slots=True)
class Chunk:
    """A mention under construction: word range [first, last], class, label."""

    first: int
    last: int
    cls: str
    label: str
    source: str
    case: str
    key: str | None = None
    occupation: str | None = None
    count: NumberValue | None = None

    @property
    def named(self) -> bool:
        return self.source != "group" and self.label[:1].isupper()

    @property
    def is_place(self) -> bool:
        return self.cls in _PLACE_CLASSES


_PLACE_CLASSES = PLACE_CLASSES


def _case(word: Word) -> str:
    return "LOC" if word.case == "REL" else word.case


def _head(words: tuple[Word, ...], i: int, table: dict[str, str]) -> tuple[str, int] | None:
    """The class a head noun at word i gives, and the last word of the head."""
    w = words[i]
    if i + 1 < len(words):
        two = f"{w.lower} {words[i + 1].lemma.lower()}"
        if two in table:
            return table[two], i + 1
    for form in (w.lemma.lower(), w.lemma):
        if form in table:
            return table[form], i
    return None


def _phrase_label(doc: Doc, first: int, last: int) -> str:
    parts = [w.text for w in doc.words[first:last]]
    return " ".join([*parts, nominative(doc.words[last].text)]).replace(" - ", "-")


def _gazetteer_chunks(doc: Doc) -> list[Chunk]:
    out = []
    starts = {w.start: w.i for w in doc.words}
    ends = {w.end: w.i for w in doc.words}
    for m in gazetteer.find(doc.text):
        first, last = starts.get(m.start), ends.get(m.end)
        if first is None or last is None or doc.words[first].sent != doc.words[last].sent:
            continue
        e = m.entry
        out.append(Chunk(first, last, e.cls, e.name, "gazetteer", _case(doc.words[last]), key=e.id))
    return out


def _quoted_chunks(doc: Doc) -> list[Chunk]:
    out = []
    words = doc.words
    opened: int | None = None
    for w in words:
        if w.text != _QUOTE:
            continue
        if opened is None:
            opened = w.i
            continue
        first, last, opened = opened + 1, w.i - 1, None
        if last < first or last - first > 5 or not words[first].capital:
            continue
        inner = [x.text for x in words[first : last + 1]]
        nxt = w.i + 1
        head = (
            _head(words, nxt, ORG_HEADS) if nxt < len(words) and words[nxt].sent == w.sent else None
        )
        name = " ".join(inner).replace(" - ", "-")
        if head is None:
            name = morph.phrase_lemma(inner).replace(" - ", "-")
        entry = gazetteer.lookup(name)
        if entry is not None:
            cls, key = entry.cls, entry.id
            name = entry.name
        elif head is not None:
            cls, key = head[0], None
        else:
            lemma_head = words[last].lemma.lower()
            if lemma_head in FACILITY_NOUNS or lemma_head in PLACE_HEADS:
                cls, key = "Facility", None
                name = _phrase_label(doc, first, last)
            else:
                continue  # a quotation, not a name
        end = head[1] if head else w.i
        out.append(Chunk(first - 1, end, cls, name, "quote", _case(words[end]), key=key))
    return out


def _bare(w: Word) -> bool:
    """Only the last word of a name inflects: the words before it are bare."""
    return w.is_word and w.case == "NOM" and w.lower not in PRONOUNS


def _adjective(w: Word) -> bool:
    """-ды/-ді/-ты/-ті adjectives (сазды, міндетті) look accusative; inside a
    name, before its head noun, they cannot be objects."""
    return (
        w.is_word
        and not w.capital
        and w.case == "ACC"
        and w.lower.endswith(("ды", "ді", "ты", "ті"))
    )


def _people(w: Word) -> bool:
    """A role noun for people (қорғаушылар, жұмысшылар) ends a name's modifiers."""
    low = w.lemma.lower()
    return low in AGENT_NOUNS or bool(_AGENTIVE_SUFFIX.search(low))


def _capital_run(doc: Doc, last: int, sent_first: int) -> int | None:
    """Start of the run of bare capitalised words ending at `last`, if any."""
    i = last
    while i >= sent_first and doc.words[i].capital and _bare(doc.words[i]):
        i -= 1
    return i + 1 if i < last else None


def _head_chunks(doc: Doc) -> list[Chunk]:
    """Names followed by a head noun: Темір ауданы, Қасымбек пен Еңбекші ауылдары,
    Норвегиялық Хельсинкі комитеті, Қазақстан ішкі істер министрлігі."""
    out = []
    words = doc.words
    for sf, sl in doc.sent_words:
        for i in range(sf + 1, sl):
            w = words[i]
            if w.capital:
                continue
            place = _head(words, i, PLACE_HEADS)
            org = None if place else _head(words, i, ORG_HEADS)
            if org and "P3" not in words[org[1]].noun_tags and not words[org[1]].text.isupper():
                org = None  # "Алматы полициясы" names one; "Ерлан полиция" does not
            found = place or org
            if not found:
                continue
            cls, hend = found
            # the name: capitalised words right before, or after a few lowercase modifiers
            j = i - 1
            mods = 0
            while (
                org
                and j >= sf
                and not words[j].capital
                and mods < _MAX_MODIFIERS
                and (_bare(words[j]) or words[j].lower in NAMING_WORDS or _adjective(words[j]))
                and not _people(words[j])  # "чехиялық құқық қорғаушылар ел үкіметін"
            ):
                j -= 1
                mods += 1
            if j < sf or not words[j].capital or not _bare(words[j]):
                continue
            start = _capital_run(doc, j, sf)
            if start is None:
                continue
            if start == sf and j == start and words[start].lemma.lower() in AGENT_NOUNS:
                continue
            latin = all(c.isascii() for c in doc.span(start, j) if c.isalpha())
            if place and words[i].lemma.lower() != words[i].lower and _plural(words[i]):
                # coordination before a plural head: "Қасымбек пен Еңбекші ауылдарында"
                names = _coordinated_names(doc, start, j, sf)
                for a, b in names:
                    label = (
                        doc.span(a, b)
                        if cls in _BARE_NAMED
                        else f"{doc.span(a, b)} {words[i].lemma}"
                    )
                    out.append(
                        Chunk(
                            a,
                            b if (a, b) != names[-1] else hend,
                            cls,
                            label,
                            "pattern",
                            _case(words[hend]),
                        )
                    )
                continue
            if latin or (place and cls in _BARE_NAMED):
                label = doc.span(start, j)
            elif place:
                label = f"{doc.span(start, j)} {nominative(words[hend].text)}"
                if hend > i:
                    label = f"{doc.span(start, i)} {nominative(words[hend].text)}"
            else:
                label = _phrase_label(doc, start, hend)
            out.append(Chunk(start, hend, cls, label, "pattern", _case(words[hend])))
    return out


def _plural(word: Word) -> bool:
    return any(s in word.lower for s in _PLURALS)


def _coordinated_names(doc: Doc, start: int, last: int, sf: int) -> list[tuple[int, int]]:
    """Capitalised names joined by мен/пен/бен/және/comma, ending at `last`."""
    names = [(start, last)]
    i = start - 1
    while i > sf and doc.words[i].lower in CONJUNCTIONS:
        j = i - 1
        s = _capital_run(doc, j, sf)
        if s is None:
            break
        names.insert(0, (s, j))
        i = s - 1
    return names


def _ner_chunks(doc: Doc) -> list[Chunk]:
    out = []
    for sf, sl in doc.sent_words:
        toks = [w.text for w in doc.words[sf:sl]]
        labels = ner.tag(toks)
        i = 0
        while i < len(labels):
            if not labels[i].startswith("B-"):
                i += 1
                continue
            kind = labels[i][2:]
            j = i + 1
            while j < len(labels) and labels[j] == f"I-{kind}":
                j += 1
            first, last = sf + i, sf + j - 1
            i = j
            words = doc.words[first : last + 1]
            if all(w.lemma.lower() in AGENT_NOUNS or w.lemma.lower() in ORG_HEADS for w in words):
                continue
            if kind == "PERSON":
                role = None
                while len(words) > 1 and words[0].lemma.lower() in AGENT_NOUNS:
                    role = words[0].lemma.lower()  # "Белсенді Сүйеубаевты": a role, then the name
                    words, first = words[1:], first + 1
                lemma, case = _surname(words[-1])
                label = " ".join([*(w.text for w in words[:-1]), lemma])
                out.append(Chunk(first, last, "Person", label, "ner", case, occupation=role))
                continue
            phrase = " ".join(w.text for w in words)
            cls = ner.classify(kind, phrase)
            if cls is None:
                continue
            label = (
                morph.phrase_lemma([w.text for w in words]) if len(words) > 1 else words[0].lemma
            )
            if not label[:1].isupper():
                continue
            out.append(Chunk(first, last, cls, label, "ner", _case(words[-1])))
    return out


def _surname(w: Word) -> tuple[str, str]:
    """Lemma and case of a word that may be an inflected surname the analyser
    left whole (Жұмабековті -> Жұмабеков, ACC)."""
    m = _SURNAME_CASE.match(w.text)
    if m and w.lemma == w.text:
        return m.group(1), _SURNAME_CASES[m.group(2).lower()]
    return w.lemma, _case(w)


def _person_fallback(doc: Doc) -> list[Chunk]:
    """Capitalised name + surname the tagger missed: "Асанәлі Сүйеубаев"."""
    out = []
    for w in doc.words:
        lemma, case = _surname(w)
        if not w.capital or not lemma.endswith(SURNAME_ENDINGS) or len(lemma) < 5:
            continue
        first = w.i
        if (
            w.i > 0
            and doc.words[w.i - 1].capital
            and doc.words[w.i - 1].sent == w.sent
            and doc.words[w.i - 1].is_word
            and doc.words[w.i - 1].start > doc.sentences[w.sent].start
        ):
            first = w.i - 1
        label = " ".join([*(x.text for x in doc.words[first : w.i]), lemma])
        out.append(Chunk(first, w.i, "Person", label, "ner", case))
    return out


def possessive(lemma: str) -> str:
    """The 3rd person possessive of a noun: учаске -> учаскесі, диспансер -> диспансері."""
    return inflect.possessive(lemma)


def _izafet_start(doc: Doc, head: int, sent_first: int) -> int:
    """First word of a compound noun ending in a possessed head: жүйке аурулары
    диспансеріне, сайлау учаскесінде. Modifiers are bare or possessed nouns."""
    if "P3" not in doc.words[head].noun_tags:
        return head
    i = head
    while i - 1 >= sent_first and head - i < 3:
        w = doc.words[i - 1]
        if (
            not w.is_word
            or w.capital
            or w.case != "NOM"
            or w.lower in PRONOUNS
            or w.lemma.lower() in AGENT_NOUNS
            or w.lower in AGENT_NOUNS
            or w.lower in NUMBER_WORDS
        ):
            break
        best = morph.analyse(w.text)[0]
        if best.pos == "V" and any(t.startswith("PTCP") for t in best.tags):
            break
        i -= 1
    return i


def _facility_label(doc: Doc, first: int, head: int) -> str:
    words = [
        w.text.lower() if k == 0 and w.capital else w.text
        for k, w in enumerate(doc.words[first:head])
    ]
    h = doc.words[head]
    last = possessive(h.lemma) if "P3" in h.noun_tags else h.lemma
    return " ".join([*words, last])


def _group_chunks(doc: Doc) -> list[Chunk]:
    out = []
    words = doc.words
    for w in words:
        if not w.is_word:
            continue
        nxt = words[w.i + 1] if w.i + 1 < len(words) and words[w.i + 1].sent == w.sent else None
        nn = words[w.i + 2] if w.i + 2 < len(words) and words[w.i + 2].sent == w.sent else None
        cands: list[tuple[str, int]] = []
        if nxt is not None and nn is not None:
            cands.append((f"{w.lower} {nxt.lower} {nn.lemma.lower()}", w.i + 2))
            cands.append((f"{w.lower} {nxt.lower} {nominative(nn.text).lower()}", w.i + 2))
        if nxt is not None:
            cands.append((f"{w.lower} {nxt.lemma.lower()}", w.i + 1))
            cands.append((f"{w.lower} {nominative(nxt.text).lower()}", w.i + 1))
        cands.append((w.lemma.lower(), w.i))
        cands.append((w.lower, w.i))  # a word that only looks possessed: отбасы
        cands.append((nominative(w.text).lower(), w.i))
        if _AGENTIVE_SUFFIX.search(w.lemma.lower()) and not w.capital and "P3" not in w.noun_tags:
            cands.append((w.lemma.lower(), w.i))  # -шы/-ші nouns name people: жақтаушы
        for phrase, last in cands:
            if phrase in AGENT_NOUNS or (
                last == w.i and phrase == w.lemma.lower() and _AGENTIVE_SUFFIX.search(phrase)
            ):
                cls = AGENT_NOUNS.get(phrase, "Group")
                out.append(Chunk(w.i, last, cls, phrase, "group", _case(words[last])))
                break
            if phrase in FACILITY_NOUNS:
                sf = doc.sent_words[w.sent][0]
                first = _izafet_start(doc, last, sf)
                label = _facility_label(doc, first, last) if first < w.i else phrase
                out.append(Chunk(first, last, "Facility", label, "group", _case(words[last])))
                break
    return out


def _numbered_facilities(doc: Doc) -> list[Chunk]:
    """№496 сайлау учаскесі; "№344 және №446 сайлау учаскелері" are two."""
    out = []
    words = doc.words
    numbers: list[int] = []
    for w in words:
        if w.text != "№" or w.i + 1 >= len(words):
            continue
        numbers.append(w.i)
        j = w.i + 2
        if j < len(words) and words[j].lower in CONJUNCTIONS:
            continue
        while j < len(words) and words[j].sent == w.sent and j <= w.i + 4:
            head = words[j]
            if (
                head.lemma.lower() in FACILITY_NOUNS
                or nominative(head.text).lower() in FACILITY_NOUNS
            ):
                rest = _facility_label(doc, w.i + 2, j) if j > w.i + 2 else head.lemma
                if "P3" in head.noun_tags and j == w.i + 2:
                    rest = possessive(head.lemma)
                for n in numbers:
                    label = f"№{words[n + 1].text} {rest}"
                    last = j if n == numbers[-1] else n + 1
                    out.append(Chunk(n, last, "Facility", label, "pattern", _case(head)))
                break
            j += 1
        numbers = []
    return out


def _extend_heads(doc: Doc, chunks: list[Chunk]) -> list[Chunk]:
    """A name in quotes followed by its head noun ("Нұр Отан" партиясының) takes
    the head into the mention, and with it the case."""
    out = []
    for c in chunks:
        j = c.last + 1
        if (
            j < len(doc.words)
            and doc.words[j].text == _QUOTE
            and c.first > 0
            and doc.words[c.first - 1].text == _QUOTE
        ):
            j += 1
        if (
            j < len(doc.words)
            and doc.words[j].sent == doc.words[c.last].sent
            and c.source != "group"
        ):
            head = _head(doc.words, j, ORG_HEADS) or _head(doc.words, j, PLACE_HEADS)
            if (head is not None and head[0] == c.cls) or (
                head and c.cls == "PoliticalParty" and head[0] == "PoliticalParty"
            ):
                c = replace(c, last=head[1], case=_case(doc.words[head[1]]))
        out.append(c)
    return out


def _overlaps(a: Chunk, b: Chunk) -> bool:
    return a.first <= b.last and b.first <= a.last


def _attach_counts(doc: Doc, chunks: list[Chunk]) -> list[Chunk]:
    """A number right before a group noun counts it; a hedge word may stand
    between them (200-ге жуық жұмысшы, жүзден аса жүргізуші)."""
    numbers = [n for n in doc.numbers if n.unit is None and n.value != 1]
    out = []
    for c in chunks:
        if c.source == "group" and c.first > 0:
            lo = doc.words[max(c.first - 2, doc.sent_words[doc.words[c.first].sent][0])].start
            hi = doc.words[c.first - 1].end
            near = [n for n in numbers if lo <= n.start and n.end <= hi]
            if near:
                c = replace(c, count=near[-1])
        out.append(c)
    return out


def _occupations(doc: Doc, chunks: list[Chunk]) -> list[Chunk]:
    """A role noun right before a person's name is the person's occupation."""
    groups = {c.last: c for c in chunks if c.source == "group"}
    out = []
    drop = set()
    for c in chunks:
        g = groups.get(c.first - 1)
        if c.cls == "Person" and g is not None:
            c = replace(c, occupation=g.label)
            drop.add((g.first, g.last))
        out.append(c)
    return [c for c in out if not (c.source == "group" and (c.first, c.last) in drop)]


def find_chunks(doc: Doc) -> list[Chunk]:
    """All mentions in the brief, without overlaps, in text order."""
    cands = (
        _gazetteer_chunks(doc)
        + _quoted_chunks(doc)
        + _head_chunks(doc)
        + _numbered_facilities(doc)
        + _ner_chunks(doc)
        + _person_fallback(doc)
        + _group_chunks(doc)
    )
    # names from the gazetteer and from name patterns compete on length (a
    # bureau named after its country is more than the country); then the tagger,
    # then role nouns
    cands.sort(
        key=lambda c: (
            _BUCKET[c.source],
            -(c.last - c.first),
            _NAMED_PRIORITY[c.source],
            c.first,
        )
    )
    kept: list[Chunk] = []
    for c in cands:
        if any(_overlaps(c, k) for k in kept):
            continue
        kept.append(c)
    kept.sort(key=lambda c: c.first)
    kept = _occupations(doc, _extend_heads(doc, kept))
    return _attach_counts(doc, kept)
