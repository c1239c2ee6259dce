/*
 * copy.c - og_graph_copy: a deep copy with its own string pool and indexes.
 *
 * Does: copy every node, edge, key, attribute, evidence record and count
 * exactly (same indices, same order), re-interning strings into the copy.
 * Does not: share anything with the source graph, or normalise anything.
 */
#include <string.h>

#include "graph_impl.h"

static const char *dup_str(og_graph *d, const char *s, int *oom)
{
    if (!s)
        return NULL;
    const char *r = og__pool_intern(&d->pool, s, strlen(s));
    if (!r)
        *oom = 1;
    return r;
}

static og__attr *dup_attrs(og_graph *d, const og__attr *a, uint32_t n, int *oom)
{
    if (!n)
        return NULL;
    og__attr *out = og_malloc(og__attrs_cap(n) * sizeof *out);
    if (!out) {
        *oom = 1;
        return NULL;
    }
    memcpy(out, a, n * sizeof *out);
    for (uint32_t i = 0; i < n; i++)
        if (out[i].v.kind == OG_VAL_STRING)
            out[i].v.u.s = dup_str(d, a[i].v.u.s, oom);
    return out;
}

static int copy_node(og_graph *d, const og__node *s, og__node *t)
{
    int oom = 0;
    *t = *s;
    t->aliases = NULL;
    t->attrs = NULL;
    t->n_aliases = t->n_attrs = t->n_src = 0;
    t->label = dup_str(d, s->label, &oom);
    t->label_key = dup_str(d, s->label_key, &oom);
    t->id = dup_str(d, s->id, &oom);
    t->lexicon_id = dup_str(d, s->lexicon_id, &oom);
    if (s->n_aliases) {
        t->aliases = og_malloc(s->n_aliases * sizeof *t->aliases);
        if (!t->aliases)
            return OG_ENOMEM;
        t->n_aliases = s->n_aliases;
        for (uint32_t i = 0; i < s->n_aliases; i++) {
            t->aliases[i].name = dup_str(d, s->aliases[i].name, &oom);
            t->aliases[i].key = dup_str(d, s->aliases[i].key, &oom);
        }
    }
    t->attrs = dup_attrs(d, s->attrs, s->n_attrs, &oom);
    if (t->attrs)
        t->n_attrs = s->n_attrs;
    if (s->n_src == 1) {
        t->src.one = dup_str(d, s->src.one, &oom);
        t->n_src = 1;
    } else if (s->n_src > 1) {
        t->src.many = og_malloc(s->n_src * sizeof *t->src.many);
        if (!t->src.many)
            return OG_ENOMEM;
        t->n_src = s->n_src;
        for (uint32_t i = 0; i < s->n_src; i++)
            t->src.many[i] = dup_str(d, s->src.many[i], &oom);
    }
    return oom ? OG_ENOMEM : 0;
}

static int copy_edge(og_graph *d, const og__edge *s, og__edge *t)
{
    int oom = 0;
    *t = *s;
    t->attrs = NULL;
    t->n_attrs = 0;
    t->n_ev = 0;
    const og_evidence *ev = og__edge_evs(s);
    og_evidence *list = NULL;
    if (s->n_ev) {
        list = og_malloc(s->n_ev * sizeof *list);
        if (!list)
            return OG_ENOMEM;
        for (uint32_t i = 0; i < s->n_ev; i++) {
            list[i] = ev[i];
            list[i].doc = dup_str(d, ev[i].doc, &oom);
            list[i].sentence = dup_str(d, ev[i].sentence, &oom);
        }
        og__edge_set_evs(t, list, s->n_ev);
        t->conf = s->conf;
    }
    t->attrs = dup_attrs(d, s->attrs, s->n_attrs, &oom);
    if (t->attrs)
        t->n_attrs = s->n_attrs;
    return oom ? OG_ENOMEM : 0;
}

og_graph *og_graph_copy(const og_graph *g)
{
    if (!g)
        return NULL;
    og_graph *d = og_graph_new();
    if (!d)
        return NULL;
    d->max_ev = g->max_ev;
    for (int dom = 0; dom < 2; dom++) {
        for (uint32_t i = 0; i < g->n_keys[dom]; i++) {
            uint32_t k;
            if (og__key_declare(d, dom, g->keys[dom][i].name, g->keys[dom][i].kind, &k, NULL) != 0)
                goto fail;
        }
    }
    if (og__graph_reserve_nodes(d, g->n_nodes) != 0)
        goto fail;
    for (uint32_t i = 0; i < g->n_nodes; i++) {
        int rc = copy_node(d, &g->nodes[i], &d->nodes[i]);
        d->n_nodes++; /* counted even on failure so og_graph_free releases it */
        if (rc)
            goto fail;
        const og__node *t = &d->nodes[i];
        if (og__node_index_names(d, i) != 0)
            goto fail;
        if (t->id && og__mm_add(&d->ids, t->id, i) != 0)
            goto fail;
    }
    if (g->n_edges) {
        d->edges = og_malloc(g->n_edges * sizeof *d->edges);
        if (!d->edges)
            goto fail;
        d->cap_edges = g->n_edges;
        for (uint32_t i = 0; i < g->n_edges; i++) {
            int rc = copy_edge(d, &g->edges[i], &d->edges[i]);
            d->n_edges++;
            if (rc)
                goto fail;
        }
        if (og__edge_rehash(d, (size_t)g->n_edges * 2) != 0)
            goto fail;
    }
    return d;
fail:
    og_graph_free(d);
    return NULL;
}
