#!/usr/bin/env bash
# dot_vs_igraph.sh - DOT writing speed: `orgraph convert big.graphml -o big.dot`
# against python-igraph's write_dot on the same graph, in the same run.
#   bench/dot_vs_igraph.sh [BUILD_DIR] [NODES] [EDGES]
# Defaults: build/, 100000 nodes, 300000 edges. Needs python3-igraph (Debian).
# Prints both times and the ratio (orgraph / igraph; below 1 = orgraph faster).
# Also times the seeds' default diagram when the seeds folder is present.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
nodes=${2:-100000}
edges=${3:-300000}
orgraph=$build/orgraph
py=/usr/bin/python3
[ -x "$orgraph" ] || { echo "no $orgraph: build first (cmake --build $build)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$py" - "$work" "$nodes" "$edges" <<'PY'
import sys, random, time, igraph as ig
work, n, m = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(42)
g = ig.Graph.Erdos_Renyi(n=n, m=m, directed=True)
g.vs["label"] = [f"Organisation {i}" for i in range(n)]
g.vs["type"] = [random.choice(["Organisation", "Initiative", "Standard", "Partnership"]) for _ in range(n)]
g.es["type"] = [random.choice(["part_of", "member_of", "partner_in", "develops"]) for _ in range(m)]
g.write_graphml(f"{work}/big.graphml")
PY

# igraph: write_dot alone, and read_graphml + write_dot (what `convert` does);
# wall-clock and CPU seconds (CPU is the fairer number on a busy machine)
read -r ig_write ig_total ig_write_cpu ig_total_cpu < <("$py" - "$work" <<'PY'
import sys, time, igraph as ig
work = sys.argv[1]
t0, c0 = time.perf_counter(), time.process_time()
g = ig.Graph.Read_GraphML(f"{work}/big.graphml")
t1, c1 = time.perf_counter(), time.process_time()
g.write_dot(f"{work}/igraph.dot")
t2, c2 = time.perf_counter(), time.process_time()
print(f"{t2 - t1:.3f} {t2 - t0:.3f} {c2 - c1:.3f} {c2 - c0:.3f}")
PY
)

/usr/bin/time -o "$work/time.txt" -f "%e %U %S" "$orgraph" convert "$work/big.graphml" -o "$work/big.dot" \
    2>"$work/orgraph.err"
read -r og_total og_cpu < <(awk '{ printf "%s %.3f\n", $1, $2 + $3 }' "$work/time.txt")

echo "graph: $nodes nodes, $edges edges"
printf "orgraph convert big.graphml -o big.dot : %7.3f s wall %7.3f s CPU (%s bytes)\n" "$og_total" "$og_cpu" \
    "$(stat -c %s "$work/big.dot")"
printf "igraph Read_GraphML + write_dot         : %7.3f s wall %7.3f s CPU (%s bytes)\n" "$ig_total" "$ig_total_cpu" \
    "$(stat -c %s "$work/igraph.dot")"
printf "igraph write_dot alone                  : %7.3f s wall %7.3f s CPU\n" "$ig_write" "$ig_write_cpu"
printf "ratio orgraph / igraph (read + write)   : %.2f wall, %.2f CPU\n" "$(echo "$og_total / $ig_total" | bc -l)" \
    "$(echo "$og_cpu / $ig_total_cpu" | bc -l)"
if [ -x "$build/bench/bench_dot_render" ]; then
    "$build/bench/bench_dot_render" "$work/big.graphml" none | sed 's/^/in-process: /'
fi

seeds=$here/../../shared/seeds
if [ -d "$seeds" ]; then
    "$orgraph" extract "$seeds" -o "$work/seeds.graphml" 2>/dev/null
    if [ -x "$build/bench/bench_dot_render" ]; then
        "$build/bench/bench_dot_render" "$work/seeds.graphml" png | sed 's/^/seeds: /'
    fi
fi
