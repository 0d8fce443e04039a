"""Tagging speed: tokens per second of `kg.ner.tag` against the tokenizer alone, in one run.

    python bench/bench_ner.py [FILE] [--repeat N]

FILE is plain text (default: data/briefs/seed.txt). The tokenizer pass is
kg.text.sentences (sentences and tokens); the tagging pass tokenises and tags.
The model is loaded before the clock starts.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg import ner
from kg.text import normalise, sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default="data/briefs/seed.txt")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    text = normalise(Path(args.file).read_text(encoding="utf-8"))
    ner.tag(["Алматы"])  # load the model outside the timing

    started = time.perf_counter()
    n_tok = 0
    for _ in range(args.repeat):
        for s in sentences(text):
            n_tok += len(s.tokens)
    tok_s = time.perf_counter() - started

    started = time.perf_counter()
    n_tag = 0
    for _ in range(args.repeat):
        for s in sentences(text):
            n_tag += len(ner.tag([t.text for t in s.tokens]))
    tag_s = time.perf_counter() - started

    tokenizer_rate = n_tok / tok_s
    tagger_rate = n_tag / tag_s
    print(f"file: {args.file}  tokens per pass: {n_tok // args.repeat}  passes: {args.repeat}")
    print(f"tokenizer alone:      {tokenizer_rate:12,.0f} tokens/s")
    print(f"tokenizer + tagging:  {tagger_rate:12,.0f} tokens/s")
    print(f"ratio (tokenizer / tagging): {tokenizer_rate / tagger_rate:.1f}x slower with tagging")


if __name__ == "__main__":
    main()
