/*
 * dot.h - private interface between the DOT writer (dot.c) and the
 * in-process renderer (render.c): both build the same cgraph graph.
 */
#ifndef OG_EXPORTERS_DOT_H
#define OG_EXPORTERS_DOT_H

#include <graphviz/cgraph.h>

#include "orgraph.h"

/** Without an explicit engine: dot up to OG__DOT_MEDIUM_NODES nodes, fdp up
 *  to OG__DOT_LARGE_NODES, sfdp above (with a warning). */
#define OG__DOT_MEDIUM_NODES 30
#define OG__DOT_LARGE_NODES 150
/** Force-directed layouts with more edges than this get no edge labels. */
#define OG__DOT_LABELLED_EDGES 40

/**
 * Builds the styled Graphviz graph of `g` (nodes in index order, then edges
 * in index order, legend and clusters as `opts` asks) with cgraph. The
 * layout engine is `engine` (already validated; stored as the `layout`
 * graph attribute). `io` is the I/O discipline agwrite() will use (may be
 * NULL for the default). Returns 0 and the new graph in *out, which the
 * caller closes with agclose(); or <0 with `err` filled. cgraph allocates
 * with its own allocator (malloc), not og_malloc.
 */
int og__dot_build(Agraph_t **out, const og_graph *g, const og_export_options *opts, const char *engine,
                  Agiodisc_t *io, og_error *err);

/**
 * Validates opts->engine / opts->rankdir / opts->cluster; picks the engine
 * when none was asked for (dot, fdp above OG__DOT_MEDIUM_NODES, sfdp above
 * OG__DOT_LARGE_NODES with a warning through opts->warn). *engine is static. Returns 0 or OG_ENOTFOUND.
 */
int og__dot_check_options(const og_graph *g, const og_export_options *opts, const char **engine, og_error *err);

/** Passes a note to opts->warn when set (printf-style, truncated to 255 bytes). */
void og__dot_warn(const og_export_options *opts, const char *fmt, ...) OG_PRINTF(2, 3);

#endif
