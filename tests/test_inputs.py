import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.inputs import Brief, Notice, Skip, read_briefs, read_date
from kg.model import text_id

GOOD = "29 қаңтарда Ақтөбе облысында жұмысшылар ереуілге шықты."


def _read(*paths: Path) -> tuple[list[Brief], list[Skip]]:
    briefs, skips = [], []
    for item in read_briefs(paths):
        if isinstance(item, Brief):
            briefs.append(item)
        elif isinstance(item, Skip):
            skips.append(item)
    return briefs, skips


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-12", "2024-03-12"),
        ("12.03.2024", "2024-03-12"),
        ("2.3.2024", "2024-03-02"),
        ("12/03/2024", "2024-03-12"),
        ("2024/03/12", "2024-03-12"),
        ("2024-03-12T10:30:00Z", "2024-03-12"),
        ("2024-03-12 10:30", "2024-03-12"),
        ("12.03.2024 14:30:05", "2024-03-12"),
        ("2024-03-12T10:30:00+05:00", "2024-03-12"),
        ("31.02.2024", None),
        ("March 12, 2024", None),
        ("12.03.24", None),
        ("2024-03-12 and more", None),
    ],
)
def test_read_date(text: str, expected: str | None) -> None:
    assert read_date(text) == expected


def test_spreadsheet_csv_is_read(tmp_path: Path) -> None:
    c = tmp_path / "sheet.csv"
    c.write_text(
        f'ID;Text;Date\nr1;"{GOOD}";12.03.2024\nr2;"{GOOD} Тағы.";келесі апта\n',
        encoding="utf-8",
    )
    items = list(read_briefs([c]))
    briefs = [b for b in items if isinstance(b, Brief)]
    assert [(b.id, b.date) for b in briefs] == [("r1", "2024-03-12"), ("r2", None)]
    [notice] = [n for n in items if isinstance(n, Notice)]
    assert str(notice) == (
        f"{c}:3 (brief r2): date 'келесі апта' not read (write YYYY-MM-DD or DD.MM.YYYY); "
        "kept without a date"
    )


def test_jsonl_fields_are_case_insensitive(tmp_path: Path) -> None:
    j = tmp_path / "a.jsonl"
    j.write_text(json.dumps({"ID": "k1", "Text": GOOD, "DATE": "30/01/2021"}) + "\n", "utf-8")
    briefs, skips = _read(j)
    assert [(b.id, b.date) for b in briefs] == [("k1", "2021-01-30")] and skips == []


def test_text_ids_and_skips(tmp_path: Path) -> None:
    p = tmp_path / "week.txt"
    p.write_bytes(
        (GOOD + "\n\n" + "Тағы\n").encode() + b"\xff\xfe broken\n" + (GOOD + "!\n").encode()
    )
    briefs, skips = _read(p)
    assert [b.id for b in briefs] == [text_id("week", GOOD), text_id("week", GOOD + "!")]
    assert briefs[0].id.startswith("week-") and len(briefs[0].id) == len("week-") + 10
    assert [(s.line, s.reason.split()[0]) for s in skips] == [(3, "not"), (4, "broken")]
    assert str(skips[0]).startswith(f"{p}:3 (brief {text_id('week', 'Тағы')}): skipped")


def test_text_ids_do_not_shift_or_collide(tmp_path: Path) -> None:
    other = "30 қаңтарда Алматыда белсенділер сотқа шағым түсірді."
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = tmp_path / "a" / "news.txt", tmp_path / "b" / "news.txt"
    a.write_text(f"{GOOD}\n{other}\n", encoding="utf-8")
    b.write_text(f"{other} Тағы бір сөйлем.\n", encoding="utf-8")
    before = {x.text: x.id for x in _read(a)[0]}
    a.write_text(f"{other}\n", encoding="utf-8")  # the first line deleted
    assert {x.text: x.id for x in _read(a)[0]} == {other: before[other]}
    briefs, skips = _read(a, b)
    assert len({x.id for x in briefs}) == 2 and skips == []
    # an id is the same for the same text, whatever its spacing
    assert text_id("news", other) == text_id("news", "  " + other.replace(" ", "   "))


def test_a_repeated_explicit_id_names_both_places(tmp_path: Path) -> None:
    j = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "text": GOOD}, {"id": "x1", "text": GOOD + " Тағы."}]
    j.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    _, skips = _read(j)
    assert [str(s) for s in skips] == [
        f"{j}:2 (brief x1): skipped: id already used at {j}:1 (a different text)"
    ]


def test_jsonl_and_csv(tmp_path: Path) -> None:
    j = tmp_path / "a.jsonl"
    j.write_text(
        json.dumps({"id": "x1", "text": GOOD, "date": "2021-01-30", "url": "https://e.kz/1"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "x2", "text": GOOD, "date": "30.01.2021"})
        + "\n"
        + json.dumps({"id": "x1", "text": GOOD})
        + "\n",
        encoding="utf-8",
    )
    c = tmp_path / "b.csv"
    c.write_text(f'id,text,date\nc1,"{GOOD}",2021-02-01\nc2,,\n', encoding="utf-8")
    briefs, skips = _read(j, c)
    assert [(b.id, b.date, b.url) for b in briefs] == [
        ("x1", "2021-01-30", "https://e.kz/1"),
        ("x2", "2021-01-30", None),
        ("c1", "2021-02-01", None),
    ]
    reasons = [s.reason for s in skips]
    assert reasons[0].startswith("not JSON")
    assert "already used" in reasons[1]
    assert reasons[2] == "empty text"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("a.docx", b"x", "unknown format"),
        ("a.csv", b"id,body\n1,x\n", "\"text\" column; found columns: 'id', 'body'"),
        ("a.csv", b"id,text\n1,\xff\n", "broken UTF-8"),
    ],
)
def test_errors_name_the_file(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    with pytest.raises(InputError) as exc:
        list(read_briefs([p]))
    assert message in str(exc.value) and str(p) in str(exc.value)
