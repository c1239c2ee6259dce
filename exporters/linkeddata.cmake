target_sources(og_export PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/jsonld.c ${CMAKE_CURRENT_SOURCE_DIR}/nquads.c)
