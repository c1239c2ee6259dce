# GEXF 1.3 and the CSV pair: unit tests, golden files, and real clients
# (xmllint against the GEXF 1.3 RELAX NG schema, check-csv loading into Kùzu).
# og_fixture_tool and og_golden_cases() come from tests/linkeddata.cmake.
og_add_unit_test(gexf unit/test_gexf.c unit/test_jsonld_fixtures.c)
og_add_unit_test(csv unit/test_csv.c unit/test_jsonld_fixtures.c)
og_golden_cases(gexf)
og_golden_cases(csv)

set(OG_ANALYST_OUT ${CMAKE_CURRENT_BINARY_DIR}/analyst-out)
foreach(case giga escape)
  add_test(NAME conformance::gexf-rng::${case}
           COMMAND sh -c "rng=\"$1/conformance/xsd/gexf-1.3/gexf.rng\"; [ -f \"$rng\" ] && command -v xmllint >/dev/null || { echo 'no GEXF schema or xmllint: skipped'; exit 77; }; mkdir -p \"$2\" && \"$0\" $3 gexf \"$2/$3.gexf\" && xmllint --noout --relaxng \"$rng\" \"$2/$3.gexf\""
                   $<TARGET_FILE:og_fixture_tool> ${OG_SHARED_DIR} ${OG_ANALYST_OUT} ${case})
  set_tests_properties(conformance::gexf-rng::${case} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()

# check-csv: columns, quoting, types, ids, then a Kùzu load and a Cypher query.
add_test(NAME conformance::check-csv::giga
         COMMAND sh -c "chk=\"$1/conformance/check-csv\"; [ -x \"$chk\" ] || { echo 'no conformance harness: skipped'; exit 77; }; mkdir -p \"$2\" && rm -rf \"$2/giga-csv\" && \"$0\" giga csv \"$2/giga-csv\" && \"$chk\" \"$2/giga-csv\" --who partner_in Giga --expect-nodes 9 --expect-edges 8 | tee \"$2/giga-csv.log\" && grep -q \"who partner_in Giga: \\['International Telecommunication Union', \\\"United Nations Children's Fund\\\"\\]\" \"$2/giga-csv.log\""
                 $<TARGET_FILE:og_fixture_tool> ${OG_SHARED_DIR} ${OG_ANALYST_OUT})
set_tests_properties(conformance::check-csv::giga PROPERTIES SKIP_RETURN_CODE 77)
add_test(NAME conformance::check-csv::escape
         COMMAND sh -c "chk=\"$1/conformance/check-csv\"; [ -x \"$chk\" ] || { echo 'no conformance harness: skipped'; exit 77; }; mkdir -p \"$2\" && rm -rf \"$2/escape-csv\" && \"$0\" escape csv \"$2/escape-csv\" && \"$chk\" \"$2/escape-csv\" --expect-nodes 3 --expect-edges 2"
                 $<TARGET_FILE:og_fixture_tool> ${OG_SHARED_DIR} ${OG_ANALYST_OUT})
set_tests_properties(conformance::check-csv::escape PROPERTIES SKIP_RETURN_CODE 77)

# The Kùzu commands of docs/analyst-formats.md, every column typed.
find_program(OG_NODE node)
if(OG_NODE)
  add_test(NAME conformance::kuzu-typed::giga
           COMMAND sh -c "mkdir -p \"$2\" && rm -rf \"$2/giga-kuzu\" && \"$0\" giga csv \"$2/giga-kuzu\" && exec \"$3\" \"$4\" \"$1\" \"$2/giga-kuzu\""
                   $<TARGET_FILE:og_fixture_tool> ${OG_SHARED_DIR} ${OG_ANALYST_OUT} ${OG_NODE}
                   ${CMAKE_CURRENT_SOURCE_DIR}/rdf/kuzu_full.cjs)
  set_tests_properties(conformance::kuzu-typed::giga PROPERTIES SKIP_RETURN_CODE 77)
endif()
