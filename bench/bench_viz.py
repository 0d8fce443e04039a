"""How long headless Chromium takes to draw kazkg pages of 500 and 5,000 nodes.

    python bench/bench_viz.py [--sizes 500 5000] [--keep DIR]

Builds synthetic graphs in the shape of the graph contract (briefs with one or
two events each; workers, activists, companies, police, courts, districts in
regions), renders each page, then opens every page offline in the same browser
and reports: the Python time to render the page, its size, the time from
navigation until the graph is drawn (`kazkgStats.drawMs`, from
performance.now(), so it includes parsing vis-network and, up to 1,000 nodes,
the capped physics), the wall time seen by the driver, and the time to apply a
search. Sizes are measured in the same run so they compare.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.viz import render, write_html
from kg.viz.shot import open_browser, open_page
from kg.vocab import DCTERMS, KGO, KGR, PROV, RDF, RDFS, SCHEMA, SKOS

_EVENTS = (
    (KGO.Strike, "ереуілге шықты"),
    (KGO.Protest, "митинг өтті"),
    (KGO.Detention, "ұсталды"),
    (KGO.Sentencing, "сотталды"),
    (KGO.Complaint, "арыз жазды"),
    (KGO.Release, "босады"),
    (KGO.Statement, "мәлімдеді"),
    (KGO.Appeal, "талап етті"),
)


def synthetic(nodes: int, *, seed: int = 1) -> Dataset:
    """A contract-shaped dataset with about `nodes` entities and events in all."""
    rng = random.Random(seed)
    ds = Dataset()
    n_events = nodes * 45 // 100
    pools: dict[URIRef, list[URIRef]] = {}
    made = 0

    def entity(cls: URIRef, label: str, graph: Dataset | object) -> URIRef:
        nonlocal made
        iri = KGR[f"entity-{cls.split('#')[1].lower()}-{len(pools.setdefault(cls, []))}"]
        pools[cls].append(iri)
        made += 1
        for t in (
            (iri, RDF.type, cls),
            (iri, RDFS.label, Literal(label, lang="kk")),
            (iri, SKOS.altLabel, Literal(label + "ның", lang="kk")),
        ):
            graph.add(t)  # type: ignore[attr-defined]
        return iri

    places = ds.graph(KGR["graph-places"])
    regions = [entity(KGO.Region, f"Облыс-{i} облысы", places) for i in range(17)]
    districts = []
    for i in range(max(20, nodes // 25)):
        d = entity(KGO.District, f"Аудан-{i} ауданы", places)
        places.add((d, KGO.locatedIn, regions[i % len(regions)]))
        districts.append(d)
    target_entities = nodes - n_events
    uses = n_events * 2  # about two agents per event: new ones until the count is reached
    names = {
        KGO.Group: "жұмысшылар",
        KGO.Person: "белсенді",
        KGO.Company: "Мұнай",
        KGO.LawEnforcement: "полиция",
        KGO.Court: "сот",
        KGO.NGO: "қоғам",
    }

    def pick(cls: URIRef, g: object) -> URIRef:
        nonlocal uses
        uses -= 1
        pool = pools.setdefault(cls, [])
        if not pool or rng.random() < (target_entities - made) / max(uses, 1):
            return entity(cls, f"{names[cls]}-{len(pool)}", g)
        return rng.choice(pool)

    for e in range(n_events):
        brief = KGR[f"brief-s{e // 2}"]
        g = ds.graph(KGR[f"graph-s{e // 2}"])
        day = f"2021-{1 + e % 12:02d}-{1 + e % 28:02d}"
        g.add((brief, RDF.type, KGO.Brief))
        g.add((brief, DCTERMS.identifier, Literal(f"s{e // 2}")))
        g.add((brief, DCTERMS.date, Literal(day, datatype=XSD.date)))
        g.add((brief, SCHEMA.url, Literal(f"https://example.org/s{e // 2}")))
        cls, trigger = _EVENTS[rng.randrange(len(_EVENTS))]
        ev = KGR[f"event-s{e}"]
        sentence = f"Аудан-{e} ауданындағы жұмысшылар {day} күні {trigger}."
        for t in (
            (ev, RDF.type, cls),
            (ev, PROV.wasDerivedFrom, brief),
            (ev, KGO.trigger, Literal(trigger)),
            (ev, KGO.evidence, Literal(sentence)),
            (ev, KGO.date, Literal(day, datatype=XSD.date)),
            (ev, KGO.place, rng.choice(districts)),
        ):
            g.add(t)
        agent = pick(rng.choice((KGO.Group, KGO.Person, KGO.NGO)), g)
        g.add((ev, KGO.agent, agent))
        if cls in (KGO.Detention, KGO.Sentencing):
            actor = pick(KGO.LawEnforcement if cls == KGO.Detention else KGO.Court, g)
            g.add((ev, KGO.agent, actor))
            g.add((ev, KGO.patient, agent))
            g.add((agent, KGO.detainedBy if cls == KGO.Detention else KGO.sentencedBy, actor))
        elif cls in (KGO.Strike, KGO.Complaint):
            target = pick(KGO.Company, g)
            g.add((ev, KGO.target, target))
            g.add((agent, KGO.strikesAgainst if cls == KGO.Strike else KGO.complainedAbout, target))
        else:
            g.add((ev, KGO.recipient, pick(KGO.NGO, g)))
        g.add((agent, KGO.participatedIn, ev))
    return ds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--keep", type=Path, help="keep the pages and screenshots here")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kazkg-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    for size in args.sizes:
        ds = synthetic(size)
        start = time.perf_counter()
        page = render(ds, title=f"bench {size}")
        took = time.perf_counter() - start
        path = folder / f"bench-{size}.html"
        write_html(path, page)
        pages.append((size, path, took, len(page.encode())))
    print(
        f"{'nodes':>6} {'drawn':>6} {'edges':>6} {'render s':>9} {'page KB':>8} "
        f"{'draw ms':>8} {'wall ms':>8} {'search ms':>9}"
    )
    with open_browser() as driver:
        for size, path, took, nbytes in pages:
            start = time.perf_counter()
            stats = open_page(driver, path, timeout=300)
            wall = (time.perf_counter() - start) * 1000
            search_ms = driver.execute_script(
                "var box = document.getElementById('kz-search'); var t = performance.now();"
                "box.value = 'полиция'; box.dispatchEvent(new Event('input'));"
                "var s = performance.now() - t; box.value = '';"
                "box.dispatchEvent(new Event('input')); return s;"
            )
            if args.keep:
                driver.save_screenshot(str(folder / f"bench-{size}.png"))
            print(
                f"{size:>6} {stats['nodes']:>6} {stats['edges']:>6} {took:>9.2f} "
                f"{nbytes // 1024:>8} {stats['drawMs']:>8} {wall:>8.0f} {search_ms:>9.1f}"
            )


if __name__ == "__main__":
    main()
