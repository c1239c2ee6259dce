/*
 * fragment.c - og_export_fragment: one graph as one NDJSON line.
 *
 * Does: writes every field og_reduce() reads, so that a fragment (the map
 * step's output for one document), or a reduced graph, can travel between
 * processes and machines and be reduced later with the same result:
 *
 *   {"edges":[{"confidence":0.8,"evidence":[{"col":1,"confidence":0.8,
 *     "doc":"a.txt","line":3,"sentence":"..."}],"evidence_count":1,"o":1,
 *     "p":"partner_in","s":0},...],
 *    "keys":{"edge":[],"node":[["acronym","string"]]},
 *    "max_evidence":5,
 *    "nodes":[{"aliases":["ITU"],"attrs":{"acronym":"ITU"},"label":"...",
 *      "mentions":2,"source_count":1,"sources":["a.txt"],"type":"Organisation",
 *      "votes":{"Organisation":2}},...],
 *    "orgraph_fragment":1}
 *
 * Optional node fields ("aliases", "attrs", "fixed", "id", "lexicon_id",
 * "sources") and edge fields ("attrs", "evidence", "hedged") appear only when
 * set. Edges name their nodes by index in "nodes". Keys are sorted at every
 * level (JSON_SORT_KEYS) and the output is compact, so the line is exactly
 * what json_dumps(whole object, JSON_SORT_KEYS|JSON_COMPACT) would give; it
 * is built one node/edge object at a time (memory O(largest node)), only the
 * top-level framing is written by hand. Doubles use 17 significant digits
 * (they read back to the same bits); non-finite attribute doubles are
 * written as the strings "nan", "inf", "-inf".
 * Does not: read fragments (fragment_read.c) or modify the graph. A string
 * that is not valid UTF-8 (JSON cannot carry it) is OG_EINPUT.
 */
#include <math.h>
#include <string.h>

#include <jansson.h>

#include "../graph/buf.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(17))

typedef struct fw {
    og_sink *out;
    og__buf text; /* one element being dumped */
    og_error *err;
    int bad_utf8; /* a string could not become JSON */
} fw;

static int buf_cb(const char *buf, size_t size, void *data)
{
    return og__buf_put((og__buf *)data, buf, size) == 0 ? 0 : -1;
}

/* json_string, noting invalid UTF-8 (jansson refuses it) apart from OOM. */
static json_t *jstr(fw *w, const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (!j) {
        json_t *probe = json_string_nocheck(s); /* succeeds: the bytes were the problem, not memory */
        if (probe)
            w->bad_utf8 = 1;
        json_decref(probe);
    }
    return j;
}

/* Sets o[k] = v (stealing v); -1 when v is NULL or on OOM. */
static int put(json_t *o, const char *k, json_t *v)
{
    return v && json_object_set_new(o, k, v) == 0 ? 0 : -1;
}

static int append(json_t *a, json_t *v)
{
    return v && json_array_append_new(a, v) == 0 ? 0 : -1;
}

static const char *kind_name(og_value_kind k)
{
    switch (k) {
    case OG_VAL_INT: return "int";
    case OG_VAL_DOUBLE: return "double";
    case OG_VAL_BOOL: return "boolean";
    default: return "string";
    }
}

static json_t *value_json(fw *w, const og_value *v)
{
    switch (v->kind) {
    case OG_VAL_INT: return json_integer((json_int_t)v->u.i);
    case OG_VAL_DOUBLE:
        if (isnan(v->u.d))
            return json_string("nan");
        if (isinf(v->u.d))
            return json_string(v->u.d > 0 ? "inf" : "-inf");
        return json_real(v->u.d);
    case OG_VAL_BOOL: return json_boolean(v->u.b);
    default: return jstr(w, v->u.s);
    }
}

/* Dumps one element (with a leading ',' unless first) into the sink. */
static int emit(fw *w, json_t *j, int first)
{
    og__buf_clear(&w->text);
    if (!first)
        og__buf_putc(&w->text, ',');
    int rc = 0;
    if (json_dump_callback(j, buf_cb, &w->text, DUMP_FLAGS) != 0)
        rc = OG_ENOMEM;
    else if (og__buf_failed(&w->text))
        rc = OG_ENOMEM;
    if (!rc)
        rc = og_sink_write(w->out, w->text.ptr, w->text.len);
    return rc;
}

static json_t *node_json(fw *w, const og_graph *g, og_node_id n)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    int bad = put(o, "label", jstr(w, og_graph_node_label(g, n)));
    bad |= put(o, "type", json_string(og_node_type_name(og_graph_node_type(g, n))));
    bad |= put(o, "mentions", json_integer((json_int_t)og_graph_node_mentions(g, n)));
    bad |= put(o, "source_count", json_integer((json_int_t)og_graph_node_source_count(g, n)));
    if (og_graph_node_type_fixed(g, n))
        bad |= put(o, "fixed", json_true());
    if (og_graph_node_id(g, n))
        bad |= put(o, "id", jstr(w, og_graph_node_id(g, n)));
    if (og_graph_node_lexicon_id(g, n))
        bad |= put(o, "lexicon_id", jstr(w, og_graph_node_lexicon_id(g, n)));
    json_t *votes = json_object();
    bad |= votes ? 0 : -1;
    for (int t = 0; votes && t < OG_NODE_TYPE_COUNT; t++) {
        uint64_t v = og_graph_node_type_votes(g, n, (og_node_type)t);
        if (v)
            bad |= put(votes, og_node_type_name((og_node_type)t), json_integer((json_int_t)v));
    }
    bad |= put(o, "votes", votes);
    size_t na = og_graph_node_alias_count(g, n);
    if (na) {
        json_t *a = json_array();
        bad |= a ? 0 : -1;
        for (size_t i = 0; a && i < na; i++)
            bad |= append(a, jstr(w, og_graph_node_alias(g, n, i)));
        bad |= put(o, "aliases", a);
    }
    size_t nat = og_graph_node_attr_count(g, n);
    if (nat) {
        json_t *a = json_object();
        bad |= a ? 0 : -1;
        for (size_t i = 0; a && i < nat; i++) {
            const char *k;
            const og_value *v;
            og_graph_node_attr_at(g, n, i, &k, &v);
            bad |= put(a, k, value_json(w, v));
        }
        bad |= put(o, "attrs", a);
    }
    size_t ns = og_graph_node_sources_kept(g, n);
    if (ns) {
        json_t *a = json_array();
        bad |= a ? 0 : -1;
        for (size_t i = 0; a && i < ns; i++)
            bad |= append(a, jstr(w, og_graph_node_source(g, n, i)));
        bad |= put(o, "sources", a);
    }
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *evidence_json(fw *w, const og_evidence *ev)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    int bad = put(o, "doc", jstr(w, ev->doc));
    bad |= put(o, "line", json_integer(ev->line));
    bad |= put(o, "col", json_integer(ev->column));
    bad |= put(o, "sentence", jstr(w, ev->sentence));
    bad |= put(o, "confidence", json_real(ev->confidence));
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *edge_json(fw *w, const og_graph *g, og_edge_id e)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    int bad = put(o, "s", json_integer(og_graph_edge_subject(g, e)));
    bad |= put(o, "p", json_string(og_predicate_name(og_graph_edge_predicate(g, e))));
    bad |= put(o, "o", json_integer(og_graph_edge_object(g, e)));
    bad |= put(o, "confidence", json_real(og_graph_edge_confidence(g, e)));
    bad |= put(o, "evidence_count", json_integer((json_int_t)og_graph_edge_evidence_count(g, e)));
    if (og_graph_edge_hedged(g, e))
        bad |= put(o, "hedged", json_true());
    size_t nev = og_graph_edge_evidence_kept(g, e);
    if (nev) {
        json_t *a = json_array();
        bad |= a ? 0 : -1;
        for (size_t i = 0; a && i < nev; i++)
            bad |= append(a, evidence_json(w, og_graph_edge_evidence(g, e, i)));
        bad |= put(o, "evidence", a);
    }
    size_t nat = og_graph_edge_attr_count(g, e);
    if (nat) {
        json_t *a = json_object();
        bad |= a ? 0 : -1;
        for (size_t i = 0; a && i < nat; i++) {
            const char *k;
            const og_value *v;
            og_graph_edge_attr_at(g, e, i, &k, &v);
            bad |= put(a, k, value_json(w, v));
        }
        bad |= put(o, "attrs", a);
    }
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* {"edge":[[name,kind]...],"node":[...]} in declaration order. */
static json_t *keys_json(fw *w, const og_graph *g)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    int bad = 0;
    for (int d = 0; d < 2; d++) {
        json_t *a = json_array();
        bad |= a ? 0 : -1;
        for (size_t i = 0; a && i < og_graph_key_count(g, d); i++) {
            const char *k;
            og_value_kind kind;
            og_graph_key_at(g, d, i, &k, &kind);
            json_t *pair = json_array();
            bad |= pair ? 0 : -1;
            if (pair) {
                bad |= append(pair, jstr(w, k));
                bad |= append(pair, json_string(kind_name(kind)));
            }
            bad |= append(a, pair);
        }
        bad |= put(o, d ? "edge" : "node", a);
    }
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static int fail_elem(fw *w, const char *what, size_t i)
{
    if (w->bad_utf8)
        return og_error_set(w->err, OG_EINPUT, NULL, 0, 0, "fragment: %s %zu has a string that is not valid UTF-8",
                            what, i);
    return og_error_set(w->err, OG_ENOMEM, NULL, 0, 0, "out of memory writing %s %zu of a fragment", what, i);
}

static int write_all(fw *w, const og_graph *g)
{
    int rc = og_sink_puts(w->out, "{\"edges\":[");
    for (og_edge_id e = 0; !rc && e < og_graph_edge_count(g); e++) {
        json_t *j = edge_json(w, g, e);
        if (!j)
            return fail_elem(w, "edge", e);
        rc = emit(w, j, e == 0);
        json_decref(j);
    }
    if (!rc)
        rc = og_sink_puts(w->out, "],\"keys\":");
    if (!rc) {
        json_t *j = keys_json(w, g);
        if (!j)
            return fail_elem(w, "key table", 0);
        rc = emit(w, j, 1);
        json_decref(j);
    }
    if (!rc)
        rc = og_sink_printf(w->out, ",\"max_evidence\":%u,\"nodes\":[", og_graph_max_evidence(g));
    for (og_node_id n = 0; !rc && n < og_graph_node_count(g); n++) {
        json_t *j = node_json(w, g, n);
        if (!j)
            return fail_elem(w, "node", n);
        rc = emit(w, j, n == 0);
        json_decref(j);
    }
    if (!rc)
        rc = og_sink_printf(w->out, "],\"orgraph_fragment\":%d}\n", OG_FRAGMENT_VERSION);
    if (rc == OG_ENOMEM)
        return og_error_set(w->err, OG_ENOMEM, NULL, 0, 0, "out of memory writing a fragment");
    if (rc)
        return og_error_set(w->err, OG_EIO, NULL, 0, 0, "cannot write the fragment");
    return 0;
}

int og_export_fragment(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err)
{
    (void)opts;
    if (!g || !out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_fragment: %s is NULL", g ? "out" : "g");
    fw w = {out, OG__BUF_INIT, err, 0};
    int rc = write_all(&w, g);
    og__buf_free(&w.text);
    return rc;
}
