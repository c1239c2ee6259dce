/*
 * reduce_impl.h - state shared by the parts of og_reduce (private to
 * graph/): reduce.c settles identity (name keys, curation, union-find,
 * components); reduce_label.c names, labels and types each entity;
 * reduce_ids.c gives ids; reduce_emit.c builds the output graph's keys,
 * nodes and edges.
 */
#ifndef OG_GRAPH_REDUCE_IMPL_H
#define OG_GRAPH_REDUCE_IMPL_H

#include "curation.h"
#include "graph_impl.h"

#define OG__R_NONE UINT32_MAX
#define OG__R_CLS_ANY 255u

typedef struct og__key_ent {
    const char *key; /* interned in the reduce's key pool */
    uint32_t cls;
    uint32_t node; /* global input node index */
} og__key_ent;

typedef struct og__rcomp {
    uint32_t first_member; /* into members[] */
    uint32_t n_members;
    uint32_t first_name; /* into names[] (interned in the output pool, sorted) */
    uint32_t n_names;
    const char *label;
    const char *lexicon_id;
    char *id; /* og_malloc'd final id */
    uint8_t type, fixed, dropped;
    uint32_t out; /* output node index */
} og__rcomp;

typedef struct og__rctx {
    const og_graph *const *parts;
    size_t n_parts;
    const og_curation *cur;
    unsigned K;
    og_graph *out;
    uint32_t *base;      /* n_parts + 1: global index of each part's first node */
    uint32_t N;          /* input nodes */
    uint32_t *part_of;   /* N */
    uint32_t *parent;    /* N: union-find */
    uint32_t *comp_of;   /* N: component index */
    og__pool keys;       /* normalised name keys */
    og__buf kbuf;
    og__key_ent *ents;
    size_t n_ents, cap_ents;
    size_t D, W;         /* different rules, 64-bit words per mask */
    uint64_t *mask_a, *mask_b; /* N * W each */
    og__rcomp *comps;
    uint32_t C;
    uint32_t *members;   /* N: global node indices grouped by component */
    const char **names;  /* all names, grouped by component */
    size_t n_names, cap_names;
    uint32_t *keymap[2]; /* per part and domain: offset into keymap_data */
    uint32_t *keymap_data[2];
} og__rctx;

static inline const og__node *in_node(const og__rctx *r, uint32_t gi)
{
    uint32_t p = r->part_of[gi];
    return &r->parts[p]->nodes[gi - r->base[p]];
}

typedef struct og__comp_ref {
    const og__rctx *r;
    uint32_t c;
} og__comp_ref;

/** Interns `s` in the output graph's pool; NULL on OOM. */
const char *og__reduce_out_str(og__rctx *r, const char *s);
/** qsort comparator for arrays of C strings (bytewise). */
int og__reduce_cmp_strp(const void *a, const void *b);
/** Calls fn(r, node, payload) for every input node with name key `name`
 *  (any type class); stops at and returns the first non-zero result. */
int og__reduce_for_named(og__rctx *r, const char *name, int (*fn)(og__rctx *, uint32_t, void *), void *payload);
/** The lexicon id of an input node, or NULL. Borrowed from the input. */
const char *og__reduce_lexicon_of(const og__node *n);
/** Names, label, type, lexicon id and `drop` of every component. 0 or OG_ENOMEM. */
int og__reduce_describe(og__rctx *r);
/** Ids of the live components; fills refs (C + 1 entries, caller's) in id
 *  order and *n_live. 0 or OG_ENOMEM. */
int og__reduce_assign_ids(og__rctx *r, og__comp_ref *refs, uint32_t *n_live);
/** Declares the output attribute keys (sorted by name; disagreeing kinds become strings). 0 or OG_ENOMEM. */
int og__reduce_build_keys(og__rctx *r);
/** Creates the output nodes in id order. 0 or OG_ENOMEM. */
int og__reduce_emit_nodes(og__rctx *r, const og__comp_ref *order, uint32_t n_live);
/** Creates the merged output edges in (subject, predicate, object) order. 0 or OG_ENOMEM. */
int og__reduce_emit_edges(og__rctx *r);

#endif
