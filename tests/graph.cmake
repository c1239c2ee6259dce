# Graph model layer: model, alias index, edges/evidence, merge, copy, check,
# dump, sinks, reduce, curation, and the chaos-allocator (OOM) test.
# og_graph depends on nothing above it (only utf8proc and jansson, whose allocator
# og_set_allocator routes), so these tests link its objects only
# (they build and run even while other layers are broken).
function(og_add_graph_test name)
  add_executable(test_${name} ${ARGN} $<TARGET_OBJECTS:og_graph>)
  target_include_directories(test_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit ${CMAKE_SOURCE_DIR}/include
      ${CMAKE_SOURCE_DIR}/graph)
  target_link_libraries(test_${name} PRIVATE PkgConfig::CMOCKA PkgConfig::UTF8PROC PkgConfig::JANSSON m)
  og_add_warnings(test_${name})
  og_add_sanitizers(test_${name})
  add_test(NAME unit::${name} COMMAND test_${name})
  set_tests_properties(unit::${name} PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")
endfunction()

og_add_graph_test(graph unit/test_graph.c)
og_add_graph_test(graph_edges unit/test_graph_edges.c)
og_add_graph_test(graph_chaos unit/test_graph_chaos.c)
og_add_graph_test(sink unit/test_sink.c)
og_add_graph_test(reduce unit/test_reduce.c)
og_add_graph_test(curation unit/test_curation.c)
