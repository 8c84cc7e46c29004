"""Reads the newsgraph exports in a folder with the tools researchers use and prints, as JSON,
what each reader saw: its nodes and edges with their attributes and the Python type of every
attribute value. tests/integration/export-python.int.test.ts compares that with the graph in Neo4j.

usage: python read_exports.py FOLDER   (graph.graphml, graph.gexf, nodes.csv, edges.csv, evidence.csv)
"""

import json
import math
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import igraph as ig
import networkx as nx
import pandas as pd

folder = Path(sys.argv[1])
DATES = {"firstSeen", "lastSeen", "validFrom", "validTo", "date"}


def plain(value):
    """numpy scalars → Python; NaN (a missing value in pandas and igraph) → None."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def iso(value):
    """A date attribute must be an ISO 8601 date-time in UTC."""
    try:
        return datetime.fromisoformat(value).utcoffset().total_seconds() == 0
    except (TypeError, ValueError, AttributeError):
        return False


def report(directed, nodes, edges, graph=None):
    """nodes: [(id, attrs)], edges: [(id or None, source, target, attrs)]."""
    types, bad_dates = {}, []
    for scope, rows in (("node", [a for _, a in nodes]), ("edge", [e[3] for e in edges])):
        for attrs in rows:
            for name, value in attrs.items():
                value = plain(value)
                if value is None or name == "viz":
                    continue
                types.setdefault(f"{scope}.{name}", set()).add(type(value).__name__)
                if name in DATES and value != "" and not iso(value):
                    bad_dates.append(f"{scope}.{name}={value!r}")
    return {
        "directed": directed,
        "graph": {k: plain(v) for k, v in (graph or {}).items() if k not in ("node_default", "edge_default")},
        "nodes": {node: {k: plain(v) for k, v in a.items() if k != "viz"} for node, a in nodes},
        "edges": [{"id": i, "source": s, "target": t, **{k: plain(v) for k, v in a.items()}} for i, s, t, a in edges],
        "types": {k: sorted(v) for k, v in types.items()},
        "badDates": bad_dates,
    }


def networkx_report(G):
    if G.is_multigraph():
        edges = [(d.get("id", k), u, v, {x: y for x, y in d.items() if x != "id"}) for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edges = [(d.get("id"), u, v, {x: y for x, y in d.items() if x != "id"}) for u, v, d in G.edges(data=True)]
    return report(G.is_directed(), list(G.nodes(data=True)), edges, G.graph)


def igraph_report(g, name_attribute, edge_ids):
    names = g.vs[name_attribute]
    nodes = [(v[name_attribute], {k: x for k, x in v.attributes().items() if k != name_attribute}) for v in g.vs]
    # igraph's GraphML reader (1.0) fills the edge "id" attribute with vertex ids: there edges are known by their ends.
    edges = [(e["id"] if edge_ids else None, names[e.source], names[e.target], {k: x for k, x in e.attributes().items() if k != "id"}) for e in g.es]
    graph = {k: g[k] for k in g.attributes()}
    return report(g.is_directed(), nodes, edges, graph)


def declared_graphml(path):
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = ET.parse(path).getroot().findall("g:key", ns)
    return {f"{k.get('for')}.{k.get('attr.name')}": k.get("attr.type") for k in keys}


def declared_gexf(path):
    ns = {"x": "http://gexf.net/1.3"}
    out = {}
    for block in ET.parse(path).getroot().iter("{http://gexf.net/1.3}attributes"):
        for a in block.findall("x:attribute", ns):
            out[f"{block.get('class')}.{a.get('title')}"] = a.get("type")
    return out


def records(frame):
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def csv_report():
    nodes = pd.read_csv(folder / "nodes.csv")
    edges = pd.read_csv(folder / "edges.csv")
    evidence = pd.read_csv(folder / "evidence.csv")
    frames = {"nodes": nodes, "edges": edges, "evidence": evidence}
    dates = {}
    for name, frame in frames.items():
        for column in DATES & set(frame.columns):
            present = frame[column].notna().sum()
            parsed = pd.to_datetime(frame[column], utc=True).notna().sum()
            dates[f"{name}.{column}"] = [int(present), int(parsed)]
    return {
        "columns": {name: list(frame.columns) for name, frame in frames.items()},
        "dtypes": {f"{name}.{c}": str(t) for name, frame in frames.items() for c, t in frame.dtypes.items()},
        "nodes": records(nodes),
        "edges": records(edges),
        "evidence": records(evidence),
        "datesParsed": dates,
    }, nodes, edges


pandas_report, nodes_frame, edges_frame = csv_report()
print(
    json.dumps(
        {
            "networkx graphml": networkx_report(nx.read_graphml(folder / "graph.graphml")),
            "networkx gexf": networkx_report(nx.read_gexf(folder / "graph.gexf")),
            "igraph graphml": igraph_report(ig.Graph.Read_GraphML(str(folder / "graph.graphml")), "id", edge_ids=False),
            "igraph csv": igraph_report(ig.Graph.DataFrame(edges_frame, directed=True, vertices=nodes_frame, use_vids=False), "name", edge_ids=True),
            "pandas csv": pandas_report,
            "declared": {"graphml": declared_graphml(folder / "graph.graphml"), "gexf": declared_gexf(folder / "graph.gexf")},
        },
        default=plain,
    )
)
