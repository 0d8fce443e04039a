"""Words per second of the Kazakh analyser against a plain regex tokenizer.

Reads the tokens of data/kaznerd/IOB2_valid.txt, then times in one process
(a) a regex tokenizer over the same words joined as text and (b) analyse() +
lemma() over every token, with a cold cache (the analyser caches per word
form, so repeated forms are cheap, as in real text). Prints words/second for
each and their ratio; there is no pass/fail on time.

    python bench/bench_morph.py [--limit N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.lang import analyse, lemma  # noqa: E402
from kg.lang.morph import _analyse_lower  # noqa: E402

_WORD = re.compile(r"\d+(?:[.,]\d+)?(?:-[^\W\d_]+)?|[^\W\d_]+(?:-[^\W\d_]+)*|\S", re.UNICODE)


def _tokens(path: Path, limit: int | None) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts:
                out.append(parts[0])
                if limit and len(out) >= limit:
                    break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="use the first N tokens only")
    ap.add_argument("--data", type=Path, default=ROOT / "data" / "kaznerd" / "IOB2_valid.txt")
    args = ap.parse_args()
    words = _tokens(args.data, args.limit)
    text = " ".join(words)

    t0 = time.perf_counter()
    n_regex = sum(1 for _ in _WORD.finditer(text))
    t_regex = time.perf_counter() - t0

    _analyse_lower.cache_clear()
    t0 = time.perf_counter()
    for w in words:
        analyse(w)
        lemma(w)
    t_morph = time.perf_counter() - t0

    regex_wps = n_regex / t_regex
    morph_wps = len(words) / t_morph
    print(f"tokens: {len(words):,} ({len(set(words)):,} distinct forms)")
    print(f"regex tokenizer: {regex_wps:,.0f} words/s")
    print(f"analyse+lemma:   {morph_wps:,.0f} words/s")
    print(f"ratio (regex / analyser): {regex_wps / morph_wps:,.1f}x slower")


if __name__ == "__main__":
    main()
