/*
 * common.c - helpers every exporter may use: a scratch buffer, XML-1.0
 * sanitising of UTF-8 text, Okabe-Ito colours per node type, "|"-joined
 * aliases and sources, the evidence JSON array (jansson) and an
 * xmlTextWriter that writes through an og_sink.
 *
 * It does not write any format itself and never modifies a graph. Strings
 * handed to libxml2 or jansson must pass through og__xml_clean() first:
 * libxml2 2.9 copies bytes such as 0x01 and U+FFFE raw into the output and
 * the file is then rejected by every XML parser.
 */
#include "common.h"

#include <jansson.h>
#include <libxml/globals.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- scratch buffer ---------------------------------------------------- */

void og__xbuf_clear(og__xbuf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

static int xbuf_grow(og__xbuf *b, size_t extra)
{
    if (b->failed)
        return OG_ENOMEM;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    if (extra > ((size_t)-1) / 2 - b->len) {
        b->failed = 1;
        return OG_ENOMEM;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap += cap / 2;
    char *p = og_realloc(b->ptr, cap);
    if (!p) {
        b->failed = 1;
        return OG_ENOMEM;
    }
    b->ptr = p;
    b->cap = cap;
    return 0;
}

int og__xbuf_put(og__xbuf *b, const char *s, size_t len)
{
    if (xbuf_grow(b, len) != 0)
        return OG_ENOMEM;
    if (len)
        memcpy(b->ptr + b->len, s, len);
    b->len += len;
    b->ptr[b->len] = '\0';
    return 0;
}

int og__xbuf_puts(og__xbuf *b, const char *s)
{
    return og__xbuf_put(b, s ? s : "", s ? strlen(s) : 0);
}

const char *og__xbuf_cstr(const og__xbuf *b)
{
    return b->ptr ? b->ptr : "";
}

void og__xbuf_free(og__xbuf *b)
{
    og_free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

/* ---- XML 1.0 sanitising ------------------------------------------------ */

/*
 * Looks at the UTF-8 sequence at s[0..n). Returns its length when it is a
 * legal XML 1.0 character; returns minus its length when it is well-formed
 * but a code point XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE,
 * U+FFFF): the whole sequence becomes one U+FFFD; returns 0 for bytes that
 * are not UTF-8 (bad lead, overlong, truncated): that byte becomes U+FFFD.
 */
static int seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return (c >= 0x20 || c == 0x09 || c == 0x0A || c == 0x0D) ? 1 : -1;
    if (c >= 0xC2 && c <= 0xDF)
        return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return -3; /* surrogate */
        if (c == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
            return -3; /* U+FFFE, U+FFFF */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0; /* overlong */
        if (c == 0xF4 && s[1] >= 0x90)
            return 0; /* above U+10FFFF */
        return 4;
    }
    return 0;
}

int og__xml_is_clean(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (p[i] >= 0x20 && p[i] < 0x80) {
            i++;
            continue;
        }
        int k = seq(p + i, len - i);
        if (k <= 0)
            return 0;
        i += (size_t)k;
    }
    return 1;
}

int og__xml_clean_append(og__xbuf *b, const char *s, size_t len)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, run = 0; /* run: start of the pending clean stretch */
    while (i < len) {
        int k = (p[i] >= 0x20 && p[i] < 0x80) ? 1 : seq(p + i, len - i);
        if (k > 0) {
            i += (size_t)k;
            continue;
        }
        if (og__xbuf_put(b, s + run, i - run) || og__xbuf_put(b, fffd, 3))
            return OG_ENOMEM;
        i += k < 0 ? (size_t)-k : 1; /* a forbidden character, or one bad byte */
        run = i;
    }
    return og__xbuf_put(b, s + run, len - run);
}

const char *og__xml_clean(og__xbuf *scratch, const char *s)
{
    if (!s)
        return "";
    size_t len = strlen(s);
    if (og__xml_is_clean(s, len))
        return s;
    og__xbuf_clear(scratch);
    if (og__xml_clean_append(scratch, s, len) != 0)
        return NULL;
    return og__xbuf_cstr(scratch);
}

/* ---- colours ----------------------------------------------------------- */

/* Okabe & Ito (2008) palette; Place and Thing take its neutral grey and white. */
static const struct {
    const char *hex, *text;
    unsigned char r, g, b;
} colours[OG_NODE_TYPE_COUNT] = {
    [OG_ORGANISATION] = {"#0072B2", "#FFFFFF", 0x00, 0x72, 0xB2}, /* blue */
    [OG_INITIATIVE] = {"#E69F00", "#000000", 0xE6, 0x9F, 0x00},   /* orange */
    [OG_STANDARD] = {"#009E73", "#FFFFFF", 0x00, 0x9E, 0x73},     /* bluish green */
    [OG_PARTNERSHIP] = {"#CC79A7", "#000000", 0xCC, 0x79, 0xA7},  /* reddish purple */
    [OG_AGREEMENT] = {"#D55E00", "#FFFFFF", 0xD5, 0x5E, 0x00},    /* vermillion */
    [OG_EVENT] = {"#F0E442", "#000000", 0xF0, 0xE4, 0x42},        /* yellow */
    [OG_PERSON] = {"#56B4E9", "#000000", 0x56, 0xB4, 0xE9},       /* sky blue */
    [OG_PLACE] = {"#999999", "#000000", 0x99, 0x99, 0x99},        /* grey */
    [OG_TOPIC] = {"#000000", "#FFFFFF", 0x00, 0x00, 0x00},        /* black */
    [OG_THING] = {"#FFFFFF", "#000000", 0xFF, 0xFF, 0xFF},        /* white */
};

static og_node_type clamp_type(og_node_type t)
{
    return ((unsigned)t < OG_NODE_TYPE_COUNT) ? t : OG_THING;
}

const char *og__type_colour(og_node_type t)
{
    return colours[clamp_type(t)].hex;
}

const char *og__type_text_colour(og_node_type t)
{
    return colours[clamp_type(t)].text;
}

void og__type_rgb(og_node_type t, int *r, int *g, int *b)
{
    t = clamp_type(t);
    *r = colours[t].r;
    *g = colours[t].g;
    *b = colours[t].b;
}

/* ---- joined lists ------------------------------------------------------ */

/* Appends the `count` strings at(g, n, 0..count-1) joined by "|". */
static int join_node_list(og__xbuf *b, const og_graph *g, og_node_id n, size_t count,
                          const char *(*at)(const og_graph *, og_node_id, size_t))
{
    for (size_t i = 0; i < count; i++) {
        if ((i && og__xbuf_put(b, "|", 1)) || og__xbuf_puts(b, at(g, n, i)))
            return OG_ENOMEM;
    }
    return 0;
}

int og__join_aliases(og__xbuf *b, const og_graph *g, og_node_id n)
{
    return join_node_list(b, g, n, og_graph_node_alias_count(g, n), og_graph_node_alias);
}

int og__join_node_sources(og__xbuf *b, const og_graph *g, og_node_id n)
{
    return join_node_list(b, g, n, og_graph_node_sources_kept(g, n), og_graph_node_source);
}

int og__join_edge_sources(og__xbuf *b, const og_graph *g, og_edge_id e)
{
    size_t count = og_graph_edge_evidence_kept(g, e);
    const char *prev = NULL;
    int first = 1;
    for (size_t i = 0; i < count; i++) {
        const og_evidence *ev = og_graph_edge_evidence(g, e, i);
        if (!ev || !ev->doc || !ev->doc[0] || (prev && strcmp(prev, ev->doc) == 0))
            continue;
        if ((!first && og__xbuf_put(b, "|", 1)) || og__xbuf_puts(b, ev->doc))
            return OG_ENOMEM;
        first = 0;
        prev = ev->doc;
    }
    return 0;
}

/* ---- evidence JSON ----------------------------------------------------- */

static int dump_cb(const char *buf, size_t size, void *data)
{
    return og__xbuf_put(data, buf, size) == 0 ? 0 : -1;
}

/* json string of cleaned `s`; NULL on failure. */
static json_t *clean_string(og__xbuf *tmp, const char *s)
{
    const char *c = og__xml_clean(tmp, s ? s : "");
    return c ? json_string(c) : NULL;
}

int og__evidence_json(og__xbuf *b, const og_graph *g, og_edge_id e)
{
    size_t count = og_graph_edge_evidence_kept(g, e);
    json_t *arr = json_array();
    og__xbuf tmp = OG__XBUF_INIT;
    int rc = arr ? 0 : OG_ENOMEM;
    for (size_t i = 0; rc == 0 && i < count; i++) {
        const og_evidence *ev = og_graph_edge_evidence(g, e, i);
        if (!ev)
            continue;
        double conf = isfinite(ev->confidence) ? ev->confidence : 0.0;
        json_t *o = json_object();
        if (!o || json_array_append_new(arr, o) != 0 ||
            json_object_set_new(o, "doc", clean_string(&tmp, ev->doc)) != 0 ||
            json_object_set_new(o, "line", json_integer((json_int_t)ev->line)) != 0 ||
            json_object_set_new(o, "col", json_integer((json_int_t)ev->column)) != 0 ||
            json_object_set_new(o, "sentence", clean_string(&tmp, ev->sentence)) != 0 ||
            json_object_set_new(o, "confidence", json_real(conf)) != 0)
            rc = OG_ENOMEM;
    }
    if (rc == 0 &&
        json_dump_callback(arr, dump_cb, b, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15)) != 0)
        rc = OG_ENOMEM; /* values are checked when built (json_string refuses bad
                         * UTF-8, json_real NaN), so a dump fails only when jansson
                         * or our buffer cannot allocate */
    json_decref(arr);
    og__xbuf_free(&tmp);
    return rc;
}

/* ---- numbers ----------------------------------------------------------- */

int og__format_nonfinite(char out[8], double d)
{
    if (isnan(d))
        strcpy(out, "NaN");
    else if (isinf(d))
        strcpy(out, d > 0 ? "INF" : "-INF");
    else
        return 0;
    return 1;
}

void og__format_double(char out[32], double d)
{
    if (og__format_nonfinite(out, d))
        return;
    snprintf(out, 32, "%.15g", d);
    if (strtod(out, NULL) != d)
        snprintf(out, 32, "%.17g", d);
}

/* ---- xmlTextWriter over a sink ----------------------------------------- */

static int sink_write_cb(void *ctx, const char *buf, int len)
{
    if (len <= 0)
        return 0;
    return og_sink_write(ctx, buf, (size_t)len) == 0 ? len : -1;
}

static int sink_close_cb(void *ctx)
{
    (void)ctx; /* the sink is the caller's: closing it is their decision */
    return 0;
}

xmlTextWriterPtr og__xml_writer_for_sink(og_sink *sink)
{
    xmlOutputBufferPtr ob = xmlOutputBufferCreateIO(sink_write_cb, sink_close_cb, sink, NULL);
    if (!ob)
        return NULL;
    xmlTextWriterPtr w = xmlNewTextWriter(ob); /* takes ob, frees it with the writer */
    if (!w)
        xmlOutputBufferClose(ob);
    return w;
}

/* ---- a document through xmlTextWriter ---------------------------------- */

/* libxml2 reports a failing output callback on its error channel ("I/O
 * error : flush error" on stderr); the failure reaches the caller through
 * the sink's sticky status instead. */
static void quiet_xml_error(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    (void)e;
}

void og__xw_check(og__xw *x, int libxml_rc)
{
    if (libxml_rc < 0 && !x->rc)
        x->rc = OG_EIO;
}

int og__xw_begin(og__xw *x, og_sink *sink)
{
    memset(x, 0, sizeof *x);
    x->sink = sink;
    x->old_fn = xmlStructuredError;
    x->old_ctx = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(NULL, quiet_xml_error);
    x->w = og__xml_writer_for_sink(sink);
    if (!x->w)
        return x->rc = OG_ENOMEM;
    og__xw_check(x, xmlTextWriterSetIndent(x->w, 1));
    og__xw_check(x, xmlTextWriterSetIndentString(x->w, BAD_CAST "  "));
    og__xw_check(x, xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL));
    return x->rc;
}

void og__xw_start(og__xw *x, const char *prefix, const char *el)
{
    if (x->rc)
        return;
    if (prefix)
        og__xw_check(x, xmlTextWriterStartElementNS(x->w, BAD_CAST prefix, BAD_CAST el, NULL));
    else
        og__xw_check(x, xmlTextWriterStartElement(x->w, BAD_CAST el));
}

void og__xw_end(og__xw *x)
{
    if (!x->rc)
        og__xw_check(x, xmlTextWriterEndElement(x->w));
}

/* `value` XML-cleaned into x->clean; NULL (and x->rc set) after a failure. */
static const char *xw_clean(og__xw *x, const char *value)
{
    if (x->rc)
        return NULL;
    const char *c = og__xml_clean(&x->clean, value);
    if (!c)
        x->rc = OG_ENOMEM;
    return c;
}

void og__xw_attr(og__xw *x, const char *name, const char *value)
{
    const char *c = xw_clean(x, value);
    if (c)
        og__xw_check(x, xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST c));
}

void og__xw_text(og__xw *x, const char *value)
{
    const char *c = xw_clean(x, value);
    if (c)
        og__xw_check(x, xmlTextWriterWriteString(x->w, BAD_CAST c));
}

int og__xw_finish(og__xw *x)
{
    if (x->w && !x->rc) {
        og__xw_check(x, xmlTextWriterEndDocument(x->w));
        og__xw_check(x, xmlTextWriterFlush(x->w));
    }
    if (x->w)
        xmlFreeTextWriter(x->w);
    x->w = NULL;
    xmlSetStructuredErrorFunc(x->old_ctx, x->old_fn);
    og__xbuf_free(&x->clean);
    if (x->sink && og_sink_status(x->sink))
        return og_sink_status(x->sink);
    return x->rc ? OG_ENOMEM : 0;
}

/* ---- string map -------------------------------------------------------- */

static uint32_t hash_bytes(const char *s, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static og__strmap_slot *find_slot(const og__strmap *m, const char *s, size_t len, uint32_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        og__strmap_slot *sl = &m->slots[i];
        if (sl->off == (size_t)-1)
            return sl;
        if (sl->hash == h && memcmp(m->arena.ptr + sl->off, s, len) == 0 && m->arena.ptr[sl->off + len] == '\0')
            return sl;
    }
}

int og__strmap_get(const og__strmap *m, const char *s, size_t len, uint32_t *val)
{
    if (!m->cap)
        return 0;
    og__strmap_slot *sl = find_slot(m, s, len, hash_bytes(s, len));
    if (sl->off == (size_t)-1)
        return 0;
    if (val)
        *val = sl->val;
    return 1;
}

const char *og__strmap_key(const og__strmap *m, const char *s, size_t len)
{
    if (!m->cap)
        return NULL;
    og__strmap_slot *sl = find_slot(m, s, len, hash_bytes(s, len));
    return sl->off == (size_t)-1 ? NULL : m->arena.ptr + sl->off;
}

static int strmap_grow(og__strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    og__strmap_slot *slots = og_malloc(cap * sizeof *slots);
    if (!slots)
        return OG_ENOMEM;
    for (size_t i = 0; i < cap; i++)
        slots[i].off = (size_t)-1;
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].off == (size_t)-1)
            continue;
        size_t j = m->slots[i].hash & (cap - 1);
        while (slots[j].off != (size_t)-1)
            j = (j + 1) & (cap - 1);
        slots[j] = m->slots[i];
    }
    og_free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

int og__strmap_put(og__strmap *m, const char *s, size_t len, uint32_t val)
{
    if ((m->count + 1) * 4 > m->cap * 3 && strmap_grow(m) != 0)
        return OG_ENOMEM;
    uint32_t h = hash_bytes(s, len);
    og__strmap_slot *sl = find_slot(m, s, len, h);
    if (sl->off != (size_t)-1) {
        sl->val = val;
        return 0;
    }
    size_t off = m->arena.len;
    if (og__xbuf_put(&m->arena, s, len) != 0 || og__xbuf_put(&m->arena, "", 1) != 0)
        return OG_ENOMEM;
    sl->off = off;
    sl->hash = h;
    sl->val = val;
    m->count++;
    return 0;
}

void og__strmap_free(og__strmap *m)
{
    og__xbuf_free(&m->arena);
    og_free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}
