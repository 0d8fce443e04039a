"""End-to-end build speed and memory on a synthetic corpus of any size.

    python bench/bench_build.py --sizes 1000 10000 [--ways 1 2 dask] [--batch N]
    python bench/bench_build.py --make 5000 corpus.jsonl      # only write a corpus

The corpus is made from the sample (data/briefs/seed.txt) and the briefs of
tests/test_events.py, drawn at random (fixed seed) with their numbers, dates,
people's and companies' names varied, a publication date and an id each, so that
stories repeat as in a real archive but do not all collapse into one.

For each size it prints, each build in a fresh process on a fresh store:
briefs/s end to end and peak RSS of the building process (its extraction
workers apart) for `--jobs 1`, `--jobs 2` and `--dask local` (2 workers), the
rerun of the unchanged input against the first build (and its peak RSS), and,
in one process on the first 500 briefs, extraction alone against reading and
tokenising the same text. With two sizes or more it prints, for each way, the
cost per brief and the peak RSS of the largest size against the smallest. The
first way named also gets the rerun.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ("Асқар", "Ерлан", "Арман", "Нұрлан", "Дархан", "Болат", "Айдар", "Марат", "Қанат")
LAST = ("Омаров", "Жұмабаев", "Қасымов", "Тоқтаров", "Сапаров", "Байжанов", "Мұратов", "Оспанов")
PERSONS = ("Макс Боқаев", "Асанәлі Сүйеубаев", "Ермахан Ибраимов", "Әйгерім Төлеужан")
COMPANY = re.compile(r"\b([А-ЯӘҒҚҢӨҰҮҺІ]{3})-Мұнай")
MONTHS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
NUMBER = re.compile(rf"\b(\d+)\b( (?:{MONTHS}))?")
LETTERS = "АБВГДЕЖЗКЛМНПРСТ"


def _templates() -> list[str]:
    seed = (ROOT / "data" / "briefs" / "seed.txt").read_text(encoding="utf-8").splitlines()
    texts = [line.strip() for line in seed if len(line.split()) >= 4]
    tree = ast.parse((ROOT / "tests" / "test_events.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.List):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if isinstance(target, ast.Name) and target.id == "CASES":
                for case in node.value.elts:
                    if isinstance(case, ast.Tuple) and case.elts:
                        texts.append(ast.literal_eval(case.elts[0]))
    return texts


def _vary(text: str, rng: random.Random) -> str:
    for name in PERSONS:
        first, last = name.split()
        if last[:-2] in text:
            text = text.replace(first, rng.choice(FIRST)).replace(last[:-2], rng.choice(LAST)[:-2])
    text = COMPANY.sub(lambda m: "".join(rng.choice(LETTERS) for _ in range(3)) + "-Мұнай", text)
    return NUMBER.sub(lambda m: _number(m, rng), text)


def _number(m: re.Match[str], rng: random.Random) -> str:
    digits, month = m.group(1), m.group(2)
    if month:
        return f"{rng.randint(1, 28)}{month}"
    if len(digits) == 4:  # a year
        return digits
    low = 10 ** (len(digits) - 1) if len(digits) > 1 else 2
    return str(rng.randint(low, 10 ** len(digits) - 1))


def make_corpus(n: int, path: Path, *, seed: int = 13) -> None:
    rng = random.Random(seed)
    templates = _templates()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            day = 1 + rng.randrange(365)
            published = time.strftime("%Y-%m-%d", time.gmtime(1609459200 + 86400 * (day - 1)))
            brief = {
                "id": f"syn-{i:07d}",
                "text": _vary(rng.choice(templates), rng),
                "date": published,
            }
            fh.write(json.dumps(brief, ensure_ascii=False) + "\n")


_CHILD = """
import json, resource, sys, time
from kg import api
args = json.loads(sys.argv[1])
start = time.perf_counter()
options = {"jobs": args["jobs"], "dask": args["dask"], "batch_size": args["batch"]}
report = api.build([args["corpus"]], out=args["out"], **options)
seconds = time.perf_counter() - start
print(json.dumps({
    "seconds": seconds,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "briefs": report.briefs, "added": report.graphs_added, "unchanged": report.graphs_unchanged,
    "notes": list(report.notes),
}))
"""


def _build(
    corpus: Path, out: Path, *, jobs: int, dask: str | None, batch: int
) -> dict[str, object]:
    args = {"corpus": str(corpus), "out": str(out), "jobs": jobs, "dask": dask, "batch": batch}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(args)], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _extraction_vs_tokenising(corpus: Path, n: int = 500) -> tuple[float, float]:
    from kg.extract import extract
    from kg.inputs import Brief, read_briefs
    from kg.text import normalise, sentences

    briefs = [b for b in read_briefs([corpus]) if isinstance(b, Brief)][:n]
    extract(briefs[0])  # load the models outside the timing
    start = time.perf_counter()
    for b in briefs:
        for s in sentences(normalise(b.text)):
            len(s.tokens)
    tokenising = time.perf_counter() - start
    start = time.perf_counter()
    for b in briefs:
        extract(b)
    extracting = time.perf_counter() - start
    return len(briefs) / extracting, len(briefs) / tokenising


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--ways", nargs="+", default=["1", "2", "dask"], help="1, 2 or dask")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--make", nargs=2, metavar=("N", "FILE"))
    args = parser.parse_args()
    if args.make:
        make_corpus(int(args.make[0]), Path(args.make[1]))
        return
    per_brief: dict[str, dict[int, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}.jsonl"
            make_corpus(size, corpus)
            if size == args.sizes[0]:
                ext, tok = _extraction_vs_tokenising(corpus)
                print(
                    f"extraction alone: {ext:,.0f} briefs/s on one core; reading and tokenising "
                    f"{tok:,.0f} briefs/s ({tok / ext:,.0f}x faster)"
                )
            for way in args.ways:
                jobs, dask = (2, "local") if way == "dask" else (int(way), None)
                out = Path(tmp) / f"out-{size}-{way}"
                r = _build(corpus, out, jobs=jobs, dask=dask, batch=args.batch)
                name = "--dask local (2 workers)" if dask else f"--jobs {jobs}"
                seconds, rss = float(r["seconds"]), float(r["rss_mb"])  # type: ignore[arg-type]
                workers = float(r["workers_rss_mb"])  # type: ignore[arg-type]
                print(
                    f"{size:>7,} briefs  {name:<24} {seconds:7.1f} s  {size / seconds:7,.0f} "
                    f"briefs/s  peak RSS {rss:6,.0f} MB (workers {workers:,.0f} MB)"
                )
                for note in r["notes"]:  # type: ignore[attr-defined]
                    print(f"         note: {note}")
                per_brief.setdefault(name, {})[size] = (seconds / size, rss)
                if way == args.ways[0]:
                    again = _build(corpus, out, jobs=jobs, dask=dask, batch=args.batch)
                    rerun = float(again["seconds"])  # type: ignore[arg-type]
                    print(
                        f"{size:>7,} briefs  rerun, unchanged input  {rerun:7.1f} s  "
                        f"= {rerun / seconds:.1%} of the first build "
                        f"({again['unchanged']} unchanged), peak RSS {again['rss_mb']:,.0f} MB"
                    )
                shutil.rmtree(out)
    for name, sizes in per_brief.items():
        if len(sizes) >= 2:
            small, large = min(sizes), max(sizes)
            cost = sizes[large][0] / sizes[small][0]
            rss = sizes[large][1] / sizes[small][1]
            print(
                f"{name}: cost per brief at {large:,} / at {small:,}: {cost:.2f}x; "
                f"peak RSS {rss:.2f}x"
            )


if __name__ == "__main__":
    main()
