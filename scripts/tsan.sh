#!/bin/sh
# scripts/tsan.sh - ThreadSanitizer build and the multi-threaded tests.
#
# Configures build-tsan/ with OG_SANITIZE=thread (clang-14 when present),
# builds, and runs the tests that drive extraction on several threads
# (-j): ctest -R 'jobs|determinism|parallel|thread'. Prints the tests run,
# and the number of "WARNING: ThreadSanitizer" reports in their output.
# Exit code: 0 when the tests pass and TSan reports nothing.
# Does not: run the whole suite under TSan (slow, and single-threaded).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TSAN_BUILD:-$root/build-tsan}
cc=gcc
command -v clang-14 >/dev/null && cc=clang-14
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=$cc cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOG_SANITIZE=thread \
        -DOG_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j"${TSAN_JOBS:-2}" >/dev/null
pattern=${TSAN_TESTS:-'jobs|determinism|parallel|thread'}
log=$build/tsan.log
set +e
TSAN_OPTIONS="halt_on_error=0 second_deadlock_stack=1 ${TSAN_OPTIONS:-}" \
    ctest --test-dir "$build" -R "$pattern" --output-on-failure --timeout 600 >"$log" 2>&1
rc=$?
set -e
grep -E '^ *[0-9]+/[0-9]+ Test' "$log" || true
races=$(grep -c 'WARNING: ThreadSanitizer' "$log" || true)
echo "tsan: ctest exit $rc, ThreadSanitizer reports: $races (log: $log)"
[ "$rc" -eq 0 ] && [ "$races" -eq 0 ]
