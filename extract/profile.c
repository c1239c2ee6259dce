/*
 * profile.c - organisation profiles: a name line followed by header fields
 * (Acronym:, Established:, Address:, Website:, Stakeholder group:).
 *
 * Does: find profile headers and the blocks each profile covers; push the
 * subject mention; turn short references inside the profile ("the
 * Institute", "the organisation", a sentence-initial "It") into mentions of
 * the subject; mark header-field lines and social-media handle lines so the
 * other recognisers skip them. After resolution (og__profile_facts): the
 * acronym/established/address/website/stakeholder attributes, "Acronym: ITU,
 * UIT" as separate aliases, the address city (Place) located_in its country,
 * the subject located_in the city, and topic headings under "Digital policy
 * issues" as Topic nodes with works_on edges. Does not: guess a profile
 * without at least one header field.
 */
#include <string.h>
#include "mention.h"

static const char *const field_keys[] = {"Acronym:", "Established:", "Address:", "Website:", "Stakeholder group:",
                                         "Founded:", "Headquarters:"};

/* Index of the field key the block starts with, or -1. */
static int field_of(const og__ex *ex, size_t b) {
    const og__block *bk = &ex->doc->blocks[b];
    const char *s = ex->doc->text + bk->start;
    size_t n = bk->end - bk->start;
    for (size_t i = 0; i < sizeof field_keys / sizeof field_keys[0]; i++) {
        size_t k = strlen(field_keys[i]);
        if (n >= k && memcmp(s, field_keys[i], k) == 0)
            return (int)i;
    }
    return -1;
}

static int is_name_line(const og__ex *ex, size_t b) {
    const og__block *bk = &ex->doc->blocks[b];
    size_t n = bk->end - bk->start;
    if (n == 0 || n > 160)
        return 0;
    const char *s = ex->doc->text + bk->start;
    if (s[n - 1] == '.' || memchr(s, ':', n))
        return 0;
    unsigned char c = (unsigned char)s[0];
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int block_eq(const og__ex *ex, size_t b, const char *w) {
    const og__block *bk = &ex->doc->blocks[b];
    size_t n = bk->end - bk->start, k = strlen(w);
    if (n != k)
        return 0;
    const char *s = ex->doc->text + bk->start;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != w[i])
            return 0;
    }
    return 1;
}

/* A social-media handle line: a token starting with '@' after a word ("Twitter @GVAGrad"). */
static int handle_line(const og__ex *ex, size_t b) {
    const og__block *bk = &ex->doc->blocks[b];
    const char *s = ex->doc->text + bk->start;
    size_t n = bk->end - bk->start;
    if (n > 120)
        return 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i] == '@' && s[i - 1] == ' ' && s[i + 1] != ' ')
            return 1;
    return 0;
}

static int push_ref(og__ex *ex, size_t a, size_t b, int32_t prof, float conf) {
    og__mention m;
    memset(&m, 0, sizeof m);
    m.start = ex->toks[a].start;
    m.end = ex->toks[b - 1].end;
    m.tok_start = (uint32_t)a;
    m.tok_end = (uint32_t)b;
    m.sent = ex->toks[a].sent;
    m.type = OG_ORGANISATION;
    m.src = OG__SRC_REF;
    m.conf = conf;
    m.lex = -1;
    m.ref = prof;
    int rc = og__mentions_push(&ex->m, &m);
    return rc < 0 ? og_error_set(ex->err, OG_ENOMEM, ex->doc->name, 0, 0, "out of memory") : 0;
}

/* Does the subject's name contain the word of token t (case-insensitive)? */
static int name_has_word(const og__ex *ex, const og__profile *p, size_t t) {
    const char *w = ex->doc->text + ex->toks[t].start;
    size_t k = ex->toks[t].end - ex->toks[t].start;
    const char *s = ex->doc->text + p->name_start;
    size_t n = p->name_end - p->name_start;
    for (size_t i = 0; i + k <= n; i++) {
        if ((i == 0 || s[i - 1] == ' ') && (i + k == n || s[i + k] == ' ' || s[i + k] == ',')) {
            size_t j = 0;
            while (j < k && ((s[i + j] | 0x20) == (w[j] | 0x20)))
                j++;
            if (j == k)
                return 1;
        }
    }
    return 0;
}

int og__find_profiles(og__ex *ex) {
    const og__doc *doc = ex->doc;
    size_t nb = doc->n_blocks;
    if (!nb)
        return 0;
    ex->block_skip = og_malloc(nb);
    ex->block_profile = og_malloc(nb * sizeof *ex->block_profile);
    if (!ex->block_skip || !ex->block_profile)
        return og_error_set(ex->err, OG_ENOMEM, doc->name, 0, 0, "out of memory");
    memset(ex->block_skip, 0, nb);
    for (size_t b = 0; b < nb; b++)
        ex->block_profile[b] = -1;
    /* headers */
    size_t cap = 0;
    int in_social = 0;
    for (size_t b = 0; b < nb; b++) {
        if (field_of(ex, b) >= 0) {
            ex->block_skip[b] = 1;
            /* the first field after a name line opens a profile */
            if (b > 0 && field_of(ex, b - 1) < 0 && is_name_line(ex, b - 1)) {
                if (ex->n_profiles == cap) {
                    cap = cap ? cap * 2 : 8;
                    og__profile *v = og_realloc(ex->profiles, cap * sizeof *v);
                    if (!v)
                        return og_error_set(ex->err, OG_ENOMEM, doc->name, 0, 0, "out of memory");
                    ex->profiles = v;
                }
                og__profile *p = &ex->profiles[ex->n_profiles++];
                p->name_start = doc->blocks[b - 1].start;
                p->name_end = doc->blocks[b - 1].end;
                p->first_block = b - 1;
                p->end_block = nb;
                p->subject = -1;
                if (ex->n_profiles > 1)
                    ex->profiles[ex->n_profiles - 2].end_block = b - 1;
                in_social = 0;
            }
            continue;
        }
        if (block_eq(ex, b, "social media channels") || block_eq(ex, b, "social media")) {
            in_social = 1;
            ex->block_skip[b] = 1;
            continue;
        }
        if (in_social && doc->blocks[b].end - doc->blocks[b].start < 80 && handle_line(ex, b)) {
            ex->block_skip[b] = 1;
            continue;
        }
        in_social = 0;
        if (handle_line(ex, b))
            ex->block_skip[b] = 1;
    }
    for (size_t p = 0; p < ex->n_profiles; p++)
        for (size_t b = ex->profiles[p].first_block; b < ex->profiles[p].end_block; b++)
            ex->block_profile[b] = (int32_t)p;
    /* subject mentions and short references */
    for (size_t si = 0; si < doc->n_sents; si++) {
        uint32_t blk = doc->sents[si].block;
        int32_t pi = ex->block_profile[blk];
        if (pi < 0 || ex->block_skip[blk])
            continue;
        og__profile *p = &ex->profiles[pi];
        size_t a = ex->sent_tok[si], b = ex->sent_tok[si + 1];
        if (a == b)
            continue;
        if (blk == p->first_block) {
            og__mention m;
            memset(&m, 0, sizeof m);
            m.start = p->name_start;
            m.end = p->name_end;
            m.tok_start = (uint32_t)a;
            m.tok_end = (uint32_t)b;
            m.sent = (uint32_t)si;
            int ht = og__name_head_type(ex, a, b);
            m.type = ht >= 0 ? (og_node_type)ht : OG_ORGANISATION;
            m.src = OG__SRC_PROFILE;
            m.conf = 0.9f;
            m.lex = -1;
            m.ref = pi;
            int rc = og__mentions_push(&ex->m, &m);
            if (rc < 0)
                return og_error_set(ex->err, OG_ENOMEM, doc->name, 0, 0, "out of memory");
            continue;
        }
        if (doc->blocks[blk].kind == OG__BLOCK_HEADING)
            continue;
        for (size_t t = a; t < b; t++) {
            int rc = 0;
            if (t + 1 < b && og__tok_is(ex, t, "the") && (og__tok_wflags(ex, t + 1) & OG__W_REF) &&
                !(t + 2 < b && (og__tok_is(ex, t + 2, "of") || (ex->toks[t + 2].flags & OG__TK_CAP))) &&
                (og__tok_is(ex, t + 1, "organisation") || og__tok_is(ex, t + 1, "organization") ||
                 ((ex->toks[t + 1].flags & OG__TK_CAP) && name_has_word(ex, p, t + 1)))) {
                rc = push_ref(ex, t + 1, t + 2, pi, 0.6f);
                t++;
            } else if (t == a && (og__tok_is(ex, t, "it") || og__tok_is(ex, t, "its")) &&
                       (ex->toks[t].flags & OG__TK_CAP)) {
                rc = push_ref(ex, t, t + 1, pi, 0.4f);
            }
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

/* ---- facts after resolution ---- */

static size_t trim(const char *s, size_t *a, size_t b) {
    while (*a < b && (s[*a] == ' ' || s[*a] == '\t'))
        (*a)++;
    while (b > *a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '.'))
        b--;
    return b;
}

static int has_digit(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* The city of an address part: "1211 Geneva 23" -> "Geneva". Writes into buf. */
static size_t city_of(const char *s, size_t n, char *buf, size_t cap) {
    size_t o = 0, i = 0;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j > i && !has_digit(s + i, j - i)) {
            if (o && o + 1 < cap)
                buf[o++] = ' ';
            if (o + (j - i) + 1 >= cap)
                return 0;
            memcpy(buf + o, s + i, j - i);
            o += j - i;
        }
        i = j;
    }
    buf[o] = '\0';
    return o;
}

static int evidence_at(og__ex *ex, og_node_id s, og_predicate p, og_node_id o, size_t off, double conf) {
    /* the sentence containing `off` */
    size_t lo = 0, hi = ex->doc->n_sents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ex->doc->sents[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= ex->doc->n_sents)
        lo = ex->doc->n_sents ? ex->doc->n_sents - 1 : 0;
    return og__emit(ex, s, p, o, (uint32_t)lo, off, conf, 0);
}

int og__profile_facts(og__ex *ex) {
    const og__doc *doc = ex->doc;
    for (size_t pi = 0; pi < ex->n_profiles; pi++) {
        og__profile *p = &ex->profiles[pi];
        if (p->subject < 0 || !ex->m.v[p->subject].has_node)
            continue;
        og_node_id subj = ex->m.v[p->subject].node;
        int topics = 0;
        for (size_t b = p->first_block + 1; b < p->end_block; b++) {
            const og__block *bk = &doc->blocks[b];
            int f = field_of(ex, b);
            const char *s = doc->text + bk->start;
            int rc = 0;
            if (f >= 0) {
                size_t k = strlen(field_keys[f]);
                size_t va = bk->start + k, vb = trim(doc->text, &va, bk->end);
                if (vb <= va || vb - va >= sizeof ex->name2)
                    continue;
                memcpy(ex->name2, doc->text + va, vb - va);
                ex->name2[vb - va] = '\0';
                const char *key = f == 0 ? OG_ATTR_ACRONYM : f == 1 ? OG_ATTR_ESTABLISHED : f == 2 ? OG_ATTR_ADDRESS
                                : f == 3 ? OG_ATTR_WEBSITE : f == 4 ? OG_ATTR_STAKEHOLDER : f == 5 ? OG_ATTR_ESTABLISHED
                                : OG_ATTR_ADDRESS;
                if (f == 0) {
                    /* "ITU, UIT": each an alias; the first is the acronym */
                    char *v = ex->name2;
                    size_t n = vb - va, i = 0, first = 1;
                    while (i < n) {
                        size_t j = i;
                        while (j < n && v[j] != ',' && v[j] != ';')
                            j++;
                        size_t a2 = i, b2 = trim(v, &a2, j);
                        if (b2 > a2) {
                            char save = v[b2];
                            v[b2] = '\0';
                            if (first)
                                rc = og_graph_node_set_attr_str(ex->g, subj, OG_ATTR_ACRONYM, v + a2, ex->err);
                            if (!rc)
                                rc = og_graph_node_add_alias(ex->g, subj, v + a2, ex->err);
                            v[b2] = save;
                            first = 0;
                        }
                        if (rc < 0)
                            return rc;
                        i = j + 1;
                    }
                    continue;
                }
                rc = og_graph_node_set_attr_str(ex->g, subj, key, ex->name2, ex->err);
                if (rc < 0)
                    return rc;
                if (f == 2 || f == 6) {
                    /* "..., 1211 Geneva 10, Switzerland": the last part is the country, the one before the city */
                    size_t n = vb - va, c1 = n, c2 = n;
                    for (size_t i = n; i > 0; i--)
                        if (ex->name2[i - 1] == ',') {
                            if (c1 == n)
                                c1 = i - 1;
                            else {
                                c2 = i - 1;
                                break;
                            }
                        }
                    if (c1 == n)
                        continue;
                    size_t ca = c1 + 1, cb = trim(ex->name2, &ca, n);
                    size_t ta = (c2 == n) ? 0 : c2 + 1, tb = trim(ex->name2, &ta, c1);
                    char country[OG__MAX_NAME], city[OG__MAX_NAME];
                    if (cb <= ca || cb - ca >= sizeof country || has_digit(ex->name2 + ca, cb - ca))
                        continue;
                    memcpy(country, ex->name2 + ca, cb - ca);
                    country[cb - ca] = '\0';
                    size_t cl = tb > ta ? city_of(ex->name2 + ta, tb - ta, city, sizeof city) : 0;
                    if (cl == 2 && city[0] >= 'A' && city[0] <= 'Z' && city[1] >= 'A' && city[1] <= 'Z' && c2 != n) {
                        /* "Cambridge, MA 02138, United States": a state code; the city is the part before */
                        size_t c3 = c2;
                        while (c3 > 0 && ex->name2[c3 - 1] != ',')
                            c3--;
                        size_t ua = c3, ub = trim(ex->name2, &ua, c2);
                        cl = ub > ua ? city_of(ex->name2 + ua, ub - ua, city, sizeof city) : 0;
                    }
                    og_node_id nc, ny;
                    rc = og_graph_add_node(ex->g, OG_PLACE, country, 1, &nc, ex->err);
                    if (rc < 0)
                        return rc;
                    if (cl > 0 && cl < 40) {
                        rc = og_graph_add_node(ex->g, OG_PLACE, city, 1, &ny, ex->err);
                        if (!rc)
                            rc = evidence_at(ex, subj, OG_LOCATED_IN, ny, bk->start, 0.9);
                        if (!rc)
                            rc = evidence_at(ex, ny, OG_LOCATED_IN, nc, bk->start, 0.9);
                    } else {
                        rc = evidence_at(ex, subj, OG_LOCATED_IN, nc, bk->start, 0.8);
                    }
                    if (rc < 0)
                        return rc;
                }
                continue;
            }
            if (ex->block_skip[b])
                continue;
            size_t n = bk->end - bk->start;
            if (n == 21 && block_eq(ex, b, "digital policy issues")) {
                topics = 1;
                continue;
            }
            if (topics && bk->kind == OG__BLOCK_HEADING && n > 2 && n < 60 && !memchr(s, '.', n) &&
                !memchr(s, ':', n) && s[0] >= 'A' && s[0] <= 'Z') {
                size_t len = og__span_name(ex, bk->start, bk->end, ex->name2, sizeof ex->name2);
                if (!len)
                    continue;
                /* "Rights of persons with disabilities (6)": a count of items is not part of the topic */
                if (len > 3 && ex->name2[len - 1] == ')') {
                    size_t q = len - 1;
                    while (q > 0 && ex->name2[q - 1] >= '0' && ex->name2[q - 1] <= '9')
                        q--;
                    if (q > 1 && q < len - 1 && ex->name2[q - 1] == '(') {
                        q--;
                        while (q > 0 && ex->name2[q - 1] == ' ')
                            q--;
                        ex->name2[q] = '\0';
                        len = q;
                    }
                }
                if (!len)
                    continue;
                og_node_id tn;
                rc = og_graph_add_node(ex->g, OG_TOPIC, ex->name2, 1, &tn, ex->err);
                if (!rc)
                    rc = evidence_at(ex, subj, OG_WORKS_ON, tn, bk->start, 0.7);
                if (rc < 0)
                    return rc;
            }
        }
    }
    return 0;
}

/* A document without a profile header still has a subject: the first organisation named in its
 * first blocks (an About page's title or first sentence). Short references to it ("the
 * Commission", "the association's", a sentence-initial "It") become mentions of it. Runs after
 * the overlap selection; the new REF mentions overlap nothing that was kept. */
int og__doc_subject(og__ex *ex) {
    const og__doc *doc = ex->doc;
    if (ex->n_profiles > 0 || !ex->block_profile || doc->n_blocks == 0)
        return 0;
    int32_t subj = -1;
    for (size_t i = 0; i < ex->m.n; i++) {
        const og__mention *m = &ex->m.v[i];
        if (doc->sents[m->sent].block > 3)
            break;
        if (m->src != OG__SRC_WEAK && m->src != OG__SRC_REF &&
            (m->type == OG_ORGANISATION || m->type == OG_PARTNERSHIP)) {
            subj = (int32_t)i;
            break;
        }
    }
    if (subj < 0)
        return 0;
    og__profile *p = og_malloc(sizeof *p);
    if (!p)
        return og_error_set(ex->err, OG_ENOMEM, doc->name, 0, 0, "out of memory");
    og_free(ex->profiles);
    ex->profiles = p;
    ex->n_profiles = 1;
    p->name_start = ex->m.v[subj].start;
    p->name_end = ex->m.v[subj].end;
    p->first_block = p->end_block = 0; /* no header fields */
    p->subject = subj;
    for (size_t b = 0; b < doc->n_blocks; b++)
        ex->block_profile[b] = 0;
    size_t before = ex->m.n, mi = 0;
    for (size_t si = 0; si < doc->n_sents; si++) {
        size_t a = ex->sent_tok[si], b = ex->sent_tok[si + 1];
        if (a == b || ex->block_skip[doc->sents[si].block] || doc->blocks[doc->sents[si].block].kind == OG__BLOCK_HEADING)
            continue;
        for (size_t t = a; t < b; t++) {
            /* keep clear of kept mentions */
            while (mi < before && ex->m.v[mi].end <= ex->toks[t].start)
                mi++;
            if (mi < before && ex->m.v[mi].start <= ex->toks[t].start)
                continue;
            int rc = 0;
            if (t + 1 < b && og__tok_is(ex, t, "the") && (og__tok_wflags(ex, t + 1) & OG__W_REF) &&
                !(t + 2 < b && (og__tok_is(ex, t + 2, "of") || (ex->toks[t + 2].flags & OG__TK_CAP))) &&
                (mi >= before || ex->m.v[mi].start >= ex->toks[t + 1].end) && name_has_word(ex, p, t + 1)) {
                rc = push_ref(ex, t + 1, t + 2, 0, 0.5f);
                t++;
            }
            if (rc < 0)
                return rc;
            p = ex->profiles;
        }
    }
    return ex->m.n != before ? og__resort_mentions(ex) : 0;
}

/* ---- encyclopaedia infoboxes ---- */

/* "Key<TAB>Value" or "Key: Value" with a known key; returns the value start or 0. */
static size_t infobox_value(const og__ex *ex, size_t b, const char *key) {
    const og__block *bk = &ex->doc->blocks[b];
    const char *s = ex->doc->text + bk->start;
    size_t n = bk->end - bk->start, k = strlen(key);
    if (n <= k + 1)
        return 0;
    for (size_t i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != key[i])
            return 0;
    }
    size_t v = k;
    if (s[v] == '\t' || s[v] == ':')
        v++;
    else if (s[v] == ' ' && v + 1 < n && s[v + 1] >= 'A' && s[v + 1] <= 'Z' && n < 100 && s[n - 1] != '.')
        v++; /* the front end turns tabs into spaces: "Headquarters Paris, France" */
    else
        return 0;
    while (v < n && (s[v] == ' ' || s[v] == '\t'))
        v++;
    return v < n ? bk->start + v : 0;
}

/* Copies text[a, end of block) up to the first '(' or ',' (when `cut_comma`) into buf. */
static size_t value_name(og__ex *ex, size_t a, size_t end, int cut_comma, char *buf, size_t cap) {
    size_t e = a;
    while (e < end && ex->doc->text[e] != '(' && !(cut_comma && ex->doc->text[e] == ',') && ex->doc->text[e] != ';')
        e++;
    while (e > a && ex->doc->text[e - 1] == ' ')
        e--;
    if (e <= a || e - a >= 120)
        return 0;
    return og__span_name(ex, a, e, buf, cap);
}

/* An infobox (Headquarters, Parent organization, Head, Founder, Type lines) describes the document's
 * subject: located_in, part_of, a person who launches it. Only when the document has a subject. */
int og__infobox_facts(og__ex *ex) {
    if (ex->n_profiles != 1 || ex->profiles[0].first_block != ex->profiles[0].end_block)
        return 0; /* pseudo profile only: real profiles have their own header fields */
    int32_t si = ex->profiles[0].subject;
    if (si < 0 || !ex->m.v[si].has_node)
        return 0;
    og_node_id subj = ex->m.v[si].node;
    static const struct { const char *key; int what; } keys[] = {
        {"headquarters", 0}, {"location", 0}, {"parent organization", 1}, {"parent organisation", 1},
        {"parent", 1}, {"head", 2}, {"leader", 2}, {"director-general", 2}, {"director", 2}, {"president", 2},
        {"founder", 2}, {"founders", 2}, {"secretary-general", 2}, {"chair", 2}, {"type", 3}};
    char buf[OG__MAX_NAME + 8];
    for (size_t b = 0; b < ex->doc->n_blocks && b < 80; b++) {
        const og__block *bk = &ex->doc->blocks[b];
        if (bk->end - bk->start > 200)
            continue;
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
            size_t v = infobox_value(ex, b, keys[k].key);
            if (!v)
                continue;
            int rc = 0;
            og_node_id n;
            if (keys[k].what == 0) {
                if (value_name(ex, v, bk->end, 1, buf, sizeof buf) && !has_digit(buf, strlen(buf))) {
                    rc = og_graph_add_node(ex->g, OG_PLACE, buf, 1, &n, ex->err);
                    if (!rc)
                        rc = evidence_at(ex, subj, OG_LOCATED_IN, n, bk->start, 0.8);
                }
            } else if (keys[k].what == 1) {
                if (value_name(ex, v, bk->end, 1, buf, sizeof buf) && buf[0] >= 'A' && buf[0] <= 'Z') {
                    rc = og_graph_add_node(ex->g, OG_ORGANISATION, buf, 1, &n, ex->err);
                    if (!rc)
                        rc = evidence_at(ex, subj, OG_PART_OF, n, bk->start, 0.75);
                }
            } else if (keys[k].what == 2) {
                size_t len = value_name(ex, v, bk->end, 1, buf, sizeof buf);
                int words = 1;
                for (size_t q = 0; q < len; q++)
                    words += buf[q] == ' ';
                if (len && words >= 2 && words <= 4 && buf[0] >= 'A' && buf[0] <= 'Z' && !has_digit(buf, len)) {
                    rc = og_graph_add_node(ex->g, OG_PERSON, buf, 1, &n, ex->err);
                    if (!rc)
                        rc = evidence_at(ex, n, OG_LAUNCHES, subj, bk->start, 0.7);
                }
            } else {
                /* "Type  Specialized agency of the United Nations" */
                const char *s = ex->doc->text + v;
                size_t n2 = bk->end - v;
                const char *of = NULL;
                for (size_t q = 0; q + 4 <= n2; q++)
                    if (memcmp(s + q, " of ", 4) == 0)
                        of = s + q + 4;
                if (of && (size_t)(s + n2 - of) < 100) {
                    size_t a = (size_t)(of - ex->doc->text);
                    if (strncmp(of, "the ", 4) == 0)
                        a += 4;
                    og_node_id owner;
                    if (value_name(ex, a, bk->end, 1, buf, sizeof buf) && og_graph_find(ex->g, buf, &owner) == 0 &&
                        owner != subj && og_graph_node_type(ex->g, owner) == OG_ORGANISATION)
                        rc = evidence_at(ex, subj, OG_PART_OF, owner, bk->start, 0.7);
                }
            }
            if (rc < 0)
                return rc;
            break;
        }
    }
    return 0;
}
