"""The page of a large store: its best-connected entities and the events between
them, fetched from the store by two queries instead of reading the whole store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph

from kg.viz._page import render_graph
from kg.viz._rdf import PLAIN_PROPS, to_networkx
from kg.vocab import KGO, KGR, PROV, ROLE_PROPS

if TYPE_CHECKING:
    from kg.store import Store

__all__ = ["OVERVIEW_NODES", "overview"]

#: Nodes on the overview page of a large store.
OVERVIEW_NODES = 500

_ROLES = " ".join(f"<{p}>" for p in ROLE_PROPS)
_LINKS = ", ".join(f"<{p}>" for p in (*ROLE_PROPS, *PLAIN_PROPS, KGO.mentionedIn))
#: links between entities drawn on the overview (not participatedIn: the roles draw it)
_PLAIN = ", ".join(f"<{p}>" for p in PLAIN_PROPS if p != KGO.participatedIn)


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
        ents = " ".join(f"<{n}>" for n in entities)
        evs = " ".join(f"<{n}>" for n in among)
        # An event is fetched whole. An entity's links are not: a hub's thousands of
        # briefs and of one-brief entities (each brief's police) grow with the store,
        # and so would the engine's memory; only its links among the chosen are.
        not_link = f"FILTER(?p NOT IN ({_LINKS}))"
        among_them = f"{{ VALUES ?o {{ {ents} }} }}"
        for values, pattern in (
            (evs, "BIND(?n AS ?s) ?s ?p ?o"),
            (ents, f"BIND(?n AS ?s) ?s ?p ?o {not_link}"),
            (ents, f"{among_them} BIND(?n AS ?s) ?s ?p ?o FILTER(?p IN ({_PLAIN}))"),
            (evs, f"?n <{PROV.wasDerivedFrom}> ?s . ?s ?p ?o"),
            (f"{ents} {evs}", f"?n <{KGO.locatedIn}>+ ?s . ?s ?p ?o {not_link}"),
        ):
            described = st.query(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?n {{ {values} }} {pattern} }}"
            )
            for s, p, o in described.rows:
                if s is not None and p is not None and o is not None:
                    graph.add((s, p, o))
    drawn = to_networkx(graph)
    heading = f"{title}: {drawn.number_of_nodes():,} of {n_entities + n_events:,} nodes"
    return render_graph(drawn, title=heading, total=n_events + n_entities)
