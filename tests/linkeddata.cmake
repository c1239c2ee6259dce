# JSON-LD and N-Quads: unit tests, golden files, and real clients (rdflib,
# oxigraph, jsonld.js, check-jsonld). The fixture graphs live in
# unit/test_jsonld_fixtures.c; og_fixture_tool writes them in any format
# (tests/analyst.cmake uses it too).
og_add_unit_test(jsonld unit/test_jsonld.c unit/test_jsonld_fixtures.c)
og_add_unit_test(nquads unit/test_nquads.c unit/test_jsonld_fixtures.c)

add_executable(og_fixture_tool unit/test_jsonld_tool.c unit/test_jsonld_fixtures.c)
target_include_directories(og_fixture_tool PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)
target_link_libraries(og_fixture_tool PRIVATE orgraph_static PkgConfig::LIBXML2 PkgConfig::GVC PkgConfig::JANSSON
    PkgConfig::UTF8PROC Threads::Threads m)
og_add_warnings(og_fixture_tool)

# og_golden_cases(FORMAT): golden::export::FORMAT::CASE for every tests/golden/FORMAT/CASE/.
function(og_golden_cases format)
  file(GLOB cases LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/golden/${format}/*)
  foreach(dir ${cases})
    if(IS_DIRECTORY ${dir})
      get_filename_component(case ${dir} NAME)
      add_test(NAME golden::export::${format}::${case}
               COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:og_fixture_tool> -DCASE=${case} -DFORMAT=${format}
                       -DEXPECTED_DIR=${dir} -DOUT_DIR=${CMAKE_CURRENT_BINARY_DIR}/golden-out/${format}/${case}
                       -P ${CMAKE_CURRENT_SOURCE_DIR}/rdf/golden.cmake)
    endif()
  endforeach()
endfunction()
og_golden_cases(jsonld)
og_golden_cases(nquads)

# Real clients on the fixtures' files (written once by a setup test).
set(OG_RDF_OUT ${CMAKE_CURRENT_BINARY_DIR}/rdf-out)
find_program(OG_SYSTEM_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(OG_NODE node)
foreach(case giga escape)
  add_test(NAME rdf::write::${case}
           COMMAND sh -c "mkdir -p '${OG_RDF_OUT}' && \"$0\" ${case} jsonld '${OG_RDF_OUT}/${case}.jsonld' && \"$0\" ${case} nquads '${OG_RDF_OUT}/${case}.nq'"
                   $<TARGET_FILE:og_fixture_tool>)
  set_tests_properties(rdf::write::${case} PROPERTIES FIXTURES_SETUP rdf_${case})

  # JSON-LD triples == N-Quads triples, as sets, in rdflib (Debian's /usr/bin/python3).
  set(extra "")
  if(case STREQUAL "escape")
    set(extra --escape)
  endif()
  if(OG_SYSTEM_PYTHON3)
    add_test(NAME rdf::rdflib_sets::${case}
             COMMAND ${OG_SYSTEM_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/rdf/compare_sets.py
                     ${OG_RDF_OUT}/${case}.jsonld ${OG_RDF_OUT}/${case}.nq ${extra})
    set_tests_properties(rdf::rdflib_sets::${case} PROPERTIES FIXTURES_REQUIRED rdf_${case} SKIP_RETURN_CODE 77)
  endif()

  # oxigraph store + oxigraph's JSON-LD parser + jsonld.js toRDF == our N-Quads (needs ../shared).
  if(OG_NODE)
    set(who "")
    if(case STREQUAL "giga")
      set(who --who Giga "International Telecommunication Union" "United Nations Children's Fund")
    endif()
    add_test(NAME rdf::oxigraph::${case}
             COMMAND ${OG_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/rdf/oxigraph_check.cjs ${OG_SHARED_DIR}
                     ${OG_RDF_OUT}/${case}.jsonld ${OG_RDF_OUT}/${case}.nq ${who})
    set_tests_properties(rdf::oxigraph::${case} PROPERTIES FIXTURES_REQUIRED rdf_${case} SKIP_RETURN_CODE 77)
  endif()

  # The conformance harness's check-jsonld (jsonld.js safe mode, oxigraph, N3.js, rdflib).
  add_test(NAME conformance::check-jsonld::${case}
           COMMAND sh -c "if [ -x \"$0/conformance/check-jsonld\" ]; then exec \"$0/conformance/check-jsonld\" \"$1\"; else echo 'no conformance harness: skipped'; exit 77; fi"
                   ${OG_SHARED_DIR} ${OG_RDF_OUT}/${case}.jsonld)
  set_tests_properties(conformance::check-jsonld::${case} PROPERTIES FIXTURES_REQUIRED rdf_${case} SKIP_RETURN_CODE 77)
endforeach()

# A real SPARQL engine that is always there: rdflib's, on the N-Quads.
if(OG_SYSTEM_PYTHON3)
  add_test(NAME rdf::sparql_rdflib::giga
           COMMAND ${OG_SYSTEM_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/rdf/sparql_who.py ${OG_RDF_OUT}/giga.nq Giga
                   "International Telecommunication Union" "United Nations Children's Fund")
  set_tests_properties(rdf::sparql_rdflib::giga PROPERTIES FIXTURES_REQUIRED rdf_giga SKIP_RETURN_CODE 77)
endif()

# End to end: the CLI extracts samples/ to JSON-LD and N-Quads in one run;
# rdflib must read the same triples from both, and check-jsonld must pass.
if(TARGET orgraph AND OG_SYSTEM_PYTHON3)
  add_test(NAME e2e::linkeddata::samples
           COMMAND sh -c "mkdir -p \"$1\" && \"$0\" extract --quiet \"$2\" -o \"$1/samples.jsonld\" -o \"$1/samples.nq\" && \"$3\" \"$4\" \"$1/samples.jsonld\" \"$1/samples.nq\""
                   $<TARGET_FILE:orgraph> ${OG_RDF_OUT} ${CMAKE_SOURCE_DIR}/samples ${OG_SYSTEM_PYTHON3}
                   ${CMAKE_CURRENT_SOURCE_DIR}/rdf/compare_sets.py)
  set_tests_properties(e2e::linkeddata::samples PROPERTIES FIXTURES_SETUP rdf_samples SKIP_RETURN_CODE 77)
  add_test(NAME conformance::check-jsonld::samples
           COMMAND sh -c "if [ -x \"$0/conformance/check-jsonld\" ]; then exec \"$0/conformance/check-jsonld\" \"$1\"; else echo 'no conformance harness: skipped'; exit 77; fi"
                   ${OG_SHARED_DIR} ${OG_RDF_OUT}/samples.jsonld)
  set_tests_properties(conformance::check-jsonld::samples PROPERTIES FIXTURES_REQUIRED rdf_samples SKIP_RETURN_CODE 77)
endif()
