/*
 * reduce_ids.c - step 3 of og_reduce, ids: each live entity's id is its
 * smallest lexicon id, else "<type>:<slug of label>"; entities whose ids
 * collide are ordered by content and suffixed "-2", "-3", ... so the result
 * does not depend on the order of the inputs.
 *
 * Does: the slug (lower-case letters and digits, '-' between runs) and the
 * collision suffixes; fills og__rcomp.id and the id-ordered reference list.
 * Does not: pick labels or types (reduce_label.c) or emit nodes.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "reduce_impl.h"

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

int og__reduce_assign_ids(og__rctx *r, og__comp_ref *refs, uint32_t *n_live)
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
