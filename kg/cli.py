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
    label, a blank line between sentences. With --conll, FILE's first column is the
    token; sentence-id lines (AID327344 O) are kept; when FILE has gold labels the
    per-class P/R/F1 table goes to stderr.

    \b
    Examples:
      kg ner brief.txt
      kg ner --conll IOB2_test.txt -o tagged.txt        # table on stderr
      kg ner --conll --eval IOB2_test.txt > /dev/null
    """
    from kg import ner

    if not conll:
        if eval_:
            raise click.UsageError("--eval needs --conll")
        from kg.text import normalise, sentences

        with open(file, encoding="utf-8") as handle:
            text = normalise(handle.read())
        for sent in sentences(text):
            toks = [t.text for t in sent.tokens]
            for t, label in zip(toks, ner.tag(toks), strict=True):
                output.write(f"{t}\t{label}\n")
            output.write("\n")
        return
    golds: list[list[str]] = []
    preds: list[list[str]] = []
    unlabelled = 0
    for sentence in ner.read_conll(file):
        labels = ner.tag(sentence.tokens)
        output.write(ner.format_conll(sentence, labels))
        if sentence.labels is None:
            unlabelled += 1
            if eval_:
                raise click.ClickException(f"{file}:{sentence.line}: a sentence has no gold labels")
            continue
        golds.append(list(sentence.labels))
        preds.append(labels)
    if golds and not unlabelled:
        click.echo(ner.format_table(ner.evaluate(golds, preds)), err=True)


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
    default="kg/ner/model.crfsuite",
    show_default=True,
    help="Model file; its metadata goes beside it as .json.",
)
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of shuffles and split.")
@click.option("--c1", type=float, default=0.01, show_default=True, help="L1 penalty.")
@click.option("--c2", type=float, default=0.01, show_default=True, help="L2 penalty.")
@click.option("--max-iterations", type=int, default=400, show_default=True, help="Iterations.")
@click.option(
    "--holdout", type=float, default=0.0, show_default=True, help="Share kept out and scored."
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
    eval_on: tuple[str, ...],
) -> None:
    """Train the NER model reproducibly (CRF, fixed seed) and print its metadata.

    \b
    Examples:
      kg ner-train                                  # rebuilds kg/ner/model.crfsuite
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
        evaluate_on=[Path(p) for p in eval_on],
    )
    click.echo(json.dumps(meta, ensure_ascii=False, indent=2))


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
