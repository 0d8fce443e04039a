"""The graph as one self-contained HTML page: vis-network inlined, no network use.

render(dataset)                     -> the page for a whole build
render_graph(from_query(ds, q))     -> the page for a query's result
overview(store)                     -> the page of a large store: its best-connected part
write_html(path, page)              -> written as UTF-8
"""

from __future__ import annotations

from kg.viz._overview import OVERVIEW_NODES, overview
from kg.viz._page import render, render_graph, write_html
from kg.viz._rdf import from_query, to_networkx

__all__ = [
    "OVERVIEW_NODES",
    "from_query",
    "overview",
    "render",
    "render_graph",
    "to_networkx",
    "write_html",
]
