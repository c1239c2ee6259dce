#!/usr/bin/env bash
# dask_test.sh ORGRAPH - scale::dask: the map (extract --fragments) and the
# reduce (merge --fragments, in a tree) run on a Dask cluster of a scheduler
# and two worker processes on 127.0.0.1; the result must be byte-identical
# to the single-machine `orgraph extract` of the same documents.
# Installs Debian's python3-dask and python3-distributed when missing; exit 77
# (skip) when that is impossible (not root, no network, no apt).
# Environment: OG_SOURCE_DIR, OG_WORK (scratch folder).
set -uo pipefail
ORGRAPH="$1"
SRC="${OG_SOURCE_DIR:?}"
WORK="${OG_WORK:?}"
PY=/usr/bin/python3
[ -x "$PY" ] || { echo "skip: no /usr/bin/python3"; exit 77; }
if ! "$PY" -c 'import dask.bag, distributed' 2>/dev/null; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "skip: python3-dask/python3-distributed missing and cannot be installed"; exit 77
    fi
    timeout 240 apt-get install -y --no-install-recommends python3-dask python3-distributed >/dev/null 2>&1 ||
        { echo "skip: apt-get install python3-dask python3-distributed failed"; exit 77; }
    "$PY" -c 'import dask.bag, distributed' 2>/dev/null || { echo "skip: dask still not importable"; exit 77; }
fi
rm -rf "$WORK" && mkdir -p "$WORK/docs" && cd "$WORK" || exit 1
cp "$SRC"/samples/*.txt docs/ && cp "$SRC"/tests/e2e/docs/good.txt docs/
docs=(docs/*.txt)

# The driver runs in its own process group (setsid); its cluster is stopped
# by its context managers, and the trap ends that group (the scheduler and
# workers of a driver that failed or timed out) by its id.
pid=
cleanup() { [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null; true; }
trap cleanup EXIT

"$ORGRAPH" extract -q "${docs[@]}" -o single.graphml || { echo "FAIL: single-machine extract"; exit 1; }
setsid timeout 90 "$PY" "$SRC/tests/scale/dask_map_reduce.py" "$ORGRAPH" dask.graphml "${docs[@]}" &
pid=$!
wait "$pid" || { echo "FAIL: the Dask run failed"; exit 1; }
cmp single.graphml dask.graphml || { diff single.graphml dask.graphml | head -20; echo "FAIL: Dask result differs"; exit 1; }
echo "ok: Dask map/reduce over ${#docs[@]} documents == single-machine extract ($(grep -c '<node ' single.graphml) nodes)"
