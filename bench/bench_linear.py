"""Extraction time against the length of one brief, from 1 KB to 1 MB.

For each kind of text (real news, "123 " repeated, quotes, one long word,
dates, hostile pieces) it times `kg.extract.extract` on one brief of each size
and prints CPU seconds (process time, so that other work on the machine does not
count), microseconds per character and the ratio to the size
before; time that grows linearly gives a ratio equal to the size ratio (10).
There is no pass/fail on time.

    python bench/bench_linear.py [--kinds news,digits] [--sizes 1000,100000,1000000]

A `kg build` skips briefs over kg.text.screen.MAX_CHARS (20,000 characters);
sizes above that are reached through the library (`extract`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.model import Brief  # noqa: E402

UNITS = {
    "news": " ".join((ROOT / "data" / "briefs" / "seed.txt").read_text("utf-8").splitlines()) + " ",
    "digits": "123 ",
    "quotes": "«Ереуіл» деді ол. ",
    "word": "а",
    "dates": "29 қаңтарда 2021 жылы 5 мың адам кеше 10-12 ақпан аралығында ",
    "hostile": "177 пайызын 10 000 000 «» ертең 0000 жылы <b>ереуіл</b> № 5 ",
}


def _text(kind: str, size: int) -> str:
    unit = UNITS[kind]
    return (unit * (size // len(unit) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(UNITS), help="comma-separated")
    parser.add_argument("--sizes", default="1000,10000,100000,1000000", help="characters")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    extract(Brief("warm", _text("news", 2000), date="2021-01-05"))  # models, gazetteer
    print(f"{'kind':<8} {'chars':>9} {'seconds':>9} {'µs/char':>8} {'× prev':>7}")
    for kind in args.kinds.split(","):
        times: list[float] = []
        for size in sizes:
            brief = Brief(f"{kind}-{size}", _text(kind, size), date="2021-01-05")
            started = time.process_time()
            extract(brief)
            times.append(time.process_time() - started)
            ratio = f"{times[-1] / times[-2]:.1f}" if len(times) > 1 and times[-2] else "-"
            print(
                f"{kind:<8} {size:>9,} {times[-1]:>9.2f} {times[-1] / size * 1e6:>8.1f} {ratio:>7}",
                flush=True,
            )
        if len(sizes) > 1 and times[0]:
            print(
                f"{kind:<8} {sizes[0]:,} -> {sizes[-1]:,} chars ({sizes[-1] / sizes[0]:.0f}×): "
                f"time {times[-1] / times[0]:.0f}×",
                flush=True,
            )


if __name__ == "__main__":
    main()
