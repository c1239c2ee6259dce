/*
 * commands.h - the subcommands main.c dispatches to, and the steps they share.
 *
 * Each command takes its own argv (argv[0] is the command's name), parses it
 * with og_cli_parse() and returns an exit code (exit.h); none calls exit().
 */
#ifndef OG_CLI_COMMANDS_H
#define OG_CLI_COMMANDS_H

#include "opts.h"
#include "output.h"

int og_cmd_extract(int argc, char **argv);
int og_cmd_convert(int argc, char **argv);
int og_cmd_merge(int argc, char **argv);
int og_cmd_stats(int argc, char **argv);

/* Prints `Usage: ...`, the description, the options `command` takes and, for
 * exporting commands, the output formats, to stdout. Returns OG_EXIT_OK. */
int og_cli_help(unsigned command, const char *usage, const char *description);

/* Prints "orgraph VERSION" to stdout. Returns OG_EXIT_OK. */
int og_cli_version(void);

/*
 * The common tail of extract, convert and merge: selection (when any
 * selection option was given) then every output. `g` stays the caller's.
 * `nodes`/`edges` receive the written graph's size (may be NULL).
 */
int og_cli_select_and_write(const og_graph *g, const og_cli_args *a, og_cli_outputs *outs, size_t *nodes,
                            size_t *edges);

/* Loads --curation when given (else *out = NULL). Returns an exit code. */
int og_cli_load_curation(og_curation **out, const og_cli_args *a);

#endif
