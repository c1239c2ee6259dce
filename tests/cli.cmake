# End-to-end tests of the orgraph binary (tests/e2e/cli_case.sh CASE): help,
# usage errors, unreadable inputs (nothing written), bad files in folders,
# the samples and seeds through real clients, byte-identical round trips and
# determinism across runs and thread counts. Exit 77 = skipped.
set(OG_E2E_CASES help usage missing_input aux_files lexicon_curation bad_folder no_document
    samples samples_conformance seeds seeds_conformance seeds_clients determinism progress options_anywhere
    formats selection merge convert_errors)
foreach(case ${OG_E2E_CASES})
  add_test(NAME e2e::${case}
           COMMAND ${CMAKE_COMMAND} -E env OG_SOURCE_DIR=${CMAKE_SOURCE_DIR} OG_SHARED_DIR=${OG_SHARED_DIR}
                   OG_WORK=${CMAKE_CURRENT_BINARY_DIR}/e2e/${case}
                   LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/e2e/lsan.supp:print_suppressions=0
                   bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e/cli_case.sh ${case} $<TARGET_FILE:orgraph>)
  set_tests_properties(e2e::${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS e2e)
endforeach()

# Unit tests of the CLI's own pieces (option parser, input walker), compiled
# from the CLI sources since the CLI is not a library.
og_add_unit_test(cli ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_cli.c ${CMAKE_SOURCE_DIR}/cli/opts.c
    ${CMAKE_SOURCE_DIR}/cli/report.c ${CMAKE_SOURCE_DIR}/cli/progress.c ${CMAKE_SOURCE_DIR}/cli/inputs.c)
target_include_directories(test_cli PRIVATE ${CMAKE_SOURCE_DIR}/cli)
target_compile_definitions(test_cli PRIVATE _POSIX_C_SOURCE=200809L)
