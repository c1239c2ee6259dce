# Export benchmarks (not CI). One helper per exporter family; append yours.
# bench_dot_render: DOT writer and in-process diagram timings (bench/dot_vs_igraph.sh).
add_executable(bench_dot_render ${CMAKE_CURRENT_SOURCE_DIR}/dot_render.c)
target_link_libraries(bench_dot_render PRIVATE orgraph_static PkgConfig::LIBXML2 PkgConfig::GVC PkgConfig::JANSSON
    PkgConfig::UTF8PROC Threads::Threads m)
og_add_warnings(bench_dot_render)
