"""The smaller items of issue 14: kg stats, a JSON --list, shell completion."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg import api
from kg.cli import cli

ROOT = Path(__file__).parent.parent


def test_stats(tmp_path: Path) -> None:
    src = tmp_path / "news.txt"
    src.write_text(
        "29 қаңтарда Ақтөбе облысында жұмысшылар ереуілге шықты.\n"
        "2016 жылы Атырауда белсенділер митингіге шықты.\n",
        encoding="utf-8",
    )
    out = tmp_path / "o"
    report = api.build([src], out=out, html=False)
    st = api.stats(out=out)
    assert st.briefs == 2
    assert sum(st.events.values()) == sum(report.events.values())
    assert list(st.months) == ["2016", "--01"] and sum(st.months.values()) == 2
    assert st.triples == report.store_triples and (st.store_bytes or 0) > 0
    result = CliRunner().invoke(cli, ["stats", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Briefs: 2"
    assert "Events by month: 2016 1, --01 1" in result.output
    data = json.loads(
        CliRunner().invoke(cli, ["stats", "--format", "json", "--out", str(out)]).output
    )
    assert data["briefs"] == 2 and data["months"] == {"2016": 1, "--01": 1}


def test_query_list_as_json() -> None:
    result = CliRunner().invoke(cli, ["query", "--list", "--format", "json"])
    listed = json.loads(result.output)
    assert {q["name"] for q in listed} == {q.name for q in api.saved_queries()}
    entity = next(q for q in listed if q["name"] == "entity")
    assert entity["params"][0]["name"] == "entity" and entity["params"][0]["optional"] is False
    nd = CliRunner().invoke(cli, ["query", "--list", "--format", "ndjson"]).output.splitlines()
    assert [json.loads(x)["name"] for x in nd] == [q["name"] for q in listed]


def test_shell_completion_is_documented_and_works() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'eval "$(_KG_COMPLETE=bash_source kg)"' in readme
    env = {**os.environ, "_KG_COMPLETE": "bash_source"}
    script = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    assert "_kg_completion" in script
    env = {**os.environ, "_KG_COMPLETE": "bash_complete", "COMP_WORDS": "kg query --name str"}
    words = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()"],
        env={**env, "COMP_CWORD": "3"},
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    assert words == ["plain,strike-counts", "plain,strikes"]
