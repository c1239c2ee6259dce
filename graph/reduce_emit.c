/*
 * reduce_emit.c - the output half of og_reduce: attribute keys, then nodes
 * (names, counts, votes, sources, attributes) and merged edges (evidence
 * union, counts, confidence, hedging), all from the components settled in
 * reduce.c. See reduce.c for the rules.
 * Does not: decide identity, labels, types or ids.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reduce_impl.h"

/* ---- attribute keys ---- */

typedef struct key_src {
    const char *name;
    og_value_kind kind;
} key_src;

static int cmp_key_src(const void *a, const void *b)
{
    const key_src *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    return (int)x->kind - (int)y->kind;
}

int og__reduce_build_keys(og__rctx *r)
{
    for (int d = 0; d < 2; d++) {
        size_t total = 0;
        for (size_t p = 0; p < r->n_parts; p++)
            total += r->parts[p]->n_keys[d];
        r->keymap[d] = og_malloc((r->n_parts + 1) * sizeof *r->keymap[d]);
        r->keymap_data[d] = og_malloc((total + 1) * sizeof *r->keymap_data[d]);
        key_src *all = og_malloc((total + 1) * sizeof *all);
        if (!r->keymap[d] || !r->keymap_data[d] || !all) {
            og_free(all);
            return OG_ENOMEM;
        }
        size_t n = 0;
        for (size_t p = 0; p < r->n_parts; p++) {
            r->keymap[d][p] = (uint32_t)n;
            for (uint32_t k = 0; k < r->parts[p]->n_keys[d]; k++) {
                all[n].name = r->parts[p]->keys[d][k].name;
                all[n].kind = r->parts[p]->keys[d][k].kind;
                n++;
            }
        }
        og__sort(all, n, sizeof *all, cmp_key_src);
        int rc = 0;
        for (size_t i = 0; i < n && !rc;) {
            size_t j = i + 1;
            og_value_kind kind = all[i].kind;
            while (j < n && strcmp(all[j].name, all[i].name) == 0) {
                if (all[j].kind != kind)
                    kind = OG_VAL_STRING;
                j++;
            }
            uint32_t k;
            rc = og__key_declare(r->out, d, all[i].name, kind, &k, NULL);
            i = j;
        }
        og_free(all);
        if (rc)
            return OG_ENOMEM;
        size_t at = 0;
        for (size_t p = 0; p < r->n_parts; p++)
            for (uint32_t k = 0; k < r->parts[p]->n_keys[d]; k++)
                r->keymap_data[d][at++] = og__key_find(r->out, d, r->parts[p]->keys[d][k].name);
    }
    return 0;
}

/* Converts/interns a part's value for output key `k` of domain d. */
static int out_value(og__rctx *r, int d, uint32_t k, const og_value *v, og_value *o)
{
    og_value_kind want = r->out->keys[d][k].kind;
    *o = *v;
    if (want == v->kind) {
        if (v->kind == OG_VAL_STRING && !(o->u.s = og__reduce_out_str(r, v->u.s)))
            return OG_ENOMEM;
        return 0;
    }
    char tmp[64];
    switch (v->kind) {
    case OG_VAL_INT: snprintf(tmp, sizeof tmp, "%lld", (long long)v->u.i); break;
    case OG_VAL_DOUBLE: snprintf(tmp, sizeof tmp, "%.17g", v->u.d); break;
    case OG_VAL_BOOL: snprintf(tmp, sizeof tmp, "%s", v->u.b ? "true" : "false"); break;
    default: tmp[0] = '\0'; break;
    }
    o->kind = OG_VAL_STRING;
    o->u.s = og__reduce_out_str(r, tmp);
    return o->u.s ? 0 : OG_ENOMEM;
}

/* Folds attributes `a` of part p into `acc` (sorted by out key), keeping the smallest value per key. */
static int fold_attrs(og__rctx *r, int d, uint32_t p, const og__attr *a, uint32_t n, og__attr **acc, uint32_t *n_acc)
{
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = r->keymap_data[d][r->keymap[d][p] + a[i].key];
        og_value v;
        if (out_value(r, d, k, &a[i].v, &v) != 0)
            return OG_ENOMEM;
        og__attr *have = (og__attr *)og__attrs_get(*acc, *n_acc, k);
        if (have) {
            if (og__value_cmp(&v, &have->v) < 0)
                have->v = v;
        } else if (og__attrs_set(acc, n_acc, k, &v) != 0) {
            return OG_ENOMEM;
        }
    }
    return 0;
}

/* ---- output nodes ---- */

int og__reduce_emit_nodes(og__rctx *r, const og__comp_ref *order, uint32_t n_live)
{
    og_graph *g = r->out;
    if (og__graph_reserve_nodes(g, n_live) != 0)
        return OG_ENOMEM;
    const char **srcs = NULL;
    size_t cap_srcs = 0;
    int rc = 0;
    for (uint32_t i = 0; i < n_live && !rc; i++) {
        og__rcomp *cp = &r->comps[order[i].c];
        og__node *n = &g->nodes[g->n_nodes];
        memset(n, 0, sizeof *n);
        g->n_nodes++;
        n->label = cp->label;
        n->lexicon_id = cp->lexicon_id;
        n->type = cp->type;
        n->fixed = cp->fixed;
        n->id = og__reduce_out_str(r, cp->id);
        if (!n->id || og__mm_add(&g->ids, n->id, i) != 0) {
            rc = OG_ENOMEM;
            break;
        }
        if (cp->n_names > 1) {
            n->aliases = og_malloc((cp->n_names - 1) * sizeof *n->aliases);
            if (!n->aliases) {
                rc = OG_ENOMEM;
                break;
            }
        }
        for (uint32_t k = 0; k < cp->n_names && !rc; k++) {
            const char *name = r->names[cp->first_name + k];
            const char *key = og__graph_name_key(g, name);
            if (!key)
                rc = OG_ENOMEM;
            else if (name == cp->label)
                n->label_key = key;
            else {
                n->aliases[n->n_aliases].name = name;
                n->aliases[n->n_aliases++].key = key;
            }
        }
        if (!rc)
            rc = og__node_index_names(g, i);
        /* counts, votes, sources, attributes */
        size_t n_srcs = 0;
        uint64_t total = 0; /* a plain sum: see below */
        for (uint32_t m = 0; m < cp->n_members && !rc; m++) {
            uint32_t gi = r->members[cp->first_member + m];
            uint32_t p = r->part_of[gi];
            const og__node *x = in_node(r, gi);
            n->mentions += x->mentions;
            for (int t = 0; t < OG_NODE_TYPE_COUNT; t++)
                n->votes[t] = x->votes[t] > UINT32_MAX - n->votes[t] ? UINT32_MAX : n->votes[t] + x->votes[t];
            total += x->source_count > x->n_src ? x->source_count : x->n_src;
            const char *const *xs = og__node_sources(x);
            for (uint32_t s = 0; s < x->n_src && !rc; s++) {
                if (n_srcs == cap_srcs) {
                    size_t cap = cap_srcs ? cap_srcs * 2 : 16;
                    const char **ns = og_realloc(srcs, cap * sizeof *ns);
                    if (!ns) {
                        rc = OG_ENOMEM;
                        break;
                    }
                    srcs = ns;
                    cap_srcs = cap;
                }
                srcs[n_srcs] = og__reduce_out_str(r, xs[s]);
                if (!srcs[n_srcs++])
                    rc = OG_ENOMEM;
            }
            if (!rc)
                rc = fold_attrs(r, 0, p, x->attrs, x->n_attrs, &n->attrs, &n->n_attrs);
        }
        if (rc)
            break;
        og__sort(srcs, n_srcs, sizeof *srcs, og__reduce_cmp_strp);
        size_t w = 0;
        for (size_t s = 0; s < n_srcs; s++)
            if (!w || srcs[w - 1] != srcs[s])
                srcs[w++] = srcs[s];
        /* The count is the plain sum of the inputs' counts, never "|union of
         * kept| + the rest": beyond the cap that would count a document once or
         * twice depending on how inputs were grouped, and reduce must be
         * associative (merge of merges == one run). Each document is read by
         * exactly one fragment, so the sum is exact unless two clusters of one
         * document only meet in the reduce (then that document counts twice). */
        n->source_count = total;
        size_t keep = w < r->K ? w : r->K;
        if (keep) {
            const char **list = og_malloc(keep * sizeof *list);
            if (!list) {
                rc = OG_ENOMEM;
                break;
            }
            memcpy(list, srcs, keep * sizeof *list);
            og__node_set_sources(n, list, keep);
        }
    }
    og_free(srcs);
    return rc;
}

/* ---- output edges ---- */

typedef struct edge_ref {
    uint32_t s, o;
    uint32_t pred;
    uint32_t part;
    uint32_t edge;
} edge_ref;

static int cmp_edge_ref(const void *a, const void *b)
{
    const edge_ref *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    if (x->pred != y->pred)
        return x->pred < y->pred ? -1 : 1;
    if (x->o != y->o)
        return x->o < y->o ? -1 : 1;
    if (x->part != y->part)
        return x->part < y->part ? -1 : 1;
    return x->edge < y->edge ? -1 : x->edge > y->edge;
}

static int cmp_evidence(const void *a, const void *b)
{
    return og__evidence_cmp(a, b);
}

int og__reduce_emit_edges(og__rctx *r)
{
    size_t total = 0;
    for (size_t p = 0; p < r->n_parts; p++)
        total += r->parts[p]->n_edges;
    edge_ref *refs = og_malloc((total + 1) * sizeof *refs);
    if (!refs)
        return OG_ENOMEM;
    size_t n = 0;
    for (size_t p = 0; p < r->n_parts; p++) {
        const og_graph *g = r->parts[p];
        for (uint32_t e = 0; e < g->n_edges; e++) {
            const og__rcomp *cs = &r->comps[r->comp_of[r->base[p] + g->edges[e].s]];
            const og__rcomp *co = &r->comps[r->comp_of[r->base[p] + g->edges[e].o]];
            if (cs->dropped || co->dropped || cs == co)
                continue;
            edge_ref *x = &refs[n++];
            x->s = cs->out;
            x->o = co->out;
            x->pred = g->edges[e].pred;
            if (x->pred == OG_COLLABORATES_WITH && x->s > x->o) {
                uint32_t t = x->s;
                x->s = x->o;
                x->o = t;
            }
            x->part = (uint32_t)p;
            x->edge = e;
        }
    }
    og__sort(refs, n, sizeof *refs, cmp_edge_ref);
    og_evidence *evs = NULL;
    size_t cap_evs = 0;
    int rc = 0;
    if (og__edge_rehash(r->out, n * 2) != 0)
        rc = OG_ENOMEM;
    for (size_t lo = 0; lo < n && !rc;) {
        size_t hi = lo + 1;
        while (hi < n && refs[hi].s == refs[lo].s && refs[hi].pred == refs[lo].pred && refs[hi].o == refs[lo].o)
            hi++;
        og_edge_id id;
        if (og__edge_append(r->out, refs[lo].s, (og_predicate)refs[lo].pred, refs[lo].o, &id) != 0) {
            rc = OG_ENOMEM;
            break;
        }
        og__edge *e = &r->out->edges[id];
        size_t n_evs = 0;
        uint64_t ev_total = 0; /* plain sum, for associativity (as source_count) */
        double conf = 0.0;
        int hedged = 1;
        for (size_t i = lo; i < hi && !rc; i++) {
            const og__edge *x = &r->parts[refs[i].part]->edges[refs[i].edge];
            ev_total += x->ev_count > x->n_ev ? x->ev_count : x->n_ev;
            if (x->conf > conf)
                conf = x->conf;
            hedged = hedged && x->hedged;
            const og_evidence *xe = og__edge_evs(x);
            for (uint32_t k = 0; k < x->n_ev && !rc; k++) {
                if (n_evs == cap_evs) {
                    size_t cap = cap_evs ? cap_evs * 2 : 16;
                    og_evidence *ne = og_realloc(evs, cap * sizeof *ne);
                    if (!ne) {
                        rc = OG_ENOMEM;
                        break;
                    }
                    evs = ne;
                    cap_evs = cap;
                }
                og_evidence *v = &evs[n_evs++];
                *v = xe[k];
                v->doc = xe[k].doc ? og__reduce_out_str(r, xe[k].doc) : NULL;
                v->sentence = xe[k].sentence ? og__reduce_out_str(r, xe[k].sentence) : NULL;
                if ((xe[k].doc && !v->doc) || (xe[k].sentence && !v->sentence))
                    rc = OG_ENOMEM;
            }
            if (!rc)
                rc = fold_attrs(r, 1, refs[i].part, x->attrs, x->n_attrs, &e->attrs, &e->n_attrs);
        }
        if (rc)
            break;
        og__sort(evs, n_evs, sizeof *evs, cmp_evidence);
        size_t w = 0;
        for (size_t k = 0; k < n_evs; k++)
            if (!w || og__evidence_cmp(&evs[w - 1], &evs[k]) != 0)
                evs[w++] = evs[k];
        e->ev_count = ev_total;
        e->hedged = (uint8_t)hedged;
        size_t keep = w < r->K ? w : r->K;
        if (keep) {
            og_evidence *list = og_malloc(keep * sizeof *list);
            if (!list) {
                rc = OG_ENOMEM;
                break;
            }
            memcpy(list, evs, keep * sizeof *list);
            og__edge_set_evs(e, list, keep);
        } else {
            e->conf = conf;
        }
        lo = hi;
    }
    og_free(evs);
    og_free(refs);
    return rc;
}
