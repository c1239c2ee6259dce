/*
 * opts.h - the CLI's option table and its parser.
 *
 * One table (opts.c) lists every option once, with the commands that accept
 * it; getopt_long's specs, `--help` text and the option check before the
 * command name (main.c) are all rendered from it, so they cannot drift apart.
 * Options may come anywhere on the line; `--` ends them.
 */
#ifndef OG_CLI_OPTS_H
#define OG_CLI_OPTS_H

#include <stdio.h>
#include "orgraph.h"

/* Command bits: which commands accept an option. */
#define OG_CMD_EXTRACT 0x1u
#define OG_CMD_CONVERT 0x2u
#define OG_CMD_MERGE 0x4u
#define OG_CMD_STATS 0x8u
#define OG_CMD_EXPORTING (OG_CMD_EXTRACT | OG_CMD_CONVERT | OG_CMD_MERGE)
#define OG_CMD_ALL (OG_CMD_EXPORTING | OG_CMD_STATS)

typedef struct og_cli_opt {
    const char *name;     /* long name, without "--" */
    int short_name;       /* 'o', or 0 */
    const char *arg;      /* metavar ("FILE"), or NULL for a flag */
    unsigned commands;    /* OG_CMD_* bits */
    int id;               /* value getopt_long returns */
    const char *help;     /* one line for --help */
} og_cli_opt;

/* Everything the options set. Strings are borrowed from argv. */
typedef struct og_cli_args {
    const char **operands;   /* inputs, in command-line order (malloc'd array) */
    size_t n_operands;
    const char **outputs;    /* -o values, in order (malloc'd array) */
    size_t n_outputs;
    const char **lexicons;   /* --lexicon values (malloc'd array) */
    size_t n_lexicons;
    const char *format;      /* --format or NULL */
    const char *curation;    /* --curation or NULL */
    unsigned max_evidence;   /* 0 = default */
    int reducing;            /* --curation or --max-evidence given */
    og_select_options select;
    int selecting;           /* any selection option given */
    og_export_options export_opts;
    int keep_hedged;
    int quiet;
    int help;
    int version;
    unsigned jobs;           /* 0 = one per online CPU */
    int jobs_given;
    const char *fragments;   /* --fragments DIR|- (extract) or FILE|- (merge), or NULL */
    const char *into;        /* --into GRAPH (extract), or NULL */
    const char *stdin_name;  /* --stdin-name NAME: the name of the document read from '-' */
} og_cli_args;

/* Parses argv[1..argc) for `command` (argv[0] is the command's name).
 * Unknown options, options the command does not take and bad values are
 * reported on stderr and give OG_EXIT_INPUT; 0 otherwise. On failure `out`
 * is still safe to pass to og_cli_args_free(). */
int og_cli_parse(og_cli_args *out, unsigned command, const char *name, int argc, char **argv);

/* Frees the arrays in `a` (not the strings: they are argv's). */
void og_cli_args_free(og_cli_args *a);

/* Prints the options `command` accepts, aligned, to `f`. */
void og_cli_print_options(FILE *f, unsigned command);

/* Prints the output formats from the exporter registry to `f`. */
void og_cli_print_formats(FILE *f);

/* Finds an option by long name (`len` bytes of `name`) or by short letter
 * (`name` NULL). NULL if none. Used by main.c to step over options that come
 * before the command. */
const og_cli_opt *og_cli_opt_find(const char *name, size_t len, int short_name);

#endif
