target_sources(og_export PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/dot.c)
