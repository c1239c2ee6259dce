#!/bin/sh
# scripts/coverage.sh [CTEST_ARGS...] - line and branch coverage per folder.
#
# Configures a gcc --coverage Debug build in build-coverage/ (once), builds
# everything, runs ctest (extra arguments go to ctest, e.g. -LE reliability
# to skip the slow suite), captures with lcov and prints line and branch
# coverage for graph/, extract/, exporters/ and cli/. The HTML report is in
# build-coverage/coverage/html when genhtml is present.
# Does not: fail on low coverage, or count tests/, fuzz/ or bench/ code.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${COVERAGE_BUILD:-$root/build-coverage}
jobs=${COVERAGE_JOBS:-2}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DOG_BUILD_BENCH=OFF \
        -DCMAKE_C_FLAGS="--coverage -O0" -DCMAKE_EXE_LINKER_FLAGS=--coverage \
        -DCMAKE_SHARED_LINKER_FLAGS=--coverage >/dev/null
fi
cmake --build "$build" -j"$jobs" >/dev/null
find "$build" -name '*.gcda' -delete
ctest --test-dir "$build" -j"$jobs" --timeout 600 "$@" >"$build/ctest.log" 2>&1 || \
    echo "coverage: some tests failed (see $build/ctest.log): $(grep -c 'Failed\|Timeout' "$build/ctest.log") lines" >&2
out=$build/coverage
mkdir -p "$out"
lcov --quiet --capture --directory "$build" --base-directory "$root" --rc lcov_branch_coverage=1 \
    --output-file "$out/all.info" 2>/dev/null
printf '%-11s %8s %8s %8s %8s\n' folder lines line% branches branch%
for dir in graph extract exporters cli; do
    lcov --quiet --extract "$out/all.info" "$root/$dir/*" --rc lcov_branch_coverage=1 \
        --output-file "$out/$dir.info" 2>/dev/null || continue
    lcov --summary "$out/$dir.info" --rc lcov_branch_coverage=1 2>&1 | awk -v d="$dir/" '
        /lines\.*:/    { lp=$2; gsub(/[()]/, "", $3); ln=$3 }
        /branches\.*:/ { bp=$2; gsub(/[()]/, "", $3); bn=$3 }
        END { printf "%-11s %8s %8s %8s %8s\n", d, ln, lp, bn, bp }'
done
if command -v genhtml >/dev/null; then
    genhtml --quiet --branch-coverage "$out/all.info" --output-directory "$out/html" 2>/dev/null || true
fi
echo "ctest summary: $(grep 'tests passed' "$build/ctest.log" || echo 'see ctest.log')"
