#!/bin/sh
# cli_oom.sh ORGRAPH SOURCE_DIR WORK_DIR - the CLI under real memory limits.
#
# Does: runs `orgraph extract` on a generated 2 MB corpus under a series of
# address-space limits (ulimit -v, 40 MB upwards, no test hook needed);
# every run that fails must exit 2 with "out of memory" on stderr and leave
# no output and no temp file; at least one limit must fail and the largest
# must succeed. Exit 77 (skipped) under sanitizers (ASan reserves terabytes
# of address space) or when ulimit -v is unavailable.
# Does not: pick which allocation fails (test_oom.c does that).
set -u
orgraph=$1
src=$2
work=$3
fail() { echo "cli_oom: FAIL: $*" >&2; exit 1; }
[ "${OG_SANITIZED:-0}" = 1 ] && { echo "cli_oom: skipped under sanitizers"; exit 77; }
(ulimit -v 100000) 2>/dev/null || { echo "cli_oom: ulimit -v unavailable"; exit 77; }
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
python3 "$src/bench/gen_corpus.py" corpus 2 >/dev/null || fail "gen_corpus.py failed"
failed=0
ok=0
for kb in 40000 45000 50000 55000 60000 65000 70000 1000000; do
    rm -f out.graphml out.jsonld err.txt
    (ulimit -v $kb; exec "$orgraph" extract -q -j 1 corpus -o out.graphml -o out.jsonld) >/dev/null 2>err.txt
    rc=$?
    if [ $rc -eq 0 ]; then
        ok=$((ok + 1))
        [ -s out.graphml ] || fail "limit ${kb} KiB: exit 0 without output"
        echo "cli_oom: ${kb} KiB: ok"
        continue
    fi
    if [ $rc -eq 127 ] && grep -q 'loading shared libraries' err.txt; then
        echo "cli_oom: ${kb} KiB: too small to load the program, not counted"
        continue
    fi
    [ $rc -eq 2 ] || fail "limit ${kb} KiB: exit $rc (expected 2): $(head -c 300 err.txt)"
    grep -qi 'out of memory' err.txt || fail "limit ${kb} KiB: no 'out of memory' message: $(head -c 300 err.txt)"
    [ ! -e out.graphml ] && [ ! -e out.jsonld ] || fail "limit ${kb} KiB: output written despite the failure"
    ls -a | grep -q '\.tmp\.' && fail "limit ${kb} KiB: temp file left"
    failed=$((failed + 1))
    echo "cli_oom: ${kb} KiB: exit 2, $(head -n 1 err.txt | head -c 160)"
done
[ $failed -gt 0 ] || fail "no limit made the run fail: the test did not test anything"
[ $ok -gt 0 ] || fail "even 1 GB was not enough"
cd / && rm -rf "$work"
echo "cli_oom: OK ($failed limits failed cleanly, $ok succeeded)"
