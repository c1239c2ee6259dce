# Linked data: JSON-LD 1.1 and N-Quads share one vocabulary and one graph walk (rdfvocab.c).
target_sources(og_export PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/rdfvocab.c ${CMAKE_CURRENT_SOURCE_DIR}/jsonld.c
               ${CMAKE_CURRENT_SOURCE_DIR}/nquads.c)
