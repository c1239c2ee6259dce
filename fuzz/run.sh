#!/bin/sh
# fuzz/run.sh TARGET SECONDS - one libFuzzer campaign against fuzz_TARGET.
#
# Configures (once) a clang-14 build with -DOG_BUILD_FUZZERS=ON in
# build-fuzz/, builds fuzz_TARGET, and runs it for SECONDS seconds on the
# committed seed corpus fuzz/corpora/TARGET (read only: new units go to
# build-fuzz/work/TARGET/) with fuzz/TARGET.dict when present. The whole
# library is compiled with -fsanitize=fuzzer-no-link (coverage feedback from
# the parsers, not only the harness) plus ASan/UBSan. Crashing
# inputs land in build-fuzz/artifacts/TARGET/. Prints execs/s, coverage
# (cov) and features (ft) at the end.
#
# Does not: commit anything or copy crashes into fuzz/corpora/ (a committed
# crashing input would fail the fuzz::TARGET replay test until fixed).
# Environment: FUZZ_BUILD (build dir, default <repo>/build-fuzz),
# FUZZ_JOBS (make -j, default 2), FUZZ_ARGS (extra libFuzzer flags),
# FUZZ_KEEP_GOING=1 (fork mode: record crashes and keep fuzzing).
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET SECONDS   (TARGET: text html graphml lexicon curation ...)" >&2
    exit 2
fi
target=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${FUZZ_BUILD:-$root/build-fuzz}

if [ ! -f "$here/fuzz_$target.c" ]; then
    echo "$0: no fuzz target fuzz/fuzz_$target.c" >&2
    exit 2
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang-14 cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DOG_BUILD_FUZZERS=ON -DOG_BUILD_TESTS=OFF -DOG_BUILD_BENCH=OFF \
        -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" >/dev/null
fi
cmake --build "$build" -j"${FUZZ_JOBS:-2}" --target "fuzz_$target" >/dev/null

work=$build/work/$target
artifacts=$build/artifacts/$target
mkdir -p "$work" "$artifacts"
dict=""
[ -f "$here/$target.dict" ] && dict="-dict=$here/$target.dict"
seeds=""
[ -d "$here/corpora/$target" ] && seeds="$here/corpora/$target"
log=$build/fuzz-$target.log

keep=""
[ "${FUZZ_KEEP_GOING:-0}" = 1 ] && keep="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
set +e
# shellcheck disable=SC2086
"$build/fuzz/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$artifacts/" $keep $dict ${FUZZ_ARGS:-} "$work" $seeds >"$log" 2>&1
rc=$?
set -e

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1)
[ -n "$rate" ] || rate=$(echo "$last" | sed -n 's/.*exec\/s: \([0-9]*\).*/\1/p')
[ -n "$execs" ] || execs=$(echo "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')
cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
crashes=$(find "$artifacts" -type f | wc -l)
echo "fuzz_$target: ${seconds}s execs=${execs:-?} execs/s=${rate:-?} cov=${cov:-?} ft=${ft:-?} corpus=$(find "$work" -type f | wc -l) artifacts=$crashes exit=$rc log=$log"
if [ "$rc" -ne 0 ]; then
    echo "fuzz_$target: FAILED, see $log and $artifacts/" >&2
    grep -m1 -E 'ERROR: |SUMMARY: ' "$log" >&2 || true
fi
exit "$rc"
