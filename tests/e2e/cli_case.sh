#!/usr/bin/env bash
# cli_case.sh CASE ORGRAPH - one end-to-end test of the orgraph binary.
# Environment: OG_SOURCE_DIR (the repository), OG_SHARED_DIR (../shared, may
# be absent), OG_WORK (a scratch folder for this case). Exit 0 pass, 1 fail,
# 77 skip. Every case asserts exit codes, stderr lines or output bytes.
set -uo pipefail
CASE="$1"
ORGRAPH="$2"
SRC="${OG_SOURCE_DIR:?}"
SHARED="${OG_SHARED_DIR:-}"
WORK="${OG_WORK:?}"
E2E="$SRC/tests/e2e"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 1

fail() { echo "FAIL [$CASE]: $*" >&2; exit 1; }
# run EXPECTED_CODE ARGS...: runs orgraph with stdout/stderr captured.
run() {
  local want="$1"; shift
  "$ORGRAPH" "$@" >out.stdout 2>out.stderr
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "--- stdout"; head -c 2000 out.stdout; echo "--- stderr"; head -c 4000 out.stderr
    fail "orgraph $* exited $got, expected $want"
  fi
}
no_temp_files() { # no atomic-sink temp files left behind in $1
  if ls -A "$1" | grep -q '\.tmp\.'; then ls -A "$1"; fail "temp files left in $1"; fi
}
bad_folder() { # a folder with an empty file, a binary file, a hidden file and a good file
  mkdir -p in/sub
  : > in/empty.txt
  printf 'GIF89a\0\0\1\2binary' > in/image.gif
  printf 'PK\3\4\0\0\0\0zip' > in/sub/archive.dat
  cp "$E2E/docs/good.txt" in/sub/good.txt
  echo "hidden, never read" > in/.hidden.txt
}
graph_nodes() { grep -c '<node ' "$1" || true; }

case "$CASE" in
help)
  for cmd in "" extract convert merge stats; do
    run 0 $cmd --help
    [ -s out.stdout ] || fail "'$cmd --help' printed nothing on stdout"
    [ ! -s out.stderr ] || fail "'$cmd --help' wrote to stderr"
    grep -q '^Usage: orgraph' out.stdout || fail "'$cmd --help' has no Usage line"
  done
  run 0 extract --help
  for w in --output --format --lexicon --ego --depth --types --predicates --min-confidence --top \
           --drop-isolated --profile --base --engine --rankdir --cluster --keep-hedged --quiet --jobs \
           --max-evidence --curation graphml jsonld gexf csv; do
    grep -q -- "$w" out.stdout || fail "extract --help does not mention $w"
  done
  run 0 help stats; grep -q '^Usage: orgraph stats' out.stdout || fail "'help stats'"
  run 0 --version; grep -Eq '^orgraph [0-9]+\.[0-9]+' out.stdout || fail "--version: $(cat out.stdout)"
  ;;
usage)
  echo OLD > keep.graphml
  run 1 extract --bogus "$SRC/samples" -o keep.graphml
  diff -u "$E2E/golden/unknown_option.stderr" out.stderr || fail "stderr differs from the golden lines"
  [ ! -s out.stdout ] || fail "a usage error wrote to stdout"
  run 1 extract -Z "$SRC/samples" -o keep.graphml
  run 1 frobnicate
  grep -q "unknown command 'frobnicate'" out.stderr || fail "unknown command: $(cat out.stderr)"
  run 1
  run 1 extract "$SRC/samples"                       # no -o
  run 1 extract -o keep.graphml                      # no input
  run 1 extract "$SRC/samples" -o out.xyz            # unknown extension
  grep -q "out.xyz: cannot tell the format" out.stderr || fail "$(cat out.stderr)"
  run 1 extract "$SRC/samples" -o -                  # stdout without --format
  run 1 extract "$SRC/samples" --format nope -o -
  run 1 extract "$SRC/samples" --depth x -o keep.graphml
  run 1 extract "$SRC/samples" --types Organisation,Gizmo -o keep.graphml
  grep -q "unknown node type 'Gizmo'" out.stderr || fail "$(cat out.stderr)"
  run 1 extract "$SRC/samples" --predicates part_of,eats -o keep.graphml
  run 1 extract "$SRC/samples" --min-confidence 2 -o keep.graphml
  run 1 extract "$SRC/samples" --profile fancy -o keep.graphml
  run 1 extract "$SRC/samples" -o keep.graphml --output
  grep -q "needs a value" out.stderr || fail "$(cat out.stderr)"
  run 1 stats --lexicon x.tsv keep.graphml
  grep -q "does not apply to 'stats'" out.stderr || fail "$(cat out.stderr)"
  [ "$(cat keep.graphml)" = OLD ] || fail "a usage error touched an output"
  no_temp_files .
  ;;
missing_input)
  # A path named on the command line that cannot be read: exit 1, nothing written.
  echo OLD > out.graphml
  run 1 extract "$SRC/samples" nosuch.txt -o out.graphml -o new.dot
  diff -u "$E2E/golden/missing_input.stderr" out.stderr || fail "stderr differs from the golden line"
  [ "$(cat out.graphml)" = OLD ] || fail "out.graphml was touched"
  [ ! -e new.dot ] || fail "new.dot was written"
  [ ! -s out.stdout ] || fail "stdout not empty"
  no_temp_files .
  mkdir locked && chmod 000 locked
  if [ "$(id -u)" != 0 ]; then   # root reads everything
    run 1 extract locked -o out.graphml
    grep -q "^orgraph: locked: cannot read folder" out.stderr || fail "$(cat out.stderr)"
  fi
  chmod 755 locked
  ;;
aux_files)
  # --lexicon and --curation files are inputs too: unreadable = exit 1, nothing written
  run 1 extract "$SRC/samples" --lexicon nosuch.tsv -o g.graphml
  grep -q "^orgraph: nosuch.tsv" out.stderr || fail "lexicon error does not name the file: $(cat out.stderr)"
  run 1 extract "$SRC/samples" --curation nosuch.cur -o g.graphml
  grep -q "^orgraph: nosuch.cur" out.stderr || fail "curation error does not name the file: $(cat out.stderr)"
  [ ! -e g.graphml ] || fail "g.graphml was written"
  ;;
lexicon_curation)
  # --lexicon entries decide ids; --curation rules apply to the reduced graph
  run 0 extract "$E2E/docs/good.txt" -o plain.graphml -q
  run 0 extract "$E2E/docs/good.txt" --lexicon "$E2E/docs/lexicon.tsv" -o lex.graphml -q
  grep -q '<node id="osa-e2e"' lex.graphml || fail "the lexicon id was not used: $(grep -o '<node id="[^"]*"' lex.graphml)"
  grep -q '<node id="osa-e2e"' plain.graphml && fail "lexicon id without --lexicon"
  grep -q '>Internet Society<' plain.graphml || fail "good.txt should yield the Internet Society"
  run 0 extract "$E2E/docs/good.txt" --curation "$E2E/docs/curation.txt" -o cur.graphml -q
  grep -q '>Internet Society<' cur.graphml && fail "'drop Internet Society' was not applied"
  run 0 convert plain.graphml --curation "$E2E/docs/curation.txt" -o cur2.graphml -q
  grep -q '>Internet Society<' cur2.graphml && fail "convert --curation did not drop the node"
  ;;
bad_folder)
  bad_folder
  run 0 extract in -o g.graphml --quiet
  grep -qx "orgraph: warning: in/empty.txt: empty file, skipped" out.stderr || fail "no warning for the empty file: $(cat out.stderr)"
  grep -q "^orgraph: warning: in/image.gif: .*skipped" out.stderr || fail "no warning for the binary file: $(cat out.stderr)"
  grep -q "^orgraph: warning: in/sub/archive.dat: .*skipped" out.stderr || fail "no warning for the zip file"
  grep -q "hidden" out.stderr && fail "the hidden file was read"
  [ "$(graph_nodes g.graphml)" -ge 1 ] || fail "no nodes from in/sub/good.txt"
  grep -q 'good.txt' g.graphml || fail "good.txt is not among the sources"
  ;;
no_document)
  mkdir in && : > in/empty.txt && printf '\0\1\2\3' > in/zero.bin
  echo OLD > g.graphml
  run 1 extract in -o g.graphml
  grep -q "^orgraph: no document could be read" out.stderr || fail "$(cat out.stderr)"
  [ "$(cat g.graphml)" = OLD ] || fail "g.graphml was touched"
  mkdir none
  run 1 extract none -o g.graphml
  grep -q "no document found" out.stderr || fail "$(cat out.stderr)"
  ;;
samples)
  run 0 extract "$SRC/samples/" -o x.graphml -q
  [ ! -s out.stderr ] || { cat out.stderr; echo "(warnings on the samples)"; }
  xmllint --noout x.graphml || fail "xmllint rejects x.graphml"
  "$PY" "$E2E/load_graphml.py" x.graphml 20; rc=$?
  [ $rc = 0 ] || exit $rc
  run 0 convert x.graphml -o y.graphml
  cmp x.graphml y.graphml || fail "convert GraphML -> GraphML is not byte-identical"
  run 0 stats x.graphml
  grep -q "nodes by type" out.stdout || fail "stats: $(cat out.stdout)"
  grep -q "Organisation" out.stdout || fail "stats: no Organisation nodes"
  ;;
seeds)
  [ -d "$SHARED/seeds" ] || { echo "skip: no $SHARED/seeds"; exit 77; }
  run 0 extract "$SHARED/seeds" -o s.graphml -o s.jsonld -q
  xmllint --noout s.graphml || fail "xmllint rejects s.graphml"
  "$PY" "$E2E/load_graphml.py" s.graphml 50; rc=$?
  [ $rc = 0 ] || exit $rc
  run 0 convert s.graphml -o t.graphml
  cmp s.graphml t.graphml || fail "convert GraphML -> GraphML is not byte-identical on the seeds"
  ;;
seeds_conformance|samples_conformance)
  # the real clients (../shared/conformance) on what the CLI writes
  [ -x "$SHARED/conformance/check-graphml" ] || { echo "skip: no check-graphml"; exit 77; }
  [ -f "$SHARED/conformance/node/node_modules/.conformance-lock.sha256" ] \
    || { echo "skip: conformance npm clients not installed (run $SHARED/conformance/setup)"; exit 77; }
  corpus="$SHARED/seeds"; [ "$CASE" = samples_conformance ] && corpus="$SRC/samples"
  run 0 extract "$corpus" -o s.graphml -o s.dot -o s.jsonld -q
  "$SHARED/conformance/check-graphml" s.graphml || fail "check-graphml rejects the GraphML of $corpus"
  "$SHARED/conformance/check-jsonld" s.jsonld || fail "check-jsonld rejects the JSON-LD of $corpus"
  if [ "$CASE" = samples_conformance ]; then
    "$SHARED/conformance/check-dot" s.dot || fail "check-dot rejects the DOT of $corpus"
  fi
  ;;
seeds_clients)
  # Every format of the seeds' graph in the real clients: the GraphML profiles
  # (check-graphml, check-yed), DOT (check-dot), GEXF (the 1.3 RELAX NG
  # schema), the CSV pair loaded into Kuzu with a Cypher query, and the
  # N-Quads in a SPARQL store: who is partner_in Giga must be UNICEF and ITU.
  [ -d "$SHARED/seeds" ] || { echo "skip: no $SHARED/seeds"; exit 77; }
  [ -f "$SHARED/conformance/node/node_modules/.conformance-lock.sha256" ] \
    || { echo "skip: conformance npm clients not installed (run $SHARED/conformance/setup)"; exit 77; }
  c="$SHARED/conformance"
  run 0 extract "$SHARED/seeds" -q -o s.nq -o s.jsonld -o s.dot -o s.gexf -o csv/
  run 0 extract "$SHARED/seeds" -q --profile gephi -o gephi.graphml
  run 0 extract "$SHARED/seeds" -q --profile neo4j -o neo4j.graphml
  run 0 extract "$SHARED/seeds" -q --profile yed -o yed.graphml
  "$c/check-graphml" gephi.graphml >/dev/null || fail "check-graphml rejects the gephi profile"
  "$c/check-graphml" neo4j.graphml >/dev/null || fail "check-graphml rejects the neo4j profile"
  "$c/check-yed" yed.graphml >/dev/null || fail "check-yed rejects the yed profile"
  "$c/check-dot" s.dot >/dev/null || fail "check-dot rejects the seeds' DOT"
  xmllint --noout --relaxng "$c/xsd/gexf-1.3/gexf.rng" s.gexf 2>/dev/null || fail "the seeds' GEXF does not validate"
  "$c/check-csv" csv --who partner_in Giga > csv.log || { cat csv.log; fail "check-csv rejects the seeds' CSV pair"; }
  grep -q "who partner_in Giga: \['International Telecommunication Union', \"United Nations Children's Fund\"\]" csv.log \
    || { cat csv.log; fail "Kuzu: partner_in Giga is not exactly ITU and UNICEF"; }
  "$PY" "$SRC/tests/rdf/sparql_who.py" s.nq Giga "International Telecommunication Union" \
    "United Nations Children's Fund" || fail "SPARQL (rdflib): partner_in Giga is not exactly ITU and UNICEF"
  # Oxigraph: the N-Quads in a store, its own JSON-LD parser agreeing, jsonld.js
  # toRDF equal to our N-Quads, and the same SPARQL question.
  node "$SRC/tests/rdf/oxigraph_check.cjs" "$SHARED" s.jsonld s.nq --who Giga \
    "International Telecommunication Union" "United Nations Children's Fund" \
    || fail "Oxigraph: the seeds' linked data or the Giga query failed"
  "$PY" "$SRC/tests/rdf/compare_sets.py" s.jsonld s.nq || fail "the seeds' JSON-LD and N-Quads carry different triples"
  ;;
determinism)
  # Same input, same bytes: two runs, and any thread count.
  src="$SRC/samples"
  [ -d "$SHARED/seeds" ] && { mkdir corpus && cp -r "$SRC/samples" corpus/a && cp -r "$SHARED/seeds" corpus/b; src=corpus; }
  for j in 1 4 1; do
    mkdir -p "r$j"
    run 0 extract "$src" -j $j -o r$j/g.graphml -o r$j/g.dot -o r$j/g.jsonld -o r$j/g.nq -o r$j/g.gexf -o r$j/csv/
    mv r$j run$j.$RANDOM
  done
  set -- run*
  for d in "$@"; do diff -r "$1" "$d" >/dev/null || { diff -r "$1" "$d" | head -20; fail "$1 and $d differ"; }; done
  ;;
progress)
  # progress and summary only on a terminal, never with --quiet, never on stdout
  run 0 extract "$SRC/samples" -o a.graphml
  grep -q "documents" out.stderr && fail "progress/summary written to a non-terminal stderr"
  command -v script >/dev/null || { echo "skip: no script(1) for a pseudo-terminal"; exit 77; }
  script -qec "'$ORGRAPH' extract '$SRC/samples' -o b.graphml 2>&1 >/dev/null" /dev/null > tty.log || fail "run on a terminal failed"
  grep -q "documents read" tty.log || { cat -v tty.log; fail "no summary on a terminal"; }
  script -qec "'$ORGRAPH' extract '$SRC/samples' -o c.graphml -q 2>&1 >/dev/null" /dev/null > tty-q.log || fail "quiet run failed"
  grep -q "documents" tty-q.log && fail "--quiet still shows progress"
  cmp a.graphml b.graphml || fail "the terminal changed the output"
  ;;
options_anywhere)
  run 0 extract "$SRC/samples" -o a.graphml
  run 0 -q extract -o b.graphml "$SRC/samples"
  run 0 extract --output=c.graphml --quiet -- "$SRC/samples"
  cmp a.graphml b.graphml || fail "options before the command changed the output"
  cmp a.graphml c.graphml || fail "--output= / -- changed the output"
  ;;
formats)
  # the README's main job, plus every other format
  run 0 extract "$SRC/samples" -o out/samples.graphml -o out/samples.dot -o out/samples.svg -o out/samples.jsonld \
        -o out/samples.png -o out/samples.pdf -o out/samples.nq -o out/samples.gexf -o out/csv/ -q
  for f in graphml dot svg jsonld png pdf nq gexf; do [ -s out/samples.$f ] || fail "out/samples.$f missing or empty"; done
  [ -s out/csv/nodes.csv ] && [ -s out/csv/relationships.csv ] || fail "CSV pair missing"
  xmllint --noout out/samples.svg || fail "SVG is not well-formed"
  head -c 8 out/samples.png | grep -q PNG || fail "not a PNG"
  head -c 5 out/samples.pdf | grep -q '%PDF' || fail "not a PDF"
  "$PY" -c 'import json,sys; json.load(open(sys.argv[1]))' out/samples.jsonld || fail "JSON-LD is not JSON"
  no_temp_files out
  run 0 extract "$SRC/samples" --format graphml -o - -q
  cmp out.stdout out/samples.graphml || fail "--format graphml -o - differs from the file output"
  ;;
selection)
  run 0 extract "$SRC/samples" -o all.graphml -q
  run 0 extract "$SRC/samples" -o org.graphml --types Organisation -q
  grep -q '>Person<\|>Standard<' org.graphml && fail "--types Organisation kept other types"
  [ "$(graph_nodes org.graphml)" -le "$(graph_nodes all.graphml)" ] || fail "selection grew the graph"
  run 0 convert all.graphml -o top.graphml --top 5
  [ "$(graph_nodes top.graphml)" -le 5 ] || fail "--top 5 kept $(graph_nodes top.graphml) nodes"
  run 1 convert all.graphml -o ego.graphml --ego "No Such Organisation Anywhere"
  [ ! -e ego.graphml ] || fail "a failed selection wrote a file"
  ;;
merge)
  run 0 extract "$SRC/samples" -o x.graphml -q
  run 0 merge x.graphml x.graphml -o m.graphml -q
  [ "$(graph_nodes m.graphml)" = "$(graph_nodes x.graphml)" ] || fail "merging a graph with itself changed its node count"
  run 1 merge x.graphml nosuch.graphml -o m2.graphml
  [ ! -e m2.graphml ] || fail "failed merge wrote a file"
  ;;
convert_errors)
  printf '<graphml><graph><node id="a">' > broken.graphml
  echo OLD > y.graphml
  run 1 convert broken.graphml -o y.graphml
  grep -q '^orgraph: broken.graphml:[0-9]' out.stderr || fail "no position in: $(cat out.stderr)"
  [ "$(cat y.graphml)" = OLD ] || fail "y.graphml was touched"
  run 1 stats nosuch.graphml
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok [$CASE]"
exit 0
