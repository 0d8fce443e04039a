"""Language data for the event extractors: trigger stems, role nouns and cue words.

Triggers are written as stems (the 2sg imperative of a verb, the nominative of a
noun); they are matched against the analyses of each token, never as surface
strings. A pattern is a tuple of steps; every step names a stem and, where it
matters, the case or verb form the token must carry.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AGENT_NOUNS",
    "ATTRIBUTION",
    "AUXILIARIES",
    "CONJUNCTIONS",
    "CUSTODY",
    "DETERMINERS",
    "EVENT_CLASSES",
    "FACILITY_NOUNS",
    "FALSITY",
    "FORCED_CARE",
    "HEDGE_MODALITY",
    "HOMES",
    "NAMING_WORDS",
    "NEEDS_HUMAN_PATIENT",
    "NUMBER_WORDS",
    "ORG_HEADS",
    "PLACE_HEADS",
    "PRONOUNS",
    "TRIGGERS",
    "WITNESS_VERBS",
    "WORKER_NOUNS",
    "Step",
    "Trigger",
]


@dataclass(frozen=True, slots=True)
class Step:
    stem: str
    pos: str = "N"  # "N" nominal, "V" verb, "A" any
    case: str | None = None  # required case of a nominal step


@dataclass(frozen=True, slots=True)
class Trigger:
    cls: str
    steps: tuple[Step, ...]
    gap: int = 0  # words allowed between steps (objects of light verbs)


def _t(cls: str, *steps: Step, gap: int = 0) -> Trigger:
    return Trigger(cls, steps, gap)


N, V = "N", "V"

# Longer patterns first: "құрсап ұстау" is a dispersal before "ұстау" is a detention.
TRIGGERS: tuple[Trigger, ...] = (
    # dispersal
    _t("Dispersal", Step("құрса", V), Step("ұста", V)),
    _t("Dispersal", Step("қуы", V), Step("тарат", V)),
    _t("Dispersal", Step("тарат", V)),
    # strike
    _t("Strike", Step("ереуіл", N, "DAT"), Step("шық", V)),
    _t("Strike", Step("жұмыс", N, "DAT"), Step("шық", V)),  # only when negated: see events
    _t("Strike", Step("ереуілде", V)),
    _t("Strike", Step("ереуіл", N)),
    # protest
    _t("Protest", Step("наразылық", N), Step("акция", N, "DAT"), Step("шық", V)),
    _t("Protest", Step("митинг", N, "DAT"), Step("шық", V)),
    _t("Protest", Step("шеру", N, "DAT"), Step("шық", V)),
    _t("Protest", Step("пикет", N, "DAT"), Step("шық", V)),
    _t("Protest", Step("акция", N, "DAT"), Step("шық", V)),
    _t("Protest", Step("алаң", N, "DAT"), Step("жинал", V)),
    _t("Protest", Step("алд", N, "DAT"), Step("жинал", V)),
    _t("Protest", Step("алды", N, "DAT"), Step("жинал", V)),
    _t("Protest", Step("алаң", N, "DAT"), Step("шық", V)),
    _t("Protest", Step("көше", N, "DAT"), Step("шық", V)),
    _t("Protest", Step("наразылық", N), Step("білдір", V), gap=2),
    _t("Protest", Step("наразылық", N), Step("таныт", V), gap=2),
    _t("Protest", Step("наразылық", N), Step("акция", N)),
    _t("Protest", Step("митинг", N)),
    _t("Protest", Step("шеру", N)),
    _t("Protest", Step("пикет", N)),
    _t("Protest", Step("аштық", N), Step("жарияла", V)),
    _t("Protest", Step("бойкот", N)),
    _t("Protest", Step("пикетке", N)),
    _t("Protest", Step("демонстрация", N)),
    # detention
    _t("Detention", Step("қамау", N, "DAT"), Step("ал", V)),
    _t("Detention", Step("қамау", N, "DAT"), Step("алын", V)),
    _t("Detention", Step("ұста", V)),
    _t("Detention", Step("әкет", V)),
    _t("Detention", Step("тұтқында", V)),
    _t("Detention", Step("қама", V)),
    _t("Detention", Step("тұтқындау", N)),
    _t("Detention", Step("қамауға", N)),
    # sentencing
    _t("Sentencing", Step("бас", N), Step("бостандық", N, "ABL"), Step("айыр", V)),
    _t("Sentencing", Step("жаза", N), Step("кес", V), gap=2),
    _t("Sentencing", Step("жаза", N), Step("тағайында", V), gap=2),
    _t("Sentencing", Step("сотта", V)),
    _t("Sentencing", Step("айыппұл", N), Step("сал", V), gap=1),
    _t("Sentencing", Step("үкім", N), Step("шығар", V), gap=2),
    # release
    _t("Release", Step("бостандық", N, "DAT"), Step("шық", V)),
    _t("Release", Step("боса", V), Step("шық", V)),
    _t("Release", Step("босат", V)),
    _t("Release", Step("бос", N), Step("шық", V)),
    _t("Release", Step("түрме", N, "ABL"), Step("шық", V)),
    _t("Release", Step("колония", N, "ABL"), Step("шық", V)),
    # complaint and petition
    _t("Complaint", Step("арыз", N), Step("жаз", V), gap=2),
    _t("Complaint", Step("арыз", N), Step("бер", V), gap=2),
    _t("Complaint", Step("арыз", N), Step("түсір", V), gap=2),
    _t("Complaint", Step("шағым", N), Step("түсір", V), gap=2),
    _t("Complaint", Step("шағым", N), Step("жаз", V), gap=2),
    _t("Complaint", Step("шағым", N), Step("бер", V), gap=2),
    _t("Complaint", Step("шағымдан", V)),
    _t("Complaint", Step("жүгін", V)),
    _t("Petition", Step("өтініш", N), Step("тапсыр", V), gap=2),
    _t("Petition", Step("өтініш", N), Step("жаз", V), gap=2),
    _t("Petition", Step("өтініш", N), Step("бер", V), gap=2),
    _t("Petition", Step("петиция", N)),
    # speech acts
    _t("Denial", Step("жоқ", N, "DAT"), Step("шығар", V)),
    _t("Denial", Step("теріс", N, "DAT"), Step("шығар", V)),
    _t("Denial", Step("жоққа", N), Step("шығар", V)),
    _t("Denial", Step("мойында", V)),  # only when negated: see events
    _t("Condemnation", Step("сын", N, "DAT"), Step("ал", V)),
    _t("Condemnation", Step("айыпта", V)),
    _t("Condemnation", Step("сына", V)),
    _t("Statement", Step("мәлімде", V)),
    _t("Statement", Step("мәлімдеме", N)),
    _t("Statement", Step("айт", V)),
    _t("Statement", Step("хабарла", V)),
    _t("Appeal", Step("талап", N), Step("ет", V)),
    _t("Appeal", Step("шақыр", V)),
    _t("Appeal", Step("үнде", V)),
    _t("Appeal", Step("үндеу", N)),
    _t("Concession", Step("талап", N, "ACC"), Step("орында", V)),
    _t("Concession", Step("келіс", V)),
    # violence, health, housing
    _t("Assault", Step("соққы", N)),
    _t("Assault", Step("қол", N), Step("жұмса", V)),
    _t("Assault", Step("ұрып-соқ", V)),
    _t("Assault", Step("ұр", V)),
    _t("Hospitalization", Step("жатқыз", V)),
    _t("Eviction", Step("үй", N, "ABL"), Step("айрыл", V)),
    _t("Eviction", Step("үй", N, "ABL"), Step("айырыл", V)),
    _t("Eviction", Step("үй", N, "ABL"), Step("шығар", V)),
    _t("Eviction", Step("көшір", V)),
    _t("Eviction", Step("үй", N, "ABL"), Step("қуыл", V)),
    _t("Eviction", Step("үй", N), Step("сүр", V), gap=2),
    _t("Eviction", Step("қайтар", V), Step("ал", V)),
    # elections
    _t("ElectionResult", Step("орын", N, "ACC"), Step("ал", V)),
    _t("ElectionResult", Step("орын", N), Step("ал", V)),
    _t("ElectionResult", Step("орын", N), Step("бұйыр", V)),
    _t("ElectionResult", Step("пайыз", N), Step("ал", V)),
    _t("ElectionResult", Step("мандат", N), Step("ал", V), gap=1),
    _t("ElectionResult", Step("дауыс", N), Step("жина", V), gap=2),
    _t("ElectionViolation", Step("бюллетень", N), Step("таста", V), gap=3),
    _t("ElectionViolation", Step("бюллетень", N), Step("сал", V), gap=3),
    _t("ElectionViolation", Step("дауыс", N), Step("ұрла", V)),
    _t("ElectionViolation", Step("заң", N), Step("бұз", V)),
    _t("ElectionViolation", Step("карусель", N)),
    _t("Election", Step("сайлау", N), Step("өт", V)),
    _t("Election", Step("сайлау", N), Step("бол", V)),
    # health and online talk
    _t("PublicHealthMeasure", Step("карантин", N)),
    _t("PublicHealthMeasure", Step("локдаун", N)),
    _t("PublicHealthMeasure", Step("шектеу", N), Step("шара", N)),
    _t("Infection", Step("коронавирус", N), Step("анықтал", V), gap=1),
    _t("Infection", Step("вирус", N), Step("анықтал", V), gap=1),
    _t("Infection", Step("жұқтыр", V)),
    _t("Discussion", Step("талқыла", V)),
)

EVENT_CLASSES: tuple[str, ...] = tuple(sorted({t.cls for t in TRIGGERS}))

# Stems of nouns for unnamed collectives and role holders, with the class they
# get when they fill a role. Multi-word entries are matched as phrases.
AGENT_NOUNS: dict[str, str] = {
    "жұмысшы": "Group",
    "мұнайшы": "Group",
    "кенші": "Group",
    "жүргізуші": "Group",
    "кондуктор": "Group",
    "белсенді": "Group",
    "адам": "Group",
    "наразы": "Group",
    "демонстрант": "Group",
    "бақылаушы": "Group",
    "тілші": "Group",
    "журналист": "Group",
    "құқық қорғаушы": "Group",
    "әріптес": "Group",
    "мұғалім": "Group",
    "ұстаз": "Group",
    "директор": "Group",
    "дауыс беруші": "Group",
    "студент": "Group",
    "зейнеткер": "Group",
    "тұрғын": "Group",
    "актер": "Group",
    "өнерпаз": "Group",
    "дәрігер": "Group",
    "спортшы": "Group",
    "оппозиция": "Group",
    "депутат": "Group",
    "азамат": "Group",
    "қызметкер": "Group",
    "отбасы": "Group",
    "шахтер": "Group",
    "кәсіпкер": "Group",
    "фермер": "Group",
    "шаруа": "Group",
    "мигрант": "Group",
    "оқушы": "Group",
    "ата-ана": "Group",
    "тұтқын": "Group",
    "саяси тұтқын": "Group",
    "мүше": "Group",
    "жұмыссыз": "Group",
    "ерікті": "Group",
    "ереуілші": "Group",
    "блогер": "Group",
    "ақын": "Group",
    "комиссия мүшесі": "Group",
    "төрайым": "Group",
    "төраға": "Group",
    "ана": "Group",
    "билік": "GovernmentBody",
    "атқарушы билік": "GovernmentBody",
    "үкімет": "GovernmentBody",
    "әкімдік": "GovernmentBody",
    "әкімшілік": "GovernmentBody",
    "прокуратура": "GovernmentBody",
    "әкім": "Group",
    "полиция": "LawEnforcement",
    "полицей": "LawEnforcement",
    "арнайы жасақ": "LawEnforcement",
    "учаскелік инспектор": "LawEnforcement",
    "инспектор": "LawEnforcement",
    "жедел жәрдем бригадасы": "Organization",
    "сот": "Court",
    "компания": "Company",
    "кәсіпорын": "Company",
    "басшылық": "Group",
    "жұмыс беруші": "Group",
    "сайлау комиссиясы": "GovernmentBody",
    "денсаулық сақтау": "GovernmentBody",
}

# Role nouns that mark workers: their employer is the target of a strike.
WORKER_NOUNS = frozenset({"жұмысшы", "мұнайшы", "кенші", "жүргізуші", "кондуктор", "қызметкер"})

# Facilities named by a common noun; they are places, never named entities.
FACILITY_NOUNS: frozenset[str] = frozenset(
    {
        "тұрғын үй",
        "түрме",
        "колония",
        "алаң",
        "диспансер",
        "аурухана",
        "үй",
        "кеніш",
        "учаске",
        "сайлау учаскесі",
        "мектеп",
        "сот ғимараты",
        "изолятор",
        "бөлімше",
        "кен орны",
    }
)

# Head nouns that make a preceding name an organisation of a class.
ORG_HEADS: dict[str, str] = {
    "компания": "Company",
    "зауыт": "Company",
    "фабрика": "Company",
    "кәсіпорын": "Company",
    "серіктестік": "Company",
    "корпорация": "Company",
    "банк": "Company",
    "ЖШС": "Company",
    "партия": "PoliticalParty",
    "қозғалыс": "NGO",
    "қор": "NGO",
    "ұйым": "NGO",
    "комитет": "NGO",
    "бюро": "NGO",
    "қоғам": "NGO",
    "одақ": "NGO",
    "министрлік": "GovernmentBody",
    "әкімдік": "GovernmentBody",
    "комиссия": "GovernmentBody",
    "басқарма": "GovernmentBody",
    "департамент": "GovernmentBody",
    "агенттік": "GovernmentBody",
    "прокуратура": "GovernmentBody",
    "палата": "GovernmentBody",
    "кеңес": "GovernmentBody",
    "сот": "Court",
    "полиция": "LawEnforcement",
    "театр": "CulturalInstitution",
    "мұражай": "CulturalInstitution",
    "кітапхана": "CulturalInstitution",
    "филармония": "CulturalInstitution",
    "газет": "MediaOutlet",
    "телеарна": "MediaOutlet",
    "радио": "MediaOutlet",
    "агенттігі": "MediaOutlet",
    "басылым": "MediaOutlet",
    "сайт": "MediaOutlet",
}

# Head nouns that make a preceding name a place of a class.
PLACE_HEADS: dict[str, str] = {
    "облыс": "Region",
    "аудан": "District",
    "қала": "City",
    "ауыл": "Village",
    "кент": "Village",
    "елді мекен": "Village",
    "шағынаудан": "Facility",
    "көше": "Facility",
    "алаң": "Facility",
    "даңғыл": "Facility",
}

# Auxiliary verbs after a converb: the pair is one verb in the form of the auxiliary.
AUXILIARIES = ("жатыр", "жат", "отыр", "тұр", "жүр", "қал", "кет", "таста", "жібер")

# Pronouns, which can open a sentence with a capital and are never names.
PRONOUNS = frozenset(
    {
        "мұны",
        "оны",
        "бұны",
        "мұның",
        "оның",
        "бұл",
        "ол",
        "осы",
        "сол",
        "олар",
        "оларды",
        "олардың",
        "оларға",
        "мұнда",
        "онда",
        "мен",
        "сен",
        "біз",
        "сіз",
        "өздері",
        "кейін",
        "бұған",
        "оған",
        "мұндай",
        "ондай",
    }
)

# Words after a noun that are not possessed nouns, though they end like one.
DETERMINERS = frozenset(
    {
        "келесі",
        "әрбір",
        "кейбірі",
        "бәрі",
        "барлығы",
        "көбі",
        "біреуі",
        "бірі",
        "өзі",
        "бұрынғы",
    }
)

# "X атындағы театр": the theatre named after X; "X жөніндегі бюро": the bureau for X.
NAMING_WORDS = frozenset({"атындағы", "жөніндегі", "бойынша"})

NUMBER_WORDS = frozenset(
    {
        "бір",
        "екі",
        "үш",
        "төрт",
        "бес",
        "алты",
        "жеті",
        "сегіз",
        "тоғыз",
        "он",
        "жиырма",
        "отыз",
        "қырық",
        "елу",
        "алпыс",
        "жетпіс",
        "сексен",
        "тоқсан",
        "жүз",
        "мың",
        "бірнеше",
    }
)

# Verbs with everyday senses besides the event (ұстау: hold, таратты: handed out,
# көшірілді: moved, ұрлау: steal): the event needs a person or group undergoing it.
NEEDS_HUMAN_PATIENT = frozenset(
    {
        ("Detention", "ұста"),
        ("Detention", "әкет"),
        ("Detention", "қама"),
        ("Assault", "ұрып-соқ"),
        ("Dispersal", "тарат"),
        ("Assault", "ұр"),
        ("Eviction", "көшір"),
        ("Release", "босат"),
        ("Release", "боса"),
        ("Release", "бос"),
    }
)

# Where a release comes from: custody, not a duty (тестілеуден босатылды: exempted).
CUSTODY = frozenset(
    {
        "түрме",
        "колония",
        "қамау",
        "изолятор",
        "тергеу",
        "абақты",
        "тұтқын",
        "бостандық",
    }
)

# A hospitalisation is an event of this kind only when it is forced or psychiatric.
FORCED_CARE = ("психиатр", "жүйке", "диспансер", "күштеп", "еріксіз", "мәжбүрлі", "зорлап")

# Homes that can be taken back (үйлерді қайтарып алмақ).
HOMES = frozenset({"үй", "баспана", "пәтер", "жатақхана"})

CONJUNCTIONS = frozenset({"мен", "пен", "бен", "және", "әрі", ","})

# "X-тің дерегінше / айтуынша / хабарлауынша": according to X (a source).
ATTRIBUTION = frozenset({"дерегінше", "айтуынша", "хабарлауынша", "мәліметінше", "дерегі"})

# Verbs whose subject saw an event happen.
WITNESS_VERBS = frozenset({"куә", "байқа", "көр", "тіркеді"})

# Words saying that the surrounding claim is false.
FALSITY = ("шындыққа жанаспайды", "шындыққа сай емес", "жалған", "өтірік")

# Words that make an event only possible, planned or feared.
HEDGE_MODALITY: dict[str, str] = {
    "мүмкін": "possible",
    "уәде": "planned",
    "ықтимал": "possible",
    "ниет": "planned",
    "жоспар": "planned",
    "қаупі": "feared",
    "қауіп": "feared",
    "тиіс": "planned",
    "керек": "planned",
}
