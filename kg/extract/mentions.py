"""Mentions of people, organisations, places and unnamed groups in a brief.

Sources, strongest first: the gazetteer, quoted names and names followed by a
head noun ("АМК-Мұнай" компаниясы, Темір ауданы), the NER tagger, then role
nouns for groups (жұмысшылар, полиция). Each mention keeps its word range and
the case of its last word, which the role extractors read.
"""

from __future__ import annotations

import functools
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
from kg.lang.data_function_words import (
    COUNT_HEDGES,
    LEVEL_ADJECTIVES,
    POSTPOSITIONS,
    SENTENCE_ADVERBS,
)
from kg.lang.data_lexicon import SURNAME_ENDINGS, VERB_STEMS
from kg.lang.data_people import (
    ADJECTIVE_HOMONYMS,
    AGENTIVE_ENDINGS,
    ALSO_GIVEN_NAMES,
    CAPITAL_WORDS,
    KIND_ADJECTIVES,
    LIGHT_VERB_NOUNS,
    OFFICE_HEADS,
    PARTICIPLE_THINGS,
    PERSON_NOUNS,
    PLACE_DEMONYMS,
    PLURAL_PEOPLE_ADJECTIVES,
)
from kg.lang.data_suffixes import MORPHEMES
from kg.model import NumberValue
from kg.vocab import PLACE_CLASSES

__all__ = ["Chunk", "find_chunks"]

_NAMED_PRIORITY = {"gazetteer": 0, "pattern": 1, "quote": 1, "ner": 2, "group": 3}
_BUCKET = {"gazetteer": 0, "pattern": 0, "quote": 0, "ner": 1, "group": 2}
_QUOTE = '"'
_MAX_MODIFIERS = 5
_MAX_OFFICE_WORDS = 6
_MAX_COUNT_GAP = 3
_ADJECTIVE_ENDINGS = ("лы", "лі", "ды", "ді", "ты", "ті", "сыз", "сіз", "ғы", "гі", "қы", "кі")
_OWNER_ADJECTIVES = frozenset({"бұрынғы", "соңғы", "қазіргі", "ресми"})
# Nouns of agents: жақтаушы (supporter), қатысушы (participant), ереуілші (striker).
_AGENTIVE_SUFFIX = re.compile(r"\w{3}(?<!н)(шы|ші)$")  # not ordinals: бесінші
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
_KIND_ADJECTIVE = re.compile(r"\w{4,}(?:лық|лік|дық|дік|тық|тік)$")
_WEB_NAME = re.compile(
    r"(?<![\w.])[A-Za-z][A-Za-z0-9-]*\.(?:kz|com|ru|org|net|media|info|news|tv|uz|kg)(?![\w.])"
)
# a past participle, its plural and its case ending: сотталғандардың, ұсталғанды.
# After -ған (a nasal) and after its plural -дар (a sonorant) the cases take
# the forms of those sound classes (kg.lang.data_suffixes).
_PARTICIPLE_CASE = {
    surface: case
    for case in ("ACC", "GEN", "DAT", "ABL", "INS")
    for classes, text in MORPHEMES[case][1].items()
    if set(classes) & {"N", "R"}
    for surface in text.split()
}
_PARTICIPLE = re.compile(
    "^(\\w+?(?:{}))({})?({})?$".format(
        "|".join(x for text in MORPHEMES["PTCP_PAST"][1].values() for x in text.split()),
        "|".join(MORPHEMES["PL"][1]["LNZ"].split()),
        "|".join(sorted(_PARTICIPLE_CASE, key=len, reverse=True)),
    )
)
_PLURALS_AFTER_VOWEL = tuple(MORPHEMES["PL"][1]["VR"].split())
# -лық/-лік after vowels and р й у, -дық/-дік after л м н ң ж з, -тық/-тік after voiceless
_DEMONYM = re.compile(r"^(\w{3,}?)(?:лық|лік|дық|дік|тық|тік)$")


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
    home: str | None = None  # gazetteer id of the place a group is from (павлодарлық)

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
        # adjectives of the legal kind may stand between the name and its head:
        # «X» қоғамдық қоры, «X» республикалық мемлекеттік кәсіпорны
        k = nxt
        while k < len(words) and k - nxt < 3 and words[k].sent == w.sent:
            if not (words[k].lower in KIND_ADJECTIVES or _KIND_ADJECTIVE.search(words[k].lower)):
                break
            k += 1
        if (
            nxt < k < len(words)
            and words[k].sent == w.sent
            and (_head(words, k, ORG_HEADS) or _institution_head(words[k]))
        ):
            nxt = k
        head = None
        if nxt < len(words) and words[nxt].sent == w.sent:
            # a generic head that is not a kind of organisation name still closes
            # the name: «Ақбота» кооперативі, «Бұқтырма орман шаруашылығы» инспекциясы
            head = (
                _head(words, nxt, ORG_HEADS)
                or _institution_head(words[nxt])
                or _facility_head(words, nxt)
            )
        name = " ".join(inner).replace(" - ", "-")
        if head is None:
            name = morph.phrase_lemma(inner).replace(" - ", "-")
        entry = gazetteer.lookup(name)
        if (
            entry is not None
            and head is not None
            and entry.cls == "PoliticalParty"
            and head[0] not in ("PoliticalParty", "NGO")  # a movement may be the party
        ):
            entry = None  # «Аманат» азаматтық платформасы is not the party Аманат
        if (
            entry is not None
            and head is not None
            and head[0] == "Facility"
            and entry.cls in (_PLACE_CLASSES)
        ):
            entry = None  # «Астана» концерт залы is a hall, not the city
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


def _institution_head(w: Word) -> tuple[str, int] | None:
    cls = AGENT_NOUNS.get(w.lemma.lower())
    if cls is None or w.capital or cls in ("Group", "Court"):
        return None
    return cls, w.i


def _facility_head(words: tuple[Word, ...], i: int) -> tuple[str, int] | None:
    """A facility noun of up to three words starting at word i: «X» тұрғын үй кешенінде."""
    for n in (3, 2, 1):
        last = i + n - 1
        if last >= len(words) or words[last].sent != words[i].sent:
            continue
        h = words[last]
        stem = " ".join(w.lower for w in words[i:last])
        for form in (h.lemma.lower(), nominative(h.text).lower(), possessive(h.lemma).lower()):
            if f"{stem} {form}".strip() in FACILITY_NOUNS:
                return "Facility", last
    return None


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
    return AGENT_NOUNS.get(low) == "Group" or bool(_AGENTIVE_SUFFIX.search(low))


def _name_word(w: Word) -> bool:
    """Can this capitalised word be part of a name? Not a sentence adverb (Кеше,
    Сондай-ақ) and not a role noun (Журналист, Күдікті) written before one."""
    role = w.lemma.lower() in PERSON_NOUNS or w.lower in PERSON_NOUNS
    return w.lower not in SENTENCE_ADVERBS and (not role or w.lower in ALSO_GIVEN_NAMES)


def _surname_like(w: Word) -> bool:
    lemma = _surname(w)[0]
    return w.capital and lemma.endswith(SURNAME_ENDINGS) and len(lemma) >= 5


def _capital_run(doc: Doc, last: int, sent_first: int) -> int | None:
    """Start of the run of bare capitalised words ending at `last`, if any. The
    run stops at a word that cannot open a name and after a person's surname
    ("Журналист Ерлан Сәкенов Атырау облысы полиция департаменті")."""
    i = last
    while i >= sent_first and doc.words[i].capital and _bare(doc.words[i]):
        w = doc.words[i]
        if not _name_word(w) or (i < last and _surname_like(w)):
            break
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
                and (
                    _bare(words[j])
                    or words[j].lower in NAMING_WORDS
                    or _adjective(words[j])
                    or (words[j].case == "REL" and not words[j].capital)  # ішкі істер
                    # "Сыбайлас жемқорлыққа қарсы іс-қимыл департаменті": against X
                    or (words[j].case == "DAT" and words[j + 1].lower == "қарсы")
                )
                and not _people(words[j])  # "чехиялық құқық қорғаушылар ел үкіметін"
            ):
                j -= 1
                mods += 1
            if j < sf or not words[j].capital or not _bare(words[j]):
                continue
            start = _capital_run(doc, j, sf)
            if start is None:
                continue
            # "Бостандық аудандық Полиция басқармасы": a district name, its level, the body
            while (
                org
                and start - 2 >= sf
                and words[start - 1].lower in LEVEL_ADJECTIVES
                and words[start - 2].capital
                and _bare(words[start - 2])
            ):
                before = _capital_run(doc, start - 2, sf)
                if before is None:
                    break
                start = before
            if start == sf and j == start and words[start].lemma.lower() in AGENT_NOUNS:
                continue
            if place and j > start and _surname_like(words[j]):
                continue  # "Гүлнар Әбенова ауыл әкімінің": a person, then the village head
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
            key = None
            known = gazetteer.lookup(doc.span(start, j)) if not place else None
            if known is not None and known.cls not in _PLACE_CLASSES:
                cls, key, label = known.cls, known.id, known.name  # "Amanat партиясы"
            elif latin and cls == "GovernmentBody" and words[hend].lemma.lower() == "агенттік":
                cls = "MediaOutlet"  # a Latin-script agency is a news agency: KazTAG агенттігі
            elif cls == "GovernmentBody" and _police(doc, start, hend):
                cls = "LawEnforcement"
            out.append(Chunk(start, hend, cls, label, "pattern", _case(words[hend]), key=key))
    return out


def _police(doc: Doc, first: int, last: int) -> bool:
    """A body of the police: "... полиция департаменті", "... ішкі істер басқармасы"
    (the ministry of internal affairs itself is a government body)."""
    lemmas = [w.lemma.lower() for w in doc.words[first : last + 1]]
    if "полиция" in lemmas:
        return True
    text = " ".join(w.lower for w in doc.words[first : last + 1])
    return "ішкі істер" in text and lemmas[-1] in ("басқарма", "департамент")


def _government_chunks(doc: Doc) -> list[Chunk]:
    """A country's government is a body of its own: "Чехия Үкіметі", "Ресей үкіметінің".
    Only "Үкімет" alone, capitalised, is Kazakhstan's (the gazetteer's entry)."""
    out = []
    countries = {c.last: c for c in _gazetteer_chunks(doc) if c.cls == "Country"}
    for w in doc.words:
        country = countries.get(w.i - 1)
        if (
            country is None
            or country.case != "NOM"
            or w.lemma.lower() != "үкімет"
            or "P3" not in w.noun_tags
        ):
            continue
        label = f"{doc.span(country.first, country.last)} {nominative(w.text)}"
        entry = gazetteer.lookup(label)
        key = entry.id if entry is not None else None
        out.append(Chunk(country.first, w.i, "GovernmentBody", label, "pattern", _case(w), key=key))
    return out


def _web_chunks(doc: Doc) -> list[Chunk]:
    """Outlets named by their web address: Ulysmedia.kz, Kursiv.media."""
    out = []
    starts = {w.start: w.i for w in doc.words}
    ends = {w.end: w.i for w in doc.words}
    for m in _WEB_NAME.finditer(doc.text):
        first, last = starts.get(m.start()), ends.get(m.end())
        if first is None or last is None:
            continue
        entry = gazetteer.lookup(m.group())
        cls, key, name = ("MediaOutlet", None, m.group())
        if entry is not None:
            cls, key, name = entry.cls, entry.id, entry.name
        out.append(Chunk(first, last, cls, name, "pattern", "NOM", key=key))
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
            if (
                kind == "PERSON"
                and len(words) == 1
                and first == sf
                and words[0].case != "NOM"
                and not _surname_like(words[0])
            ):
                continue  # "Карантинге ...": a common noun capitalised at the start
            if kind == "PERSON":
                role = None
                while len(words) > 1 and words[0].lemma.lower() in AGENT_NOUNS:
                    role = words[0].lemma.lower()  # "Белсенді Сүйеубаевты": a role, then the name
                    words, first = words[1:], first + 1
                lemma, case = _surname(words[-1])
                label = " ".join([*(w.text for w in words[:-1]), lemma])
                out.append(Chunk(first, last, "Person", label, "ner", case, occupation=role))
                continue
            while len(words) > 1 and not _name_word(words[0]):
                words, first = words[1:], first + 1  # "Кеше Алматы...": a time word, then the name
            phrase = " ".join(w.text for w in words)
            cls = ner.classify(kind, phrase)
            if cls is None:
                continue
            label = (
                _phrase_label(doc, first, last)  # Гарвард университеті keeps its possessive
                if len(words) > 1 and "P3" in words[-1].noun_tags
                else morph.phrase_lemma([w.text for w in words])
                if len(words) > 1
                else words[0].lemma
            )
            if all(c.isascii() for c in phrase if c.isalpha()):
                label = doc.span(first, last)  # Latin script does not inflect here
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
        if (
            w.i == doc.sent_words[w.sent][0]
            and lemma.lower().endswith(("ин", "ина"))
            and not (w.i + 1 < len(doc.words) and doc.words[w.i + 1].capital)
        ):
            continue  # "Карантинге ...": a loanword in -ин capitalised at the start
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


@functools.lru_cache(maxsize=16384)
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
            or w.lower in POSTPOSITIONS
            or w.lower in SENTENCE_ADVERBS
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


def _derived_agent(lemma: str) -> bool:
    """Nouns of agents by derivation: жақтаушы (-шы), қылмыскер (-кер), жемқор (-қор)."""
    if _AGENTIVE_SUFFIX.search(lemma):
        return True
    return len(lemma) >= 6 and lemma.endswith(AGENTIVE_ENDINGS)


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
            cands.append((f"{w.lower} {nxt.lower} {possessive(nn.lemma).lower()}", w.i + 2))
        if nxt is not None:
            cands.append((f"{w.lower} {nxt.lemma.lower()}", w.i + 1))
            cands.append((f"{w.lower} {nominative(nxt.text).lower()}", w.i + 1))
            # compounds are listed with their possessed head: тәртіп сақшылары -> тәртіп сақшысы
            cands.append((f"{w.lower} {possessive(nxt.lemma).lower()}", w.i + 1))
        verb = morph.analyse(w.text)[0].pos == "V"
        if not verb:
            cands.append((w.lemma.lower(), w.i))
        cands.append((w.lower, w.i))  # a word that only looks possessed: отбасы
        # "іске жауаптылар": the ones responsible
        people_adj = next(
            (
                a
                for a in PLURAL_PEOPLE_ADJECTIVES
                if any(w.lower.startswith(a + pl) for pl in _PLURALS_AFTER_VOWEL)
            ),
            None,
        )
        if people_adj is not None:
            cands.append((people_adj, w.i))
        cands.append((nominative(w.text).lower(), w.i))
        # "апатқа себепкер болды": a derived noun before бол- is a predicate, not a person
        derived = (
            not w.capital
            and not verb
            and _derived_agent(w.lemma.lower())
            and not (nxt is not None and nxt.lower.startswith("бол"))
        )
        if (
            w.lower in ADJECTIVE_HOMONYMS
            and nxt is not None
            and nxt.is_word
            and not nxt.capital
            and nxt.lower not in CONJUNCTIONS
        ):
            # "әкімшілік қамау": administrative, not the administration
            cands = [(phrase, last) for phrase, last in cands if last != w.i]
        for phrase, last in cands:
            if (
                phrase in AGENT_NOUNS
                or phrase == people_adj
                or (
                    last == w.i
                    and phrase == w.lemma.lower()
                    and derived
                    and "P3" not in w.noun_tags
                )
            ):
                cls = AGENT_NOUNS.get(phrase, "Group")
                label = phrase
                prev = words[w.i - 1] if w.i > 0 else None
                if (
                    phrase not in AGENT_NOUNS
                    and prev is not None
                    and prev.sent == w.sent
                    and prev.lower in LIGHT_VERB_NOUNS
                ):
                    label = f"{prev.lower} {phrase}"  # "наразылық білдірушілер"
                out.append(Chunk(w.i, last, cls, label, "group", _case(words[last])))
                break
            if phrase in FACILITY_NOUNS:
                sf = doc.sent_words[w.sent][0]
                first = min(_izafet_start(doc, last, sf), w.i)
                label = _facility_label(doc, first, last) if first < w.i else phrase
                named = _facility_name(doc, first, last, sf)
                source = "group"
                if named is not None:  # a name pattern: it outranks the tagger's pieces
                    label, first, source = f"{doc.span(named, first - 1)} {label}", named, "pattern"
                out.append(Chunk(first, last, "Facility", label, source, _case(words[last])))
                break
    return out


def _facility_name(doc: Doc, first: int, head: int, sf: int) -> int | None:
    """First word of the name before a facility noun: "Теңіз кен орны", "Костенко
    атындағы шахта". A name is joined to a common noun only through the possessive
    (кен орны, шахтасы) or атындағы; "Ерлан Нұрғалиев ауруханада" is two mentions.
    A lone capital opening the sentence may be a common word."""
    k = first - 1
    naming = k >= sf and doc.words[k].lower == "атындағы"
    if naming:
        k -= 1
    elif "P3" not in doc.words[head].noun_tags:
        return None
    if k < sf or not doc.words[k].capital or not _bare(doc.words[k]):
        return None
    if _surname_like(doc.words[k]) and not naming:
        return None
    start = _capital_run(doc, k, sf) if k > sf or naming else None
    if start is None and k == sf and naming:
        start = sf
    if start is None or (start == sf and start == k and not naming):
        return None
    if gazetteer.lookup(doc.span(start, k)) is not None:
        return None  # a known place or body is its own mention: Алматы алаңы
    return start


def _participle_chunks(doc: Doc) -> list[Chunk]:
    """Past participles used as nouns name the people who did or underwent it:
    "сотталғандар" (the convicted), "жиналғандарды". A plural participle is
    always a noun; a singular one only with an accusative or genitive ending
    (its locative, ablative and possessed forms make clauses: келгенде, шыққанын)."""
    out = []
    for w in doc.words:
        if not w.is_word or (w.capital and w.i != doc.sent_words[w.sent][0]):
            continue
        m = _PARTICIPLE.match(w.lower)
        if m is None:
            continue
        reading = next((a for a in morph.verb_analyses(w.lower) if "PTCP_PAST" in a.tags), None)
        stem = reading.stem if reading is not None else m.group(1)[:-3]
        if reading is None and stem not in VERB_STEMS:
            continue  # "алғандар" hides behind the town Алға: a known verb stem settles it
        if (reading is not None and "P3" in reading.tags) or stem in PARTICIPLE_THINGS:
            continue  # айтқандар: what was said
        case = _PARTICIPLE_CASE.get(m.group(3) or "", "NOM")
        if not m.group(2) and case not in ("ACC", "GEN") and not _counted_head(doc, w):
            continue
        label = m.group(1) + (m.group(2) or "")
        prev = doc.words[w.i - 1] if w.i > 0 else None
        if (
            prev is not None
            and prev.sent == w.sent
            and (not prev.capital or prev.i == doc.sent_words[w.sent][0])
            and (prev.case == "DAT" or prev.lower in LIGHT_VERB_NOUNS)
        ):
            label = f"{prev.lower} {label}"  # "соққыға жыққандар", "зардап шеккендер"
        out.append(Chunk(w.i, w.i, "Group", label, "group", case))
    return out


def _counted_head(doc: Doc, w: Word) -> bool:
    """A bare participle after a number, with no noun after it, is counted people:
    "118 сотталған босатылды"."""
    prev = doc.words[w.i - 1] if w.i > 0 else None
    nxt = doc.words[w.i + 1] if w.i + 1 < len(doc.words) else None
    if prev is None or prev.sent != w.sent:
        return False
    if not (prev.text[:1].isdigit() or prev.lower in NUMBER_WORDS):
        return False
    return nxt is None or not nxt.is_word or morph.analyse(nxt.text)[0].pos != "N"


def _demonym_chunks(doc: Doc) -> list[Chunk]:
    """-лық/-лік nouns of place names: "елордалықтар" (people of the capital),
    "алматылықтарға". As adjectives they join the group noun they qualify
    (_attach_homes)."""
    out = []
    words = doc.words
    for w in words:
        if not w.is_word:
            continue
        lemma = w.lemma.lower()
        m = _DEMONYM.match(lemma)
        if m is None:
            continue
        entry = gazetteer.lookup(PLACE_DEMONYMS.get(lemma, m.group(1)))
        if entry is None or entry.cls not in _PLACE_CLASSES:
            continue
        nxt = words[w.i + 1] if w.i + 1 < len(words) else None
        adjective = (
            lemma == w.lower
            and nxt is not None
            and nxt.sent == w.sent
            and nxt.is_word
            and morph.analyse(nxt.text)[0].pos == "N"
        )
        if not adjective:
            out.append(Chunk(w.i, w.i, "Group", lemma, "group", _case(w), home=entry.id))
    return out


def _capital_city_chunks(doc: Doc) -> list[Chunk]:
    """ "Елордада" is in the capital, Astana; "Ресей елордасы" (its capital) is not."""
    out = []
    for w in doc.words:
        city = CAPITAL_WORDS.get(w.lemma.lower())
        if city is None or "P3" in w.noun_tags:
            continue
        entry = gazetteer.lookup(city)
        if entry is not None:
            out.append(Chunk(w.i, w.i, entry.cls, entry.name, "gazetteer", _case(w), key=entry.id))
    return out


def _attach_homes(doc: Doc, chunks: list[Chunk]) -> list[Chunk]:
    """A place adjective right before a group noun joins it (павлодарлық тәртіп
    сақшылары): one mention of the group, labelled as the group and from that place."""
    out: list[Chunk] = []
    for c in chunks:
        prev = out[-1] if out else None
        if c.source == "group" and c.cls in ("Group", "LawEnforcement") and c.first > 0:
            w = doc.words[c.first - 1]
            lemma = w.lemma.lower()
            m = _DEMONYM.match(lemma)
            if (
                m is not None
                and lemma == w.lower
                and w.sent == doc.words[c.first].sent
                and (prev is None or prev.last < w.i)
            ):
                entry = gazetteer.lookup(PLACE_DEMONYMS.get(lemma, m.group(1)))
                if entry is not None and entry.cls in _PLACE_CLASSES:
                    c = replace(c, first=w.i, home=entry.id)
        out.append(c)
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


def _office_phrases(doc: Doc, chunks: list[Chunk]) -> list[Chunk]:
    """An office held in a body is one mention labelled with the whole phrase:
    "министрлік өкілі", "Маңғыстау облысы әкімінің бұрынғы орынбасары". The
    phrase takes in the common nouns and adjectives that own the office; a
    name that owns it stays its own mention and lends the label its words."""
    by_last = {c.last: c for c in chunks}
    drop: set[tuple[int, int]] = set()
    out: list[Chunk] = []
    for c in chunks:
        head = doc.words[c.last]
        if (
            c.source != "group"
            or head.lemma.lower() not in OFFICE_HEADS
            or "P3" not in head.noun_tags
        ):
            out.append(c)
            continue
        sf = doc.sent_words[head.sent][0]
        first = c.first
        owner: Chunk | None = None
        absorbed: list[Chunk] = []
        i = first - 1
        while i >= sf and c.last - i <= _MAX_OFFICE_WORDS:
            k = by_last.get(i)
            if k is not None and k.source != "group":
                if k.case in ("NOM", "GEN"):
                    owner = k
                break
            if k is not None:
                absorbed.append(k)
                first = k.first
                i = k.first - 1
                continue
            if not _owner_word(doc.words[i]):
                break
            first = i
            i -= 1
        if first == c.first and owner is None:
            out.append(c)
            continue
        drop.update((k.first, k.last) for k in absorbed)
        label = _phrase_label(doc, first, c.last)
        if owner is not None:
            label = f"{doc.span(owner.first, owner.last)} {label}"
        out.append(replace(c, first=first, label=label.replace('"', "")))
    return [c for c in out if (c.first, c.last) not in drop]


def _owner_word(w: Word) -> bool:
    """A word inside the phrase that owns an office: a bare or genitive noun or an
    adjective (бұрынғы, жергілікті, аудандық), never a verb form or a pronoun."""
    if not w.is_word or w.lower in PRONOUNS or w.lower in NUMBER_WORDS or w.lower in CONJUNCTIONS:
        return False
    if w.lower in SENTENCE_ADVERBS - _OWNER_ADJECTIVES or w.lower in POSTPOSITIONS:
        return False
    if w.lower in _OWNER_ADJECTIVES or w.case == "REL":
        return True
    if w.case not in ("NOM", "GEN"):
        return False
    best = morph.analyse(w.text)[0]
    return best.pos == "N" or "VN" in best.tags  # тергеу департаментінің: a verbal noun


def _attach_counts(doc: Doc, chunks: list[Chunk]) -> list[Chunk]:
    """A number before a group noun counts it. A hedge word and a few adjectives may
    stand between them: 200-ге жуық жұмысшы, жүзден аса жүргізуші, 3 мыңнан астам
    адам, бес жүзге жуық ашулы жұмысшы."""
    numbers = {n.end: n for n in doc.numbers if n.unit is None and n.value != 1}
    starts = {c.first for c in chunks}
    out = []
    for c in chunks:
        if c.source == "group" and c.cls in ("Group", "LawEnforcement") and c.first > 0:
            sf = doc.sent_words[doc.words[c.first].sent][0]
            j = c.first - 1
            skipped = 0
            while j > sf and skipped < _MAX_COUNT_GAP and doc.words[j].end not in numbers:
                w = doc.words[j]
                if not (w.lower in COUNT_HEDGES or _count_adjective(w)) or j in starts:
                    break
                j -= 1
                skipped += 1
            n = numbers.get(doc.words[j].end) if j >= sf else None
            if n is not None:
                c = replace(c, count=n)
        out.append(c)
    return out


def _count_adjective(w: Word) -> bool:
    """A bare lowercase adjective between a number and its noun (ашулы, жергілікті)."""
    if not w.is_word or w.capital or w.lower in NUMBER_WORDS:
        return False
    if w.lower.endswith(_ADJECTIVE_ENDINGS):
        return True  # ашулы, жергілікті, қарусыз: read as possessed or accusative nouns
    return w.case == "NOM" and morph.analyse(w.text)[0].pos == "N" and w.lemma.lower() == w.lower


def _occupations(doc: Doc, chunks: list[Chunk]) -> list[Chunk]:
    """A role noun right before a person's name is the person's occupation."""
    # a plural role noun before a name is its subject, not its title ("Жұмысшылар Абай ...")
    groups = {c.last: c for c in chunks if c.source == "group" and not _plural(doc.words[c.last])}
    out = []
    drop = set()
    for c in chunks:
        g = groups.get(c.first - 1)
        if c.cls == "Person" and g is not None and g.cls == "Group":
            c = replace(c, occupation=g.label)
            drop.add((g.first, g.last))
        out.append(c)
    return [c for c in out if not (c.source == "group" and (c.first, c.last) in drop)]


def find_chunks(doc: Doc) -> list[Chunk]:
    """All mentions in the brief, without overlaps, in text order."""
    cands = (
        _gazetteer_chunks(doc)
        + _quoted_chunks(doc)
        + _web_chunks(doc)
        + _government_chunks(doc)
        + _head_chunks(doc)
        + _numbered_facilities(doc)
        + _ner_chunks(doc)
        + _person_fallback(doc)
        + _group_chunks(doc)
        + _participle_chunks(doc)
        + _demonym_chunks(doc)
        + _capital_city_chunks(doc)
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
    taken = bytearray(len(doc.words))  # words already in a kept chunk
    for c in cands:
        if any(taken[c.first : c.last + 1]):
            continue
        taken[c.first : c.last + 1] = b"\x01" * (c.last + 1 - c.first)
        kept.append(c)
    kept.sort(key=lambda c: c.first)
    kept = _office_phrases(doc, _extend_heads(doc, kept))
    kept = _attach_homes(doc, _occupations(doc, kept))
    return _attach_counts(doc, kept)
