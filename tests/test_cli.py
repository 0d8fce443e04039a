"""Every command explains itself; errors are one line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

COMMANDS = sorted(cli.commands)  # type: ignore[attr-defined]


def test_there_are_commands() -> None:
    assert {"build", "query", "export", "validate", "viz", "ner", "ner-train"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_examples(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output
    assert len(cli.commands[name].help or "") > 40  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "args",
    [
        ["build", "no-such-file.txt"],
        ["query", "--name", "no-such-query"],
        ["export", "--out", "no-such-build"],
        ["validate", "--out", "no-such-build"],
        ["viz", "--out", "no-such-build"],
    ],
)
def test_errors_are_one_line(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0
    assert result.output.startswith("Error: ")
    assert "Traceback" not in result.output
