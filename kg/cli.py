"""The `kg` command line: thin over `kg.api`; the only module that imports click."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kg.errors import KazkgError

F = TypeVar("F", bound=Callable[..., Any])


def _errors(fn: F) -> F:
    """Turn library errors into one `Error: ...` line and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KazkgError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


out_option = click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False),
    default="output",
    show_default=True,
    help="Folder of the build to read or write.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kazkg")
def cli() -> None:
    """kazkg: Kazakh news briefs to a knowledge graph you can query, view and export.

    \b
    Examples:
      kg build data/briefs/seed.txt            # -> output/graph.trig, graph.ttl, graph.html
      kg query --name strikes                  # a saved query, as a table
      kg export --format turtle -o kg.ttl
      kg viz -o graph.html
    """


# ---- build (foundation)

# ---- store, query, export, validate (issue 6)

# ---- viz (issue 7)

# ---- ner (issue 4)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
