"""Where each organization of the partnership network is drawn: a computed, repeatable layout.

A force-directed layout (networkx's spring layout, seeded) puts organizations that share
projects near each other and spreads the rest; the same data always gives the same
picture, so a slide made today matches the screen tomorrow.
"""

from __future__ import annotations

import math

import altair as alt
import networkx as nx
import pandas as pd

from dashboard.ui import charts
from dashboard.words.catalog import t
from dashboard.words.codes import code_labels
from dashboard.words.formats import fmt_int

SEED = 7
# the kinds in the drawing's legend, from the businesses out
KINDS = ("company", "social_enterprise", "ngo", "association", "local_authority", "school", "other")
NAMED = 5  # organizations named on a drawing, the best connected
# organizations drawn at most: past that a drawing is a blot, so it shows the best
# connected and the links among them, and says so (the table lists them all)
MOST_DRAWN = 150


def layout(
    nodes: pd.DataFrame, edges: pd.DataFrame, *, weight: str = "projects"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The nodes (`org_id`) with `x`, `y` in [0, 1], and the edges (`source_id`,
    `target_id`, `weight`) with the positions of their ends as `x`, `y`, `x2`, `y2`.

    Nodes are added in sorted order so the picture does not depend on the rows' order.
    """
    graph = nx.Graph()
    graph.add_nodes_from(sorted(nodes["org_id"]))
    graph.add_weighted_edges_from(
        sorted(zip(edges["source_id"], edges["target_id"], edges[weight], strict=True))
    )
    place = _packed(graph)
    placed_nodes = nodes.assign(
        x=[place[n][0] for n in nodes["org_id"]], y=[place[n][1] for n in nodes["org_id"]]
    )
    placed_edges = edges.assign(
        x=[place[n][0] for n in edges["source_id"]],
        y=[place[n][1] for n in edges["source_id"]],
        x2=[place[n][0] for n in edges["target_id"]],
        y2=[place[n][1] for n in edges["target_id"]],
    )
    return placed_nodes, placed_edges


def _packed(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Each group of linked organizations laid out on its own, then the groups set in rows,
    the largest first, each in a square whose side grows with the square root of its size:
    laid out together, the small groups would fly to the edges and squeeze the large one."""
    groups = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    if not groups:
        return {}
    row_width = math.sqrt(len(groups[0]))
    place: dict[str, tuple[float, float]] = {}
    left = top = row_height = 0.0
    for group in groups:
        side = math.sqrt(len(group))
        if left > 0 and left + side > row_width + 1e-9:
            left, top, row_height = 0.0, top + row_height, 0.0
        for node, (x, y) in _spring(graph.subgraph(group)).items():
            place[node] = (left + side * (0.1 + 0.8 * x), -(top + side * (0.1 + 0.8 * y)))
        left += side
        row_height = max(row_height, side)
    names = list(place)
    xs = _unit([place[n][0] for n in names])
    ys = _unit([place[n][1] for n in names])
    return {n: (x, y) for n, x, y in zip(names, xs, ys, strict=True)}


def _spring(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """A seeded force-directed layout of one connected group, within [0, 1]."""
    if len(graph) == 1:
        return {node: (0.5, 0.5) for node in graph}
    spread = 2.2 / math.sqrt(len(graph))  # more room than the default 1/sqrt(n)
    pos = nx.spring_layout(graph, k=spread, iterations=500, seed=SEED)
    names = sorted(pos)
    xs = _unit([pos[n][0] for n in names])
    ys = _unit([pos[n][1] for n in names])
    return {n: (x, y) for n, x, y in zip(names, xs, ys, strict=True)}


def _unit(values: list[float]) -> list[float]:
    """Stretched to fill [0, 1]; a single point sits in the middle."""
    low, high = min(values), max(values)
    if high - low < 1e-12:
        return [0.5 for _ in values]
    return [(v - low) / (high - low) for v in values]


def with_names(nodes: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`partnerships_network_nodes` (best connected first) with each kind in words and
    the first `NAMED` organizations' names to write on the drawing."""
    nodes = nodes.assign(kind_label=nodes["kind"].map(code_labels("kind", lang)), named="")
    nodes.loc[nodes.index[:NAMED], "named"] = nodes["name"].iloc[:NAMED]
    return nodes


def drawing(
    nodes: pd.DataFrame,
    edges: pd.DataFrame,
    lang: str,
    most: int,
    totals: tuple[int, int] | None = None,
) -> alt.TopLevelMixin:
    """Who works with whom: the first `most` (`MOST_DRAWN`) of `with_names(nodes)` and the
    links (`partnerships_network_edges`) among them, laid out; for the page and the slides.
    `nodes` and `edges` may be all of them, or, with their `totals` (organizations, links)
    given, the first organizations and the links among the first `most`. Only what is
    drawn is kept as the memo's key: a nation's network is not hashed whole on every run."""
    kept = nodes.head(most).reset_index(drop=True)
    ids = set(kept["org_id"])
    among = edges[edges["source_id"].isin(ids) & edges["target_id"].isin(ids)]
    n_nodes, n_edges = totals or (len(nodes), len(edges))
    return _drawn(kept, among.reset_index(drop=True), lang, n_nodes, n_edges)


@charts.drawn_once
def _drawn(
    kept: pd.DataFrame, among: pd.DataFrame, lang: str, nodes: int, edges: int
) -> alt.TopLevelMixin:
    """The drawing of `kept` organizations and the links `among` them, of `nodes` and
    `edges` in all."""
    placed, links = layout(kept, among)
    kinds = code_labels("kind", lang)
    hub = kept.iloc[0] if len(kept) else None
    return charts.network(
        placed,
        links.rename(columns={"projects": "weight"}),
        group="kind_label",
        group_order=[kinds[code] for code in KINDS],
        size="projects",
        size_title=t("pship_projects", lang),
        label="named",
        narrow_labels=3,
        tooltip=[
            ("name", t("pship_organization", lang)),
            ("kind_label", t("pship_kind", lang)),
            ("projects", t("pship_projects", lang)),
            ("partners", t("pship_partners", lang)),
        ],
        lang=lang,
        description=t(
            "pship_network_alt",
            lang,
            nodes=fmt_int(nodes, lang),
            edges=fmt_int(edges, lang),
            top=hub["name"] if hub is not None else "–",
            partners=fmt_int(hub["partners"] if hub is not None else None, lang),
        ),
    )
