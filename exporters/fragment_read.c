/*
 * fragment_read.c - reads NDJSON fragments (fragment.c's format) back into
 * graphs, one line at a time.
 *
 * Does: parses a line with jansson into a new og_graph holding exactly what
 * was written: names, type votes, fixed type, lexicon id, id, typed
 * attributes, kept sources and counts, mentions, edges with their kept
 * evidence, counts, confidence and hedged flag, declared keys and the
 * evidence cap; streams files and memory line by line (memory: the longest
 * line, bounded by `max_line`), skipping blank lines. Errors are OG_EINPUT
 * with file:line:column (the column from jansson for bad JSON; 0 for a field
 * of the wrong shape, whose path the message names: "nodes[3].type").
 * Does not: write fragments, reduce them, or accept GraphML (the CLI tells
 * the two apart by their first byte).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "../graph/buf.h"

#define NO_EDGE UINT32_MAX

typedef struct fr {
    og_graph *g;
    const char *name;
    unsigned line;
    og_error *err;
} fr;

static int bad(fr *r, const char *fmt, const char *what, size_t i)
{
    char msg[200];
    snprintf(msg, sizeof msg, fmt, what, i);
    return og_error_set(r->err, OG_EINPUT, r->name, r->line, 0, "fragment: %s", msg);
}

static int lib_fail(fr *r, int rc, const og_error *e, const char *what, size_t i)
{
    if (rc == OG_ENOMEM)
        return og_error_set(r->err, OG_ENOMEM, r->name, r->line, 0, "out of memory reading a fragment");
    return og_error_set(r->err, rc == OG_EINVAL ? OG_EINPUT : rc, r->name, r->line, 0, "fragment: %s[%zu]: %s",
                        what, i, e->message);
}

static int parse_kind(const char *s, og_value_kind *out)
{
    static const char *const names[] = {"string", "int", "double", "boolean"};
    for (int k = 0; k < 4; k++) {
        if (s && strcmp(s, names[k]) == 0) {
            *out = (og_value_kind)k;
            return 0;
        }
    }
    return -1;
}

/* A non-negative JSON integer, or -1. */
static int get_count(const json_t *j, uint64_t *out)
{
    if (!json_is_integer(j) || json_integer_value(j) < 0)
        return -1;
    *out = (uint64_t)json_integer_value(j);
    return 0;
}

/* JSON value -> og_value of kind `kind`; strings stay borrowed from `j`. */
static int to_value(const json_t *j, og_value_kind kind, og_value *v)
{
    v->kind = kind;
    switch (kind) {
    case OG_VAL_INT:
        if (!json_is_integer(j))
            return -1;
        v->u.i = (int64_t)json_integer_value(j);
        return 0;
    case OG_VAL_DOUBLE:
        if (json_is_number(j)) {
            v->u.d = json_number_value(j);
            return 0;
        }
        if (json_is_string(j)) {
            const char *s = json_string_value(j);
            if (!strcmp(s, "nan") || !strcmp(s, "inf") || !strcmp(s, "-inf")) {
                v->u.d = s[0] == 'n' ? NAN : s[0] == '-' ? -INFINITY : INFINITY;
                return 0;
            }
        }
        return -1;
    case OG_VAL_BOOL:
        if (!json_is_boolean(j))
            return -1;
        v->u.b = json_is_true(j);
        return 0;
    default:
        if (!json_is_string(j))
            return -1;
        v->u.s = json_string_value(j);
        return 0;
    }
}

/* The kind of an attribute value of an undeclared key. */
static og_value_kind guess_kind(const json_t *j)
{
    return json_is_integer(j) ? OG_VAL_INT : json_is_real(j) ? OG_VAL_DOUBLE : json_is_boolean(j) ? OG_VAL_BOOL
                                                                                                  : OG_VAL_STRING;
}

static int read_keys(fr *r, const json_t *keys)
{
    if (!keys)
        return 0;
    if (!json_is_object(keys))
        return bad(r, "%s is not an object", "keys", 0);
    for (int d = 0; d < 2; d++) {
        const char *dn = d ? "keys.edge" : "keys.node";
        const json_t *a = json_object_get(keys, d ? "edge" : "node");
        if (!a)
            continue;
        if (!json_is_array(a))
            return bad(r, "%s is not an array", dn, 0);
        for (size_t i = 0; i < json_array_size(a); i++) {
            const json_t *pair = json_array_get(a, i);
            og_value_kind kind;
            const char *k = json_string_value(json_array_get(pair, 0));
            if (!json_is_array(pair) || json_array_size(pair) != 2 || !k || !*k ||
                parse_kind(json_string_value(json_array_get(pair, 1)), &kind))
                return bad(r, "%s[%zu] is not a [name, kind] pair", dn, i);
            og_error e = {0};
            int rc = og_graph_declare_key(r->g, d, k, kind, &e);
            if (rc)
                return lib_fail(r, rc, &e, dn, i);
        }
    }
    return 0;
}

typedef int (*set_attr_fn)(og_graph *g, uint32_t x, const char *key, const og_value *v, og_error *err);

static int node_attr(og_graph *g, uint32_t x, const char *key, const og_value *v, og_error *err)
{
    return og_graph_node_set_attr(g, x, key, v, err);
}

static int edge_attr(og_graph *g, uint32_t x, const char *key, const og_value *v, og_error *err)
{
    return og_graph_edge_set_attr(g, x, key, v, err);
}

/* Sets the attributes of object `attrs` in the graph's key declaration order. */
static int read_attrs(fr *r, const json_t *attrs, int d, uint32_t x, const char *what, size_t i)
{
    if (!attrs)
        return 0;
    if (!json_is_object(attrs))
        return bad(r, "%s[%zu].attrs is not an object", what, i);
    /* Declared keys first, in declaration order, then undeclared ones sorted. */
    size_t nk = og_graph_key_count(r->g, d), done = 0;
    for (size_t k = 0; k < nk; k++) {
        const char *key;
        og_value_kind kind;
        og_graph_key_at(r->g, d, k, &key, &kind);
        const json_t *j = json_object_get(attrs, key);
        if (!j)
            continue;
        og_value v;
        if (to_value(j, kind, &v))
            return bad(r, "%s[%zu].attrs: a value does not match its key's kind", what, i);
        og_error e = {0};
        int rc = (d ? edge_attr : node_attr)(r->g, x, key, &v, &e);
        if (rc)
            return lib_fail(r, rc, &e, what, i);
        done++;
    }
    if (done == json_object_size(attrs))
        return 0;
    const char *key;
    json_t *j;
    json_object_foreach((json_t *)attrs, key, j) {
        og_value_kind kind;
        size_t k;
        for (k = 0; k < nk; k++) {
            const char *dk;
            og_graph_key_at(r->g, d, k, &dk, &kind);
            if (!strcmp(dk, key))
                break;
        }
        if (k < nk)
            continue;
        og_value v;
        if (!*key || to_value(j, guess_kind(j), &v))
            return bad(r, "%s[%zu].attrs: bad undeclared attribute", what, i);
        og_error e = {0};
        int rc = (d ? edge_attr : node_attr)(r->g, x, key, &v, &e);
        if (rc)
            return lib_fail(r, rc, &e, what, i);
    }
    return 0;
}

static int read_node(fr *r, const json_t *o, size_t i)
{
    if (!json_is_object(o))
        return bad(r, "%s[%zu] is not an object", "nodes", i);
    const char *label = json_string_value(json_object_get(o, "label"));
    const char *type_s = json_string_value(json_object_get(o, "type"));
    og_node_type type;
    if (!label || !*label)
        return bad(r, "%s[%zu].label is missing or empty", "nodes", i);
    if (!type_s || og_node_type_parse(type_s, &type))
        return bad(r, "%s[%zu].type is missing or not a node type", "nodes", i);
    uint64_t votes[OG_NODE_TYPE_COUNT] = {0}, mentions = 0, source_count = 0;
    const json_t *jv = json_object_get(o, "votes");
    if (jv) {
        if (!json_is_object(jv))
            return bad(r, "%s[%zu].votes is not an object", "nodes", i);
        const char *k;
        json_t *v;
        json_object_foreach((json_t *)jv, k, v) {
            og_node_type t;
            if (og_node_type_parse(k, &t) || get_count(v, &votes[t]))
                return bad(r, "%s[%zu].votes has a bad entry", "nodes", i);
        }
    }
    if (get_count(json_object_get(o, "mentions"), &mentions) ||
        get_count(json_object_get(o, "source_count"), &source_count))
        return bad(r, "%s[%zu]: mentions or source_count missing or negative", "nodes", i);
    og_node_id n;
    og_error e = {0};
    int rc = og_graph_new_node(r->g, type, label, &n, &e);
    if (!rc)
        rc = og_graph_node_set_votes(r->g, n, votes, &e);
    if (rc)
        return lib_fail(r, rc, &e, "nodes", i);
    if (json_is_true(json_object_get(o, "fixed")) && (rc = og_graph_node_fix_type(r->g, n, type, &e)))
        return lib_fail(r, rc, &e, "nodes", i);
    const json_t *al = json_object_get(o, "aliases");
    if (al && !json_is_array(al))
        return bad(r, "%s[%zu].aliases is not an array", "nodes", i);
    for (size_t k = 0; k < json_array_size(al); k++) {
        const char *a = json_string_value(json_array_get(al, k));
        if (!a || !*a)
            return bad(r, "%s[%zu].aliases has an empty or non-string name", "nodes", i);
        if ((rc = og_graph_node_add_alias(r->g, n, a, &e)))
            return lib_fail(r, rc, &e, "nodes", i);
    }
    const json_t *jid = json_object_get(o, "id"), *jlex = json_object_get(o, "lexicon_id");
    if ((jid && !json_is_string(jid)) || (jlex && !json_is_string(jlex)))
        return bad(r, "%s[%zu]: id or lexicon_id is not a string", "nodes", i);
    og_node_id dup;
    if (jid && og_graph_find_id(r->g, json_string_value(jid), &dup) == 0)
        return bad(r, "%s[%zu].id repeats the id of another node", "nodes", i);
    if (jid && (rc = og_graph_node_set_id(r->g, n, json_string_value(jid), &e)))
        return lib_fail(r, rc, &e, "nodes", i);
    if (jlex && (rc = og_graph_node_set_lexicon_id(r->g, n, json_string_value(jlex), &e)))
        return lib_fail(r, rc, &e, "nodes", i);
    if ((rc = read_attrs(r, json_object_get(o, "attrs"), 0, n, "nodes", i)))
        return rc;
    const json_t *src = json_object_get(o, "sources");
    if (src && !json_is_array(src))
        return bad(r, "%s[%zu].sources is not an array", "nodes", i);
    if (json_array_size(src) > og_graph_max_evidence(r->g))
        og_graph_set_max_evidence(r->g, (unsigned)json_array_size(src));
    for (size_t k = 0; k < json_array_size(src); k++) {
        const char *s = json_string_value(json_array_get(src, k));
        if (!s)
            return bad(r, "%s[%zu].sources has a non-string entry", "nodes", i);
        if ((rc = og_graph_node_add_source(r->g, n, s, &e)))
            return lib_fail(r, rc, &e, "nodes", i);
    }
    if (source_count < og_graph_node_sources_kept(r->g, n))
        source_count = og_graph_node_sources_kept(r->g, n);
    og_graph_node_set_counts(r->g, n, source_count, mentions);
    return 0;
}

static int read_evidence(fr *r, const json_t *j, og_evidence *ev, size_t i)
{
    const json_t *line = json_object_get(j, "line"), *col = json_object_get(j, "col");
    const json_t *conf = json_object_get(j, "confidence"), *doc = json_object_get(j, "doc");
    const json_t *sent = json_object_get(j, "sentence");
    if (!json_is_object(j) || !json_is_integer(line) || !json_is_integer(col) || !json_is_number(conf) ||
        json_integer_value(line) < 0 || json_integer_value(col) < 0 || json_integer_value(line) > UINT32_MAX ||
        json_integer_value(col) > UINT32_MAX || (doc && !json_is_string(doc) && !json_is_null(doc)) ||
        (sent && !json_is_string(sent) && !json_is_null(sent)))
        return bad(r, "%s[%zu] has a bad evidence record", "edges", i);
    ev->doc = json_string_value(doc);
    ev->sentence = json_string_value(sent);
    ev->line = (unsigned)json_integer_value(line);
    ev->column = (unsigned)json_integer_value(col);
    ev->confidence = json_number_value(conf);
    if (!(ev->confidence >= 0.0 && ev->confidence <= 1.0))
        return bad(r, "%s[%zu]: evidence confidence outside [0,1]", "edges", i);
    return 0;
}

static int read_edge(fr *r, const json_t *o, size_t i)
{
    if (!json_is_object(o))
        return bad(r, "%s[%zu] is not an object", "edges", i);
    const json_t *js = json_object_get(o, "s"), *jo = json_object_get(o, "o");
    const json_t *conf = json_object_get(o, "confidence");
    size_t nn = og_graph_node_count(r->g);
    og_predicate p;
    uint64_t ev_count = 0;
    if (!json_is_integer(js) || !json_is_integer(jo) || json_integer_value(js) < 0 ||
        json_integer_value(jo) < 0 || (uint64_t)json_integer_value(js) >= nn ||
        (uint64_t)json_integer_value(jo) >= nn)
        return bad(r, "%s[%zu]: s or o is not the index of a node", "edges", i);
    if (og_predicate_parse(json_string_value(json_object_get(o, "p")) ? json_string_value(json_object_get(o, "p"))
                                                                       : "",
                           &p))
        return bad(r, "%s[%zu].p is missing or not a predicate", "edges", i);
    if (!json_is_number(conf) || !(json_number_value(conf) >= 0.0 && json_number_value(conf) <= 1.0))
        return bad(r, "%s[%zu].confidence is missing or outside [0,1]", "edges", i);
    if (get_count(json_object_get(o, "evidence_count"), &ev_count))
        return bad(r, "%s[%zu].evidence_count is missing or negative", "edges", i);
    og_node_id s = (og_node_id)json_integer_value(js), ob = (og_node_id)json_integer_value(jo);
    const json_t *evs = json_object_get(o, "evidence");
    if (evs && !json_is_array(evs))
        return bad(r, "%s[%zu].evidence is not an array", "edges", i);
    size_t nev = json_array_size(evs);
    if (nev > og_graph_max_evidence(r->g))
        og_graph_set_max_evidence(r->g, (unsigned)nev);
    og_edge_id e = NO_EDGE;
    og_error er = {0};
    int rc = 0;
    for (size_t k = 0; k < nev && !rc; k++) {
        og_evidence ev;
        if ((rc = read_evidence(r, json_array_get(evs, k), &ev, i)))
            return rc;
        if ((rc = og_graph_add_edge(r->g, s, p, ob, &ev, &e, &er)))
            return lib_fail(r, rc, &er, "edges", i);
    }
    if (nev == 0 && (rc = og_graph_add_edge(r->g, s, p, ob, NULL, &e, &er)))
        return lib_fail(r, rc, &er, "edges", i);
    if (e == NO_EDGE)
        return 0; /* a self-loop: the graph never stores one */
    if (ev_count < og_graph_edge_evidence_kept(r->g, e))
        ev_count = og_graph_edge_evidence_kept(r->g, e);
    og_graph_edge_set_counts(r->g, e, json_number_value(conf), ev_count);
    if (json_is_true(json_object_get(o, "hedged")))
        og_graph_edge_set_hedged(r->g, e, 1);
    return read_attrs(r, json_object_get(o, "attrs"), 1, e, "edges", i);
}

int og_read_fragment_line(og_graph **out, const char *name, unsigned line, const char *data, size_t len,
                          og_error *err)
{
    if (!out || (!data && len))
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_read_fragment_line: %s is NULL", out ? "data" : "out");
    *out = NULL;
    json_error_t je;
    json_t *root = json_loadb(data ? data : "", len, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        int rc = og_error_set(err, OG_EINPUT, name, line, je.column > 0 ? (unsigned)je.column : 1,
                              "fragment: %s", je.text);
        if (err && err->code == OG_EINPUT)
            err->offset = (size_t)je.position;
        return rc;
    }
    fr r = {NULL, name, line, err};
    int rc = 0;
    const json_t *ver = json_object_get(root, "orgraph_fragment");
    const json_t *nodes = json_object_get(root, "nodes"), *edges = json_object_get(root, "edges");
    const json_t *maxev = json_object_get(root, "max_evidence");
    if (!json_is_object(root) || !json_is_integer(ver))
        rc = bad(&r, "not an orgraph fragment (no \"orgraph_fragment\" version)", "", 0);
    else if (json_integer_value(ver) != OG_FRAGMENT_VERSION)
        rc = og_error_set(err, OG_EINPUT, name, line, 0, "fragment: version %lld is not supported (this is %d)",
                          (long long)json_integer_value(ver), OG_FRAGMENT_VERSION);
    else if ((nodes && !json_is_array(nodes)) || (edges && !json_is_array(edges)))
        rc = bad(&r, "%s or edges is not an array", "nodes", 0);
    else if (maxev && (!json_is_integer(maxev) || json_integer_value(maxev) < 1 ||
                       json_integer_value(maxev) > 0xffffffffll))
        rc = bad(&r, "%s is not a positive integer", "max_evidence", 0);
    else if (!(r.g = og_graph_new()))
        rc = og_error_set(err, OG_ENOMEM, name, line, 0, "out of memory reading a fragment");
    if (!rc && maxev)
        og_graph_set_max_evidence(r.g, (unsigned)json_integer_value(maxev));
    if (!rc)
        rc = read_keys(&r, json_object_get(root, "keys"));
    for (size_t i = 0; !rc && i < json_array_size(nodes); i++)
        rc = read_node(&r, json_array_get(nodes, i), i);
    for (size_t i = 0; !rc && i < json_array_size(edges); i++)
        rc = read_edge(&r, json_array_get(edges, i), i);
    json_decref(root);
    if (rc) {
        og_graph_free(r.g);
        return rc;
    }
    *out = r.g;
    return 0;
}

/* Parses one line (without its newline) and hands it to fn. */
static int one_line(const char *name, unsigned line, const char *s, size_t len, og_fragment_fn fn, void *payload,
                    og_error *err)
{
    if (len && s[len - 1] == '\r')
        len--;
    size_t k = 0;
    while (k < len && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k == len)
        return 0; /* blank */
    og_graph *g = NULL;
    int rc = og_read_fragment_line(&g, name, line, s, len, err);
    if (rc)
        return rc;
    return fn(g, line, payload);
}

static int too_long(const char *name, unsigned line, size_t max_line, og_error *err)
{
    return og_error_set(err, OG_EINPUT, name, line, 0, "fragment line longer than %zu bytes", max_line);
}

int og_read_fragments_memory(const char *name, const char *data, size_t len, size_t max_line, og_fragment_fn fn,
                             void *payload, og_error *err)
{
    if (!fn || (!data && len))
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_read_fragments_memory: %s is NULL", fn ? "data" : "fn");
    if (!max_line)
        max_line = OG_FRAGMENT_MAX_LINE;
    unsigned line = 0;
    size_t at = 0;
    while (at < len) {
        const char *nl = memchr(data + at, '\n', len - at);
        size_t l = nl ? (size_t)(nl - (data + at)) : len - at;
        line++;
        if (l > max_line)
            return too_long(name, line, max_line, err);
        int rc = one_line(name, line, data + at, l, fn, payload, err);
        if (rc)
            return rc;
        at += l + (nl ? 1 : 0);
    }
    return 0;
}

int og_read_fragments_file(const char *path, size_t max_line, og_fragment_fn fn, void *payload, og_error *err)
{
    if (!path || !fn)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_read_fragments_file: %s is NULL", path ? "fn" : "path");
    if (!max_line)
        max_line = OG_FRAGMENT_MAX_LINE;
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return og_error_set(err, OG_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    og__buf b = OG__BUF_INIT;
    unsigned line = 0;
    size_t scanned = 0; /* bytes of b known to hold no newline */
    int rc = 0, eof = 0;
    while (!rc) {
        char *nl = memchr(b.ptr + scanned, '\n', b.len - scanned);
        if (nl || (eof && b.len)) {
            size_t l = nl ? (size_t)(nl - b.ptr) : b.len;
            line++;
            if (l > max_line) {
                rc = too_long(name, line, max_line, err);
                break;
            }
            rc = one_line(name, line, b.ptr, l, fn, payload, err);
            size_t used = l + (nl ? 1 : 0);
            memmove(b.ptr, b.ptr + used, b.len - used);
            og__buf_truncate(&b, b.len - used);
            scanned = 0;
            continue;
        }
        if (eof)
            break;
        scanned = b.len;
        if (b.len > max_line) {
            rc = too_long(name, line + 1, max_line, err);
            break;
        }
        if (og__buf_grow(&b, 1 << 16) != 0) {
            rc = og_error_set(err, OG_ENOMEM, name, line + 1, 0, "out of memory reading fragments");
            break;
        }
        size_t got = fread(b.ptr + b.len, 1, 1 << 16, f);
        b.len += got;
        b.ptr[b.len] = '\0';
        if (got == 0) {
            if (ferror(f))
                rc = og_error_set(err, OG_EIO, path, line + 1, 0, "read error: %s", strerror(errno));
            eof = 1;
        }
    }
    og__buf_free(&b);
    if (!is_stdin)
        fclose(f);
    return rc;
}
