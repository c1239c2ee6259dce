/*
 * graph.c - og_graph lifetime, nodes (names, types, votes, sources,
 * counts), lookups by name and id, and the node read API.
 *
 * Does: dense node array; every name of a node goes into the alias index
 * under its normalised key (name.c); add_node finds or creates by name
 * within a type class; sources are kept sorted and capped, all counted.
 * Does not: touch edges (edge.c), attributes (attr.c), merging (merge.c) or
 * anything across graphs (reduce.c). Mutators leave the graph unchanged when
 * they return OG_ENOMEM.
 */
#include <string.h>

#include "graph_impl.h"

#define CHECK_NODE(g, n, err)                                                                   \
    do {                                                                                        \
        if (!(g) || (n) >= (g)->n_nodes)                                                        \
            return og_error_set((err), OG_EINVAL, NULL, 0, 0, "%s: node %u out of range", __func__, \
                                (unsigned)(n));                                                 \
    } while (0)

og_graph *og_graph_new(void)
{
    og_graph *g = og_malloc(sizeof *g);
    if (!g)
        return NULL;
    memset(g, 0, sizeof *g);
    og__pool_init(&g->pool);
    og__buf_init(&g->scratch);
    g->max_ev = OG_DEFAULT_MAX_EVIDENCE;
    return g;
}

void og__node_release(og__node *n)
{
    og_free(n->aliases);
    og_free(n->attrs);
    if (n->n_src >= 2)
        og_free(n->src.many);
    n->aliases = NULL;
    n->attrs = NULL;
    n->n_aliases = n->n_attrs = n->n_src = 0;
}

void og_graph_free(og_graph *g)
{
    if (!g)
        return;
    for (uint32_t i = 0; i < g->n_nodes; i++)
        og__node_release(&g->nodes[i]);
    for (uint32_t i = 0; i < g->n_edges; i++)
        og__edge_release(&g->edges[i]);
    og_free(g->nodes);
    og_free(g->edges);
    og_free(g->keys[0]);
    og_free(g->keys[1]);
    og__mm_free(&g->names);
    og__mm_free(&g->ids);
    og__mm_free(&g->key_index[0]);
    og__mm_free(&g->key_index[1]);
    og_free(g->edge_slots);
    og__buf_free(&g->scratch);
    og__pool_free(&g->pool);
    og_free(g);
}

static void truncate_sources(og__node *n, unsigned k)
{
    if (n->n_src <= k)
        return;
    if (k == 1) {
        const char *first = n->src.many[0];
        og_free(n->src.many);
        n->src.one = first;
    }
    n->n_src = k;
}

void og_graph_set_max_evidence(og_graph *g, unsigned k)
{
    if (!g)
        return;
    if (k < 1)
        k = 1;
    g->max_ev = k;
    for (uint32_t i = 0; i < g->n_nodes; i++)
        truncate_sources(&g->nodes[i], k);
    for (uint32_t i = 0; i < g->n_edges; i++) {
        og__edge *e = &g->edges[i];
        if (e->n_ev > k) {
            if (k == 1) {
                og_evidence first = e->ev.many[0];
                og_free(e->ev.many);
                e->ev.one = first;
            }
            e->n_ev = k;
            e->conf = og__noisy_or(og__edge_evs(e), e->n_ev);
        }
    }
}

unsigned og_graph_max_evidence(const og_graph *g)
{
    return g ? g->max_ev : OG_DEFAULT_MAX_EVIDENCE;
}

int og__graph_reserve_nodes(og_graph *g, size_t n)
{
    if (g->n_nodes + n <= g->cap_nodes)
        return 0;
    if (g->n_nodes + n >= UINT32_MAX - 1)
        return OG_ENOMEM;
    size_t cap = g->cap_nodes ? g->cap_nodes : 16;
    while (cap < g->n_nodes + n)
        cap += cap / 2;
    if (cap >= UINT32_MAX - 1)
        cap = UINT32_MAX - 2;
    og__node *nodes = og_realloc(g->nodes, cap * sizeof *nodes);
    if (!nodes)
        return OG_ENOMEM;
    g->nodes = nodes;
    g->cap_nodes = (uint32_t)cap;
    return 0;
}

const char *og__graph_name_key(og_graph *g, const char *name)
{
    if (og__name_key(&g->scratch, name) != 0)
        return NULL;
    return og__pool_intern(&g->pool, g->scratch.ptr, g->scratch.len);
}

void og__node_retype(og__node *n)
{
    if (n->fixed)
        return;
    uint32_t best = 0;
    int best_t = -1;
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++) {
        if (n->votes[t] > best) {
            best = n->votes[t];
            best_t = t;
        }
    }
    if (best_t >= 0)
        n->type = (uint8_t)best_t;
}

static void add_votes(og__node *n, og_node_type t, unsigned weight)
{
    uint32_t v = n->votes[t];
    n->votes[t] = weight > UINT32_MAX - v ? UINT32_MAX : v + weight;
}

/* Position of `name` in the sorted alias list, or where it would go (*found set). */
static size_t alias_pos(const og__node *n, const char *name, int *found)
{
    size_t lo = 0, hi = n->n_aliases;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(n->aliases[mid].name, name);
        if (c == 0) {
            *found = 1;
            return mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = 0;
    return lo;
}

int og__node_has_key(const og__node *n, const char *key)
{
    if (n->label_key == key)
        return 1;
    for (uint32_t i = 0; i < n->n_aliases; i++)
        if (n->aliases[i].key == key)
            return 1;
    return 0;
}

int og__node_add_name(og_graph *g, og_node_id id, const char *name)
{
    og__node *n = &g->nodes[id];
    if (name == n->label)
        return 0;
    int found;
    size_t pos = alias_pos(n, name, &found);
    if (found)
        return 0;
    const char *key = og__graph_name_key(g, name);
    if (!key)
        return OG_ENOMEM;
    og__name *al = og_realloc(n->aliases, (n->n_aliases + 1) * sizeof *al);
    if (!al)
        return OG_ENOMEM;
    n->aliases = al;
    if (!og__node_has_key(n, key) && og__mm_add(&g->names, key, id) != 0)
        return OG_ENOMEM; /* the array only grew; contents unchanged */
    memmove(al + pos + 1, al + pos, (n->n_aliases - pos) * sizeof *al);
    al[pos].name = name;
    al[pos].key = key;
    n->n_aliases++;
    return 0;
}

int og__node_index_names(og_graph *g, og_node_id id)
{
    const og__node *n = &g->nodes[id];
    for (size_t i = 0; i < og__node_name_count(n); i++) {
        const char *key = og__node_name_key(n, i);
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = og__node_name_key(n, j) == key;
        if (!seen && og__mm_add(&g->names, key, id) != 0)
            return OG_ENOMEM;
    }
    return 0;
}

/* Creates node with interned label; *out = its index. */
static int create_node(og_graph *g, og_node_type type, const char *label, const char *key, og_node_id *out)
{
    if (og__graph_reserve_nodes(g, 1) != 0)
        return OG_ENOMEM;
    og_node_id id = g->n_nodes;
    if (og__mm_add(&g->names, key, id) != 0)
        return OG_ENOMEM;
    og__node *n = &g->nodes[id];
    memset(n, 0, sizeof *n);
    n->label = label;
    n->label_key = key;
    n->type = (uint8_t)type;
    g->n_nodes++;
    *out = id;
    return 0;
}

typedef struct class_match {
    const og_graph *g;
    int cls; /* -1 = any */
    uint32_t best;
} class_match;

static int match_lowest(uint32_t node, void *payload)
{
    class_match *m = payload;
    if (node < m->best && (m->cls < 0 || og__type_class((og_node_type)m->g->nodes[node].type) == m->cls))
        m->best = node;
    return 0;
}

static int check_name(const char *name, const char *what, og_error *err)
{
    if (!name || !*name)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "%s: empty name", what);
    return 0;
}

int og_graph_add_node(og_graph *g, og_node_type type, const char *name, unsigned weight, og_node_id *out,
                      og_error *err)
{
    if (!g || !out || (unsigned)type >= OG_NODE_TYPE_COUNT)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_add_node: bad argument");
    int rc = check_name(name, "og_graph_add_node", err);
    if (rc)
        return rc;
    const char *label = og__pool_intern(&g->pool, name, strlen(name));
    const char *key = label ? og__graph_name_key(g, name) : NULL;
    if (!key)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    class_match m = {g, og__type_class(type), UINT32_MAX};
    og__mm_each(&g->names, key, match_lowest, &m);
    og_node_id id;
    if (m.best != UINT32_MAX) {
        id = m.best;
        if (og__node_add_name(g, id, label) != 0)
            return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    } else if (create_node(g, type, label, key, &id) != 0) {
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    }
    og__node *n = &g->nodes[id];
    add_votes(n, type, weight);
    n->mentions += weight;
    og__node_retype(n);
    *out = id;
    return 0;
}

int og_graph_new_node(og_graph *g, og_node_type type, const char *label, og_node_id *out, og_error *err)
{
    if (!g || !out || (unsigned)type >= OG_NODE_TYPE_COUNT)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_new_node: bad argument");
    int rc = check_name(label, "og_graph_new_node", err);
    if (rc)
        return rc;
    const char *l = og__pool_intern(&g->pool, label, strlen(label));
    const char *key = l ? og__graph_name_key(g, label) : NULL;
    og_node_id id;
    if (!key || create_node(g, type, l, key, &id) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    g->nodes[id].votes[type] = 1; /* so a later reduce keeps the type it was read with */
    *out = id;
    return 0;
}

int og_graph_node_add_alias(og_graph *g, og_node_id n, const char *alias, og_error *err)
{
    CHECK_NODE(g, n, err);
    int rc = check_name(alias, "og_graph_node_add_alias", err);
    if (rc)
        return rc;
    const char *a = og__pool_intern(&g->pool, alias, strlen(alias));
    if (!a || og__node_add_name(g, n, a) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    return 0;
}

int og_graph_node_set_label(og_graph *g, og_node_id id, const char *label, og_error *err)
{
    CHECK_NODE(g, id, err);
    int rc = check_name(label, "og_graph_node_set_label", err);
    if (rc)
        return rc;
    og__node *n = &g->nodes[id];
    const char *l = og__pool_intern(&g->pool, label, strlen(label));
    const char *new_key = l ? og__graph_name_key(g, label) : NULL;
    if (!new_key)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    if (l == n->label)
        return 0;
    if (!og__node_has_key(n, new_key) && og__mm_add(&g->names, new_key, id) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    int found;
    size_t pos = alias_pos(n, l, &found);
    if (found) {
        memmove(n->aliases + pos, n->aliases + pos + 1, (n->n_aliases - pos - 1) * sizeof *n->aliases);
        n->n_aliases--;
    }
    /* The old label is replaced, not kept as an alias. */
    const char *old_key = n->label_key;
    n->label = l;
    n->label_key = new_key;
    if (!og__node_has_key(n, old_key))
        og__mm_remove(&g->names, old_key, id);
    return 0;
}

int og_graph_node_set_id(og_graph *g, og_node_id n, const char *id, og_error *err)
{
    CHECK_NODE(g, n, err);
    int rc = check_name(id, "og_graph_node_set_id", err);
    if (rc)
        return rc;
    const char *s = og__pool_intern(&g->pool, id, strlen(id));
    og__node *node = &g->nodes[n];
    if (s && s == node->id)
        return 0;
    if (!s || og__mm_add(&g->ids, s, n) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    if (node->id && node->id != s)
        og__mm_remove(&g->ids, node->id, n);
    node->id = s;
    return 0;
}

int og_graph_node_fix_type(og_graph *g, og_node_id n, og_node_type type, og_error *err)
{
    CHECK_NODE(g, n, err);
    if ((unsigned)type >= OG_NODE_TYPE_COUNT)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_node_fix_type: type %d out of range", (int)type);
    g->nodes[n].type = (uint8_t)type;
    g->nodes[n].fixed = 1;
    return 0;
}

int og_graph_node_set_lexicon_id(og_graph *g, og_node_id n, const char *lexicon_id, og_error *err)
{
    CHECK_NODE(g, n, err);
    int rc = check_name(lexicon_id, "og_graph_node_set_lexicon_id", err);
    if (rc)
        return rc;
    const char *s = og__pool_intern(&g->pool, lexicon_id, strlen(lexicon_id));
    if (!s)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    g->nodes[n].lexicon_id = s;
    return 0;
}

int og__sources_union(const char *const *a, size_t na, const char *const *b, size_t nb, size_t cap,
                      const char ***out, size_t *n_out)
{
    *out = NULL;
    *n_out = 0;
    size_t want = na + nb < cap ? na + nb : cap;
    if (!want)
        return 0;
    const char **list = og_malloc(want * sizeof *list);
    if (!list)
        return OG_ENOMEM;
    size_t i = 0, j = 0, k = 0;
    while (k < want && (i < na || j < nb)) {
        int c = i >= na ? 1 : j >= nb ? -1 : strcmp(a[i], b[j]);
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

void og__node_set_sources(og__node *n, const char **list, size_t k)
{
    if (n->n_src >= 2)
        og_free(n->src.many);
    n->n_src = (uint32_t)k;
    if (k == 0) {
        n->src.one = NULL;
        og_free(list);
    } else if (k == 1) {
        n->src.one = list[0];
        og_free(list);
    } else {
        n->src.many = list;
    }
}

int og_graph_node_add_source(og_graph *g, og_node_id id, const char *doc, og_error *err)
{
    CHECK_NODE(g, id, err);
    int rc = check_name(doc, "og_graph_node_add_source", err);
    if (rc)
        return rc;
    og__node *n = &g->nodes[id];
    const char *d = og__pool_intern(&g->pool, doc, strlen(doc));
    if (!d)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    const char *const *src = og__node_sources(n);
    for (uint32_t i = 0; i < n->n_src; i++)
        if (src[i] == d)
            return 0;
    if (n->n_src >= g->max_ev && strcmp(d, src[n->n_src - 1]) > 0) {
        n->source_count++;
        return 0;
    }
    const char **list;
    size_t k;
    if (og__sources_union(src, n->n_src, &d, 1, g->max_ev, &list, &k) != 0)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
    og__node_set_sources(n, list, k);
    n->source_count++;
    return 0;
}

int og_graph_node_set_votes(og_graph *g, og_node_id n, const uint64_t votes[OG_NODE_TYPE_COUNT], og_error *err)
{
    CHECK_NODE(g, n, err);
    if (!votes)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_node_set_votes: votes is NULL");
    og__node *node = &g->nodes[n];
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++)
        node->votes[t] = votes[t] > UINT32_MAX ? UINT32_MAX : (uint32_t)votes[t];
    og__node_retype(node);
    return 0;
}

void og_graph_node_set_counts(og_graph *g, og_node_id n, uint64_t source_count, uint64_t mentions)
{
    if (!g || n >= g->n_nodes)
        return;
    g->nodes[n].source_count = source_count;
    g->nodes[n].mentions = mentions;
}

/* --- lookup --- */

int og_graph_find(const og_graph *g, const char *name, og_node_id *out)
{
    if (!g || !name)
        return OG_ENOTFOUND;
    og__buf key = OG__BUF_INIT;
    if (og__name_key(&key, name) != 0) {
        og__buf_free(&key);
        return OG_ENOMEM;
    }
    const char *k = og__pool_find(&g->pool, key.ptr, key.len);
    og__buf_free(&key);
    class_match m = {g, -1, UINT32_MAX};
    og__mm_each(&g->names, k, match_lowest, &m);
    if (m.best == UINT32_MAX)
        return OG_ENOTFOUND;
    if (out)
        *out = m.best;
    return 0;
}

int og_graph_find_id(const og_graph *g, const char *id, og_node_id *out)
{
    if (!g || !id)
        return OG_ENOTFOUND;
    const char *k = og__pool_find(&g->pool, id, strlen(id));
    class_match m = {g, -1, UINT32_MAX};
    og__mm_each(&g->ids, k, match_lowest, &m);
    if (m.best == UINT32_MAX)
        return OG_ENOTFOUND;
    if (out)
        *out = m.best;
    return 0;
}

/* --- reading --- */

size_t og_graph_node_count(const og_graph *g)
{
    return g ? g->n_nodes : 0;
}

size_t og_graph_edge_count(const og_graph *g)
{
    return g ? g->n_edges : 0;
}

#define NODE_OR(g, n, fallback)                                                                  \
    if (!(g) || (n) >= (g)->n_nodes)                                                             \
    return fallback

const char *og_graph_node_id(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, NULL);
    return g->nodes[n].id;
}

const char *og_graph_node_label(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, "");
    return g->nodes[n].label;
}

og_node_type og_graph_node_type(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, OG_THING);
    return (og_node_type)g->nodes[n].type;
}

int og_graph_node_type_fixed(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, 0);
    return g->nodes[n].fixed;
}

uint64_t og_graph_node_type_votes(const og_graph *g, og_node_id n, og_node_type t)
{
    NODE_OR(g, n, 0);
    return (unsigned)t < OG_NODE_TYPE_COUNT ? g->nodes[n].votes[t] : 0;
}

const char *og_graph_node_lexicon_id(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, NULL);
    return g->nodes[n].lexicon_id;
}

size_t og_graph_node_alias_count(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, 0);
    return g->nodes[n].n_aliases;
}

const char *og_graph_node_alias(const og_graph *g, og_node_id n, size_t i)
{
    NODE_OR(g, n, NULL);
    return i < g->nodes[n].n_aliases ? g->nodes[n].aliases[i].name : NULL;
}

size_t og_graph_node_sources_kept(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, 0);
    return g->nodes[n].n_src;
}

const char *og_graph_node_source(const og_graph *g, og_node_id n, size_t i)
{
    NODE_OR(g, n, NULL);
    return i < g->nodes[n].n_src ? og__node_sources(&g->nodes[n])[i] : NULL;
}

uint64_t og_graph_node_source_count(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, 0);
    return g->nodes[n].source_count;
}

uint64_t og_graph_node_mentions(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, 0);
    return g->nodes[n].mentions;
}

size_t og_graph_node_degree(const og_graph *g, og_node_id n)
{
    NODE_OR(g, n, 0);
    return g->nodes[n].degree;
}
