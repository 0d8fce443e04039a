"""Nouns that name people, groups of people and institutions in Kazakh news.

Lemmas (nominative singular, lower case); multi-word entries are matched as
phrases with their last word in any form (тәртіп сақшылары -> тәртіп сақшысы).
Every entry here was checked against the analyser's reading of its plural and
case forms (tests/test_mentions.py). The extractors turn them into mentions of
the class they are listed under.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVE_HOMONYMS",
    "AGENTIVE_ENDINGS",
    "ALSO_GIVEN_NAMES",
    "CAPITAL_WORDS",
    "HUMAN_NOUNS",
    "INSTITUTION_NOUNS",
    "KIND_ADJECTIVES",
    "LIGHT_VERB_NOUNS",
    "OFFICE_HEADS",
    "PARTICIPLE_THINGS",
    "PEOPLE_STEMS",
    "PERSON_NOUNS",
    "PLACE_DEMONYMS",
    "PLURAL_PEOPLE_ADJECTIVES",
    "STANDALONE_HEADS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


# Single-word nouns for people, by the field of life they come from.
_OCCUPATIONS = _words(
    """
    жұмысшы мұнайшы кенші шахтер металлург энергетик теміржолшы құрылысшы
    жүргізуші кондуктор ұшқыш теңізші механик инженер техник электрик слесарь
    мұғалім ұстаз тәрбиеші оқытушы ректор профессор ғалым зерттеуші
    дәрігер медик хирург фельдшер медбике мейірбике санитар
    фермер шаруа малшы шопан бақташы егінші
    кәсіпкер бизнесмен банкир сатушы кассир бухгалтер экономист аудармашы
    аспаз даяшы күзетші тазалаушы
    тілші журналист блогер редактор фотограф оператор
    ақын өнерпаз жазушы суретші әнші биші музыкант актер актриса артист әртіс режиссер
    спортшы жаттықтырушы балуан боксшы футболшы
    маман сарапшы кеңесші көмекші қызметкер қызметші
    """
)
_KIN_AND_AGE = _words(
    """
    адам кісі азамат азаматша тұрғын еркек әйел жігіт қыз келіншек бойжеткен
    бала жасөспірім нәресте сәби оқушы студент түлек курсант магистрант
    қарт қария кейуана ақсақал зейнеткер ардагер жауынгер жесір жетім
    тәрбиеленуші емделуші
    ана әке шеше әже ата-ана ұл күйеу зайып жұбай іні әпке сіңлі
    қарындас бауыр немере жиен келін туыс туысқан ағайын отбасы
    көрші дос жолдас таныс әріптес қонақ
    """
)
_LEGAL = _words(
    """
    күдікті сезікті айыпталушы сотталушы ұсталушы жәбірленуші куәгер тұтқын
    қылмыскер қаскөй ұры алаяқ парақор жемқор бұзақы лаңкес террорист
    экстремист қашқын
    прокурор тергеуші судья адвокат заңгер айыптаушы
    сақшы ізкесер инспектор учаскелік уәкіл криминалист
    сарбаз солдат офицер әскери шекарашы құтқарушы өртсөндіруші
    генерал полковник подполковник майор капитан лейтенант сержант прапорщик
    """
)
_PUBLIC_LIFE = _words(
    """
    әкім депутат сенатор министр вице-министр премьер-министр президент
    басшы бастық төраға төрайым орынбасар хатшы өкіл директор меңгеруші
    жетекші басқарушы спикер шенеунік дипломат елші консул
    мүше кандидат үміткер сайлаушы бақылаушы
    белсенді оппозиционер наразы демонстрант ереуілші ерікті волонтер
    мигрант босқын оралман қандас жұмыссыз мүгедек науқас пациент
    жолаушы жүргінші тұтынушы абонент қолданушы пайдаланушы турист демалушы шетелдік
    марқұм біреу тұлға
    """
)

# Multi-word names of people and groups, and groups named by one word.
_GROUPS = _phrases(
    """
    жұрт
    ерлер
    жұртшылық
    көпшілік
    халық
    жастар
    топ
    ұйымдасқан топ
    ұжым
    жасақ
    арнайы жасақ
    экипаж
    бригада
    басшылық
    оппозиция
    құқық қорғаушы
    дауыс беруші
    жұмыс беруші
    салық төлеуші
    ер адам
    қыз бала
    ұл бала
    көп балалы ана
    саяси тұтқын
    комиссия мүшесі
    тәртіп сақшысы
    құқық қорғау органдары
    полиция қызметкері
    мемлекет басшысы
    үкімет басшысы
    баспасөз хатшысы
    ресми өкіл
    лауазымды тұлға
    мемлекеттік қызметші
    жедел уәкіл
    өрт сөндіруші
    """
)

# Head nouns of organisation names (kg.lang.data_heads) that also name a body on
# their own (the police, the court, the ministry); their class is the head table's.
STANDALONE_HEADS = _words(
    """
    үкімет әкімдік әкімшілік прокуратура министрлік департамент инспекция мәслихат
    полиция сот компания кәсіпорын холдинг қауымдастық кәсіподақ мекеме
    """
)

# Other nouns and phrases that name institutions, with the class their mention gets.
INSTITUTION_NOUNS: dict[str, str] = {
    "билік": "GovernmentBody",
    "атқарушы билік": "GovernmentBody",
    "жергілікті билік": "GovernmentBody",
    "бас прокуратура": "LawEnforcement",
    "тұрғын үй инспекциясы": "GovernmentBody",
    "сайлау комиссиясы": "GovernmentBody",
    "денсаулық сақтау": "GovernmentBody",
    "полицей": "LawEnforcement",
    "учаскелік инспектор": "LawEnforcement",
    "полиция бөлімі": "LawEnforcement",
    "полиция департаменті": "LawEnforcement",
    "полиция басқармасы": "LawEnforcement",
    "мердігер": "Company",
    "кооператив": "Organization",
    "бірлестік": "NGO",
    "ассоциация": "NGO",
    "платформа": "Organization",
    "баспасөз қызметі": "Organization",
    "коммуникациялар қызметі": "Organization",
    "жедел жәрдем бригадасы": "Organization",
}

PERSON_NOUNS: frozenset[str] = _OCCUPATIONS | _KIN_AND_AGE | _LEGAL | _PUBLIC_LIFE

# Words of an organisation's legal kind between its quoted name and its head
# noun, besides -лық/-лік adjectives: «X» жауапкершілігі шектеулі серіктестігі.
KIND_ADJECTIVES = _words("жауапкершілігі шектеулі акционерлік ашық жабық")

# Nouns of bodies and people that are adjectives in their bare form before a
# noun: әкімшілік қамау (administrative arrest), әскери қызмет, наразы тұрғындар,
# ұлы ақын (a great poet, not a son).
ADJECTIVE_HOMONYMS = _words("әкімшілік әскери ерікті наразы ұлы")

# Adjectives whose plural names people: жауаптылар (those responsible), кінәлілер.
PLURAL_PEOPLE_ADJECTIVES = _words("жауапты кінәлі")

HUMAN_NOUNS: frozenset[str] = PERSON_NOUNS | _GROUPS

# Person nouns that are also given names (Азамат Ахметов): capitalised, a name.
ALSO_GIVEN_NAMES = _words("азамат дос батыр")

# Heads that name an office or a tie to a body: "X өкілі", "X әкімінің орынбасары".
# The mention spans the whole phrase and is labelled with it.
OFFICE_HEADS = _words(
    """
    өкіл басшы бастық төраға төрайым орынбасар хатшы директор меңгеруші
    жетекші басқарушы спикер кеңесші көмекші
    """
)

# Endings of derived nouns of agents: қылмыскер, заңгер, жемқор, әуесқой. -шы/-ші
# is handled apart (ordinals end in it too); -паз makes adjectives as often
# (ізденімпаз), so its nouns are listed (өнерпаз).
AGENTIVE_ENDINGS = ("кер", "гер", "қор", "қой", "гөй")

# Verbs whose past participle used as a noun names things, not people:
# айтқандар (what was said), жасалғандар (what was done). Most others name
# people: шыққандар, жарақат алғандар, зардап шеккендер, көргендер.
PARTICIPLE_THINGS = _words("айт айтыл жаз жазыл жаса жасал істе істел де деп біт")

# Nouns that make one verb with the participle after them, so the participle
# used as a noun keeps them: зардап шеккендер (victims), жарақат алғандар,
# қаза тапқандар, дауыс бергендер.
LIGHT_VERB_NOUNS = _words("зардап жарақат қаза дауыс наразылық шағым арыз талап кепіл")

# Words for the capital: "елордада" (in the capital) is Astana.
CAPITAL_WORDS: dict[str, str] = {"елорда": "Астана"}

# Place names whose -лық/-лік adjective is not built on the name as written.
PLACE_DEMONYMS: dict[str, str] = {
    "елордалық": "Астана",
    "нұрсұлтандық": "Астана",
    "американдық": "АҚШ",
    "шығысқазақстандық": "Шығыс Қазақстан облысы",
    "батысқазақстандық": "Батыс Қазақстан облысы",
    "солтүстікқазақстандық": "Солтүстік Қазақстан облысы",
}

# Stems the analyser must not cut further: күдікті is not күдік + ACC.
PEOPLE_STEMS: frozenset[str] = frozenset(
    w
    for w in HUMAN_NOUNS | frozenset(INSTITUTION_NOUNS) | STANDALONE_HEADS
    if " " not in w and len(w) >= 4
)
