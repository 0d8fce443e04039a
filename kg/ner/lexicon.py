"""Kazakh head nouns and cue words for the NER features and the class mapping (data only)."""

from __future__ import annotations

__all__ = ["CUES", "HEADS", "QUOTES_CLOSE", "QUOTES_OPEN"]

# Stem (lower case, case endings removed) of a head noun -> our class.
HEADS: dict[str, str] = {
    # places
    "облысы": "Region",
    "облыс": "Region",
    "ауданы": "District",
    "аудан": "District",
    "қаласы": "City",
    "қала": "City",
    "ауылы": "Village",
    "ауыл": "Village",
    "кенті": "Village",
    "елді": "Village",
    "шағынауданы": "Facility",
    "көшесі": "Facility",
    "даңғылы": "Facility",
    "алаңы": "Facility",
    "кен": "Facility",
    "орны": "Facility",
    "колониясы": "Facility",
    "түрмесі": "Facility",
    "ауруханасы": "Facility",
    "учаскесі": "Facility",
    "әуежайы": "Facility",
    "стадионы": "Facility",
    "зауыты": "Company",
    "комбинаты": "Company",
    "кеніші": "Company",
    "фабрикасы": "Company",
    # organisations
    "компаниясы": "Company",
    "компания": "Company",
    "корпорациясы": "Company",
    "холдингі": "Company",
    "концерні": "Company",
    "банкі": "Company",
    "банк": "Company",
    "жшс": "Company",
    "аақ": "Company",
    "ақ": "Company",
    "тоо": "Company",
    "ао": "Company",
    "партиясы": "PoliticalParty",
    "партия": "PoliticalParty",
    "министрлігі": "GovernmentBody",
    "министрлік": "GovernmentBody",
    "әкімдігі": "GovernmentBody",
    "әкімшілігі": "GovernmentBody",
    "комиссиясы": "GovernmentBody",
    "комиссия": "GovernmentBody",
    "басқармасы": "GovernmentBody",
    "агенттігі": "GovernmentBody",
    "мәслихаты": "GovernmentBody",
    "мәжіліс": "GovernmentBody",
    "мәжілісі": "GovernmentBody",
    "сенат": "GovernmentBody",
    "сенаты": "GovernmentBody",
    "парламент": "GovernmentBody",
    "парламенті": "GovernmentBody",
    "үкімет": "GovernmentBody",
    "үкіметі": "GovernmentBody",
    "кеңесі": "GovernmentBody",
    "департаменті": "GovernmentBody",
    "прокуратурасы": "LawEnforcement",
    "прокуратура": "LawEnforcement",
    "полициясы": "LawEnforcement",
    "полиция": "LawEnforcement",
    "ұланы": "LawEnforcement",
    "соты": "Court",
    "сот": "Court",
    "театры": "CulturalInstitution",
    "театр": "CulturalInstitution",
    "мұражайы": "CulturalInstitution",
    "музейі": "CulturalInstitution",
    "кітапханасы": "CulturalInstitution",
    "университеті": "CulturalInstitution",
    "институты": "CulturalInstitution",
    "академиясы": "CulturalInstitution",
    "колледжі": "CulturalInstitution",
    "мектебі": "CulturalInstitution",
    "филармониясы": "CulturalInstitution",
    "ансамблі": "CulturalInstitution",
    "ұйымы": "NGO",
    "қоры": "NGO",
    "қозғалысы": "NGO",
    "қауымдастығы": "NGO",
    "одағы": "NGO",
    "бюросы": "NGO",
    "орталығы": "NGO",
    "комитеті": "GovernmentBody",
    "газеті": "MediaOutlet",
    "газет": "MediaOutlet",
    "журналы": "MediaOutlet",
    "телеарнасы": "MediaOutlet",
    "арнасы": "MediaOutlet",
    "радиосы": "MediaOutlet",
    "телерадиокешені": "MediaOutlet",
    "порталы": "MediaOutlet",
    "сайты": "MediaOutlet",
}

QUOTES_OPEN = frozenset("«“„\"'")
QUOTES_CLOSE = frozenset("»”\"'")

# Words that mark numeric and time expressions (lower-case stems), by cue name.
_CUE_WORDS: tuple[tuple[str, str], ...] = (
    (
        "num",
        "бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс "
        "сексен тоқсан жүз мың миллион миллиард триллион жарты жарым нөл",
    ),
    (
        "ord",
        "бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы оныншы "
        "жиырмасыншы отызыншы жүзінші мыңыншы",
    ),
    (
        "month",
        "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан "
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    ),
    (
        "date",
        "жыл жылы жылғы ай айы апта күн күні тәулік ғасыр ғасырдың онжылдық кеше бүгін ертең "
        "биыл былтыр дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі",
    ),
    ("time", "сағат минут секунд түн таң кеш түс"),
    ("money", "теңге доллар рубль еуро юань сом фунт иен теңгеге теңгені долларды"),
    ("percent", "пайыз процент"),
    (
        "unit",
        "тонна килограмм грамм литр метр километр шақырым гектар шаршы текше баррель "
        "киловатт мегаватт градус центнер",
    ),
    ("count", "адам бас дана тұрғын"),
)
CUES: dict[str, str] = {w: cue for cue, words in _CUE_WORDS for w in words.split()}
