"""Head nouns that make the name before them a place or an organisation of a class.

This is the one copy of these facts. Lemmas are lower case, as the analyser gives
them; two-word heads are matched as a word and the lemma of the next one. The
extractors (kg.extract.lexicon) read the tables as they are; the NER features
(kg.ner.lexicon) read them in the 3rd person possessive that follows a name
(Темір ауданы, «Нұр Отан» партиясы, Абай театры).
"""

from __future__ import annotations

__all__ = ["COMPANY_MARKS", "FACILITY_HEADS", "ORG_HEADS", "PLACE_HEADS"]

# Administrative units and streets.
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

# Buildings and sites named after a name (Атырау түрмесі, Жомарт кеніші).
FACILITY_HEADS: dict[str, str] = {
    "колония": "Facility",
    "түрме": "Facility",
    "аурухана": "Facility",
    "учаске": "Facility",
    "әуежай": "Facility",
    "стадион": "Facility",
    "кен орын": "Facility",
    "кеніш": "Facility",
    "мектеп": "Facility",
}

ORG_HEADS: dict[str, str] = {
    "компания": "Company",
    "зауыт": "Company",
    "фабрика": "Company",
    "комбинат": "Company",
    "кәсіпорын": "Company",
    "серіктестік": "Company",
    "корпорация": "Company",
    "холдинг": "Company",
    "концерн": "Company",
    "банк": "Company",
    "биржа": "Company",
    "партия": "PoliticalParty",
    "қозғалыс": "NGO",
    "қор": "NGO",
    "ұйым": "NGO",
    "бюро": "NGO",
    "қоғам": "NGO",
    "одақ": "NGO",
    "кәсіподақ": "NGO",
    "қауымдастық": "NGO",
    "орталық": "NGO",
    "клуб": "NGO",
    "федерация": "NGO",
    "хельсинкі комитет": "NGO",
    "достастық": "Organization",
    # state bodies
    "министрлік": "GovernmentBody",
    "әкімдік": "GovernmentBody",
    "әкімшілік": "GovernmentBody",
    "комиссия": "GovernmentBody",
    "комитет": "GovernmentBody",
    "басқарма": "GovernmentBody",
    "департамент": "GovernmentBody",
    "агенттік": "GovernmentBody",
    "палата": "GovernmentBody",
    "кеңес": "GovernmentBody",
    "мәслихат": "GovernmentBody",
    "мәжіліс": "GovernmentBody",
    "сенат": "GovernmentBody",
    "парламент": "GovernmentBody",
    "үкімет": "GovernmentBody",
    "кабинет": "GovernmentBody",
    "ассамблея": "GovernmentBody",
    "инспекция": "GovernmentBody",
    "мекеме": "GovernmentBody",
    "штаб": "GovernmentBody",
    # law enforcement, a kind of state body: the prosecutor's office is one by
    # Kazakh law, as the gazetteer has it (Бас прокуратура)
    "полиция": "LawEnforcement",
    "прокуратура": "LawEnforcement",
    "ұлан": "LawEnforcement",
    "сот": "Court",
    "театр": "CulturalInstitution",
    "мұражай": "CulturalInstitution",
    "музей": "CulturalInstitution",
    "кітапхана": "CulturalInstitution",
    "филармония": "CulturalInstitution",
    "университет": "CulturalInstitution",
    "институт": "CulturalInstitution",
    "академия": "CulturalInstitution",
    "колледж": "CulturalInstitution",
    "ансамбль": "CulturalInstitution",
    "газет": "MediaOutlet",
    "журнал": "MediaOutlet",
    "телеарна": "MediaOutlet",
    "арна": "MediaOutlet",
    "радио": "MediaOutlet",
    "телерадиокешен": "MediaOutlet",
    "портал": "MediaOutlet",
    "сайт": "MediaOutlet",
    "басылым": "MediaOutlet",
    "ақпарат агенттік": "MediaOutlet",
}

# Legal forms of companies, written after the name: «X» ЖШС, «Y» АҚ.
COMPANY_MARKS = frozenset({"жшс", "ақ", "аақ", "тоо", "ао", "ltd", "llp", "jsc"})
