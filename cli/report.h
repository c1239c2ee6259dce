/*
 * report.h - how the CLI talks to the user on stderr: errors, warnings and
 * usage errors, one line each, `orgraph: FILE:LINE:COL: message`.
 *
 * Not thread-safe: worker threads collect their warnings (see map.c) and the
 * main thread prints them.
 */
#ifndef OG_CLI_REPORT_H
#define OG_CLI_REPORT_H

#include <stdarg.h>
#include "orgraph.h"

/* Maps a library status to an exit code: OOM and internal errors give
 * OG_EXIT_INTERNAL, every other failure OG_EXIT_INPUT, 0 gives OG_EXIT_OK. */
int og_cli_exit_code(int status);

/* Prints `orgraph: FILE:LINE:COL: message` from `err` (the position parts are
 * left out when unknown; `fallback_file` names the file when err has none, and
 * may be NULL) and returns og_cli_exit_code(err->code). */
int og_cli_error(const og_error *err, const char *fallback_file);

/* Same line shape with ": warning" after "orgraph"; never fails. */
void og_cli_warning(const og_error *w, const char *fallback_file);

/* Formats `orgraph: warning: ...` (or an error line) into `buf` (always
 * NUL-terminated, `cap` >= 1) without printing it; used by worker threads. */
void og_cli_format_line(char *buf, size_t cap, int warning, const og_error *e, const char *fallback_file);

/* Prints `orgraph: message` and returns OG_EXIT_INPUT (bad usage or input). */
int og_cli_fail(const char *fmt, ...) OG_PRINTF(1, 2);

/* Prints `orgraph: message` and returns OG_EXIT_INTERNAL. */
int og_cli_internal(const char *fmt, ...) OG_PRINTF(1, 2);

/* Prints `orgraph: message` plus a hint to run `orgraph CMD --help`, and
 * returns OG_EXIT_INPUT. `cmd` may be NULL. */
int og_cli_usage(const char *cmd, const char *fmt, ...) OG_PRINTF(2, 3);

#endif
