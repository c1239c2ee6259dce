/*
 * map.h - reading documents into fragments on N threads and reducing them
 * into one graph.
 */
#ifndef OG_CLI_MAP_H
#define OG_CLI_MAP_H

#include "inputs.h"
#include "orgraph.h"

typedef struct og_cli_map_options {
    const og_lexicon *lexicon;   /* borrowed */
    const og_curation *curation; /* borrowed; may be NULL */
    unsigned max_evidence;       /* 0 = default */
    int keep_hedged;
    unsigned jobs;               /* threads; 0 = one per online CPU */
    int quiet;                   /* passed to the progress meter */
    /* Called in the main thread, in input order, with each document's
     * fragment (borrowed) and its position; returns an exit code. May be NULL. */
    int (*on_fragment)(const og_graph *frag, size_t index, const char *doc, void *payload);
    void *payload;
    int no_reduce;               /* fragments only: no reduce, *out stays NULL */
    og_graph *into;              /* reduced together with the first batch; consumed; may be NULL */
} og_cli_map_options;

/*
 * Reads and extracts every document of `in` and reduces the fragments into
 * `*out` (the caller frees it with og_graph_free()). Documents are taken in
 * batches of a fixed size in input order; each batch is mapped on up to
 * `jobs` threads into slots indexed by input position, then reduced into the
 * running graph, so the result does not depend on the thread count. Empty,
 * binary and unreadable documents, and documents the library rejects as bad
 * input, are skipped with a warning (printed in input order). Returns an exit
 * code: OG_EXIT_INPUT when no document could be read, OG_EXIT_INTERNAL on
 * out-of-memory or an internal library error. `read` and `skipped` receive the
 * counts (may be NULL).
 */
int og_cli_map_reduce(og_graph **out, const og_cli_inputs *in, const og_cli_map_options *opts, size_t *read,
                      size_t *skipped);

#endif
