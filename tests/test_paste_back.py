"""What a table prints can be pasted back: IRIs as SPARQL prefixed names,
error positions in the user's own lines, and a clear no to updates."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import cli
from kg.errors import QueryError
from kg.query import parse_value
from kg.results import compact
from kg.vocab import KGO, KGR


@pytest.fixture(scope="module")
def out(build: Path) -> Path:
    return build


@pytest.mark.parametrize(
    ("iri", "printed"),
    [
        (f"{KGR}event/seed-01/96-Release", "kgr:event\\/seed-01\\/96-Release"),
        (f"{KGR}entity/person/макс-боқаев", "kgr:entity\\/person\\/макс-боқаев"),
        (f"{KGR}entity/x%20y", "kgr:entity\\/x%20y"),
        (f"{KGR}brief/a.", "kgr:brief\\/a\\."),
        (f"{KGR}-x", "kgr:\\-x"),
        (f"{KGO}Strike", "kgo:Strike"),
        ("http://example.org/a b", "<http://example.org/a b>"),
    ],
)
def test_compact_names_parse_back(iri: str, printed: str) -> None:
    assert compact(iri) == printed
    if printed.startswith("kg"):
        assert str(parse_value(printed)) == iri


def test_a_printed_iri_pasted_into_sparql_finds_its_node(out: Path) -> None:
    table = CliRunner().invoke(cli, ["query", "--name", "releases", "--out", str(out)])
    assert table.exit_code == 0, table.output
    event = table.output.splitlines()[2].split()[-2]
    assert event == "kgr:event\\/fix-03-2"
    result = api.query(f"SELECT ?c WHERE {{ {event} a ?c }}", out=out)
    assert [str(r[0]) for r in result.rows] == [f"{KGO}Release"]


def test_error_positions_count_the_users_lines(out: Path) -> None:
    with pytest.raises(QueryError, match=r"error at 2:\d+") as exc:
        api.query("SELECT ?x WHERE { ?x a kgo:Strike\n FILTER(?x = ) }", out=out)
    assert "at 1" not in str(exc.value) and "at 14" not in str(exc.value)
    with pytest.raises(QueryError, match=r"write kgr:event\\/s\\/1-Release") as slash:
        api.query("SELECT * WHERE { kgr:event/s/1-Release ?p ?o }", out=out)
    assert "..=" not in str(slash.value) and len(str(slash.value)) < 200


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX ex: <http://e/>\n# a comment\ndelete where { ?s ?p ?o }",
        "DROP ALL",
    ],
)
def test_an_update_is_refused_clearly(out: Path, update: str) -> None:
    result = CliRunner().invoke(cli, ["query", update, "--out", str(out)])
    assert result.exit_code == 1
    assert "is a SPARQL update; `kg query` only reads" in result.output
    assert "kg build" in result.output
