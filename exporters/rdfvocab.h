/*
 * rdfvocab.h - the RDF vocabulary of orgraph and the one walk over a graph
 * that both linked-data writers (JSON-LD, N-Quads) share (private to og_export).
 *
 * The JSON-LD and N-Quads exporters must produce the same triples. Rather
 * than keep two mappings in step by hand, the mapping lives here once: the
 * class and property tables (JSON-LD term + absolute IRI + declared datatype)
 * and og__rdf_walk(), which visits every subject of the graph and every
 * (property, value) pair in a fixed order. jsonld.c turns the visit into one
 * node object per subject; nquads.c into one line per value.
 *
 * Namespaces: schema.org as `http://schema.org/` (what schema.org's own
 * JSON-LD context expands to), orgraph's vocabulary as OG__RDF_NS.
 */
#ifndef OG_EXPORTERS_RDFVOCAB_H
#define OG_EXPORTERS_RDFVOCAB_H

#include <stddef.h>
#include <stdint.h>

#include "../graph/buf.h"
#include "orgraph.h"

#define OG__RDF_NS "https://orgraph.dev/ns#"
#define OG__SCHEMA_NS "http://schema.org/"
#define OG__RDF_RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define OG__RDF_XSD_NS "http://www.w3.org/2001/XMLSchema#"
#define OG__RDF_TYPE OG__RDF_RDF_NS "type"
#define OG__RDF_DEFAULT_BASE "urn:orgraph:"

/** Kinds of object values in the walk. */
typedef enum og__rdf_kind {
    OG__RDF_IRI = 0, /* s: an absolute IRI */
    OG__RDF_STRING,  /* s: a plain literal (xsd:string), valid UTF-8 */
    OG__RDF_INTEGER, /* i: xsd:integer */
    OG__RDF_DOUBLE,  /* d: xsd:double, already rounded to 15 significant digits */
    OG__RDF_BOOLEAN  /* i: 0 or 1, xsd:boolean */
} og__rdf_kind;

/**
 * A property. `term` is its JSON-LD context term, NULL for properties made
 * up on the fly (foreign attributes): then JSON-LD uses `iri` as the key.
 * `coerce` is the datatype the context declares for the term; `coerced` is 0
 * when the term has no "@type" (schema:url: an IRI or a literal).
 */
typedef struct og__rdf_prop {
    const char *term;
    const char *iri;
    og__rdf_kind coerce;
    int coerced;
} og__rdf_prop;

/** A class: JSON-LD term and absolute IRI. */
typedef struct og__rdf_class {
    const char *term;
    const char *iri;
} og__rdf_class;

/** One object value; strings are borrowed for the duration of the callback. */
typedef struct og__rdf_value {
    og__rdf_kind kind;
    const char *s;
    size_t len; /* of s */
    int64_t i;
    double d;
} og__rdf_value;

/**
 * What og__rdf_walk() calls. `subject` starts a subject (its rdf:type is
 * `cls`), `value` adds one triple to it, `end` finishes it. Each returns 0 or
 * a negative og_status, which stops the walk and is returned. `ctx` is the
 * visitor's; strings passed in are borrowed for the call only.
 */
typedef struct og__rdf_visitor {
    int (*subject)(void *ctx, const char *iri, const og__rdf_class *cls);
    int (*value)(void *ctx, const og__rdf_prop *p, const og__rdf_value *v);
    int (*end)(void *ctx);
    void *ctx;
} og__rdf_visitor;

/** Namespace prefixes the JSON-LD context declares: {prefix, IRI}, NULL-terminated. */
extern const char *const og__rdf_prefixes[][2];
/** Every fixed property (for the JSON-LD context), and how many. */
extern const og__rdf_prop og__rdf_props[];
extern const size_t og__rdf_prop_count;
/** Every class (for the JSON-LD context), and how many. */
extern const og__rdf_class og__rdf_classes[];
extern const size_t og__rdf_class_count;

/** Class of a node type (OG_THING and out-of-range -> og:Thing). Static. */
const og__rdf_class *og__rdf_type_class(og_node_type t);
/** Property of a predicate (out of range -> og:relatedTo). Static. */
const og__rdf_prop *og__rdf_predicate_prop(og_predicate p);

/**
 * Checks `base` (NULL -> OG__RDF_DEFAULT_BASE) as a base IRI: an absolute
 * ASCII URI (RFC 3986) whose scheme does not collide with a JSON-LD context
 * term. Returns the base to use, or NULL and fills `err` (OG_EINVAL).
 */
const char *og__rdf_base(const og_export_options *opts, og_error *err);

/**
 * 1 if `s` is an absolute ASCII URI per RFC 3986 (scheme, authority with a
 * numeric port, path/query/fragment characters, %HH escapes), else 0. The
 * strict check oxigraph and Jena apply; websites failing it become literals.
 */
int og__rdf_is_absolute_iri(const char *s);

/**
 * Appends `s` to `b` with every byte that is not an unreserved or sub-delim
 * character, ':' or '@' percent-encoded (so '/', '?', '#', '%' and all
 * non-ASCII bytes are %HH; "." and ".." are encoded whole). Injective.
 */
void og__rdf_append_encoded(og__buf *b, const char *s);

/**
 * Returns `s` when it is valid UTF-8, else a copy in `scratch` with each
 * invalid, overlong, surrogate or truncated sequence replaced by U+FFFD
 * (borrowed until the next use of `scratch`). `*len` receives the length.
 * NULL only on OOM. `s` NULL is "".
 */
const char *og__rdf_utf8(og__buf *scratch, const char *s, size_t *len);

/** Rounds `d` to 15 significant digits (what JSON-LD carries); -0 -> 0. */
double og__rdf_round(double d);

/**
 * Canonical xsd:double lexical form as JSON-LD 1.1's toRDF writes it
 * (`9.0E-1`, `1.0E0`, `NaN`, `INF`, `-INF`). `out` needs 40 bytes.
 */
void og__rdf_double_lexical(char out[40], double d);

/**
 * Walks `g` under `base`: every node (in index order: rdf:type, identifier,
 * name, aliases, attributes, sources, counts, then its outgoing edges grouped
 * by predicate), then for every edge its statement node (rdf:Statement with
 * subject/predicate/object, confidence, evidenceCount, hedged, evidence links,
 * foreign attributes) followed by one og:Evidence node per kept record.
 * O(|V| + |E| + evidence); allocates O(|V| + |E|) for the edge grouping.
 * Returns 0 or the first negative status (from the visitor or OOM).
 */
int og__rdf_walk(const og_graph *g, const char *base, const og__rdf_visitor *v, og_error *err);

#endif
