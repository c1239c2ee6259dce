# og_graph sources: foundation (errors, allocation seam, string builder, sinks),
# the typed graph model, the reduce and curation, checks and the dump.
target_sources(og_graph PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/error.c
  ${CMAKE_CURRENT_SOURCE_DIR}/alloc.c
  ${CMAKE_CURRENT_SOURCE_DIR}/buf.c
  ${CMAKE_CURRENT_SOURCE_DIR}/sink.c
  ${CMAKE_CURRENT_SOURCE_DIR}/intern.c
  ${CMAKE_CURRENT_SOURCE_DIR}/index.c
  ${CMAKE_CURRENT_SOURCE_DIR}/name.c
  ${CMAKE_CURRENT_SOURCE_DIR}/types.c
  ${CMAKE_CURRENT_SOURCE_DIR}/graph.c
  ${CMAKE_CURRENT_SOURCE_DIR}/attr.c
  ${CMAKE_CURRENT_SOURCE_DIR}/edge.c
  ${CMAKE_CURRENT_SOURCE_DIR}/merge.c
  ${CMAKE_CURRENT_SOURCE_DIR}/copy.c
  ${CMAKE_CURRENT_SOURCE_DIR}/check.c
  ${CMAKE_CURRENT_SOURCE_DIR}/dump.c
  ${CMAKE_CURRENT_SOURCE_DIR}/curation.c
  ${CMAKE_CURRENT_SOURCE_DIR}/reduce.c
  ${CMAKE_CURRENT_SOURCE_DIR}/reduce_label.c
  ${CMAKE_CURRENT_SOURCE_DIR}/reduce_ids.c
  ${CMAKE_CURRENT_SOURCE_DIR}/reduce_emit.c
)
