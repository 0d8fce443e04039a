"""The HTML page: one self-contained file, vis-network inlined, data as escaped JSON.

Brief text is attacker-controlled, so nothing from the graph is ever written
into the HTML as markup: it travels as JSON inside a non-executed script
element (with `<`, `>`, `&`, U+2028 and U+2029 escaped) and the page's script
puts it on screen with `textContent`. A Content-Security-Policy allows only our
two inline scripts (by hash) and no network request at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.resources
import json
import math
import re
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef

from kg.names import FOLD, name_keys
from kg.viz._layout import layout
from kg.viz._rdf import from_query, load_ontology, to_networkx

#: Above this many nodes the page draws with physics off, from the Python layout only.
PHYSICS_LIMIT = 1000

#: Entity colours by class, fixed so a class looks the same on every page:
#: agents in blues, purples and browns, places in greens.
_ENTITY_COLOURS = {
    "Entity": "#bdbdbd",
    "Agent": "#9ecae1",
    "Person": "#1f77b4",
    "Group": "#6baed6",
    "Organization": "#7b4173",
    "Company": "#9467bd",
    "PoliticalParty": "#e377c2",
    "NGO": "#17becf",
    "MediaOutlet": "#bcbd22",
    "CulturalInstitution": "#c5b0d5",
    "GovernmentBody": "#8c564b",
    "LawEnforcement": "#393b79",
    "Court": "#525252",
    "Place": "#74c476",
    "Country": "#00441b",
    "Region": "#238b45",
    "City": "#41ab5d",
    "District": "#a1d99b",
    "Village": "#c7e9c0",
    "Facility": "#637939",
}
#: Event colours, given out in the ontology's order of event classes.
_EVENT_PALETTE = (
    "#e6194b",
    "#f58231",
    "#000075",
    "#800000",
    "#3cb44b",
    "#4363d8",
    "#911eb4",
    "#f032e6",
    "#469990",
    "#9a6324",
    "#808000",
    "#ffe119",
    "#42d4f4",
    "#dcbeff",
    "#aaffc3",
    "#fabed4",
    "#ffd8b1",
    "#a9a9a9",
    "#bfef45",
    "#e6beff",
    "#fffac8",
    "#000000",
    "#d2f53c",
)
_OTHER_COLOUR = "#9e9e9e"
_SLOT = re.compile(r"/\*@(\w+)@\*/")


def render(
    data: Graph,
    *,
    query: str | None = None,
    entity_only: bool = False,
    limit: int | None = None,
    title: str = "kazkg",
    lang: str = "kk",
) -> str:
    """The whole HTML page for an rdflib Graph or Dataset that follows the graph
    contract: every entity and event, or the result of a SPARQL `query`."""
    graph = from_query(data, query) if query is not None else to_networkx(data)
    return render_graph(graph, entity_only=entity_only, limit=limit, title=title, lang=lang)


def render_graph(
    graph: nx.MultiDiGraph,
    *,
    entity_only: bool = False,
    limit: int | None = None,
    title: str = "kazkg",
    lang: str = "kk",
    total: int | None = None,
) -> str:
    """The whole HTML page for a graph from `to_networkx` or `from_query`;
    `total` is how many nodes the whole graph has when `graph` is a part of it."""
    payload = _payload(graph, entity_only=entity_only, limit=limit, title=title, lang=lang)
    if total is not None:
        payload["total"] = max(total, payload["total"])
    return _page(payload, title=title)


def write_html(path: Path, html_text: str) -> None:
    """Write a page as UTF-8 whatever the platform's default encoding."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html_text, encoding="utf-8", newline="\n")


def _payload(
    graph: nx.MultiDiGraph, *, entity_only: bool, limit: int | None, title: str, lang: str
) -> dict[str, Any]:
    onto = load_ontology()
    use = 1 if lang == "en" else 0
    query = bool(graph.graph.get("query"))
    g = graph
    if entity_only:
        g = graph.subgraph([n for n, d in graph.nodes(data=True) if d["kind"] != "event"])
    total = g.number_of_nodes()
    names = list(g.nodes)
    if limit is not None and total > limit:
        degree = dict(g.degree())
        names = sorted(names, key=lambda n: (-degree[n], g.nodes[n]["label"], n))[: max(limit, 0)]
        g = g.subgraph(names)
    names = sorted(g.nodes, key=lambda n: (g.nodes[n]["kind"] != "event", n))
    index = {n: i for i, n in enumerate(names)}
    has_events = any(g.nodes[n]["kind"] == "event" for n in names)
    has_plain = any(d["kind"] == "plain" for _, _, d in g.edges(data=True))
    mode = "all" if query else ("entities" if entity_only or not has_events else "events")
    # The layout follows what is drawn first: event nodes and their roles, or plain edges.
    drawn_kinds = (
        {"role", "located", "other"} if mode == "events" else {"plain", "located", "other", "role"}
    )
    pos = layout(names, [(a, b) for a, b, d in g.edges(data=True) if d["kind"] in drawn_kinds])
    degree = {n: 0 for n in names}
    for a, b, d in g.edges(data=True):
        if d["kind"] in drawn_kinds:
            degree[a] += 1
            degree[b] += 1

    classes = sorted(
        {g.nodes[n]["cls"] for n in names},
        key=lambda c: (onto.kind(c) != "event", onto.order.get(URIRef(c), 10**6), c),
    )
    event_classes = sorted(
        (c for c in onto.labels if onto.kind(c) == "event"), key=lambda c: onto.order.get(c, 10**6)
    )
    colour: dict[str, str] = {}
    for cls in classes:
        kind = onto.kind(cls)
        if kind == "event" and URIRef(cls) in event_classes:
            colour[cls] = _EVENT_PALETTE[event_classes.index(URIRef(cls)) % len(_EVENT_PALETTE)]
        elif kind == "entity":
            colour[cls] = _ENTITY_COLOURS.get(cls.rsplit("#", 1)[-1], _OTHER_COLOUR)
        else:
            colour[cls] = _OTHER_COLOUR
    counts: dict[str, int] = {}
    for n in names:
        counts[g.nodes[n]["cls"]] = counts.get(g.nodes[n]["cls"], 0) + 1

    nodes = []
    for n in names:
        d = g.nodes[n]
        x, y = pos[n]
        nodes.append(
            {
                "id": index[n],
                "iri": d["iri"],
                "l": d["label"],
                "k": d["kind"],
                "c": d["cls"],
                "alt": d["alt"],
                "d": d["date"],
                "d0": d["d0"],
                "d1": d["d1"],
                "md": d.get("md", []),
                "ev": d["evidence"],
                "tr": d["trigger"],
                "u": d["urls"],
                "info": [list(pair) for pair in d["info"]],
                "r": [index.get(r, r) for r in d["regions"]],
                "x": round(x, 1),
                "y": round(y, 1),
                "s": round(12 + 5 * math.sqrt(degree[n]), 1),
                "iso": degree[n] == 0,
                "sk": _search_keys(d["label"], d["alt"]),
            }
        )
    edges = []
    props = set()
    for a, b, d in sorted(
        g.edges(data=True), key=lambda e: (index[e[0]], index[e[1]], e[2]["prop"])
    ):
        props.add(d["prop"])
        edges.append(
            {
                "f": index[a],
                "t": index[b],
                "p": d["prop"],
                "k": d["kind"],
                "ev": [index[e] for e in d["events"] if e in index],
            }
        )
    region_ids = sorted({r for n in names for r in g.nodes[n]["regions"]})
    regions = [
        {
            "id": index.get(r, r),
            "l": g.nodes[r]["label"] if r in g.nodes else _region_label(graph, r),
        }
        for r in region_ids
    ]
    return {
        "title": title,
        "lang": use,
        "mode": mode,
        "modes": (not query and not entity_only and has_events and has_plain),
        "physics": len(names) <= PHYSICS_LIMIT and any(degree.values()),
        "total": total,
        "classes": [
            {
                "iri": c,
                "kk": onto.label(c)[0],
                "en": onto.label(c)[1],
                "kind": onto.kind(c),
                "color": colour[c],
                "n": counts[c],
            }
            for c in classes
        ],
        "props": {p: list(onto.label(p)) for p in sorted(props)},
        "regions": sorted(regions, key=lambda r: str(r["l"])),
        "nodes": nodes,
        "edges": edges,
        "fold": FOLD,
    }


def _search_keys(label: str, alt: list[str]) -> list[str]:
    """The words of a node's names as the search box compares them: lemmas and
    surface forms in a Latin skeleton (see `kg.names`), so боқаевты and Bokaev
    find Макс Боқаев."""
    return sorted({k for name in (label, *alt) for word in name_keys(name) for k in word})


def _region_label(graph: nx.MultiDiGraph, iri: str) -> str:
    if iri in graph.nodes:
        return str(graph.nodes[iri]["label"])
    return iri.rsplit("/", 1)[-1]


def _asset(name: str) -> str:
    return (importlib.resources.files("kg.viz") / name).read_text(encoding="utf-8")


def _vis_js() -> str:
    """vis-network as shipped inside the pyvis package (its newest bundled version)."""
    lib = importlib.resources.files("pyvis") / "lib"
    found = sorted(
        (d for d in lib.iterdir() if d.name.startswith("vis-")),
        key=lambda d: tuple(int(p) for p in re.findall(r"\d+", d.name)),
    )
    if not found:
        raise FileNotFoundError("vis-network not found inside the pyvis package")
    return (found[-1] / "vis-network.min.js").read_text(encoding="utf-8")


def json_for_script(value: Any) -> str:
    """JSON that cannot end the script element it sits in nor start markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def _page(payload: dict[str, Any], *, title: str) -> str:
    vis_js = _vis_js()
    page_js = _asset("page.js")
    for script in (vis_js, page_js):
        if "</script" in script.lower():
            raise ValueError("an inline script contains '</script'")
    csp = (
        "default-src 'none'; script-src "
        + _sha256(vis_js)
        + " "
        + _sha256(page_js)
        + "; style-src 'unsafe-inline'; img-src data:; font-src data:;"
        " base-uri 'none'; form-action 'none'"
    )
    slots = {
        "title": html.escape(title),
        "csp": html.escape(csp, quote=False),
        "page_css": _asset("page.css"),
        "vis_js": vis_js,
        "data": json_for_script(payload),
        "page_js": page_js,
    }
    # One pass, so text put in a slot is never read again as a slot.
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("page.html"))
