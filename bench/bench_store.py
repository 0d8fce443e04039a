"""Benchmark: the Oxigraph store against rdflib's in-memory Dataset on a synthetic corpus.

Makes a seeded, contract-shaped corpus (briefs, entities with kgo:locatedIn chains,
events with roles, dates, counts and evidence; one named graph per brief), loads
it into a fresh on-disk store through `Store.replace_graphs` and into an rdflib
Dataset, runs every saved query on both in the same run, checks that the answers
are the same (as sets of rows), and prints load throughput and per-query times.
Each query runs `--repeat` times on each side and the best time counts; both sides
return rdflib terms, and garbage collection is frozen once the data is loaded so
that neither pays for walking the other's million objects.

    python bench/bench_store.py                 # about 1M triples
    python bench/bench_store.py --triples 50000 # quicker
"""

from __future__ import annotations

import argparse
import gc
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import Literal, URIRef
from rdflib.term import Node

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.query import list_queries, parse_value
from kg.store import Store, Triple, execute, split_order
from kg.vocab import DCTERMS, GEO, KGO, KGR, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

EVENT_CLASSES = [
    ("Strike", "ереуілге шықты"),
    ("Protest", "митингке шықты"),
    ("Detention", "ұсталды"),
    ("Sentencing", "сотталды"),
    ("Release", "босап шықты"),
    ("Complaint", "арыз жазды"),
    ("Petition", "өтініш тапсырды"),
    ("Statement", "мәлімдеді"),
    ("ElectionResult", "орын алды"),
    ("Condemnation", "айыптады"),
]
SYLLABLES = [
    "ақ",
    "бо",
    "ла",
    "сай",
    "тем",
    "ір",
    "құ",
    "дық",
    "шұ",
    "бар",
    "ер",
    "мах",
    "ан",
    "ба",
    "қыт",
    "нұр",
    "сұл",
    "тан",
    "жан",
    "ар",
    "ай",
    "гүл",
]


def _word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


class Corpus:
    """Entity pools shared by all briefs, so that entities repeat across graphs."""

    def __init__(self, seed: int) -> None:
        self.rng = rng = random.Random(seed)
        self.country = (KGR["entity/country/kz"], KGO.Country, "Қазақстан", None)
        self.regions = [
            (KGR[f"entity/region/r{i}"], KGO.Region, f"{_word(rng)} облысы", self.country[0])
            for i in range(17)
        ]
        self.districts = [
            (KGR[f"entity/district/d{i}"], KGO.District, f"{_word(rng)} ауданы", r[0])
            for i, r in enumerate(self.regions * 12)
        ]
        self.villages = [
            (KGR[f"entity/village/v{i}"], KGO.Village, _word(rng), d[0])
            for i, d in enumerate(self.districts * 8)
        ]
        self.cities = [
            (KGR[f"entity/city/c{i}"], KGO.City, _word(rng, 2), r[0])
            for i, r in enumerate(self.regions * 3)
        ]
        self.places = [*self.regions, *self.districts, *self.villages, *self.cities]
        self.coords = {p[0]: (rng.uniform(40, 55), rng.uniform(46, 87)) for p in self.places}
        self.companies = [
            (KGR[f"entity/company/k{i}"], KGO.Company, f"{_word(rng)} Мұнай") for i in range(400)
        ]
        self.persons = [
            (KGR[f"entity/person/p{i}"], KGO.Person, f"{_word(rng, 2)} {_word(rng)}ов")
            for i in range(4000)
        ]
        self.courts = [
            (KGR[f"entity/court/s{i}"], KGO.Court, f"{_word(rng)} аудандық соты") for i in range(60)
        ]
        self.police = [
            (KGR[f"entity/police/m{i}"], KGO.LawEnforcement, f"{_word(rng)} полициясы")
            for i in range(60)
        ]
        self.parties = [
            (KGR[f"entity/party/q{i}"], KGO.PoliticalParty, f"{_word(rng)} партиясы")
            for i in range(12)
        ]

    def brief(self, n: int) -> tuple[URIRef, list[Triple]]:
        rng = self.rng
        bid = f"syn-{n:06d}"
        brief = KGR[f"brief/{bid}"]
        year, month, day = 2019 + n % 4, 1 + rng.randrange(12), 1 + rng.randrange(28)
        text = f"{day} {month} {_word(rng)} {_word(rng)} " * 4
        out: list[Triple] = [
            (brief, RDF.type, KGO.Brief),
            (brief, DCTERMS.identifier, Literal(bid)),
            (brief, SCHEMA.text, Literal(text)),
            (brief, DCTERMS.date, Literal(f"{year}-{month:02d}-{day:02d}", datatype=XSD.date)),
            (brief, SCHEMA.url, Literal(f"https://example.org/{bid}")),
        ]
        seen: set[URIRef] = set()

        def entity(e: tuple[URIRef, URIRef, str], alt: str | None = None) -> URIRef:
            iri, cls, label = e
            out.append((iri, RDF.type, cls))
            out.append((iri, RDFS.label, Literal(label, lang="kk")))
            out.append((iri, KGO.mentionedIn, brief))
            if alt:
                out.append((iri, SKOS.altLabel, Literal(alt, lang="kk")))
            seen.add(iri)
            return iri

        def place(p: tuple[URIRef, URIRef, str, URIRef | None]) -> URIRef:
            chain = [p]
            while chain[-1][3] is not None:
                parent = chain[-1][3]
                chain.append(next(x for x in (self.country, *self.places) if x[0] == parent))
            for iri, cls, label, parent in chain:
                entity((iri, cls, label), alt=label + "да")
                if parent is not None:
                    out.append((iri, KGO.locatedIn, parent))
                if iri in self.coords:
                    lat, lon = self.coords[iri]
                    out.append((iri, GEO.lat, Literal(Decimal(f"{lat:.4f}"))))
                    out.append((iri, GEO.long, Literal(Decimal(f"{lon:.4f}"))))
            return p[0]

        for k in range(1 + rng.randrange(3)):
            cls, trigger = rng.choice(EVENT_CLASSES)
            ev = KGR[f"event/{bid}-{k + 1}"]
            sentence = f"{text[:60]} {trigger}."
            out += [
                (ev, RDF.type, KGO[cls]),
                (ev, PROV.wasDerivedFrom, brief),
                (ev, KGO.evidence, Literal(sentence)),
                (ev, KGO.trigger, Literal(trigger)),
            ]
            if rng.random() < 0.8:
                dt = rng.choice(["date", "date", "gYearMonth", "gMonthDay"])
                lex = {
                    "date": f"{year}-{month:02d}-{day:02d}",
                    "gYearMonth": f"{year}-{month:02d}",
                    "gMonthDay": f"--{month:02d}-{day:02d}",
                }[dt]
                out.append((ev, KGO.date, Literal(lex, datatype=XSD[dt])))
            where = rng.choice(self.villages + self.cities + self.districts)
            out.append((ev, KGO.place, place(where)))
            if cls in ("Strike", "Protest"):
                company = entity(rng.choice(self.companies))
                group = KGR[f"entity/group/{bid}-{k}"]
                entity((group, KGO.Group, "жұмысшылар"))
                out += [
                    (ev, KGO.agent, group),
                    (ev, KGO.target, company),
                    (group, KGO.strikesAgainst, company),
                    (ev, KGO.participantCount, Literal(10 * (1 + rng.randrange(60)))),
                ]
            elif cls in ("Detention", "Sentencing", "Release"):
                person = entity(rng.choice(self.persons))
                out.append((ev, KGO.patient, person))
                if cls != "Release":
                    by = entity(rng.choice(self.police if cls == "Detention" else self.courts))
                    out.append((ev, KGO.agent, by))
                    rel = KGO.detainedBy if cls == "Detention" else KGO.sentencedBy
                    out.append((person, rel, by))
                if cls == "Sentencing":
                    out.append(
                        (
                            ev,
                            KGO.duration,
                            Literal(f"P{1 + rng.randrange(9)}Y", datatype=XSD.duration),
                        )
                    )
            elif cls in ("Complaint", "Petition", "Condemnation", "Statement"):
                out.append((ev, KGO.agent, entity(rng.choice(self.persons))))
                if cls != "Statement":
                    out.append((ev, KGO.target, entity(rng.choice(self.companies + self.police))))
            elif cls == "ElectionResult":
                out += [
                    (ev, KGO.agent, entity(rng.choice(self.parties))),
                    (ev, KGO.seats, Literal(rng.randrange(1, 80))),
                    (ev, KGO.percentage, Literal(Decimal(f"{rng.uniform(1, 80):.2f}"))),
                ]
        return URIRef(f"{KGR}graph/{bid}"), out


def corpus(triples: int, seed: int) -> dict[URIRef, list[Triple]]:
    c = Corpus(seed)
    graphs: dict[URIRef, list[Triple]] = {}
    total = n = 0
    while total < triples:
        name, ts = c.brief(n)
        graphs[name] = ts
        total += len(set(ts))
        n += 1
    return graphs


def _norm(term: Node | None) -> object:
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype in (XSD.integer, XSD.decimal, XSD.double):
        return ("num", Decimal(str(term)))
    return (
        type(term).__name__,
        str(term),
        getattr(term, "language", None),
        str(getattr(term, "datatype", None) or ""),
    )


def _rowset(rows: Iterable[Iterable[Node | None]]) -> list[object]:
    return sorted({tuple(_norm(t) for t in row) for row in rows}, key=repr)


def _disk_and_memory(disk: ox.Store, params: dict[str, str], repeat: int) -> None:
    t = time.perf_counter()
    mem = ox.Store()
    mem.bulk_extend(disk.quads_for_pattern(None, None, None, None))
    print(f"\nin-memory copy: {time.perf_counter() - t:.1f}s; the engine alone (no ORDER BY):")
    print(f"{'query':18} {'rows':>7} {'disk s':>9} {'memory s':>9} {'ratio':>7}")
    for q in list_queries():
        bound = {p.name: parse_value(params[p.name]) for p in q.params}
        split = split_order(q.text)
        text = q.text if split is None else split[0]
        times = []
        for st in (disk, mem):
            best = float("inf")
            for _ in range(repeat):
                t = time.perf_counter()
                n = len(list(execute(st, text, bound)))
                best = min(best, time.perf_counter() - t)
            times.append(best)
        print(f"{q.name:18} {n:7d} {times[0]:9.3f} {times[1]:9.3f} {times[0] / times[1]:6.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="corpus size (triples)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the store in this folder")
    parser.add_argument(
        "--memory",
        action="store_true",
        help="also time the raw engine (no rdflib terms) on disk and on an in-memory copy",
    )
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each query on each side; the best counts"
    )
    args = parser.parse_args()

    t = time.perf_counter()
    graphs = corpus(args.triples, args.seed)
    n_quads = sum(len(set(v)) for v in graphs.values())
    print(f"corpus: {len(graphs)} briefs, {n_quads} quads ({time.perf_counter() - t:.1f}s)")

    folder = args.keep or Path(tempfile.mkdtemp(prefix="kazkg-bench-"))
    try:
        with Store.open(folder / "store") as store:
            t = time.perf_counter()
            stats = store.replace_graphs(graphs)
            load_s = time.perf_counter() - t
            print(f"store load:   {load_s:7.2f}s  {n_quads / load_s:10,.0f} quads/s  ({stats})")
            t = time.perf_counter()
            again = store.replace_graphs(graphs)
            print(
                f"store reload: {time.perf_counter() - t:7.2f}s  same input, "
                f"unchanged={again.unchanged}"
            )

            t = time.perf_counter()
            ds = rdflib.Dataset(default_union=True)
            for name, triples in graphs.items():
                ctx = ds.graph(name)
                ctx.addN((s, p, o, ctx) for s, p, o in triples)
            rd_s = time.perf_counter() - t
            print(f"rdflib load:  {rd_s:7.2f}s  {n_quads / rd_s:10,.0f} quads/s")

            sample = sorted(graphs)[len(graphs) // 2]
            person = next(str(o) for s, p, o in graphs[sample] if p == RDFS.label)
            region = "Қазақстан"
            params = {"entity": person, "region": region, "about": person}
            print(f"params: {params}\n")
            print(f"{'query':18} {'rows':>7} {'store s':>9} {'rdflib s':>9} {'ratio':>7}  same")
            ok = True
            # The million rdflib objects would otherwise be walked by every garbage
            # collection that either side's result building triggers.
            gc.collect()
            gc.freeze()
            for q in list_queries():
                bound = {p.name: parse_value(params[p.name]) for p in q.params}
                ox_s = rd_q = float("inf")
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    ours = store.query(q.text, params=bound)
                    ox_s = min(ox_s, time.perf_counter() - t)
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    theirs = ds.query(q.text, initBindings=bound)
                    rows = [tuple(r) for r in theirs]  # type: ignore[arg-type]
                    rd_q = min(rd_q, time.perf_counter() - t)
                same = _rowset(ours.rows) == _rowset(rows)
                ok &= same
                print(
                    f"{q.name:18} {len(ours.rows):7d} {ox_s:9.3f} {rd_q:9.3f} "
                    f"{rd_q / max(ox_s, 1e-6):6.1f}x  {'yes' if same else 'NO'}"
                )
            if args.memory:
                _disk_and_memory(store.raw, params, args.repeat)
            t = time.perf_counter()
            data = store.dump("turtle")
            print(f"\nturtle dump (sorted): {time.perf_counter() - t:.2f}s, {len(data):,} bytes")
            print("results identical on every query" if ok else "RESULTS DIFFER")
            if not ok:
                raise SystemExit(1)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
