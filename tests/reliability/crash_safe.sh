#!/bin/sh
# crash_safe.sh ORGRAPH SOURCE_DIR WORK_DIR - crash safety of the atomic output.
#
# Does: (1) writes a graph to out.graphml; starts `orgraph extract` on a
# generated corpus (bench/gen_corpus.py) writing out.graphml plus a slow
# out.svg (so the GraphML temp file exists for a while), SIGKILLs it as soon
# as `.out.graphml.tmp.*` appears, and checks out.graphml is byte-identical
# to before; (2) the next run with a stale temp file beside it succeeds and
# never renames the stale temp into place; (3) disk full: a run under
# `ulimit -f` (writes fail with EFBIG, SIGXFSZ ignored) - or on a 64 KiB
# tmpfs when mount works and OG_CRASH_NO_MOUNT is not 1 - fails with an error message, exit code != 0,
# leaves out.graphml intact and no temp file.
# Does not: test power loss (fsync ordering) or NFS.
set -u
orgraph=$1
src=$2
work=$3
mb=${OG_CRASH_MB:-2}
fail() { echo "crash_safe: FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/small" || fail "cannot create $work"
cd "$work" || exit 1
printf 'The Open Standards Council (OSC) develops the Mesh Protocol. It is based in Lisbon.\n' \
    >small/a.txt
"$orgraph" extract -q small -o out.graphml || fail "first run failed"
cp out.graphml before.graphml
python3 "$src/bench/gen_corpus.py" big "$mb" >/dev/null || fail "gen_corpus.py failed"

# (1) SIGKILL while the temp file exists
killed=0
for attempt in 1 2 3; do
    "$orgraph" extract -q -j 2 big -o out.graphml -o slow.svg --engine neato 2>/dev/null &
    pid=$!
    i=0
    while [ $i -lt 6000 ]; do
        if ls -a | grep -q '^\.out\.graphml\.tmp\.'; then
            kill -9 $pid 2>/dev/null && killed=1
            break
        fi
        kill -0 $pid 2>/dev/null || break
        sleep 0.01
        i=$((i + 1))
    done
    wait $pid 2>/dev/null
    [ $killed = 1 ] && break
    cp before.graphml out.graphml   # the run finished before we caught it: retry
done
[ $killed = 1 ] || fail "never saw the temp file .out.graphml.tmp.* (3 attempts)"
cmp -s out.graphml before.graphml || fail "out.graphml changed after SIGKILL"
stale=$(ls -a | grep '^\.out\.graphml\.tmp\.' | head -n 1)
[ -n "$stale" ] || fail "expected the killed run's temp file to remain"
echo "crash_safe: SIGKILL during export: out.graphml intact, stale temp $stale left"

# (2) the next run succeeds despite the stale temp file
printf 'The Digital Trust Alliance (DTA) supports the Mesh Protocol.\n' >small/b.txt
"$orgraph" extract -q small -o out.graphml || fail "run after the kill failed"
grep -q 'Digital Trust Alliance' out.graphml || fail "new out.graphml lacks the new entity"
cmp -s out.graphml before.graphml && fail "out.graphml not replaced"
ls -a | grep -q '^\.out\.graphml\.tmp\.' && [ ! -f "$stale" ] && fail "stale temp replaced by another"
echo "crash_safe: next run succeeded ($(ls -a | grep -c '^\.out\.graphml\.tmp\.') stale temp file(s) left behind)"
rm -f .out.graphml.tmp.*
cp out.graphml before.graphml

# (3) disk full
mode=ulimit
if [ "${OG_CRASH_NO_MOUNT:-0}" != 1 ] && mkdir -p full && mount -t tmpfs -o size=64k tmpfs full 2>/dev/null; then
    mode=tmpfs
    cp out.graphml full/out.graphml
    cp full/out.graphml before-full.graphml
    "$orgraph" extract -q big -o full/out.graphml 2>err.txt
    rc=$?
    left=$(ls -a full | grep -c '\.tmp\.')
    cmp -s full/out.graphml before-full.graphml; same=$?
    umount full
else
    (trap '' XFSZ; ulimit -f 64; exec "$orgraph" extract -q big -o out.graphml) 2>err.txt
    rc=$?
    left=$(ls -a | grep -c '^\.out\.graphml\.tmp\.')
    cmp -s out.graphml before.graphml; same=$?
fi
[ $rc -ne 0 ] || fail "disk full ($mode): exit code 0"
[ $same -eq 0 ] || fail "disk full ($mode): out.graphml changed"
[ "$left" -eq 0 ] || fail "disk full ($mode): $left temp file(s) left"
[ -s err.txt ] || fail "disk full ($mode): no error message"
echo "crash_safe: disk full ($mode): exit $rc, old file intact, message: $(head -c 200 err.txt)"
cd / && rm -rf "$work"
echo "crash_safe: OK"
