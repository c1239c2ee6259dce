#!/bin/sh
# graphml_clients.sh KIND CONFORMANCE_DIR FILE - real-client checks of a GraphML file.
#   check-graphml | check-yed : the shared harness (exit 77 = skipped when absent)
#   clients                   : Debian's xmllint (well-formed; XSD when the shared
#                               copy exists), python3-networkx and python3-igraph
#                               must load FILE with the file's node/edge counts and labels.
kind=$1 conf=$2 file=$3
case $kind in
check-graphml|check-yed)
    if [ ! -x "$conf/$kind" ]; then echo "$conf/$kind not found: skipped"; exit 77; fi
    exec "$conf/$kind" "$file" ;;
clients)
    command -v xmllint >/dev/null 2>&1 || { echo "xmllint missing: skipped"; exit 77; }
    xmllint --noout --nonet "$file" || exit 1
    if [ -f "$conf/xsd/graphml.xsd" ]; then
        xmllint --noout --nonet --schema "$conf/xsd/graphml.xsd" "$file" || exit 1
    fi
    [ -x /usr/bin/python3 ] || { echo "python3 missing: skipped"; exit 77; }
    exec /usr/bin/python3 - "$file" <<'PY'
import sys, warnings
import xml.etree.ElementTree as ET
path = sys.argv[1]
NS = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(path).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
nodes = list(root.iter(NS + "node"))
edges = list(root.iter(NS + "edge"))
labels = {}
for n in nodes:
    for d in n.findall(NS + "data"):
        if keys.get(d.get("key")) == "label":
            labels[n.get("id")] = d.text or ""
ran = 0
try:
    import networkx as nx
except ImportError:
    nx = None
if nx:
    ran += 1
    G = nx.read_graphml(path)
    assert G.is_directed(), "networkx: not directed"
    assert (G.number_of_nodes(), G.number_of_edges()) == (len(nodes), len(edges)), \
        f"networkx: {G.number_of_nodes()}/{G.number_of_edges()} vs file {len(nodes)}/{len(edges)}"
    for nid, lab in labels.items():
        assert G.nodes[nid].get("label") == lab, f"networkx: label of {nid}: {G.nodes[nid].get('label')!r} != {lab!r}"
    print(f"networkx {nx.__version__}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, labels match")
try:
    import igraph as ig
except ImportError:
    ig = None
if ig:
    ran += 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = ig.Graph.Read_GraphML(path)
    assert g.is_directed(), "igraph: not directed"
    assert (g.vcount(), g.ecount()) == (len(nodes), len(edges)), "igraph: counts differ"
    if labels:
        got = dict(zip(g.vs["id"], g.vs["label"]))
        for nid, lab in labels.items():
            assert got[nid] == lab, f"igraph: label of {nid} differs"
    print(f"igraph {ig.__version__}: {g.vcount()} nodes, {g.ecount()} edges, labels match")
if not ran:
    print("neither networkx nor igraph installed: skipped")
    sys.exit(77)
PY
    ;;
*) echo "usage: $0 check-graphml|check-yed|clients CONFORMANCE_DIR FILE" >&2; exit 2 ;;
esac
