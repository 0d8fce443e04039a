"""Russian and other Cyrillic languages are skipped; Kazakh lines that quote
Russian words are kept."""

from __future__ import annotations

import pytest

from kg.text import normalise, screen

RUSSIAN = "Russian, not Kazakh (a Kazakh line quoting Russian is kept)"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("В Актобе полиция задержала активиста Ерлана Қалиева.", RUSSIAN),
        ("Суд приговорил Макса Боқаева к пяти годам лишения свободы.", RUSSIAN),
        ("Рабочие компании АМК-Мұнай объявили забастовку в Темирском районе.", RUSSIAN),
        ("Жители Жаңаөзен вышли на площадь и потребовали снизить цены.", RUSSIAN),
        ("В Алматы прошёл митинг против повышения цен на газ.", "no Kazakh letters"),
        (
            "У Києві поліція затримала двох активістів біля Верховної Ради і їхніх друзів.",
            "another Cyrillic language",
        ),
        ("Белсенді «Свобода слова» деген плакат ұстап, алаңға шықты.", None),
        ("Полиция «Мы требуем справедливости» деп айқайлаған адамдарды ұстады.", None),
        ("Сот Боқаевқа «за разжигание розни» бабы бойынша үкім шығарды.", None),
        ("Мысалы, мынау 1-інші «С» сыныбы болды.", None),
        ("Алты жүз сексен үш адам жиналды.", None),
        ("29 қаңтарда Ақтөбе облысында жұмысшылар ереуілге шықты.", None),
    ],
)
def test_language_of_a_line(text: str, reason: str | None) -> None:
    got = screen(normalise(text))
    if reason is None:
        assert got is None
    else:
        assert got is not None and got.startswith(reason)
