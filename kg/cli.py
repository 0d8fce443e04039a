"""The `kg` command line: thin over `kg.api`; the only module that imports click."""

from __future__ import annotations

import functools
import shutil
import sys
import time
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


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@out_option
@click.option(
    "--store", default=None, help="Store folder or SPARQL server URL [default: OUT/store]."
)
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option(
    "--date",
    "published",
    metavar="YYYY-MM-DD",
    help="Publication date of plain-text INPUTS (default: a date in the file name, "
    "2021-01-15.txt); gives year-less dates like 29 қаңтарда their year.",
)
@click.option("--fresh", is_flag=True, help="Start the store over: remove every stored brief.")
@click.option(
    "--dumps/--no-dumps",
    default=None,
    help="Write graph.trig and graph.ttl [default: yes, unless the store holds "
    "more than 10,000 briefs].",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Briefs extracted and stored together, in one transaction.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract [default: the machine's cores].",
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    default=None,
    help="Extract on the Dask scheduler at ADDRESS (tcp://host:8786), or on a local "
    "cluster of --jobs workers with `local`.",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds to wait for a store that another kg process holds.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no skip warnings.")
@_errors
def build(
    inputs: tuple[str, ...],
    out: str,
    store: str | None,
    no_html: bool,
    published: str | None,
    fresh: bool,
    dumps: bool | None,
    batch_size: int,
    jobs: int | None,
    dask: str | None,
    wait: float,
    quiet: bool,
) -> None:
    """Extract briefs into the graph: one named graph per brief.

    INPUTS are plain-text files (one brief a line), JSONL or CSV files with the
    fields id, text and optionally date (YYYY-MM-DD) and url; `-` reads
    standard input (JSONL when it starts with `{`, plain text otherwise). A plain-text
    line's id is the file's stem and a digest of its text (seed-3f9a0c12d4), so
    ids do not shift when lines move. Briefs already in the store are replaced,
    new ones added; the rest of the store is kept (`kg remove ID...` removes
    briefs, --fresh starts over). Briefs go through in batches, each stored in
    one transaction; a brief stored unchanged is not extracted again. Writes
    OUT/graph.trig, OUT/graph.ttl and OUT/graph.html.

    \b
    Examples:
      kg build data/briefs/seed.txt
      kg build week1.jsonl week2.csv --out mygraph/
      kg build news.txt --date 2021-01-30       # or name the file 2021-01-30.txt
      kg build briefs.txt --store http://127.0.0.1:7878
      cat news.txt | kg build - --date 2021-01-30
      kg build archive.jsonl --jobs 4 --batch-size 2000
      kg build archive.jsonl --dask tcp://scheduler:8786 --store http://127.0.0.1:7878
    """
    from kg import api
    from kg.parallel import default_jobs

    def warn(skip: api.Skip | str) -> None:
        if not quiet:
            click.echo(f"Warning: {skip}", err=True)

    def waiting(message: str) -> None:
        click.echo(f"{message} (up to {wait:g} s)", err=True)

    def note(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    bars: list[Any] = []
    started: list[float] = []

    def rate(_: object) -> str:
        if not bars or not started or bars[0].pos == 0:
            return ""
        seconds = time.monotonic() - started[0]
        return f"{bars[0].pos / seconds:,.0f} briefs/s" if seconds > 0 else ""

    def progress(done: int, total: int) -> None:
        if quiet:
            return
        if not bars:
            started.append(time.monotonic())
            bar = click.progressbar(
                length=max(total, 1),
                label="Extracting",
                file=sys.stderr,
                show_eta=True,
                show_pos=True,
                item_show_func=rate,
            )
            bars.append(bar)
            bar.__enter__()
        bars[0].update(done - bars[0].pos, current_item=done)

    try:
        report = api.build(
            inputs,
            out=out,
            store=store,
            html=not no_html,
            dumps=dumps,
            batch_size=batch_size,
            jobs=jobs or default_jobs(),
            dask=dask,
            wait=wait,
            on_skip=warn,
            on_warning=warn,
            on_wait=waiting,
            on_note=note,
            progress=progress,
            fresh=fresh,
            published=published,
        )
    finally:
        if bars:
            bars[0].__exit__(None, None, None)
    click.echo(api.format_report(report))


@cli.command("remove")
@click.argument("ids", nargs=-1, required=True)
@out_option
@click.option(
    "--store", default=None, help="Store folder or SPARQL server URL [default: OUT/store]."
)
@click.option("--no-html", is_flag=True, help="Do not rewrite graph.html.")
@_errors
def remove_cmd(ids: tuple[str, ...], out: str, store: str | None, no_html: bool) -> None:
    """Remove briefs by id, with everything extracted from them; then rewrite
    OUT/graph.trig, graph.ttl and graph.html. An unknown id removes nothing.

    \b
    Examples:
      kg remove seed-3f9a0c12d4
      kg remove week1-07 week1-08 --out mygraph/
    """
    from kg import api

    files = api.remove(ids, out=out, store=store, html=not no_html)
    click.echo(f"Removed {len(set(ids))} brief(s)")
    for f in files:
        click.echo(f"Wrote {f}")


# ---- store, query, export, validate (issue 6)


def _store_option(fn: F) -> F:
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="PATH_OR_URL",
        help="Store folder, or the URL of a SPARQL 1.1 server "
        "(http://host:7878, fuseki+http://host:3030/ds, ...). Default: OUT/store.",
    )(fn)


def _complete_query(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    from kg import api

    return [q.name for q in api.saved_queries() if q.name.startswith(incomplete)]


@cli.command("query")
@click.argument("sparql", required=False)
@click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Read SPARQL from a file (`-`: standard input).",
)
@click.option(
    "--name", "name", help="Run a saved query (see --list).", shell_complete=_complete_query
)
@click.option(
    "--list",
    "list_",
    is_flag=True,
    help="List the saved queries and their parameters (--format json for a program).",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME to VALUE (repeatable). VALUE: text (a Kazakh label), <iri>, kgr:..., "
    '"lit"@en, "2021"^^xsd:gYear or a number.',
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "ndjson"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="File to write (default and `-`: standard output).",
)
@click.option("--full", is_flag=True, help="On a terminal, do not cut long cells to fit its width.")
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let the query call SERVICE <url> (it sends requests to that address).",
)
@out_option
@_store_option
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds to wait for a store that a build holds.",
)
@_errors
def query_cmd(
    sparql: str | None,
    file: str | None,
    name: str | None,
    list_: bool,
    params: tuple[str, ...],
    fmt: str,
    output: str | None,
    full: bool,
    allow_service: bool,
    out: str,
    store: str | None,
    wait: float,
) -> None:
    """Ask the graph a question in SPARQL, or run a saved query.

    Queries see the union of all briefs' graphs. Parameters are bound as
    variables, never pasted into the query.

    \b
    Examples:
      kg query "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5"
      kg query --list
      kg query --name strikes
      kg query --name region --param region="Ақтөбе облысы" --format csv
      kg query --name entity --param entity=Боқаевты     # any form or part of a name
      kg query --file my.rq --store http://localhost:7878
      kg query --name detentions --format csv -o detentions.csv
      echo "ASK { ?e a kgo:Strike }" | kg query --file -
    """
    import json

    from kg import api
    from kg.errors import QueryError
    from kg.query import format_result

    if list_ and fmt in ("json", "ndjson"):
        listed = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "params": [
                    {"name": p.name, "meaning": p.meaning, "optional": p.optional} for p in q.params
                ],
            }
            for q in api.saved_queries()
        ]
        lines = [json.dumps(x, ensure_ascii=False) for x in listed]
        click.echo(
            json.dumps(listed, ensure_ascii=False, indent=2) if fmt == "json" else "\n".join(lines)
        )
        return
    if list_:
        for saved in api.saved_queries():
            click.echo(f"{saved.name}: {saved.title}")
            click.echo(f"    {saved.description}")
            for p in saved.params:
                opt = " (optional)" if p.optional else ""
                click.echo(f"    --param {p.name}=...{opt}  {p.meaning}")
        return
    bound: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise QueryError(f"--param wants NAME=VALUE, got {item!r}")
        key = key.strip().lstrip("?$")
        if key in bound:
            raise QueryError(f"--param {key} is given twice; a variable takes one value")
        bound[key] = value
    if file == "-":
        sparql, file = sys.stdin.read(), None

    def waiting(message: str) -> None:
        click.echo(f"{message} (up to {wait:g} s)", err=True)

    result = api.query(
        sparql,
        name=name,
        file=file,
        params=bound,
        out=out,
        store=store,
        wait=wait,
        on_wait=waiting,
        allow_service=allow_service,
    )
    for note in result.notes:
        click.echo(f"Note: {note}", err=True)
    to_file = bool(output) and output != "-"
    width = None
    if fmt == "table" and not to_file and not full and sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
    text = format_result(result, fmt, width=width)
    if to_file:
        api.write_atomic(Path(str(output)), text.encode("utf-8"))
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "acled", "graphml"]),
    default="turtle",
    show_default=True,
    help="turtle/ntriples: the union of all briefs; trig/nquads/jsonld: one named graph per "
    "brief; acled: one CSV row per event; graphml: for Gephi.",
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="File to write (default and `-`: standard output).",
)
@out_option
@_store_option
@_errors
def export_cmd(fmt: str, output: str | None, out: str, store: str | None) -> None:
    """Write the graph in a standard format; the same graph gives the same bytes.

    \b
    Examples:
      kg export --format turtle -o kg.ttl
      kg export --format trig -o kg.trig
      kg export --format acled -o events.csv
      kg export --format graphml -o kg.graphml     # open in Gephi
    """
    from kg import api

    to_file = bool(output) and output != "-"
    api.export(fmt, out=out, store=store, dest=Path(str(output)) if to_file else sys.stdout.buffer)
    if to_file:
        click.echo(f"Wrote {output}", err=True)


@cli.command("validate")
@out_option
@_store_option
@_errors
def validate_cmd(out: str, store: str | None) -> None:
    """Check the graph against the contract's SHACL shapes (ontology/shapes.ttl).

    Exits with status 1 when the graph does not conform.

    \b
    Examples:
      kg validate
      kg validate --out my_build/
    """
    from kg import api

    report = api.validate(out=out, store=store)
    if report.conforms:
        click.echo(f"OK: {report.triples} distinct triples conform to the contract.")
        return
    click.echo(report.text.rstrip())
    raise click.ClickException(f"{report.violations} violations of the contract")


@cli.command("stats")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@out_option
@_store_option
@_errors
def stats_cmd(fmt: str, out: str, store: str | None) -> None:
    """What the build holds: briefs, events by class and month, entities by class,
    triples and the store's size.

    \b
    Examples:
      kg stats
      kg stats --format json --out mygraph/
    """
    import dataclasses
    import json

    from kg import api

    st = api.stats(out=out, store=store)
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(st), ensure_ascii=False, indent=2))
        return

    def line(counts: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"

    size = "" if st.store_bytes is None else f"; store {st.store_bytes / 1e6:.1f} MB on disk"
    click.echo(f"Briefs: {st.briefs}")
    click.echo(f"Events: {sum(st.events.values())}: {line(st.events)}")
    click.echo(f"Events by month: {line(st.months)}")
    click.echo(f"Entities: {sum(st.entities.values())}: {line(st.entities)}")
    click.echo(f"Triples: {st.triples} distinct{size}")


# ---- viz (issue 7)


@cli.command()
@out_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    help="Page to write (`-`: standard output).  [default: OUT/graph.html]",
)
@click.option(
    "--query",
    "query_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Draw the result of this SPARQL CONSTRUCT or SELECT file, not the whole graph.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Draw at most N nodes, the best connected first.",
)
@click.option(
    "--entities-only",
    is_flag=True,
    help="Entities and the plain edges between them (activist -detained by-> police).",
)
@click.option("--title", default="kazkg", show_default=True, help="Title of the page.")
@_store_option
@_errors
def viz(
    out: str,
    store: str | None,
    output: str | None,
    query_file: str | None,
    limit: int | None,
    entities_only: bool,
    title: str,
) -> None:
    """Write the graph as one HTML page that works offline.

    \b
    Examples:
      kg viz                                   # -> output/graph.html
      kg viz -o strikes.html --query strikes.rq
      kg viz --entities-only --limit 300
    """
    from kg import api

    to_stdout = output == "-"
    target, size = api.viz(
        out=out,
        store=store,
        output=sys.stdout.buffer if to_stdout else output,
        query_file=query_file,
        limit=limit,
        entity_only=entities_only,
        title=title,
    )
    click.echo(f"Wrote {target} ({size // 1024} KB)", err=to_stdout)


# ---- ner (issue 4)


@cli.command("ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--conll", is_flag=True, help="FILE is CoNLL: a token a line, blank lines apart.")
@click.option("--eval", "eval_", is_flag=True, help="Score against the gold labels.")
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write tags here."
)
@_errors
def ner_command(file: str, conll: bool, eval_: bool, output: Any) -> None:
    """Tag named entities (KazNERD's 25 classes, IOB2) in FILE.

    Plain text is split into sentences and tokens; each token is printed with its
    label, a blank line between sentences. Of a JSONL or CSV file (.jsonl,
    .ndjson, .csv) the `text` field of each record is tagged. With --conll,
    FILE's first column is the token; sentence-id lines (AID327344 O) are
    kept; when FILE has gold labels the per-class P/R/F1 table goes to stderr.

    \b
    Examples:
      kg ner brief.txt
      kg ner --conll IOB2_test.txt -o tagged.txt        # table on stderr
      kg ner --conll --eval IOB2_test.txt > /dev/null
    """
    from kg import api
    from kg.ner import format_table

    if not conll:
        if eval_:
            raise click.UsageError("--eval needs --conll")
        tagged = api.tag_file(file, on_skip=lambda skip: click.echo(f"Warning: {skip}", err=True))
        for sentence in tagged:
            for token, label in sentence:
                output.write(f"{token}\t{label}\n")
            output.write("\n")
        return
    scores = api.tag_conll(file, output, evaluate=eval_)
    if scores is not None:
        click.echo(format_table(scores), err=True)


@cli.command("ner-train")
@click.option(
    "--data",
    "data",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    default=["data/kaznerd/IOB2_valid2.txt"],
    show_default=True,
    help="Labelled CoNLL file(s) to train on (repeat the option for several).",
)
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False),
    default="ner-model/model.crfsuite",
    show_default=True,
    help="Model file; its metadata goes beside it as .json. The shipped model "
    "(kg/ner/model.crfsuite) is replaced only when named here.",
)
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of shuffles and split.")
@click.option("--c1", type=float, default=0.01, show_default=True, help="L1 penalty.")
@click.option("--c2", type=float, default=0.01, show_default=True, help="L2 penalty.")
@click.option("--max-iterations", type=int, default=400, show_default=True, help="Iterations.")
@click.option(
    "--holdout", type=float, default=0.0, show_default=True, help="Share kept out and scored."
)
@click.option(
    "--augment",
    type=int,
    default=0,
    show_default=True,
    help="Extra copies of each sentence with its names swapped for others of their class.",
)
@click.option(
    "--eval-on",
    "eval_on",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="CoNLL file(s) to score the new model on.",
)
@_errors
def ner_train_command(
    data: tuple[str, ...],
    out: str,
    seed: int,
    c1: float,
    c2: float,
    max_iterations: int,
    holdout: float,
    augment: int,
    eval_on: tuple[str, ...],
) -> None:
    """Train the NER model reproducibly (CRF, fixed seed) and print its metadata.

    \b
    Examples:
      kg ner-train                                  # -> ner-model/model.crfsuite
      kg ner-train --out kg/ner/model.crfsuite      # replace the shipped model
      kg ner-train --out /tmp/m.crfsuite --holdout 0.15 --c1 0.1
    """
    import json
    from pathlib import Path

    from kg import ner

    meta = ner.train(
        data=[Path(d) for d in data],
        model=Path(out),
        c1=c1,
        c2=c2,
        seed=seed,
        max_iterations=max_iterations,
        holdout=holdout,
        augment=augment,
        evaluate_on=[Path(p) for p in eval_on],
    )
    click.echo(json.dumps(meta, ensure_ascii=False, indent=2))


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
