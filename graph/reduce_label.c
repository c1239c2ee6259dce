/*
 * reduce_label.c - step 3 of og_reduce for each entity (component): its
 * names (all names of its members, interned in the output pool, sorted),
 * label (best name), type (fixed, curation rule, else votes), lexicon id,
 * and whether a curation `drop` rule removes it.
 *
 * Does: fill og__rcomp's names/label/type/lexicon_id/dropped.
 * Does not: decide which nodes form an entity (reduce.c), choose ids
 * (reduce_ids.c) or create output nodes (reduce_emit.c).
 */
#include <stdlib.h>
#include <string.h>

#include "reduce_impl.h"

static int push_name(og__rctx *r, const char *s)
{
    if (r->n_names == r->cap_names) {
        size_t cap = r->cap_names ? r->cap_names + r->cap_names / 2 : 256;
        const char **n = og_realloc(r->names, cap * sizeof *n);
        if (!n)
            return OG_ENOMEM;
        r->names = n;
        r->cap_names = cap;
    }
    r->names[r->n_names++] = s;
    return 0;
}

int og__reduce_cmp_strp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char *og__reduce_out_str(og__rctx *r, const char *s)
{
    return og__pool_intern(&r->out->pool, s, strlen(s));
}

/* 1 if name a makes a better label than b. */
static int better_label(const char *a, const char *b)
{
    int la = og__has_lower(a), lb = og__has_lower(b);
    if (la != lb)
        return la > lb;
    size_t na = og__utf8_length(a), nb = og__utf8_length(b);
    if (na != nb)
        return na > nb;
    return strcmp(a, b) < 0;
}

typedef struct comp_rule_hit {
    uint32_t *hit;   /* per component: the stamp of the last rule that named it */
    uint32_t stamp;
    uint32_t *list;  /* components named by the current rule (og_malloc'd, reused) */
    size_t n, cap;
} comp_rule_hit;

/* Collects the components holding a node named by the rule (each once), so a
 * rule costs O(nodes named), not O(components). */
static int mark_comp(og__rctx *r, uint32_t node, void *payload)
{
    comp_rule_hit *h = payload;
    uint32_t c = r->comp_of[node];
    if (h->hit[c] == h->stamp)
        return 0;
    h->hit[c] = h->stamp;
    if (h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 16;
        uint32_t *l = og_realloc(h->list, cap * sizeof *l);
        if (!l)
            return OG_ENOMEM;
        h->list = l;
        h->cap = cap;
    }
    h->list[h->n++] = c;
    return 0;
}

int og__reduce_describe(og__rctx *r)
{
    /* Curation alias names, drop and type rules, per component. */
    uint32_t *hit = NULL;
    if (r->cur && r->cur->n_rules) {
        hit = og_malloc(((size_t)r->C + 1) * sizeof *hit);
        if (!hit)
            return OG_ENOMEM;
        memset(hit, 0, ((size_t)r->C + 1) * sizeof *hit);
    }
    int8_t *ctype = og_malloc(((size_t)r->C + 1) * sizeof *ctype);
    if (!ctype) {
        og_free(hit);
        return OG_ENOMEM;
    }
    memset(ctype, -1, ((size_t)r->C + 1) * sizeof *ctype);
    comp_rule_hit h = {hit, 0, NULL, 0, 0};
    int rc = 0;
    for (uint32_t c = 0; c < r->C && !rc; c++) {
        og__rcomp *cp = &r->comps[c];
        cp->first_name = (uint32_t)r->n_names;
        for (uint32_t m = 0; m < cp->n_members && !rc; m++) {
            const og__node *n = in_node(r, r->members[cp->first_member + m]);
            for (size_t k = 0; k < og__node_name_count(n) && !rc; k++) {
                const char *s = og__reduce_out_str(r, og__node_name(n, k));
                rc = s ? push_name(r, s) : OG_ENOMEM;
            }
        }
        cp->n_names = (uint32_t)(r->n_names - cp->first_name);
    }
    if (rc)
        goto done;
    if (r->cur) {
        for (size_t i = 0; i < r->cur->n_rules && !rc; i++) {
            const og__cur_rule *rule = &r->cur->rules[i];
            h.stamp = (uint32_t)i + 1;
            h.n = 0;
            rc = og__reduce_for_named(r, rule->a, mark_comp, &h);
            if (rc)
                break;
            for (size_t j = 0; j < h.n; j++) {
                uint32_t c = h.list[j];
                if (rule->kind == OG__CUR_DROP)
                    r->comps[c].dropped = 1;
                else if (rule->kind == OG__CUR_TYPE)
                    ctype[c] = (int8_t)rule->type;
            }
        }
        /* Alias names: components whose nodes carry the alias key already (entries
         * were added in apply_alias_rules) get the alias string as a name. */
        for (size_t i = 0; i < r->cur->n_rules && !rc; i++) {
            const og__cur_rule *rule = &r->cur->rules[i];
            if (rule->kind != OG__CUR_ALIAS)
                continue;
            h.stamp = (uint32_t)(r->cur->n_rules + i + 1);
            h.n = 0;
            rc = og__reduce_for_named(r, rule->a, mark_comp, &h);
            for (size_t j = 0; j < h.n && !rc; j++) {
                uint32_t c = h.list[j];
                /* Appending breaks contiguity; move this component's names to the end. */
                og__rcomp *cp = &r->comps[c];
                uint32_t first = (uint32_t)r->n_names;
                for (uint32_t k = 0; k < cp->n_names && !rc; k++)
                    rc = push_name(r, r->names[cp->first_name + k]);
                const char *s = rc ? NULL : og__reduce_out_str(r, rule->b);
                if (!rc)
                    rc = s ? push_name(r, s) : OG_ENOMEM;
                cp->first_name = first;
                cp->n_names = (uint32_t)(r->n_names - first);
            }
        }
        if (rc)
            goto done;
    }
    for (uint32_t c = 0; c < r->C; c++) {
        og__rcomp *cp = &r->comps[c];
        const char **nm = &r->names[cp->first_name];
        og__sort(nm, cp->n_names, sizeof *nm, og__reduce_cmp_strp);
        uint32_t w = 0;
        for (uint32_t k = 0; k < cp->n_names; k++)
            if (!w || nm[w - 1] != nm[k])
                nm[w++] = nm[k];
        cp->n_names = w;
        cp->label = nm[0];
        for (uint32_t k = 1; k < w; k++)
            if (better_label(nm[k], cp->label))
                cp->label = nm[k];
        /* type */
        int fixed = -1, lowest = OG_NODE_TYPE_COUNT;
        uint64_t votes[OG_NODE_TYPE_COUNT] = {0};
        const char *lex = NULL;
        for (uint32_t m = 0; m < cp->n_members; m++) {
            const og__node *n = in_node(r, r->members[cp->first_member + m]);
            if (n->fixed && (fixed < 0 || n->type < fixed))
                fixed = n->type;
            if (n->type < lowest)
                lowest = n->type;
            for (int t = 0; t < OG_NODE_TYPE_COUNT; t++)
                votes[t] += n->votes[t];
            const char *nl = og__reduce_lexicon_of(n);
            if (nl && (!lex || strcmp(nl, lex) < 0))
                lex = nl;
        }
        if (ctype[c] >= 0) {
            cp->type = (uint8_t)ctype[c];
            cp->fixed = 1;
        } else if (fixed >= 0) {
            cp->type = (uint8_t)fixed;
            cp->fixed = 1;
        } else {
            int best = -1;
            for (int t = 0; t < OG_NODE_TYPE_COUNT; t++)
                if (votes[t] && (best < 0 || votes[t] > votes[best]))
                    best = t;
            cp->type = (uint8_t)(best >= 0 ? best : lowest);
        }
        if (lex) {
            cp->lexicon_id = og__reduce_out_str(r, lex);
            if (!cp->lexicon_id) {
                rc = OG_ENOMEM;
                goto done;
            }
        }
    }
done:
    og_free(h.list);
    og_free(hit);
    og_free(ctype);
    return rc;
}
