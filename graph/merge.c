/*
 * merge.c - og_graph_merge_nodes: folds one node into another inside a
 * graph and compacts the node array (indices above `gone` shift down).
 *
 * Does: union of names (keep's label stays), votes and mentions summed,
 * attributes (keep's win), sources (sorted, capped, counted), ids and
 * lexicon ids (keep's win), edges remapped; edges that become self-loops
 * are dropped and duplicates collapse with their evidence (K smallest kept,
 * counts added). O(V + E).
 * Does not: pick a new label or type by length (that is the reduce's job).
 * On OG_ENOMEM before the node data changed, the graph is untouched; an
 * OOM while collapsing duplicate edges leaves a valid graph in which some
 * evidence of the collapsed duplicates was dropped.
 */
#include <string.h>

#include "graph_impl.h"

/* Sorted union of keep's aliases and gone's names, without keep's label. */
static int merged_aliases(const og__node *k, const og__node *g, og__name **out, uint32_t *n_out)
{
    size_t cap = k->n_aliases + og__node_name_count(g);
    og__name *list = og_malloc(cap * sizeof *list);
    if (!list)
        return OG_ENOMEM;
    size_t n = 0;
    for (uint32_t i = 0; i < k->n_aliases; i++)
        list[n++] = k->aliases[i];
    for (size_t i = 0; i < og__node_name_count(g); i++) {
        const char *name = og__node_name(g, i);
        if (name == k->label)
            continue;
        size_t lo = 0, hi = n;
        int found = 0;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int c = strcmp(list[mid].name, name);
            if (c == 0) {
                found = 1;
                break;
            }
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (found)
            continue;
        memmove(list + lo + 1, list + lo, (n - lo) * sizeof *list);
        list[lo].name = name;
        list[lo].key = og__node_name_key(g, i);
        n++;
    }
    *out = list;
    *n_out = (uint32_t)n;
    return 0;
}

static int merged_attrs(const og__node *k, const og__node *g, og__attr **out, uint32_t *n_out)
{
    size_t cap = (size_t)k->n_attrs + g->n_attrs;
    *out = NULL;
    *n_out = 0;
    if (!cap)
        return 0;
    og__attr *list = og_malloc(og__attrs_cap((uint32_t)cap) * sizeof *list);
    if (!list)
        return OG_ENOMEM;
    uint32_t i = 0, j = 0, n = 0;
    while (i < k->n_attrs || j < g->n_attrs) {
        if (j >= g->n_attrs || (i < k->n_attrs && k->attrs[i].key <= g->attrs[j].key)) {
            if (j < g->n_attrs && k->attrs[i].key == g->attrs[j].key)
                j++;
            list[n++] = k->attrs[i++];
        } else {
            list[n++] = g->attrs[j++];
        }
    }
    *out = list;
    *n_out = n;
    return 0;
}

/* Folds edge `from` into edge `into` (same graph). 0 or OG_ENOMEM (then `into` keeps its evidence). */
static int absorb_edge(og_graph *g, og__edge *into, const og__edge *from)
{
    int rc = 0;
    uint64_t extra = (into->ev_count > into->n_ev ? into->ev_count - into->n_ev : 0) +
                     (from->ev_count > from->n_ev ? from->ev_count - from->n_ev : 0);
    og_evidence *list;
    size_t k;
    if (og__evidence_union(og__edge_evs(into), into->n_ev, og__edge_evs(from), from->n_ev, (size_t)-1, &list,
                           &k) != 0) {
        rc = OG_ENOMEM;
    } else {
        size_t all = k;
        size_t keep = k < g->max_ev ? k : g->max_ev;
        double conf = into->conf > from->conf ? into->conf : from->conf;
        og__edge_set_evs(into, list, keep);
        if (!keep)
            into->conf = conf;
        into->ev_count = all + extra;
    }
    into->hedged = into->hedged && from->hedged;
    for (uint32_t i = 0; i < from->n_attrs; i++) {
        if (og__attrs_get(into->attrs, into->n_attrs, from->attrs[i].key))
            continue;
        if (og__attrs_set(&into->attrs, &into->n_attrs, from->attrs[i].key, &from->attrs[i].v) != 0)
            rc = OG_ENOMEM;
    }
    return rc;
}

int og_graph_merge_nodes(og_graph *g, og_node_id keep, og_node_id gone, og_error *err)
{
    if (!g || keep >= g->n_nodes || gone >= g->n_nodes || keep == gone)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_merge_nodes: bad nodes %u, %u", (unsigned)keep,
                            (unsigned)gone);
    og__node *k = &g->nodes[keep];
    og__node *x = &g->nodes[gone];
    og__name *aliases = NULL;
    og__attr *attrs = NULL;
    const char **src = NULL;
    uint32_t n_aliases, n_attrs;
    size_t n_src;
    uint32_t *map = og_malloc((size_t)g->n_nodes * sizeof *map);
    if (!map || merged_aliases(k, x, &aliases, &n_aliases) != 0 || merged_attrs(k, x, &attrs, &n_attrs) != 0 ||
        og__sources_union(og__node_sources(k), k->n_src, og__node_sources(x), x->n_src, g->max_ev, &src, &n_src) != 0)
        goto oom;
    size_t all_src = 0;
    {
        const char **tmp;
        size_t n_all;
        /* Count the full union for source_count (cheap: lists are short). */
        if (og__sources_union(og__node_sources(k), k->n_src, og__node_sources(x), x->n_src, (size_t)-1, &tmp,
                              &n_all) != 0)
            goto oom;
        og_free(tmp);
        all_src = n_all;
    }
    uint64_t extra = (k->source_count > k->n_src ? k->source_count - k->n_src : 0) +
                     (x->source_count > x->n_src ? x->source_count - x->n_src : 0);
    /* Commit (nothing below fails until the edge pass). Index entries of gone
     * are remapped to keep below; drop those keep already has, so each
     * (key, node) pair stays unique. */
    for (size_t i = 0; i < og__node_name_count(x); i++) {
        const char *key = og__node_name_key(x, i);
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = og__node_name_key(x, j) == key;
        if (!seen && og__node_has_key(k, key))
            og__mm_remove(&g->names, key, gone);
    }
    if (x->id && k->id)
        og__mm_remove(&g->ids, x->id, gone);
    og_free(k->aliases);
    k->aliases = aliases;
    k->n_aliases = n_aliases;
    og_free(k->attrs);
    k->attrs = attrs;
    k->n_attrs = n_attrs;
    og__node_set_sources(k, src, n_src);
    k->source_count = all_src + extra;
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++)
        k->votes[t] = x->votes[t] > UINT32_MAX - k->votes[t] ? UINT32_MAX : k->votes[t] + x->votes[t];
    k->mentions += x->mentions;
    if (!k->fixed && x->fixed) {
        k->fixed = 1;
        k->type = x->type;
    }
    og__node_retype(k);
    if (!k->lexicon_id)
        k->lexicon_id = x->lexicon_id;
    if (!k->id && x->id)
        k->id = x->id; /* re-indexed below through the map */

    /* Remove `gone` and shift. */
    og_node_id keep2 = keep > gone ? keep - 1 : keep;
    for (uint32_t i = 0; i < g->n_nodes; i++)
        map[i] = i < gone ? i : i > gone ? i - 1 : keep2;
    og__mm_remap(&g->names, map);
    og__mm_remap(&g->ids, map);
    og__node_release(x);
    memmove(&g->nodes[gone], &g->nodes[gone + 1], (size_t)(g->n_nodes - gone - 1) * sizeof *g->nodes);
    g->n_nodes--;

    /* Edges: remap, drop self-loops, collapse duplicates in first-seen order. */
    int rc = 0;
    for (uint32_t i = 0; i < g->n_nodes; i++)
        g->nodes[i].degree = 0;
    if (g->edge_cap)
        memset(g->edge_slots, 0xFF, g->edge_cap * sizeof *g->edge_slots);
    uint32_t w = 0;
    uint32_t n_edges = g->n_edges;
    g->n_edges = 0;
    for (uint32_t i = 0; i < n_edges; i++) {
        og__edge e = g->edges[i];
        e.s = map[e.s];
        e.o = map[e.o];
        if (e.pred == OG_COLLABORATES_WITH && e.s > e.o) {
            og_node_id t = e.s;
            e.s = e.o;
            e.o = t;
        }
        if (e.s == e.o) {
            og__edge_release(&e);
            continue;
        }
        og_edge_id dup = og__edge_find(g, e.s, (og_predicate)e.pred, e.o);
        if (dup != OG__NO_EDGE) {
            if (absorb_edge(g, &g->edges[dup], &e) != 0)
                rc = OG_ENOMEM;
            og__edge_release(&e);
            continue;
        }
        g->edges[w] = e;
        g->n_edges = w + 1;
        og__edge_slot_insert(g, w);
        w++;
    }
    g->n_edges = w;
    for (uint32_t i = 0; i < g->n_edges; i++) {
        g->nodes[g->edges[i].s].degree++;
        g->nodes[g->edges[i].o].degree++;
    }
    og_free(map);
    if (rc)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory while merging duplicate edges");
    return 0;
oom:
    og_free(map);
    og_free(aliases);
    og_free(attrs);
    og_free(src);
    return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
}
