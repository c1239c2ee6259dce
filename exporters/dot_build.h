/*
 * dot_build.h - private to the DOT builder: the state og__dot_build() passes
 * to its parts (dot.c: nodes and edges; dot_cluster.c: clusters;
 * dot_legend.c: the legend) and the styling they share.
 *
 * Nothing here owns the og_graph; the cgraph graph in og__dot_ctx.root is
 * og__dot_build()'s until it returns it to its caller.
 */
#ifndef OG_EXPORTERS_DOT_BUILD_H
#define OG_EXPORTERS_DOT_BUILD_H

#include <graphviz/cgraph.h>

#include "common.h"
#include "orgraph.h"

/* Scratch buffers for one build. */
typedef struct og__dot_bufs {
    og__xbuf raw, pre, clean, out;
} og__dot_bufs;

/* Attribute symbols, declared once in a fixed order so output is stable. */
typedef struct og__dot_syms {
    Agsym_t *n_label, *n_shape, *n_style, *n_fill, *n_font, *n_tip, *n_url, *n_target;
    Agsym_t *e_label, *e_pen, *e_tip, *e_colour, *e_style, *e_fontcolour, *e_dir;
    Agsym_t *g_label, *g_style, *g_fill, *g_colour;
} og__dot_syms;

typedef struct og__dot_ctx {
    Agraph_t *root;
    const og_graph *g;
    const og_export_options *opts;
    og__dot_bufs b;
    og__dot_syms s;
    Agnode_t **nodes;
    og_edge_id *first_edge; /* first edge touching each node (tooltip sentence), or UINT32_MAX */
    int edge_labels; /* predicate names on edges (else colour and line style only) */
    int failed;
} og__dot_ctx;

/** Sets attribute `sym` of `obj` to `value`; a NULL value (an earlier
 *  allocation failed) or a cgraph failure sets bd->failed. */
void og__dot_set(og__dot_ctx *bd, void *obj, Agsym_t *sym, const char *value);
/** Diagram fill and text colours of a node type (static strings). */
const char *og__dot_node_fill(og_node_type t);
const char *og__dot_node_text(og_node_type t);
/** Out-of-range values become OG_THING / OG_RELATED. */
og_node_type og__dot_clamp_type(og_node_type t);
og_predicate og__dot_clamp_pred(og_predicate p);
/** Edge colour per predicate (static strings). */
extern const char *const og__dot_pred_colour[OG_PREDICATE_COUNT];

/** A new cluster `name` inside `parent` with a rounded frame; NULL (and
 *  bd->failed) when cgraph cannot allocate. Owned by the root graph. */
Agraph_t *og__dot_new_cluster(og__dot_ctx *bd, Agraph_t *parent, const char *name, const char *label,
                              const char *fill);
/** One cluster per node type present. */
void og__dot_cluster_by_type(og__dot_ctx *bd);
/** Nested clusters along part_of (first parent only; cycles and chains
 *  deeper than 16 cut). */
void og__dot_cluster_by_parent(og__dot_ctx *bd);
/** The legend cluster and node (types and predicates present). */
void og__dot_add_legend(og__dot_ctx *bd);

#endif
