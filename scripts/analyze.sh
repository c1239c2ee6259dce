#!/bin/sh
# scripts/analyze.sh - gcc -fanalyzer over the library and CLI.
#
# Configures build-analyze/ with CMAKE_C_FLAGS=-fanalyzer (gcc only; tests,
# fuzzers and benches off), rebuilds from clean, keeps the compiler output
# in build-analyze/analyze.log and prints the number of findings (warnings
# tagged [-Wanalyzer-...]) per checker and per file.
# Does not: fail on findings; triage them by hand.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANALYZE_BUILD:-$root/build-analyze}
cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=Debug -DOG_BUILD_TESTS=OFF \
    -DOG_BUILD_BENCH=OFF -DOG_BUILD_FUZZERS=OFF -DCMAKE_C_FLAGS=-fanalyzer >/dev/null
cmake --build "$build" --target clean >/dev/null
cmake --build "$build" -j"${ANALYZE_JOBS:-2}" >"$build/analyze.log" 2>&1 || echo "analyze: build failed, see $build/analyze.log" >&2
n=$(grep -c 'warning: .*\[-Wanalyzer' "$build/analyze.log" || true)
echo "analyzer findings: $n"
grep -o '\[-Wanalyzer[^]]*\]' "$build/analyze.log" | sort | uniq -c | sort -rn || true
grep 'warning: .*\[-Wanalyzer' "$build/analyze.log" | cut -d: -f1 | sed "s|^$root/||" | sort | uniq -c | sort -rn || true
