# Extraction speed helper (bench/extract_speed.sh): times the front end
# (og__doc_load), the lexicon scan and og_extract_document on one file.
add_executable(bench_extract_speed ${CMAKE_CURRENT_SOURCE_DIR}/extract_speed.c)
target_include_directories(bench_extract_speed PRIVATE ${CMAKE_SOURCE_DIR}/extract)
target_link_libraries(bench_extract_speed PRIVATE orgraph_static PkgConfig::LIBXML2 PkgConfig::GVC PkgConfig::JANSSON
    PkgConfig::UTF8PROC Threads::Threads m)
og_add_warnings(bench_extract_speed)
