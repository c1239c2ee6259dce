#!/usr/bin/env bash
# tests/run.sh - the one test command (README, .ci/run): installs missing
# Debian packages, sets up the conformance clients when ../shared exists,
# builds Release and an ASan+UBSan Debug build, and runs the whole ctest suite
# in both. Exit 0 only when both suites pass.
#
# Environment: OG_JOBS (parallel jobs, default: nproc, at most 2 for ctest
# unless set), OG_SKIP_ASAN=1 (Release only), OG_WERROR=ON|OFF (default ON; the build log's warnings are listed either way).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT="$PWD"
export DEBIAN_FRONTEND=noninteractive
JOBS="${OG_JOBS:-$(nproc 2>/dev/null || echo 2)}"
CTEST_JOBS="${OG_JOBS:-2}"

say() { printf '\n==> %s\n' "$*"; }
# build DIR: quiet build; on failure the log's tail shows what broke.
build() {
  if ! cmake --build "$1" -j"$JOBS" >"$1/build.log" 2>&1; then
    tail -n 60 "$1/build.log" >&2
    echo "tests/run.sh: build failed in $1 (full log: $1/build.log)" >&2
    exit 1
  fi
  grep -E 'warning:' "$1/build.log" | sort -u | head -n 20 >&2 || true
}

# 1. Debian packages (only the missing ones; apt-get only when needed).
PKGS=(gcc libc6-dev make cmake pkg-config libxml2-dev libgraphviz-dev libjansson-dev libutf8proc-dev
      libcmocka-dev python3 python3-networkx python3-igraph python3-rdflib libxml2-utils graphviz)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq </dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
  else
    echo "tests/run.sh: missing packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

# 2. The external conformance clients (../shared/conformance), when present.
SHARED="$ROOT/../shared"
if [ -x "$SHARED/conformance/setup" ]; then
  say "conformance setup"
  if [ "$(id -u)" = 0 ]; then
    "$SHARED/conformance/setup" </dev/null || echo "tests/run.sh: conformance setup failed; those checks will be skipped" >&2
  else
    "$SHARED/conformance/setup" --check </dev/null || true
  fi
fi

rc=0
# 3. Release build and the whole suite.
say "Release build"
cmake -S "$ROOT" -B "$ROOT/build-release" -DCMAKE_BUILD_TYPE=Release -DOG_WERROR="${OG_WERROR:-ON}" >/dev/null
build "$ROOT/build-release"
say "ctest (Release)"
ctest --test-dir "$ROOT/build-release" -j"$CTEST_JOBS" --output-on-failure </dev/null || rc=1

# 4. ASan + UBSan build and the same suite.
if [ "${OG_SKIP_ASAN:-0}" != 1 ]; then
  say "ASan+UBSan build"
  cmake -S "$ROOT" -B "$ROOT/build-asan" -DCMAKE_BUILD_TYPE=Debug -DOG_SANITIZE="address;undefined" \
        -DOG_WERROR="${OG_WERROR:-ON}" >/dev/null
  build "$ROOT/build-asan"
  say "ctest (ASan+UBSan)"
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}" \
  LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/tests/e2e/lsan.supp:print_suppressions=0}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
    ctest --test-dir "$ROOT/build-asan" -j"$CTEST_JOBS" --output-on-failure </dev/null || rc=1
fi

if [ "$rc" = 0 ]; then say "all tests passed"; else say "TESTS FAILED"; fi
exit "$rc"
