import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.inputs import Brief, Skip, read_briefs

GOOD = "29 қаңтарда Ақтөбе облысында жұмысшылар ереуілге шықты."


def _read(*paths: Path) -> tuple[list[Brief], list[Skip]]:
    briefs, skips = [], []
    for item in read_briefs(paths):
        (briefs if isinstance(item, Brief) else skips).append(item)
    return briefs, skips


def test_text_ids_and_skips(tmp_path: Path) -> None:
    p = tmp_path / "week.txt"
    p.write_bytes(
        (GOOD + "\n\n" + "Тағы\n").encode() + b"\xff\xfe broken\n" + (GOOD + "!\n").encode()
    )
    briefs, skips = _read(p)
    assert [b.id for b in briefs] == ["week-01", "week-05"]
    assert [(s.line, s.reason.split()[0]) for s in skips] == [(3, "not"), (4, "broken")]
    assert str(skips[0]).startswith(f"{p}:3 (brief week-03): skipped")


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
        ("c1", "2021-02-01", None),
    ]
    reasons = [s.reason for s in skips]
    assert reasons[0].startswith("not JSON")
    assert "YYYY-MM-DD" in reasons[1]
    assert "already used" in reasons[2]
    assert reasons[3] == "empty text"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("a.docx", b"x", "unknown format"),
        ("a.csv", b"id,body\n1,x\n", '"text" column'),
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
