/*
 * check.c - og_graph_check: the invariant checker run by tests, fuzzers and
 * Debug builds after extraction and reading.
 *
 * Does: verify edges reference nodes, no self-loops, collaborates_with
 * ordered, no duplicate (s, p, o), types and predicates in range, labels
 * set, aliases sorted and distinct, sources and evidence sorted, distinct
 * and capped with counts >= kept, degrees consistent, ids set and unique
 * (when asked), attribute keys declared with the value's kind, the alias
 * index holding exactly one entry per distinct name key of each node.
 * Does not: repair anything; it reports the first violation only.
 */
#include <string.h>

#include "graph_impl.h"

#define FAIL(...) return og_error_set(err, OG_ERROR, NULL, 0, 0, __VA_ARGS__)

static int check_attrs(const og_graph *g, int d, const og__attr *a, uint32_t n, const char *what, uint32_t idx,
                       og_error *err)
{
    for (uint32_t i = 0; i < n; i++) {
        if (a[i].key >= g->n_keys[d])
            FAIL("%s %u: attribute key %u undeclared", what, idx, a[i].key);
        if (i && a[i - 1].key >= a[i].key)
            FAIL("%s %u: attributes not sorted by key", what, idx);
        if (a[i].v.kind != g->keys[d][a[i].key].kind)
            FAIL("%s %u: attribute '%s' has the wrong kind", what, idx, g->keys[d][a[i].key].name);
        if (a[i].v.kind == OG_VAL_STRING && !a[i].v.u.s)
            FAIL("%s %u: attribute '%s' is NULL", what, idx, g->keys[d][a[i].key].name);
    }
    return 0;
}

int og_graph_check(const og_graph *g, int require_ids, og_error *err)
{
    if (!g)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_check: NULL graph");
    size_t *degree = NULL;
    if (g->n_nodes) {
        degree = og_malloc(g->n_nodes * sizeof *degree);
        if (!degree)
            return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
        memset(degree, 0, g->n_nodes * sizeof *degree);
    }
    int rc = 0;
    size_t expected_entries = 0;
#undef FAIL
#define FAIL(...)                                                                                \
    do {                                                                                         \
        rc = og_error_set(err, OG_ERROR, NULL, 0, 0, __VA_ARGS__);                               \
        goto out;                                                                                \
    } while (0)
    for (uint32_t i = 0; i < g->n_nodes; i++) {
        const og__node *n = &g->nodes[i];
        if (!n->label || !*n->label)
            FAIL("node %u: no label", i);
        if (n->type >= OG_NODE_TYPE_COUNT)
            FAIL("node %u: type %u out of range", i, n->type);
        for (uint32_t a = 0; a < n->n_aliases; a++) {
            if (n->aliases[a].name == n->label)
                FAIL("node %u: alias '%s' repeats the label", i, n->label);
            if (a && strcmp(n->aliases[a - 1].name, n->aliases[a].name) >= 0)
                FAIL("node %u: aliases not sorted or not distinct", i);
        }
        for (size_t k = 0; k < og__node_name_count(n); k++) {
            const char *key = og__node_name_key(n, k);
            int seen = 0;
            for (size_t j = 0; j < k && !seen; j++)
                seen = og__node_name_key(n, j) == key;
            expected_entries += !seen;
        }
        const char *const *src = og__node_sources(n);
        if (n->n_src > g->max_ev)
            FAIL("node %u: %u sources kept, cap %u", i, n->n_src, g->max_ev);
        for (uint32_t s = 1; s < n->n_src; s++)
            if (strcmp(src[s - 1], src[s]) >= 0)
                FAIL("node %u: sources not sorted or not distinct", i);
        if (n->source_count < n->n_src)
            FAIL("node %u: source_count %llu below kept %u", i, (unsigned long long)n->source_count, n->n_src);
        if (require_ids && (!n->id || !*n->id))
            FAIL("node %u ('%s'): no id", i, n->label);
        if (n->id) {
            og_node_id first;
            if (og_graph_find_id(g, n->id, &first) != 0 || first > i)
                FAIL("node %u: id '%s' not indexed", i, n->id);
            if (require_ids && first != i)
                FAIL("node %u: id '%s' duplicates node %u", i, n->id, first);
        }
        int r = check_attrs(g, 0, n->attrs, n->n_attrs, "node", i, err);
        if (r) {
            rc = r;
            goto out;
        }
    }
    for (uint32_t i = 0; i < g->n_edges; i++) {
        const og__edge *e = &g->edges[i];
        if (e->s >= g->n_nodes || e->o >= g->n_nodes)
            FAIL("edge %u: node out of range", i);
        if (e->s == e->o)
            FAIL("edge %u: self-loop on node %u", i, e->s);
        if (e->pred >= OG_PREDICATE_COUNT)
            FAIL("edge %u: predicate %u out of range", i, e->pred);
        if (e->pred == OG_COLLABORATES_WITH && e->s > e->o)
            FAIL("edge %u: collaborates_with not stored with the smaller index first", i);
        if (og__edge_find(g, e->s, (og_predicate)e->pred, e->o) != i)
            FAIL("edge %u: duplicate of another edge or not indexed", i);
        if (e->n_ev > g->max_ev)
            FAIL("edge %u: %u evidence kept, cap %u", i, e->n_ev, g->max_ev);
        if (e->ev_count < e->n_ev)
            FAIL("edge %u: evidence_count below kept", i);
        const og_evidence *ev = og__edge_evs(e);
        for (uint32_t k = 0; k < e->n_ev; k++) {
            if (!(ev[k].confidence >= 0.0 && ev[k].confidence <= 1.0))
                FAIL("edge %u: evidence confidence out of [0,1]", i);
            if (k && og__evidence_cmp(&ev[k - 1], &ev[k]) >= 0)
                FAIL("edge %u: evidence not sorted or not distinct", i);
        }
        if (!(e->conf >= 0.0 && e->conf <= 1.0))
            FAIL("edge %u: confidence out of [0,1]", i);
        degree[e->s]++;
        degree[e->o]++;
        int r = check_attrs(g, 1, e->attrs, e->n_attrs, "edge", i, err);
        if (r) {
            rc = r;
            goto out;
        }
    }
    /* The alias index holds exactly one entry per distinct name key of each node. */
    size_t entries = 0;
    for (size_t s = 0; s < g->names.cap; s++) {
        const og__mm_slot *slot = &g->names.slots[s];
        if (!slot->key)
            continue;
        for (uint32_t e = slot->head; e != UINT32_MAX; e = g->names.ents[e].next) {
            uint32_t node = g->names.ents[e].node;
            entries++;
            if (node >= g->n_nodes || !og__node_has_key(&g->nodes[node], slot->key))
                FAIL("alias index: stale entry for node %u", node);
        }
    }
    if (entries != expected_entries)
        FAIL("alias index: %zu entries, names need %zu", entries, expected_entries);
    for (uint32_t i = 0; i < g->n_nodes; i++)
        if (degree[i] != g->nodes[i].degree)
            FAIL("node %u: degree %u, edges say %zu", i, g->nodes[i].degree, degree[i]);
out:
    og_free(degree);
    return rc;
}
