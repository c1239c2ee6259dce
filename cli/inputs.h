/*
 * inputs.h - turning the paths on the command line into the ordered list of
 * documents to read.
 */
#ifndef OG_CLI_INPUTS_H
#define OG_CLI_INPUTS_H

#include <stddef.h>
#include <stdint.h>
#include "orgraph.h"

typedef struct og_cli_input {
    char *path;         /* as it will be recorded in evidence (malloc'd) */
    uint64_t size;      /* bytes, from stat (for progress and ETA) */
    og_doc_format fmt;  /* from the extension; OG_FORMAT_AUTO = by content */
    int from_stdin;     /* read standard input; `path` is the --stdin-name */
} og_cli_input;

typedef struct og_cli_inputs {
    og_cli_input *v;    /* malloc'd; in the order documents are read */
    size_t n;
    uint64_t total_bytes;
} og_cli_inputs;

/*
 * Walks `paths` (files and folders, in command-line order; folders
 * recursively, entries sorted bytewise, hidden entries skipped, symbolic links
 * to folders not followed, text files in formats orgraph writes (.graphml,
 * .dot, .gv, .svg, .jsonld, .nq, .gexf, .csv) left out, each file listed
 * once). A path named on the command line that does not exist or cannot be
 * read is an error: it is reported and OG_EXIT_INPUT returned before
 * anything is read. Problems inside folders (unreadable sub-folders, special
 * files) are warnings. Returns an exit code; on success the caller frees
 * `out` with og_cli_inputs_free().
 */
int og_cli_inputs_collect(og_cli_inputs *out, const char *const *paths, size_t n_paths);

/* Frees the list; NULL-safe on a zeroed list. */
void og_cli_inputs_free(og_cli_inputs *in);

/* The document format a file name implies (.html/.htm/.xhtml HTML,
 * .txt/.md/.text text, anything else decided by content). */
og_doc_format og_cli_format_for(const char *path);

/* 1 if the first bytes of a file look binary (NUL bytes, many control
 * characters, or a PDF/ZIP/image signature); `why` receives a short reason. */
int og_cli_looks_binary(const char *data, size_t len, const char **why);

#endif
