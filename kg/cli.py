"""The `kg` command line: thin over `kg.api`; the only module that imports click."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
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


def _load_build(out: Path) -> Any:
    """The build in `out` as an rdflib Dataset."""
    try:
        from kg.api import load_dataset
    except ImportError:  # until kg.api lands
        return _read_trig(out)
    return load_dataset(out)


def _read_trig(out: Path) -> Any:
    from rdflib import Dataset

    from kg.errors import StoreError

    trig = out / "graph.trig"
    if not trig.is_file():
        raise StoreError(f"no build in {out}/ (graph.trig missing): run `kg build` first")
    dataset = Dataset()
    dataset.parse(trig, format="trig")
    return dataset


@cli.command()
@out_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Page to write.  [default: OUT/graph.html]")
@click.option("--query", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Draw the result of this SPARQL CONSTRUCT or SELECT file, not the whole graph.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Draw at most N nodes, the best connected first.")
@click.option("--entities-only", is_flag=True,
              help="Entities and the plain edges between them (activist -detained by-> police).")
@click.option("--title", default="kazkg", show_default=True, help="Title of the page.")
@_errors
def viz(
    out: str, output: str | None, query_file: str | None, limit: int | None,
    entities_only: bool, title: str,
) -> None:
    """Write the graph as one HTML page that works offline.

    \b
    Examples:
      kg viz                                   # -> output/graph.html
      kg viz -o strikes.html --query strikes.rq
      kg viz --entities-only --limit 300
    """
    from kg.viz import render, write_html

    query = Path(query_file).read_text(encoding="utf-8") if query_file else None
    page = render(_load_build(Path(out)), query=query, entity_only=entities_only, limit=limit,
                  title=title)
    target = Path(output) if output else Path(out) / "graph.html"
    write_html(target, page)
    click.echo(f"Wrote {target} ({len(page.encode()) // 1024} KB)")

# ---- ner (issue 4)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
