/*
 * fragments.h - the CLI side of map and reduce across processes and
 * machines: `--fragments DIR|-` output, reading a document from standard
 * input, and the merge command's inputs (NDJSON fragments and GraphML, in a
 * running batched reduce). See docs/scale.md.
 */
#ifndef OG_CLI_FRAGMENTS_H
#define OG_CLI_FRAGMENTS_H

#include <stddef.h>
#include "orgraph.h"

/* Where `--fragments` writes: "-" = NDJSON on standard output, one line per
 * fragment; anything else a folder (created if missing) holding one file per
 * document, NNNNNN-<path with every byte outside [A-Za-z0-9._-] as '_'>.ndjson
 * (NNNNNN = the document's position in the input order), written atomically. */
typedef struct og_cli_fragout {
    const char *target; /* borrowed */
    og_sink *out;       /* the stdout sink when target is "-" */
    size_t written;
} og_cli_fragout;

/* Opens the target (creates the folder). Returns an exit code (errors printed). */
int og_cli_fragout_open(og_cli_fragout *f, const char *target);
/* Writes one fragment: document number `index`, recorded path `doc`. Exit code. */
int og_cli_fragout_write(og_cli_fragout *f, const og_graph *frag, size_t index, const char *doc);
/* Flushes standard output; frees the sink. Exit code. NULL-safe on a zeroed struct. */
int og_cli_fragout_close(og_cli_fragout *f);

/* Reads all of standard input into a malloc'd buffer (*data, caller frees).
 * Returns 0 or an errno value. */
int og_cli_read_stdin(char **data, size_t *len);

/* 1 if the file at `path` starts (after white space and a UTF-8 BOM) with
 * '<', i.e. is XML (GraphML) rather than NDJSON fragments; 0 otherwise,
 * also when it cannot be read (the reader then reports the error). */
int og_cli_is_xml(const char *path);

/*
 * Reads `paths` ("-" = NDJSON on standard input; other files NDJSON or
 * GraphML, told apart by og_cli_is_xml()) and reduces everything into *out
 * with a running reduce: the result so far plus the next batch of 256 graphs,
 * exactly as `extract` reduces its documents (map.c), so that merging the
 * fragments of `extract --fragments` repeats extract's reduces one for one;
 * `ro->curation` is applied by the last reduce only, as in extract. `*out`
 * may start as a graph to merge into (it is consumed; like extract --into);
 * otherwise NULL. Returns an exit code (errors printed, naming file:line).
 * `n_graphs` receives how many fragments/graphs were read.
 */
int og_cli_merge_inputs(og_graph **out, const char *const *paths, size_t n, const og_reduce_options *ro,
                        size_t *n_graphs);

#endif
