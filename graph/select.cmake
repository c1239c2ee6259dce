target_sources(og_graph PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/select.c)
