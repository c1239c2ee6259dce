#!/usr/bin/env bash
# jsonld_vs_rdflib.sh - orgraph's JSON-LD writer against rdflib's (not CI).
#
#   bench/jsonld_vs_rdflib.sh [BUILD_DIR]         (default: build)
#   N=100000 E=300000 RDFLIB_N=10000 bench/jsonld_vs_rdflib.sh build-release
#
# 1. Generates an orgraph GraphML graph with N nodes and E edges, every edge
#    with one or two evidence records (python, seeded: same file every run).
# 2. Times `orgraph convert big.graphml -o big.jsonld` (GraphML read + JSON-LD
#    write) and, for reference, `-o big.nq`, with /usr/bin/time -v.
# 3. Builds the same triples in rdflib (nodes, direct triples, statement and
#    evidence nodes, as orgraph writes them) and times
#    Graph.serialize(format="json-ld") alone. rdflib needs minutes and GBs
#    for the full size, so by default it runs at RDFLIB_N nodes (E/N edges
#    per node kept) and orgraph is timed at that size too, for a like-for-like
#    ratio; set RDFLIB_N=$N to try the full size.
# Prints wall times, the ratio and peak RSS. Use a Release build.
set -euo pipefail
BUILD=${1:-build}
N=${N:-100000}
E=${E:-300000}
RDFLIB_N=${RDFLIB_N:-10000}
PY=/usr/bin/python3
ORGRAPH=${ORGRAPH:-$BUILD/orgraph}
[ -x "$ORGRAPH" ] || { echo "no orgraph binary at $ORGRAPH (build it, or set ORGRAPH=)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

gen() { # gen NODES EDGES OUT
  "$PY" - "$1" "$2" "$3" <<'EOF'
import random, sys
from xml.sax.saxutils import escape, quoteattr
n, e, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rnd = random.Random(42)
types = ["Organisation"] * 5 + ["Initiative", "Standard", "Partnership", "Place", "Topic"]
preds = ["part_of", "member_of", "partner_in", "collaborates_with", "develops", "launches", "hosts",
         "supports", "adopts", "located_in", "works_on"]
keys = [("label", "node", "string"), ("name", "node", "string"), ("type", "node", "string"),
        ("aliases", "node", "string"), ("acronym", "node", "string"), ("sources", "node", "string"),
        ("source_count", "node", "int"), ("mentions", "node", "int")]
ekeys = [("e_type", "type", "string"), ("e_confidence", "confidence", "double"), ("e_sentence", "sentence", "string"),
         ("e_evidence", "evidence", "string"), ("e_evidence_count", "evidence_count", "int")]
with open(out, "w", encoding="utf-8") as f:
    w = f.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for k, d, t in keys:
        w(f'<key id="{k}" for="{d}" attr.name="{k}" attr.type="{t}"/>\n')
    for k, name, t in ekeys:
        w(f'<key id="{k}" for="edge" attr.name="{name}" attr.type="{t}"/>\n')
    w('<graph id="G" edgedefault="directed">\n')
    for i in range(n):
        t = types[i % len(types)]
        label = f"{t} number {i} of the benchmark"
        w(f'<node id="n{i}"><data key="label">{label}</data><data key="name">{label}</data>'
          f'<data key="type">{t}</data><data key="aliases">B{i}|Bench {i}</data><data key="acronym">B{i}</data>'
          f'<data key="sources">docs/d{i % 997}.txt</data><data key="source_count">{1 + i % 3}</data>'
          f'<data key="mentions">{1 + i % 11}</data></node>\n')
    seen = set()
    k = 0
    while k < e:
        s, o = rnd.randrange(n), rnd.randrange(n)
        p = preds[rnd.randrange(len(preds))]
        if s == o or (s, p, o) in seen:
            continue
        seen.add((s, p, o))
        evs = []
        for j in range(1 + k % 2):
            sent = f"Benchmark sentence {k}.{j}: node {s} {p.replace('_', ' ')} node {o}, \"quoted\" & <tagged>."
            evs.append('{"doc":"docs/d%d.txt","line":%d,"col":%d,"sentence":"%s","confidence":%.2f}'
                       % (k % 997, 1 + k % 500, 1 + j, sent.replace('"', '\\"'), 0.5 + (k % 50) / 100))
        ev = "[" + ",".join(evs) + "]"
        w(f'<edge source="n{s}" target="n{o}"><data key="e_type">{p}</data>'
          f'<data key="e_confidence">{0.5 + (k % 50) / 100:.2f}</data>'
          f'<data key="e_sentence">{escape(sent)}</data><data key="e_evidence">{escape(ev)}</data>'
          f'<data key="e_evidence_count">{len(evs)}</data></edge>\n')
        k += 1
    w('</graph>\n</graphml>\n')
EOF
}

timed() { # timed LOG CMD... -> prints "wall_s cpu_s maxrss_kb"
  local log=$1; shift
  /usr/bin/time -v "$@" 2>"$log" >/dev/null || { cat "$log" >&2; exit 1; }
  local wall cpu rss
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  echo "$wall $cpu $rss"
}

RN_E=$(( E * RDFLIB_N / N ))
echo "generating $N nodes / $E edges and $RDFLIB_N nodes / $RN_E edges ..."
gen "$N" "$E" "$WORK/big.graphml"
gen "$RDFLIB_N" "$RN_E" "$WORK/small.graphml"

read -r og_big_t og_big_c og_big_rss < <(timed "$WORK/t1" "$ORGRAPH" convert "$WORK/big.graphml" -o "$WORK/big.jsonld")
read -r og_nq_t og_nq_c og_nq_rss < <(timed "$WORK/t2" "$ORGRAPH" convert "$WORK/big.graphml" -o "$WORK/big.nq")
read -r og_gm_t og_gm_c og_gm_rss < <(timed "$WORK/t5" "$ORGRAPH" convert "$WORK/big.graphml" -o "$WORK/big2.graphml")
read -r og_small_t og_small_c og_small_rss < <(timed "$WORK/t3" "$ORGRAPH" convert "$WORK/small.graphml" -o "$WORK/small.jsonld")
printf 'orgraph convert -> JSON-LD, %d nodes / %d edges: wall %6.2f s, cpu %6.2f s, peak RSS %d MiB, %d MB written\n' \
  "$N" "$E" "$og_big_t" "$og_big_c" $((og_big_rss / 1024)) $(( $(stat -c %s "$WORK/big.jsonld") / 1000000 ))
printf 'orgraph convert -> N-Quads, %d nodes / %d edges: wall %6.2f s, cpu %6.2f s, peak RSS %d MiB, %d MB written\n' \
  "$N" "$E" "$og_nq_t" "$og_nq_c" $((og_nq_rss / 1024)) $(( $(stat -c %s "$WORK/big.nq") / 1000000 ))
printf 'orgraph convert -> GraphML (reference: the same read), wall %6.2f s, cpu %6.2f s, peak RSS %d MiB\n' \
  "$og_gm_t" "$og_gm_c" $((og_gm_rss / 1024))
printf 'orgraph convert -> JSON-LD, %d nodes / %d edges: wall %6.2f s, cpu %6.2f s, peak RSS %d MiB\n' \
  "$RDFLIB_N" "$RN_E" "$og_small_t" "$og_small_c" $((og_small_rss / 1024))

# rdflib: build the same triples (from orgraph's own N-Quads of the small graph,
# so the graph is identical), then time only serialize(format="json-ld").
"$ORGRAPH" convert "$WORK/small.graphml" -o "$WORK/small.nq" >/dev/null
cat > "$WORK/rdflib_ser.py" <<'EOF'
import sys, time
from rdflib import ConjunctiveGraph, Graph
src, out = sys.argv[1], sys.argv[2]
cg = ConjunctiveGraph(); cg.parse(src, format="nquads")
g = Graph()
for t in cg.triples((None, None, None)):
    g.add(t)
t0, c0 = time.perf_counter(), time.process_time()
g.serialize(destination=out, format="json-ld")
print(f"{time.perf_counter() - t0:.3f} {time.process_time() - c0:.3f} {len(g)}", file=sys.stderr)
EOF
/usr/bin/time -v "$PY" "$WORK/rdflib_ser.py" "$WORK/small.nq" "$WORK/rdflib.jsonld" 2>"$WORK/t4" >/dev/null
read -r rl_ser rl_cpu rl_triples < <(head -1 "$WORK/t4")
rl_rss=$(grep 'Maximum resident set size' "$WORK/t4" | awk '{print $NF}')
printf 'rdflib %s serialize(json-ld), %d nodes / %d edges (%d triples): wall %6.2f s, cpu %6.2f s (serialisation only), peak RSS %d MiB\n' \
  "$("$PY" -c 'import rdflib; print(rdflib.__version__)')" "$RDFLIB_N" "$RN_E" "$rl_triples" "$rl_ser" "$rl_cpu" $((rl_rss / 1024))
"$PY" - "$rl_cpu" "$og_small_c" "$og_big_c" "$N" "$RDFLIB_N" <<'EOF'
import sys
rl, og_small, og_big, n, rn = map(float, sys.argv[1:])
print(f"ratio (cpu) at {int(rn)} nodes: orgraph read + write takes {og_small / rl:.3f} of rdflib's serialisation alone "
      f"({rl / og_small:.1f}x faster)")
print(f"rdflib extrapolated linearly to {int(n)} nodes: ~{rl * n / rn:.0f} s cpu vs orgraph {og_big:.1f} s")
EOF
