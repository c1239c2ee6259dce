# GoldenTest.cmake - golden-file tests (jansson/igraph style), usable by every suite.
#
# As a module (include(cmake/GoldenTest.cmake)):
#   og_add_golden_test(NAME test-name EXPECTED path/expected.ext OUTPUT path/actual.ext
#                      COMMAND prog arg... [OUTPUT is where the command writes])
# registers a ctest that runs COMMAND, then compares OUTPUT with EXPECTED byte
# for byte (cmake -E compare_files) and prints `diff -u` when they differ.
# With OG_UPDATE_GOLDEN=1 in the environment the output replaces EXPECTED
# (review the diff before committing it).
#
# As a script (cmake -P GoldenTest.cmake) it is the runner behind those tests:
#   -DOG_GOLDEN_CMD="prog^^arg^^..." -DOG_GOLDEN_OUTPUT=... -DOG_GOLDEN_EXPECTED=...

if(CMAKE_SCRIPT_MODE_FILE)
  string(REPLACE "^^" ";" _cmd "${OG_GOLDEN_CMD}")
  file(REMOVE "${OG_GOLDEN_OUTPUT}")
  execute_process(COMMAND ${_cmd} RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "command failed (${_rc}): ${_cmd}")
  endif()
  if(NOT EXISTS "${OG_GOLDEN_OUTPUT}")
    message(FATAL_ERROR "command wrote no ${OG_GOLDEN_OUTPUT}")
  endif()
  if("$ENV{OG_UPDATE_GOLDEN}" STREQUAL "1")
    get_filename_component(_dir "${OG_GOLDEN_EXPECTED}" DIRECTORY)
    file(MAKE_DIRECTORY "${_dir}")
    execute_process(COMMAND ${CMAKE_COMMAND} -E copy "${OG_GOLDEN_OUTPUT}" "${OG_GOLDEN_EXPECTED}")
    message(STATUS "updated ${OG_GOLDEN_EXPECTED}")
    return()
  endif()
  if(NOT EXISTS "${OG_GOLDEN_EXPECTED}")
    message(FATAL_ERROR "no expected file ${OG_GOLDEN_EXPECTED} (run with OG_UPDATE_GOLDEN=1 to create it)")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${OG_GOLDEN_OUTPUT}" "${OG_GOLDEN_EXPECTED}"
                  RESULT_VARIABLE _diff)
  if(NOT _diff EQUAL 0)
    execute_process(COMMAND diff -u "${OG_GOLDEN_EXPECTED}" "${OG_GOLDEN_OUTPUT}")
    message(FATAL_ERROR "${OG_GOLDEN_OUTPUT} differs from ${OG_GOLDEN_EXPECTED}")
  endif()
  return()
endif()

set(OG_GOLDEN_TEST_SCRIPT ${CMAKE_CURRENT_LIST_FILE})

function(og_add_golden_test)
  cmake_parse_arguments(G "" "NAME;EXPECTED;OUTPUT" "COMMAND" ${ARGN})
  if(NOT G_NAME OR NOT G_EXPECTED OR NOT G_OUTPUT OR NOT G_COMMAND)
    message(FATAL_ERROR "og_add_golden_test: NAME, EXPECTED, OUTPUT and COMMAND are required")
  endif()
  string(REPLACE ";" "^^" _cmd "${G_COMMAND}")
  add_test(NAME ${G_NAME}
           COMMAND ${CMAKE_COMMAND} "-DOG_GOLDEN_CMD=${_cmd}" "-DOG_GOLDEN_OUTPUT=${G_OUTPUT}"
                   "-DOG_GOLDEN_EXPECTED=${G_EXPECTED}" -P ${OG_GOLDEN_TEST_SCRIPT})
endfunction()
