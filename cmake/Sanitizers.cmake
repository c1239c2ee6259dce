# og_add_sanitizers(target): applies OG_SANITIZE (e.g. "address;undefined").
function(og_add_sanitizers target)
  if(OG_SANITIZE)
    string(REPLACE ";" "," _san "${OG_SANITIZE}")
    target_compile_options(${target} PRIVATE -fsanitize=${_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${_san})
  endif()
endfunction()
# Object libraries need the compile flags; link flags go on the final targets.
if(OG_SANITIZE)
  string(REPLACE ";" "," _og_san "${OG_SANITIZE}")
  add_compile_options(-fsanitize=${_og_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${_og_san})
endif()
