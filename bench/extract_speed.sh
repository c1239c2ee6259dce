#!/bin/sh
# extract_speed.sh - extraction speed on the seeds repeated to ~100 MB, one
# core, against `grep -F -f names.txt` with the lexicon's names and aliases.
# Usage: bench/extract_speed.sh [BUILD_DIR]   (default: build-bench, Release)
# Prints MB/s per stage (CPU time), of the CLI on one big file and on many
# files, and the ratios to grep. Needs ../shared/seeds
# and /usr/bin/time.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-bench}
SEEDS=${OG_SEEDS:-$ROOT/../shared/seeds}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DOG_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j2 --target bench_extract_speed >/dev/null
cmake --build "$BUILD" -j2 --target orgraph >/dev/null 2>&1 || true

# ~100 MB of seed text.
cat "$SEEDS"/*.txt > "$WORK/one.txt"
one=$(wc -c < "$WORK/one.txt")
reps=$(( (100000000 + one - 1) / one ))
i=0
while [ $i -lt $reps ]; do cat "$WORK/one.txt"; i=$((i + 1)); done > "$WORK/big.txt"
size=$(wc -c < "$WORK/big.txt")
mb=$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }')
echo "input: $mb MB ($reps copies of the seeds)"

# Names and aliases of the lexicon, one per line.
grep -v '^#' "$ROOT/extract/lexicon.tsv" | awk -F '\t' 'NF >= 2 { print $2; if (NF >= 4) { n = split($4, a, "|"); for (i = 1; i <= n; i++) print a[i] } }' \
    | sort -u > "$WORK/names.txt"
echo "lexicon names and aliases: $(wc -l < "$WORK/names.txt")"

# CPU seconds (user + sys) of "$@": the machine may be shared, and the goal
# is MB/s per core, so wall time would measure the neighbours too.
secs() {
    /usr/bin/time -f "%U %S" -o "$WORK/time" "$@" > "$WORK/out" 2>&1 || { tail -3 "$WORK/out" >&2; }
    awk '{ printf "%.3f", $1 + $2 }' "$WORK/time"
}

t_grep=$(secs sh -c "LC_ALL=C grep -F -c -f '$WORK/names.txt' '$WORK/big.txt'")
grep_mbs=$(awk -v m="$mb" -v t="$t_grep" 'BEGIN { printf "%.1f", m / t }')
echo "grep -F -f names.txt: ${t_grep}s CPU = $grep_mbs MB/s"

"$BUILD/bench/bench_extract_speed" "$WORK/big.txt" | tee "$WORK/stages"
fs=$(awk '/^frontend_scan_mb_s/ { print $2 }' "$WORK/stages")
echo "front end + lexicon scan vs grep: $(awk -v a="$fs" -v b="$grep_mbs" 'BEGIN { printf "%.2f", a / b }')x grep's speed"

CLI=$(find "$BUILD" -maxdepth 2 -name orgraph -type f -perm -u+x | head -n 1)
if [ -n "$CLI" ]; then
    t_cli=$(secs "$CLI" extract "$WORK/big.txt" -o "$WORK/x.graphml")
    if [ -s "$WORK/x.graphml" ]; then
        cli_mbs=$(awk -v m="$mb" -v t="$t_cli" 'BEGIN { printf "%.1f", m / t }')
        echo "orgraph extract big.txt -o x.graphml: ${t_cli}s CPU = $cli_mbs MB/s ($(awk -v a="$cli_mbs" -v b="$grep_mbs" 'BEGIN { printf "%.2f", a / b }')x grep)"
    else
        echo "orgraph extract: no output (see below)"; tail -3 "$WORK/out"
    fi
    # The same text as many documents (one per seed copy): per-document costs, not one huge array.
    mkdir "$WORK/many"
    i=0
    while [ $i -lt $reps ]; do
        for f in "$SEEDS"/*.txt; do cp "$f" "$WORK/many/$(printf %05d $i)_$(basename "$f")"; done
        i=$((i + 1))
    done
    t_many=$(secs "$CLI" extract "$WORK/many" -o "$WORK/m.graphml")
    if [ -s "$WORK/m.graphml" ]; then
        many_mbs=$(awk -v m="$mb" -v t="$t_many" 'BEGIN { printf "%.1f", m / t }')
        echo "orgraph extract many/ ($(ls "$WORK/many" | wc -l) files) -o m.graphml: ${t_many}s CPU = $many_mbs MB/s ($(awk -v a="$many_mbs" -v b="$grep_mbs" 'BEGIN { printf "%.2f", a / b }')x grep)"
    fi
else
    echo "orgraph CLI not built; timing og_extract_document instead"
    "$BUILD/bench/bench_extract_speed" --full "$WORK/big.txt" | grep extract_document || true
fi
