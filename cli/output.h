/*
 * output.h - the -o destinations: each resolved to an exporter from the
 * registry, written through atomic sinks.
 */
#ifndef OG_CLI_OUTPUT_H
#define OG_CLI_OUTPUT_H

#include "opts.h"
#include "orgraph.h"

typedef struct og_cli_output {
    const char *path;        /* borrowed from argv; "-" is stdout */
    const og_exporter *exp;  /* from the registry */
    int to_stdout;
    int directory;           /* a CSV pair in a folder */
    og_sink *sink;           /* open atomic sink while writing */
} og_cli_output;

typedef struct og_cli_outputs {
    og_cli_output *v;        /* malloc'd */
    size_t n;
} og_cli_outputs;

/*
 * Resolves every -o of `a` to an exporter: --format if given, else the file
 * extension; a path ending in '/' (or an existing folder) is a CSV pair; '-'
 * needs --format. Unknown formats, '-' without --format and binary formats to
 * a terminal are usage errors (OG_EXIT_INPUT). Call it before reading any
 * input, so a bad -o costs nothing. The caller frees with og_cli_outputs_free().
 */
int og_cli_outputs_plan(og_cli_outputs *out, const og_cli_args *a);

/*
 * Writes `g` to every output. File outputs go to temp files first and are
 * renamed into place only after all of them (and any CSV folders) were
 * written, so a failure leaves no output changed (standard output, written
 * last before the renames, cannot be taken back). Missing parent folders are
 * created. An exporter's warnings name the output they concern (`opts->warn`
 * receives the output's path as payload). Returns an exit code; errors are
 * printed.
 */
int og_cli_outputs_write(og_cli_outputs *o, const og_graph *g, const og_export_options *opts);

/* Frees the plan and any sink still open (which removes its temp file). */
void og_cli_outputs_free(og_cli_outputs *o);

#endif
