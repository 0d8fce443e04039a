from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import ner
from kg.cli import cli
from kg.ner.augment import mention_swaps
from kg.ner.conll import ConllSentence
from kg.ner.features import head_class, sentence_features

# ---- evaluate: strict IOB2 exact match

EVAL_CASES = [
    # identical
    ([["B-PERSON", "I-PERSON", "O"]], [["B-PERSON", "I-PERSON", "O"]], "PERSON", (1, 1, 1)),
    # boundary error: no credit
    ([["B-PERSON", "I-PERSON", "O"]], [["B-PERSON", "O", "O"]], "PERSON", (1, 1, 0)),
    # class error: no credit
    ([["B-GPE", "O"]], [["B-LOCATION", "O"]], "GPE", (1, 0, 0)),
    # a stray I- starts no entity under strict IOB2
    ([["O", "B-GPE"]], [["I-GPE", "B-GPE"]], "GPE", (1, 1, 1)),
    # two adjacent entities of one class
    ([["B-DATE", "B-DATE"]], [["B-DATE", "I-DATE"]], "DATE", (2, 1, 0)),
]


@pytest.mark.parametrize(("gold", "pred", "cls", "counts"), EVAL_CASES)
def test_evaluate_counts(
    gold: list[list[str]], pred: list[list[str]], cls: str, counts: tuple[int, int, int]
) -> None:
    s = ner.evaluate(gold, pred)[cls]
    assert (s["support"], s["predicted"], s["correct"]) == counts


def test_evaluate_micro() -> None:
    gold = [["B-PERSON", "I-PERSON", "O", "B-GPE"], ["B-ORGANISATION", "I-ORGANISATION"]]
    pred = [["B-PERSON", "I-PERSON", "O", "B-LOCATION"], ["B-ORGANISATION", "I-ORGANISATION"]]
    scores = ner.evaluate(gold, pred)
    micro = scores["micro"]
    assert (micro["support"], micro["predicted"], micro["correct"]) == (3, 3, 2)
    assert micro["f1"] == pytest.approx(2 / 3)
    assert scores["LOCATION"]["precision"] == 0.0
    assert scores["PERSON"]["f1"] == 1.0
    with pytest.raises(ValueError):
        ner.evaluate(gold, pred[:1])


def test_entity_spans() -> None:
    labels = ["B-PERSON", "I-PERSON", "I-GPE", "O", "B-DATE", "I-DATE"]
    assert ner.entity_spans(labels) == [("PERSON", 0, 2), ("DATE", 4, 6)]


# ---- CoNLL reader

CONLL = """AID283875 O
Әрі O
« O
Қара B-ART
сөздерінің I-ART
» O

BID283875 O
Алматыда B-GPE
. O

Тек O
"""


def test_read_conll_keeps_sentence_ids(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(CONLL, encoding="utf-8")
    sents = list(ner.read_conll(path))
    assert [s.id for s in sents] == ["AID283875", "BID283875", None]
    assert sents[0].id_line == "AID283875 O"
    assert sents[0].tokens == ("Әрі", "«", "Қара", "сөздерінің", "»")
    assert sents[0].labels == ("O", "O", "B-ART", "I-ART", "O")
    assert sents[1].line == 9
    out = ner.format_conll(sents[1], ["B-GPE", "O"])
    assert out == "BID283875 O\nАлматыда\tB-GPE\n.\tO\n\n"


def test_read_conll_without_labels(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Алматыда\nжиналыс\n\nТек\n", encoding="utf-8")
    sents = list(ner.read_conll(path))
    assert [s.tokens for s in sents] == [("Алматыда", "жиналыс"), ("Тек",)]
    assert sents[0].labels is None


# ---- features


def test_head_class() -> None:
    assert head_class("облысындағы") == "Region"
    assert head_class("компаниясының") == "Company"
    assert head_class("министрлігіне") == "GovernmentBody"
    assert head_class("жұмысшылар") is None


def test_quotes_are_one_feature_whatever_their_style() -> None:
    a = sentence_features(["«", "Ақ", "жол", "»", "партиясы"])
    b = sentence_features(['"', "Ақ", "жол", '"', "партиясы"])
    assert a == b
    assert "qhead=PoliticalParty" in a[1] and "inq" in a[2] and "inq" not in a[4]


# ---- tagging with the shipped model

# (sentence, {token: the class of the entity it must be part of; None: outside any})
TAGGED = [
    (
        "Қасым-Жомарт Тоқаев Астанада Ішкі істер министрлігінің басшыларымен кездесті .",
        {"Қасым-Жомарт": "PERSON", "Тоқаев": "PERSON", "Астанада": "GPE", "кездесті": None},
    ),
    (
        "Сайлау 2021 жылғы 10 қаңтарда өтті .",
        {"2021": "DATE", "қаңтарда": "DATE", "Сайлау": None, "өтті": None},
    ),
    (
        "Ақтөбе облысында 25 мың адам вакцина алды .",
        {"Ақтөбе": "GPE", "облысында": "GPE", "алды": None},
    ),
    (
        "« Нұр Отан » партиясының депутаттары Мәжіліске келді .",
        {"Нұр": "ORGANISATION", "Отан": "ORGANISATION", "депутаттары": None},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TAGGED)
def test_tag_known_sentences(sentence: str, expected: dict[str, str | None]) -> None:
    tokens = sentence.split()
    labels = ner.tag(tokens)
    assert len(labels) == len(tokens)
    got = {
        t: (label[2:] if label != "O" else None) for t, label in zip(tokens, labels, strict=True)
    }
    assert {t: got[t] for t in expected} == expected


def test_tag_empty() -> None:
    assert ner.tag([]) == []


def test_model_metadata_is_shipped() -> None:
    meta = json.loads((Path(ner.__file__).parent / "model.json").read_text(encoding="utf-8"))
    assert meta["settings"]["seed"] == 13
    assert meta["data"][0]["path"].endswith("IOB2_valid2.txt")
    assert (Path(ner.__file__).parent / "model.crfsuite").stat().st_size == meta["size_bytes"]
    assert meta["size_bytes"] < 10_000_000


# ---- class mapping

CLASSIFY = [
    ("PERSON", "Ермахан Ибраимов", "Person"),
    ("B-GPE", "Алматыда", "City"),
    ("GPE", "Ақтөбе облысы", "Region"),
    ("GPE", "Темір ауданында", "District"),
    ("GPE", "Мерей ауылында", "Village"),
    ("ORGANISATION", "Нұр Отан", "PoliticalParty"),
    ("ORGANISATION", "Болашақ партиясы", "PoliticalParty"),
    ("ORGANISATION", "Көлік министрлігінің", "GovernmentBody"),
    ("ORGANISATION", "Алматы облыстық соты", "Court"),
    ("ORGANISATION", "Атырау облысының полиция департаменті", "LawEnforcement"),
    ("ORGANISATION", "« КМК Мұнай » компаниясы", "Company"),
    ("ORGANISATION", "« Арман » ЖШС", "Company"),
    ("ORGANISATION", "Сәбит Мұқанов атындағы қазақ сазды драма театры", "CulturalInstitution"),
    ("ORGANISATION", "Азаттық радиосы", "MediaOutlet"),
    ("ORGANISATION", "Human Rights Watch", "NGO"),
    ("ORGANISATION", "Белгісіз", "Organization"),
    ("FACILITY", "Атыраудағы түрме", "Facility"),
    ("LOCATION", "Ертіс", "Place"),
    ("DATE", "10 қаңтар", None),
    ("NORP", "қазақ", None),
]


@pytest.mark.parametrize(("label", "phrase", "expected"), CLASSIFY)
def test_classify(label: str, phrase: str, expected: str | None) -> None:
    assert ner.classify(label, phrase) == expected


# ---- CLI


def test_cli_tags_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Алматыда жиналыс өтті. Ақтөбеде ереуіл болды.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ner", str(path)])
    assert result.exit_code == 0, result.output
    blocks = result.output.strip().split("\n\n")
    assert len(blocks) == 2
    first = [line.split("\t") for line in blocks[0].splitlines()]
    assert first[0] == ["Алматыда", "B-GPE"]
    assert [t for t, _ in first] == ["Алматыда", "жиналыс", "өтті", "."]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("b.jsonl", '{"id": "x1", "text": "Алматыда жұмысшылар жиналыс өткізді."}\n'),
        ("b.csv", 'id,text\nx1,"Алматыда жұмысшылар жиналыс өткізді."\n'),
    ],
)
def test_cli_tags_the_text_field_of_records(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ner", str(path)])
    assert result.exit_code == 0, result.output
    tokens = [line.split("\t")[0] for line in result.output.strip().splitlines()]
    assert tokens == ["Алматыда", "жұмысшылар", "жиналыс", "өткізді", "."]


def test_cli_conll_with_gold_prints_table(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("AID1 O\nАлматыда B-GPE\nжиналыс O\nөтті O\n. O\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    result = CliRunner().invoke(cli, ["ner", "--conll", "--eval", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines()[:2] == ["AID1 O", "Алматыда\tB-GPE"]
    assert "micro" in result.output and "GPE" in result.output


def test_cli_eval_needs_gold(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Алматыда\nжиналыс\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ner", "--conll", "--eval", str(path)])
    assert result.exit_code == 1
    assert "Error:" in result.output and "no gold labels" in result.output


def test_cli_train_small(tmp_path: Path) -> None:
    data = tmp_path / "train.txt"
    data.write_text(
        "AID1 O\nАлматыда B-GPE\nжиналыс O\n\nAID2 O\nАстанада B-GPE\nереуіл O\n"
        "\nAID3 O\nАқтөбеде B-GPE\nмитинг O\n",
        encoding="utf-8",
    )
    model = tmp_path / "m.crfsuite"
    args = ["ner-train", "--data", str(data), "--out", str(model), "--max-iterations", "5"]
    args += ["--augment", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    meta = json.loads(result.output)
    assert meta["sentences"]["train"] == 3 and meta["settings"]["max_iterations"] == 5
    assert meta["sentences"]["augmented"] == 2  # Алматыда <-> Астанада; Ақтөбеде has no peer
    assert model.exists() and model.with_suffix(".json").exists()


def test_cli_train_leaves_the_shipped_model_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = Path(ner.__file__).parent / "model.crfsuite"
    before = shipped.read_bytes()
    data = tmp_path / "train.txt"
    data.write_text("AID1 O\nАлматыда B-GPE\nжиналыс O\n\nAID2 O\nАстанада B-GPE\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["ner-train", "--data", str(data), "--max-iterations", "2"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ner-model" / "model.crfsuite").exists()
    assert shipped.read_bytes() == before


def test_cli_help_has_examples() -> None:
    for cmd in (["ner", "--help"], ["ner-train", "--help"]):
        result = CliRunner().invoke(cli, cmd)
        assert result.exit_code == 0 and "Examples:" in result.output


def _sent(words: str, labels: str) -> ConllSentence:
    return ConllSentence(tokens=tuple(words.split()), labels=tuple(labels.split()))


def test_mention_swaps_keep_class_case_ending_and_numbers() -> None:
    data = [
        _sent("Ақтөбеде 5 адам ұсталды .", "B-GPE B-CARDINAL O O O"),
        _sent("Атырауда Асқар Бекұлы сөйледі .", "B-GPE B-PERSON I-PERSON O O"),
        _sent("Шымкентте Сәуле сөйледі .", "B-GPE B-PERSON O O"),
        _sent("Атырау үлкен .", "B-GPE O O"),
        _sent("Бүгін жаңбыр .", "O O O"),
    ]
    out = mention_swaps(data, copies=2, seed=1)
    assert out == mention_swaps(data, copies=2, seed=1)
    assert out and all(len(s.tokens) == len(s.labels or ()) for s in out)
    places = {s.tokens[0] for s in out}
    assert places <= {"Ақтөбеде", "Атырауда", "Шымкентте"}  # never the bare Атырау
    for s in out:
        labels = s.labels or ()
        assert labels[0] == "B-GPE"
        if "B-CARDINAL" in labels:
            assert s.tokens[1:] == ("5", "адам", "ұсталды", ".")
        people = [t for t, lab in zip(s.tokens, labels, strict=True) if lab.endswith("PERSON")]
        assert people in (["Асқар", "Бекұлы"], ["Сәуле"])
        assert all(lab[2:] == "PERSON" for lab in labels if lab.startswith("I-"))
    assert mention_swaps(data, copies=0) == []
    assert mention_swaps(data[3:], copies=3) == []  # one mention per pool: nothing to swap
