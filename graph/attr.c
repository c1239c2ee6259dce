/*
 * attr.c - typed attributes: the per-graph key table (one per domain:
 * nodes, edges) and the small sorted (key, value) arrays on nodes and edges.
 *
 * Does: declare keys in first-use order with a fixed kind (a value of
 * another kind for a declared key is OG_EINVAL), intern string values,
 * replace on set, read in key-declaration order.
 * Does not: know the built-in columns (label, type, evidence...) or convert
 * between kinds (the reduce does that when inputs disagree).
 */
#include <string.h>

#include "graph_impl.h"

static int first_value(uint32_t value, void *payload)
{
    *(uint32_t *)payload = value;
    return 1;
}

uint32_t og__key_find(const og_graph *g, int d, const char *name)
{
    const char *s = og__pool_find(&g->pool, name, strlen(name));
    uint32_t k = UINT32_MAX;
    if (s)
        og__mm_each(&g->key_index[d], s, first_value, &k);
    return k;
}

static const char *kind_name(og_value_kind k)
{
    switch (k) {
    case OG_VAL_STRING: return "string";
    case OG_VAL_INT: return "int";
    case OG_VAL_DOUBLE: return "double";
    case OG_VAL_BOOL: return "boolean";
    }
    return "?";
}

int og__key_declare(og_graph *g, int d, const char *name, og_value_kind kind, uint32_t *out, og_error *err)
{
    if ((unsigned)kind > OG_VAL_BOOL)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "attribute '%s': bad value kind %d", name, (int)kind);
    uint32_t k = og__key_find(g, d, name);
    if (k != UINT32_MAX) {
        if (g->keys[d][k].kind != kind)
            return og_error_set(err, OG_EINVAL, NULL, 0, 0, "attribute '%s' is declared as %s, not %s", name,
                                kind_name(g->keys[d][k].kind), kind_name(kind));
        *out = k;
        return 0;
    }
    const char *s = og__pool_intern(&g->pool, name, strlen(name));
    if (!s)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    if (g->n_keys[d] == g->cap_keys[d]) {
        uint32_t cap = g->cap_keys[d] ? g->cap_keys[d] * 2 : 8;
        og__key *keys = og_realloc(g->keys[d], cap * sizeof *keys);
        if (!keys)
            return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
        g->keys[d] = keys;
        g->cap_keys[d] = cap;
    }
    if (og__mm_add(&g->key_index[d], s, g->n_keys[d]) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    g->keys[d][g->n_keys[d]].name = s;
    g->keys[d][g->n_keys[d]].kind = kind;
    *out = g->n_keys[d]++;
    return 0;
}

int og_graph_declare_key(og_graph *g, int for_edges, const char *key, og_value_kind kind, og_error *err)
{
    if (!g || !key || !*key)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_declare_key: empty key");
    uint32_t k;
    return og__key_declare(g, for_edges ? 1 : 0, key, kind, &k, err);
}

const og__attr *og__attrs_get(const og__attr *attrs, uint32_t n, uint32_t key)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (attrs[mid].key == key)
            return &attrs[mid];
        if (attrs[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Allocated length of an attribute array of n entries: n up to 4, then the
 * next power of two, so appending one by one stays O(1) amortised. */
uint32_t og__attrs_cap(uint32_t n)
{
    if (n <= 4)
        return n;
    uint32_t c = 8;
    while (c < n)
        c *= 2;
    return c;
}

int og__attrs_set(og__attr **attrs, uint32_t *n, uint32_t key, const og_value *v)
{
    og__attr *a = (og__attr *)og__attrs_get(*attrs, *n, key);
    if (a) {
        a->v = *v;
        return 0;
    }
    og__attr *list = *attrs;
    if (*n + 1 > og__attrs_cap(*n)) {
        list = og_realloc(*attrs, og__attrs_cap(*n + 1) * sizeof *list);
        if (!list)
            return OG_ENOMEM;
    }
    uint32_t lo = 0, hi = *n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (list[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t pos = lo;
    memmove(list + pos + 1, list + pos, (*n - pos) * sizeof *list);
    list[pos].key = key;
    list[pos].v = *v;
    *attrs = list;
    (*n)++;
    return 0;
}

int og__value_cmp(const og_value *a, const og_value *b)
{
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    switch (a->kind) {
    case OG_VAL_STRING: return strcmp(a->u.s, b->u.s);
    case OG_VAL_INT: return a->u.i < b->u.i ? -1 : a->u.i > b->u.i;
    case OG_VAL_DOUBLE: return a->u.d < b->u.d ? -1 : a->u.d > b->u.d;
    case OG_VAL_BOOL: return (a->u.b != 0) - (b->u.b != 0);
    }
    return 0;
}

/* Interns the string of `v` into g; *out receives the graph-owned value. */
static int own_value(og_graph *g, const og_value *v, og_value *out, og_error *err)
{
    *out = *v;
    if (v->kind == OG_VAL_STRING) {
        if (!v->u.s)
            return og_error_set(err, OG_EINVAL, NULL, 0, 0, "string attribute value is NULL");
        out->u.s = og__pool_intern(&g->pool, v->u.s, strlen(v->u.s));
        if (!out->u.s)
            return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    } else if (v->kind == OG_VAL_BOOL) {
        out->u.b = v->u.b ? 1 : 0;
    }
    return 0;
}

static int set_attr(og_graph *g, int d, og__attr **attrs, uint32_t *n, const char *key, const og_value *v,
                    og_error *err)
{
    if (!key || !*key || !v)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "set_attr: empty key or NULL value");
    og_value own;
    uint32_t k;
    int rc = own_value(g, v, &own, err);
    if (rc == 0)
        rc = og__key_declare(g, d, key, v->kind, &k, err);
    if (rc)
        return rc;
    if (og__attrs_set(attrs, n, k, &own) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    return 0;
}

int og_graph_node_set_attr(og_graph *g, og_node_id n, const char *key, const og_value *v, og_error *err)
{
    if (!g || n >= g->n_nodes)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_node_set_attr: node %u out of range", (unsigned)n);
    og__node *node = &g->nodes[n];
    return set_attr(g, 0, &node->attrs, &node->n_attrs, key, v, err);
}

int og_graph_node_set_attr_str(og_graph *g, og_node_id n, const char *key, const char *value, og_error *err)
{
    og_value v;
    v.kind = OG_VAL_STRING;
    v.u.s = value;
    return og_graph_node_set_attr(g, n, key, &v, err);
}

int og_graph_edge_set_attr(og_graph *g, og_edge_id e, const char *key, const og_value *v, og_error *err)
{
    if (!g || e >= g->n_edges)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_edge_set_attr: edge %u out of range", (unsigned)e);
    og__edge *edge = &g->edges[e];
    return set_attr(g, 1, &edge->attrs, &edge->n_attrs, key, v, err);
}

const og_value *og_graph_node_attr(const og_graph *g, og_node_id n, const char *key)
{
    if (!g || n >= g->n_nodes || !key)
        return NULL;
    uint32_t k = og__key_find(g, 0, key);
    if (k == UINT32_MAX)
        return NULL;
    const og__attr *a = og__attrs_get(g->nodes[n].attrs, g->nodes[n].n_attrs, k);
    return a ? &a->v : NULL;
}

const char *og_graph_node_attr_str(const og_graph *g, og_node_id n, const char *key)
{
    const og_value *v = og_graph_node_attr(g, n, key);
    return v && v->kind == OG_VAL_STRING ? v->u.s : NULL;
}

size_t og_graph_node_attr_count(const og_graph *g, og_node_id n)
{
    return g && n < g->n_nodes ? g->nodes[n].n_attrs : 0;
}

void og_graph_node_attr_at(const og_graph *g, og_node_id n, size_t i, const char **key, const og_value **value)
{
    if (key)
        *key = NULL;
    if (value)
        *value = NULL;
    if (!g || n >= g->n_nodes || i >= g->nodes[n].n_attrs)
        return;
    const og__attr *a = &g->nodes[n].attrs[i];
    if (key)
        *key = g->keys[0][a->key].name;
    if (value)
        *value = &a->v;
}

size_t og_graph_edge_attr_count(const og_graph *g, og_edge_id e)
{
    return g && e < g->n_edges ? g->edges[e].n_attrs : 0;
}

void og_graph_edge_attr_at(const og_graph *g, og_edge_id e, size_t i, const char **key, const og_value **value)
{
    if (key)
        *key = NULL;
    if (value)
        *value = NULL;
    if (!g || e >= g->n_edges || i >= g->edges[e].n_attrs)
        return;
    const og__attr *a = &g->edges[e].attrs[i];
    if (key)
        *key = g->keys[1][a->key].name;
    if (value)
        *value = &a->v;
}

size_t og_graph_key_count(const og_graph *g, int for_edges)
{
    return g ? g->n_keys[for_edges ? 1 : 0] : 0;
}

void og_graph_key_at(const og_graph *g, int for_edges, size_t i, const char **key, og_value_kind *kind)
{
    int d = for_edges ? 1 : 0;
    if (!g || i >= g->n_keys[d]) {
        if (key)
            *key = NULL;
        return;
    }
    if (key)
        *key = g->keys[d][i].name;
    if (kind)
        *kind = g->keys[d][i].kind;
}
