# NDJSON fragments: the map step's output between processes (writer + reader).
target_sources(og_export PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/fragment.c ${CMAKE_CURRENT_SOURCE_DIR}/fragment_read.c)
