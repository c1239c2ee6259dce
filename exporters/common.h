/*
 * common.h - helpers shared by the exporters (private to og_export).
 *
 * XML-1.0 sanitising, colour per node type, "|"-joined aliases and sources,
 * the evidence JSON array, a growable scratch buffer and an xmlTextWriter over
 * an og_sink. Nothing here owns a graph; every function only reads it.
 */
#ifndef OG_EXPORTERS_COMMON_H
#define OG_EXPORTERS_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/xmlwriter.h>

#include "orgraph.h"

/*
 * Scratch buffer reused across many strings so a 1M-node export does not
 * allocate per value. `ptr` is NULL until the first append (then always
 * NUL-terminated); `failed` is sticky after an allocation failure.
 * Owner: the caller; release with og__xbuf_free().
 */
typedef struct og__xbuf {
    char *ptr;
    size_t len, cap;
    int failed;
} og__xbuf;
#define OG__XBUF_INIT {NULL, 0, 0, 0}

/** Empties the buffer (keeps its memory). */
void og__xbuf_clear(og__xbuf *b);
/** Appends `len` bytes. Returns 0 or OG_ENOMEM (and sets `failed`). */
int og__xbuf_put(og__xbuf *b, const char *s, size_t len);
/** Appends a NUL-terminated string. */
int og__xbuf_puts(og__xbuf *b, const char *s);
/** The contents as a NUL-terminated string ("" when empty); borrowed. */
const char *og__xbuf_cstr(const og__xbuf *b);
/** Frees the memory; the buffer is OG__XBUF_INIT afterwards. */
void og__xbuf_free(og__xbuf *b);

/**
 * Appends `s` (`len` bytes; may contain NUL) to `b` with every code point
 * XML 1.0 forbids (C0 controls except TAB/LF/CR, NUL, U+FFFE, U+FFFF,
 * surrogates) and every invalid, overlong or truncated UTF-8 sequence
 * replaced by U+FFFD. The result is always valid UTF-8 and legal XML 1.0
 * character data. Returns 0 or OG_ENOMEM.
 */
int og__xml_clean_append(og__xbuf *b, const char *s, size_t len);

/** 1 if `s` (`len` bytes) is already legal XML 1.0 UTF-8 text, else 0. O(len). */
int og__xml_is_clean(const char *s, size_t len);

/**
 * Returns `s` itself when it is clean, else a cleaned copy held in `scratch`
 * (borrowed until the next use of `scratch`). NULL only on OOM. `s` NULL is "".
 */
const char *og__xml_clean(og__xbuf *scratch, const char *s);

/** Okabe-Ito (colour-blind-safe) fill colour "#RRGGBB" for a node type. Static. */
const char *og__type_colour(og_node_type t);
/** Readable text colour on og__type_colour(t): "#000000" or "#FFFFFF". Static. */
const char *og__type_text_colour(og_node_type t);
/** The colour as 0-255 components (Gephi's r/g/b). */
void og__type_rgb(og_node_type t, int *r, int *g, int *b);

/** Appends node `n`'s aliases joined by "|" (sorted, as the graph keeps them). */
int og__join_aliases(og__xbuf *b, const og_graph *g, og_node_id n);
/** Appends node `n`'s kept sources joined by "|". */
int og__join_node_sources(og__xbuf *b, const og_graph *g, og_node_id n);
/** Appends edge `e`'s distinct evidence documents, in evidence order, joined by "|". */
int og__join_edge_sources(og__xbuf *b, const og_graph *g, og_edge_id e);

/**
 * Appends the kept evidence of edge `e` as a compact JSON array built with
 * jansson: [{"doc":..,"line":..,"col":..,"sentence":..,"confidence":..}, ...]
 * (keys in that order, strings XML-cleaned, reals with 15 significant
 * digits so a read-back writes the same bytes). "[]" without evidence.
 * Returns 0 or OG_ENOMEM (jansson or the buffer could not allocate).
 */
int og__evidence_json(og__xbuf *b, const og_graph *g, og_edge_id e);

/** Writes "NaN", "INF" or "-INF" (the XSD spelling) and returns 1 when `d`
 *  is not finite; returns 0 and leaves `out` alone otherwise. */
int og__format_nonfinite(char out[8], double d);

/**
 * Formats a double as the shortest of %.15g/%.17g that reads back to the same
 * value; "NaN", "INF", "-INF" for the non-finite ones (GraphML/XSD spelling).
 * `out` needs 32 bytes. Locale-independent for the "C" locale only.
 */
void og__format_double(char out[32], double d);

/**
 * A new xmlTextWriter writing UTF-8 into `sink` through an xmlOutputBuffer
 * (libxml2 buffers; the sink sees few large writes). The sink stays the
 * caller's: xmlFreeTextWriter() flushes but does not free or close it.
 * Returns NULL on OOM. Caller frees with xmlFreeTextWriter().
 */
xmlTextWriterPtr og__xml_writer_for_sink(og_sink *sink);

/*
 * An XML document being written through an og_sink with xmlTextWriter, the
 * boilerplate the GraphML and GEXF writers share: two-space indentation, the
 * UTF-8 declaration, XML-cleaning of every value, one sticky status, and
 * libxml2's error reports kept off stderr while it runs. Every call after
 * a failure does nothing. Owner: the caller's stack; og__xw_finish()
 * releases everything (also after a failed og__xw_begin()).
 */
typedef struct og__xw {
    xmlTextWriterPtr w;
    og_sink *sink;       /* borrowed */
    og__xbuf clean;      /* og__xml_clean scratch */
    int rc;              /* 0, OG_ENOMEM, or OG_EIO (a libxml2 call failed) */
    xmlStructuredErrorFunc old_fn; /* libxml2's handler, restored by finish */
    void *old_ctx;
} og__xw;

/** Starts the document (`<?xml version="1.0" encoding="UTF-8"?>`). Returns 0 or OG_ENOMEM. */
int og__xw_begin(og__xw *x, og_sink *sink);
/** Records the result of a direct libxml2 writer call (negative = failed). */
void og__xw_check(og__xw *x, int libxml_rc);
/** Opens element `el`, as `prefix:el` when `prefix` is not NULL. */
void og__xw_start(og__xw *x, const char *prefix, const char *el);
/** Closes the innermost open element. */
void og__xw_end(og__xw *x);
/** Writes attribute `name` (orgraph's own ASCII) with `value` XML-cleaned; NULL is "". */
void og__xw_attr(og__xw *x, const char *name, const char *value);
/** Writes character data, XML-cleaned; NULL is "". */
void og__xw_text(og__xw *x, const char *value);
/**
 * Ends and flushes the document when nothing failed, frees the writer and
 * scratch and restores libxml2's error handler. Returns 0, the sink's
 * sticky status when it failed (OG_EIO: the disk), else OG_ENOMEM for any
 * other failure: every name is fixed and every value cleaned, so libxml2
 * failing without a write failure means it could not allocate.
 */
int og__xw_finish(og__xw *x);

/*
 * String -> uint32 map with its own string arena (one allocation per growth,
 * not per key). Used by the GraphML writer (extra key names) and reader (key
 * ids, node ids). Owner: the caller; og__strmap_free() releases everything.
 */
typedef struct og__strmap_slot {
    size_t off; /* into arena; (size_t)-1 = empty */
    uint32_t hash, val;
} og__strmap_slot;
typedef struct og__strmap {
    og__xbuf arena;
    og__strmap_slot *slots;
    size_t cap, count;
} og__strmap;
#define OG__STRMAP_INIT {OG__XBUF_INIT, NULL, 0, 0}

/** Looks `s` (`len` bytes) up: 1 and *val when present, else 0. */
int og__strmap_get(const og__strmap *m, const char *s, size_t len, uint32_t *val);
/** Inserts or replaces. Returns 0 or OG_ENOMEM. */
int og__strmap_put(og__strmap *m, const char *s, size_t len, uint32_t val);
/** The stored copy of a key found by og__strmap_get (borrowed until the next put). */
const char *og__strmap_key(const og__strmap *m, const char *s, size_t len);
void og__strmap_free(og__strmap *m);

#endif
