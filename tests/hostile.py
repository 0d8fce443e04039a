"""Hostile briefs, as an attacker or a careless user writes them, in the three
input formats. Deterministic for a seed, so a failing file can be made again.

    python -m tests.hostile DIR [--count N] [--seed S]

writes DIR/hostile.txt, DIR/hostile.jsonl and DIR/hostile.csv with N briefs
each (tests/test_hostile.py builds a few hundred; the issue 12 check, 10,000).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
from pathlib import Path

# Real sentences, so that extraction reaches events, dates, counts and shares.
NEWS = (
    "29 ақпанда Ақтөбе облысында 200-ге жуық жұмысшы ереуілге шықты.",
    "Кеше Алматыда белсенді Асанәлі Сүйеубаев ұсталды.",
    "Өткен айда Шымкентте жүзден аса жүргізуші жалақыны 100 пайызға көбейтуді талап етті.",
    "98 орынның 177 пайызын алған партия сайлауда жеңді.",
    "Сот белсендіні 10000000 күнге бас бостандығынан айыруға үкім шығарды.",
    "Желтоқсанда 999999999999999999 адам наразылық акциясына шықты.",
    "Ертең Атырауда митинг өтеді, келесі аптада сот болады.",
    "Келесі жылы сайлау өтеді, былтыр 5 мың адам дауыс берді.",
    "Qazaqstanda jūmysşylar ereuılge şyqty, Aqtöbede 300 adam jinaldy.",
    "Полиция «Ақ жол» партиясының 12 мүшесін 15 тәулікке қамады.",
    "2021 жылғы 30 ақпанда наурыздың отыз бірінде 10-12 қаңтар аралығында ұсталды.",
)
# Pieces that have broken something before (issue 12) or might.
PIECES = (
    "123 ",
    "«",
    "»",
    '"',
    "29 ақпанда ",
    "кеше ",
    "ертең ",
    "өткен жылы ",
    "келесі айда ",
    "қаңтарда ",
    "0000 жылы ",
    "9999 жылы ",
    "177 пайызын ",
    "10 000 000 ",
    "1,5 сағатқа ",
    "үштен бірі ",
    "<script>alert(1)</script> ",
    "} ; DROP GRAPH <urn:x> ; { ",
    "SERVICE <http://127.0.0.1:1/> ",
    "а" * 50,
    "ереуіл ",
    "ұсталды. ",
    "— ",
    "№5 ",
    ". ",
)
DATES = (
    None,
    "2023-03-05",
    "2021-01-05",
    "9999-12-31",
    "9999-12-25",
    "0001-01-01",
    "0001-01-05",
    "20210105",
    "2021-02-30",
    "0000-01-01",
    "2021-1-5",
    "",
    "  2021-01-05",
)
IDS = (".", "..", "~", "-", "_", "a/b", "id with space", "ид", "x" * 300, "%41", "<a>", "")


def _text(rng: random.Random, long: int) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return rng.choice(NEWS)
    if kind == 1:
        return " ".join(rng.sample(NEWS, 3))
    if kind == 2:
        return rng.choice(NEWS) + " " + "".join(rng.choices(PIECES, k=rng.randrange(1, 40)))
    if kind == 3:
        piece = rng.choice(PIECES)
        return rng.choice(NEWS) + " " + piece * max(1, rng.randrange(long) // len(piece))
    return "".join(rng.choice(NEWS) + " " for _ in range(rng.randrange(1, 30)))


def briefs(count: int, *, seed: int = 12, long: int = 5_000) -> list[dict[str, object]]:
    """`count` briefs as JSON objects; `long` bounds the repeated-piece ones."""
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    for n in range(count):
        obj: dict[str, object] = {"id": f"h{n}", "text": _text(rng, long)}
        roll = rng.random()
        if roll < 0.1:
            obj["id"] = rng.choice(IDS)
        elif roll < 0.15:
            obj["id"] = None
        elif roll < 0.2:
            obj["id"] = f"h{n - 1}"  # used already
        date = rng.choice(DATES)
        if date is not None:
            obj["date"] = date
        if rng.random() < 0.2:
            obj["url"] = rng.choice(("https://e.kz/1", "javascript:alert(1)", "не url", ""))
        out.append(obj)
    return out


# Lines no reader can take whole; each format mixes a few of them in.
_RAW_TXT = (b"\xff\xfe broken", b"\x00\x01 control", b"   ", b"x" * 25_000)
_RAW_JSONL = (
    b"[" * 50_000 + b"]" * 50_000,
    b'{"text": "\\ud800 lone"}',
    b'{"id": {"a": 1}, "text": "x"}',
    b"{not json",
    b"\xff{}",
    b'"just a string"',
)


def write_txt(path: Path, items: list[dict[str, object]], *, seed: int = 12) -> None:
    rng = random.Random(seed)
    with path.open("wb") as fh:
        for obj in items:
            fh.write(str(obj["text"]).encode() + b"\n")
            if rng.random() < 0.05:
                fh.write(rng.choice(_RAW_TXT) + b"\n")


def write_jsonl(path: Path, items: list[dict[str, object]], *, seed: int = 12) -> None:
    rng = random.Random(seed)
    with path.open("wb") as fh:
        for obj in items:
            fh.write(json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode() + b"\n")
            if rng.random() < 0.05:
                fh.write(rng.choice(_RAW_JSONL) + b"\n")


def write_csv(path: Path, items: list[dict[str, object]], *, seed: int = 12) -> None:
    rng = random.Random(seed)
    with path.open("wb") as fh:
        fh.write(b"id,text,date,url\n")
        for obj in items:
            buf = io.StringIO()
            row = [obj.get(k) for k in ("id", "text", "date", "url")]
            csv.writer(buf).writerow(["" if v is None else str(v) for v in row])
            fh.write(buf.getvalue().encode())
            roll = rng.random()
            if roll < 0.02:
                fh.write(b"big," + "а".encode() * 140_000 + b"\n")
            elif roll < 0.04:
                fh.write(b"bad,\xff\xfe " + str(obj["text"]).encode() + b"\n")
        fh.write(b'open,"never closed\n')  # would take every row after it


def write_all(folder: Path, count: int, *, seed: int = 12, long: int = 5_000) -> list[Path]:
    """hostile.txt, hostile.jsonl and hostile.csv in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    items = briefs(count, seed=seed, long=long)
    paths = [folder / "hostile.txt", folder / "hostile.jsonl", folder / "hostile.csv"]
    write_txt(paths[0], items, seed=seed)
    write_jsonl(paths[1], items, seed=seed)
    write_csv(paths[2], items, seed=seed)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--long", type=int, default=19_000)
    args = parser.parse_args()
    for p in write_all(args.folder, args.count, seed=args.seed, long=args.long):
        print(p)


if __name__ == "__main__":
    main()
