"""A deterministic force layout in pure Python, fast enough for 10,000 nodes.

Fruchterman-Reingold with repulsion only between nodes in neighbouring grid
cells (so each step is linear, not quadratic), run per connected component;
the components are then packed in rows, largest first. networkx's own
spring_layout needs numpy and scipy, which kazkg does not depend on.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Hashable, Iterable

Pos = tuple[float, float]

#: The length an edge settles at, in page pixels (leaves room for role labels).
EDGE_LENGTH = 140.0


def layout(
    nodes: Iterable[Hashable], edges: Iterable[tuple[Hashable, Hashable]], *, seed: int = 7
) -> dict[Hashable, Pos]:
    """Positions for `nodes`, the same for the same input."""
    order = list(dict.fromkeys(nodes))
    index = {n: i for i, n in enumerate(order)}
    links = sorted(
        {
            (min(index[a], index[b]), max(index[a], index[b]))
            for a, b in edges
            if a in index and b in index and a != b
        }
    )
    parent = list(range(len(order)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(order)):
        groups[find(i)].append(i)
    by_group: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in links:
        by_group[find(a)].append((a, b))
    components = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    rng = random.Random(seed)
    placed: list[tuple[list[int], list[Pos]]] = []
    for members in components:
        placed.append((members, _component(members, by_group[find(members[0])], rng)))
    pos: list[Pos] = [(0.0, 0.0)] * len(order)
    for members, local in _pack(placed):
        for i, p in zip(members, local, strict=True):
            pos[i] = p
    return {n: pos[i] for i, n in enumerate(order)}


def _component(members: list[int], links: list[tuple[int, int]], rng: random.Random) -> list[Pos]:
    n = len(members)
    if n == 1:
        return [(0.0, 0.0)]
    local = {m: i for i, m in enumerate(members)}
    adj = [(local[a], local[b]) for a, b in links]
    k = EDGE_LENGTH
    side = k * math.sqrt(n) * 1.2
    xs = [rng.uniform(-side / 2, side / 2) for _ in range(n)]
    ys = [rng.uniform(-side / 2, side / 2) for _ in range(n)]
    steps = 80 if n <= 500 else 50 if n <= 2000 else 30 if n <= 10000 else 15
    temp = side / 8
    cool = (k * 0.05 / temp) ** (1 / steps) if temp > k * 0.05 else 1.0
    # Repulsion reaches two edge lengths (1.5 on big graphs, for speed); cells that wide
    # mean only the 3x3 cells around a node can hold nodes that push it.
    reach = 2.0 if n <= 2000 else 1.5
    cell = reach * k
    k2 = k * k
    cutoff2 = cell * cell
    for _ in range(steps):
        dx = [0.0] * n
        dy = [0.0] * n
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(n):
            grid[(int(xs[i] // cell), int(ys[i] // cell))].append(i)
        get = grid.get
        for (cx, cy), here in grid.items():
            near = [
                (j, xs[j], ys[j])
                for gx in (cx - 1, cx, cx + 1)
                for gy in (cy - 1, cy, cy + 1)
                for j in get((gx, gy), ())
            ]
            for i in here:
                xi, yi = xs[i], ys[i]
                fx = fy = 0.0
                for j, xj, yj in near:
                    ex = xi - xj
                    ey = yi - yj
                    d2 = ex * ex + ey * ey
                    if d2 < cutoff2:
                        if d2 > 0.01:
                            f = k2 / d2
                            fx += ex * f
                            fy += ey * f
                        elif j != i:  # two nodes on one spot: push apart in a fixed way
                            fx += k * ((i - j) % 3 - 1 or 1)
                            fy += k * ((i + j) % 3 - 1)
                dx[i] = fx
                dy[i] = fy
        for a, b in adj:
            ex, ey = xs[a] - xs[b], ys[a] - ys[b]
            d = math.sqrt(ex * ex + ey * ey) or 0.01
            f = d / k
            dx[a] -= ex * f
            dy[a] -= ey * f
            dx[b] += ex * f
            dy[b] += ey * f
        # A weak pull to the centre keeps loosely joined parts from drifting apart.
        for i in range(n):
            fx = dx[i] - xs[i] * 0.01
            fy = dy[i] - ys[i] * 0.01
            d = math.sqrt(fx * fx + fy * fy)
            if d > 0:
                move = min(d, temp)
                xs[i] += fx / d * move
                ys[i] += fy / d * move
        temp *= cool
    cx0 = sum(xs) / n
    cy0 = sum(ys) / n
    return [(x - cx0, y - cy0) for x, y in zip(xs, ys, strict=True)]


def _pack(placed: list[tuple[list[int], list[Pos]]]) -> list[tuple[list[int], list[Pos]]]:
    """Rows of component boxes, about as wide as the whole is tall."""
    boxes = []
    area = 0.0
    for members, local in placed:
        x0 = min(p[0] for p in local)
        y0 = min(p[1] for p in local)
        w = max(p[0] for p in local) - x0 + EDGE_LENGTH
        h = max(p[1] for p in local) - y0 + EDGE_LENGTH
        boxes.append((members, local, x0, y0, w, h))
        area += w * h
    width = max(math.sqrt(area) * 1.3, max((b[4] for b in boxes), default=0.0))
    out = []
    x = y = row_h = 0.0
    for members, local, x0, y0, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        out.append((members, [(px - x0 + x, py - y0 + y) for px, py in local]))
        x += w
        row_h = max(row_h, h)
    cx = width / 2
    cy = (y + row_h) / 2
    return [(m, [(px - cx, py - cy) for px, py in loc]) for m, loc in out]
