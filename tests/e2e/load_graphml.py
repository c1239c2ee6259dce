#!/usr/bin/env python3
"""Loads a GraphML file with NetworkX and python-igraph (Debian's packages)
and checks both see the same node and edge counts as the file's <node> and
<edge> elements, and that the graph is directed. Exit 0 pass, 1 fail,
77 skip (a client is not installed)."""
import sys
import xml.etree.ElementTree as ET

try:
    import networkx
    import igraph
except ImportError as e:  # pragma: no cover
    print(f"skip: {e}")
    sys.exit(77)

NS = "{http://graphml.graphdrawing.org/xmlns}"


def main(path, min_nodes):
    root = ET.parse(path).getroot()
    g = root.find(NS + "graph")
    if g is None:
        print(f"{path}: no <graph> element")
        return 1
    n_nodes = len(g.findall(NS + "node"))
    n_edges = len(g.findall(NS + "edge"))
    nx = networkx.read_graphml(path)
    ig = igraph.Graph.Read_GraphML(path)
    ok = True
    for name, n, m, directed in (("networkx", nx.number_of_nodes(), nx.number_of_edges(), nx.is_directed()),
                                 ("igraph", ig.vcount(), ig.ecount(), ig.is_directed())):
        print(f"{name}: {n} nodes, {m} edges, directed={directed}")
        if (n, m) != (n_nodes, n_edges):
            print(f"  differs from the file: {n_nodes} nodes, {n_edges} edges")
            ok = False
        if not directed:
            print("  not directed")
            ok = False
    if n_nodes < min_nodes:
        print(f"only {n_nodes} nodes, expected at least {min_nodes}")
        ok = False
    labels = nx.nodes(data="label")
    missing = [n for n, lab in labels if not lab]
    if missing:
        print(f"nodes without a label: {missing[:5]}")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1))
