# graph_memory: builds a 1,000,000-node / 3,000,000-edge graph through the
# public API and prints peak RSS and bytes per node/edge (graph_memory.sh).
# Links the graph layer's objects only (plus utf8proc and jansson, used by alloc.c).
add_executable(graph_memory ${CMAKE_CURRENT_SOURCE_DIR}/graph_memory.c $<TARGET_OBJECTS:og_graph>)
target_include_directories(graph_memory PRIVATE ${CMAKE_SOURCE_DIR}/include)
target_link_libraries(graph_memory PRIVATE PkgConfig::UTF8PROC PkgConfig::JANSSON m)
og_add_warnings(graph_memory)
