# og_add_warnings(target): the one place where warning flags are set.
function(og_add_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes
                         -Wno-unused-parameter)
  if(OG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
