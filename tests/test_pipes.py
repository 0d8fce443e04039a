"""Pipes and files: `-` for standard input and output, `kg query -o`, and a
file given where a build folder is expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import cli

ONE = "29 қаңтарда Ақтөбе облысында жұмысшылар ереуілге шықты."
TWO = "30 қаңтарда Алматыда полиция белсенді Ерлан Қалиевті ұстады."


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pipes")
    result = CliRunner().invoke(
        cli,
        ["build", "-", "--date", "2021-01-31", "--out", str(folder), "--no-html"],
        input=f"{ONE}\n{TWO}\n",
    )
    assert result.exit_code == 0, result.output
    assert "Briefs: 2 read, 0 skipped" in result.output
    return folder


def test_build_reads_plain_text_from_stdin(out: Path) -> None:
    rows = api.query(
        "SELECT ?id ?src ?d WHERE { ?b a kgo:Brief ; dcterms:identifier ?id ; "
        "dcterms:source ?src ; dcterms:date ?d } ORDER BY ?id",
        out=out,
    ).records()
    assert {r["src"] for r in rows} == {"-"} and {r["d"] for r in rows} == {"2021-01-31"}
    assert all(r["id"].startswith("stdin-") for r in rows)


def test_build_reads_jsonl_from_stdin(tmp_path: Path) -> None:
    lines = "".join(
        json.dumps({"id": f"j{i}", "text": t}, ensure_ascii=False) + "\n"
        for i, t in enumerate([ONE, TWO])
    )
    result = CliRunner().invoke(
        cli, ["build", "-", "--out", str(tmp_path / "o"), "--no-html"], input=lines
    )
    assert result.exit_code == 0, result.output
    ids = api.query(
        "SELECT ?id WHERE { ?b dcterms:identifier ?id } ORDER BY ?id", out=tmp_path / "o"
    )
    assert [str(r[0]) for r in ids.rows] == ["j0", "j1"]


def test_a_repeated_id_on_stdin_is_told_as_a_line_of_stdin(tmp_path: Path) -> None:
    line = json.dumps({"id": "j", "text": ONE}, ensure_ascii=False) + "\n"
    result = CliRunner().invoke(
        cli, ["build", "-", "--out", str(tmp_path / "o"), "--no-html"], input=line * 2
    )
    assert result.exit_code == 0, result.output
    assert "-:2 (brief j): skipped: id already used at -:1 (the same text)" in result.output


def test_query_file_from_stdin_and_output_to_a_file(out: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli,
        ["query", "--file", "-", "--format", "csv", "--out", str(out)],
        input="SELECT ?c WHERE { ?e a kgo:Strike . BIND(1 AS ?c) }",
    )
    assert result.exit_code == 0, result.output
    assert result.output == "c\n1\n"
    target = tmp_path / "strikes.csv"
    result = runner.invoke(
        cli,
        ["query", "--name", "timeline", "--format", "csv", "-o", str(target), "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("date,class,trigger,event,brief\n")
    assert f"Wrote {target}" in result.output
    dash = runner.invoke(cli, ["query", "--name", "timeline", "-o", "-", "--out", str(out)])
    assert dash.output.startswith("date")


def test_dash_output_is_stdout(out: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "nquads", "-o", "-", "--out", str(out)])
    assert result.exit_code == 0 and "kazkg" in result.output and not Path("-").exists()
    result = runner.invoke(cli, ["viz", "-o", "-", "--out", str(out)])
    assert result.exit_code == 0 and "<html" in result.output.lower() and not Path("-").exists()


@pytest.mark.parametrize("command", ["export", "validate", "viz"])
def test_a_file_given_for_the_build_folder_says_so(tmp_path: Path, command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--out", str(tmp_path / "x.ttl")])
    assert result.exit_code == 1
    assert "names a file, but --out is the build folder" in result.output
    assert "-o " in result.output and "run `kg build" not in result.output
