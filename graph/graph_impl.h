/*
 * graph_impl.h - the inside of og_graph (private to graph/ and to tests).
 *
 * Layout (igraph-style dense arrays):
 *  - nodes[0..n_nodes) and edges[0..n_edges) are plain arrays; og_node_id and
 *    og_edge_id are indices into them.
 *  - Every string a graph holds (labels, aliases, ids, attribute values,
 *    evidence documents and sentences, normalised name keys) is interned in
 *    the graph's one string pool: stored once, never moved, freed with the
 *    graph. Equal strings have equal pointers inside one graph.
 *  - The alias index maps a normalised name key (interned) to the nodes that
 *    carry a name with that key (a multimap); the id index maps an interned id
 *    to its node. Both are open-addressing tables; lookups collect every match
 *    and pick the lowest index, so hash order never shows in results.
 *  - The edge table maps (subject, predicate, object) to the edge index, for
 *    deduplication on insert.
 *  - Attribute keys are declared per graph and per domain (node/edge) in a key
 *    table; each node/edge keeps a small array of (key index, value), sorted
 *    by key index, i.e. in declaration order.
 *
 * Memory per node (64-bit): sizeof(og__node) = 136 bytes, plus its strings in
 * the pool (label + normalised key, each NUL-terminated, shared when equal),
 * plus one alias-index slot (16 bytes, load 1/4..1/2) and entry (8 bytes) per
 * distinct name key, plus 16 bytes per alias (name + key) and 24 bytes per
 * attribute (separate arrays, absent when empty). One source
 * document is stored inline; more take an array of pointers.
 * Memory per edge: sizeof(og__edge) = 80 bytes (one piece of evidence is
 * inline; more take an array of og_evidence, 32 bytes each), plus 4-8 bytes
 * in the dedup table (load <= 3/4), plus the evidence strings in the pool
 * (shared between edges: documents are few, sentences repeat).
 * Measured (bench/graph_memory, Release, 1,000,000 nodes with two short
 * attributes and a source, 3,000,000 edges with one evidence record each):
 * ~390 bytes per node and ~90 bytes per edge, peak RSS 630 MiB. A reduce
 * of that graph peaks at ~1.5 GiB (input + output + ~250 MiB of scratch).
 */
#ifndef OG_GRAPH_IMPL_H
#define OG_GRAPH_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "orgraph.h"

/* ---- string pool (intern.c) ---- */

typedef struct og__chunk og__chunk;

typedef struct og__pool {
    og__chunk *chunks;  /* owned list of storage chunks */
    char *cur;          /* free space in the head chunk */
    size_t left;
    const char **slots; /* hash set of interned strings (NULL = empty) */
    uint32_t *hashes;   /* hash of slots[i] */
    size_t cap, count;  /* cap is a power of two (or 0) */
    size_t bytes;       /* total chunk bytes allocated (bench/stats) */
} og__pool;

void og__pool_init(og__pool *p);
void og__pool_free(og__pool *p);
/** Interns `len` bytes of `s` (NUL added). Returns the stable copy, or NULL on OOM. */
const char *og__pool_intern(og__pool *p, const char *s, size_t len);
/** The interned copy of `s`, or NULL if `s` is not in the pool. */
const char *og__pool_find(const og__pool *p, const char *s, size_t len);
/** FNV-1a hash of `len` bytes (32-bit). */
uint32_t og__hash(const char *s, size_t len);

/* ---- multimap from interned string to node index (index.c) ---- */

/*
 * One slot per distinct key (open addressing) heading a singly linked list
 * of entries, so many nodes under one key (a foreign file where every label
 * is "Person") cost O(1) per insert instead of a long probe run. Callers keep
 * (key, node) pairs unique: a node enters a key's list once however many of
 * its names share that key.
 */
typedef struct og__mm_slot {
    const char *key; /* NULL = empty; keys stay once inserted (their list may empty) */
    uint32_t hash;
    uint32_t head; /* first entry or UINT32_MAX */
} og__mm_slot;

typedef struct og__mm_ent {
    uint32_t node;
    uint32_t next; /* UINT32_MAX ends the list */
} og__mm_ent;

typedef struct og__multimap {
    og__mm_slot *slots;
    size_t cap, n_keys;
    og__mm_ent *ents;
    uint32_t n_ents, cap_ents, free_head; /* free_head: entry index + 1, 0 = none */
} og__multimap;

void og__mm_free(og__multimap *m);
/** Adds (key, node); the caller ensures the pair is not present. 0 or OG_ENOMEM (nothing changed). */
int og__mm_add(og__multimap *m, const char *key, uint32_t node);
/** Removes (key, node) if present. */
void og__mm_remove(og__multimap *m, const char *key, uint32_t node);
/** Calls fn(node, payload) for every node under `key`; stops when fn returns non-zero (and returns that). */
int og__mm_each(const og__multimap *m, const char *key, int (*fn)(uint32_t node, void *payload), void *payload);
/** Rewrites every node value through map[] (UINT32_MAX = delete the entry). */
void og__mm_remap(og__multimap *m, const uint32_t *map);

/* ---- name keys (name.c) ---- */

/** Type class for identity: Person, Place, Topic each their own, the rest one. */
int og__type_class(og_node_type t);
/**
 * Writes the normalised key of `name` into `out` (cleared first): a first
 * byte 'A' for acronym-like names (no lower-case letter; case kept) or 'n'
 * for names with a lower-case letter (case folded with utf8proc); quotes,
 * dashes and white space folded, a leading "the " dropped. 0 or OG_ENOMEM.
 */
int og__name_key(og__buf *out, const char *name);
/** 1 if `name` has a lower-case letter (Unicode Ll). */
int og__has_lower(const char *name);
/** Number of code points (invalid bytes count one each). */
size_t og__utf8_length(const char *s);

/* ---- nodes and edges ---- */

typedef struct og__attr {
    uint32_t key; /* index in the graph's key table for the domain */
    og_value v;   /* strings interned in the graph's pool */
} og__attr;

typedef struct og__key {
    const char *name; /* interned */
    og_value_kind kind;
} og__key;

typedef struct og__name {
    const char *name; /* interned */
    const char *key;  /* its normalised key (name.c), interned */
} og__name;

typedef struct og__node {
    const char *label;      /* interned; never NULL */
    const char *label_key;  /* normalised key of the label, interned */
    const char *id;         /* interned or NULL */
    const char *lexicon_id; /* interned or NULL */
    og__name *aliases;      /* og_malloc'd, sorted bytewise by name; n_aliases */
    og__attr *attrs;        /* og_malloc'd, sorted by key; n_attrs */
    union {
        const char *one;    /* n_src == 1 */
        const char **many;  /* n_src >= 2: og_malloc'd, sorted */
    } src;
    uint64_t source_count;
    uint64_t mentions;
    uint32_t votes[OG_NODE_TYPE_COUNT]; /* saturating */
    uint32_t n_aliases, n_attrs, n_src;
    uint32_t degree;
    uint8_t type;  /* og_node_type: fixed, else most votes (ties lowest) */
    uint8_t fixed;
} og__node;

typedef struct og__edge {
    og_node_id s, o;
    uint32_t n_ev;  /* kept evidence */
    uint8_t pred;   /* og_predicate */
    uint8_t hedged;
    uint32_t n_attrs;
    uint64_t ev_count;
    double conf;
    union {
        og_evidence one;   /* n_ev == 1 */
        og_evidence *many; /* n_ev >= 2: og_malloc'd, sorted */
    } ev;
    og__attr *attrs;
} og__edge;

struct og_graph {
    og__pool pool;
    og__node *nodes;
    og__edge *edges;
    uint32_t n_nodes, cap_nodes;
    uint32_t n_edges, cap_edges;
    og__key *keys[2]; /* [0] nodes, [1] edges */
    uint32_t n_keys[2], cap_keys[2];
    og__multimap names; /* name key -> nodes */
    og__multimap ids;   /* id -> nodes */
    og__multimap key_index[2]; /* attribute key name -> index in keys[d] */
    uint32_t *edge_slots; /* dedup table: edge index or UINT32_MAX */
    size_t edge_cap;
    unsigned max_ev;
    og__buf scratch;    /* name keys during mutations */
};

#define OG__NO_EDGE UINT32_MAX

/** qsort that accepts (NULL, 0) (qsort itself must not get a NULL base). */
static inline void og__sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

/* graph.c */
/** Grows the node array for one more node. 0 or OG_ENOMEM. */
int og__graph_reserve_nodes(og_graph *g, size_t n);
/** Recomputes n->type from votes unless fixed. */
void og__node_retype(og__node *n);
/** Names of a node: 0 = label, 1.. = aliases. */
static inline size_t og__node_name_count(const og__node *n) { return 1 + n->n_aliases; }
static inline const char *og__node_name(const og__node *n, size_t i) { return i ? n->aliases[i - 1].name : n->label; }
static inline const char *og__node_name_key(const og__node *n, size_t i) { return i ? n->aliases[i - 1].key : n->label_key; }
/** 1 if one of node n's names has normalised key `key` (pointer compare). */
int og__node_has_key(const og__node *n, const char *key);
static inline const char *const *og__node_sources(const og__node *n) { return n->n_src == 1 ? &n->src.one : n->src.many; }
static inline const og_evidence *og__edge_evs(const og__edge *e) { return e->n_ev == 1 ? &e->ev.one : e->ev.many; }
/** Interned key of `name` (in the pool), or NULL on OOM. Uses g->scratch. */
const char *og__graph_name_key(og_graph *g, const char *name);
/** Adds interned `name` to node n's names and to the alias index. 0 or OG_ENOMEM. */
int og__node_add_name(og_graph *g, og_node_id n, const char *name);
/** Indexes every distinct name key of node n (a node built field by field). 0 or OG_ENOMEM. */
int og__node_index_names(og_graph *g, og_node_id n);
void og__node_release(og__node *n);

/* sources (graph.c) */
/** Merges sorted interned lists a and b (deduplicated) keeping the `cap` smallest.
 *  *out receives an og_malloc'd array (or NULL when empty), *n_out its length. */
int og__sources_union(const char *const *a, size_t na, const char *const *b, size_t nb, size_t cap,
                      const char ***out, size_t *n_out);
/** Replaces node n's kept sources by list (takes ownership of `list` of length k). */
void og__node_set_sources(og__node *n, const char **list, size_t k);

/* edge.c */
int og__evidence_cmp(const og_evidence *a, const og_evidence *b);
/** Noisy-OR over kept evidence in sorted order. */
double og__noisy_or(const og_evidence *ev, size_t n);
/** Looks up (s, p, o) in the dedup table. */
og_edge_id og__edge_find(const og_graph *g, og_node_id s, og_predicate p, og_node_id o);
/** Appends an edge without dedup lookup (caller checked). 0 or OG_ENOMEM. */
int og__edge_append(og_graph *g, og_node_id s, og_predicate p, og_node_id o, og_edge_id *out);
/** Inserts edge e into the dedup table (room must exist: load stays <= 3/4). */
void og__edge_slot_insert(og_graph *g, og_edge_id e);
/** Rebuilds the dedup table from scratch. 0 or OG_ENOMEM. */
int og__edge_rehash(og_graph *g, size_t want);
/** Replaces an edge's kept evidence with `list` (takes ownership; strings already interned). */
void og__edge_set_evs(og__edge *e, og_evidence *list, size_t k);
void og__edge_release(og__edge *e);
/** Merges sorted evidence lists (dedup equal records), keeping `cap`. */
int og__evidence_union(const og_evidence *a, size_t na, const og_evidence *b, size_t nb, size_t cap,
                       og_evidence **out, size_t *n_out);

/* attr.c */
/** Finds or declares key `name` (interned) in domain d with `kind`. OG_EINVAL if declared with another kind. */
int og__key_declare(og_graph *g, int d, const char *name, og_value_kind kind, uint32_t *out, og_error *err);
/** Index of key `name` in domain d or UINT32_MAX. */
uint32_t og__key_find(const og_graph *g, int d, const char *name);
/** Entries allocated for an attribute array of n entries (arrays made elsewhere must allocate this many). */
uint32_t og__attrs_cap(uint32_t n);
/** Sets attribute (key index, value with interned string) in the array. 0 or OG_ENOMEM. */
int og__attrs_set(og__attr **attrs, uint32_t *n, uint32_t key, const og_value *v);
const og__attr *og__attrs_get(const og__attr *attrs, uint32_t n, uint32_t key);
/** Compares two values of the same kind (strings bytewise). */
int og__value_cmp(const og_value *a, const og_value *b);

#endif
