"""Numbers that do not mislead: typed JSON values, blank where a count is
unknown, one row per strike, and one triple count that build and validate share."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg import api
from kg.cli import cli
from kg.query import format_result

STRIKES = [
    "29 қаңтарда Ақтөбе облысы Темір ауданындағы АМК-Мұнай компаниясының жұмысшылары "
    "ереуілге шықты.",
    "25 қаңтарда Шымкентте 100 жұмысшы ереуілге шықты.",
]


def test_json_numbers_are_numbers(build: Path) -> None:
    result = api.query(name="event-counts", out=build)
    rows = json.loads(format_result(result, "json"))
    assert rows and all(isinstance(r["events"], int) for r in rows)
    lines = [json.loads(x) for x in format_result(result, "ndjson").splitlines()]
    assert lines == rows
    typed = api.query(
        'SELECT ?i ?d ?b ?s WHERE { VALUES (?i ?d ?b ?s) { (7 2.50 true "7") } }', out=build
    )
    assert typed.typed_records() == [{"i": 7, "d": 2.5, "b": True, "s": "7"}]


def test_unknown_counts_are_blank_and_strikes_one_row_each(tmp_path: Path) -> None:
    src = tmp_path / "s.txt"
    src.write_text("\n".join(STRIKES) + "\n", encoding="utf-8")
    out = tmp_path / "o"
    report = api.build([src], out=out, html=False)
    strikes = api.query(name="strikes", out=out).records()
    assert len(strikes) == len({r["event"] for r in strikes}) == 2
    aktobe = next(r for r in strikes if (r["company"] or "").startswith("АМК-Мұнай"))
    assert aktobe["participants"] is None
    assert set(aktobe["place"].split(", ")) >= {"Темір ауданы"}
    counts = api.query(name="strike-counts", out=out).records()
    by_company = {(r["company"] or "")[:9]: r["participants"] for r in counts}
    assert by_company["АМК-Мұнай"] is None  # unknown, not 0
    assert "100" in by_company.values()
    # one count: what validate checks is what build says the store holds
    check = CliRunner().invoke(cli, ["validate", "--out", str(out)])
    assert check.output == f"OK: {report.store_triples} distinct triples conform to the contract.\n"
    assert f"Triples: {report.store_triples} distinct in the store" in api.format_report(report)
    assert report.triples >= report.store_triples


def test_tables_cut_long_cells_to_a_width(build: Path) -> None:
    from kg.results import _width

    result = api.query(name="evidence", params={"about": "kgr:event/fix-01-1"}, out=build)
    full = format_result(result, "table")
    assert max(len(line) for line in full.splitlines()) > 80
    cut = format_result(result, "table", width=80)
    assert all(_width(line) <= 80 for line in cut.splitlines())
    assert "…" in cut and cut.splitlines()[0].split()[0] == "about"
