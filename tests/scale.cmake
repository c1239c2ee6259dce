# Scale: NDJSON fragments (unit), merge/--into/-j determinism (e2e, see
# tests/scale/), and the Dask map/reduce run (skips when Dask cannot be had).
og_add_unit_test(fragment unit/test_fragment.c)
og_add_unit_test(scale_graphml unit/test_scale_graphml.c)

# End-to-end: tests/scale/scale_case.sh CASE (exit 77 = skipped).
foreach(case determinism fragments tree graphml into stdin errors)
  add_test(NAME scale::${case}
           COMMAND ${CMAKE_COMMAND} -E env OG_SOURCE_DIR=${CMAKE_SOURCE_DIR} OG_SHARED_DIR=${OG_SHARED_DIR}
                   OG_WORK=${CMAKE_CURRENT_BINARY_DIR}/scale/${case}
                   bash ${CMAKE_CURRENT_SOURCE_DIR}/scale/scale_case.sh ${case} $<TARGET_FILE:orgraph>)
  set_tests_properties(scale::${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS scale)
endforeach()

# Dask: a scheduler and two workers on 127.0.0.1 run the map and a merge tree.
add_test(NAME scale::dask
         COMMAND ${CMAKE_COMMAND} -E env OG_SOURCE_DIR=${CMAKE_SOURCE_DIR} OG_WORK=${CMAKE_CURRENT_BINARY_DIR}/scale/dask
                 bash ${CMAKE_CURRENT_SOURCE_DIR}/scale/dask_test.sh $<TARGET_FILE:orgraph>)
set_tests_properties(scale::dask PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS scale)
