"""Names as people type them: inflected, partial, in Latin letters; a note when
nothing matched and what comes close; "did you mean" for a saved query name."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import cli
from kg.errors import QueryError
from kg.names import close_names, match_names, skeleton

NAMES = {
    "a": ["Макс Боқаев"],
    "b": ["Ақтөбе облысы"],
    "c": ["Асанәлі Сүйеубаев"],
    "d": ["Жаңаөзен"],
}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Боқаев", ["a"]),
        ("Боқаевты", ["a"]),
        ("боқаевтың", ["a"]),
        ("Макс Боқаев", ["a"]),
        ("Bokaev", ["a"]),
        ("Boqaev", ["a"]),
        ("Ақтөбеде", ["b"]),
        ("aktobe", ["b"]),
        ("Janaözen", ["d"]),
        ("Zhanaozen", ["d"]),
        ("Сүйеубаевтың", ["c"]),
        ("Бакаев", []),
        ("Макс Сүйеубаев", []),
        ("", []),
    ],
)
def test_match_names(typed: str, expected: list[str]) -> None:
    assert match_names(typed, NAMES) == expected


def test_skeleton_and_close_names() -> None:
    assert skeleton("Боқаев") == skeleton("Bokaev") == skeleton("Boqaev") == "bokaev"
    assert close_names("Бакаев", [n for v in NAMES.values() for n in v]) == ["Макс Боқаев"]


@pytest.mark.parametrize("typed", ["Боқаев", "Боқаевты", "Макс Боқаев", "Bokaev"])
def test_entity_query_takes_any_form_of_a_name(build: Path, typed: str) -> None:
    result = api.query(name="entity", params={"entity": typed}, out=build)
    assert {r["label"] for r in result.records()} == {"Макс Боқаев"}
    assert result.notes == (() if typed == "Макс Боқаев" else (f"{typed!r} matched Макс Боқаев",))


def test_region_query_takes_an_inflected_place(build: Path) -> None:
    result = api.query(name="region", params={"region": "Ақтөбеде"}, out=build)
    assert result.rows and result.notes == ("'Ақтөбеде' matched Ақтөбе облысы",)


def test_nothing_matched_says_so_and_what_is_close(build: Path) -> None:
    result = CliRunner().invoke(
        cli, ["query", "--name", "entity", "--param", "entity=Бакаев", "--out", str(build)]
    )
    assert result.exit_code == 0
    assert result.stderr == "Note: nothing in the graph is named 'Бакаев'; close: Макс Боқаев\n"
    assert len(result.stdout.splitlines()) == 2  # the header and its rule


def test_a_mistyped_query_name_gets_did_you_mean() -> None:
    with pytest.raises(QueryError, match="no saved query 'strike'; did you mean strikes\\?"):
        api.query(name="strike")


def test_the_help_example_finds_something(build: Path) -> None:
    help_text = CliRunner().invoke(cli, ["query", "--help"]).output
    assert "--param entity=Боқаевты" in help_text
    assert "maks-bokaev" not in help_text
