"""Ids that neither collide nor shift, the warnings when a run replaces or leaves
behind a stored brief, `kg remove` and `kg build --fresh`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import cli
from kg.errors import StoreError

ONE = "29 қаңтарда Ақтөбе облысында жұмысшылар ереуілге шықты."
TWO = "30 қаңтарда Алматыда полиция белсенді Ерлан Қалиевті ұстады."
THREE = "31 қаңтарда Шымкентте мұғалімдер наразылық акциясын өткізді."


def _ids(out: Path) -> list[str]:
    q = "SELECT ?id WHERE { ?b a kgo:Brief ; dcterms:identifier ?id } ORDER BY ?id"
    return [str(r[0]) for r in api.query(q, out=out).rows]


def test_same_file_name_in_two_folders_keeps_both(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "news.txt").write_text(ONE + "\n", encoding="utf-8")
    (tmp_path / "b" / "news.txt").write_text(TWO + "\n", encoding="utf-8")
    out = tmp_path / "o"
    api.build([tmp_path / "a" / "news.txt"], out=out, html=False)
    report = api.build([tmp_path / "b" / "news.txt"], out=out, html=False)
    assert (report.graphs_added, report.graphs_replaced) == (1, 0)
    assert len(_ids(out)) == 2


def test_deleted_line_is_reported_and_removable(tmp_path: Path) -> None:
    src = tmp_path / "news.txt"
    src.write_text(f"{ONE}\n{TWO}\n{THREE}\n", encoding="utf-8")
    out = tmp_path / "o"
    first = api.build([src], out=out, html=False)
    assert first.warnings == ()
    ids = _ids(out)
    src.write_text(f"{TWO}\n{THREE}\n", encoding="utf-8")
    again = api.build([src], out=out, html=False)
    assert (again.graphs_added, again.graphs_replaced, again.graphs_unchanged) == (0, 0, 2)
    [warning] = again.warnings
    assert warning.startswith(f"{src}: 1 stored brief(s) from this file are not in it any more")
    stale = warning.split("(")[2].split(")")[0]
    assert stale in ids and "kg remove" in warning
    runner = CliRunner()
    result = runner.invoke(cli, ["remove", stale, "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Removed 1 brief(s)\nWrote ")
    assert stale not in _ids(out) and len(_ids(out)) == 2
    assert stale not in (out / "graph.trig").read_text(encoding="utf-8")
    assert api.build([src], out=out, html=False).warnings == ()


def test_remove_of_an_unknown_id_removes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "news.txt"
    src.write_text(f"{ONE}\n", encoding="utf-8")
    out = tmp_path / "o"
    api.build([src], out=out, html=False)
    [known] = _ids(out)
    with pytest.raises(StoreError, match="no brief nope-1 in the store"):
        api.remove([known, "nope-1"], out=out, html=False)
    assert _ids(out) == [known]
    result = CliRunner().invoke(cli, ["remove", "nope-1", "--out", str(out)])
    assert result.exit_code == 1 and result.output.startswith("Error: no brief nope-1")


def test_explicit_id_with_another_text_warns_naming_both_sources(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "x1", "text": ONE}, ensure_ascii=False) + "\n", "utf-8")
    b.write_text(json.dumps({"id": "x1", "text": TWO}, ensure_ascii=False) + "\n", "utf-8")
    out = tmp_path / "o"
    api.build([a], out=out, html=False)
    same = api.build([a], out=out, html=False)
    assert same.warnings == ()
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(b), "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert (
        f"Warning: {b}:1 (brief x1): replaces the stored brief from {a}, "
        "which has the same id and a different text"
    ) in result.output


def test_fresh_starts_the_store_over(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ONE + "\n", encoding="utf-8")
    b.write_text(TWO + "\n", encoding="utf-8")
    out = tmp_path / "o"
    api.build([a], out=out, html=False)
    result = CliRunner().invoke(cli, ["build", str(b), "--fresh", "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    [only] = _ids(out)
    assert only.startswith("b-")
    assert "brief/a-" not in (out / "graph.ttl").read_text(encoding="utf-8")


def test_lost_briefs_are_counted_and_the_first_named_a_page_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "_PAGE", 3)
    texts = [ONE, TWO, THREE]
    rows = [{"id": f"n{i:02d}", "text": texts[i % 3]} for i in range(14)]
    src, other = tmp_path / "news.jsonl", tmp_path / "other.jsonl"

    def write(path: Path, kept: list[dict[str, str]]) -> None:
        lines = (json.dumps(r, ensure_ascii=False) for r in kept)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    write(src, rows)
    out = tmp_path / "o"
    monkeypatch.chdir(tmp_path)
    api.build(["news.jsonl"], out=out, html=False)
    # n05 moves to another file of the run: not lost; seven others are
    write(src, [r for i, r in enumerate(rows) if i in (0, 2, 4, 8, 11, 12)])
    write(other, [rows[5]])
    again = api.build(["./news.jsonl", "other.jsonl"], out=out, html=False)
    assert again.warnings == (
        "news.jsonl: 7 stored brief(s) from this file are not in it any more "
        "(n01, n03, n06, n07, n09, ...); `kg remove ID...` removes them, "
        "`kg build --fresh` starts the store over",
    )
