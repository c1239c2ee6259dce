/*
 * graphml_read.c - GraphML reader (og_read_graphml_file/_memory).
 *
 * Streams the file through libxml2's xmlTextReader and builds the graph with
 * the public building API. Reads orgraph's own files back exactly (the keys
 * of graphml.h map onto the model) and foreign GraphML (NetworkX, igraph,
 * yEd): nodes, edges and typed <data>; unknown keys become declared extra
 * attributes; a missing type is OG_THING, a missing predicate OG_RELATED;
 * node ids are kept; yFiles graphics are skipped except the first
 * y:NodeLabel, used as the label when no label key exists. Node and edge
 * order follow the file (a node first named by an edge is created there).
 *
 * Hostile input: no DTD loading, no network, no entity substitution; a
 * DOCTYPE declaring entities and any entity reference are refused; element
 * depth is capped at OG_GRAPHML_MAX_DEPTH and values at OG_GRAPHML_MAX_VALUE
 * (libxml2 itself refuses text nodes over 10,000,000 bytes: no XML_PARSE_HUGE).
 *
 * It does not apply <default> values, read graph-level data, hyperedges or
 * ports, or keep nested graphs apart (their nodes join the one graph), and
 * duplicate edges (multigraphs) collapse into one edge, as in the model.
 * Undirected files (edgedefault="undirected") are read as source -> target;
 * self-loops are dropped, as the model ignores them.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <jansson.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../graph/alloc.h"
#include "common.h"
#include "graphml.h"

#define NONE ((uint32_t)-1)

typedef struct rd_key {
    size_t name_off;       /* attr.name (else the id) in rd.names */
    og_value_kind kind;
    unsigned char domains; /* bit 0: nodes, bit 1: edges */
    unsigned char yfiles;  /* graphics data: skipped */
    unsigned char declared;/* bit per domain: declared in the graph */
    signed char builtin[2];
} rd_key;

typedef struct rd_data {
    uint32_t key;
    size_t off, len; /* value in rd.arena */
    unsigned line, col;
} rd_data;

typedef struct rd {
    xmlTextReaderPtr xr;
    og_graph *g;
    og_error *err;
    const char *name;
    int rc;
    /* keys */
    og__strmap key_ids; /* key id -> index into keys */
    rd_key *keys;
    size_t n_keys, cap_keys;
    og__xbuf names;
    /* nodes by id */
    og__strmap node_ids;
    /* the element being collected */
    int cur;       /* 0 none, 1 node, 2 edge */
    int cur_depth;
    unsigned cur_line, cur_col;
    size_t id_off, src_off, tgt_off; /* (size_t)-1 when absent */
    og__xbuf arena;
    rd_data *datas;
    size_t n_datas, cap_datas;
    int data_depth; /* depth of the open <data> being collected, -1 none */
    int skip_depth; /* inside a subtree we ignore, -1 none */
    int ylabel_depth, ylabel_done;
    og__xbuf ylabel;
    /* libxml2's first error */
    int xml_failed; /* 1, or 2 when the error was XML_ERR_NO_MEMORY */
    unsigned xml_line, xml_col;
    char xml_msg[200];
} rd;

/* ---- errors ------------------------------------------------------------- */

static int fail_at(rd *r, og_status code, unsigned line, unsigned col, const char *msg, const char *detail)
{
    if (code == OG_EINVAL || code == OG_ERROR || code == OG_ENOTFOUND)
        code = OG_EINPUT; /* the model refused something the file says */
    if (r->rc == 0)
        r->rc = code;
    og_error_set(r->err, code, r->name, line, col, "%s%s%s", msg, detail ? ": " : "", detail ? detail : "");
    return code;
}

/*
 * Position of the reader's current node. The parser may have read ahead of
 * the node the reader returns, so its line is the node's (libxml2 records it
 * on every element); the parser's column is only used when it is on that line.
 */
static void here(rd *r, unsigned *line, unsigned *col)
{
    xmlNodePtr node = xmlTextReaderCurrentNode(r->xr);
    long nl = node ? xmlGetLineNo(node) : -1;
    unsigned pl = (unsigned)xmlTextReaderGetParserLineNumber(r->xr);
    unsigned pc = (unsigned)xmlTextReaderGetParserColumnNumber(r->xr);
    if (nl > 0 && (unsigned long)nl != pl) {
        *line = (unsigned)nl;
        *col = 1;
    } else {
        *line = pl;
        *col = pc ? pc : 1;
    }
}

static int fail_here(rd *r, og_status code, const char *msg, const char *detail)
{
    unsigned line, col;
    here(r, &line, &col);
    return fail_at(r, code, line, col, msg, detail);
}

static int oom(rd *r)
{
    return fail_at(r, OG_ENOMEM, 0, 0, "out of memory while reading GraphML", NULL);
}

static void on_xml_error(void *ctx, xmlErrorPtr e)
{
    rd *r = ctx;
    if (!e || e->level < XML_ERR_ERROR || r->xml_failed)
        return;
    /* 2: libxml2 ran out of memory (it files "huge text node", a limit, under the same code) */
    r->xml_failed = e->code == XML_ERR_NO_MEMORY && !(e->message && strstr(e->message, "huge")) ? 2 : 1;
    r->xml_line = e->line > 0 ? (unsigned)e->line : 0;
    r->xml_col = e->int2 > 0 ? (unsigned)e->int2 : 0;
    const char *m = e->message ? e->message : "malformed XML";
    size_t n = strlen(m);
    while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
        n--;
    if (n >= sizeof r->xml_msg)
        n = sizeof r->xml_msg - 1;
    memcpy(r->xml_msg, m, n);
    r->xml_msg[n] = '\0';
}

/* ---- helpers ------------------------------------------------------------ */

static int is_gml(rd *r)
{
    const xmlChar *ns = xmlTextReaderConstNamespaceUri(r->xr);
    return !ns || strcmp((const char *)ns, OG__GRAPHML_NS) == 0;
}

static int name_is(rd *r, const char *want)
{
    const xmlChar *n = xmlTextReaderConstLocalName(r->xr);
    return n && strcmp((const char *)n, want) == 0;
}

/* Copies the current attribute value into the arena; returns its offset. */
static size_t arena_attr(rd *r)
{
    const xmlChar *v = xmlTextReaderConstValue(r->xr);
    size_t len = v ? strlen((const char *)v) : 0;
    if (len > OG_GRAPHML_MAX_VALUE) {
        fail_here(r, OG_EINPUT, "attribute value larger than OG_GRAPHML_MAX_VALUE", NULL);
        return (size_t)-1;
    }
    size_t off = r->arena.len;
    if (og__xbuf_put(&r->arena, v ? (const char *)v : "", len) || og__xbuf_put(&r->arena, "", 1)) {
        oom(r);
        return (size_t)-1;
    }
    return off;
}

static const char *arena_str(rd *r, size_t off)
{
    return off == (size_t)-1 ? NULL : r->arena.ptr + off;
}

static const char *key_name(rd *r, uint32_t k)
{
    return r->names.ptr + r->keys[k].name_off;
}

/* ---- <key> -------------------------------------------------------------- */

static int parse_kind(const char *t, og_value_kind *out)
{
    if (!t || !strcmp(t, "string"))
        *out = OG_VAL_STRING;
    else if (!strcmp(t, "int") || !strcmp(t, "long") || !strcmp(t, "integer"))
        *out = OG_VAL_INT;
    else if (!strcmp(t, "float") || !strcmp(t, "double"))
        *out = OG_VAL_DOUBLE;
    else if (!strcmp(t, "boolean"))
        *out = OG_VAL_BOOL;
    else
        return -1;
    return 0;
}

/* Declares extra key `k` in domain `dom` (0 nodes, 1 edges) once. */
static int declare(rd *r, uint32_t k, int dom)
{
    rd_key *key = &r->keys[k];
    if (key->declared & (1u << dom) || key->builtin[dom] >= 0 || key->yfiles)
        return 0;
    key->declared |= (unsigned char)(1u << dom);
    og_error e = {0};
    int rc = og_graph_declare_key(r->g, dom, key_name(r, k), key->kind, &e);
    if (rc)
        return fail_here(r, rc, "cannot declare key", e.message);
    return 0;
}

static int start_key(rd *r)
{
    size_t id = (size_t)-1, aname = (size_t)-1, atype = (size_t)-1, afor = (size_t)-1;
    int yfiles = 0;
    og__xbuf_clear(&r->arena);
    while (xmlTextReaderMoveToNextAttribute(r->xr) == 1) {
        const char *n = (const char *)xmlTextReaderConstName(r->xr);
        size_t *slot = !strcmp(n, "id") ? &id : !strcmp(n, "attr.name") ? &aname
                     : !strcmp(n, "attr.type") ? &atype : !strcmp(n, "for") ? &afor : NULL;
        if (!strcmp(n, "yfiles.type"))
            yfiles = 1;
        if (slot && (*slot = arena_attr(r)) == (size_t)-1)
            return r->rc;
    }
    xmlTextReaderMoveToElement(r->xr);
    if (id == (size_t)-1)
        return fail_here(r, OG_EINPUT, "<key> without an id", NULL);
    rd_key key;
    memset(&key, 0, sizeof key);
    if (parse_kind(arena_str(r, atype), &key.kind) != 0)
        return fail_here(r, OG_EINPUT, "unknown attr.type", arena_str(r, atype));
    const char *f = afor == (size_t)-1 ? "all" : arena_str(r, afor);
    key.domains = !strcmp(f, "node") ? 1 : !strcmp(f, "edge") ? 2 : !strcmp(f, "all") ? 3 : 0;
    key.yfiles = (unsigned char)yfiles;
    const char *name = aname != (size_t)-1 ? arena_str(r, aname) : arena_str(r, id);
    key.name_off = r->names.len;
    if (og__xbuf_puts(&r->names, name) || og__xbuf_put(&r->names, "", 1))
        return oom(r);
    key.builtin[0] = (signed char)og__gm_builtin_key(0, name);
    key.builtin[1] = (signed char)og__gm_builtin_key(1, name);
    if (r->n_keys == r->cap_keys) {
        size_t cap = r->cap_keys ? r->cap_keys * 2 : 32;
        rd_key *p = og_realloc(r->keys, cap * sizeof *p);
        if (!p)
            return oom(r);
        r->keys = p;
        r->cap_keys = cap;
    }
    uint32_t k = (uint32_t)r->n_keys;
    r->keys[r->n_keys++] = key;
    const char *idv = arena_str(r, id);
    if (og__strmap_put(&r->key_ids, idv, strlen(idv), k))
        return oom(r);
    /* keys for one domain are declared now, in file order; "all" keys on first use */
    if (key.domains == 1 || key.domains == 2)
        return declare(r, k, key.domains == 1 ? 0 : 1);
    return 0;
}

/* ---- <node>/<edge> and their <data> ------------------------------------- */

static int start_element(rd *r, int kind, int depth)
{
    og__xbuf_clear(&r->arena);
    r->n_datas = 0;
    r->cur = kind;
    r->cur_depth = depth;
    here(r, &r->cur_line, &r->cur_col);
    r->id_off = r->src_off = r->tgt_off = (size_t)-1;
    r->ylabel_done = 0;
    r->ylabel_depth = -1;
    og__xbuf_clear(&r->ylabel);
    while (xmlTextReaderMoveToNextAttribute(r->xr) == 1) {
        const char *n = (const char *)xmlTextReaderConstName(r->xr);
        size_t *slot = !strcmp(n, "id") ? &r->id_off
                     : (kind == 2 && !strcmp(n, "source")) ? &r->src_off
                     : (kind == 2 && !strcmp(n, "target")) ? &r->tgt_off : NULL;
        if (slot && (*slot = arena_attr(r)) == (size_t)-1)
            return r->rc;
    }
    xmlTextReaderMoveToElement(r->xr);
    if (kind == 2 && (r->src_off == (size_t)-1 || r->tgt_off == (size_t)-1))
        return fail_here(r, OG_EINPUT, "<edge> without source or target", NULL);
    return 0;
}

static int start_data(rd *r, int depth)
{
    /* borrowed value (no malloc per <data>): valid until the reader moves on */
    const char *k = NULL;
    if (xmlTextReaderMoveToAttribute(r->xr, BAD_CAST "key") == 1)
        k = (const char *)xmlTextReaderConstValue(r->xr);
    uint32_t idx;
    int found = k && og__strmap_get(&r->key_ids, k, strlen(k), &idx);
    if (!k) {
        xmlTextReaderMoveToElement(r->xr);
        r->skip_depth = depth;
        return 0;
    }
    if (!found) {
        /* undeclared key: keep it as a string attribute named after the id */
        rd_key key;
        memset(&key, 0, sizeof key);
        key.kind = OG_VAL_STRING;
        key.domains = 3;
        key.name_off = r->names.len;
        key.builtin[0] = (signed char)og__gm_builtin_key(0, k);
        key.builtin[1] = (signed char)og__gm_builtin_key(1, k);
        if (og__xbuf_puts(&r->names, k) || og__xbuf_put(&r->names, "", 1))
            return oom(r);
        if (r->n_keys == r->cap_keys) {
            size_t cap = r->cap_keys ? r->cap_keys * 2 : 32;
            rd_key *p = og_realloc(r->keys, cap * sizeof *p);
            if (!p)
                return oom(r);
            r->keys = p;
            r->cap_keys = cap;
        }
        idx = (uint32_t)r->n_keys;
        r->keys[r->n_keys++] = key;
        if (og__strmap_put(&r->key_ids, k, strlen(k), idx))
            return oom(r);
    }
    xmlTextReaderMoveToElement(r->xr);
    rd_key *key = &r->keys[idx];
    int dom = r->cur == 1 ? 0 : 1;
    if (key->yfiles) {
        r->data_depth = -1;
        r->skip_depth = depth; /* graphics: only a y:NodeLabel is looked at */
        return 0;
    }
    if (!(key->domains & (1u << dom))) {
        r->skip_depth = depth;
        return 0;
    }
    if (declare(r, idx, dom))
        return r->rc;
    if (r->n_datas == r->cap_datas) {
        size_t cap = r->cap_datas ? r->cap_datas * 2 : 16;
        rd_data *p = og_realloc(r->datas, cap * sizeof *p);
        if (!p)
            return oom(r);
        r->datas = p;
        r->cap_datas = cap;
    }
    rd_data *d = &r->datas[r->n_datas++];
    d->key = idx;
    d->off = r->arena.len;
    d->len = 0;
    here(r, &d->line, &d->col);
    r->data_depth = depth;
    return 0;
}

static int data_text(rd *r)
{
    const xmlChar *v = xmlTextReaderConstValue(r->xr);
    size_t len = v ? strlen((const char *)v) : 0;
    rd_data *d = &r->datas[r->n_datas - 1];
    if (d->len + len > OG_GRAPHML_MAX_VALUE)
        return fail_here(r, OG_EINPUT, "<data> value larger than OG_GRAPHML_MAX_VALUE", key_name(r, d->key));
    if (og__xbuf_put(&r->arena, (const char *)v, len))
        return oom(r);
    d->len += len;
    return 0;
}

static int end_data(rd *r)
{
    r->data_depth = -1;
    if (og__xbuf_put(&r->arena, "", 1))
        return oom(r);
    return 0;
}

/* Value of the last <data> of built-in key `b` on the current element, or NULL. */
static const rd_data *builtin_data(rd *r, int dom, int b)
{
    const rd_data *found = NULL;
    for (size_t i = 0; i < r->n_datas; i++) {
        if (r->keys[r->datas[i].key].builtin[dom] == b)
            found = &r->datas[i];
    }
    return found;
}

static const char *dval(rd *r, const rd_data *d)
{
    return d ? r->arena.ptr + d->off : NULL;
}

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    if (*s == '-')
        return -1;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno)
        return -1;
    while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
        end++;
    if (*end)
        return -1;
    *out = v;
    return 0;
}

/* Parses `s` as `kind` into `v` (strings borrowed). 0 or -1. */
static int parse_value(const char *s, og_value_kind kind, og_value *v)
{
    const char *t = s;
    char *end = (char *)t;
    v->kind = kind;
    while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
        t++;
    end = (char *)t;
    switch (kind) {
    case OG_VAL_STRING:
        v->u.s = s;
        return 0;
    case OG_VAL_INT:
        errno = 0;
        v->u.i = strtoll(t, &end, 10);
        if (end == t || errno)
            return -1;
        break;
    case OG_VAL_DOUBLE:
        if (!strncmp(t, "INF", 3) || !strncmp(t, "+INF", 4) || !strncmp(t, "-INF", 4)) {
            v->u.d = t[0] == '-' ? -HUGE_VAL : HUGE_VAL;
            end = (char *)t + (t[0] == 'I' ? 3 : 4);
            break;
        }
        errno = 0;
        v->u.d = strtod(t, &end);
        if (end == t)
            return -1;
        break;
    case OG_VAL_BOOL:
        if (!strncasecmp(t, "true", 4)) {
            v->u.b = 1;
            end = (char *)t + 4;
        } else if (!strncasecmp(t, "false", 5)) {
            v->u.b = 0;
            end = (char *)t + 5;
        } else if (*t == '1' || *t == '0') {
            v->u.b = *t == '1';
            end = (char *)t + 1;
        } else
            return -1;
        break;
    }
    while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
        end++;
    return *end ? -1 : 0;
}

static int bad_value(rd *r, const rd_data *d, const char *what)
{
    char detail[160];
    snprintf(detail, sizeof detail, "key '%.60s': '%.40s' is not a valid %s", key_name(r, d->key),
             dval(r, d), what);
    return fail_at(r, OG_EINPUT, d->line, d->col, "bad <data> value", detail);
}

static const char *kind_word(og_value_kind k)
{
    return k == OG_VAL_INT ? "integer" : k == OG_VAL_DOUBLE ? "number" : k == OG_VAL_BOOL ? "boolean" : "string";
}

/* Finds the node with string id `id`, or creates a placeholder (OG_THING). */
static int node_for_id(rd *r, const char *id, og_node_id *out, int *created)
{
    uint32_t n;
    size_t len = strlen(id);
    *created = 0;
    if (og__strmap_get(&r->node_ids, id, len, &n)) {
        *out = n;
        return 0;
    }
    og_error e = {0};
    int rc = og_graph_new_node(r->g, OG_THING, *id ? id : "unnamed", out, &e);
    if (!rc && *id)
        rc = og_graph_node_set_id(r->g, *out, id, &e);
    if (rc)
        return fail_at(r, rc, r->cur_line, r->cur_col, "cannot add node", e.message);
    if (og__strmap_put(&r->node_ids, id, len, *out))
        return oom(r);
    *created = 1;
    return 0;
}

/* Calls `fn` for each non-empty '|'-separated part of `s` (modified in place). */
static int each_part(rd *r, char *s, og_node_id n, int (*fn)(og_graph *, og_node_id, const char *, og_error *))
{
    while (s && *s) {
        char *bar = strchr(s, '|');
        if (bar)
            *bar = '\0';
        if (*s) {
            og_error e = {0};
            int rc = fn(r->g, n, s, &e);
            if (rc)
                return fail_at(r, rc, r->cur_line, r->cur_col, "cannot set node attribute", e.message);
        }
        s = bar ? bar + 1 : NULL;
    }
    return 0;
}

static size_t count_parts(const char *s)
{
    size_t k = 0;
    for (const char *p = s; p && *p; p++) {
        if (*p != '|' && (p == s || p[-1] == '|'))
            k++;
    }
    return k;
}

static int set_extras(rd *r, int dom, uint32_t elem)
{
    for (size_t i = 0; i < r->n_datas; i++) {
        const rd_data *d = &r->datas[i];
        const rd_key *key = &r->keys[d->key];
        if (key->builtin[dom] >= 0)
            continue;
        og_value v;
        if (parse_value(dval(r, d), key->kind, &v) != 0)
            return bad_value(r, d, kind_word(key->kind));
        if (key->kind == OG_VAL_STRING && !*v.u.s)
            continue; /* empty values are absent values */
        og_error e = {0};
        int rc = dom ? og_graph_edge_set_attr(r->g, elem, key_name(r, d->key), &v, &e)
                     : og_graph_node_set_attr(r->g, elem, key_name(r, d->key), &v, &e);
        if (rc)
            return fail_at(r, rc, d->line, d->col, "cannot set attribute", e.message);
    }
    return 0;
}

static void trim_copy(og__xbuf *b)
{
    size_t s = 0, e = b->len;
    while (s < e && (b->ptr[s] == ' ' || b->ptr[s] == '\n' || b->ptr[s] == '\t' || b->ptr[s] == '\r'))
        s++;
    while (e > s && (b->ptr[e - 1] == ' ' || b->ptr[e - 1] == '\n' || b->ptr[e - 1] == '\t' || b->ptr[e - 1] == '\r'))
        e--;
    if (b->ptr) {
        memmove(b->ptr, b->ptr + s, e - s);
        b->len = e - s;
        b->ptr[b->len] = '\0';
    }
}

/* type_votes ("Organisation:3|Initiative:1", or "none"), type_fixed and
 * lexicon_id: what orgraph writes so that a graph read back reduces like the
 * fragments it came from (docs/scale.md). */
static int read_type_data(rd *r, og_node_id n, og_node_type type)
{
    og_error e = {0};
    int rc = 0;
    const rd_data *d = builtin_data(r, 0, OG__GMN_TYPE_VOTES);
    if (d) {
        uint64_t votes[OG_NODE_TYPE_COUNT] = {0};
        const char *p = dval(r, d);
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        if (strncmp(p, "none", 4) != 0) {
            while (*p) {
                const char *colon = strchr(p, ':');
                char name[32];
                og_node_type t;
                if (!colon || (size_t)(colon - p) >= sizeof name)
                    return bad_value(r, d, "type vote list");
                memcpy(name, p, (size_t)(colon - p));
                name[colon - p] = '\0';
                char *end;
                errno = 0;
                unsigned long long v = strtoull(colon + 1, &end, 10);
                if (og_node_type_parse(name, &t) || end == colon + 1 || errno || (*end && *end != '|'))
                    return bad_value(r, d, "type vote list");
                votes[t] = v;
                p = *end ? end + 1 : end;
            }
        }
        if ((rc = og_graph_node_set_votes(r->g, n, votes, &e)))
            return fail_at(r, rc, r->cur_line, r->cur_col, "cannot set type votes", e.message);
    }
    d = builtin_data(r, 0, OG__GMN_TYPE_FIXED);
    if (d) {
        const char *v = dval(r, d);
        while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
            v++;
        int fixed = !strncmp(v, "true", 4) || !strncmp(v, "1", 1);
        if (!fixed && strncmp(v, "false", 5) && strncmp(v, "0", 1))
            return bad_value(r, d, "boolean");
        if (fixed && (rc = og_graph_node_fix_type(r->g, n, type, &e)))
            return fail_at(r, rc, r->cur_line, r->cur_col, "cannot fix the type", e.message);
    }
    const char *lex = dval(r, builtin_data(r, 0, OG__GMN_LEXICON_ID));
    if (lex && *lex && (rc = og_graph_node_set_lexicon_id(r->g, n, lex, &e)))
        return fail_at(r, rc, r->cur_line, r->cur_col, "cannot set the lexicon id", e.message);
    return 0;
}

static int finish_node(rd *r)
{
    og_graph *g = r->g;
    og_error e = {0};
    int rc;
    const char *id = arena_str(r, r->id_off);
    const char *label = dval(r, builtin_data(r, 0, OG__GMN_LABEL));
    const char *name = dval(r, builtin_data(r, 0, OG__GMN_NAME));
    const char *type_s = dval(r, builtin_data(r, 0, OG__GMN_TYPE));
    trim_copy(&r->ylabel);
    if (!label || !*label)
        label = (name && *name) ? name : r->ylabel.len ? og__xbuf_cstr(&r->ylabel) : (id && *id) ? id : "unnamed";
    og_node_type type = OG_THING;
    if (type_s && og_node_type_parse(type_s, &type) != 0)
        type = OG_THING;
    og_node_id n;
    uint32_t known;
    if (id && og__strmap_get(&r->node_ids, id, strlen(id), &known)) {
        n = known; /* placeholder from an edge, or a repeated id */
        rc = og_graph_node_set_label(g, n, label, &e);
        if (!rc)
            rc = og_graph_node_fix_type(g, n, type, &e);
    } else {
        rc = og_graph_new_node(g, type, label, &n, &e);
        if (!rc && id && *id)
            rc = og_graph_node_set_id(g, n, id, &e);
        if (!rc && id && og__strmap_put(&r->node_ids, id, strlen(id), n))
            return oom(r);
    }
    if (rc)
        return fail_at(r, rc, r->cur_line, r->cur_col, "cannot add node", e.message);
    const rd_data *d = builtin_data(r, 0, OG__GMN_ALIASES);
    if (d && (rc = each_part(r, r->arena.ptr + d->off, n, og_graph_node_add_alias)))
        return rc;
    if (name && *name && strcmp(name, label) && (rc = og_graph_node_add_alias(g, n, name, &e)))
        return fail_at(r, rc, r->cur_line, r->cur_col, "cannot add alias", e.message);
    for (int k = OG__GMN_ACRONYM; k <= OG__GMN_STAKEHOLDER; k++) {
        const char *v = dval(r, builtin_data(r, 0, k));
        if (v && *v && (rc = og_graph_node_set_attr_str(g, n, og__gm_node_keys[k].name, v, &e)))
            return fail_at(r, rc, r->cur_line, r->cur_col, "cannot set attribute", e.message);
    }
    d = builtin_data(r, 0, OG__GMN_SOURCES);
    if (d) {
        size_t parts = count_parts(r->arena.ptr + d->off);
        if (parts > og_graph_max_evidence(g))
            og_graph_set_max_evidence(g, (unsigned)parts);
        if ((rc = each_part(r, r->arena.ptr + d->off, n, og_graph_node_add_source)))
            return rc;
    }
    if ((rc = read_type_data(r, n, type)))
        return rc;
    const rd_data *sc = builtin_data(r, 0, OG__GMN_SOURCE_COUNT);
    const rd_data *mc = builtin_data(r, 0, OG__GMN_MENTIONS);
    if (sc || mc) {
        uint64_t sources = og_graph_node_source_count(g, n), mentions = og_graph_node_mentions(g, n);
        if (sc && parse_u64(dval(r, sc), &sources))
            return bad_value(r, sc, "count");
        if (mc && parse_u64(dval(r, mc), &mentions))
            return bad_value(r, mc, "count");
        if (sources < og_graph_node_sources_kept(g, n))
            sources = og_graph_node_sources_kept(g, n); /* a count below the listed sources */
        og_graph_node_set_counts(g, n, sources, mentions);
    }
    return set_extras(r, 0, n);
}

/* Adds the edge once per evidence record of the JSON array `json`. */
static int add_with_evidence(rd *r, const rd_data *d, og_node_id s, og_predicate p, og_node_id o,
                             og_edge_id *eid)
{
    json_error_t je;
    unsigned long failures = og__alloc_failures();
    json_t *arr = json_loadb(dval(r, d), d->len, 0, &je);
    /* jansson reports an allocation failing in its lexer as a syntax error */
    if (!arr && (og__alloc_failures() != failures || json_error_code(&je) == json_error_out_of_memory))
        return fail_at(r, OG_ENOMEM, d->line, d->col, "out of memory parsing the evidence JSON", NULL);
    if (!arr || !json_is_array(arr)) {
        json_decref(arr);
        return fail_at(r, OG_EINPUT, d->line, d->col, "evidence is not a JSON array", arr ? NULL : je.text);
    }
    size_t n = json_array_size(arr);
    if (n > og_graph_max_evidence(r->g))
        og_graph_set_max_evidence(r->g, (unsigned)n);
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        json_t *o_ = json_array_get(arr, i);
        json_t *line = json_object_get(o_, "line"), *col = json_object_get(o_, "col");
        json_t *conf = json_object_get(o_, "confidence");
        og_evidence ev;
        ev.doc = json_string_value(json_object_get(o_, "doc"));
        ev.sentence = json_string_value(json_object_get(o_, "sentence"));
        ev.line = json_is_integer(line) && json_integer_value(line) > 0 ? (unsigned)json_integer_value(line) : 0;
        ev.column = json_is_integer(col) && json_integer_value(col) > 0 ? (unsigned)json_integer_value(col) : 0;
        ev.confidence = json_is_number(conf) ? json_number_value(conf) : 0.0;
        if (!json_is_object(o_)) {
            rc = fail_at(r, OG_EINPUT, d->line, d->col, "evidence record is not a JSON object", NULL);
            break;
        }
        if (!(ev.confidence >= 0.0 && ev.confidence <= 1.0)) {
            rc = fail_at(r, OG_EINPUT, d->line, d->col, "evidence confidence outside [0,1]", NULL);
            break;
        }
        og_error e = {0};
        rc = og_graph_add_edge(r->g, s, p, o, &ev, eid, &e);
        if (rc)
            rc = fail_at(r, rc, d->line, d->col, "cannot add edge", e.message);
    }
    if (!rc && n == 0) {
        og_error e = {0};
        rc = og_graph_add_edge(r->g, s, p, o, NULL, eid, &e);
        if (rc)
            rc = fail_at(r, rc, d->line, d->col, "cannot add edge", e.message);
    }
    json_decref(arr);
    return rc;
}

static int finish_edge(rd *r)
{
    og_graph *g = r->g;
    og_node_id s, o;
    int created, rc;
    if ((rc = node_for_id(r, arena_str(r, r->src_off), &s, &created)) ||
        (rc = node_for_id(r, arena_str(r, r->tgt_off), &o, &created)))
        return rc;
    const char *ps = dval(r, builtin_data(r, 1, OG__GME_TYPE));
    if (!ps || !*ps)
        ps = dval(r, builtin_data(r, 1, OG__GME_INTERACTION));
    og_predicate p = OG_RELATED;
    if (ps && og_predicate_parse(ps, &p) != 0)
        p = OG_RELATED;
    og_edge_id eid = NONE;
    const rd_data *evd = builtin_data(r, 1, OG__GME_EVIDENCE);
    if (evd && evd->len) {
        if ((rc = add_with_evidence(r, evd, s, p, o, &eid)))
            return rc;
    } else {
        og_error e = {0};
        if ((rc = og_graph_add_edge(g, s, p, o, NULL, &eid, &e)))
            return fail_at(r, rc, r->cur_line, r->cur_col, "cannot add edge", e.message);
    }
    if (eid == NONE)
        return 0; /* a self-loop: the model ignores those */
    const rd_data *cd = builtin_data(r, 1, OG__GME_CONFIDENCE);
    const rd_data *nd = builtin_data(r, 1, OG__GME_EVIDENCE_COUNT);
    if (cd || nd) {
        og_value cv;
        uint64_t count = og_graph_edge_evidence_count(g, eid);
        double conf = og_graph_edge_confidence(g, eid);
        if (cd) {
            if (parse_value(dval(r, cd), OG_VAL_DOUBLE, &cv))
                return bad_value(r, cd, "number");
            conf = cv.u.d;
        }
        if (nd && parse_u64(dval(r, nd), &count))
            return bad_value(r, nd, "count");
        if (cd && !(conf >= 0.0 && conf <= 1.0))
            return bad_value(r, cd, "confidence in [0,1]");
        if (count < og_graph_edge_evidence_kept(g, eid))
            count = og_graph_edge_evidence_kept(g, eid); /* a count below the listed evidence */
        og_graph_edge_set_counts(g, eid, conf, count);
    }
    const rd_data *hd = builtin_data(r, 1, OG__GME_HEDGED);
    if (hd) {
        og_value hv;
        if (parse_value(dval(r, hd), OG_VAL_BOOL, &hv))
            return bad_value(r, hd, "boolean");
        og_graph_edge_set_hedged(g, eid, hv.u.b);
    }
    return set_extras(r, 1, eid);
}

/* ---- the streaming loop -------------------------------------------------- */

static int on_start(rd *r, int depth)
{
    if (depth >= OG_GRAPHML_MAX_DEPTH)
        return fail_here(r, OG_EINPUT, "elements nested deeper than OG_GRAPHML_MAX_DEPTH", NULL);
    if (r->skip_depth >= 0) {
        /* inside skipped content: only look for a yEd node label */
        if (r->cur == 1 && !r->ylabel_done && r->ylabel_depth < 0 && name_is(r, "NodeLabel"))
            r->ylabel_depth = depth;
        return 0;
    }
    if (r->data_depth >= 0) {
        r->skip_depth = depth; /* markup inside <data>: only direct text counts */
        return 0;
    }
    if (!is_gml(r)) {
        r->skip_depth = depth;
        return 0;
    }
    if (name_is(r, "key") && r->cur == 0)
        return start_key(r);
    if (name_is(r, "node") || name_is(r, "edge")) {
        int rc = 0;
        if (r->cur == 1)
            rc = finish_node(r); /* a nested graph: the outer node ends here */
        else if (r->cur == 2)
            rc = finish_edge(r);
        r->cur = 0;
        return rc ? rc : start_element(r, name_is(r, "node") ? 1 : 2, depth);
    }
    if (name_is(r, "data")) {
        if (r->cur && depth == r->cur_depth + 1)
            return start_data(r, depth);
        r->skip_depth = depth; /* graph-level data */
        return 0;
    }
    if (name_is(r, "graphml") || name_is(r, "graph"))
        return 0;
    r->skip_depth = depth; /* <default>, <desc>, <port>, <hyperedge>, <locator>... */
    return 0;
}

static int on_end(rd *r, int depth)
{
    if (r->skip_depth >= 0) {
        if (r->ylabel_depth == depth) {
            r->ylabel_depth = -1;
            r->ylabel_done = 1;
        }
        if (r->skip_depth == depth)
            r->skip_depth = -1;
        return 0;
    }
    if (r->data_depth == depth)
        return end_data(r);
    if (r->cur && depth == r->cur_depth) {
        int rc = r->cur == 1 ? finish_node(r) : finish_edge(r);
        r->cur = 0;
        return rc;
    }
    return 0;
}

static int on_text(rd *r, int depth)
{
    if (r->ylabel_depth >= 0 && depth == r->ylabel_depth + 1) {
        const xmlChar *v = xmlTextReaderConstValue(r->xr);
        if (r->ylabel.len + (v ? strlen((const char *)v) : 0) > OG_GRAPHML_MAX_VALUE)
            return fail_here(r, OG_EINPUT, "label larger than OG_GRAPHML_MAX_VALUE", NULL);
        if (og__xbuf_puts(&r->ylabel, (const char *)v))
            return oom(r);
        return 0;
    }
    if (r->skip_depth < 0 && r->data_depth >= 0 && depth == r->data_depth + 1)
        return data_text(r);
    return 0;
}

static int refuse_doctype(rd *r)
{
    /* xmlTextReaderCurrentNode, not ...CurrentDoc: the latter makes the
     * reader keep (and leak) the document */
    xmlNodePtr node = xmlTextReaderCurrentNode(r->xr);
    if (node && node->type == XML_DTD_NODE && ((xmlDtdPtr)node)->entities)
        return fail_here(r, OG_EINPUT, "DOCTYPE declaring entities refused (no entity expansion in GraphML)", NULL);
    xmlDocPtr doc = node ? node->doc : NULL;
    if (doc && ((doc->intSubset && doc->intSubset->entities) || (doc->extSubset && doc->extSubset->entities)))
        return fail_here(r, OG_EINPUT, "DOCTYPE declaring entities refused (no entity expansion in GraphML)", NULL);
    return 0;
}

static int run(rd *r)
{
    int st = 0;
    while (r->rc == 0 && (st = xmlTextReaderRead(r->xr)) == 1) {
        int type = xmlTextReaderNodeType(r->xr);
        int depth = xmlTextReaderDepth(r->xr);
        switch (type) {
        case XML_READER_TYPE_ELEMENT:
            if (on_start(r, depth))
                break;
            if (xmlTextReaderIsEmptyElement(r->xr))
                on_end(r, depth);
            break;
        case XML_READER_TYPE_END_ELEMENT:
            on_end(r, depth);
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            on_text(r, depth);
            break;
        case XML_READER_TYPE_DOCUMENT_TYPE:
            refuse_doctype(r);
            break;
        case XML_READER_TYPE_ENTITY_REFERENCE:
            fail_here(r, OG_EINPUT, "entity reference refused",
                      (const char *)xmlTextReaderConstName(r->xr));
            break;
        default:
            break;
        }
    }
    if (r->rc)
        return r->rc;
    if (st < 0 || r->xml_failed) {
        if (r->xml_failed)
            return fail_at(r, r->xml_failed == 2 ? OG_ENOMEM : OG_EINPUT, r->xml_line, r->xml_col, r->xml_msg,
                           NULL);
        return fail_here(r, OG_EINPUT, "malformed XML", NULL);
    }
    return 0;
}

static int read_with(og_graph **out, xmlTextReaderPtr xr, const char *name, og_error *err)
{
    rd r;
    memset(&r, 0, sizeof r);
    r.xr = xr;
    r.err = err;
    r.name = name;
    r.data_depth = r.skip_depth = r.ylabel_depth = -1;
    r.g = og_graph_new();
    if (!r.g) {
        xmlFreeTextReader(xr);
        return og_error_set(err, OG_ENOMEM, name, 0, 0, "out of memory while reading GraphML");
    }
    xmlTextReaderSetStructuredErrorHandler(xr, on_xml_error, &r);
    int rc = run(&r);
    xmlFreeTextReader(xr);
    og__strmap_free(&r.key_ids);
    og__strmap_free(&r.node_ids);
    og__xbuf_free(&r.names);
    og__xbuf_free(&r.arena);
    og__xbuf_free(&r.ylabel);
    og_free(r.keys);
    og_free(r.datas);
    if (rc) {
        og_graph_free(r.g);
        return rc;
    }
    *out = r.g;
    return 0;
}

/* Never XML_PARSE_NOENT (substitution), DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE. */
#define READ_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

int og_read_graphml_memory(og_graph **out, const char *name, const char *data, size_t len, og_error *err)
{
    if (!out || (!data && len))
        return og_error_set(err, OG_EINVAL, name, 0, 0, "og_read_graphml_memory: %s is NULL", out ? "data" : "out");
    *out = NULL;
    if (len > (size_t)INT32_MAX)
        return og_error_set(err, OG_EINPUT, name, 0, 0, "GraphML input larger than 2 GiB held in memory");
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        i++;
    if (i == len)
        return og_error_set(err, OG_EINPUT, name ? name : "<memory>", 1, 1, "empty document: no GraphML");
    xmlTextReaderPtr xr = xmlReaderForMemory(data ? data : "", (int)len, NULL, NULL, READ_OPTIONS);
    if (!xr)
        return og_error_set(err, OG_ENOMEM, name, 0, 0, "cannot create the XML reader");
    return read_with(out, xr, name ? name : "<memory>", err);
}

int og_read_graphml_file(og_graph **out, const char *path, og_error *err)
{
    if (!out || !path)
        return og_error_set(err, OG_EINVAL, path, 0, 0, "og_read_graphml_file: %s is NULL", out ? "path" : "out");
    *out = NULL;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return og_error_set(err, OG_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    struct stat st;
    memset(&st, 0, sizeof st);
    int have_stat = fstat(fd, &st) == 0;
    if (have_stat && S_ISDIR(st.st_mode)) {
        close(fd);
        return og_error_set(err, OG_EIO, path, 0, 0, "is a directory, not a GraphML file");
    }
    if (have_stat && S_ISREG(st.st_mode) && st.st_size == 0) {
        close(fd);
        return og_error_set(err, OG_EINPUT, path, 1, 1, "empty document: no GraphML");
    }
    xmlTextReaderPtr xr = xmlReaderForFd(fd, NULL, NULL, READ_OPTIONS);
    if (!xr) {
        close(fd);
        return og_error_set(err, OG_ENOMEM, path, 0, 0, "cannot create the XML reader");
    }
    int rc = read_with(out, xr, path, err);
    close(fd);
    return rc;
}
