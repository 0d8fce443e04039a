"""Events and their roles, read off Kazakh case frames and word order.

For every trigger (kg.extract.frames) the extractor finds the form of
its head word (finite verb, participle, converb, verbal noun or plain noun),
whether the text negates, plans or fears it, and fills roles from the mentions
around it: the nominative subject, the accusative object, a dative goal, an
ablative source, locative places, the genitive subject of a verbal noun or
participle, "X-тің үстінен" targets and "X-тің дерегінше" sources.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

from kg import gazetteer
from kg.extract.doc import Doc, Word
from kg.extract.frames import (
    TRIGGERS,
    Case,
    CaseRule,
    Fills,
    Frame,
    Need,
    Role,
    Step,
    Trigger,
    frame,
)
from kg.extract.lexicon import (
    ABLATIVE_POSTPOSITIONS,
    ADVERBS,
    AFTER_POSTPOSITIONS,
    ANAPHORIC_CONTENT,
    ATTRIBUTION,
    AUXILIARIES,
    CLAUSE_END,
    CONJUNCTIONS,
    CONTENT_MARKERS,
    CUSTODY,
    DECISIONS,
    DETERMINERS,
    ELECTION_CUES,
    FALSITY,
    FORCED_CARE,
    HAPPEN_VERBS,
    HEALTH_CUES,
    HEDGE_MODALITY,
    HOLDING_VERBS,
    HOMES,
    OBJECT_PRONOUNS,
    PARTICLES,
    PARTITIVES,
    PRONOUNS,
    SAY_FORMS,
    TIME_OF_EVENT,
    WITNESS_VERBS,
    WORKER_NOUNS,
)
from kg.extract.mentions import Chunk
from kg.lang import morph
from kg.lang.data_suffixes import COMITATIVE
from kg.model import DateValue, DurationValue, NumberValue
from kg.vocab import AGENT_CLASSES, ORGANIZATION_CLASSES

__all__ = ["Draft", "find_events"]

_V = TypeVar("_V", NumberValue, DurationValue)

_FINITE = frozenset({"PAST", "PRES", "FUT", "IMP", "PERS3", "COND"})
_PTCP = frozenset({"PTCP_PAST", "PTCP_HAB", "PTCP_FUT"})
_ACTOR_ROLES = ("agent", "patient", "target")
_DOER = re.compile(r"(ушы|уші|ғыш|гіш|қыш|кіш)")
_CASES = frozenset({"ACC", "DAT", "LOC", "ABL", "INS"})
_AGENTIVE = AGENT_CLASSES
_NOMINALISED = frozenset({"P3", "ACC", "DAT", "LOC", "ABL", "GEN", "INS", "P1SG", "P1PL"})
_QUOTES = frozenset({'"', "'"})
_PASSIVE_STEMS = frozenset({"алын"})
_VOICING = {"қ": "ғ", "к": "г", "п": "б"}
_DERIVING = frozenset({"COOP", "REFL", "CAUS"})
_ENDINGS = [
    (re.compile(r"^(ма|ме|ба|бе|па|пе)(?!(қ|к)(шы|ші)?$)"), "NEG"),
    (re.compile(r"(ды|ді|ты|ті)(м|ң|қ|к|ңыз|ңіз)?$"), "PAST"),
    (re.compile(r"(ған|ген|қан|кен)$"), "PTCP_PAST"),
    (
        re.compile(r"(ған|ген|қан|кен)(ы|і|сы|сі)(н|на|не|нда|нде|нан|нен|ның|нің)?$"),
        "PTCP_PAST P3",
    ),
    (re.compile(r"(ып|іп|п)$"), "CONV"),
    (re.compile(r"(а|е|й)(ды|ді|мын|мін|сың|сің|мыз|міз)$"), "PRES"),
    (re.compile(r"(у|уы|уі|уын|уін|уға|уге|уына|уіне|уда|уде)$"), "VN"),
    (re.compile(r"(мақ|мек|бақ|бек|пақ|пек)(шы|ші)?$"), "INTENT"),
    (re.compile(r"(атын|етін|йтын|йтін)$"), "PTCP_HAB"),
]
_VERBAL_REST = re.compile(
    r"^(ыл|іл|л|ын|ін|н)?(ма|ме|ба|бе|па|пе)?"
    r"(ды|ді|ты|ті|ған|ген|қан|кен|ып|іп|п|а|е|й|у|мақ|мек|бақ|бек|пақ|пек|атын|етін|йтын|йтін)"
    r"[а-яәғқңөұүһі]{0,6}$"
)


def verb_endings(rest: str) -> frozenset[str] | None:
    """Tags read off a verb's inflection when the analyser offers no verbal
    reading with that stem: a fallback for short stems such as ал."""
    if not _VERBAL_REST.match(rest):
        return None
    tags: set[str] = set()
    body = rest
    if re.match(r"^(ыл|іл|л|ын|ін|н)(?!$)", body) and not re.match(r"^(ын|ін)$", body):
        m = re.match(r"^(ыл|іл|л|ын|ін|н)", body)
        if m and _VERBAL_REST.match(body[m.end() :] or "x") is not None:
            tags.add("PASS")
            body = body[m.end() :]
    for pattern, names in _ENDINGS:
        if pattern.search(body):
            tags.update(names.split())
    return frozenset(tags) if tags else None


@dataclass(slots=True)
class Draft:
    """An event being assembled; frozen into kg.model.Event by kg.extract."""

    cls: str
    sent: int
    first: int
    last: int
    roles: dict[str, list[Chunk]] = field(default_factory=dict)
    date: DateValue | None = None
    count: NumberValue | None = None
    duration: DurationValue | None = None
    seats: int | None = None
    percentage: NumberValue | None = None
    demand: str | None = None
    modality: str | None = None
    form: str = "noun"  # finite, participle, converb, verbnoun, noun
    passive: bool = False
    trigger: Trigger | None = None
    plural_doers: bool = False  # жұқтырғандар: the trigger names its participants
    part: int = 0
    asserted: bool = False  # the text says it happened, whatever its participants

    def add(self, role: str, chunk: Chunk) -> None:
        items = self.roles.setdefault(role, [])
        if all(c.first != chunk.first for c in items):
            items.append(chunk)


def _bounds(a: morph.Analysis) -> set[int]:
    pos = len(a.stem)
    out = {pos}
    for suffix in a.suffixes:
        pos += len(suffix)
        out.add(pos)
    return out


def _verb_reading(word: Word, stem: str) -> frozenset[str] | None:
    """Tags of the best verbal reading of `word` with a morpheme boundary right
    after `stem`; None when no reading has one."""
    if not word.lower.startswith(stem):
        voiced = stem[:-1] + _VOICING.get(stem[-1], stem[-1])
        if voiced == stem or not word.lower.startswith(voiced):
            return None
        stem = voiced  # шық -> шығып, тап -> табады
    readings = [a for a in morph.analyse(word.text) if a.pos == "V"]
    for a in readings:
        if a.stem.lower() == stem and not (a.tags and a.tags[0] in _DERIVING):
            return frozenset(a.tags)
    for a in readings:
        cut = len(a.stem)
        for k, suffix in enumerate(a.suffixes):
            if cut == len(stem):
                # a voice that makes another verb (хабарла-с: contact, ұста-н: adhere)
                if a.tags[k] in _DERIVING:
                    break
                return frozenset(a.tags)
            cut += len(suffix)
    return verb_endings(word.lower[len(stem) :])


def _step_ok(word: Word, step: Step) -> bool:
    if step.pos == "V":
        if _DOER.search(word.lower, len(step.stem)):
            return False  # айыпталушылар: the accused, a noun of the doer
        return _verb_reading(word, step.stem) is not None
    lemma = word.lemma.lower()
    # loans take an epenthetic vowel before suffixes: митинг -> митингілер
    if (
        lemma != step.stem
        and not (lemma[:-1] == step.stem and lemma[-1] in "ыі")
        and not (
            word.lower.startswith(step.stem)
            and any(len(step.stem) in _bounds(a) for a in morph.analyse(word.text) if a.pos == "N")
        )
    ):
        return False
    return (
        step.case is None or word.case == step.case or (step.case == "LOC" and word.case == "REL")
    )


def _match(doc: Doc, i: int, sl: int, trig: Trigger) -> list[int] | None:
    idx = []
    j = i
    for k, step in enumerate(trig.steps):
        limit = j + (trig.gap if k else 0)
        found = None
        while j < sl and j <= limit:
            if _step_ok(doc.words[j], step):
                found = j
                break
            j += 1
        if found is None:
            return None
        idx.append(found)
        j = found + 1
    return idx


def _form_of(tags: frozenset[str]) -> str:
    if "VN" in tags and "LOC" in tags:
        return "finite"  # талап етуде, шағымдануда: a present in progress
    if tags & _PTCP:
        return "verbnoun" if tags & _NOMINALISED else "participle"
    if "VN" in tags:
        return "verbnoun"
    if "CONV" in tags:
        return "converb"
    return "finite"


def _form(doc: Doc, h: int, tags: frozenset[str], sl: int) -> tuple[str, frozenset[str]]:
    """The form of the trigger's verb; an auxiliary after a converb lends its own
    (салып жатқанын is a nominalised clause), and a participle that ends its
    clause is a finite past (әкеткен.)."""
    form = _form_of(tags)
    if form == "converb" and h + 1 < sl:
        aux = doc.words[h + 1]
        for stem in AUXILIARIES:
            if aux.lower == stem:  # талап етіп отыр: the bare auxiliary is a finite present
                return "finite", (tags - {"CONV"}) | {"PRES"}
            aux_tags = _verb_reading(aux, stem)
            if aux_tags is not None and aux.lower.startswith(stem):
                return _form(doc, h + 1, aux_tags | (tags & {"NEG"}), sl)
    if form == "participle":
        nxt = doc.words[h + 1] if h + 1 < sl else None
        if (
            nxt is None
            or not (nxt.text[:1].isalnum() or nxt.text in _QUOTES)
            or nxt.lower in CLAUSE_END
        ):
            return "finite", tags
    return form, tags


def _negated(doc: Doc, h: int, tags: frozenset[str], sl: int) -> bool:
    if "NEG" in tags:
        return True
    nxt = doc.words[h + 1].lower if h + 1 < sl else ""
    return nxt in ("жоқ", "емес")


def _asserted(doc: Doc, h: int, form: str, tags: frozenset[str], sl: int) -> bool:
    """Does the text say that the event at word h happened? A finite verb does; so
    does a past participle (ұсталған белсенді), an event before a word of time
    (ұстау кезінде, үкім шығарған кезде), and an event noun that is the subject of
    a past verb (режимі ұзартылды)."""
    if form == "finite" or "PTCP_PAST" in tags:
        return True
    nxt = doc.words[h + 1] if h + 1 < sl else None
    if nxt is not None and nxt.lemma.lower() in TIME_OF_EVENT:
        return True
    if form == "noun" and doc.words[h].case == "NOM":
        for w in doc.words[h + 1 : sl]:
            if w.text in (",", ";", ":"):
                break
            if _finite_word(w):
                return any("PAST" in t for t in w.verb_tags[:1])
    return False


def _noun_negated(doc: Doc, h: int, sl: int) -> bool:
    """An event noun whose happening is denied: "акция өткен жоқ", "ереуіл болмады"."""
    for j in range(h + 1, min(sl, h + 3)):
        w = doc.words[j]
        for stem in HAPPEN_VERBS:
            tags = _verb_reading(w, stem)
            if tags is not None and (_negated(doc, j, tags, sl)):
                return True
    return False


def _modality(doc: Doc, h: int, tags: frozenset[str], sl: int) -> str | None:
    if "INTENT" in tags:
        return "planned"
    for w in doc.words[h + 1 : min(sl, h + 3)]:
        mod = HEDGE_MODALITY.get(w.lemma.lower()) or HEDGE_MODALITY.get(w.lower)
        if mod:
            return mod
    return None


def _chunk_at(chunks: list[Chunk], i: int) -> Chunk | None:
    for c in chunks:
        if c.first <= i <= c.last:
            return c
    return None


def _coordinated(doc: Doc, chunks: list[Chunk], c: Chunk) -> list[Chunk]:
    """c and the mentions joined to it by мен/пен/бен/және/commas; only the last
    conjunct carries the case, so all take it."""
    out = [c]
    j = c.last + 1
    while j + 1 < len(doc.words) and doc.words[j].lower in CONJUNCTIONS - {","}:
        nxt = _chunk_at(chunks, j + 1)
        if nxt is None or nxt.first != j + 1 or nxt.cls not in _AGENTIVE:
            break
        out.append(nxt)
        j = nxt.last + 1
    if len(out) > 1:
        out = [replace(x, case=out[-1].case) for x in out]
    return out


def _is_modifier(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """A bare name directly before a possessed noun modifies it (Азаттық тілшісі,
    дауыс берушілер тізімінен). A person's name owns things in the genitive
    (Тоқаевтың өресі), so a bare one before a word that looks possessed (Тоқаев
    айқын басымдықпен) is a subject."""
    if c.case != "NOM" or c.last + 1 >= len(doc.words) or c.cls == "Person":
        return False
    w = doc.words[c.last + 1]
    if (
        w.sent != doc.words[c.last].sent
        or not w.is_word
        or w.lower in CONJUNCTIONS | DETERMINERS | ADVERBS
    ):
        return False
    nxt = _chunk_at(chunks, c.last + 1)
    if (
        c.cls in ("Country", "Region", "City")
        and nxt is not None
        and nxt.first == c.last + 1
        and nxt.cls in ORGANIZATION_CLASSES
    ):
        return True  # Қазақстан Сыртқы істер министрлігі: the country's ministry acts
    if "REL" in w.noun_tags or (
        w.lower.endswith(("ғы", "гі", "қы", "кі")) and "P3" not in w.noun_tags
    ):
        return False  # a relative adjective (ішкі, соңғы), not a possessed noun (билігі)
    if nxt is not None and nxt.source == "group" and "P3" in w.noun_tags:
        return True
    return not w.capital and "P3" in w.noun_tags


def _joined_to_oblique(doc: Doc, c: Chunk, hi: int) -> bool:
    """ "кәсіпкер мен оның зайыбын": only the last conjunct carries the case, so a
    bare noun joined by мен/пен/бен to an object is an object too."""
    j = c.last + 1
    if j >= hi or doc.words[j].lower not in COMITATIVE:
        return False
    for w in doc.words[j + 1 : min(hi, j + 4)]:
        if w.lower in PRONOUNS or not w.is_word:
            continue
        return w.case in ("ACC", "DAT", "ABL", "INS")
    return False


def _subject(doc: Doc, chunks: list[Chunk], lo: int, hi: int) -> list[Chunk]:
    """The nominative subject in words [lo, hi): the first agent-like mention.
    With no other candidate, a plural noun before a possessed object is the
    subject that owns it (айыпталушылар қылмысын мойындамады)."""
    owner: Chunk | None = None
    for c in chunks:
        if c.first < lo or c.last >= hi:
            continue
        if c.case != "NOM" or c.cls not in _AGENTIVE:
            continue
        if c.last + 1 < hi and _is_modifier(doc, chunks, c):
            nxt = doc.words[c.last + 1]
            if owner is None and nxt.case in _CASES and _plural(doc.words[c.last]):
                owner = c
            continue
        if _joined_to_oblique(doc, c, hi):
            continue
        if _embedded(doc, c, hi) and (
            _relative(doc, c, hi) or any(x.case == "NOM" for x in _in(chunks, lo, c.first))
        ):
            continue  # X Y-тің ... ұстағанын хабарлады: the first subject is the main one
        out = _coordinated(doc, chunks, c)
        if out[-1].case != "NOM":
            continue  # X пен Y-ке: the list takes the case of its last member
        named = _apposition(doc, chunks, out[-1], hi)
        if named is not None:
            return [named]
        return [x for x in out if x.last < hi]
    return [owner] if owner is not None else []


def _held(doc: Doc, h: int, sl: int) -> bool:
    """Is the event noun at h the object of a verb of holding it (акциясын
    өткізді, ереуілін жалғастырды, шеруін ұйымдастырды)?"""
    if doc.words[h].case != "ACC" or h + 1 >= sl:
        return False
    nxt = doc.words[h + 1]
    return any(_verb_reading(nxt, stem) is not None for stem in HOLDING_VERBS)


def _relative(doc: Doc, c: Chunk, hi: int) -> bool:
    """A bare participle right after c: c is the subject of a relative clause
    (жеті кандидат қатысқан додада)."""
    if c.last + 1 >= hi:
        return False
    tags = _verb_form(doc.words[c.last + 1])
    return bool(tags & _PTCP) and not tags & (_CASES | {"PL", "P3"})  # not ұсталғандарды


def _embedded(doc: Doc, c: Chunk, hi: int) -> bool:
    """Is c the subject of a clause of its own before the verb: a participle
    right after it (жеті кандидат қатысқан додада) or a nominalised clause
    (қазақстандықтар сайлауға қатысып жатқанын айтты)?"""
    if _relative(doc, c, hi):
        return True
    for w in doc.words[c.last + 1 : hi]:
        if w.case == "GEN":
            return False  # белсенділердің ... алынғаны: the clause has its own subject
        tags = _verb_form(w)
        if tags & _PTCP and {"P3", "ACC"} <= tags:
            after = doc.words[w.i + 1].lower if w.i + 1 < hi else ""
            return after not in CONTENT_MARKERS  # ... алынғаны туралы: a topic
    return False


def _apposition(doc: Doc, chunks: list[Chunk], c: Chunk, hi: int) -> Chunk | None:
    """A title and the name right after it, or after its dash, are one subject and
    the name is the better label (облыс тұрғыны Гүлнар Әбенова; Тұңғыш Президенті —
    Елбасы Нұрсұлтан Назарбаев)."""
    j = c.last + 1
    if c.named or j >= hi:
        return None
    dash = doc.words[j].text in ("—", "-", "–")
    for x in chunks:
        placed = x.first == j or (dash and j < x.first <= j + 3)
        if not placed or x.last >= hi or x.cls != "Person" or x.case != "NOM":
            continue
        if _coordinated(doc, chunks, x)[-1].case == "NOM":  # not Қиясов пен Құдайбергеновке
            return x
    return None


def _plural(w: Word) -> bool:
    return "PL" in w.noun_tags


def _after_verb(doc: Doc, chunks: list[Chunk], h: int, sl: int) -> list[Chunk]:
    """A subject after the verb that ends its sentence ("..." — деді министрлік
    өкілі; ұрды он бірінші кластың балалары)."""
    subj = _subject(doc, chunks, h + 1, sl)
    if not subj:
        return []
    rest = doc.words[subj[-1].last + 1 : sl]
    if any(w.is_word and w.lower not in PARTICLES for w in rest):
        return []
    return subj


def _in(chunks: list[Chunk], lo: int, hi: int, case: str | None = None) -> list[Chunk]:
    return [c for c in chunks if c.first >= lo and c.last < hi and (case is None or c.case == case)]


def _finite_word(w: Word) -> bool:
    best = morph.analyse(w.text)[0]
    return best.pos == "V" and bool(set(best.tags) & _FINITE) and not set(best.tags) & _PTCP


def _clause_start(doc: Doc, h: int, sf: int) -> int:
    """Start of the clause that ends at word h: after the last finite verb and
    comma before it (a converb shares its subject with the main verb)."""
    for i in range(h - 1, sf, -1):
        w = doc.words[i]
        if w.text in (";", ":"):
            return i + 1
        if w.text == "," and _finite_word(doc.words[i - 1]):
            return i + 1
    return sf


def _head_after(doc: Doc, chunks: list[Chunk], h: int, sl: int) -> list[Chunk]:
    """The noun phrase a participle at word h modifies."""
    for c in chunks:
        if h < c.first <= h + 4 and c.last < sl:
            return _coordinated(doc, chunks, c) if c.cls in _AGENTIVE else []
    return []


def _quoted(doc: Doc, i: int) -> bool:
    """Is word i inside quotation marks (quoted speech or a name)?"""
    sf, _ = doc.sent_words[doc.words[i].sent]
    return sum(1 for w in doc.words[sf:i] if w.text == '"') % 2 == 1


def _possessor(doc: Doc, c: Chunk, trigger: int) -> bool:
    """A genitive right before a possessed noun owns that noun (ереуілшілердің
    талабын); it is the subject only when that noun is the event itself."""
    j = c.last + 1
    return j < trigger and j < len(doc.words) and "P3" in doc.words[j].noun_tags


def _prefer_named(items: list[Chunk]) -> list[Chunk]:
    named = [c for c in items if c.named]
    return named[-1:] if named else items[-1:]


def _tags_of(w: Word) -> frozenset[str]:
    return w.verb_tags[0] if w.verb_tags else frozenset()


def _fits(doc: Doc, c: Chunk, fills: Fills) -> bool:
    if fills is Fills.AGENTIVE:
        return c.cls in _AGENTIVE
    if fills is Fills.BODY:
        return c.cls in _AGENTIVE and c.cls != "Group"
    if fills is Fills.HUMAN:
        return c.cls in ("Person", "Group")
    if fills is Fills.EMPLOYER:
        return c.cls == "Company" and c.named
    return c.is_place


def _verb_form(w: Word) -> frozenset[str]:
    """Tags of the word's best reading when that reading is a verb form, else none."""
    if not w.verb_tags:
        return frozenset()
    best = morph.analyse(w.text)[0]
    return frozenset(best.tags) if best.pos == "V" else frozenset()


def _verbal(w: Word) -> bool:
    """A verb form with arguments of its own: a participle or a verbal noun in a
    case (беруге, ұстауды). A bare verbal noun before a postposition (жол салу
    жөнінде) names a topic; a converb (күштеп) shares the main verb's arguments."""
    tags = _verb_form(w)
    return bool(tags & _PTCP) or ("VN" in tags and bool(tags & _CASES))


def _case_rule(
    doc: Doc, d: Draft, rule: CaseRule, chunks: list[Chunk], lo: int, sf: int, sl: int
) -> None:
    if rule.where == "trigger":
        at = _chunk_at(chunks, d.first)
        found = [at] if at is not None else []
    elif rule.where == "owner":
        # мердігердің жұмысына шағымданды: the owner of what the event is about
        found = [
            c
            for c in _in(chunks, lo, d.first)
            if c.case == "GEN"
            and c.last + 1 < d.first
            and doc.words[c.last + 1].case == rule.case
            and "P3" in doc.words[c.last + 1].noun_tags
            and _chunk_at(chunks, c.last + 1) is None
        ]
        for c in found:
            if _fits(doc, c, rule.fills):
                d.add(rule.role, c)
        return
    elif rule.where == "inside":
        found = [c for c in _in(chunks, d.first + 1, d.last)]
    elif rule.where == "sentence":
        found = _in(chunks, sf, sl)
    else:
        # an argument of a verb form between it and the trigger is not the
        # trigger's (Қосановқа дауыс беруге шақырды: the dative goes with беру)
        # (биліктен мектеп салуды талап етті: an ablative source stays the verb's)
        found = [
            c
            for c in _in(chunks, lo, d.first)
            if rule.case is Case.ABL or not any(_verbal(w) for w in doc.words[c.last + 1 : d.first])
        ]
    for c in found:
        after = doc.words[c.last + 1].lower if c.last + 1 < len(doc.words) else ""
        if c.case == "ABL" and after in ABLATIVE_POSTPOSITIONS:
            continue  # Қытайдан тыс, үш жылдан кейін: a relation, not a source
        if (rule.case is None or c.case == rule.case) and _fits(doc, c, rule.fills):
            d.add(rule.role, c)


def _object(
    prev_subject: list[Chunk],
    doc: Doc,
    d: Draft,
    fr: Frame,
    chunks: list[Chunk],
    clause: list[Chunk],
    gen: list[Chunk],
    lo: int,
) -> None:
    """The accusative object: the one nearest the verb (a farther one belongs to
    another verb: мүшелерін ... экономикасын ұстауды тапсырды)."""
    words = doc.words
    acc_ends = {c.last for c in clause if c.case == "ACC"}  # also surnames the analyser missed
    acc_word = next(
        (
            w
            for w in reversed(words[lo : d.first])
            if (w.case == "ACC" or w.i in acc_ends) and not _quoted(doc, w.i)
        ),
        None,
    )
    if fr.object is Role.TARGET:
        if acc_word is not None and (
            "VN" in acc_word.noun_tags
            or (
                _form_of(next(iter(acc_word.verb_tags), frozenset())) == "verbnoun"
                and acc_word.verb_tags
            )
        ):  # жұмысын сынады: the owner of the criticised work is the target
            for c in _prefer_named([c for c in gen if c.first < acc_word.i]):
                d.add("target", c)
        else:
            acc = [c for c in clause if c.case == "ACC" and c.cls in _AGENTIVE]
            for c in acc[-1:]:
                d.add("target", c)
        return
    obj = _chunk_at(chunks, acc_word.i) if acc_word is not None else None
    if obj is None and acc_word is not None and acc_word.lemma.lower() in PARTITIVES:
        obj = _chunk_at(chunks, acc_word.i - 1)  # жұмысшылардың бірнешеуін: some of them
    pronoun = any(w.lower in OBJECT_PRONOUNS for w in words[lo : d.first])
    if pronoun and (obj is None or obj.cls not in _AGENTIVE):
        for c in prev_subject:  # оны ұстады: the one the last sentence was about
            d.add("patient", c)
        return
    if fr.object_anywhere:
        obj = next((c for c in reversed(clause) if c.case == "ACC" and c.cls in _AGENTIVE), obj)
    if obj is not None and obj.cls in _AGENTIVE:
        for c in _coordinated(doc, chunks, obj):
            d.add("patient", c)


def _fill(
    doc: Doc,
    d: Draft,
    chunks: list[Chunk],
    sf: int,
    sl: int,
    prev_subject: list[Chunk],
    prev_objects: list[Chunk],
) -> None:
    words = doc.words
    fr = frame(d.cls)
    lo = _clause_start(doc, d.first, sf)
    clause = _in(chunks, lo, d.first)
    gen = [
        c
        for c in clause
        if c.case == "GEN"
        and c.cls in _AGENTIVE
        and not (c.last + 1 < sl and words[c.last + 1].lower in ATTRIBUTION | {"үстінен"})
        and not _possessor(doc, c, d.last)
    ]
    head_is_object = False
    zero = False
    if d.form in ("participle", "verbnoun") and "PL" in _tags_of(words[d.last]):
        subj = []  # жұқтырғандар: the participle itself names who underwent it
        d.plural_doers = True
    elif d.form == "participle":
        subj = _head_after(doc, chunks, d.last, sl)
        # "полиция ұстаған белсенді": a relative clause with its own subject
        # modifies the object of a transitive event
        own = [c for c in _subject(doc, chunks, lo, d.first) if d.first - c.last <= 2]
        if own and subj and not d.passive and fr.object is Role.PATIENT:
            head_is_object = True
            for c in subj:
                d.add("patient", c)
            subj = own
    elif d.form == "verbnoun" or (
        # a subject noun, or one a verb holds (акциясын жалғастыруда): its holder does it
        d.form == "noun" and (words[d.last].case == "NOM" or _held(doc, d.last, sl))
    ):
        subj = _prefer_named(gen) or _subject(doc, chunks, lo, d.first)
    elif d.form == "noun":
        # an event noun in an oblique case is an argument of another verb, whose
        # subject is not its agent (... наразылық акцияларына қатысқандарды)
        subj = _prefer_named(gen)
    else:
        # the subject may follow the verb: "..." — деді министрлік өкілі
        subj = (
            _subject(doc, chunks, lo, d.first)
            or _subject(doc, chunks, d.first + 1, d.last)  # алдына 200 жұмысшы жиналды
            or _after_verb(doc, chunks, d.last, sl)
        )
        zero = not subj and lo == sf  # a subject the text leaves out
    if d.trigger is not None and d.trigger.drops_subject:
        subj = []
    # the subject undergoes an intransitive or passive event (босап шықты,
    # үйінен айырылды, жатқызылды); with an object it is the one who acts
    patient_subject = d.passive or (
        (fr.undergoer_subject or (d.trigger is not None and d.trigger.undergoer_subject))
        and not any(c.case == "ACC" for c in clause)
        and not head_is_object
    )
    if zero:
        # Ол ... сотталды: the one who underwent it is the last person the text
        # spoke of, its subject or else its object; the one who acts, its subject
        people = [c for c in prev_subject + prev_objects if c.cls in ("Person", "Group")]
        subj = people[:1] if patient_subject else prev_subject
    for c in subj:
        if fr.undergoer_place and patient_subject and c.cls not in ("Person", "Group"):
            d.add("place", c)  # Лувр мұражайы жабылды: where the measure holds
            continue
        if c.is_place and not fr.speech:
            continue
        d.add("patient" if patient_subject else "agent", c)
    if fr.object is Role.TARGET or (fr.object is Role.PATIENT and not patient_subject):
        _object(prev_subject, doc, d, fr, chunks, clause, gen, lo)
    for c in d.roles.get("patient", []):  # no one acts on themselves here
        if c in d.roles.get("agent", []):
            d.roles["agent"].remove(c)
    if "agent" in d.roles and not d.roles["agent"]:
        del d.roles["agent"]
    if fr.genitive_agent and d.form == "verbnoun":
        for c in gen[-1:]:
            if c not in d.roles.get("patient", []):
                d.add("agent", c)
    for c in _in(chunks, lo, d.first, "GEN"):
        nxt = words[c.last + 1].lower if c.last + 1 < sl else ""
        if nxt == "үстінен":  # X-тің үстінен: against X
            for x in _coordinated(doc, chunks, c):
                d.add("target", x)
    for c in _in(chunks, lo, d.first):
        if c.last + 1 < sl and words[c.last + 1].lower == "тарапынан":  # by X
            d.add("agent", c)
    for rule in fr.case_rules + (d.trigger.case_rules if d.trigger else ()):
        _case_rule(doc, d, rule, chunks, lo, sf, sl)
    for c in clause:  # соттың шешімімен: by the court's decision
        by = words[c.last + 1] if c.last + 1 < d.first else None
        if (
            c.case == "GEN"
            and c.cls in _AGENTIVE
            and by is not None
            and by.case == "INS"
            and by.lemma.lower() in DECISIONS
        ):
            d.add("agent", c)
    for role in ("agent", "patient"):
        for c in list(d.roles.get(role, [])):
            owner = _chunk_at(chunks, c.first - 1)
            if (
                c.cls == "Group"
                and not fr.speech
                and owner is not None
                and owner.is_place
                and owner.case == "NOM"
            ):
                d.add("place", owner)  # "Шымкент тұрғындары": the residents of Шымкент
            if c.home is not None and c.last > c.first and not fr.speech:
                # павлодарлық полицейлер: in Павлодар
                home = gazetteer.get(c.home)
                d.add(
                    "place",
                    Chunk(c.first, c.first, home.cls, home.name, "gazetteer", "NOM", key=home.id),
                )
    if fr.speech:
        return
    for c in _in(chunks, lo, sl):
        if c.is_place and c.case == "LOC" and c.first < d.last:
            d.add("place", c)
        elif c.is_place and c.case == "NOM" and c.first < d.first and c.cls != "Facility":
            inner = _chunk_at(chunks, c.last + 1)
            if inner is not None and inner.is_place:
                d.add("place", c)  # Ақтөбе облысы Темір ауданында


def _witnesses(doc: Doc, chunks: list[Chunk], sf: int, sl: int) -> tuple[list[Chunk], set[int]]:
    """Who saw it ("X тілшісі ... куә болды / байқап қалды", "X-тің дерегінше"),
    and the words of the phrases naming them (never agents)."""
    out: list[Chunk] = []
    skip: set[int] = set()
    sees = any(any(w.lower.startswith(v) for v in WITNESS_VERBS) for w in doc.words[sf:sl])
    for c in _in(chunks, sf, sl):
        nxt = doc.words[c.last + 1] if c.last + 1 < sl else None
        # the source in the genitive, or an abbreviation left bare (ОСК мәліметінше)
        if nxt is not None and nxt.lower in ATTRIBUTION and c.case in ("GEN", "NOM"):
            # "Азаттық тілшісінің хабарлауынша": the outlet is the source
            owner = _chunk_at(chunks, c.first - 1)
            source = owner if owner is not None and owner.cls == "MediaOutlet" else c
            out.append(source)
            skip.update({c.first, source.first})
        elif sees and c.cls == "MediaOutlet":
            out.append(c)
            skip.add(c.first)
            after = _chunk_at(chunks, c.last + 1)
            if after is not None and after.source == "group":
                skip.add(after.first)
    return out, skip


def _values(doc: Doc, drafts: list[Draft], triggers: set[int]) -> None:
    """Attach dates, durations, seats and percentages to the drafts.

    A date attaches to every event after it in its sentence, unless a verb or
    noun right after it claims it: "10 қаңтар күні ұсталған", "2016 жылғы
    митингілер". `triggers` are the first words of all triggers, also the ones
    not asserted, so a date claimed by a denied event is not handed on."""

    # Words and drafts are looked up by offset and by sentence, not scanned
    # per value: a scan costs time in the square of the brief's length.
    starts = [w.start for w in doc.words]
    ends = [w.end for w in doc.words]
    by_sent: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sent.setdefault(d.sent, []).append(d)

    def word_range(start: int, end: int) -> tuple[int, int] | None:
        first, last = bisect_right(ends, start), bisect_left(starts, end) - 1
        return (first, last) if first <= last else None

    for dv in doc.dates:
        r = word_range(dv.start, dv.end)
        if r is None:
            continue
        a, b = r
        sent = doc.words[a].sent
        same = [d for d in by_sent.get(sent, []) if d.first > b]
        last = doc.words[b]
        if last.case == "REL":
            claimed = [d for d in same if d.first <= b + 3 and d.form == "noun"]
            for d in claimed[:1]:
                d.date = d.date or dv
            continue
        if b + 1 in triggers and doc.words[b + 1].verb_tags:
            first = next((d for d in same if d.first == b + 1), None)
            if first is None or first.form in ("participle", "verbnoun"):
                if first is not None:  # "10 қаңтар күні ұсталған": the participle's date
                    first.date = first.date or dv
                continue
        for d in same:
            d.date = d.date or dv
    for du in doc.durations:
        r = word_range(du.start, du.end)
        if r is None:
            continue
        a, b = r
        cands = by_sent.get(doc.words[a].sent, [])
        if not cands:
            continue
        best = min(cands, key=lambda d: (min(abs(d.first - b), abs(d.last - a)), d.first < a))
        if min(abs(best.first - b), abs(best.last - a)) <= 4:
            best.duration = best.duration or du
    for nv in doc.numbers:
        r = word_range(nv.start, nv.end)
        if r is None:
            continue
        a, b = r
        near = {doc.words[k].sent for k in (b, b + 1) if k < len(doc.words)}
        for d in (d for s in sorted(near) for d in by_sent.get(s, [])):
            if not frame(d.cls).takes_result:
                continue
            if nv.unit == "percent" and d.first - 1 <= b <= d.last:
                d.percentage = nv
            elif (
                nv.unit is None and b == d.first - 1 and doc.words[d.first].lemma.lower() == "орын"
            ):
                d.seats = int(nv.value)


def _false_content(doc: Doc, sf: int, sl: int) -> int:
    """Last word of the content a falsity marker denies in this sentence, or -1."""
    sent_text = doc.text[doc.words[sf].start : doc.words[sl - 1].end].lower()
    if not any(f in sent_text for f in FALSITY):
        return -1
    for i in range(sl - 1, sf - 1, -1):
        if doc.words[i].lower in CONTENT_MARKERS | {"деп"}:
            return i
    return sl - 1


def _prefixes(stem: str) -> set[str]:
    """Keys a word that matches `stem` can start with: its first two letters,
    voiced at the end of a two-letter stem (шық -> шығып)."""
    keys = {stem[:2]}
    if len(stem) == 2 and stem[-1] in _VOICING:
        keys.add(stem[0] + _VOICING[stem[-1]])
    return keys


_BY_PREFIX: dict[str, list[int]] = {}
for _n, _t in enumerate(TRIGGERS):
    for _k in _prefixes(_t.steps[0].stem):
        _BY_PREFIX.setdefault(_k, []).append(_n)


@lru_cache(maxsize=4096)
def _candidates(*keys: str) -> tuple[Trigger, ...]:
    """The triggers whose first step a word with these prefixes can match, in
    TRIGGERS order: a word tries a handful of patterns, not every one."""
    return tuple(TRIGGERS[n] for n in sorted({n for k in keys for n in _BY_PREFIX.get(k, [])}))


def _verb_of_own(doc: Doc, trig: Trigger, idx: list[int]) -> bool:
    """Does the gap of a construction hold a one-word trigger of the same class?
    Then that verb is the event (вирус жұқтырғандардың саны жүзге жетті: the
    infection is жұқтыр, the number reached is not)."""
    gap = [j for j in range(idx[0] + 1, idx[-1]) if j not in idx]
    return any(
        len(t.steps) == 1 and t.steps[0].pos == "V" and _match(doc, j, j + 1, t) is not None
        for j in gap
        for t in frame(trig.cls).triggers
    )


def _triggers(doc: Doc, si: int, sf: int, sl: int) -> list[tuple[Trigger, list[int]]]:
    """Trigger matches of one sentence, longest pattern first, no word used twice."""
    used: set[int] = set()
    found = []
    for i in range(sf, sl):
        if i in used:
            continue
        w = doc.words[i]
        for trig in _candidates(w.lower[:2], w.lemma.lower()[:2]):
            idx = _match(doc, i, sl, trig)
            if idx is None or idx[0] != i or any(j in used for j in idx):
                continue
            if _verb_of_own(doc, trig, idx):
                continue
            used.update(range(idx[0], idx[-1] + 1))
            found.append((trig, idx))
            break
    return found


def find_events(doc: Doc, chunks: list[Chunk]) -> list[Draft]:
    drafts: list[Draft] = []
    prev_subject: list[Chunk] = []
    prev_objects: list[Chunk] = []
    demands: list[str] = []
    starts: set[int] = set()
    starts_at = [c.first for c in chunks]  # chunks come in text order
    last_sent = len(doc.sent_words) - 1
    for si, (sf, sl) in enumerate(doc.sent_words):
        # Only the chunks of this sentence and its neighbours: every look-up
        # below stays that close, and the whole list would cost time in the
        # square of the brief's length.
        lo, hi = doc.sent_words[max(si - 1, 0)][0], doc.sent_words[min(si + 1, last_sent)][1]
        near = chunks[bisect_left(starts_at, lo) : bisect_left(starts_at, hi)]
        false_until = _false_content(doc, sf, sl)
        sent_drafts: list[Draft] = []
        found = _triggers(doc, si, sf, sl)
        denials = [idx[0] for trig, idx in found if frame(trig.cls).denies]
        asks = [idx[0] for trig, idx in found if frame(trig.cls).asks]
        firsts = {idx[0] for _, idx in found}
        for trig, idx in found:
            starts.add(idx[0])
            h = idx[-1]
            last = trig.steps[-1]
            if last.pos == "V":
                form, tags = _form(
                    doc, h, _verb_reading(doc.words[h], last.stem) or frozenset(), sl
                )
                neg = _negated(doc, h, tags, sl)
            else:
                form, tags = "noun", frozenset()
                neg = _noun_negated(doc, h, sl)
            if "PL" in tags:  # жұқтырғандар анықталған жоқ: none were found
                neg = neg or _noun_negated(doc, h, sl)
            fr = frame(trig.cls)
            if idx[0] > sf and doc.words[idx[0] - 1].lemma.lower() in fr.blocked_after:
                continue  # "қызметінен босатылды" is a dismissal, not a release
            if trig.negated_only:
                if not neg:
                    continue
                neg = False
            if neg:
                continue
            if fr.converb_is_demand and form == "converb":
                start = idx[0]
                while start > max(sf, idx[0] - 4) and doc.words[start - 1].is_word:
                    start -= 1
                if any(w.case == "ACC" for w in doc.words[start : idx[0]]):
                    demands.append(doc.span(start, idx[0] - 1))  # what they demand
                continue
            if h <= false_until and not fr.reports_falsity:
                continue
            if any(
                idx[0] < dn
                and (
                    any(doc.words[j].lower in CONTENT_MARKERS for j in range(h + 1, dn))
                    or (form == "verbnoun" and doc.words[h].case == "ACC" and dn - h <= 2)
                )
                for dn in denials
            ):
                continue  # the content of a denial is not asserted
            if form == "verbnoun" and any(0 < a - h <= 2 for a in asks):
                continue  # босатуды талап етті: asked for, not done
            if doc.words[h].case == "ABL" and h + 1 in firsts:
                continue  # қамаудан босатты: where the other event starts from
            d = Draft(
                trig.cls,
                si,
                idx[0],
                h,
                form=form,
                passive="PASS" in tags or last.stem in _PASSIVE_STEMS,
                trigger=trig,
            )
            d.modality = _modality(doc, h, tags, sl)
            d.asserted = _asserted(doc, h, form, tags, sl)
            sent_drafts.append(d)
        witnesses, not_agents = _witnesses(doc, near, sf, sl)
        actors = [c for c in near if c.first not in not_agents]  # sources are no actors
        for d in sent_drafts:
            _fill(doc, d, actors, sf, sl, prev_subject, prev_objects)
            agents = d.roles.get("agent", [])
            if (
                d.trigger is not None
                and d.trigger.org_agent_reads_as is not None
                and d.form != "noun"
                and agents
                and all(c.cls not in ("Group", "Person") for c in agents)
            ):
                d.cls = d.trigger.org_agent_reads_as
            agents = [a for a in d.roles.get("agent", []) if a.first not in not_agents]
            if agents:
                d.roles["agent"] = agents
            else:
                d.roles.pop("agent", None)
            if frame(d.cls).witnessed:
                for w in witnesses:
                    d.add("witness", w)
        # an event noun after "соң/кейін" in a later sentence refers back to the last one
        for d in sent_drafts:
            nxt = doc.words[d.last + 1].lower if d.last + 1 < sl else ""
            if d.form == "noun" and nxt in AFTER_POSTPOSITIONS and si > 0 and not d.roles:
                pf, pl = doc.sent_words[si - 1]
                for c in prev_subject:
                    d.add("agent", c)
                    if c.count is not None:
                        d.count = c.count
                for c in _in(near, pf, pl):
                    if c.is_place and c.case == "LOC" and c.named:
                        d.add("place", c)
        drafts.extend(sent_drafts)
        subj = [c for c in _subject(doc, near, sf, sl) if c.first not in not_agents]
        if subj and not _attribution(doc, sf, sl, sent_drafts):
            prev_subject = subj
            prev_objects = [
                c for c in _in(near, sf, sl) if c.case == "ACC" and c.cls in ("Person", "Group")
            ]
    _values(doc, drafts, starts)
    drafts = [part for d in drafts for part in _distribute(doc, d, chunks, starts_at)]
    _carry_setting(drafts)
    for d in drafts:
        if d.count is None:
            for role in ("agent", "patient"):
                counted = [c.count for c in d.roles.get(role, []) if c.count is not None]
                if counted:
                    d.count = counted[0]
                    break
        if frame(d.cls).takes_demand and demands and d.demand is None:
            d.demand = demands[0]
    # Kazakh drops a subject it can recover, so an active finite verb stands
    # without one; a bare noun or a passive (жиі айтылады: it is said) needs its agent
    drafts = [
        d
        for d in drafts
        if not frame(d.cls).needs_agent
        or d.roles.get("agent")
        or d.modality
        or (d.asserted and not d.passive)
    ]
    # a reading the sentence rules out neither hosts nor joins another mention
    return _merge([d for d in drafts if _plausible(doc, d)])


def _in_span(values: Sequence[_V], lo: int, hi: int) -> list[_V]:
    """The values (sorted by start, as the language layer gives them) inside [lo, hi)."""
    first = bisect_left(values, lo, key=lambda v: v.start)
    out = []
    for v in values[first:]:
        if v.start >= hi:
            break
        if v.end <= hi:
            out.append(v)
    return out


def _distribute(doc: Doc, d: Draft, chunks: list[Chunk], starts_at: list[int]) -> list[Draft]:
    """A list that pairs participants with values ("A партиясы 12 пайыз, B
    партиясы 7 пайыз"; "X-ті 5 жылға, Y-ті 7 жылға") reports one event per pair."""
    spec = frame(d.cls).distributes
    if spec is None:
        return [d]
    role, value = spec
    sf, sl = doc.sent_words[d.sent]
    lo, hi = doc.words[sf].start, doc.words[sl - 1].end
    values: list[NumberValue] | list[DurationValue]
    if value == "percentage":
        values = [n for n in _in_span(doc.numbers, lo, hi) if n.unit == "percent"]
    else:
        values = _in_span(doc.durations, lo, hi)
    sentence = chunks[bisect_left(starts_at, sf) : bisect_left(starts_at, sl)]
    cands = [c for c in sentence if c.cls in _AGENTIVE and c.cls != "Group"]
    pairs = []
    for v in values:
        before = [c for c in cands if doc.words[c.last].end <= v.start]
        # the value follows its participant closely (партиясы 12 пайыз, Омаровты 7 жылға)
        if before and v.start - doc.words[before[-1].last].end <= 24:
            pairs.append((before[-1], v))
    if len(pairs) < 2 or len({c.first for c, _ in pairs}) < len(pairs):
        return [d]
    out = []
    for k, (c, v) in enumerate(pairs):
        part = replace(d, roles={r: list(cs) for r, cs in d.roles.items()}, part=k)
        part.roles[role] = [c]
        if isinstance(v, NumberValue):
            part.percentage = v
        else:
            part.duration = v
        out.append(part)
    return out


def _attribution(doc: Doc, sf: int, sl: int, drafts: list[Draft]) -> bool:
    """Бұл туралы X хабарлады, Мұны X мәлімдеді: X is the source of the story, not
    one of its actors."""
    if not any(frame(d.cls).speech for d in drafts):
        return False
    lowers = [w.lower for w in doc.words[sf:sl]]
    return any(
        lowers[i : i + len(phrase)] == list(phrase) and (i == 0 or len(phrase) > 1)
        for i in range(len(lowers))
        for phrase in ANAPHORIC_CONTENT
    )


def _carry_setting(drafts: list[Draft]) -> None:
    """A lede is one story: an event of a later sentence that gives no date or
    place of its own happened when and where the earlier one did."""
    date: DateValue | None = None
    places: list[Chunk] = []
    seen_in: dict[str, int] = {}  # named actor -> the sentence that first named it
    sent = -1
    for d in sorted(drafts, key=lambda d: (d.sent, d.first)):
        if d.sent != sent:
            sent_date, sent_places = date, places
            sent = d.sent
        named = {c.label for r in _ACTOR_ROLES for c in d.roles.get(r, []) if c.named}
        earlier = all(seen_in.get(label, d.sent) < d.sent for label in named)
        for label in named:
            seen_in.setdefault(label, d.sent)
        if not frame(d.cls).speech and not d.modality and earlier:
            if d.date is None and sent_date is not None:
                d.date = sent_date
            if "place" not in d.roles and sent_places:
                d.roles["place"] = list(sent_places)
        date = d.date or date
        places = [c for c in d.roles.get("place", []) if c.named] or places


def _human(d: Draft, role: str) -> bool:
    return any(c.cls in ("Person", "Group") for c in d.roles.get(role, []))


def _police(d: Draft) -> bool:
    return any(c.cls in ("LawEnforcement", "Court") for c in d.roles.get("agent", []))


def _cue(doc: Doc, d: Draft, cues: frozenset[str]) -> bool:
    """Does a word of the event's sentence or the one before start with a cue stem?"""
    lo = doc.sent_words[max(d.sent - 1, 0)][0]
    hi = doc.sent_words[d.sent][1]
    stems = tuple(cues)
    return any(w.lower.startswith(stems) for w in doc.words[lo:hi])


def _custody_source(doc: Doc, d: Draft, words: list[Word]) -> bool:
    # a time before a postposition (төрт жылдан соң, мерзімінен бұрын) is no source
    sources = [
        w
        for w in words
        if w.case == "ABL"
        and w.i < d.first
        and not (w.i + 1 < len(doc.words) and doc.words[w.i + 1].lower in ABLATIVE_POSTPOSITIONS)
    ]
    return (
        not sources
        or any(w.lemma.lower() in CUSTODY for w in sources)
        or bool(d.roles.get("place"))
    )


def _forced_care(doc: Doc, d: Draft, words: list[Word]) -> bool:
    text = doc.text[words[0].start : words[-1].end].lower()
    return _police(d) or any(cue in text for cue in FORCED_CARE)


_Check = Callable[[Doc, Draft, list[Word]], bool]
# What each Need asks of a reading, given the words of its sentence.
CHECKS: dict[Need, _Check] = {
    # a finite verb asserts that it happened; a bare noun may be generic (заң
    # митингіге рұқсат береді)
    Need.ARGUMENTS: lambda doc, d, words: (
        d.asserted
        or d.plural_doers
        or bool(d.roles)
        or any((d.date, d.count, d.duration, d.seats, d.percentage))
    ),
    Need.HUMAN_PATIENT: lambda doc, d, words: _human(d, "patient"),
    Need.HUMAN_PATIENT_OR_POLICE: lambda doc, d, words: _human(d, "patient") or _police(d),
    # тестілеуден босатылды: exempted, not released
    Need.CUSTODY_SOURCE: _custody_source,
    Need.HOME_OBJECT: lambda doc, d, words: any(
        w.case == "ACC" and w.lemma.lower() in HOMES for w in words
    ),
    # agreed to something (өсіруге келісті), not with someone
    Need.DATIVE_GOAL: lambda doc, d, words: any(
        w.i < d.first and (w.case == "DAT" or any("DAT" in t for t in w.verb_tags)) for w in words
    ),
    Need.RECIPIENT: lambda doc, d, words: bool(d.roles.get("recipient")),
    # talk online, not a debate in parliament
    Need.ONLINE: lambda doc, d, words: any(w.lemma.lower().startswith("желі") for w in words),
    Need.RESULT_VALUE: lambda doc, d, words: d.seats is not None or d.percentage is not None,
    Need.FORCED_CARE: _forced_care,
    Need.HEALTH_CONTEXT: lambda doc, d, words: _cue(doc, d, HEALTH_CUES),
    Need.ELECTION_CONTEXT: lambda doc, d, words: _cue(doc, d, ELECTION_CUES),
    Need.SAID: lambda doc, d, words: doc.words[d.last].lower in SAY_FORMS,
    Need.AGENT: lambda doc, d, words: bool(d.roles.get("agent")),
    Need.HUMAN_AGENT: lambda doc, d, words: _human(d, "agent"),
    Need.PLACE: lambda doc, d, words: bool(d.roles.get("place")),
    Need.ACTION_ASKED: lambda doc, d, words: (
        d.first > 0
        and _verbal(doc.words[d.first - 1])
        and "VN" in _verb_form(doc.words[d.first - 1])
    ),
}


def _plausible(doc: Doc, d: Draft) -> bool:
    """Drop readings of a trigger that the rest of the sentence rules out: an
    event with no participant, place or time is a generic mention (заң митингіге
    рұқсат береді), and verbs with everyday senses need the event's own frame."""
    if d.modality:
        return True
    sf, sl = doc.sent_words[d.sent]
    words = list(doc.words[sf:sl])
    needs = frame(d.cls).needs + (d.trigger.needs if d.trigger is not None else ())
    return all(CHECKS[need](doc, d, words) for need in needs)


def _named_keys(d: Draft, role: str) -> set[str]:
    return {c.label for c in d.roles.get(role, []) if c.named}


def _conflict(a: Draft, b: Draft) -> bool:
    if a.modality != b.modality:
        return True
    for role in ("agent", "patient", "target"):
        ka, kb = _named_keys(a, role), _named_keys(b, role)
        if ka and kb and not ka & kb:
            return True
    if a.date and b.date and a.date.lexical != b.date.lexical:
        return True
    if a.count and b.count and a.count.value != b.count.value:
        return True
    if a.seats is not None and b.seats is not None and a.seats != b.seats:
        return True
    return a.percentage is not None and b.percentage is not None


def _same_actors(a: Draft, b: Draft) -> bool:
    """The same agents; in one story, the workers (жұмысшылар) and the oil workers
    (мұнайшылар) are one group."""
    la = {c.label for c in a.roles.get("agent", [])}
    lb = {c.label for c in b.roles.get("agent", [])}
    return bool(la & lb) or bool(la & WORKER_NOUNS and lb & WORKER_NOUNS)


_MERGE_WINDOW = 8  # mentions of one event stand close; a host further back is another


def _nearest(items: list[Draft], sents: list[int], d: Draft) -> list[Draft]:
    """The few drafts of `items` (in text order, `sents` their sentences) around d's."""
    at = bisect_left(sents, d.sent)
    return items[max(0, at - _MERGE_WINDOW // 2) : at + _MERGE_WINDOW // 2 + 1]


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Mentions of one event in one brief become one event: the first mention
    keeps its arguments and takes from the others only what it lacks."""
    out: list[Draft] = []
    by_cls: dict[str, list[Draft]] = {}
    for d in drafts:
        by_cls.setdefault(d.cls, []).append(d)
    sents = {cls: [x.sent for x in items] for cls, items in by_cls.items()}
    # a strike is a protest: "наразылық білдіріп, жұмысқа шықпай отыр" is one event;
    # only the nearest few of a class are compared, so a long brief stays linear
    for d in drafts:
        into = frame(d.cls).absorbed_by
        if into is not None and any(
            _same_actors(d, s) and not _conflict(d, s)
            for s in _nearest(by_cls.get(into, []), sents.get(into, []), d)
        ):
            d.cls = into
    hosts: dict[str, list[Draft]] = {}
    for d in drafts:
        same = hosts.setdefault(d.cls, [])
        host = next((o for o in same[-_MERGE_WINDOW:] if not _conflict(o, d)), None)
        if host is None:
            out.append(d)
            same.append(d)
            continue
        for role, items in d.roles.items():
            if role not in host.roles:
                host.roles[role] = list(items)
            else:
                for c in items:
                    if c.named and c.label not in {x.label for x in host.roles[role]}:
                        host.add(role, c)
        host.date = host.date or d.date
        host.count = host.count or d.count
        host.duration = host.duration or d.duration
        host.seats = host.seats if host.seats is not None else d.seats
        host.percentage = host.percentage or d.percentage
        host.demand = host.demand or d.demand
    return out
