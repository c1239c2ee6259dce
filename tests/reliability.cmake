# Reliability suite (docs/reliability.md): OOM injection over the whole
# pipeline, crash safety of the atomic output (SIGKILL, disk full), and
# pathological inputs with time limits and linear-scaling checks.
og_add_unit_test(oom ${CMAKE_CURRENT_SOURCE_DIR}/reliability/test_oom.c)
set_tests_properties(unit::oom PROPERTIES TIMEOUT 300 LABELS reliability)

# Crash safety: SIGKILL during export, stale temp files, disk full (tmpfs
# when mount works, else RLIMIT_FSIZE); the second entry forces the
# unprivileged ulimit path.
if(UNIX)
  add_test(NAME reliability::crash_safe
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/reliability/crash_safe.sh $<TARGET_FILE:orgraph>
                   ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/reliability/crash_safe)
  add_test(NAME reliability::crash_safe_ulimit
           COMMAND ${CMAKE_COMMAND} -E env OG_CRASH_NO_MOUNT=1 OG_CRASH_MB=1
                   sh ${CMAKE_CURRENT_SOURCE_DIR}/reliability/crash_safe.sh $<TARGET_FILE:orgraph>
                   ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/reliability/crash_safe_ulimit)
  set_tests_properties(reliability::crash_safe reliability::crash_safe_ulimit PROPERTIES TIMEOUT 180
                       LABELS reliability RUN_SERIAL TRUE)
endif()

# Pathological inputs, one ctest per case with its own time limit; inputs are
# generated at test time under the build dir. With OG_SANITIZE set the
# biggest inputs are scaled down (--sanitized).
if(Python3_Interpreter_FOUND AND UNIX)
  set(_og_path_flag "")
  if(OG_SANITIZE)
    set(_og_path_flag --sanitized)
  endif()
  # case -> ctest TIMEOUT (seconds; the script's own limits are stricter)
  set(OG_PATHOLOGICAL_CASES
      long_line:120 acronyms:120 names:120 deep_html:60 nul_utf8:60 graphml_keys:120 graphml_deep:30
      graphml_bigattr:90 graphml_xxe:30 graphml_laughs:30 graphml_dtd_network:20 fifo:30 symlink_loop:30
      dangling_symlink:30 long_path:60 dir_as_file:30 scale_long_line:300 scale_names:300 scale_acronyms:300
      scale_graphml_keys:300)
  foreach(entry ${OG_PATHOLOGICAL_CASES})
    string(REPLACE ":" ";" _parts ${entry})
    list(GET _parts 0 _case)
    list(GET _parts 1 _timeout)
    add_test(NAME reliability::path_${_case}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/reliability/pathological.py
                     $<TARGET_FILE:orgraph> ${CMAKE_CURRENT_BINARY_DIR}/reliability/pathological ${_case}
                     ${_og_path_flag})
    set_tests_properties(reliability::path_${_case} PROPERTIES TIMEOUT ${_timeout} LABELS reliability)
  endforeach()
  # timing comparisons need the machine to themselves
  set_tests_properties(reliability::path_scale_long_line reliability::path_scale_names reliability::path_scale_acronyms
                       reliability::path_scale_graphml_keys PROPERTIES RUN_SERIAL TRUE)
endif()

# The CLI under real memory limits (ulimit -v): exit 2 and "out of memory".
if(UNIX)
  set(_og_san_env OG_SANITIZED=0)
  if(OG_SANITIZE)
    set(_og_san_env OG_SANITIZED=1)
  endif()
  add_test(NAME reliability::cli_oom
           COMMAND ${CMAKE_COMMAND} -E env ${_og_san_env}
                   sh ${CMAKE_CURRENT_SOURCE_DIR}/reliability/cli_oom.sh $<TARGET_FILE:orgraph>
                   ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/reliability/cli_oom)
  set_tests_properties(reliability::cli_oom PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77 LABELS reliability)
endif()
