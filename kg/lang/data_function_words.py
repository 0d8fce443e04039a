"""Function words the mention finder must not take for parts of names or noun
phrases. All lower case."""

from __future__ import annotations

__all__ = ["COUNT_HEDGES", "LEVEL_ADJECTIVES", "POSTPOSITIONS", "SENTENCE_ADVERBS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that open a sentence with a capital letter but never begin a name: time
# adverbs, connectives and sentence adverbs ("Кеше Алматы аудандық соты...",
# "Сондай-ақ Ақтөбе облысында..."), and the adjectives of administrative level,
# which open a common noun phrase, not a name ("Облыстық полиция департаменті...").
SENTENCE_ADVERBS = _words(
    """
    кеше бүгін ертең биыл былтыр жақында таяуда қазір қазіргі әзірге бұрын кейін
    сосын содан сонда енді әлі кешегі бүгінгі биылғы былтырғы ертеңгі өткен осы сол
    ал бірақ алайда дегенмен сондай-ақ сонымен сондықтан себебі өйткені әсіресе
    мәселен мысалы айтпақшы және немесе яғни тіпті әрине негізінен жалпы
    нәтижесінде ақыры ендігі бұдан бүгінде
    іс соңғы алдағы келесі ресми барлық бүкіл көптеген бірнеше
    облыстық қалалық аудандық ауылдық өңірлік аймақтық жергілікті жекеменшік
    """
)

# Adjectives of administrative level, which stand between a place name and the
# body it names: "Бостандық аудандық полиция басқармасы", "Алматы қалалық соты".
LEVEL_ADJECTIVES = _words("облыстық қалалық аудандық ауылдық өңірлік аймақтық")

# Postpositions that follow a bare noun and end a noun phrase before them.
POSTPOSITIONS = _words(
    """
    туралы жайлы жөнінде бойынша арқылы үшін қарсы кейін дейін бері сияқты секілді
    сайын бірге қатар бастап тарапынан
    """
)

# Hedges between a number and the noun it counts: 200-ге жуық, жүзден астам.
COUNT_HEDGES = _words("жуық астам аса артық шамасында шақты қаралы дейін")
