#!/usr/bin/env bash
# scaling.sh - does extraction scale linearly with the corpus and with cores?
# Generates synthetic corpora with bench/gen_corpus.py (100 MB and 200 MB;
# also 1 GB with --big), times `orgraph extract DIR -j1` and `-j2` on each
# with GNU time, checks both outputs are byte-identical, and prints a table:
# MB, documents, jobs, elapsed s, MB/s (elapsed), CPU s (user + system),
# MB per CPU second, speed-up over -j1 (elapsed), peak RSS. On a loaded
# machine trust the CPU columns for linearity; the speed-up needs idle cores.
#   bench/scaling.sh [--big] [BUILD_DIR]   (default build-bench, Release)
# Not run in CI. Needs python3 and /usr/bin/time. Corpora are cached in
# $OG_BENCH_CACHE (default /tmp/orgraph-bench-corpus) between runs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
big=0
if [ "${1:-}" = --big ]; then big=1; shift; fi
BUILD=${1:-$ROOT/build-bench}
CACHE=${OG_BENCH_CACHE:-/tmp/orgraph-bench-corpus}
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
if [ ! -x "$BUILD/orgraph" ]; then
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DOG_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD" -j2 --target orgraph >/dev/null
fi
ORGRAPH=$BUILD/orgraph
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM

sizes="100 200"
[ "$big" = 1 ] && sizes="$sizes 1024"
printf '%-8s %-6s %-4s %9s %8s %9s %9s %8s %10s\n' "corpus" "docs" "-j" "elapsed" "MB/s" "CPU" "MB/CPU-s" "speedup" "peak RSS"
for mb in $sizes; do
    dir=$CACHE/$mb
    [ -f "$dir/.done" ] || { rm -rf "$dir"; python3 "$ROOT/bench/gen_corpus.py" "$dir" "$mb" >/dev/null && touch "$dir/.done"; }
    bytes=$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
    docs=$(find "$dir" -name '*.txt' | wc -l)
    base=
    for j in 1 2; do
        /usr/bin/time -v -o "$WORK/time.$j" "$ORGRAPH" extract -q "$dir" -j "$j" -o "$WORK/out.$j.graphml"
        el=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/time.$j")
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.$j")
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$WORK/time.$j")
        [ -n "$base" ] || base=$el
        printf '%-8s %-6s %-4s %8.2fs %8.1f %8.2fs %9.1f %7.2fx %7d MiB\n' "${mb}MB" "$docs" "$j" "$el" \
            "$(echo "$bytes / 1000000 / $el" | bc -l)" "$cpu" "$(echo "$bytes / 1000000 / $cpu" | bc -l)" \
            "$(echo "$base / $el" | bc -l)" $((rss / 1024))
    done
    cmp -s "$WORK/out.1.graphml" "$WORK/out.2.graphml" || echo "WARNING: -j1 and -j2 outputs differ for ${mb}MB"
    echo "         $(grep -c '<node ' "$WORK/out.1.graphml") nodes, $(grep -c '<edge ' "$WORK/out.1.graphml") edges; -j1 == -j2: $(cmp -s "$WORK/out.1.graphml" "$WORK/out.2.graphml" && echo yes || echo NO)"
done
