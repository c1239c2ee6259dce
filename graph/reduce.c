/*
 * reduce.c - og_reduce, the one reduce: fragments (or reduced graphs) in,
 * one graph out, independent of the order of the inputs and associative.
 *
 * Steps:
 *  1. Every name of every input node gives a (name key, type class) entry;
 *     lexicon ids give class-less entries; curation `alias` rules add the
 *     alias's key to the nodes named by the rule.
 *  2. Union-find joins the nodes of each entry group, groups taken in sorted
 *     key order; a group that would put both sides of a `different` rule in
 *     one entity is skipped whole (so the outcome does not depend on input
 *     order). Then `same` rules join unconditionally.
 *  3. Per entity: label = the best name (a name with a lower-case letter
 *     beats an all-caps acronym, then the longest in characters, then the
 *     bytewise smallest); type = the lowest fixed type, a curation `type`
 *     rule, else most summed votes (ties: lowest enum); id = the smallest
 *     lexicon id, else "<type>:<slug of label>", colliding ids suffixed
 *     "-2", "-3"... in an order given by the entities' content; attributes:
 *     the smallest value per key (keys whose kinds disagree become strings);
 *     sources: the union of kept ones, the K smallest kept, count =
 *     the sum of the inputs' counts (associative); mentions and votes summed; `drop`
 *     rules remove entities.
 *  4. Edges are remapped (self-loops dropped, collaborates_with ordered),
 *     grouped by (subject, predicate, object); evidence is the union of kept
 *     records (K smallest, counted like sources), confidence the noisy-OR of
 *     the kept ones (the largest input confidence when none), hedged only if
 *     every input was.
 *  Nodes come out sorted by id, edges by (subject, predicate, object).
 * Does not: read documents or lexicons, or modify the inputs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "reduce_impl.h"

/* ---- union-find ---- */

static uint32_t uf_find(uint32_t *parent, uint32_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static void uf_union(og__rctx *r, uint32_t a, uint32_t b)
{
    a = uf_find(r->parent, a);
    b = uf_find(r->parent, b);
    if (a == b)
        return;
    if (b < a) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    r->parent[b] = a;
    for (size_t w = 0; w < r->W; w++) {
        r->mask_a[(size_t)a * r->W + w] |= r->mask_a[(size_t)b * r->W + w];
        r->mask_b[(size_t)a * r->W + w] |= r->mask_b[(size_t)b * r->W + w];
    }
}

/* ---- keys ---- */

static const char *intern_key(og__rctx *r, const char *name)
{
    if (og__name_key(&r->kbuf, name) != 0)
        return NULL;
    return og__pool_intern(&r->keys, r->kbuf.ptr, r->kbuf.len);
}

static int push_ent(og__rctx *r, const char *key, uint32_t cls, uint32_t node)
{
    if (r->n_ents == r->cap_ents) {
        size_t cap = r->cap_ents ? r->cap_ents + r->cap_ents / 2 : 256;
        og__key_ent *e = og_realloc(r->ents, cap * sizeof *e);
        if (!e)
            return OG_ENOMEM;
        r->ents = e;
        r->cap_ents = cap;
    }
    r->ents[r->n_ents].key = key;
    r->ents[r->n_ents].cls = cls;
    r->ents[r->n_ents].node = node;
    r->n_ents++;
    return 0;
}

static int cmp_ent(const void *a, const void *b)
{
    const og__key_ent *x = a, *y = b;
    if (x->key != y->key) {
        int c = strcmp(x->key, y->key);
        if (c)
            return c;
    }
    if (x->cls != y->cls)
        return x->cls < y->cls ? -1 : 1;
    return x->node < y->node ? -1 : x->node > y->node;
}

/* First entry with key `key` (any class) in the sorted entries, or n_ents. */
static size_t ent_lower(const og__rctx *r, const char *key)
{
    size_t lo = 0, hi = r->n_ents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(r->ents[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Calls fn for every input node carrying a name with the key of `name`. */
int og__reduce_for_named(og__rctx *r, const char *name, int (*fn)(og__rctx *, uint32_t, void *), void *payload)
{
    if (og__name_key(&r->kbuf, name) != 0)
        return OG_ENOMEM;
    const char *key = og__pool_find(&r->keys, r->kbuf.ptr, r->kbuf.len);
    if (!key)
        return 0;
    for (size_t i = ent_lower(r, key); i < r->n_ents && r->ents[i].key == key; i++) {
        int rc = fn(r, r->ents[i].node, payload);
        if (rc)
            return rc;
    }
    return 0;
}

/*
 * The lexicon id of an input node. A node read back from a file has lost its
 * lexicon id but kept its id; ids the reduce generates always start with
 * "<type>:", so an id without such a prefix is taken as a lexicon id (which
 * also keeps foreign GraphML ids stable through a merge).
 */
const char *og__reduce_lexicon_of(const og__node *n)
{
    if (n->lexicon_id || !n->id)
        return n->lexicon_id;
    const char *colon = strchr(n->id, ':');
    if (colon) {
        for (int t = 0; t < OG_NODE_TYPE_COUNT; t++) {
            const char *tn = og_node_type_name((og_node_type)t);
            size_t k = 0;
            while (tn[k] && n->id + k < colon && n->id[k] == (char)(tn[k] | 0x20))
                k++;
            if (!tn[k] && n->id + k == colon)
                return NULL;
        }
    }
    return n->id;
}

static int build_entries(og__rctx *r)
{
    for (uint32_t gi = 0; gi < r->N; gi++) {
        const og__node *n = in_node(r, gi);
        uint32_t cls = (uint32_t)og__type_class((og_node_type)n->type);
        for (size_t k = 0; k < og__node_name_count(n); k++) {
            const char *key = intern_key(r, og__node_name(n, k));
            if (!key || push_ent(r, key, cls, gi) != 0)
                return OG_ENOMEM;
        }
        const char *lexicon_id = og__reduce_lexicon_of(n);
        if (lexicon_id) {
            og__buf_clear(&r->kbuf);
            og__buf_putc(&r->kbuf, 'L');
            og__buf_puts(&r->kbuf, lexicon_id);
            const char *key = og__buf_failed(&r->kbuf) ? NULL : og__pool_intern(&r->keys, r->kbuf.ptr, r->kbuf.len);
            if (!key || push_ent(r, key, OG__R_CLS_ANY, gi) != 0)
                return OG_ENOMEM;
        }
    }
    og__sort(r->ents, r->n_ents, sizeof *r->ents, cmp_ent);
    return 0;
}

/* ---- curation: alias rules add entries; different rules mark sides ---- */


static int apply_alias_rules(og__rctx *r)
{
    if (!r->cur)
        return 0;
    size_t before = r->n_ents;
    for (size_t i = 0; i < r->cur->n_rules; i++) {
        const og__cur_rule *rule = &r->cur->rules[i];
        if (rule->kind != OG__CUR_ALIAS)
            continue;
        const char *alias_key = intern_key(r, rule->b);
        if (!alias_key)
            return OG_ENOMEM;
        /* Only look at the sorted prefix, not at entries added by this loop. */
        size_t saved = r->n_ents;
        r->n_ents = before;
        int rc = 0;
        if (og__name_key(&r->kbuf, rule->a) != 0)
            rc = OG_ENOMEM;
        const char *key = rc ? NULL : og__pool_find(&r->keys, r->kbuf.ptr, r->kbuf.len);
        size_t lo = key ? ent_lower(r, key) : before, hi = lo;
        while (key && hi < before && r->ents[hi].key == key)
            hi++;
        r->n_ents = saved;
        for (size_t k = lo; !rc && k < hi; k++) {
            uint32_t node = r->ents[k].node;
            rc = push_ent(r, alias_key, (uint32_t)og__type_class((og_node_type)in_node(r, node)->type), node);
        }
        if (rc)
            return rc;
    }
    if (r->n_ents != before)
        og__sort(r->ents, r->n_ents, sizeof *r->ents, cmp_ent);
    return 0;
}

typedef struct side_mark {
    size_t bit;
    int side_b;
} side_mark;

static int mark_side(og__rctx *r, uint32_t node, void *payload)
{
    side_mark *m = payload;
    uint64_t *mask = m->side_b ? r->mask_b : r->mask_a;
    mask[(size_t)node * r->W + m->bit / 64] |= 1ull << (m->bit % 64);
    return 0;
}

static int setup_different(og__rctx *r)
{
    r->D = 0;
    if (r->cur)
        for (size_t i = 0; i < r->cur->n_rules; i++)
            r->D += r->cur->rules[i].kind == OG__CUR_DIFFERENT;
    r->W = (r->D + 63) / 64;
    if (!r->W || !r->N)
        return 0;
    r->mask_a = og_malloc((size_t)r->N * r->W * sizeof *r->mask_a);
    r->mask_b = og_malloc((size_t)r->N * r->W * sizeof *r->mask_b);
    if (!r->mask_a || !r->mask_b)
        return OG_ENOMEM;
    memset(r->mask_a, 0, (size_t)r->N * r->W * sizeof *r->mask_a);
    memset(r->mask_b, 0, (size_t)r->N * r->W * sizeof *r->mask_b);
    size_t bit = 0;
    for (size_t i = 0; i < r->cur->n_rules; i++) {
        const og__cur_rule *rule = &r->cur->rules[i];
        if (rule->kind != OG__CUR_DIFFERENT)
            continue;
        side_mark ma = {bit, 0}, mb = {bit, 1};
        if (og__reduce_for_named(r, rule->a, mark_side, &ma) != 0 || og__reduce_for_named(r, rule->b, mark_side, &mb) != 0)
            return OG_ENOMEM;
        bit++;
    }
    return 0;
}

/* 1 if joining the roots of entries [lo, hi) would join two sides of a `different` rule. */
static int group_conflicts(og__rctx *r, size_t lo, size_t hi, uint64_t *acc_a, uint64_t *acc_b)
{
    if (!r->W)
        return 0;
    memset(acc_a, 0, r->W * sizeof *acc_a);
    memset(acc_b, 0, r->W * sizeof *acc_b);
    uint32_t prev_root = OG__R_NONE;
    for (size_t i = lo; i < hi; i++) {
        uint32_t root = uf_find(r->parent, r->ents[i].node);
        if (root == prev_root)
            continue;
        prev_root = root;
        const uint64_t *a = &r->mask_a[(size_t)root * r->W];
        const uint64_t *b = &r->mask_b[(size_t)root * r->W];
        /* A root seen twice only conflicts with itself if it already holds
         * both sides of a rule; only then look for an earlier occurrence. */
        int self = 0;
        for (size_t w = 0; w < r->W; w++)
            self |= (a[w] & b[w]) != 0;
        int seen = 0;
        for (size_t j = lo; self && j < i && !seen; j++)
            seen = uf_find(r->parent, r->ents[j].node) == root;
        if (seen)
            continue;
        for (size_t w = 0; w < r->W; w++) {
            if ((a[w] & acc_b[w]) || (b[w] & acc_a[w]))
                return 1;
            acc_a[w] |= a[w];
            acc_b[w] |= b[w];
        }
    }
    return 0;
}

static int same_union(og__rctx *r, uint32_t node, void *payload)
{
    uint32_t *first = payload;
    if (*first == OG__R_NONE)
        *first = node;
    else
        uf_union(r, *first, node);
    return 0;
}

static int run_unions(og__rctx *r)
{
    uint64_t *acc = NULL;
    if (r->W) {
        acc = og_malloc(2 * r->W * sizeof *acc);
        if (!acc)
            return OG_ENOMEM;
    }
    for (size_t lo = 0; lo < r->n_ents;) {
        size_t hi = lo + 1;
        while (hi < r->n_ents && r->ents[hi].key == r->ents[lo].key && r->ents[hi].cls == r->ents[lo].cls)
            hi++;
        if (hi - lo > 1 && !group_conflicts(r, lo, hi, acc, acc ? acc + r->W : NULL))
            for (size_t i = lo + 1; i < hi; i++)
                uf_union(r, r->ents[lo].node, r->ents[i].node);
        lo = hi;
    }
    og_free(acc);
    if (r->cur) {
        for (size_t i = 0; i < r->cur->n_rules; i++) {
            const og__cur_rule *rule = &r->cur->rules[i];
            if (rule->kind != OG__CUR_SAME)
                continue;
            uint32_t first = OG__R_NONE;
            if (og__reduce_for_named(r, rule->a, same_union, &first) != 0 || og__reduce_for_named(r, rule->b, same_union, &first) != 0)
                return OG_ENOMEM;
        }
    }
    return 0;
}

/* ---- components ---- */

static int build_components(og__rctx *r)
{
    r->comp_of = og_malloc(((size_t)r->N + 1) * sizeof *r->comp_of);
    r->members = og_malloc(((size_t)r->N + 1) * sizeof *r->members);
    if (!r->comp_of || !r->members)
        return OG_ENOMEM;
    uint32_t C = 0;
    for (uint32_t gi = 0; gi < r->N; gi++)
        if (uf_find(r->parent, gi) == gi)
            r->comp_of[gi] = C++;
    r->comps = og_malloc(((size_t)C + 1) * sizeof *r->comps);
    if (!r->comps)
        return OG_ENOMEM;
    memset(r->comps, 0, ((size_t)C + 1) * sizeof *r->comps);
    r->C = C;
    for (uint32_t gi = 0; gi < r->N; gi++) {
        uint32_t c = r->comp_of[uf_find(r->parent, gi)];
        r->comp_of[gi] = c; /* roots are visited first (root <= members) */
        r->comps[c].n_members++;
    }
    uint32_t at = 0;
    for (uint32_t c = 0; c < C; c++) {
        r->comps[c].first_member = at;
        at += r->comps[c].n_members;
        r->comps[c].n_members = 0;
    }
    for (uint32_t gi = 0; gi < r->N; gi++) {
        og__rcomp *c = &r->comps[r->comp_of[gi]];
        r->members[c->first_member + c->n_members++] = gi;
    }
    return 0;
}

/* ---- driver ---- */

static void rctx_free(og__rctx *r)
{
    og_free(r->base);
    og_free(r->part_of);
    og_free(r->parent);
    og_free(r->comp_of);
    og__pool_free(&r->keys);
    og__buf_free(&r->kbuf);
    og_free(r->ents);
    og_free(r->mask_a);
    og_free(r->mask_b);
    if (r->comps)
        for (uint32_t c = 0; c < r->C; c++)
            og_free(r->comps[c].id);
    og_free(r->comps);
    og_free(r->members);
    og_free(r->names);
    for (int d = 0; d < 2; d++) {
        og_free(r->keymap[d]);
        og_free(r->keymap_data[d]);
    }
}

int og_reduce(og_graph **out, const og_graph *const *parts, size_t n_parts, const og_reduce_options *opts,
              og_error *err)
{
    if (!out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_reduce: out is NULL");
    *out = NULL;
    if (n_parts && !parts)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_reduce: parts is NULL");
    if (opts && opts->version != OG_REDUCE_OPTIONS_VERSION)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_reduce: options version %u, expected %u",
                            opts->version, OG_REDUCE_OPTIONS_VERSION);
    og__rctx r;
    memset(&r, 0, sizeof r);
    r.parts = parts;
    r.n_parts = n_parts;
    r.cur = opts ? opts->curation : NULL;
    r.K = opts && opts->max_evidence ? opts->max_evidence : OG_DEFAULT_MAX_EVIDENCE;
    og__pool_init(&r.keys);
    og__buf_init(&r.kbuf);
    size_t N = 0;
    for (size_t p = 0; p < n_parts; p++) {
        if (!parts[p])
            return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_reduce: parts[%zu] is NULL", p);
        N += parts[p]->n_nodes;
    }
    if (N >= UINT32_MAX - 2)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_reduce: too many nodes (%zu)", N);
    r.N = (uint32_t)N;
    int rc = OG_ENOMEM;
    r.out = og_graph_new();
    r.base = og_malloc((n_parts + 1) * sizeof *r.base);
    r.part_of = og_malloc((N + 1) * sizeof *r.part_of);
    r.parent = og_malloc((N + 1) * sizeof *r.parent);
    if (!r.out || !r.base || !r.part_of || !r.parent)
        goto fail;
    r.out->max_ev = r.K;
    uint32_t at = 0;
    for (size_t p = 0; p < n_parts; p++) {
        r.base[p] = at;
        for (uint32_t i = 0; i < parts[p]->n_nodes; i++) {
            r.part_of[at] = (uint32_t)p;
            r.parent[at] = at;
            at++;
        }
    }
    r.base[n_parts] = at;
    og__comp_ref *refs = NULL;
    uint32_t n_live = 0;
    if (build_entries(&r) != 0 || apply_alias_rules(&r) != 0 || setup_different(&r) != 0 || run_unions(&r) != 0 ||
        build_components(&r) != 0 || og__reduce_build_keys(&r) != 0 || og__reduce_describe(&r) != 0)
        goto fail;
    /* Identity is settled: release what only the unions needed before the
     * output graph grows (lowers the peak on big inputs). */
    og_free(r.ents);
    r.ents = NULL;
    r.n_ents = r.cap_ents = 0;
    og__pool_free(&r.keys);
    og_free(r.parent);
    r.parent = NULL;
    og_free(r.mask_a);
    og_free(r.mask_b);
    r.mask_a = r.mask_b = NULL;
    refs = og_malloc(((size_t)r.C + 1) * sizeof *refs);
    if (!refs || og__reduce_assign_ids(&r, refs, &n_live) != 0 || og__reduce_emit_nodes(&r, refs, n_live) != 0 || og__reduce_emit_edges(&r) != 0) {
        og_free(refs);
        goto fail;
    }
    og_free(refs);
    rctx_free(&r);
    *out = r.out;
    return 0;
fail:
    og_graph_free(r.out);
    rctx_free(&r);
    return og_error_set(err, (og_status)rc, NULL, 0, 0, "og_reduce: out of memory");
}
