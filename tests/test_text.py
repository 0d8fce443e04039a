import re

import pytest

from kg.text import normalise, screen, sentences, tokens
from kg.text.latin import is_latin_kazakh

NORMALISE = [
    ("«Нұр Отан»", '"Нұр Отан"'),
    ("АМК–Мұнай", "АМК—Мұнай"),
    ("Aқтөбе", "Ақтөбе"),  # Latin A inside a Cyrillic word
    ("Human Rights Watch", "Human Rights Watch"),  # Latin as a whole stays
    ("жұмысшылaры", "жұмысшылары"),
    ("a\u00a0b", "a b"),
    ("<b>Ереуіл</b> басталды", "   Ереуіл     басталды"),
    ("Oрал", "Орал"),
    # Latin-script Kazakh (2021) becomes Cyrillic; foreign words stay as written
    ("Aqtöbe oblysynda jūmysşylar ereuılge şyqty", "Ақтөбе облысында жұмысшылар ереуілге шықты"),
    ('Qairat "Kompania" üiıne keldı, Şymkent', 'Қайрат "Компания" үйіне келді, Шымкент'),
    ("Human Rights Watch Almatyda mälımdedı", "Хуман Rights Watch Алматыда мәлімдеді"),
    ("İsa men Ibraş Qazaqstanda", "Иса мен Ібраш Қазақстанда"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISE)
def test_normalise(text: str, expected: str) -> None:
    out = normalise(text)
    assert out == expected
    assert len(out) == len(text)


SCREEN = [
    ("Тағы", "not news"),
    ("Тағы оқыңыз: жаңалықтар", "not news"),
    ("Белсенді сотталды", "not news"),
    ("Белсенді тағы сотталды.", None),
    ("", "empty"),
    ("Забастовка рабочих продолжается уже третий день в городе", "no Kazakh letters"),
    ("Workers went on strike in Aktobe region on Monday", "not in Cyrillic"),
    ("Ақтөбеде жұмысшылар ереуілге шықты" * 2000, "too long"),
    ("Ақтөбеде жұмысшылар \ufffd ереуілге шықты", "broken"),
    ("29 қаңтарда Ақтөбе облысында жұмысшылар ереуілге шықты.", None),
]


@pytest.mark.parametrize(("text", "reason"), SCREEN)
def test_screen(text: str, reason: str | None) -> None:
    got = screen(text)
    if reason is None:
        assert got is None
    else:
        assert got is not None and reason in got


def test_sentences_and_offsets() -> None:
    text = (
        "Ақтөбеде ереуіл басталды. Жұмысшылар айлық сұрайды.Қоғамда сын айтылады. "
        "А.Сүйеубаев келді."
    )
    sents = sentences(text)
    got = [text[s.start : s.end] for s in sents]
    assert got == [
        "Ақтөбеде ереуіл басталды.",
        "Жұмысшылар айлық сұрайды.",
        "Қоғамда сын айтылады.",
        "А.Сүйеубаев келді.",
    ]
    for s in sents:
        for t in s.tokens:
            assert text[t.start : t.end] == t.text


def test_abbreviations_do_not_end_sentences() -> None:
    text = "2021 ж. 10 қаңтарда сайлау өтті. Бәрі белгілі."
    assert len(sentences(text)) == 2


def test_tokens() -> None:
    got = [t.text for t in tokens('"КМК-Мұнай" 200-ге жуық №344 10,9 пайыз.')]
    assert got == ['"', "КМК-Мұнай", '"', "200-ге", "жуық", "№", "344", "10,9", "пайыз", "."]


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Aqtöbe oblysynda jūmysşylar ereuılge şyqty bügın", True),
        ("Workers went on strike in Aktobe region on Monday", False),
        ("Ақтөбеде жұмысшылар ереуілге шықты", False),
        ("Türkiye'de işçiler grev yaptı, Ankara'da değil", False),
    ],
)
def test_latin_kazakh_is_told_apart(text: str, latin: bool) -> None:
    assert is_latin_kazakh(text) is latin


def test_latin_kazakh_briefs_pass_the_screen_once_normalised() -> None:
    text = "Aqtöbe oblysynda jūmysşylar ereuılge şyqty bügın tañerteñ"
    assert screen(text) is not None and screen(normalise(text)) is None


def test_a_run_without_sentence_ends_is_cut_at_spaces() -> None:
    from kg.text.segment import MAX_SENTENCE

    text = "жұмысшылар " * 1_000 + "ереуілге шықты. " + "а" * 3 * MAX_SENTENCE + " соңы"
    got = sentences(text)
    assert all(s.end - s.start <= MAX_SENTENCE for s in got[:-2])
    assert got[-2].end - got[-2].start == 3 * MAX_SENTENCE  # a word stays whole
    assert [t.text for t in got[-1].tokens] == ["соңы"]
    words = [t.text for s in got for t in s.tokens]
    assert words == [m.group() for m in re.finditer(r"\w+|\S", text)]
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in got)
