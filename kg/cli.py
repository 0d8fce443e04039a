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


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False))
@out_option
@click.option("--store", default=None, help="Store folder or SPARQL server URL [default: OUT/store].")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no skip warnings.")
@_errors
def build(inputs: tuple[str, ...], out: str, store: str | None, no_html: bool, quiet: bool) -> None:
    """Extract briefs into the graph: one named graph per brief.

    INPUTS are plain-text files (one brief a line), JSONL or CSV files with the
    fields id, text and optionally date (YYYY-MM-DD) and url. Briefs already in
    the store are replaced, new ones added; the rest of the store is kept.
    Writes OUT/graph.trig, OUT/graph.ttl and OUT/graph.html.

    \b
    Examples:
      kg build data/briefs/seed.txt
      kg build week1.jsonl week2.csv --out mygraph/
      kg build briefs.txt --store http://127.0.0.1:7878
    """
    from kg import api

    def warn(skip: api.Skip) -> None:
        if not quiet:
            click.echo(f"Warning: {skip}", err=True)

    with click.progressbar(length=0, label="Extracting", file=sys.stderr) as bar:
        shown = [0]

        def progress(done: int, total: int) -> None:
            if quiet:
                return
            bar.length = total
            bar.update(done - shown[0])
            shown[0] = done

        report = api.build(inputs, out=out, store=store, html=not no_html, on_skip=warn,
                           progress=progress)
    click.echo(api.format_report(report))

# ---- store, query, export, validate (issue 6)

# ---- viz (issue 7)

# ---- ner (issue 4)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
