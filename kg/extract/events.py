"""Events and their roles, read off Kazakh case frames and word order.

For every trigger (kg.extract.lexicon.TRIGGERS) the extractor finds the form of
its head word (finite verb, participle, converb, verbal noun or plain noun),
whether the text negates, plans or fears it, and fills roles from the mentions
around it: the nominative subject, the accusative object, a dative goal, an
ablative source, locative places, the genitive subject of a verbal noun or
participle, "X-тің үстінен" targets and "X-тің дерегінше" sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.extract.doc import Doc, Word
from kg.extract.lexicon import (
    ATTRIBUTION,
    CONJUNCTIONS,
    FALSITY,
    HEDGE_MODALITY,
    TRIGGERS,
    WITNESS_VERBS,
    WORKER_NOUNS,
    Step,
    Trigger,
)
from kg.extract.mentions import Chunk
from kg.lang import morph
from kg.lang.dates import find_dates
from kg.lang.durations import find_durations
from kg.lang.numbers import find_numbers
from kg.model import DateValue, DurationValue, NumberValue

__all__ = ["Draft", "find_events"]

_FINITE = frozenset({"PAST", "PRES", "FUT", "IMP", "PERS3", "COND"})
_PTCP = frozenset({"PTCP_PAST", "PTCP_HAB", "PTCP_FUT"})
_AGENTIVE = frozenset({"Group", "Person", "Organization", "Company", "PoliticalParty", "NGO",
                       "MediaOutlet", "CulturalInstitution", "GovernmentBody", "LawEnforcement",
                       "Court", "Country"})
_NEEDS_AGENT = frozenset({"Statement", "Denial", "Appeal", "Condemnation", "ElectionResult",
                          "Complaint", "Petition", "Concession"})
_NEEDS_NEGATION = {("Strike", "жұмыс"), ("Denial", "мойында")}
_SOURCE_CLASSES = frozenset({"Release", "Eviction", "Detention"})
_AFTER_POSTPOSITIONS = frozenset({"соң", "кейін"})


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

    def add(self, role: str, chunk: Chunk) -> None:
        items = self.roles.setdefault(role, [])
        if all(c.first != chunk.first for c in items):
            items.append(chunk)


def _step_ok(word: Word, step: Step) -> bool:
    if step.pos == "V":
        if not word.verb_tags:
            return False
        return _has_stem(word, step.stem)
    if not _has_stem(word, step.stem):
        return False
    return step.case is None or word.case == step.case or (step.case == "LOC" and word.case == "REL")


def _has_stem(word: Word, stem: str) -> bool:
    """Does some analysis of `word` put a morpheme boundary right after `stem`?"""
    if not word.lower.startswith(stem):
        return False
    if word.lower == stem:
        return True
    for a in morph.analyse(word.text):
        pos = len(a.stem)
        bounds = {pos}
        for s in a.suffixes:
            pos += len(s)
            bounds.add(pos)
        if len(stem) in bounds and a.stem.lower() == word.lower[: len(a.stem)]:
            return True
    return False


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


def _form(word: Word) -> tuple[str, frozenset[str]]:
    for tags in word.verb_tags:
        if tags & _FINITE and not tags & _PTCP:
            return "finite", tags
        if tags & _PTCP:
            return "participle", tags
        if "CONV" in tags:
            return "converb", tags
        if "VN" in tags:
            return "verbnoun", tags
        if "INTENT" in tags:
            return "finite", tags
    return "noun", frozenset()


def _negated(doc: Doc, h: int, tags: frozenset[str], sl: int) -> bool:
    if "NEG" in tags:
        return True
    nxt = doc.words[h + 1].lower if h + 1 < sl else ""
    return nxt in ("жоқ", "емес")


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
    """c and the mentions joined to it by мен/пен/бен/және/commas."""
    out = [c]
    i = c.first - 1
    while i > 0 and doc.words[i].lower in CONJUNCTIONS:
        prev = _chunk_at(chunks, i - 1)
        if prev is None or prev.last != i - 1 or prev.cls not in _AGENTIVE | {"Village", "City"}:
            break
        out.insert(0, replace(prev, case=c.case))
        i = prev.first - 1
    j = c.last + 1
    while j + 1 < len(doc.words) and doc.words[j].lower in CONJUNCTIONS - {","}:
        nxt = _chunk_at(chunks, j + 1)
        if nxt is None or nxt.first != j + 1:
            break
        out[0:0] = []
        out.append(nxt)
        j = nxt.last + 1
    if len(out) > 1:
        case = out[-1].case
        out = [replace(x, case=case) for x in out]
    return out


def _is_modifier(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """A nominative name directly before a possessed noun modifies it (Азаттық тілшісі)."""
    nxt = _chunk_at(chunks, c.last + 1)
    if nxt is not None and nxt.source == "group":
        return True
    w = doc.words[c.last + 1] if c.last + 1 < len(doc.words) else None
    return bool(w and w.sent == doc.words[c.last].sent and w.is_word and not w.capital
                and w.lower != w.lemma.lower() and w.lower.endswith(("ы", "і", "сы", "сі"))
                and w.case == "NOM" and w.lower not in CONJUNCTIONS)


def _subject(doc: Doc, chunks: list[Chunk], lo: int, hi: int) -> list[Chunk]:
    """The nominative subject in words [lo, hi): the first agent-like mention."""
    for c in chunks:
        if c.first < lo or c.last >= hi or c.case != "NOM" or c.cls not in _AGENTIVE:
            continue
        if _is_modifier(doc, chunks, c):
            continue
        # coordination ending in a later conjunct: take the whole list
        return _coordinated(doc, chunks, c)
    return []


def _in(chunks: list[Chunk], lo: int, hi: int, case: str | None = None) -> list[Chunk]:
    return [c for c in chunks if c.first >= lo and c.last < hi and (case is None or c.case == case)]


def _clause_start(doc: Doc, h: int, sf: int) -> int:
    """Start of the clause that ends at word h: after the last finite verb or
    participle-with-comma before it."""
    for i in range(h - 1, sf - 1, -1):
        w = doc.words[i]
        if w.text in (";", ":"):
            return i + 1
        if w.text == "," and i > sf:
            prev = doc.words[i - 1]
            if _form(prev)[0] in ("finite", "converb"):
                return i + 1
    return sf


def _head_after(doc: Doc, chunks: list[Chunk], h: int, sl: int) -> list[Chunk]:
    """The noun phrase a participle at word h modifies."""
    for c in chunks:
        if c.first > h and c.first <= h + 4 and c.last < sl:
            if c.cls in _AGENTIVE:
                return _coordinated_forward(doc, chunks, c)
            return []
    return []


def _coordinated_forward(doc: Doc, chunks: list[Chunk], c: Chunk) -> list[Chunk]:
    out = [c]
    j = c.last + 1
    while j + 1 < len(doc.words) and doc.words[j].lower in CONJUNCTIONS - {","}:
        nxt = _chunk_at(chunks, j + 1)
        if nxt is None or nxt.first != j + 1 or nxt.cls not in _AGENTIVE:
            break
        out.append(nxt)
        j = nxt.last + 1
    return out


def _fill(doc: Doc, d: Draft, chunks: list[Chunk], sf: int, sl: int, prev_subject: list[Chunk]) -> None:
    words = doc.words
    h = d.last
    lo = _clause_start(doc, d.first, sf)
    clause = _in(chunks, lo, d.first)
    # the subject: the phrase a participle modifies, else the nominative
    if d.form == "participle":
        subj = _head_after(doc, chunks, h, sl)
    elif d.form == "verbnoun" or d.form == "noun":
        subj = [c for c in clause if c.case == "GEN" and c.cls in _AGENTIVE][-1:]
        if not subj and d.form == "noun":
            subj = [c for c in _in(chunks, d.last + 1, min(sl, d.last + 2)) if c.case == "GEN"]
        if not subj:
            subj = _subject(doc, chunks, lo, d.first)
    else:
        subj = _subject(doc, chunks, lo, d.first)
        if not subj and d.form == "finite" and lo == sf:
            subj = prev_subject
    if d.form == "noun" and not subj:
        subj = _subject(doc, chunks, d.last + 1, sl)
    acc = [c for c in clause if c.case == "ACC" and c.cls in _AGENTIVE]
    dat = [c for c in clause if c.case == "DAT"]
    abl = [c for c in clause if c.case == "ABL"]
    gen = [c for c in clause if c.case == "GEN" and c.cls in _AGENTIVE]
    places = [c for c in _in(chunks, lo, sl) if c.is_place and c.case in ("LOC", "NOM")
              and not _is_modifier(doc, chunks, c) or (c.is_place and c.case == "LOC")]
    places = [c for c in places if c.first < d.first or c.case == "LOC"]
    cls = d.cls
    patient_subject = d.passive or cls in ("Release", "Eviction", "Infection", "Hospitalization")
    if cls == "Release" and not d.passive and d.form != "noun" and acc:
        patient_subject = False
    for c in subj:
        if c.is_place and cls not in ("Statement", "Denial", "Condemnation", "Appeal"):
            continue
        d.add("patient" if patient_subject else "agent", c)
    if not patient_subject or cls == "Release":
        for c in acc[-1:]:
            role = "target" if cls in ("Condemnation", "Appeal") else "patient"
            if cls in ("Detention", "Dispersal", "Assault", "Release", "Sentencing", "Eviction",
                       "Condemnation", "Appeal"):
                d.add(role, c)
    if cls == "Condemnation" and not d.roles.get("target"):
        # the object is a verbal-noun clause: its genitive subject is the target
        for c in gen[-1:]:
            d.add("target", c)
    if cls in ("Dispersal", "Detention") and d.form == "verbnoun":
        for c in gen[-1:]:
            d.add("agent", c)
    # X-тің үстінен: against X
    for c in _in(chunks, lo, d.first, "GEN"):
        if c.last + 1 < len(words) and words[c.last + 1].lower in ("үстінен", "үстінен,"):
            for x in _coordinated(doc, chunks, c):
                d.add("target", x)
    # X тарапынан: by X
    for c in _in(chunks, lo, d.first):
        if c.last + 1 < len(words) and words[c.last + 1].lower == "тарапынан":
            d.add("agent", c)
    if cls in ("Complaint", "Petition"):
        for c in dat:
            if c.cls in _AGENTIVE or c.cls == "Facility":
                d.add("recipient", c)
    if cls == "Hospitalization":
        for c in dat:
            if c.is_place:
                d.add("place", c)
    if cls in _SOURCE_CLASSES:
        for c in abl:
            if c.is_place:
                d.add("place", c)
    if cls == "Infection":
        for c in abl:
            if c.cls in _AGENTIVE:
                d.add("patient", c)
    if cls == "Strike":
        for c in _in(chunks, sf, sl):
            if c.cls == "Company" and c.named:
                d.add("target", c)
        for c in d.roles.get("agent", []):
            if c.label not in WORKER_NOUNS:
                continue
    if cls not in _SOURCE_CLASSES - {"Detention"} and cls != "Hospitalization":
        for c in places:
            if c.case in ("LOC", "NOM") and c.first < h:
                d.add("place", c)


def _witnesses(doc: Doc, chunks: list[Chunk], sf: int, sl: int) -> list[Chunk]:
    """Who saw it: "X тілшісі ... куә болды / байқап қалды", "X-тің дерегінше"."""
    out: list[Chunk] = []
    has_witness_verb = any(
        w.lemma.lower() in WITNESS_VERBS or any(w.lower.startswith(v) for v in WITNESS_VERBS)
        for w in doc.words[sf:sl]
    )
    for c in _in([*chunks], sf, sl):
        nxt = doc.words[c.last + 1] if c.last + 1 < sl else None
        if nxt is not None and nxt.lower in ATTRIBUTION and c.case == "GEN":
            out.append(c)
        elif has_witness_verb and c.cls == "MediaOutlet":
            out.append(c)
    return out


def _attributed(doc: Doc, chunks: list[Chunk], sf: int, sl: int) -> set[int]:
    return {c.first for c in _in(chunks, sf, sl, "GEN")
            if c.last + 1 < sl and doc.words[c.last + 1].lower in ATTRIBUTION}


def _values(doc: Doc, drafts: list[Draft]) -> None:
    """Attach dates, durations, seats and percentages to the drafts."""
    dates = find_dates(doc.text, published=doc.published)
    durations = find_durations(doc.text)
    numbers = find_numbers(doc.text)
    start_word = {w.start: w.i for w in doc.words}
    end_word = {w.end: w.i for w in doc.words}

    def word_range(start: int, end: int) -> tuple[int, int] | None:
        a, b = start_word.get(start), end_word.get(end)
        if a is None:
            a = next((w.i for w in doc.words if w.start <= start < w.end), None)
        if b is None:
            b = next((w.i for w in doc.words if w.start < end <= w.end), None)
        return (a, b) if a is not None and b is not None else None

    for dv in dates:
        r = word_range(dv.start, dv.end)
        if r is None:
            continue
        a, b = r
        sent = doc.words[a].sent
        same = [d for d in drafts if d.sent == sent and d.first > b]
        if not same:
            continue
        last = doc.words[b]
        if last.case == "REL" or last.lower.endswith(("ғы", "гі", "қы", "кі")):
            near = [d for d in same if d.first <= b + 3 and d.form == "noun"]
            for d in near[:1]:
                d.date = d.date or dv
            continue
        first_after = min(same, key=lambda d: d.first)
        if first_after.first <= b + 2 and first_after.form == "participle":
            first_after.date = first_after.date or dv
            continue
        for d in same:
            d.date = d.date or dv
    for du in durations:
        r = word_range(du.start, du.end)
        if r is None:
            continue
        a, b = r
        sent = doc.words[a].sent
        cands = [d for d in drafts if d.sent == sent]
        if not cands:
            continue
        best = min(cands, key=lambda d: (min(abs(d.first - b), abs(d.last - a)), d.first < a))
        if min(abs(best.first - b), abs(best.last - a)) <= 4:
            best.duration = best.duration or du
    for nv in numbers:
        r = word_range(nv.start, nv.end)
        if r is None:
            continue
        a, b = r
        for d in drafts:
            if d.cls != "ElectionResult":
                continue
            if nv.unit == "percent" and d.first - 1 <= b <= d.last:
                d.percentage = nv
            elif nv.unit is None and b == d.first - 1 and doc.words[d.first].lemma.lower() == "орын":
                d.seats = int(nv.value)


def _false_content(doc: Doc, sf: int, sl: int) -> int:
    """End word of the content a falsity marker denies in this sentence, or -1."""
    sent_text = doc.text[doc.words[sf].start : doc.words[sl - 1].end].lower()
    if not any(f in sent_text for f in FALSITY):
        return -1
    for i in range(sl - 1, sf - 1, -1):
        if doc.words[i].lower in ("туралы", "жайлы", "деген", "деп"):
            return i
    return sl - 1


def find_events(doc: Doc, chunks: list[Chunk]) -> list[Draft]:
    drafts: list[Draft] = []
    prev_subject: list[Chunk] = []
    demands: list[str] = []
    for si, (sf, sl) in enumerate(doc.sent_words):
        used: set[int] = set()
        false_until = _false_content(doc, sf, sl)
        attributed = _attributed(doc, chunks, sf, sl)
        sent_drafts: list[Draft] = []
        for i in range(sf, sl):
            if i in used:
                continue
            for trig in TRIGGERS:
                idx = _match(doc, i, sl, trig)
                if idx is None or idx[0] != i or any(j in used for j in idx):
                    continue
                h = idx[-1]
                head = doc.words[h]
                form, tags = _form(head) if trig.steps[-1].pos == "V" else ("noun", frozenset())
                if trig.steps[-1].pos == "N" and head.verb_tags and _form(head)[0] == "verbnoun":
                    form, tags = "verbnoun", _form(head)[1]
                neg = _negated(doc, h, tags, sl)
                if (trig.cls, trig.steps[0].stem) in _NEEDS_NEGATION:
                    if not neg:
                        continue
                    neg = False
                used.update(range(idx[0], h + 1))
                if neg:
                    break
                if trig.cls == "Appeal" and form == "converb":
                    obj = [w.text for w in doc.words[max(sf, i - 4) : i] if w.case == "ACC"]
                    if obj:
                        demands.append(doc.span(max(sf, i - 4), i - 1))
                    break
                if h <= false_until and trig.cls != "Statement":
                    break
                d = Draft(trig.cls, si, idx[0], h, form=form, passive="PASS" in tags)
                d.modality = _modality(doc, h, tags, sl)
                sent_drafts.append(d)
                break
        witnesses = _witnesses(doc, chunks, sf, sl)
        for d in sent_drafts:
            _fill(doc, d, chunks, sf, sl, prev_subject)
            for w in witnesses:
                if w.first in attributed and d.cls in ("Statement",):
                    continue
                agents = d.roles.get("agent", [])
                d.roles["agent"] = [a for a in agents if a.first != w.first]
                if not d.roles["agent"]:
                    del d.roles["agent"]
                if d.cls in ("ElectionViolation", "Detention", "Dispersal", "Assault", "Infection"):
                    d.add("witness", w)
        # an event noun after "соң/кейін" in a later sentence refers back to the last one
        for d in sent_drafts:
            nxt = doc.words[d.last + 1].lower if d.last + 1 < sl else ""
            if d.form == "noun" and nxt in _AFTER_POSTPOSITIONS and si > 0 and not d.roles:
                pf, pl = doc.sent_words[si - 1]
                for c in prev_subject:
                    d.add("agent", c)
                    if c.count is not None:
                        d.count = c.count
                for c in _in(chunks, pf, pl):
                    if c.is_place and c.case == "LOC" and c.named:
                        d.add("place", c)
        drafts.extend(sent_drafts)
        subj = _subject(doc, chunks, sf, sl)
        if subj:
            prev_subject = subj
    _values(doc, drafts)
    for d in drafts:
        if d.count is None:
            for role in ("agent", "patient"):
                counted = [c.count for c in d.roles.get(role, []) if c.count is not None]
                if counted:
                    d.count = counted[0]
                    break
        if d.cls == "Strike" and demands and d.demand is None:
            d.demand = demands[0]
    drafts = [d for d in drafts if d.cls not in _NEEDS_AGENT or d.roles.get("agent") or d.modality]
    return _merge(drafts)


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


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Mentions of one event in one brief become one event: the first mention
    keeps its arguments and takes from the others only what it lacks."""
    out: list[Draft] = []
    for d in drafts:
        host = next((o for o in out if o.cls == d.cls and not _conflict(o, d)), None)
        if host is None:
            out.append(d)
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
