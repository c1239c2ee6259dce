#!/usr/bin/env bash
# scale_case.sh CASE ORGRAPH - end-to-end checks of map and reduce across
# processes: thread counts and input order (determinism), fragment files and
# NDJSON (fragments), merge trees (tree), GraphML and fragments mixed
# (graphml), --into (into), documents on stdin (stdin) and errors (errors).
# Every case compares bytes against the single-machine `orgraph extract`.
# Environment: OG_SOURCE_DIR, OG_SHARED_DIR (may be absent), OG_WORK.
# Exit 0 pass, 1 fail, 77 skip.
set -uo pipefail
CASE="$1"
ORGRAPH="$2"
SRC="${OG_SOURCE_DIR:?}"
SHARED="${OG_SHARED_DIR:-}"
WORK="${OG_WORK:?}"
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 1

fail() { echo "FAIL [$CASE]: $*" >&2; exit 1; }
og() { "$ORGRAPH" -q "$@" || fail "orgraph $* exited $?"; }
same() { cmp -s "$1" "$2" || { diff "$1" "$2" | head -20; fail "$1 and $2 differ"; }; }

# The corpus: the samples, the e2e document and, when present, the seeds;
# split in two halves A and B (relative paths, so evidence names match).
mkdir -p docs/A docs/B
i=0
for f in "$SRC"/samples/*.txt "$SRC"/tests/e2e/docs/good.txt ${SHARED:+"$SHARED"/seeds/*.txt}; do
  [ -f "$f" ] || continue
  half=$([ $((i % 2)) = 0 ] && echo A || echo B)
  cp "$f" "docs/$half/$(printf '%02d' $i)-$(basename "$f")"
  i=$((i + 1))
done
ALL=(docs/A/* docs/B/*)
A=(docs/A/*)
B=(docs/B/*)
og extract "${ALL[@]}" -o whole.graphml
lines() { wc -l < "$1" | tr -d ' '; }

case "$CASE" in
determinism)
  for j in 1 2 8; do og extract docs -j $j -o j$j.graphml -o j$j.jsonld; done
  same j1.graphml j2.graphml; same j1.graphml j8.graphml; same j1.jsonld j8.jsonld
  same j1.graphml whole.graphml
  # input order on the command line does not matter
  mapfile -t REV < <(printf '%s\n' "${ALL[@]}" | sort -r)
  og extract "${REV[@]}" -j 2 -o rev.graphml
  same whole.graphml rev.graphml
  og extract docs/B docs/A -j 8 -o ba.graphml
  same whole.graphml ba.graphml
  ;;
fragments)
  og extract --fragments frags/ "${ALL[@]}"
  [ "$(ls frags | wc -l)" = "${#ALL[@]}" ] || fail "expected ${#ALL[@]} fragment files, got $(ls frags | wc -l)"
  og merge frags/*.ndjson -o m1.graphml
  same whole.graphml m1.graphml
  og extract --fragments - "${ALL[@]}" > all.ndjson
  [ "$(lines all.ndjson)" = "${#ALL[@]}" ] || fail "expected ${#ALL[@]} lines in all.ndjson"
  og merge all.ndjson -o m2.graphml
  same whole.graphml m2.graphml
  # merge(extract A, extract B) == extract(A + B), in any order
  og extract --fragments - "${A[@]}" > a.ndjson
  og extract --fragments - "${B[@]}" > b.ndjson
  og merge b.ndjson a.ndjson -o m3.graphml
  same whole.graphml m3.graphml
  # --fragments together with -o: both
  og extract --fragments both.ndjson.d "${ALL[@]}" -o both.graphml
  same whole.graphml both.graphml
  ;;
tree)
  og extract --fragments - "${A[@]}" > a.ndjson
  og extract --fragments - "${B[@]}" > b.ndjson
  og merge --fragments - a.ndjson > A.ndjson
  og merge --fragments - b.ndjson > B.ndjson
  [ "$(lines A.ndjson)" = 1 ] || fail "a merge wrote $(lines A.ndjson) lines"
  og merge --fragments - B.ndjson A.ndjson > AB.ndjson
  og merge AB.ndjson -o t.graphml
  same whole.graphml t.graphml
  # the same through standard input, flat: same merged line
  cat a.ndjson b.ndjson | "$ORGRAPH" -q merge --fragments - - > flat.ndjson || fail "merge from stdin"
  same AB.ndjson flat.ndjson
  # a merged line merged with nothing new is unchanged
  og merge --fragments - AB.ndjson > again.ndjson
  same AB.ndjson again.ndjson
  ;;
graphml)
  og extract "${A[@]}" -o a.graphml
  og extract --fragments - "${B[@]}" > b.ndjson
  og merge a.graphml b.ndjson -o mixed.graphml
  same whole.graphml mixed.graphml
  og extract "${B[@]}" -o b.graphml
  og merge b.graphml a.graphml -o both.graphml
  same whole.graphml both.graphml
  ;;
into)
  og extract "${A[@]}" -o old.graphml
  og extract --into old.graphml "${B[@]}" -o new.graphml
  same whole.graphml new.graphml
  # into a merged fragment file as well, and twice in a row
  og extract --fragments - "${A[@]}" > a.ndjson
  og extract --into a.ndjson "${B[@]}" -o new2.graphml
  same whole.graphml new2.graphml
  half=$(( ${#B[@]} / 2 ))
  og extract --into old.graphml "${B[@]:0:$half}" -o step.graphml
  og extract --into step.graphml "${B[@]:$half}" -o step2.graphml
  same whole.graphml step2.graphml
  ;;
stdin)
  for f in "${ALL[@]}"; do
    "$ORGRAPH" -q extract --fragments - --stdin-name "$f" - < "$f" >> s.ndjson || fail "stdin extract of $f"
  done
  [ "$(lines s.ndjson)" = "${#ALL[@]}" ] || fail "expected ${#ALL[@]} lines"
  og merge s.ndjson -o s.graphml
  same whole.graphml s.graphml
  og extract "${ALL[@]}" --fragments - > files.ndjson
  same files.ndjson s.ndjson
  ;;
errors)
  og extract --fragments - "${A[@]}" > a.ndjson
  { head -n 1 a.ndjson; echo '{"orgraph_fragment":1,"nodes":[{"label":"X"'; } > bad.ndjson
  echo OLD > out.graphml
  "$ORGRAPH" merge bad.ndjson -o out.graphml 2> err.txt && fail "a broken fragment file was accepted"
  grep -q '^orgraph: bad.ndjson:2:' err.txt || fail "no line in: $(cat err.txt)"
  [ "$(cat out.graphml)" = OLD ] || fail "out.graphml was touched"
  "$ORGRAPH" extract "${A[@]}" 2> err.txt && fail "extract without -o or --fragments succeeded"
  grep -q 'no output' err.txt || fail "unexpected message: $(cat err.txt)"
  "$ORGRAPH" extract --into nosuch.graphml "${A[@]}" -o x.graphml 2> err.txt && fail "--into a missing file succeeded"
  [ ! -e x.graphml ] || fail "a failed --into wrote its output"
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok [$CASE]"
