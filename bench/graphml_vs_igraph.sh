#!/usr/bin/env bash
# graphml_vs_igraph.sh - GraphML read + write speed and memory: `orgraph convert
# big.graphml -o out.graphml` against python-igraph's Read_GraphML + write_graphml
# on the same file, in the same run (SPEC: at most half of igraph's time, < 1 GiB).
#   bench/graphml_vs_igraph.sh [BUILD_DIR] [NODES] [EDGES]
# Defaults: build/, 1000000 nodes, 3000000 edges (use a Release build).
# Needs python3-igraph (Debian) and GNU time (/usr/bin/time) for peak RSS.
# Prints both times, the ratio (orgraph / igraph; the goal is <= 0.5) and peak RSS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
nodes=${2:-1000000}
edges=${3:-3000000}
orgraph=$build/orgraph
py=/usr/bin/python3
[ -x "$orgraph" ] || { echo "no $orgraph: build first (cmake --build $build --target orgraph)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A random directed graph with orgraph-like string attributes, written by igraph.
"$py" - "$work" "$nodes" "$edges" <<'PY'
import sys, random, igraph as ig
work, n, m = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
g = ig.Graph.Erdos_Renyi(n=n, m=m, directed=True)
g.vs["label"] = [f"Organisation {i}" for i in range(n)]
g.vs["type"] = [random.choice(["Organisation", "Initiative", "Standard", "Partnership"]) for _ in range(n)]
g.es["type"] = [random.choice(["part_of", "member_of", "partner_in", "develops"]) for _ in range(m)]
g.es["weight"] = [round(random.random(), 3) for _ in range(m)]
g.write_graphml(f"{work}/big.graphml")
PY

# CPU seconds (user + system: elapsed time is noise on a shared machine),
# elapsed seconds and peak RSS (KiB) of a command, from GNU time.
measure() {
    local log=$1; shift
    /usr/bin/time -f "%U %S %e %M" -o "$log" "$@"
    awk '{ printf "%.2f %s %s\n", $1 + $2, $3, $4 }' "$log"
}

read -r ig_s ig_e ig_kb < <(measure "$work/ig.time" "$py" -c '
import sys, igraph as ig
g = ig.Graph.Read_GraphML(sys.argv[1])
g.write_graphml(sys.argv[2])' "$work/big.graphml" "$work/igraph.graphml")

read -r og_s og_e og_kb < <(measure "$work/og.time" "$orgraph" convert "$work/big.graphml" -o "$work/orgraph.graphml")

# and orgraph reading its own output back (the round trip users run)
read -r rt_s rt_e rt_kb < <(measure "$work/rt.time" "$orgraph" convert "$work/orgraph.graphml" -o "$work/again.graphml")
same=$(cmp -s "$work/orgraph.graphml" "$work/again.graphml" && echo identical || echo DIFFERENT)

echo "graph: $nodes nodes, $edges edges, input $(stat -c %s "$work/big.graphml") bytes"
printf "igraph Read_GraphML + write_graphml : %7.2f s CPU (%6.2f s elapsed)  peak RSS %6d MiB\n" \
    "$ig_s" "$ig_e" $((ig_kb / 1024))
printf "orgraph convert (igraph's file)     : %7.2f s CPU (%6.2f s elapsed)  peak RSS %6d MiB  (%s bytes out)\n" \
    "$og_s" "$og_e" $((og_kb / 1024)) "$(stat -c %s "$work/orgraph.graphml")"
printf "orgraph convert (its own file)      : %7.2f s CPU (%6.2f s elapsed)  peak RSS %6d MiB  (round trip %s)\n" \
    "$rt_s" "$rt_e" $((rt_kb / 1024)) "$same"
printf "ratio orgraph / igraph (CPU)        : %7.2f  (goal <= 0.50)\n" "$(echo "$og_s / $ig_s" | bc -l)"
