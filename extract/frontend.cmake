# Front end of og_extract: documents (UTF-8 repair, text, HTML, PDF repair),
# segmentation (blocks, sentences) and the lexicon (TSV + Aho-Corasick).
# lexicon.tsv and wordlist are embedded into the library as generated C files,
# so og_lexicon_new_default() needs no file at run time.
set(OG_EMBED_SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/og_embed.cmake)
file(WRITE ${OG_EMBED_SCRIPT} [=[
# cmake -DIN=<file> -DOUT=<file.c> -DSYM=<symbol> -DMODE=bytes|words -P og_embed.cmake
if(MODE STREQUAL "words")
  file(STRINGS "${IN}" words)
  set(body "")
  set(count 0)
  foreach(w IN LISTS words)
    if(NOT w STREQUAL "")
      string(APPEND body "    \"${w}\",\n")
      math(EXPR count "${count} + 1")
    endif()
  endforeach()
  file(WRITE "${OUT}.tmp" "/* Generated from ${IN}; do not edit. */\n#include <stddef.h>\nextern const char *const ${SYM}_words[];\nextern const size_t ${SYM}_count;\nconst char *const ${SYM}_words[] = {\n${body}};\nconst size_t ${SYM}_count = ${count};\n")
else()
  file(READ "${IN}" hex HEX)
  string(LENGTH "${hex}" n)
  math(EXPR n "${n} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
  file(WRITE "${OUT}.tmp" "/* Generated from ${IN}; do not edit. */\n#include <stddef.h>\nextern const unsigned char ${SYM}[];\nextern const size_t ${SYM}_len;\nconst unsigned char ${SYM}[] = {\n${bytes}0x00};\nconst size_t ${SYM}_len = ${n};\n")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
]=])

set(OG_LEXICON_C ${CMAKE_CURRENT_BINARY_DIR}/og_lexicon_data.c)
set(OG_WORDLIST_C ${CMAKE_CURRENT_BINARY_DIR}/og_wordlist_data.c)
add_custom_command(OUTPUT ${OG_LEXICON_C}
  COMMAND ${CMAKE_COMMAND} -DIN=${CMAKE_CURRENT_SOURCE_DIR}/lexicon.tsv -DOUT=${OG_LEXICON_C}
          -DSYM=og__lexicon_tsv -DMODE=bytes -P ${OG_EMBED_SCRIPT}
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/lexicon.tsv ${OG_EMBED_SCRIPT}
  COMMENT "Embedding lexicon.tsv" VERBATIM)
add_custom_command(OUTPUT ${OG_WORDLIST_C}
  COMMAND ${CMAKE_COMMAND} -DIN=${CMAKE_CURRENT_SOURCE_DIR}/wordlist -DOUT=${OG_WORDLIST_C}
          -DSYM=og__wordlist -DMODE=words -P ${OG_EMBED_SCRIPT}
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/wordlist ${OG_EMBED_SCRIPT}
  COMMENT "Embedding wordlist" VERBATIM)

target_sources(og_extract PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/doc.c
  ${CMAKE_CURRENT_SOURCE_DIR}/utf8.c
  ${CMAKE_CURRENT_SOURCE_DIR}/text.c
  ${CMAKE_CURRENT_SOURCE_DIR}/html.c
  ${CMAKE_CURRENT_SOURCE_DIR}/pdfrepair.c
  ${CMAKE_CURRENT_SOURCE_DIR}/segment.c
  ${CMAKE_CURRENT_SOURCE_DIR}/lexicon.c
  ${CMAKE_CURRENT_SOURCE_DIR}/ahocorasick.c
  ${OG_LEXICON_C}
  ${OG_WORDLIST_C})
