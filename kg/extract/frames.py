"""Event families as data: one frame per event class.

A frame says everything one class of event means to the extractor and to the
graph: its triggers (stems and constructions, matched on the analyser's lemmas),
which case fills which role, what its roles must be for a reading to stand,
whether it repeats, and the plain entity-entity edges it implies. The generic
filler in kg.extract.events reads these frames and never branches on a class;
kg.rdf reads the edges and kg.resolve the repeatable flag from the same frames.
Adding a wording or a role rule is one line here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "EDGES",
    "EVENT_CLASSES",
    "FRAMES",
    "REPEATABLE",
    "TRIGGERS",
    "Case",
    "CaseRule",
    "EventClass",
    "Fills",
    "Frame",
    "Need",
    "Role",
    "Step",
    "Trigger",
    "frame",
]


class EventClass(StrEnum):
    """Event classes of the contract (tests/test_frames.py checks the ontology)."""

    PROTEST = "Protest"
    STRIKE = "Strike"
    DETENTION = "Detention"
    SENTENCING = "Sentencing"
    RELEASE = "Release"
    COMPLAINT = "Complaint"
    PETITION = "Petition"
    CONDEMNATION = "Condemnation"
    STATEMENT = "Statement"
    DENIAL = "Denial"
    APPEAL = "Appeal"
    CONCESSION = "Concession"
    DISPERSAL = "Dispersal"
    ASSAULT = "Assault"
    HOSPITALIZATION = "Hospitalization"
    EVICTION = "Eviction"
    ELECTION = "Election"
    ELECTION_RESULT = "ElectionResult"
    ELECTION_VIOLATION = "ElectionViolation"
    PUBLIC_HEALTH_MEASURE = "PublicHealthMeasure"
    INFECTION = "Infection"
    DISCUSSION = "Discussion"


class Role(StrEnum):
    """Roles of the contract: kgo:agent, kgo:patient, ..."""

    AGENT = "agent"
    PATIENT = "patient"
    TARGET = "target"
    RECIPIENT = "recipient"
    WITNESS = "witness"
    PLACE = "place"


class Case(StrEnum):
    """Cases of a nominal as kg.lang.morph names them."""

    NOM = "NOM"
    GEN = "GEN"
    ACC = "ACC"
    DAT = "DAT"
    LOC = "LOC"
    ABL = "ABL"
    INS = "INS"


class Fills(StrEnum):
    """What kind of mention may fill a case slot."""

    AGENTIVE = "agentive"  # a person, group, organisation or country
    BODY = "body"  # an agentive mention that is not an unnamed group
    HUMAN = "human"  # a person or a group
    PLACE = "place"
    EMPLOYER = "employer"  # a named company


class Need(StrEnum):
    """Conditions a reading of a trigger must meet (checked in kg.extract.events)."""

    HUMAN_PATIENT = "human patient"  # a person or group undergoes it
    HUMAN_PATIENT_OR_POLICE = "human patient or police agent"
    CUSTODY_SOURCE = "custody source"  # released from custody, not exempted from a duty
    HOME_OBJECT = "home object"  # үйлерді қайтарып алды
    DATIVE_GOAL = "dative goal"  # agreed to something, not with someone
    RECIPIENT = "recipient"  # addressed to an authority
    ONLINE = "online"  # talk on social media
    RESULT_VALUE = "result value"  # a share of the vote or seats
    FORCED_CARE = "forced care"  # forced or psychiatric
    HEALTH_CONTEXT = "health context"  # an epidemic is named in the sentence
    ELECTION_CONTEXT = "election context"  # a vote, not a match
    SAID = "said"  # a finite form of де (деді, дейді), not the complementiser деп
    AGENT = "agent"  # who does it is named
    HUMAN_AGENT = "human agent"  # people do it, not a body
    PLACE = "place"  # where it happened is named
    ACTION_ASKED = "action asked"  # ...-уды сұрады: asked that something be done
    ARGUMENTS = "arguments"  # a participant, place or time: not a generic mention


@dataclass(frozen=True, slots=True)
class Step:
    stem: str
    pos: str = "N"  # "N" nominal, "V" verb
    case: Case | None = None  # required case of a nominal step


@dataclass(frozen=True, slots=True)
class CaseRule:
    """A mention in `case` fills `role`. `where`: "clause" (before the trigger in
    its clause), "trigger" (the trigger's own first word: түрмеден шықты),
    "inside" (between the trigger's words: вирус ауданға жетті), "owner" (the
    genitive owner of a possessed noun in `case`: мердігердің жұмысына шағымданды),
    "sentence" (anywhere in the sentence)."""

    case: Case | None
    role: Role
    fills: Fills
    where: str = "clause"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A construction that names an event: its steps in order, at most `gap`
    words apart (objects of light verbs)."""

    cls: EventClass
    steps: tuple[Step, ...]
    gap: int = 0
    negated_only: bool = False  # жұмысқа шықпады is a strike, жұмысқа шықты is not
    needs: tuple[Need, ...] = ()
    # an organisation that "expresses protest" condemns
    org_agent_reads_as: EventClass | None = None
    # таяқ жеді, жарақат алды: the subject undergoes it whatever the verb's voice
    undergoer_subject: bool = False
    drops_subject: bool = False  # the voters of дауыс берді take no part in the result
    case_rules: tuple[CaseRule, ...] = ()


@dataclass(frozen=True, slots=True)
class Frame:
    cls: EventClass
    triggers: tuple[Trigger, ...]
    # the role of the accusative object; a TARGET object that is a verbal noun
    # (жұмысын сынады) gives way to the genitive before it
    object: Role | None = None
    object_anywhere: bool = False  # X-ті N жылға ... соттады: the object may stand far
    # with no object the subject undergoes it (босап шықты, үйінен айырылды)
    undergoer_subject: bool = False
    # a closed museum or an isolated province is where it holds, not who undergoes it
    undergoer_place: bool = False
    genitive_agent: bool = False  # a verbal noun's genitive acts (полицияның ұстауы)
    case_rules: tuple[CaseRule, ...] = ()
    speech: bool = False  # a speech act: no places, and a place may speak
    needs_agent: bool = False
    needs: tuple[Need, ...] = (Need.ARGUMENTS,)
    repeatable: bool = False  # done again and again: one event only on one day
    witnessed: bool = False  # reporters who saw it are its witnesses
    takes_result: bool = False  # percentages and seats
    # "A 12 пайыз, B 7 пайыз": one event per (role, value) pair of a list
    distributes: tuple[Role, str] | None = None
    converb_is_demand: bool = False  # талап етіп ... : the demand of a strike
    takes_demand: bool = False  # the demand goes to this event
    denies: bool = False  # what it denies is not asserted
    asks: bool = False  # what it asks for (босатуды талап етті) has not happened
    reports_falsity: bool = False  # "X said it was false" is still said
    absorbed_by: EventClass | None = None  # the same actors' strike is this protest
    blocked_after: frozenset[str] = frozenset()  # қызметінен босатылды: a dismissal
    edges: tuple[tuple[Role, str, Role], ...] = ()  # (from role, kgo edge, to role)


N, V = "N", "V"
_C = Case
_E = EventClass


def _t(cls: EventClass, *steps: Step, gap: int = 0, **kw: object) -> Trigger:
    return Trigger(cls, steps, gap, **kw)  # type: ignore[arg-type]


def _s(stem: str, pos: str = N, case: Case | None = None) -> Step:
    return Step(stem, pos, case)


_PLACE_FROM = CaseRule(Case.ABL, Role.PLACE, Fills.PLACE, where="trigger")
_PLACE_FROM_CLAUSE = CaseRule(Case.ABL, Role.PLACE, Fills.PLACE)
_ADDRESSEE = CaseRule(Case.DAT, Role.RECIPIENT, Fills.BODY)
_RESULT = (Need.RESULT_VALUE,)
# X-ті сотқа берді: X is sued, the court hears it
_SUED = (
    CaseRule(Case.ACC, Role.TARGET, Fills.AGENTIVE),
    CaseRule(Case.DAT, Role.RECIPIENT, Fills.BODY, where="trigger"),
)
_BY_WHOM = (CaseRule(Case.ABL, Role.AGENT, Fills.AGENTIVE),)  # көршісінен таяқ жеді
_VOTE = (Need.ELECTION_CONTEXT,)
_EPIDEMIC = (Need.HEALTH_CONTEXT,)
_WHERE = (Need.PLACE,)
_PATHOGENS = ("коронавирус", "вирус", "инфекция", "дерт", "індет", "covid")

FRAMES: tuple[Frame, ...] = (
    Frame(
        _E.DISPERSAL,
        (
            _t(_E.DISPERSAL, _s("құрса", V), _s("ұста", V)),
            _t(_E.DISPERSAL, _s("қуы", V), _s("тарат", V)),
            _t(_E.DISPERSAL, _s("тарат", V), needs=(Need.HUMAN_PATIENT_OR_POLICE,)),
        ),
        object=Role.PATIENT,
        genitive_agent=True,
        repeatable=True,
        witnessed=True,
    ),
    Frame(
        _E.STRIKE,
        (
            _t(_E.STRIKE, _s("ереуіл", N, _C.DAT), _s("шық", V)),
            _t(_E.STRIKE, _s("жұмыс", N, _C.DAT), _s("шық", V), negated_only=True),
            _t(_E.STRIKE, _s("ереуілде", V)),
            # жұмысшылар жұмысты тоқтатты; a plant that stops work is no strike
            _t(_E.STRIKE, _s("жұмыс", N, _C.ACC), _s("тоқтат", V), needs=(Need.HUMAN_AGENT,)),
            _t(_E.STRIKE, _s("ереуіл")),
        ),
        case_rules=(CaseRule(None, Role.TARGET, Fills.EMPLOYER, where="sentence"),),
        takes_demand=True,
        edges=(
            (Role.AGENT, "strikesAgainst", Role.TARGET),
            (Role.AGENT, "employeeOf", Role.TARGET),
        ),
    ),
    Frame(
        _E.PROTEST,
        (
            _t(_E.PROTEST, _s("наразылық"), _s("акция", N, _C.DAT), _s("шық", V)),
            _t(_E.PROTEST, _s("митинг", N, _C.DAT), _s("шық", V)),
            _t(_E.PROTEST, _s("шеру", N, _C.DAT), _s("шық", V)),
            _t(_E.PROTEST, _s("пикет", N, _C.DAT), _s("шық", V)),
            _t(_E.PROTEST, _s("акция", N, _C.DAT), _s("шық", V)),
            _t(_E.PROTEST, _s("алаң", N, _C.DAT), _s("жинал", V)),
            # әкімдіктің алдына 200-ге жуық адам жиналды
            _t(_E.PROTEST, _s("алд", N, _C.DAT), _s("жинал", V), gap=4),
            _t(_E.PROTEST, _s("алды", N, _C.DAT), _s("жинал", V), gap=4),
            _t(_E.PROTEST, _s("алд", N, _C.DAT), _s("жиыл", V), gap=4),
            _t(_E.PROTEST, _s("алаң", N, _C.DAT), _s("шық", V)),
            _t(_E.PROTEST, _s("көше", N, _C.DAT), _s("шық", V)),
            _t(
                _E.PROTEST,
                _s("наразылық"),
                _s("білдір", V),
                gap=2,
                org_agent_reads_as=_E.CONDEMNATION,
            ),
            _t(
                _E.PROTEST,
                _s("наразылық"),
                _s("таныт", V),
                gap=2,
                org_agent_reads_as=_E.CONDEMNATION,
            ),
            _t(_E.PROTEST, _s("наразылық"), _s("акция")),
            _t(_E.PROTEST, _s("наразылық"), _s("шара")),
            _t(_E.PROTEST, _s("наразылық", N, _C.DAT), _s("шық", V)),
            _t(_E.PROTEST, _s("митинг")),
            _t(_E.PROTEST, _s("шеру")),
            _t(_E.PROTEST, _s("пикет")),
            _t(_E.PROTEST, _s("аштық"), _s("жарияла", V)),
            _t(_E.PROTEST, _s("бойкот")),
            _t(_E.PROTEST, _s("пикетке")),
            _t(_E.PROTEST, _s("демонстрация")),
        ),
        case_rules=(CaseRule(Case.DAT, Role.PLACE, Fills.PLACE, where="trigger"),),
        repeatable=True,
        absorbed_by=_E.STRIKE,
    ),
    Frame(
        _E.DETENTION,
        (
            _t(_E.DETENTION, _s("қамау", N, _C.DAT), _s("ал", V)),
            _t(_E.DETENTION, _s("қамау", N, _C.DAT), _s("алын", V)),
            _t(_E.DETENTION, _s("ұста", V), needs=(Need.HUMAN_PATIENT_OR_POLICE,)),
            _t(_E.DETENTION, _s("әкет", V), needs=(Need.HUMAN_PATIENT_OR_POLICE,)),
            _t(_E.DETENTION, _s("тұтқында", V)),
            _t(_E.DETENTION, _s("қама", V), needs=(Need.HUMAN_PATIENT_OR_POLICE,)),
            _t(_E.DETENTION, _s("тұтқындау")),
            _t(_E.DETENTION, _s("қамауға")),
            _t(_E.DETENTION, _s("қамақ", N, _C.DAT), _s("ал", V)),  # үй қамағына алынды
            _t(_E.DETENTION, _s("қамақ", N, _C.DAT), _s("алын", V)),
            _t(_E.DETENTION, _s("тұтқын", N, _C.DAT), _s("ал", V)),
            _t(_E.DETENTION, _s("тұтқын", N, _C.DAT), _s("алын", V)),
            _t(_E.DETENTION, _s("қол", N, _C.DAT), _s("түсір", V)),
            _t(_E.DETENTION, _s("қол", N, _C.DAT), _s("түс", V)),
            _t(_E.DETENTION, _s("қамау", N, _C.LOC)),
        ),
        object=Role.PATIENT,
        genitive_agent=True,
        # тергеу изоляторына қамалды: where the detained are held
        case_rules=(_PLACE_FROM, _PLACE_FROM_CLAUSE, CaseRule(Case.DAT, Role.PLACE, Fills.PLACE)),
        repeatable=True,
        witnessed=True,
        edges=((Role.PATIENT, "detainedBy", Role.AGENT),),
    ),
    Frame(
        _E.SENTENCING,
        (
            _t(_E.SENTENCING, _s("бас"), _s("бостандық", N, _C.ABL), _s("айыр", V)),
            _t(_E.SENTENCING, _s("жаза"), _s("кес", V), gap=2),
            _t(_E.SENTENCING, _s("жаза"), _s("тағайында", V), gap=2),
            _t(_E.SENTENCING, _s("сотта", V)),
            _t(_E.SENTENCING, _s("айыппұл"), _s("сал", V), gap=1),
            _t(_E.SENTENCING, _s("үкім"), _s("шығар", V), gap=2),
            _t(_E.SENTENCING, _s("кінәлі"), _s("таны", V), gap=2),
            # 15 тәулік әкімшілік қамау жазасын берді: an arrest given as a penalty
            _t(_E.SENTENCING, _s("қамау"), _s("жаза", N, _C.ACC), _s("бер", V)),
            _t(_E.SENTENCING, _s("қамау"), _s("жаза", N, _C.DAT), _s("кес", V)),
            _t(_E.SENTENCING, _s("жаза", N, _C.ACC), _s("бер", V)),
            _t(_E.SENTENCING, _s("жаза", N, _C.ACC), _s("ал", V)),
        ),
        object=Role.PATIENT,
        object_anywhere=True,
        distributes=(Role.PATIENT, "duration"),  # X-ті 5 жылға, Y-ті 7 жылға
        case_rules=(CaseRule(Case.DAT, Role.PATIENT, Fills.HUMAN),),
        edges=((Role.PATIENT, "sentencedBy", Role.AGENT),),
    ),
    Frame(
        _E.RELEASE,
        (
            _t(_E.RELEASE, _s("бостандық", N, _C.DAT), _s("шық", V)),
            _t(_E.RELEASE, _s("боса", V), _s("шық", V), needs=(Need.HUMAN_PATIENT_OR_POLICE,)),
            _t(_E.RELEASE, _s("босат", V), needs=(Need.HUMAN_PATIENT_OR_POLICE,)),
            _t(_E.RELEASE, _s("бос"), _s("шық", V), needs=(Need.HUMAN_PATIENT_OR_POLICE,)),
            _t(_E.RELEASE, _s("түрме", N, _C.ABL), _s("шық", V)),
            _t(_E.RELEASE, _s("колония", N, _C.ABL), _s("шық", V)),
        ),
        object=Role.PATIENT,
        undergoer_subject=True,
        case_rules=(_PLACE_FROM, _PLACE_FROM_CLAUSE),
        needs=(Need.ARGUMENTS, Need.CUSTODY_SOURCE),
        blocked_after=frozenset({"қызмет", "лауазым"}),
        edges=((Role.PATIENT, "releasedFrom", Role.PLACE),),
    ),
    Frame(
        _E.COMPLAINT,
        (
            _t(_E.COMPLAINT, _s("арыз"), _s("жаз", V), gap=2),
            _t(_E.COMPLAINT, _s("арыз"), _s("бер", V), gap=2),
            _t(_E.COMPLAINT, _s("арыз"), _s("түсір", V), gap=2),
            _t(_E.COMPLAINT, _s("шағым"), _s("түсір", V), gap=2),
            _t(_E.COMPLAINT, _s("шағым"), _s("жаз", V), gap=2),
            _t(_E.COMPLAINT, _s("шағым"), _s("бер", V), gap=2),
            _t(_E.COMPLAINT, _s("шағымдан", V)),
            _t(_E.COMPLAINT, _s("жүгін", V), needs=(Need.RECIPIENT,)),
            _t(_E.COMPLAINT, _s("арыздан", V)),
            _t(_E.COMPLAINT, _s("сот", N, _C.DAT), _s("бер", V), case_rules=_SUED),
            _t(_E.COMPLAINT, _s("сот", N, _C.DAT), _s("жүгін", V), case_rules=_SUED),
            _t(_E.COMPLAINT, _s("шағым"), _s("айт", V), gap=1),
            _t(_E.COMPLAINT, _s("мұң"), _s("шақ", V)),
            _t(_E.COMPLAINT, _s("шағым")),
            _t(_E.COMPLAINT, _s("арыз")),
        ),
        case_rules=(_ADDRESSEE, CaseRule(Case.DAT, Role.TARGET, Fills.AGENTIVE, where="owner")),
        needs_agent=True,
        repeatable=True,
        edges=((Role.AGENT, "complainedAbout", Role.TARGET),),
    ),
    Frame(
        _E.PETITION,
        (
            _t(_E.PETITION, _s("өтініш"), _s("тапсыр", V), gap=2),
            _t(_E.PETITION, _s("өтініш"), _s("жаз", V), gap=2),
            _t(_E.PETITION, _s("өтініш"), _s("бер", V), gap=2),
            _t(_E.PETITION, _s("петиция")),
            _t(_E.PETITION, _s("өтініш")),
            _t(_E.PETITION, _s("өтін", V)),
        ),
        case_rules=(_ADDRESSEE,),
        needs_agent=True,
        repeatable=True,
    ),
    Frame(
        _E.DENIAL,
        (
            _t(_E.DENIAL, _s("жоқ", N, _C.DAT), _s("шығар", V)),
            _t(_E.DENIAL, _s("теріс", N, _C.DAT), _s("шығар", V)),
            _t(_E.DENIAL, _s("жоққа"), _s("шығар", V)),
            _t(_E.DENIAL, _s("мойында", V), negated_only=True),
            _t(
                _E.DENIAL,
                _s("шындық", N, _C.DAT),
                _s("жанас", V),
                negated_only=True,
                needs=(Need.AGENT,),  # a claim that is false, unless someone says so
            ),
            _t(_E.DENIAL, _s("теріске"), _s("шығар", V)),
        ),
        speech=True,
        needs_agent=True,
        repeatable=True,
        denies=True,
    ),
    Frame(
        _E.CONDEMNATION,
        (
            _t(_E.CONDEMNATION, _s("сын", N, _C.DAT), _s("ал", V)),
            _t(_E.CONDEMNATION, _s("айыпта", V)),
            _t(_E.CONDEMNATION, _s("сына", V)),
            _t(_E.CONDEMNATION, _s("әшкереле", V)),
            # наразылық нотасын жолдады: a protest note between states
            _t(_E.CONDEMNATION, _s("наразылық"), _s("нота"), _s("жолда", V)),
            _t(_E.CONDEMNATION, _s("нота"), _s("жолда", V), gap=1),
            _t(_E.CONDEMNATION, _s("сын", N, _C.ACC), _s("айт", V), gap=1),
            _t(_E.CONDEMNATION, _s("сын", N), _s("айт", V), gap=1),
            _t(_E.CONDEMNATION, _s("наразылық", N, _C.ACC), _s("айт", V), gap=1),
        ),
        object=Role.TARGET,
        speech=True,
        needs_agent=True,
        repeatable=True,
        edges=((Role.AGENT, "condemned", Role.TARGET),),
    ),
    Frame(
        _E.STATEMENT,
        (
            _t(_E.STATEMENT, _s("мәлімде", V)),
            _t(_E.STATEMENT, _s("мәлімдеме")),
            _t(_E.STATEMENT, _s("айт", V)),
            _t(_E.STATEMENT, _s("хабарла", V)),
            _t(_E.STATEMENT, _s("мәлім"), _s("ет", V)),
            _t(_E.STATEMENT, _s("мәлімет"), _s("бер", V), gap=1),
            _t(_E.STATEMENT, _s("хабар"), _s("тарат", V)),
            _t(_E.STATEMENT, _s("түсіндір", V)),
            _t(_E.STATEMENT, _s("де", V), needs=(Need.SAID,)),
            _t(_E.STATEMENT, _s("де", V), _s("жаз", V)),  # ... деп жазды: wrote that
        ),
        speech=True,
        needs_agent=True,
        repeatable=True,
        reports_falsity=True,
        absorbed_by=_E.DENIAL,  # saying that something is false is denying it
    ),
    Frame(
        _E.APPEAL,
        (
            _t(_E.APPEAL, _s("талап"), _s("ет", V)),
            _t(_E.APPEAL, _s("шақыр", V)),
            _t(_E.APPEAL, _s("үнде", V)),
            _t(_E.APPEAL, _s("үндеу")),
            _t(_E.APPEAL, _s("ашық"), _s("хат")),
            _t(_E.APPEAL, _s("хат"), _s("жолда", V), gap=2),
            _t(_E.APPEAL, _s("хат"), _s("жаз", V), gap=2, needs=(Need.RECIPIENT,)),
            _t(_E.APPEAL, _s("талап", N, _C.ACC), _s("айт", V), gap=1),
            _t(_E.APPEAL, _s("талап", N, _C.ACC), _s("қой", V), gap=1),
            _t(_E.APPEAL, _s("өтін", V)),
            _t(_E.APPEAL, _s("сұра", V), needs=(Need.ACTION_ASKED,)),
        ),
        object=Role.TARGET,
        # биліктен талап етті: the dative or the ablative is who is asked
        case_rules=(_ADDRESSEE, CaseRule(Case.ABL, Role.RECIPIENT, Fills.BODY)),
        speech=True,
        needs_agent=True,
        repeatable=True,
        converb_is_demand=True,
        absorbed_by=_E.STRIKE,  # what strikers ask for is their strike's demand
        asks=True,
    ),
    Frame(
        _E.CONCESSION,
        (
            _t(_E.CONCESSION, _s("талап", N, _C.ACC), _s("орында", V)),
            _t(_E.CONCESSION, _s("келіс", V), needs=(Need.DATIVE_GOAL,)),
        ),
        needs_agent=True,
    ),
    Frame(
        _E.ASSAULT,
        (
            _t(_E.ASSAULT, _s("соққы")),
            _t(_E.ASSAULT, _s("қол"), _s("жұмса", V)),
            _t(_E.ASSAULT, _s("ұрып-соқ", V), needs=(Need.HUMAN_PATIENT,)),
            _t(_E.ASSAULT, _s("ұр", V), needs=(Need.HUMAN_PATIENT,)),
            _t(_E.ASSAULT, _s("пышақта", V)),
            _t(_E.ASSAULT, _s("жарақат"), _s("келтір", V), gap=2),
            _t(_E.ASSAULT, _s("таяқ"), _s("же", V), undergoer_subject=True, case_rules=_BY_WHOM),
            _t(_E.ASSAULT, _s("соққы", N, _C.DAT), _s("жық", V)),
            _t(_E.ASSAULT, _s("шабуыл"), _s("жаса", V), gap=1),
            _t(_E.ASSAULT, _s("шабуыл", V)),
            _t(_E.ASSAULT, _s("төбелес")),
            _t(_E.ASSAULT, _s("шабуыл")),
        ),
        object=Role.PATIENT,
        repeatable=True,
        witnessed=True,
    ),
    Frame(
        _E.HOSPITALIZATION,
        (_t(_E.HOSPITALIZATION, _s("жатқыз", V)),),
        object=Role.PATIENT,
        undergoer_subject=True,
        case_rules=(CaseRule(Case.DAT, Role.PLACE, Fills.PLACE),),
        needs=(Need.ARGUMENTS, Need.FORCED_CARE),
        edges=((Role.PATIENT, "hospitalizedIn", Role.PLACE),),
    ),
    Frame(
        _E.EVICTION,
        (
            _t(_E.EVICTION, _s("үй", N, _C.ABL), _s("айрыл", V)),
            _t(_E.EVICTION, _s("үй", N, _C.ABL), _s("айырыл", V)),
            _t(_E.EVICTION, _s("үй", N, _C.ABL), _s("шығар", V)),
            _t(_E.EVICTION, _s("көшір", V), needs=(Need.HUMAN_PATIENT,)),
            _t(_E.EVICTION, _s("үй", N, _C.ABL), _s("қуыл", V)),
            _t(_E.EVICTION, _s("үй"), _s("сүр", V), gap=2),
            _t(_E.EVICTION, _s("қайтар", V), _s("ал", V), needs=(Need.HOME_OBJECT,)),
        ),
        object=Role.PATIENT,
        undergoer_subject=True,
        case_rules=(_PLACE_FROM, _PLACE_FROM_CLAUSE),
        edges=((Role.PATIENT, "evictedBy", Role.AGENT),),
    ),
    Frame(
        _E.ELECTION_RESULT,
        (
            _t(_E.ELECTION_RESULT, _s("орын", N, _C.ACC), _s("ал", V), needs=_RESULT),
            _t(_E.ELECTION_RESULT, _s("орын"), _s("ал", V), needs=_RESULT),
            _t(_E.ELECTION_RESULT, _s("орын"), _s("бұйыр", V), needs=_RESULT),
            _t(_E.ELECTION_RESULT, _s("пайыз"), _s("ал", V), needs=_RESULT),
            _t(_E.ELECTION_RESULT, _s("мандат"), _s("ал", V), gap=1, needs=_RESULT),
            _t(_E.ELECTION_RESULT, _s("дауыс"), _s("жина", V), gap=2, needs=_RESULT),
            _t(_E.ELECTION_RESULT, _s("жеңіс", N, _C.DAT), _s("жет", V), needs=_VOTE),
            _t(_E.ELECTION_RESULT, _s("жең", V), needs=_VOTE),
            _t(_E.ELECTION_RESULT, _s("көш"), _s("баста", V), needs=_VOTE),
            # Порошенкоға 16 пайыз дауыс берді: the candidate in the dative gets the votes
            _t(
                _E.ELECTION_RESULT,
                _s("дауыс"),
                _s("бер", V),
                needs=_RESULT,
                case_rules=(CaseRule(Case.DAT, Role.AGENT, Fills.BODY),),
                drops_subject=True,
            ),
        ),
        needs_agent=True,
        takes_result=True,
        distributes=(Role.AGENT, "percentage"),
    ),
    Frame(
        _E.ELECTION_VIOLATION,
        (
            _t(_E.ELECTION_VIOLATION, _s("бюллетень"), _s("таста", V), gap=3),
            _t(_E.ELECTION_VIOLATION, _s("бюллетень"), _s("сал", V), gap=3),
            _t(_E.ELECTION_VIOLATION, _s("дауыс"), _s("ұрла", V)),
            _t(_E.ELECTION_VIOLATION, _s("заң"), _s("бұз", V)),
            _t(_E.ELECTION_VIOLATION, _s("карусель")),
        ),
        witnessed=True,
    ),
    Frame(
        _E.ELECTION,
        (
            _t(_E.ELECTION, _s("сайлау"), _s("өт", V)),
            _t(_E.ELECTION, _s("сайлау"), _s("бол", V)),
        ),
    ),
    Frame(
        _E.PUBLIC_HEALTH_MEASURE,
        (
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("карантин")),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("локдаун")),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("шектеу"), _s("шара")),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("карантин", N, _C.DAT), _s("алын", V)),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("карантин", N, _C.DAT), _s("ал", V)),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("карантин", N, _C.DAT), _s("жабыл", V)),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("карантин", N, _C.DAT), _s("қойыл", V)),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("карантиндік")),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("оқшаула", V), needs=_EPIDEMIC),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("оқшауландыр", V), needs=_EPIDEMIC),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("тыйым"), _s("сал", V), gap=1, needs=_EPIDEMIC),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("жабыл", V), needs=_EPIDEMIC),
            _t(_E.PUBLIC_HEALTH_MEASURE, _s("төтенше"), _s("жағдай")),
        ),
        undergoer_subject=True,
        undergoer_place=True,
    ),
    Frame(
        _E.INFECTION,
        (
            _t(_E.INFECTION, _s("жұқтыр", V)),
            # коронавирус инфекциясы емхананың қызметкері мен оның күйеуінен табылды
            *(
                _t(_E.INFECTION, _s(what, N, _C.NOM), _s(how, V), gap=6)
                for what in _PATHOGENS
                for how in ("анықтал", "табыл", "тіркел")
            ),
            *(
                _t(_E.INFECTION, _s(what), _s(how, V), gap=4)
                for what in _PATHOGENS
                for how in ("шық", "тарал")
            ),
            # вирус Баянауыл ауданына жетті: reached a place, not a number
            *(_t(_E.INFECTION, _s(what), _s("жет", V), gap=3, needs=_WHERE) for what in _PATHOGENS),
        ),
        undergoer_subject=True,
        case_rules=(
            CaseRule(Case.ABL, Role.PATIENT, Fills.AGENTIVE),
            CaseRule(Case.DAT, Role.PLACE, Fills.PLACE, where="inside"),  # ауданына жетті
            CaseRule(Case.ABL, Role.PATIENT, Fills.AGENTIVE, where="inside"),  # адамнан анықталды
        ),
        witnessed=True,
    ),
    Frame(
        _E.DISCUSSION,
        (_t(_E.DISCUSSION, _s("талқыла", V)),),
        speech=True,
        needs=(Need.ONLINE,),
        repeatable=True,
    ),
)

_BY_CLASS = {f.cls: f for f in FRAMES}


def frame(cls: str) -> Frame:
    return _BY_CLASS[EventClass(cls)]


# Longer constructions first: "құрсап ұстау" is a dispersal before "ұстау" is a
# detention; among equals, the order above.
TRIGGERS: tuple[Trigger, ...] = tuple(
    sorted((t for f in FRAMES for t in f.triggers), key=lambda t: -len(t.steps))
)
EVENT_CLASSES: tuple[str, ...] = tuple(sorted(str(f.cls) for f in FRAMES))
REPEATABLE: frozenset[str] = frozenset(str(f.cls) for f in FRAMES if f.repeatable)
EDGES: tuple[tuple[str, str, str, str], ...] = tuple(
    (str(f.cls), str(a), edge, str(b)) for f in FRAMES for a, edge, b in f.edges
)
