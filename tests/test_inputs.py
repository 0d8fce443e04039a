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


def _reasons(p: Path) -> tuple[list[tuple[str, str | None]], list[tuple[int, str]]]:
    briefs, skips = _read(p)
    return [(b.id, b.date) for b in briefs], [(s.line, s.reason) for s in skips]


def test_hostile_jsonl_lines_are_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    p = tmp_path / "h.jsonl"
    lines = [
        "[" * 100_000 + "]" * 100_000,  # RecursionError in json
        json.dumps({"id": None, "text": GOOD}),  # a null id is no id: one from the text
        json.dumps({"id": ".", "text": GOOD + " "}),
        json.dumps({"id": "..", "text": GOOD}),
        json.dumps({"id": "~", "text": GOOD}),
        json.dumps({"id": "d1", "text": GOOD, "date": "20210105"}),
        json.dumps({"id": "d2", "text": GOOD, "date": 20210105}),
        json.dumps({"id": "d3", "text": GOOD, "date": "0000-01-05"}),
        json.dumps({"id": "s1", "text": GOOD + "\ud800"}),
        json.dumps({"id": "s2\udcff", "text": GOOD, "date": "bad"}),
        json.dumps({"id": "ok", "text": GOOD, "date": "2021-01-05"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    briefs, skips = _reasons(p)
    # a date that is no xsd:date is dropped (with a notice), the brief kept
    assert briefs == [
        (text_id("h", GOOD), None),
        ("d1", None),
        ("d2", None),
        ("d3", None),
        ("ok", "2021-01-05"),
    ]
    assert skips == [
        (1, "not JSON (nested too deeply)"),
        *[(n, f"id {x!r} needs a letter or a digit") for n, x in ((3, "."), (4, ".."), (5, "~"))],
        (9, "broken UTF-8"),
        (10, "broken UTF-8"),
    ]
    for item in read_briefs([p]):
        str(item).encode("utf-8")  # every warning can be printed


def test_hostile_csv_rows_are_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    p = tmp_path / "h.csv"
    p.write_bytes(
        b"id,text,date\n"
        + b"big,"
        + b"\xd0\xb0" * 140_000
        + b"\n"  # over csv.field_size_limit()
        + b"bad,\xff"
        + GOOD.encode()
        + b"\n"
        + b"bad\xff,x,\n"
        + b"d1,"
        + GOOD.encode()
        + b",20210105\n"
        + b"ok,"
        + GOOD.encode()
        + b",2021-01-05\n"
    )
    briefs, skips = _reasons(p)
    assert briefs == [("d1", None), ("ok", "2021-01-05")]
    assert [line for line, _ in skips] == [2, 3, 4]
    assert skips[0][1].startswith("not CSV (field larger than field limit")
    assert skips[1][1] == skips[2][1] == "broken UTF-8"
    for item in read_briefs([p]):
        str(item).encode("utf-8")


def test_a_publication_date_must_be_a_real_day_in_iso_form(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(GOOD + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        list(read_briefs([p], published="20210105"))  # fromisoformat would take it
    (brief,) = list(read_briefs([p], published="2021-01-05"))
    assert isinstance(brief, Brief) and brief.date == "2021-01-05"


def test_count_records_counts_what_the_reader_reads_without_reading_briefs(
    tmp_path: Path,
) -> None:
    from kg.inputs import count_records

    txt = tmp_path / "a.txt"
    txt.write_text("Бір жол.\n\n   \nЕкі жол.\nТағы\n", encoding="utf-8")
    csv_file = tmp_path / "b.csv"
    csv_file.write_text('id,text\n1,"екі\nжолдағы мәтін"\n2,\n', encoding="utf-8")
    records = count_records([txt, csv_file, "-"], stdin=b'{"text": "x"}\n\n{"text": "y"}\n')
    items = list(read_briefs([txt, csv_file, "-"], stdin=b'{"text": "x"}\n\n{"text": "y"}\n'))
    assert records == 3 + 2 + 2 == sum(not isinstance(i, Notice) for i in items)
    with pytest.raises(InputError, match="no such file"):
        count_records([tmp_path / "missing.txt"])
    bad = tmp_path / "c.csv"
    bad.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match='"text" column'):
        count_records([txt, bad])


def test_a_json_id_that_is_no_string_or_whole_number_is_skipped(tmp_path: Path) -> None:
    src = tmp_path / "ids.jsonl"
    rows = [{"id": True, "text": "a"}, {"id": 1.5, "text": "b"}, {"id": ["x"], "text": "c"}]
    rows.append({"id": 7, "text": "Алматыда жұмысшылар ереуілге шықты."})
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = list(read_briefs([src]))
    reasons = [i.reason for i in items if isinstance(i, Skip)]
    assert reasons == [
        "id true is not a string or a whole number",
        "id 1.5 is not a string or a whole number",
        'id ["x"] is not a string or a whole number',
    ]
    assert [b.id for b in items if isinstance(b, Brief)] == ["7"]
