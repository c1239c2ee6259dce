# Shared exporter helpers, the format registry and GraphML (writer + reader).
target_sources(og_export PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/common.c
  ${CMAKE_CURRENT_SOURCE_DIR}/registry.c
  ${CMAKE_CURRENT_SOURCE_DIR}/graphml.c
  ${CMAKE_CURRENT_SOURCE_DIR}/graphml_read.c)
