/*
 * progress.h - the progress line and the end-of-run summary on a terminal.
 *
 * Shown only when stderr is a terminal and --quiet was not given. Only one
 * progress meter exists per process (the CLI runs one command).
 */
#ifndef OG_CLI_PROGRESS_H
#define OG_CLI_PROGRESS_H

#include <stddef.h>
#include <stdint.h>

/* Starts the meter: `total_docs` documents of `total_bytes` bytes. It only
 * draws when `quiet` is 0 and stderr is a terminal. */
void og_cli_progress_start(size_t total_docs, uint64_t total_bytes, int quiet);

/* One document done (`bytes` read). Thread-safe; redraws at most ~10 times a
 * second: documents done/total, MB/s, ETA. */
void og_cli_progress_step(uint64_t bytes);

/* Erases the progress line if one is drawn (before any other stderr line). */
void og_cli_progress_clear(void);

/* Erases the line and, on a terminal without --quiet, prints one summary
 * line: documents read and skipped, MB/s, nodes, edges, outputs. */
void og_cli_progress_summary(size_t docs_read, size_t docs_skipped, size_t nodes, size_t edges,
                             size_t outputs);

#endif
