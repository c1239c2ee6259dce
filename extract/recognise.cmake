# Recognisers of og_extract: mentions (lexicon, acronyms, profiles, patterns,
# persons, partnership names), identity within a document, relations.
target_sources(og_extract PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/extract.c
  ${CMAKE_CURRENT_SOURCE_DIR}/mention.c
  ${CMAKE_CURRENT_SOURCE_DIR}/acronym.c
  ${CMAKE_CURRENT_SOURCE_DIR}/profile.c
  ${CMAKE_CURRENT_SOURCE_DIR}/patterns.c
  ${CMAKE_CURRENT_SOURCE_DIR}/person.c
  ${CMAKE_CURRENT_SOURCE_DIR}/partnership.c
  ${CMAKE_CURRENT_SOURCE_DIR}/resolve.c
  ${CMAKE_CURRENT_SOURCE_DIR}/relation.c
  ${CMAKE_CURRENT_SOURCE_DIR}/relation_names.c)
