"""Language data for the extractors: role nouns, head nouns and cue words.

The triggers of events live with their frames in kg.extract.frames.
"""

from __future__ import annotations

from kg.lang.data_heads import COMPANY_MARKS, PLACE_HEADS
from kg.lang.data_heads import ORG_HEADS as _ORG_HEADS
from kg.lang.data_people import HUMAN_NOUNS, INSTITUTION_NOUNS, STANDALONE_HEADS
from kg.lang.data_suffixes import COMITATIVE

__all__ = [
    "ABLATIVE_POSTPOSITIONS",
    "ADVERBS",
    "AFTER_POSTPOSITIONS",
    "AGENT_NOUNS",
    "ANAPHORIC_CONTENT",
    "ATTRIBUTION",
    "AUXILIARIES",
    "CLAUSE_END",
    "CONJUNCTIONS",
    "CONTENT_MARKERS",
    "CUSTODY",
    "DECISIONS",
    "DETERMINERS",
    "ELECTION_CUES",
    "FACILITY_NOUNS",
    "FALSITY",
    "FORCED_CARE",
    "HAPPEN_VERBS",
    "HEALTH_CUES",
    "HEDGE_MODALITY",
    "HOLDING_VERBS",
    "HOMES",
    "NAMING_WORDS",
    "NUMBER_WORDS",
    "OBJECT_PRONOUNS",
    "ORG_HEADS",
    "PARTICLES",
    "PARTITIVES",
    "PLACE_HEADS",
    "PRONOUNS",
    "SAY_FORMS",
    "TIME_OF_EVENT",
    "WITNESS_VERBS",
    "WORKER_NOUNS",
]


# Stems of nouns for unnamed collectives and role holders, with the class they
# get when they fill a role (kg/lang/data_people.py). Multi-word entries are
# matched as phrases. An institution named by a head noun alone (the police, the
# court) takes the head's class (kg.lang.data_heads).
AGENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(sorted(HUMAN_NOUNS), "Group"),
    **INSTITUTION_NOUNS,
    **{noun: _ORG_HEADS[noun] for noun in STANDALONE_HEADS},
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
        "емхана",
        "абақты",
        "шахта",
        "жатақхана",
        "тұрғын үй кешені",
        "сауда орталығы",
        "әуежай",
        "вокзал",
        "базар",
        "саябақ",
        "стадион",
        "тосқауыл бекеті",
        "бекет",
        "қонақ үй",
        "концерт залы",
        "сарай",
        "түзеу мекемесі",
    }
)

# Head nouns that make a preceding name an organisation or a place of a class
# (kg.lang.data_heads); a legal form after a name makes it a company.
ORG_HEADS: dict[str, str] = {**_ORG_HEADS, **dict.fromkeys(COMPANY_MARKS, "Company")}


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

CONJUNCTIONS = frozenset({*COMITATIVE, "және", "әрі", ","})

# "X-тің дерегінше / айтуынша / хабарлауынша": according to X (a source).
ATTRIBUTION = frozenset(
    {
        "дерегінше",
        "айтуынша",
        "хабарлауынша",
        "мәліметінше",
        "дерегі",
        "сөзінше",
        "пікірінше",
        "мәлімдеуінше",
        "хабарлағандай",
        "айтқандай",
    }
)

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
    # the law provides for it (бас бостандығынан айыру көзделген): a norm, not an event
    "көзделген": "possible",
    "көзделеді": "possible",
    "қарастырылған": "possible",
    "қарастырылады": "possible",
}

# Stems that put a brief in an epidemic: closures and bans there are health measures.
HEALTH_CUES = frozenset(
    {
        "коронавирус",
        "вирус",
        "карантин",
        "індет",
        "эпидемия",
        "пандемия",
        "инфекция",
        "covid",
        "ковид",
        "санитарлық",
        "эпидемиолог",
    }
)

# Stems that put a win in an election, not in a match.
ELECTION_CUES = frozenset({"сайлау", "дауыс", "кандидат", "бюллетень", "мандат", "референдум"})

# "X-тің шешімімен / үкімімен / санкциясымен": done by X's decision, so X acts.
DECISIONS = frozenset({"шешім", "үкім", "бұйрық", "санкция", "қаулы", "нұсқау"})

# Adverbs that end like a possessed noun (ақыр-ы): a name before them is not their owner.
ADVERBS = frozenset({"ақыры", "түбі", "әрине", "сірә", "шынында", "негізі", "бірден", "әлі"})

# "Бұл туралы / Осы жөнінде / Мұны X хабарлады": the sentence names the source of what
# came before it.
ANAPHORIC_CONTENT: tuple[tuple[str, ...], ...] = (
    ("бұл", "туралы"),
    ("бұл", "жөнінде"),
    ("бұл", "жайлы"),
    ("осы", "туралы"),
    ("осы", "жөнінде"),
    ("мұны",),
    ("бұны",),
)

# Finite forms of де (say) that report speech; деп and деген introduce content.
SAY_FORMS = frozenset({"деді", "дейді", "депті", "деседі", "дейдi", "дедi", "деді-ау"})

# Postpositions that take the ablative: Қытайдан тыс, жылдан кейін, 1 ақпаннан бастап.
ABLATIVE_POSTPOSITIONS = frozenset(
    {"тыс", "басқа", "бері", "бастап", "кейін", "соң", "гөрі", "бұрын", "өзге", "тартып"}
)

# Verbs whose object is an event that their subject holds: акцияны өткізді, ереуілді
# жалғастырды, шеруді ұйымдастырды, аштық жариялады.
HOLDING_VERBS = ("өткіз", "жалғастыр", "ұйымдастыр", "баста", "жарияла", "жаса", "тоқтат")

# "X-тің бірнешеуі / бірі / көбі": some of X, who stand for X in a role.
PARTITIVES = frozenset(
    {
        "бірнеше",
        "бірнешеу",
        "бір",
        "бірі",
        "екеу",
        "үшеу",
        "төртеу",
        "бесеу",
        "көбі",
        "көп",
        "кейбірі",
        "біразы",
        "жартысы",
    }
)

# Object pronouns that refer back to the last person spoken of (оны ұстады).
OBJECT_PRONOUNS = frozenset({"оны", "оларды"})

# An event noun happens (акция өтті), begins, or is found (жұқтырғандар анықталды).
HAPPEN_VERBS = ("өт", "бол", "баста", "анықтал", "тіркел", "табыл")

# Nouns and postpositions of time after an event: ұстау кезінде, шыққаннан кейін.
TIME_OF_EVENT = frozenset({"кез", "кезең", "сәт", "барыс", "соң", "кейін", "уақыт"})

# Particles that may close a sentence after its subject (... балалары да).
PARTICLES = frozenset({"да", "де", "та", "те", "ғой", "еді"})

# "X-тен соң / кейін": after X.
AFTER_POSTPOSITIONS = frozenset({"соң", "кейін"})

# Words that close a clause that is the content of speech (... туралы, ... деген).
CONTENT_MARKERS = frozenset({"туралы", "жайлы", "жөнінде", "деген"})

# Words after a participle that make it end its clause as a finite past (әкеткен жоқ).
CLAUSE_END = frozenset({"жоқ", "емес", "еді", "және", "екен"})
