target_sources(og_export PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/gexf.c ${CMAKE_CURRENT_SOURCE_DIR}/csv.c)
