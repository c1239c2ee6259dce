/*
 * partnership.c - names that encode two or more parties.
 *
 * Does:
 *  - "ISO/IEC JTC 1", "JTC1/SC 42", "ISO/IEC JTC 1/SC 42": one Partnership
 *    mention "ISO/IEC JTC <n>" (alias "JTC <n>") and one Organisation mention
 *    "SC <m>" (aliases "JTC <n>/SC <m>", "ISO/IEC JTC <n>/SC <m>"), SC part_of
 *    JTC (before resolution: og__find_partnership_names);
 *  - after resolution (og__partnership_relations): a multi-word name whose
 *    first word joins acronyms with '/' ("ITU/WHO Focus Group on AI for
 *    Health", "ITU/WMO/UNESCO-IOC Joint Task Force ...") becomes a
 *    Partnership with partner_in edges from each party; "X is a UNICEF-ITU
 *    global initiative" / "X: UNICEF-ITU global initiative" makes X a
 *    Partnership of UNICEF and ITU.
 * Does not: treat a one-word "UN/CEFACT" or a standard "ISO/IEC 27001" as a
 * partnership; "A and B launched X" is handled in relation.c.
 */
#include <stdio.h>
#include <string.h>
#include "mention.h"

static int is_upper_part(const char *s, size_t n) {
    if (n < 2)
        return 0;
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            letters++;
        else if (!(c == '-' || (c >= '0' && c <= '9')))
            return 0;
    }
    return letters >= 2;
}

static int push_named(og__ex *ex, size_t start, size_t end, og_node_type type, const char *name) {
    og__mention m;
    memset(&m, 0, sizeof m);
    m.start = start;
    m.end = end;
    m.tok_start = (uint32_t)og__tok_at(ex, start);
    m.tok_end = (uint32_t)og__tok_at(ex, end);
    if (m.tok_end <= m.tok_start)
        m.tok_end = m.tok_start + 1;
    if (m.tok_end > ex->n_toks)
        return 0;
    m.sent = ex->toks[m.tok_start].sent;
    m.type = type;
    m.src = OG__SRC_PARTNERSHIP;
    m.conf = 0.85f;
    m.lex = -1;
    m.ref = -1;
    m.name = og_strdup(name);
    if (!m.name)
        return og_error_set(ex->err, OG_ENOMEM, ex->doc->name, 0, 0, "out of memory");
    int rc = og__mentions_push(&ex->m, &m);
    if (rc < 0) {
        og_free((void *)m.name);
        return og_error_set(ex->err, OG_ENOMEM, ex->doc->name, 0, 0, "out of memory");
    }
    return 0;
}

static size_t digits(const char *s, size_t i, size_t end, unsigned *v) {
    size_t j = i;
    *v = 0;
    while (j < end && j - i < 4 && s[j] >= '0' && s[j] <= '9')
        *v = *v * 10 + (unsigned)(s[j++] - '0');
    return j;
}

int og__find_partnership_names(og__ex *ex) {
    const og__doc *doc = ex->doc;
    const char *s = doc->text;
    for (size_t si = 0; si < doc->n_sents; si++) {
        if (ex->block_skip && ex->block_skip[doc->sents[si].block])
            continue;
        size_t a = ex->sent_tok[si], b = ex->sent_tok[si + 1];
        for (size_t t = a; t < b; t++) {
            size_t p = ex->toks[t].start;
            if (ex->toks[t].end - p < 3 || memcmp(s + p, "JTC", 3) != 0)
                continue;
            size_t end = doc->sents[si].end, q = p + 3;
            if (q < end && s[q] == ' ')
                q++;
            unsigned n1, n2 = 0;
            size_t q2 = digits(s, q, end, &n1);
            if (q2 == q)
                continue;
            size_t jtc_end = q2, start = p;
            if (p >= 8 && memcmp(s + p - 8, "ISO/IEC ", 8) == 0)
                start = p - 8;
            size_t sc_start = 0, sc_end = 0;
            if (q2 + 3 < end && s[q2] == '/' && s[q2 + 1] == 'S' && s[q2 + 2] == 'C') {
                size_t r = q2 + 3;
                if (r < end && s[r] == ' ')
                    r++;
                size_t r2 = digits(s, r, end, &n2);
                if (r2 > r) {
                    sc_start = q2 + 1;
                    sc_end = r2;
                }
            }
            char name[64];
            snprintf(name, sizeof name, "ISO/IEC JTC %u", n1);
            int rc = push_named(ex, start, jtc_end, OG_PARTNERSHIP, name);
            if (rc < 0)
                return rc;
            if (sc_end) {
                snprintf(name, sizeof name, "SC %u", n2);
                rc = push_named(ex, sc_start, sc_end, OG_ORGANISATION, name);
                if (rc < 0)
                    return rc;
                ex->m.v[ex->m.n - 1].ref = (int32_t)n1; /* the parent committee's number */
            }
            while (t + 1 < b && ex->toks[t + 1].start < (sc_end ? sc_end : jtc_end))
                t++;
        }
    }
    return 0;
}

static int party(og__ex *ex, const char *s, size_t n, og_node_id part, size_t sent, size_t at) {
    char buf[64];
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    og_node_id pn;
    int rc = og_graph_add_node(ex->g, OG_ORGANISATION, buf, 1, &pn, ex->err);
    if (rc < 0)
        return rc;
    return og__emit(ex, pn, OG_PARTNER_IN, part, (uint32_t)sent, at, 0.8, 0);
}

/* Parties joined by `sep` in s[0,n): each an acronym; returns their count or 0. */
static int split_parties(const char *s, size_t n, char sep, size_t *offs, size_t *lens, int max) {
    int k = 0;
    size_t i = 0;
    while (i <= n && k < max) {
        size_t j = i;
        while (j < n && s[j] != sep)
            j++;
        if (!is_upper_part(s + i, j - i))
            return 0;
        offs[k] = i;
        lens[k] = j - i;
        k++;
        i = j + 1;
        if (j == n)
            break;
    }
    return k >= 2 ? k : 0;
}

int og__partnership_relations(og__ex *ex) {
    size_t offs[8], lens[8];
    for (size_t i = 0; i < ex->m.n; i++) {
        og__mention *m = &ex->m.v[i];
        if (m->dead || !m->has_node)
            continue;
        if (m->src == OG__SRC_PARTNERSHIP && m->name && strncmp(m->name, "ISO/IEC JTC ", 12) == 0) {
            char v[64];
            snprintf(v, sizeof v, "ISO/IEC JTC%s", m->name + 12); /* "ISO/IEC JTC1" */
            int rc = og_graph_node_add_alias(ex->g, m->node, m->name + 8, ex->err); /* "JTC 1" */
            if (!rc)
                rc = og_graph_node_add_alias(ex->g, m->node, v, ex->err);
            if (!rc)
                rc = og_graph_node_add_alias(ex->g, m->node, v + 8, ex->err);
            if (rc < 0)
                return rc;
        }
        /* "SC 42" right after "JTC 1/" or "JTC1/": part_of "ISO/IEC JTC 1", with the spellings as aliases */
        const char *tx = ex->doc->text;
        if (m->start >= 5 && tx[m->start] == 'S' && tx[m->start + 1] == 'C' && tx[m->start - 1] == '/') {
            size_t q = m->start - 1, d = q;
            while (d > 0 && tx[d - 1] >= '0' && tx[d - 1] <= '9' && q - d < 4)
                d--;
            size_t j = d;
            if (j > 0 && tx[j - 1] == ' ')
                j--;
            if (d < q && j >= 3 && memcmp(tx + j - 3, "JTC", 3) == 0) {
                unsigned n1 = 0, n2 = 0;
                for (size_t k = d; k < q; k++)
                    n1 = n1 * 10 + (unsigned)(tx[k] - '0');
                size_t r = m->start + 2;
                if (r < m->end && tx[r] == ' ')
                    r++;
                while (r < m->end && tx[r] >= '0' && tx[r] <= '9')
                    n2 = n2 * 10 + (unsigned)(tx[r++] - '0');
                char jn[48], al[96];
                snprintf(jn, sizeof jn, "ISO/IEC JTC %u", n1);
                og_node_id jt;
                int rc = og_graph_add_node(ex->g, OG_PARTNERSHIP, jn, 1, &jt, ex->err);
                if (!rc)
                    rc = og_graph_node_add_alias(ex->g, jt, jn + 8, ex->err);
                const char *forms[] = {"ISO/IEC JTC %u/SC %u", "JTC %u/SC %u", "ISO/IEC JTC%u/SC %u", "JTC%u/SC %u",
                                       "SC %u"};
                for (size_t f = 0; f < 5 && !rc; f++) {
                    snprintf(al, sizeof al, forms[f], f == 4 ? n2 : n1, n2);
                    rc = og_graph_node_add_alias(ex->g, m->node, al, ex->err);
                }
                if (!rc)
                    rc = og__emit(ex, m->node, OG_PART_OF, jt, m->sent, m->start, 0.85, 0);
                if (rc < 0)
                    return rc;
                continue;
            }
        }
        if (m->type == OG_STANDARD || m->type == OG_PERSON || m->type == OG_PLACE || m->src == OG__SRC_WEAK)
            continue;
        const char *name = og__mention_name(ex, m);
        if (!name)
            continue;
        /* a lexicon name "ISO/IEC JTC 1/SC 27": the subcommittee of JTC 1 */
        const char *j = strstr(name, "JTC");
        if (m->src == OG__SRC_LEXICON && j && m->type != OG_PARTNERSHIP) {
            unsigned n1 = 0;
            const char *q = j + 3;
            if (*q == ' ')
                q++;
            while (*q >= '0' && *q <= '9')
                n1 = n1 * 10 + (unsigned)(*q++ - '0');
            if (n1 && q[0] == '/' && q[1] == 'S' && q[2] == 'C') {
                char jn[64];
                snprintf(jn, sizeof jn, "ISO/IEC JTC %u", n1);
                og_node_id jt;
                int rc = og_graph_add_node(ex->g, OG_PARTNERSHIP, jn, 1, &jt, ex->err);
                if (!rc)
                    rc = og_graph_node_add_alias(ex->g, jt, jn + 8, ex->err);
                if (!rc)
                    rc = og__emit(ex, m->node, OG_PART_OF, jt, m->sent, m->start, 0.85, 0);
                if (rc < 0)
                    return rc;
            }
            continue;
        }
        if (m->fixed && m->type != OG_PARTNERSHIP)
            continue;
        const char *sp = strchr(name, ' ');
        if (!sp || !memchr(name, '/', (size_t)(sp - name)))
            continue;
        int k = split_parties(name, (size_t)(sp - name), '/', offs, lens, 8);
        if (!k)
            continue;
        /* at least one party must be an organisation the document names ("LAN/MAN" names none) */
        int known = 0;
        for (int q = 0; q < k && !known; q++) {
            char pb[64];
            og_node_id pn;
            if (lens[q] >= sizeof pb)
                continue;
            memcpy(pb, name + offs[q], lens[q]);
            pb[lens[q]] = '\0';
            known = og_graph_find(ex->g, pb, &pn) == 0 && og_graph_node_type(ex->g, pn) == OG_ORGANISATION;
        }
        /* ... unless the name itself says it is a joint body: "JTC", a focus group or task force */
        if (!known && !strstr(name, "JTC") && og_graph_node_type(ex->g, m->node) != OG_INITIATIVE &&
            m->type != OG_INITIATIVE)
            continue;
        char nm[OG__MAX_NAME * 2 + 8];
        snprintf(nm, sizeof nm, "%s", name);
        og_node_id n2;
        int rc = og_graph_add_node(ex->g, OG_PARTNERSHIP, nm, 2, &n2, ex->err);
        for (int q = 0; q < k && rc >= 0; q++)
            rc = party(ex, nm + offs[q], lens[q], m->node, m->sent, m->start);
        if (rc < 0)
            return rc;
    }
    /* "X is a UNICEF-ITU global initiative", "X: UNICEF-ITU global initiative" */
    for (size_t t = 0; t < ex->n_toks; t++) {
        const og__tok *k = &ex->toks[t];
        if (!(k->flags & OG__TK_UPPER) || !memchr(ex->doc->text + k->start, '-', k->end - k->start))
            continue;
        int np = split_parties(ex->doc->text + k->start, k->end - k->start, '-', offs, lens, 8);
        if (!np)
            continue;
        int cls = 0;
        for (size_t u = t + 1; u < ex->n_toks && u <= t + 3 && ex->toks[u].sent == k->sent; u++) {
            const og__word *w = og__word_at(ex->toks[u].word);
            if (w && (w->flags & OG__W_CLASS) && (w->type == OG_INITIATIVE || w->type == OG_ORGANISATION)) {
                cls = 1;
                break;
            }
        }
        if (!cls)
            continue;
        /* the subject: the nearest resolved mention ending before t in the sentence */
        size_t lo = 0, hi = ex->m.n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (ex->m.v[mid].start < k->start)
                lo = mid + 1;
            else
                hi = mid;
        }
        size_t best = (size_t)-1;
        for (size_t i = lo; i > 0; i--) {
            og__mention *m = &ex->m.v[i - 1];
            if (m->sent != k->sent)
                break;
            if (!m->dead && m->end <= k->start && m->type != OG_PERSON && m->type != OG_PLACE) {
                best = i - 1;
                break;
            }
        }
        /* the weak span for the hyphenated token itself is not an entity */
        if (lo < ex->m.n && ex->m.v[lo].start == k->start && ex->m.v[lo].src == OG__SRC_WEAK)
            ex->m.v[lo].dead = 1;
        if (best == (size_t)-1 || ex->m.v[best].tok_end + 4 < t)
            continue;
        og_node_id subj;
        int rc = og__mention_node(ex, best, &subj);
        if (rc < 0)
            return rc;
        const char *nm = og_graph_node_label(ex->g, subj);
        char buf[OG__MAX_NAME * 2 + 8];
        snprintf(buf, sizeof buf, "%s", nm);
        og_node_id again;
        rc = og_graph_add_node(ex->g, OG_PARTNERSHIP, buf, 2, &again, ex->err);
        for (int q = 0; q < np && rc >= 0; q++)
            rc = party(ex, ex->doc->text + k->start + offs[q], lens[q], subj, k->sent, k->start);
        if (rc < 0)
            return rc;
    }
    return 0;
}
