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
 *     |union| + sum of (count - kept); mentions and votes summed; `drop`
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
static int for_named(og__rctx *r, const char *name, int (*fn)(og__rctx *, uint32_t, void *), void *payload)
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
static const char *lexicon_of(const og__node *n)
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
        const char *lexicon_id = lexicon_of(n);
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
        if (for_named(r, rule->a, mark_side, &ma) != 0 || for_named(r, rule->b, mark_side, &mb) != 0)
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
            if (for_named(r, rule->a, same_union, &first) != 0 || for_named(r, rule->b, same_union, &first) != 0)
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

static int describe_components(og__rctx *r)
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
            rc = for_named(r, rule->a, mark_comp, &h);
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
            rc = for_named(r, rule->a, mark_comp, &h);
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
            const char *nl = lexicon_of(n);
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

/* ---- ids ---- */

static void slugify(og__buf *b, const char *label)
{
    size_t len = strlen(label);
    int dash = 0;
    size_t start = b->len;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)label + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            i++;
            dash = 1;
            continue;
        }
        i += (size_t)n;
        utf8proc_category_t cat = utf8proc_category(cp);
        int alnum = (cp < 0x80) ? ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
                                : (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                                      (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
        if (!alnum) {
            dash = 1;
            continue;
        }
        if (dash && b->len > start)
            og__buf_putc(b, '-');
        dash = 0;
        utf8proc_uint8_t tmp[4];
        utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), tmp);
        og__buf_put(b, tmp, (size_t)m);
    }
    if (b->len == start)
        og__buf_puts(b, "unnamed");
}

static int base_id(og__rctx *r, og__rcomp *cp)
{
    og__buf_clear(&r->kbuf);
    if (cp->lexicon_id) {
        og__buf_puts(&r->kbuf, cp->lexicon_id);
    } else {
        const char *tn = og_node_type_name((og_node_type)cp->type);
        for (const char *t = tn; *t; t++)
            og__buf_putc(&r->kbuf, (char)(*t >= 'A' && *t <= 'Z' ? *t - 'A' + 'a' : *t));
        og__buf_putc(&r->kbuf, ':');
        slugify(&r->kbuf, cp->label);
    }
    cp->id = og__buf_failed(&r->kbuf) ? NULL : og_strdup(r->kbuf.ptr);
    return cp->id ? 0 : OG_ENOMEM;
}

/* Content order of components (for collision suffixes): id, label, type, names. */
static int cmp_comp_content(const og__rctx *r, const og__rcomp *a, const og__rcomp *b)
{
    int c = strcmp(a->id, b->id);
    if (c)
        return c;
    if (a->label != b->label && (c = strcmp(a->label, b->label)) != 0)
        return c;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    uint32_t n = a->n_names < b->n_names ? a->n_names : b->n_names;
    for (uint32_t i = 0; i < n; i++) {
        const char *x = r->names[a->first_name + i], *y = r->names[b->first_name + i];
        if (x != y && (c = strcmp(x, y)) != 0)
            return c;
    }
    if (a->n_names != b->n_names)
        return a->n_names < b->n_names ? -1 : 1;
    return a->n_members < b->n_members ? -1 : a->n_members > b->n_members;
}

static int cmp_comp_ref(const void *a, const void *b)
{
    const og__comp_ref *x = a, *y = b;
    int c = cmp_comp_content(x->r, &x->r->comps[x->c], &y->r->comps[y->c]);
    if (c)
        return c;
    return x->c < y->c ? -1 : x->c > y->c;
}

static int cmp_id_ref(const void *a, const void *b)
{
    const og__comp_ref *x = a, *y = b;
    return strcmp(x->r->comps[x->c].id, y->r->comps[y->c].id);
}

/* A set of ids taken so far: a sorted array is enough (few collisions). */
static int id_taken(const og__comp_ref *sorted, size_t n, const char *id, char **extra, size_t n_extra)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(sorted[mid].r->comps[sorted[mid].c].id, id);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = 0; i < n_extra; i++)
        if (strcmp(extra[i], id) == 0)
            return 1;
    return 0;
}

static int assign_ids(og__rctx *r, og__comp_ref *refs, uint32_t *n_live)
{
    uint32_t n = 0;
    for (uint32_t c = 0; c < r->C; c++) {
        if (r->comps[c].dropped)
            continue;
        if (base_id(r, &r->comps[c]) != 0)
            return OG_ENOMEM;
        refs[n].r = r;
        refs[n].c = c;
        n++;
    }
    og__sort(refs, n, sizeof *refs, cmp_comp_ref);
    /* Later members of a run of equal base ids get suffixes. The bases stay
     * reserved (refs keeps them sorted); new ids are checked against them and
     * against suffixes handed out so far. */
    char **renamed = NULL;
    size_t n_renamed = 0;
    uint32_t *who = NULL;
    int rc = 0;
    for (uint32_t i = 1; i < n; i++) {
        if (strcmp(r->comps[refs[i].c].id, r->comps[refs[i - 1].c].id) != 0)
            continue;
        char **nr = og_realloc(renamed, (n_renamed + 1) * sizeof *nr);
        uint32_t *nw = og_realloc(who, (n_renamed + 1) * sizeof *nw);
        if (nr)
            renamed = nr;
        if (nw)
            who = nw;
        if (!nr || !nw) {
            rc = OG_ENOMEM;
            break;
        }
        const char *base = r->comps[refs[i].c].id;
        unsigned k = 2;
        /* The run's suffix continues from the previous member of the same run. */
        for (;; k++) {
            og__buf_clear(&r->kbuf);
            og__buf_printf(&r->kbuf, "%s-%u", base, k);
            if (og__buf_failed(&r->kbuf)) {
                rc = OG_ENOMEM;
                break;
            }
            if (!id_taken(refs, n, r->kbuf.ptr, renamed, n_renamed))
                break;
        }
        if (rc)
            break;
        renamed[n_renamed] = og_strdup(r->kbuf.ptr);
        if (!renamed[n_renamed]) {
            rc = OG_ENOMEM;
            break;
        }
        who[n_renamed++] = refs[i].c;
    }
    for (size_t i = 0; i < n_renamed; i++) {
        if (!rc) {
            og_free(r->comps[who[i]].id);
            r->comps[who[i]].id = renamed[i];
        } else {
            og_free(renamed[i]);
        }
    }
    og_free(renamed);
    og_free(who);
    if (rc)
        return rc;
    og__sort(refs, n, sizeof *refs, cmp_id_ref);
    for (uint32_t i = 0; i < n; i++)
        r->comps[refs[i].c].out = i;
    *n_live = n;
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
        build_components(&r) != 0 || og__reduce_build_keys(&r) != 0 || describe_components(&r) != 0)
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
    if (!refs || assign_ids(&r, refs, &n_live) != 0 || og__reduce_emit_nodes(&r, refs, n_live) != 0 || og__reduce_emit_edges(&r) != 0) {
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
