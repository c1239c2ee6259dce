#!/bin/sh
# graph_memory.sh - builds bench/graph_memory in Release and runs it on a
# 1,000,000-node / 3,000,000-edge graph; fails if peak RSS reaches 1 GiB.
# Usage: bench/graph_memory.sh [build-dir] [nodes] [edges]
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-bench}
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DOG_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target graph_memory -j2 >/dev/null
exec "$build/bench/graph_memory" "${2:-1000000}" "${3:-3000000}"
