/*
 * edge.c - edges: insertion with deduplication on (subject, predicate,
 * object), evidence kept sorted and capped with a total count, noisy-OR
 * confidence, hedging, incremental degrees, and the edge read API.
 *
 * Does: the dedup hash table (open addressing, load <= 3/4), evidence
 * ordering by (doc, line, column, sentence, confidence), the K-smallest rule.
 * An identical evidence record added twice counts once.
 * Does not: merge nodes (merge.c) or handle edge attributes (attr.c).
 */
#include <string.h>

#include "graph_impl.h"

static int cmp_str(const char *a, const char *b)
{
    if (a == b)
        return 0;
    if (!a)
        return -1;
    if (!b)
        return 1;
    return strcmp(a, b);
}

int og__evidence_cmp(const og_evidence *a, const og_evidence *b)
{
    int c = cmp_str(a->doc, b->doc);
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->column != b->column)
        return a->column < b->column ? -1 : 1;
    c = cmp_str(a->sentence, b->sentence);
    if (c)
        return c;
    if (a->confidence != b->confidence)
        return a->confidence < b->confidence ? -1 : 1;
    return 0;
}

double og__noisy_or(const og_evidence *ev, size_t n)
{
    double miss = 1.0;
    for (size_t i = 0; i < n; i++) {
        double c = ev[i].confidence;
        c = c < 0.0 ? 0.0 : c > 1.0 ? 1.0 : c;
        miss *= 1.0 - c;
    }
    return 1.0 - miss;
}

static size_t edge_hash(og_node_id s, og_predicate p, og_node_id o)
{
    uint64_t h = ((uint64_t)s * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)o * 0xC2B2AE3D27D4EB4Full) ^ (uint64_t)p;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return (size_t)h;
}

og_edge_id og__edge_find(const og_graph *g, og_node_id s, og_predicate p, og_node_id o)
{
    if (!g->edge_cap)
        return OG__NO_EDGE;
    size_t mask = g->edge_cap - 1;
    for (size_t i = edge_hash(s, p, o) & mask;; i = (i + 1) & mask) {
        uint32_t e = g->edge_slots[i];
        if (e == OG__NO_EDGE)
            return OG__NO_EDGE;
        const og__edge *x = &g->edges[e];
        if (x->s == s && x->o == o && x->pred == p)
            return e;
    }
}

static void slot_insert(uint32_t *slots, size_t cap, const og__edge *edges, uint32_t e)
{
    size_t mask = cap - 1;
    const og__edge *x = &edges[e];
    size_t i = edge_hash(x->s, (og_predicate)x->pred, x->o) & mask;
    while (slots[i] != OG__NO_EDGE)
        i = (i + 1) & mask;
    slots[i] = e;
}

void og__edge_slot_insert(og_graph *g, og_edge_id e)
{
    slot_insert(g->edge_slots, g->edge_cap, g->edges, e);
}

int og__edge_rehash(og_graph *g, size_t want)
{
    size_t cap = 64;
    while (cap * 3 < want * 4 + 4)
        cap *= 2;
    uint32_t *slots = og_malloc(cap * sizeof *slots);
    if (!slots)
        return OG_ENOMEM;
    memset(slots, 0xFF, cap * sizeof *slots);
    for (uint32_t e = 0; e < g->n_edges; e++)
        slot_insert(slots, cap, g->edges, e);
    og_free(g->edge_slots);
    g->edge_slots = slots;
    g->edge_cap = cap;
    return 0;
}

int og__edge_append(og_graph *g, og_node_id s, og_predicate p, og_node_id o, og_edge_id *out)
{
    if (g->n_edges >= UINT32_MAX - 2)
        return OG_ENOMEM;
    if (g->n_edges + 1 > g->cap_edges) {
        size_t cap = g->cap_edges ? g->cap_edges + g->cap_edges / 2 : 16;
        if (cap >= UINT32_MAX - 1)
            cap = UINT32_MAX - 2;
        og__edge *edges = og_realloc(g->edges, cap * sizeof *edges);
        if (!edges)
            return OG_ENOMEM;
        g->edges = edges;
        g->cap_edges = (uint32_t)cap;
    }
    if ((size_t)(g->n_edges + 1) * 4 > g->edge_cap * 3 && og__edge_rehash(g, (size_t)(g->n_edges + 1) * 2) != 0)
        return OG_ENOMEM;
    og_edge_id id = g->n_edges;
    og__edge *e = &g->edges[id];
    memset(e, 0, sizeof *e);
    e->s = s;
    e->o = o;
    e->pred = (uint8_t)p;
    g->n_edges++;
    slot_insert(g->edge_slots, g->edge_cap, g->edges, id);
    g->nodes[s].degree++;
    g->nodes[o].degree++;
    *out = id;
    return 0;
}

void og__edge_release(og__edge *e)
{
    if (e->n_ev >= 2)
        og_free(e->ev.many);
    og_free(e->attrs);
    e->n_ev = 0;
    e->attrs = NULL;
    e->n_attrs = 0;
}

void og__edge_set_evs(og__edge *e, og_evidence *list, size_t k)
{
    if (e->n_ev >= 2)
        og_free(e->ev.many);
    e->n_ev = (uint32_t)k;
    if (k == 0) {
        og_free(list);
    } else if (k == 1) {
        e->ev.one = list[0];
        og_free(list);
    } else {
        e->ev.many = list;
    }
    if (k)
        e->conf = og__noisy_or(og__edge_evs(e), k);
}

int og__evidence_union(const og_evidence *a, size_t na, const og_evidence *b, size_t nb, size_t cap,
                       og_evidence **out, size_t *n_out)
{
    *out = NULL;
    *n_out = 0;
    size_t want = na + nb < cap ? na + nb : cap;
    if (!want)
        return 0;
    og_evidence *list = og_malloc(want * sizeof *list);
    if (!list)
        return OG_ENOMEM;
    size_t i = 0, j = 0, k = 0;
    while (k < want && (i < na || j < nb)) {
        int c = i >= na ? 1 : j >= nb ? -1 : og__evidence_cmp(&a[i], &b[j]);
        if (c <= 0) {
            list[k++] = a[i++];
            if (c == 0)
                j++;
        } else {
            list[k++] = b[j++];
        }
    }
    *out = list;
    *n_out = k;
    return 0;
}

/* Adds one piece of evidence (strings interned) to edge e. 0 or OG_ENOMEM. */
static int add_evidence(og_graph *g, og__edge *e, const og_evidence *ev)
{
    if (e->n_ev == 0) { /* inline: no allocation, so a fresh edge never fails here */
        e->ev.one = *ev;
        e->n_ev = 1;
        e->ev_count++;
        e->conf = og__noisy_or(ev, 1);
        return 0;
    }
    const og_evidence *kept = og__edge_evs(e);
    for (uint32_t i = 0; i < e->n_ev; i++)
        if (og__evidence_cmp(&kept[i], ev) == 0)
            return 0;
    if (e->n_ev >= g->max_ev && og__evidence_cmp(ev, &kept[e->n_ev - 1]) > 0) {
        e->ev_count++;
        return 0;
    }
    og_evidence *list;
    size_t k;
    if (og__evidence_union(kept, e->n_ev, ev, 1, g->max_ev, &list, &k) != 0)
        return OG_ENOMEM;
    og__edge_set_evs(e, list, k);
    e->ev_count++;
    return 0;
}

int og_graph_add_edge(og_graph *g, og_node_id subject, og_predicate p, og_node_id object, const og_evidence *ev,
                      og_edge_id *out, og_error *err)
{
    if (!g || subject >= g->n_nodes || object >= g->n_nodes || (unsigned)p >= OG_PREDICATE_COUNT)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_add_edge: node or predicate out of range");
    if (subject == object)
        return 0;
    if (p == OG_COLLABORATES_WITH && subject > object) {
        og_node_id t = subject;
        subject = object;
        object = t;
    }
    og_evidence copy;
    if (ev) {
        copy = *ev;
        copy.doc = ev->doc ? og__pool_intern(&g->pool, ev->doc, strlen(ev->doc)) : NULL;
        copy.sentence = ev->sentence ? og__pool_intern(&g->pool, ev->sentence, strlen(ev->sentence)) : NULL;
        if ((ev->doc && !copy.doc) || (ev->sentence && !copy.sentence))
            return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
        if (!(copy.confidence >= 0.0))
            copy.confidence = 0.0;
        if (copy.confidence > 1.0)
            copy.confidence = 1.0;
    }
    og_edge_id id = og__edge_find(g, subject, p, object);
    if (id == OG__NO_EDGE && og__edge_append(g, subject, p, object, &id) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    if (ev && add_evidence(g, &g->edges[id], &copy) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    if (out)
        *out = id;
    return 0;
}

void og_graph_edge_set_hedged(og_graph *g, og_edge_id e, int hedged)
{
    if (g && e < g->n_edges)
        g->edges[e].hedged = hedged ? 1 : 0;
}

void og_graph_edge_set_counts(og_graph *g, og_edge_id e, double confidence, uint64_t evidence_count)
{
    if (!g || e >= g->n_edges)
        return;
    g->edges[e].conf = confidence;
    g->edges[e].ev_count = evidence_count;
}

#define EDGE_OR(g, e, fallback)                                                                  \
    if (!(g) || (e) >= (g)->n_edges)                                                             \
    return fallback

og_node_id og_graph_edge_subject(const og_graph *g, og_edge_id e)
{
    EDGE_OR(g, e, 0);
    return g->edges[e].s;
}

og_node_id og_graph_edge_object(const og_graph *g, og_edge_id e)
{
    EDGE_OR(g, e, 0);
    return g->edges[e].o;
}

og_predicate og_graph_edge_predicate(const og_graph *g, og_edge_id e)
{
    EDGE_OR(g, e, OG_RELATED);
    return (og_predicate)g->edges[e].pred;
}

double og_graph_edge_confidence(const og_graph *g, og_edge_id e)
{
    EDGE_OR(g, e, 0.0);
    return g->edges[e].conf;
}

int og_graph_edge_hedged(const og_graph *g, og_edge_id e)
{
    EDGE_OR(g, e, 0);
    return g->edges[e].hedged;
}

uint64_t og_graph_edge_evidence_count(const og_graph *g, og_edge_id e)
{
    EDGE_OR(g, e, 0);
    return g->edges[e].ev_count;
}

size_t og_graph_edge_evidence_kept(const og_graph *g, og_edge_id e)
{
    EDGE_OR(g, e, 0);
    return g->edges[e].n_ev;
}

const og_evidence *og_graph_edge_evidence(const og_graph *g, og_edge_id e, size_t i)
{
    EDGE_OR(g, e, NULL);
    return i < g->edges[e].n_ev ? &og__edge_evs(&g->edges[e])[i] : NULL;
}
