# Selection, DOT and rendered diagrams: unit tests, DOT goldens (one ctest per
# case, OG_UPDATE_GOLDEN=1 regenerates) and Graphviz conformance checks.
include(${CMAKE_SOURCE_DIR}/cmake/GoldenTest.cmake)

og_add_unit_test(select ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_select.c
                 ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_dot_fixtures.c)
og_add_unit_test(dot ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_dot.c
                 ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_dot_fixtures.c)
# Graphviz 2.43 leaks small blocks per render in its own libraries (HTML
# labels, fonts); suppress those for LeakSanitizer runs, keep ours reported.
set(_dot_lsan "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/unit/test_dot_lsan.supp")
set_tests_properties(unit::dot PROPERTIES TIMEOUT 120 ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout;${_dot_lsan}")

add_executable(test_dot_golden ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_dot_golden.c
               ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_dot_fixtures.c)
target_include_directories(test_dot_golden PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)
target_link_libraries(test_dot_golden PRIVATE orgraph_static PkgConfig::LIBXML2 PkgConfig::GVC PkgConfig::JANSSON
    PkgConfig::UTF8PROC Threads::Threads m)
og_add_warnings(test_dot_golden)

set(_dot_out ${CMAKE_CURRENT_BINARY_DIR}/dot-out)
file(MAKE_DIRECTORY ${_dot_out})
foreach(case seedlike seedlike-parent escaping chain-type)
  og_add_golden_test(NAME golden::export::dot::${case}
    EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/golden/dot/${case}/expected.dot
    OUTPUT ${_dot_out}/${case}.dot
    COMMAND $<TARGET_FILE:test_dot_golden> dot ${case} ${_dot_out}/${case}.dot)
  set_tests_properties(golden::export::dot::${case} PROPERTIES FIXTURES_SETUP dot_${case})
endforeach()

# Graphviz itself must accept what we write: the shared check-dot (gc, nop,
# gvpr, dot -Tsvg + xmllint) when present, else dot -Tsvg piped to xmllint.
set(_check_dot ${OG_SHARED_DIR}/conformance/check-dot)
foreach(case seedlike escaping seedlike-parent)
  if(EXISTS ${_check_dot})
    add_test(NAME conformance::dot::${case} COMMAND ${_check_dot} ${_dot_out}/${case}.dot)
  else()
    add_test(NAME conformance::dot::${case}
             COMMAND sh -c "dot -Tsvg \"$1\" | xmllint --noout --nonet -" sh ${_dot_out}/${case}.dot)
  endif()
  set_tests_properties(conformance::dot::${case} PROPERTIES FIXTURES_REQUIRED dot_${case} TIMEOUT 120)
endforeach()

# The in-process renderer's SVG must be well-formed XML for hostile names too.
add_test(NAME conformance::svg::escaping
         COMMAND sh -c "\"$1\" render escaping svg \"$2\" && xmllint --noout --nonet \"$2\""
                 sh $<TARGET_FILE:test_dot_golden> ${_dot_out}/escaping.svg)
set_tests_properties(conformance::svg::escaping PROPERTIES ENVIRONMENT "${_dot_lsan}")
