"""The page of a large store: its best-connected entities and the events between
them, fetched from the store by two queries instead of reading the whole store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph

from kg.viz._page import render_graph
from kg.viz._rdf import to_networkx
from kg.vocab import KGO, KGR, PROV, ROLE_PROPS

if TYPE_CHECKING:
    from kg.store import Store

__all__ = ["OVERVIEW_NODES", "overview"]

#: Nodes on the overview page of a large store.
OVERVIEW_NODES = 500

_ROLES = " ".join(f"<{p}>" for p in ROLE_PROPS)


def overview(st: Store, *, nodes: int = OVERVIEW_NODES, title: str = "kazkg") -> str:
    """A page of the `nodes` best-connected nodes: the named entities in the most
    events and the events among them with the most of those entities; the page
    says how many nodes the store holds in all."""
    half = max(1, nodes // 2)
    local = f"{KGR}entity/local/"
    ranked = st.entity_ranking(half, local)
    if ranked is not None:
        entities = [e for e, _ in ranked[0]]
        n_events, n_entities = ranked[1], ranked[2]
    else:
        # unnamed groups (жұмысшылар of one brief) are most entities of a large
        # store and never its hubs; leaving them out makes the ranking 10x faster
        top = st.query(
            f"""SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE {{
              VALUES ?role {{ {_ROLES} }} ?ev ?role ?e .
              FILTER(!STRSTARTS(STR(?e), "{local}"))
            }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT {half}"""
        )
        entities = [str(row[0]) for row in top.rows]
        counts = st.query(
            f"""SELECT (COUNT(DISTINCT ?ev) AS ?events) (COUNT(DISTINCT ?e) AS ?entities) WHERE {{
              VALUES ?role {{ {_ROLES} }} ?ev ?role ?e .
            }}"""
        )
        n_events, n_entities = (int(str(v)) for v in counts.rows[0]) if counts.rows else (0, 0)
    graph = Graph()
    if entities:
        wanted = nodes - len(entities)
        among = st.event_ranking(entities, wanted)
        if among is None:
            values = " ".join(f"<{e}>" for e in entities)
            among = [
                str(row[0])
                for row in st.query(
                    f"""SELECT ?ev (COUNT(DISTINCT ?e) AS ?n) WHERE {{
                      VALUES ?e {{ {values} }} VALUES ?role {{ {_ROLES} }} ?ev ?role ?e .
                    }} GROUP BY ?ev ORDER BY DESC(?n) ?ev LIMIT {wanted}"""
                ).rows
            ]
        chosen = [*entities, *among]
        picked = " ".join(f"<{n}>" for n in chosen)
        # the nodes, the briefs of the events, and the places the places lie in;
        # not the briefs a hub is named in (thousands in a large store): its
        # events bring theirs
        hub = f"FILTER(?p NOT IN (<{KGO.mentionedIn}>, <{KGO.participatedIn}>))"
        for pattern in (
            f"BIND(?n AS ?s) ?s ?p ?o {hub}",
            f"?n <{PROV.wasDerivedFrom}> ?s . ?s ?p ?o",
            f"?n <{KGO.locatedIn}>+ ?s . ?s ?p ?o",
        ):
            described = st.query(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?n {{ {picked} }} {pattern} }}"
            )
            for s, p, o in described.rows:
                if s is not None and p is not None and o is not None:
                    graph.add((s, p, o))
    drawn = to_networkx(graph)
    heading = f"{title}: {drawn.number_of_nodes():,} of {n_entities + n_events:,} nodes"
    return render_graph(drawn, title=heading, total=n_events + n_entities)
