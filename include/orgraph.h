/*
 * orgraph.h - public API of liborgraph.
 *
 * orgraph reads documents about organisations (profiles, news, PDF-converted
 * policy text, HTML pages) and builds a typed, evidence-backed knowledge graph
 * of organisations, initiatives, standards, partnerships, agreements, events,
 * persons, places and topics, then exports it (GraphML, DOT/SVG/PNG/PDF,
 * JSON-LD, N-Quads, GEXF, CSV).
 *
 * Conventions (all of them hold for every declaration below):
 *  - Every public symbol starts with `og_` (types `og_*`, macros `OG_*`).
 *  - Functions that can fail return `int`: 0 (OG_OK) on success or a negative
 *    og_status. They fill the caller-allocated `og_error *err` when it is not
 *    NULL; the first error set wins.
 *  - Constructors are `og_<noun>_new` and pair with `og_<noun>_free`;
 *    `_free(NULL)` is a no-op. Out-parameters come first and are named `out`.
 *  - Getters return borrowed `const` pointers, valid until the owning object
 *    is freed or modified (for a graph: until og_graph_free() or the next
 *    mutating call on that graph).
 *  - Functions taking `const og_graph *` never modify the graph; exporters only
 *    take `const og_graph *`.
 *
 * Usage example (builds a two-node fragment, reduces it, writes GraphML):
 *
 *     og_error err = {0};
 *     og_graph *frag = og_graph_new();
 *     og_node_id itu, giga;
 *     og_graph_add_node(frag, OG_ORGANISATION, "ITU", 1, &itu, &err);
 *     og_graph_add_node(frag, OG_PARTNERSHIP, "Giga", 1, &giga, &err);
 *     og_evidence ev = { "doc.txt", 3, 1, "ITU and UNICEF launched Giga.", 0.8 };
 *     og_graph_add_edge(frag, itu, OG_PARTNER_IN, giga, &ev, NULL, &err);
 *     og_graph *g = NULL;
 *     const og_graph *parts[] = { frag };
 *     og_reduce(&g, parts, 1, NULL, &err);
 *     og_sink *out = og_sink_file_atomic("out.graphml", &err);
 *     og_export_graphml(g, NULL, out, &err);
 *     og_sink_close(out, &err);   // renames the temp file into place
 *     og_sink_free(out);
 *     og_graph_free(g);
 *     og_graph_free(frag);
 */
#ifndef ORGRAPH_H
#define ORGRAPH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef OG_EXPORT
#if defined(__GNUC__) || defined(__clang__)
#define OG_EXPORT __attribute__((visibility("default")))
#else
#define OG_EXPORT
#endif
#endif

#if defined(__GNUC__) || defined(__clang__)
#define OG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define OG_PRINTF(f, a)
#endif

#define OG_VERSION_STRING "0.1.0"

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */
/* ------------------------------------------------------------------------ */

/** Status codes: 0 is success, every failure is negative. */
typedef enum og_status {
    OG_OK = 0,
    OG_ERROR = -1,     /**< internal error (a bug, or an unexpected library failure) */
    OG_ENOMEM = -2,    /**< out of memory */
    OG_EINVAL = -3,    /**< invalid argument (a caller's bug); message names the check */
    OG_EINPUT = -4,    /**< bad input: malformed document, GraphML, curation line... */
    OG_EIO = -5,       /**< reading or writing a file failed */
    OG_ITEROVER = -6,  /**< iteration finished (not an error for iterators) */
    OG_ENOTFOUND = -7  /**< a looked-up name, id, type or format does not exist */
} og_status;

/**
 * Error report, allocated by the caller (on the stack is fine). Fixed-size
 * buffers so that out-of-memory can be reported. `file` keeps the tail of long
 * paths. `line`/`column` are 1-based; 0 means unknown. `offset` is a byte
 * offset into the input when meaningful.
 */
typedef struct og_error {
    og_status code;
    char file[256];
    unsigned line, column;
    size_t offset;
    char message[256];
} og_error;

/**
 * Fills `err` (if not NULL and not already holding an error) and returns
 * `code`. `file` may be NULL. Never allocates.
 */
OG_EXPORT int og_error_set(og_error *err, og_status code, const char *file,
                           unsigned line, unsigned column, const char *fmt, ...)
    OG_PRINTF(6, 7);

/** Clears `err` to "no error". NULL is a no-op. */
OG_EXPORT void og_error_clear(og_error *err);

/** Static English name of a status ("out of memory", ...). Never NULL. */
OG_EXPORT const char *og_status_string(int status);

/**
 * Warning callback used by readers and extraction for problems that do not
 * stop the work (invalid UTF-8 repaired, file skipped...). `w` is borrowed for
 * the duration of the call. Callbacks take `payload` last.
 */
typedef void (*og_warn_fn)(const og_error *w, void *payload);

/* ------------------------------------------------------------------------ */
/* Allocation seam                                                           */
/* ------------------------------------------------------------------------ */

/**
 * Every allocation of liborgraph goes through these. og_set_allocator()
 * replaces them (NULL restores malloc/realloc/free); call it before creating
 * any object. It also points jansson's allocator (json_set_alloc_funcs,
 * process-wide) at og_malloc/og_free, so the JSON the library builds fails
 * as OG_ENOMEM under the same allocator; libxml2's is left alone. Not
 * thread-safe: call it once, up front. Used by the out-of-memory tests.
 */
typedef struct og_allocator {
    void *(*malloc_fn)(size_t size);
    void *(*realloc_fn)(void *ptr, size_t size);
    void (*free_fn)(void *ptr);
} og_allocator;
OG_EXPORT void og_set_allocator(const og_allocator *a);
OG_EXPORT void *og_malloc(size_t size);
OG_EXPORT void *og_realloc(void *ptr, size_t size);
OG_EXPORT void og_free(void *ptr);
/** Duplicates a NUL-terminated string with og_malloc; NULL on OOM. Caller og_free()s. */
OG_EXPORT char *og_strdup(const char *s);

/* ------------------------------------------------------------------------ */
/* Sinks: where exporters write                                              */
/* ------------------------------------------------------------------------ */

/** Raw write callback: returns 0 on success, <0 on failure. */
typedef int (*og_write_fn)(void *ctx, const char *buf, size_t len);

/** Output sink with a sticky error. Opaque; release with og_sink_free(). */
typedef struct og_sink og_sink;

/**
 * Atomic file sink: writes to a temp file in the same folder as `path`
 * (`.<name>.tmp.<pid>.<n>`), and og_sink_close() fsyncs and renames it over
 * `path`. og_sink_free() without a successful close removes the temp file, so
 * a failure never leaves a half-written file or clobbers the old one.
 * Returns NULL and fills `err` on failure. Caller frees with og_sink_free().
 */
OG_EXPORT og_sink *og_sink_file_atomic(const char *path, og_error *err);
/** Growing memory sink (tests, fuzzers). Caller frees. NULL on OOM. */
OG_EXPORT og_sink *og_sink_memory(void);
/** Sink writing to standard output (not closed by og_sink_free). Caller frees. */
OG_EXPORT og_sink *og_sink_stdout(void);
/** Sink forwarding to `fn(ctx, ...)`. Caller frees; `ctx` stays the caller's. */
OG_EXPORT og_sink *og_sink_callback(og_write_fn fn, void *ctx);
/** Test seam: the sink fails (sticky OG_EIO) once more than `limit` bytes were written. */
OG_EXPORT void og_sink_fail_after(og_sink *s, size_t limit);
/** Appends `len` bytes. Returns 0, or the sticky error status. */
OG_EXPORT int og_sink_write(og_sink *s, const void *buf, size_t len);
/** Appends a NUL-terminated string. */
OG_EXPORT int og_sink_puts(og_sink *s, const char *str);
/** printf-style append. */
OG_EXPORT int og_sink_printf(og_sink *s, const char *fmt, ...) OG_PRINTF(2, 3);
/** The sticky status: 0 while every write succeeded. */
OG_EXPORT int og_sink_status(const og_sink *s);
/**
 * Finishes the sink: for an atomic file, flush + fsync + rename into place.
 * Returns 0, or a negative status (then nothing was renamed) and fills `err`.
 */
OG_EXPORT int og_sink_close(og_sink *s, og_error *err);
/** Memory sink contents (borrowed, NUL-terminated, valid until og_sink_free). */
OG_EXPORT const char *og_sink_memory_data(const og_sink *s, size_t *len);
/** Releases the sink; an unclosed atomic file sink deletes its temp file. */
OG_EXPORT void og_sink_free(og_sink *s);

/* ------------------------------------------------------------------------ */
/* The typed graph model                                                     */
/* ------------------------------------------------------------------------ */

/** Node types (SPEC §1). OG_THING is for foreign GraphML nodes without a type. */
typedef enum og_node_type {
    OG_ORGANISATION = 0,
    OG_INITIATIVE,
    OG_STANDARD,
    OG_PARTNERSHIP,
    OG_AGREEMENT,
    OG_EVENT,
    OG_PERSON,
    OG_PLACE,
    OG_TOPIC,
    OG_THING,
    OG_NODE_TYPE_COUNT
} og_node_type;

/** Predicates (SPEC §1), directed subject -> object. OG_RELATED for foreign edges. */
typedef enum og_predicate {
    OG_PART_OF = 0,
    OG_MEMBER_OF,
    OG_PARTNER_IN,
    OG_COLLABORATES_WITH, /* symmetric: stored with subject id < object id */
    OG_DEVELOPS,
    OG_LAUNCHES,
    OG_HOSTS,
    OG_SUPPORTS,
    OG_ADOPTS,
    OG_LOCATED_IN,
    OG_WORKS_ON,
    OG_RELATED,
    OG_PREDICATE_COUNT
} og_predicate;

/** "Organisation", "Initiative", ... ("Thing"). Static; NULL if out of range. */
OG_EXPORT const char *og_node_type_name(og_node_type t);
/** Parses a type name (case-insensitive). 0 or OG_ENOTFOUND. */
OG_EXPORT int og_node_type_parse(const char *name, og_node_type *out);
/** "part_of", "member_of", ... ("related_to"). Static; NULL if out of range. */
OG_EXPORT const char *og_predicate_name(og_predicate p);
/** Parses a predicate name. 0 or OG_ENOTFOUND. */
OG_EXPORT int og_predicate_parse(const char *name, og_predicate *out);

typedef uint32_t og_node_id; /* dense index 0..node_count-1 */
typedef uint32_t og_edge_id; /* dense index 0..edge_count-1 */

/** Attribute value kinds (GraphML attr.type string/int/double/boolean). */
typedef enum og_value_kind { OG_VAL_STRING = 0, OG_VAL_INT, OG_VAL_DOUBLE, OG_VAL_BOOL } og_value_kind;

/** A typed attribute value. For strings `s` is borrowed from the graph. */
typedef struct og_value {
    og_value_kind kind;
    union {
        const char *s;
        int64_t i;
        double d;
        int b;
    } u;
} og_value;

/** One piece of evidence for an edge. Strings are borrowed (the graph copies). */
typedef struct og_evidence {
    const char *doc;      /**< source document path as given */
    unsigned line;        /**< 1-based line of the evidence in the source */
    unsigned column;      /**< 1-based column (in characters) */
    const char *sentence; /**< the sentence it was read from (trimmed) */
    double confidence;    /**< in [0,1] */
} og_evidence;

/** Typed graph; opaque. Release with og_graph_free(). */
typedef struct og_graph og_graph;

/** Default cap on evidence records per edge and sources per node. */
#define OG_DEFAULT_MAX_EVIDENCE 5

/** Well-known node attribute keys (string values). */
#define OG_ATTR_ACRONYM "acronym"
#define OG_ATTR_ESTABLISHED "established"
#define OG_ATTR_ADDRESS "address"
#define OG_ATTR_WEBSITE "website"
#define OG_ATTR_STAKEHOLDER "stakeholder_group"

/** New empty graph; NULL on OOM. Caller frees with og_graph_free(). */
OG_EXPORT og_graph *og_graph_new(void);
/** Frees the graph and every string it interned. NULL is a no-op. */
OG_EXPORT void og_graph_free(og_graph *g);
/** Sets the per-edge evidence cap and per-node sources cap (>= 1; default 5). */
OG_EXPORT void og_graph_set_max_evidence(og_graph *g, unsigned k);
OG_EXPORT unsigned og_graph_max_evidence(const og_graph *g);

/* --- building (used by extraction, readers and the reduce) --- */

/**
 * Finds a node of a compatible type class by `name` through the alias index
 * (see og_graph_find()); if none exists, creates one with `name` as its first
 * name. In both cases adds `weight` votes for `type` and `weight` mentions.
 * Persons only ever match persons, places places, topics topics; the other
 * types form one class. `*out` receives the node. Returns 0 or <0.
 */
OG_EXPORT int og_graph_add_node(og_graph *g, og_node_type type, const char *name,
                                unsigned weight, og_node_id *out, og_error *err);
/** Always creates a new node (no lookup); used by readers. */
OG_EXPORT int og_graph_new_node(og_graph *g, og_node_type type, const char *label,
                                og_node_id *out, og_error *err);
/** Adds another surface form of node `n` to it and to the alias index. Duplicates collapse. */
OG_EXPORT int og_graph_node_add_alias(og_graph *g, og_node_id n, const char *alias, og_error *err);
/** Sets the canonical label (readers; the reduce picks labels itself). */
OG_EXPORT int og_graph_node_set_label(og_graph *g, og_node_id n, const char *label, og_error *err);
/** Sets the stable string id (readers; the reduce assigns ids itself). */
OG_EXPORT int og_graph_node_set_id(og_graph *g, og_node_id n, const char *id, og_error *err);
/** Forces the node's type (lexicon or curation decision: wins over votes). */
OG_EXPORT int og_graph_node_fix_type(og_graph *g, og_node_id n, og_node_type type, og_error *err);
/** Records the lexicon entry id; the reduce derives the node id from it. */
OG_EXPORT int og_graph_node_set_lexicon_id(og_graph *g, og_node_id n, const char *lexicon_id, og_error *err);
/** Sets (replaces) a typed attribute; string values are copied. */
OG_EXPORT int og_graph_node_set_attr(og_graph *g, og_node_id n, const char *key, const og_value *v, og_error *err);
OG_EXPORT int og_graph_node_set_attr_str(og_graph *g, og_node_id n, const char *key, const char *value, og_error *err);
/** Adds a source document (kept sorted, capped at max_evidence; all counted). */
OG_EXPORT int og_graph_node_add_source(og_graph *g, og_node_id n, const char *doc, og_error *err);
/** Readers: sets the total source count and mention count as read from a file. */
OG_EXPORT void og_graph_node_set_counts(og_graph *g, og_node_id n, uint64_t source_count, uint64_t mentions);
/**
 * Readers: replaces node n's type votes by `votes` (one count per
 * og_node_type, saturating at UINT32_MAX) and re-derives its type from them
 * unless the type is fixed; all-zero votes leave the type as it is. Used to
 * restore a node exactly from a fragment or an orgraph GraphML file.
 */
OG_EXPORT int og_graph_node_set_votes(og_graph *g, og_node_id n, const uint64_t votes[OG_NODE_TYPE_COUNT],
                                      og_error *err);

/**
 * Adds the edge subject -p-> object with one piece of evidence (`ev` may be
 * NULL for an edge without evidence). The same (subject, p, object) twice keeps
 * one edge: the evidence joins the kept set (the K smallest by (doc, line,
 * column)), evidence_count counts all. Collaborates_with is stored with the
 * smaller node index first. Self-loops are ignored (returns 0, *out untouched).
 * `out` may be NULL.
 */
OG_EXPORT int og_graph_add_edge(og_graph *g, og_node_id subject, og_predicate p, og_node_id object,
                                const og_evidence *ev, og_edge_id *out, og_error *err);
/** Marks an edge as hedged (read from a hedged/negated statement). */
OG_EXPORT void og_graph_edge_set_hedged(og_graph *g, og_edge_id e, int hedged);
/** Readers: sets the stored confidence and the total evidence count. */
OG_EXPORT void og_graph_edge_set_counts(og_graph *g, og_edge_id e, double confidence, uint64_t evidence_count);
/** Sets (replaces) a typed edge attribute beyond the built-in ones (foreign keys). */
OG_EXPORT int og_graph_edge_set_attr(og_graph *g, og_edge_id e, const char *key, const og_value *v, og_error *err);
/** Readers: declares an attribute key with its type even if no element uses it. */
OG_EXPORT int og_graph_declare_key(og_graph *g, int for_edges, const char *key, og_value_kind kind, og_error *err);

/**
 * Merges node `gone` into node `keep`: names, votes, attributes (keep's win),
 * sources, mentions and edges move over; duplicate edges collapse with their
 * evidence. Node indices above `gone` shift down by one (O(V+E)).
 */
OG_EXPORT int og_graph_merge_nodes(og_graph *g, og_node_id keep, og_node_id gone, og_error *err);

/* --- lookup --- */

/**
 * Finds a node by any of its names (label or alias), through the alias index.
 * Matching folds case, curly/straight quotes, dashes, white space and a
 * leading "the" for names with lower-case letters; acronym-like names (no
 * lower-case letter) match case-sensitively, so "WHO" is not "who" and "ISO"
 * is not "ISOC". With several matches the lowest index wins.
 * Returns 0 and sets *out, or OG_ENOTFOUND.
 */
OG_EXPORT int og_graph_find(const og_graph *g, const char *name, og_node_id *out);
/** Finds a node by its string id. 0 or OG_ENOTFOUND. */
OG_EXPORT int og_graph_find_id(const og_graph *g, const char *id, og_node_id *out);

/* --- reading (deterministic index order) --- */

OG_EXPORT size_t og_graph_node_count(const og_graph *g);
OG_EXPORT size_t og_graph_edge_count(const og_graph *g);

/** Stable string id (NULL before the reduce or a reader assigned one). */
OG_EXPORT const char *og_graph_node_id(const og_graph *g, og_node_id n);
/** Canonical label; never NULL. */
OG_EXPORT const char *og_graph_node_label(const og_graph *g, og_node_id n);
OG_EXPORT og_node_type og_graph_node_type(const og_graph *g, og_node_id n);
/** 1 if the type was fixed by the lexicon or curation. */
OG_EXPORT int og_graph_node_type_fixed(const og_graph *g, og_node_id n);
/** Votes for type `t` accumulated on node `n`. */
OG_EXPORT uint64_t og_graph_node_type_votes(const og_graph *g, og_node_id n, og_node_type t);
/** Lexicon entry id or NULL. */
OG_EXPORT const char *og_graph_node_lexicon_id(const og_graph *g, og_node_id n);
/** Aliases: every name of the node except its label, sorted bytewise. */
OG_EXPORT size_t og_graph_node_alias_count(const og_graph *g, og_node_id n);
OG_EXPORT const char *og_graph_node_alias(const og_graph *g, og_node_id n, size_t i);
/** Attribute by key; NULL if absent. Borrowed. */
OG_EXPORT const og_value *og_graph_node_attr(const og_graph *g, og_node_id n, const char *key);
/** Convenience: string attribute or NULL. */
OG_EXPORT const char *og_graph_node_attr_str(const og_graph *g, og_node_id n, const char *key);
/** Attributes of a node in key-declaration order: count and i-th (key and value borrowed). */
OG_EXPORT size_t og_graph_node_attr_count(const og_graph *g, og_node_id n);
OG_EXPORT void og_graph_node_attr_at(const og_graph *g, og_node_id n, size_t i, const char **key,
                                     const og_value **value);
/** Kept source documents (sorted, at most max_evidence) and the total count. */
OG_EXPORT size_t og_graph_node_sources_kept(const og_graph *g, og_node_id n);
OG_EXPORT const char *og_graph_node_source(const og_graph *g, og_node_id n, size_t i);
OG_EXPORT uint64_t og_graph_node_source_count(const og_graph *g, og_node_id n);
OG_EXPORT uint64_t og_graph_node_mentions(const og_graph *g, og_node_id n);

OG_EXPORT og_node_id og_graph_edge_subject(const og_graph *g, og_edge_id e);
OG_EXPORT og_node_id og_graph_edge_object(const og_graph *g, og_edge_id e);
OG_EXPORT og_predicate og_graph_edge_predicate(const og_graph *g, og_edge_id e);
/** Combined confidence: noisy-OR of the kept evidence, in sorted order. */
OG_EXPORT double og_graph_edge_confidence(const og_graph *g, og_edge_id e);
OG_EXPORT int og_graph_edge_hedged(const og_graph *g, og_edge_id e);
OG_EXPORT uint64_t og_graph_edge_evidence_count(const og_graph *g, og_edge_id e);
OG_EXPORT size_t og_graph_edge_evidence_kept(const og_graph *g, og_edge_id e);
/** i-th kept evidence, sorted by (doc, line, column); strings borrowed. */
OG_EXPORT const og_evidence *og_graph_edge_evidence(const og_graph *g, og_edge_id e, size_t i);
/** Extra (foreign) edge attributes. */
OG_EXPORT size_t og_graph_edge_attr_count(const og_graph *g, og_edge_id e);
OG_EXPORT void og_graph_edge_attr_at(const og_graph *g, og_edge_id e, size_t i, const char **key,
                                     const og_value **value);
/** Declared keys (in declaration order) beyond the built-in ones, per domain. */
OG_EXPORT size_t og_graph_key_count(const og_graph *g, int for_edges);
OG_EXPORT void og_graph_key_at(const og_graph *g, int for_edges, size_t i, const char **key, og_value_kind *kind);

/** Degree (in + out edges) of node `n`. O(1): maintained as edges are added. */
OG_EXPORT size_t og_graph_node_degree(const og_graph *g, og_node_id n);

/**
 * Checks invariants: edges reference existing nodes, ids unique and set (when
 * `require_ids`), evidence sorted and capped, types/predicates in range.
 * Returns 0 or OG_ERROR with the first violation in `err`.
 */
OG_EXPORT int og_graph_check(const og_graph *g, int require_ids, og_error *err);
/** Canonical sorted text dump, one line per node and edge (golden tests). */
OG_EXPORT int og_graph_dump(const og_graph *g, og_sink *out, og_error *err);
/** Deep copy of `g`. NULL on OOM. Caller frees. */
OG_EXPORT og_graph *og_graph_copy(const og_graph *g);

/* ------------------------------------------------------------------------ */
/* Curation and the reduce                                                   */
/* ------------------------------------------------------------------------ */

/** Analyst curation rules (`same A | B`, `different A | B`, `drop NAME`,
 *  `type NAME Type`, `alias NAME | ALIAS`). Opaque. */
typedef struct og_curation og_curation;
/** Loads a curation file; errors name the line. Caller frees. */
OG_EXPORT int og_curation_load(og_curation **out, const char *path, og_error *err);
/** Parses curation rules from memory (`name` is used in error messages). */
OG_EXPORT int og_curation_parse(og_curation **out, const char *name, const char *text, size_t len, og_error *err);
OG_EXPORT void og_curation_free(og_curation *c);

typedef struct og_reduce_options {
    unsigned version;            /**< OG_REDUCE_OPTIONS_VERSION */
    unsigned max_evidence;       /**< 0 = default (5) */
    const og_curation *curation; /**< borrowed; may be NULL */
} og_reduce_options;
#define OG_REDUCE_OPTIONS_VERSION 1
#define OG_REDUCE_OPTIONS_INIT {OG_REDUCE_OPTIONS_VERSION, 0, NULL}

/**
 * The one reduce: merges fragments (or already reduced graphs) into one graph.
 * Resolves identity across inputs (shared names in a type class, shared
 * lexicon ids, curation), picks each node's label (the longest name; ties the
 * bytewise smallest), type (fixed, else most votes; ties the lowest enum) and
 * id (lexicon id, else "<type>:<slug of label>", collisions suffixed "-2"...),
 * merges attributes, sources and evidence, and orders nodes by id and edges
 * by (subject, predicate, object). The result is independent of the order of
 * `parts` and reduce is associative: reduce(reduce(A,B),C) == reduce(A,B,C).
 * `parts` are not modified. `opts` may be NULL. Caller frees *out.
 */
OG_EXPORT int og_reduce(og_graph **out, const og_graph *const *parts, size_t n_parts,
                        const og_reduce_options *opts, og_error *err);

/* ------------------------------------------------------------------------ */
/* Subgraph selection                                                        */
/* ------------------------------------------------------------------------ */

typedef struct og_select_options {
    unsigned version;         /**< OG_SELECT_OPTIONS_VERSION */
    const char *ego;          /**< name, alias or id of the centre; NULL = none */
    unsigned depth;           /**< hops around ego (default 1) */
    unsigned types;           /**< bit (1u << og_node_type) per kept type; 0 = all */
    unsigned predicates;      /**< bit (1u << og_predicate) per kept predicate; 0 = all */
    double min_confidence;    /**< drop edges below this */
    size_t top;               /**< keep the N most connected nodes; 0 = all */
    int drop_isolated;        /**< drop nodes left without edges */
} og_select_options;
#define OG_SELECT_OPTIONS_VERSION 1
#define OG_SELECT_OPTIONS_INIT {OG_SELECT_OPTIONS_VERSION, NULL, 1, 0, 0, 0.0, 0, 0}

/**
 * Copies the selected part of `g` into a new graph (ids, labels, attributes
 * and evidence kept; order preserved). An unknown ego name is OG_ENOTFOUND
 * with close matches named in the message. Caller frees *out.
 */
OG_EXPORT int og_select(og_graph **out, const og_graph *g, const og_select_options *opts, og_error *err);

/**
 * Parses a comma-separated list of node type names ("Organisation,Standard";
 * case-insensitive, blanks around names ignored) into a og_select_options
 * `types` bitmask in *out. An unknown name is OG_ENOTFOUND naming it and the
 * known names; *out is then untouched. An empty list gives 0 (= all types).
 */
OG_EXPORT int og_select_parse_types(unsigned *out, const char *csv, og_error *err);
/** Same for predicate names ("part_of,develops") into a `predicates` bitmask. */
OG_EXPORT int og_select_parse_predicates(unsigned *out, const char *csv, og_error *err);

/** Default node cap of a rendered diagram (og_export_rendered): see og_diagram_trim(). */
#define OG_DIAGRAM_MAX_NODES 60

/**
 * The default view of a large graph for a diagram: when `g` has more than
 * `limit` nodes (0 = OG_DIAGRAM_MAX_NODES), *out receives a new graph of at
 * most `limit` nodes: the most connected ones (degree, ties by id), each
 * with up to 8 of its units and partners (part_of/partner_in subjects), and
 * the edges among them, without nodes left isolated; `warn` (may be NULL) is
 * told what was left out with a hint to use --top/--ego. Otherwise *out is
 * NULL (use `g` itself). Caller frees *out. O(V log V + E).
 * og_export_rendered() applies it; callers that selected explicitly (--ego,
 * --top) should pass their selection to the exporter with
 * og_export_options.diagram_max_nodes = OG_DIAGRAM_ALL.
 */
OG_EXPORT int og_diagram_trim(og_graph **out, const og_graph *g, size_t limit, og_warn_fn warn,
                              void *warn_payload, og_error *err);

/* ------------------------------------------------------------------------ */
/* Extraction                                                                */
/* ------------------------------------------------------------------------ */

/** Lexicon of known actors (id, name, type, aliases); opaque. */
typedef struct og_lexicon og_lexicon;
/** The lexicon shipped inside the library (no file needed). Caller frees. */
OG_EXPORT int og_lexicon_new_default(og_lexicon **out, og_error *err);
/** An empty lexicon. Caller frees. */
OG_EXPORT int og_lexicon_new_empty(og_lexicon **out, og_error *err);
/** Adds entries from a TSV file (id<TAB>name<TAB>type<TAB>alias|alias...). Errors name the line. */
OG_EXPORT int og_lexicon_add_file(og_lexicon *lex, const char *path, og_error *err);
/** Adds entries from TSV text in memory. */
OG_EXPORT int og_lexicon_add_tsv(og_lexicon *lex, const char *name, const char *text, size_t len, og_error *err);
OG_EXPORT size_t og_lexicon_size(const og_lexicon *lex);
OG_EXPORT void og_lexicon_free(og_lexicon *lex);

/** Input formats. OG_FORMAT_AUTO decides by file extension, then content. */
typedef enum og_doc_format { OG_FORMAT_AUTO = 0, OG_FORMAT_TEXT, OG_FORMAT_HTML } og_doc_format;

typedef struct og_extract_options {
    unsigned version;           /**< OG_EXTRACT_OPTIONS_VERSION */
    const og_lexicon *lexicon;  /**< borrowed; NULL = no lexicon */
    int keep_hedged;            /**< also emit hedged/negated relations (hedged=true, conf < 0.3) */
    unsigned max_evidence;      /**< 0 = default (5) */
    og_warn_fn warn;            /**< may be NULL */
    void *warn_payload;
} og_extract_options;
#define OG_EXTRACT_OPTIONS_VERSION 1
#define OG_EXTRACT_OPTIONS_INIT {OG_EXTRACT_OPTIONS_VERSION, NULL, 0, 0, NULL, NULL}

/**
 * Map step: extracts one document into a new fragment graph, using only this
 * document and the lexicon. `doc_name` is recorded in evidence and sources.
 * Bad bytes are repaired with a warning; an empty or binary document is
 * OG_EINPUT. Caller frees *out. Reduce fragments with og_reduce().
 */
OG_EXPORT int og_extract_document(og_graph **out, const char *doc_name, const char *data, size_t len,
                                  og_doc_format fmt, const og_extract_options *opts, og_error *err);

/* ------------------------------------------------------------------------ */
/* Export and import                                                         */
/* ------------------------------------------------------------------------ */

/** GraphML profiles. */
typedef enum og_graphml_profile { OG_PROFILE_PLAIN = 0, OG_PROFILE_GEPHI, OG_PROFILE_YED, OG_PROFILE_NEO4J } og_graphml_profile;

/** Options shared by all exporters; each reads what concerns it. */
typedef struct og_export_options {
    unsigned version;              /**< OG_EXPORT_OPTIONS_VERSION */
    og_graphml_profile profile;    /**< GraphML only */
    const char *base;              /**< JSON-LD/N-Quads base IRI; NULL = "urn:orgraph:" */
    const char *engine;            /**< layout engine; NULL = by size: dot up to 30 nodes, fdp up to 150, sfdp */
    const char *rankdir;           /**< "LR" or "TB"; NULL = "LR" */
    const char *cluster;           /**< NULL, "type" or "parent" */
    int legend;                    /**< DOT legend (default 1) */
    og_warn_fn warn;               /**< notes such as "switched to sfdp"; may be NULL */
    void *warn_payload;
    size_t diagram_max_nodes;      /**< rendered diagrams: node cap, 0 = OG_DIAGRAM_MAX_NODES,
                                        OG_DIAGRAM_ALL = no cap (set it after an explicit selection) */
} og_export_options;
#define OG_DIAGRAM_ALL ((size_t)-1)
#define OG_EXPORT_OPTIONS_VERSION 1
#define OG_EXPORT_OPTIONS_INIT {OG_EXPORT_OPTIONS_VERSION, OG_PROFILE_PLAIN, NULL, NULL, NULL, NULL, 1, NULL, NULL, 0}

/* Each exporter writes `g` to `out` (opts may be NULL = defaults). Returns 0
 * or <0 and fills err. They only read the graph. O(|V|+|E|) unless noted. */
OG_EXPORT int og_export_graphml(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err);
OG_EXPORT int og_export_dot(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err);
/**
 * Lays out with Graphviz (gvc) and renders: `format` is "svg", "png" or "pdf"
 * (else OG_ENOTFOUND). A graph with more than opts->diagram_max_nodes nodes
 * (default OG_DIAGRAM_MAX_NODES) is drawn as its most connected part, and
 * opts->warn says what was left out (see og_diagram_trim()). In-process, not
 * thread-safe (Graphviz is not). O(layout): seconds for a few hundred nodes.
 */
OG_EXPORT int og_export_rendered(const og_graph *g, const og_export_options *opts, const char *format,
                                 og_sink *out, og_error *err);
/**
 * JSON-LD 1.1: {"@context": {embedded}, "@graph": [nodes..., statements, evidence...]}.
 * Types map to schema.org classes where one fits, else https://orgraph.dev/ns#;
 * every @id is `opts->base` (NULL = "urn:orgraph:") + the percent-encoded
 * node id; every edge is a direct triple plus an rdf:Statement node with its
 * confidence, counts and evidence records; no blank nodes. Written one node
 * object at a time (memory O(largest node)). OG_EINVAL if the base is not an
 * absolute IRI or its scheme is a context term. See docs/linked-data.md.
 */
OG_EXPORT int og_export_jsonld(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err);
/** N-Quads with exactly the triples of og_export_jsonld(), in the graph <base graph/main>. */
OG_EXPORT int og_export_nquads(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err);
/** GEXF 1.3 (Gephi): typed attvalues, viz colour per type, size by degree, edge label = predicate,
 *  weight = confidence. See docs/analyst-formats.md. */
OG_EXPORT int og_export_gexf(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err);
/**
 * CSV pair DIR/nodes.csv + DIR/relationships.csv with neo4j-admin import
 * headers (RFC 4180 quoting, arrays ';'-joined); DIR is created if missing.
 * Both appear or neither: both are written to temp files first, then
 * renamed; on failure the temps are removed and old files are untouched.
 * OG_EIO names the path in err->file. See docs/analyst-formats.md.
 */
OG_EXPORT int og_export_csv_dir(const og_graph *g, const og_export_options *opts, const char *dir, og_error *err);

/** Exporter registry entry (the CLI, --help and the fuzzers read the same table). */
typedef struct og_exporter {
    const char *name;        /**< "graphml", "dot", "svg", "png", "pdf", "jsonld", "nquads", "gexf", "csv" */
    const char *extensions;  /**< space-separated, with dots: ".graphml" / ".dot .gv"; "" for csv */
    const char *description; /**< one line for --help */
    int binary;              /**< output is binary (png, pdf) */
    int directory;           /**< writes a folder (csv) */
    int (*write)(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err); /* NULL for csv */
} og_exporter;
/** The table; *count receives its length. Static. */
OG_EXPORT const og_exporter *og_exporters(size_t *count);
/** Finds an exporter by name ("graphml") or file extension (".gv", case-insensitive). NULL if none. */
OG_EXPORT const og_exporter *og_exporter_find(const char *name_or_ext);

/** Reads limits: nesting depth, attribute size; guard against hostile files. */
#define OG_GRAPHML_MAX_DEPTH 64
#define OG_GRAPHML_MAX_VALUE (16u << 20)

/**
 * Reads GraphML (orgraph's own or foreign: NetworkX, igraph, yEd) with a
 * streaming reader. No DTD loading, no external entities, no entity
 * expansion, bounded depth and value size. Malformed XML is OG_EINPUT with
 * line and column in `err`. Caller frees *out.
 */
OG_EXPORT int og_read_graphml_file(og_graph **out, const char *path, og_error *err);
OG_EXPORT int og_read_graphml_memory(og_graph **out, const char *name, const char *data, size_t len,
                                     og_error *err);

/* ------------------------------------------------------------------------ */
/* Fragments: the map step's output as NDJSON (see docs/scale.md)            */
/* ------------------------------------------------------------------------ */

/** Longest fragment line og_read_fragments_* accept by default (bytes, without the newline). */
#define OG_FRAGMENT_MAX_LINE ((size_t)1 << 30)
/** The "orgraph_fragment" format version written and accepted. */
#define OG_FRAGMENT_VERSION 1

/**
 * Writes `g` (a fragment from og_extract_document(), or any graph, reduced
 * or read) as ONE line of JSON followed by '\n': every field og_reduce()
 * reads (names, type votes, fixed type, lexicon id, id, typed attributes,
 * kept sources and counts, mentions, edges with kept evidence, counts,
 * confidence and hedged flag, declared keys, evidence cap), keys sorted,
 * compact, written one node/edge at a time. So og_reduce() of the line read
 * back equals og_reduce() of `g`, and write(read(line)) == line byte for
 * byte. `opts` is unused (may be NULL). O(|V|+|E|).
 */
OG_EXPORT int og_export_fragment(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err);

/**
 * Called once per fragment read, in file order. The callback takes
 * ownership of `frag` (it must og_graph_free() it, now or later). `line` is
 * the 1-based line the fragment was read from. Return 0 to go on; any other
 * value stops the reading and is returned by the reader.
 */
typedef int (*og_fragment_fn)(og_graph *frag, unsigned line, void *payload);

/**
 * Parses one fragment line (`len` bytes, no newline needed) into a new graph.
 * `name` and `line` are used in error messages (file:line:column). Bad JSON
 * or a field of the wrong shape is OG_EINPUT. Caller frees *out.
 */
OG_EXPORT int og_read_fragment_line(og_graph **out, const char *name, unsigned line, const char *data, size_t len,
                                    og_error *err);
/**
 * Streams NDJSON fragments from memory, one line at a time (blank lines are
 * skipped; "\r\n" accepted): for each line, og_read_fragment_line() then
 * fn(). A line longer than `max_line` bytes (0 = OG_FRAGMENT_MAX_LINE) is
 * OG_EINPUT naming the line. Returns 0, the first error, or fn's non-zero value.
 */
OG_EXPORT int og_read_fragments_memory(const char *name, const char *data, size_t len, size_t max_line,
                                       og_fragment_fn fn, void *payload, og_error *err);
/**
 * Same for a file read in chunks (memory: the longest line); `path` "-" is
 * standard input. Unreadable file: OG_EIO with the path in err->file.
 */
OG_EXPORT int og_read_fragments_file(const char *path, size_t max_line, og_fragment_fn fn, void *payload,
                                     og_error *err);

#ifdef __cplusplus
}
#endif
#endif /* ORGRAPH_H */
