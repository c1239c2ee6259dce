/*
 * relation.c - relations read from sentences: a trigger word between two
 * entity mentions, with its direction and voice.
 *
 * Does, per sentence (at most OG__MAX_MENTIONS_PER_SENTENCE mentions take part,
 * so a sentence listing a thousand names stays linear):
 *  - active verbs: "X launched Y", "X hosts Y", "X adopted Y", "X joined Y";
 *  - passive and reduced relatives: "Y was launched by X", "Y, hosted at X",
 *    "Y, backed by X", "Y is chaired by X";
 *  - prepositional triggers: "X invests in Y", "X is a member of Y", "X is
 *    part of Y", "Y, a subsidiary of X", "X works/collaborates with Y",
 *    "X is based in P";
 *  - co-agents: "In collaboration with Y, X developed Z", "X, together with Y,
 *    developed Z" (Y collaborates_with X, and Y gets X's edge too);
 *  - lists: "A, B and C are members of Y", "members include A, B and C";
 *    "A and B launched X" makes X a partnership (partner_in from each);
 *  - persons: "P, the head/CEO/founder of X" -> launches; "member of" ->
 *    member_of.
 * Hedged or negated statements ("is not a member", "may join", "plans to",
 * "is expected to", "could", "would") give no edge unless opts->keep_hedged,
 * then a hedged edge with confidence < 0.3. Every edge carries the document,
 * line, column and the sentence (<= 300 bytes). Rules and confidences are
 * listed in docs/relations.md. Does not: read relations encoded in names
 * (relation_names.c, partnership.c) or profiles (profile.c).
 */
#include <stdio.h>
#include <string.h>
#include "mention.h"

#define MAXM OG__MAX_MENTIONS_PER_SENTENCE

typedef struct sent_ctx {
    size_t a, b;        /* token range */
    size_t mi[MAXM];    /* mention indices, in text order */
    size_t n;
    size_t coagent[MAXM]; /* for each local mention: a co-agent local index + 1, or 0 */
    long prev_first;    /* the first mention of the previous sentence (global index), or -1 */
} sent_ctx;

/* "This platform is supported by X", "The initiative was launched by X": a sentence opening with a
 * demonstrative and a class noun, before any mention, refers to the previous sentence's first
 * mention. Returns its global index or -1. */
static long anaphor(const og__ex *ex, const sent_ctx *c, size_t t) {
    if (c->prev_first < 0 || c->b - c->a < 3 || t > c->a + 4)
        return -1;
    if (!(og__tok_is(ex, c->a, "this") || og__tok_is(ex, c->a, "the")))
        return -1;
    const og__word *w = og__word_at(ex->toks[c->a + 1].word);
    if (!w || !(w->flags & OG__W_CLASS) || !(ex->toks[c->a + 1].flags & OG__TK_LOWER))
        return -1;
    if (c->n > 0 && ex->m.v[c->mi[0]].tok_start < t)
        return -1;
    return c->prev_first;
}

static int is_punct(const og__ex *ex, size_t t, char c) {
    return t < ex->n_toks && (ex->toks[t].flags & OG__TK_PUNCT) && ex->toks[t].end - ex->toks[t].start == 1 &&
           ex->doc->text[ex->toks[t].start] == c;
}

static const og__mention *M(const og__ex *ex, const sent_ctx *c, size_t k) { return &ex->m.v[c->mi[k]]; }

/* ---- evidence ---- */

static const char *evidence_sentence(og__ex *ex, uint32_t sent) {
    const og__sentence *s = &ex->doc->sents[sent];
    size_t n = og__span_name(ex, s->start, s->end, ex->sentence, sizeof ex->sentence);
    if (n == 0) {
        /* longer than the cap: copy a prefix, cut at a UTF-8 boundary */
        size_t o = 0, i = s->start;
        int space = 0;
        while (i < s->end && o < OG__MAX_EVIDENCE_SENTENCE) {
            unsigned char ch = (unsigned char)ex->doc->text[i];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                space = o > 0;
                i++;
                continue;
            }
            if (space) {
                if (o + 1 >= OG__MAX_EVIDENCE_SENTENCE)
                    break;
                ex->sentence[o++] = ' ';
                space = 0;
            }
            ex->sentence[o++] = (char)ch;
            i++;
        }
        while (o > 0 && ((unsigned char)ex->sentence[o - 1] & 0xC0) == 0x80)
            o--;
        if (o > 0 && ((unsigned char)ex->sentence[o - 1] & 0xC0) == 0xC0)
            o--;
        ex->sentence[o] = '\0';
    } else if (n > OG__MAX_EVIDENCE_SENTENCE) {
        size_t o = OG__MAX_EVIDENCE_SENTENCE;
        while (o > 0 && ((unsigned char)ex->sentence[o] & 0xC0) == 0x80)
            o--;
        ex->sentence[o] = '\0';
    }
    return ex->sentence;
}

int og__emit(og__ex *ex, og_node_id s, og_predicate p, og_node_id o, uint32_t sent, size_t at, double conf,
             int hedged) {
    if (s == o)
        return 0;
    if (hedged) {
        if (!ex->opts || !ex->opts->keep_hedged)
            return 0;
        conf *= 0.25;
        if (conf >= 0.3)
            conf = 0.29;
    }
    og_evidence ev;
    unsigned line = 0, col = 0;
    og__doc_position(ex->doc, at, &line, &col);
    ev.doc = ex->doc->name;
    ev.line = line;
    ev.column = col;
    ev.sentence = evidence_sentence(ex, sent);
    ev.confidence = conf;
    og_edge_id e;
    int rc = og_graph_add_edge(ex->g, s, p, o, &ev, &e, ex->err);
    if (rc < 0)
        return rc;
    if (hedged)
        og_graph_edge_set_hedged(ex->g, e, 1);
    return 0;
}

#define TB(t) (1u << (t))
static int type_ok(og_predicate p, og_node_type s, og_node_type o) {
    unsigned agent = TB(OG_ORGANISATION) | TB(OG_PARTNERSHIP) | TB(OG_PERSON) | TB(OG_INITIATIVE);
    unsigned body = TB(OG_ORGANISATION) | TB(OG_PARTNERSHIP) | TB(OG_INITIATIVE);
    if (p == OG_LOCATED_IN)
        return o == OG_PLACE && s != OG_TOPIC;
    if (!(TB(s) & agent))
        return 0;
    switch (p) {
    case OG_PART_OF: return (TB(o) & body) && s != OG_PERSON;
    case OG_MEMBER_OF: return (TB(o) & body) != 0;
    case OG_PARTNER_IN: return (TB(o) & body) != 0;
    case OG_COLLABORATES_WITH: return (TB(o) & agent) != 0;
    case OG_DEVELOPS: return (TB(o) & (TB(OG_STANDARD) | TB(OG_AGREEMENT) | TB(OG_INITIATIVE))) != 0;
    case OG_LAUNCHES: return (TB(o) & (body | TB(OG_EVENT))) != 0;
    case OG_HOSTS: return (TB(o) & (body | TB(OG_EVENT))) != 0;
    case OG_SUPPORTS: return (TB(o) & (body | TB(OG_EVENT))) != 0;
    case OG_ADOPTS: return (TB(o) & (TB(OG_STANDARD) | TB(OG_AGREEMENT) | TB(OG_INITIATIVE))) != 0;
    default: return 0;
    }
}

/* Can mention i become a node? (see weak_promotable in resolve.c) */
static int promotable(og__ex *ex, size_t i) {
    const og__mention *m = &ex->m.v[i];
    if (m->has_node)
        return 1;
    if (m->dead)
        return 0;
    return m->src != OG__SRC_WEAK || m->prom == 1 || (m->prom == 4 && ex->adjacent) ||
           (m->prom == 5 && ex->want_place);
}

int og__emit_mm(og__ex *ex, size_t ms, og_predicate p, size_t mo, size_t at, double conf, int hedged) {
    og__mention *a = &ex->m.v[ms], *b = &ex->m.v[mo];
    ex->want_place = p == OG_LOCATED_IN;
    int ok = promotable(ex, ms) && promotable(ex, mo);
    ex->want_place = 0;
    if (!ok)
        return 0;
    og_node_type ta = a->has_node ? og_graph_node_type(ex->g, a->node) : a->type;
    og_node_type tb = b->has_node ? og_graph_node_type(ex->g, b->node) : b->type;
    if (p == OG_LOCATED_IN && !b->has_node && b->src == OG__SRC_WEAK) {
        if (b->end - b->start < 3) /* "MA", "VA": state codes are not places we can name */
            return 0;
        tb = OG_PLACE;
    }
    if (!b->has_node && b->src == OG__SRC_WEAK && b->prom == 5 && tb != OG_PLACE)
        return 0;
    /* "X developed/adopted Y" where Y has no typing evidence: Y is a standard */
    int retype = 0;
    if ((p == OG_DEVELOPS || p == OG_ADOPTS) && tb == OG_ORGANISATION && !b->fixed &&
        ((b->src == OG__SRC_WEAK && b->tok_end == b->tok_start + 1 &&
          (ex->toks[b->tok_start].flags & (OG__TK_UPPER | OG__TK_MIXED))) ||
         (b->src == OG__SRC_ACRONYM_DEF && b->conf < 0.6f))) {
        tb = OG_STANDARD;
        retype = 1;
    }
    /* "a founding member of the Charter of Trust": what organisations are members of is a body */
    if (p == OG_MEMBER_OF && tb == OG_AGREEMENT && !b->fixed && ta == OG_ORGANISATION) {
        tb = OG_ORGANISATION;
        retype = 1;
    }
    if (!type_ok(p, ta, tb))
        return 0;
    og_node_id s, o;
    int rc = og__mention_node(ex, ms, &s);
    if (rc == OG_ENOTFOUND)
        return 0;
    if (rc < 0)
        return rc;
    if (!b->has_node)
        b->type = tb;
    rc = og__mention_node(ex, mo, &o);
    if (rc == OG_ENOTFOUND)
        return 0;
    if (rc < 0)
        return rc;
    if (retype) {
        char nm[OG__MAX_NAME * 2 + 8];
        snprintf(nm, sizeof nm, "%s", og_graph_node_label(ex->g, o));
        og_node_id again;
        if ((rc = og_graph_add_node(ex->g, tb, nm, 2, &again, ex->err)) < 0)
            return rc;
    }
    return og__emit(ex, s, p, o, a->sent, at, conf, hedged);
}

/* ---- sentence helpers ---- */

static int glue(const og__ex *ex, size_t from, size_t to);

static int after_prep(const og__ex *ex, const og__mention *m, size_t a) {
    size_t t = m->tok_start;
    if (t <= a)
        return 0;
    t--;
    if (og__tok_is(ex, t, "the") && t > a)
        t--;
    static const char *const preps[] = {"by", "with", "of", "from", "at", "in", "for", "to", "between", "among",
                                        "including", "like", "than", "under", "within", "via", "on"};
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
        if (og__tok_is(ex, t, preps[i]))
            return 1;
    return 0;
}

/* Local index of the nearest mention ending at or before token t, at most `gap` tokens away; -1 if
 * none. Mentions inside a prepositional phrase ("by X", "with X") are passed over: they are not the
 * subject of the verb at t. */
static int left_of(const og__ex *ex, const sent_ctx *c, size_t t, size_t gap) {
    for (size_t k = c->n; k > 0; k--) {
        const og__mention *m = M(ex, c, k - 1);
        if (m->tok_end > t)
            continue;
        if (t - m->tok_end > gap)
            return -1;
        for (size_t q = m->tok_end; q < t; q++)
            if (is_punct(ex, q, ';'))
                return -1;
        if (m->type == OG_PLACE || m->type == OG_TOPIC)
            continue;
        /* skip "(ACR)" echoes: prefer the full name right before */
        size_t kk = k - 1;
        if (k >= 2 && M(ex, c, k - 1)->has_node && M(ex, c, k - 2)->has_node &&
            M(ex, c, k - 1)->node == M(ex, c, k - 2)->node && M(ex, c, k - 2)->tok_end + 2 >= m->tok_start)
            kk = k - 2;
        /* right before its verb ("..., and IETF 119 was held in"): the subject whatever precedes it */
        int direct = 1;
        for (size_t q = M(ex, c, k - 1)->tok_end; q < t && direct; q++)
            direct = (og__tok_wflags(ex, q) & OG__W_AUX) != 0;
        if (direct && promotable((og__ex *)ex, c->mi[kk]))
            return (int)kk;
        if (after_prep(ex, M(ex, c, kk), c->a))
            continue;
        /* a later member of a list introduced by a preposition: "with A, B and C" */
        size_t h = kk;
        int coord = 0;
        if (kk > 0)
            for (size_t q = M(ex, c, kk - 1)->tok_end; q < M(ex, c, kk)->tok_start; q++)
                coord |= og__tok_is(ex, q, "and") || og__tok_is(ex, q, "or");
        while (coord && h > 0 && glue(ex, M(ex, c, h - 1)->tok_end, M(ex, c, h)->tok_start))
            h--;
        if (h != kk && after_prep(ex, M(ex, c, h), c->a)) {
            k = h + 1;
            continue;
        }
        if (!promotable((og__ex *)ex, c->mi[kk]))
            continue;
        return (int)kk;
    }
    return -1;
}

/* The subject of a verb whose left side names no entity: a pronoun ("it", "they", "this") or nothing
 * at all inside a profile stands for the profile's subject; a pronoun elsewhere for the previous
 * sentence's first mention. Returns a global mention index or -1. */
static long default_subject(const og__ex *ex, const sent_ctx *c, size_t t) {
    /* "..., and it co-founded X": a pronoun opening its clause right before the verb is the subject
     * whatever the sentence named earlier */
    size_t q0 = t;
    while (q0 > c->a && ((og__tok_wflags(ex, q0 - 1) & OG__W_AUX) ||
                         ((ex->toks[q0 - 1].flags & OG__TK_LOWER) && ex->toks[q0 - 1].end - ex->toks[q0 - 1].start > 3 &&
                          memcmp(ex->doc->text + ex->toks[q0 - 1].end - 2, "ly", 2) == 0) ||
                         og__tok_is(ex, q0 - 1, "also")))
        q0--;
    int clause_pron = q0 > c->a + 1 && (og__tok_is(ex, q0 - 1, "it") || og__tok_is(ex, q0 - 1, "they")) &&
                      (og__tok_is(ex, q0 - 2, "and") || is_punct(ex, q0 - 2, ';'));
    if (clause_pron) {
        /* only inside a profile, where "it" is the profile's subject */
        uint32_t pb = ex->doc->sents[ex->toks[t].sent].block;
        int32_t pp = ex->block_profile ? ex->block_profile[pb] : -1;
        if (pp >= 0 && ex->profiles[pp].first_block < ex->profiles[pp].end_block && ex->profiles[pp].subject >= 0)
            return ex->profiles[pp].subject;
    }
    for (size_t k = 0; k < c->n && M(ex, c, k)->tok_start < t; k++)
        if (!after_prep(ex, M(ex, c, k), c->a))
            return -1;
    size_t q = t;
    while (q > c->a) {
        q--;
        if ((og__tok_wflags(ex, q) & OG__W_AUX) || ((og__tok_wflags(ex, q) & OG__W_DET) && !og__tok_is(ex, q, "this")) ||
            ((ex->toks[q].flags & OG__TK_LOWER) &&
                                                   ex->toks[q].end - ex->toks[q].start > 3 &&
                                                   memcmp(ex->doc->text + ex->toks[q].end - 2, "ly", 2) == 0))
            continue;
        break;
    }
    int pron = og__tok_is(ex, q, "it") || og__tok_is(ex, q, "they") || og__tok_is(ex, q, "this") ||
               og__tok_is(ex, q, "we");
    /* "the organisation adopted", "the company launched": a definite class noun right before its verb */
    if (!pron && q > c->a && (ex->toks[q].flags & OG__TK_LOWER) && (og__tok_wflags(ex, q) & OG__W_CLASS) &&
        (og__tok_is(ex, q - 1, "the") || og__tok_is(ex, q - 1, "this")) &&
        (q - 1 == c->a || is_punct(ex, q - 2, ',') || og__tok_is(ex, q - 2, "and"))) {
        /* the referent must be of the noun's kind: "the organisation" is no programme */
        const og__word *cw = og__word_at(ex->toks[q].word);
        uint32_t cb = ex->doc->sents[ex->toks[t].sent].block;
        int32_t cp = ex->block_profile ? ex->block_profile[cb] : -1;
        /* the most recent body of that kind (the previous sentence's first mention), else the profile's */
        long cands[2] = {c->prev_first, cp >= 0 ? ex->profiles[cp].subject : -1};
        for (int i = 0; i < 2 && cw; i++) {
            if (cands[i] < 0)
                continue;
            const og__mention *rm = &ex->m.v[cands[i]];
            og_node_type rt = rm->has_node ? og_graph_node_type(ex->g, rm->node) : rm->type;
            if (cw->type == rt)
                return cands[i];
        }
        return -1;
    }
    /* "It is a founding member of A and a member of B": the sentence's pronoun subject */
    size_t p0 = c->a;
    /* "Today it is ...", "Now they are ...", "Since 2010, it has ...": an opening adverbial before the pronoun */
    for (size_t r = c->a + 1; r <= c->a + 4 && r + 1 < t; r++)
        if ((og__tok_is(ex, r, "it") || og__tok_is(ex, r, "they")) && (og__tok_wflags(ex, r + 1) & OG__W_AUX) &&
            (ex->toks[c->a].flags & OG__TK_CAP) && !(ex->toks[c->a].flags & OG__TK_UPPER)) {
            int clean = 1;
            for (size_t k = 0; k < c->n; k++)
                if (M(ex, c, k)->tok_start < r)
                    clean = 0;
            if (clean)
                p0 = r;
            break;
        }
    if (!pron && (og__tok_is(ex, p0, "it") || og__tok_is(ex, p0, "they") || og__tok_is(ex, p0, "we")) &&
        (og__tok_wflags(ex, p0 + 1) & OG__W_AUX)) {
        pron = 1;
        for (size_t k = 0; k < c->n && M(ex, c, k)->tok_start < t; k++)
            if (!after_prep(ex, M(ex, c, k), c->a))
                pron = 0;
    }
    uint32_t blk = ex->doc->sents[ex->toks[t].sent].block;
    int32_t pi = ex->block_profile ? ex->block_profile[blk] : -1;
    int real = pi >= 0 && ex->profiles[pi].first_block < ex->profiles[pi].end_block;
    if (real && ex->profiles[pi].subject >= 0 && (pron || q == c->a))
        return ex->profiles[pi].subject;
    if (pron && c->prev_first >= 0)
        return c->prev_first;
    if (pi >= 0 && ex->profiles[pi].subject >= 0 && pron)
        return ex->profiles[pi].subject;
    /* "Founded in 2015 as part of X, Y brings ...": the first mention after the opening clause */
    const og__word *w0 = og__word_at(ex->toks[c->a].word);
    if (w0 && (w0->flags & OG__W_TRIGGER) && (w0->tflags & OG__TR_PARTICIPLE) && (ex->toks[c->a].flags & OG__TK_CAP)) {
        size_t cm = t;
        while (cm < c->b && !is_punct(ex, cm, ','))
            cm++;
        for (size_t k = 0; k < c->n; k++)
            if (M(ex, c, k)->tok_start > cm && M(ex, c, k)->tok_start <= cm + 3)
                return (long)c->mi[k];
    }
    return -1;
}

/* Local index of the first mention starting at or after token t, at most `gap` tokens away. */
static int right_of(og__ex *ex, const sent_ctx *c, size_t t, size_t gap) {
    for (size_t k = 0; k < c->n; k++) {
        const og__mention *m = M(ex, c, k);
        if (m->tok_start < t)
            continue;
        if (m->tok_start - t > gap)
            return -1;
        for (size_t q = t; q < m->tok_start; q++) {
            if (is_punct(ex, q, ';') || is_punct(ex, q, ':'))
                return -1;
            /* "develops standards with X": X is not the object */
            if (og__tok_is(ex, q, "with") || og__tok_is(ex, q, "of") || og__tok_is(ex, q, "for") ||
                og__tok_is(ex, q, "to") || og__tok_is(ex, q, "in") || og__tok_is(ex, q, "on") ||
                og__tok_is(ex, q, "by") || og__tok_is(ex, q, "at") || og__tok_is(ex, q, "from") ||
                og__tok_is(ex, q, "through") || og__tok_is(ex, q, "under"))
                return -1;
        }
        ex->adjacent = m->tok_start - t <= 1;
        int ok = promotable(ex, c->mi[k]);
        ex->adjacent = 0;
        if (!ok)
            continue;
        if (ex->m.v[c->mi[k]].prom == 4 && !ex->m.v[c->mi[k]].has_node)
            ex->m.v[c->mi[k]].prom = 1; /* chosen right next to its trigger */
        return (int)k;
    }
    return -1;
}

/* Tokens between two mentions are only list glue (",", "and", "or", "(", ")", "the"). */
static int glue(const og__ex *ex, size_t from, size_t to) {
    if (to < from || to - from > 12)
        return 0;
    size_t words = 0;
    for (size_t q = from; q < to; q++) {
        if (is_punct(ex, q, '(')) {
            /* a parenthesis: "UN Regulation No. 155 (Cyber Security and CSMS) and ..." */
            size_t r = q + 1;
            while (r < to && r - q <= 8 && !is_punct(ex, r, ')'))
                r++;
            if (r < to && is_punct(ex, r, ')')) {
                q = r;
                continue;
            }
            if (q + 1 == to) /* opens the next mention: "Name (ACR)" */
                continue;
            return 0;
        }
        if (is_punct(ex, q, ',') || is_punct(ex, q, ')') || og__tok_is(ex, q, "and") || og__tok_is(ex, q, "or") ||
            og__tok_is(ex, q, "the") || og__tok_is(ex, q, "as") || og__tok_is(ex, q, "well") || is_punct(ex, q, '&'))
            continue;
        /* a capitalised list member that is no mention: "Nokia, Orange and Huawei" */
        if ((ex->toks[q].flags & OG__TK_WORD) && (ex->toks[q].flags & (OG__TK_CAP | OG__TK_UPPER)) && q > from &&
            (is_punct(ex, q - 1, ',') || og__tok_is(ex, q - 1, "and")))
            continue;
        (void)words;
        return 0;
    }
    return 1;
}

/* Expands local mention k into its coordinated list to the right: out[] local indices. */
static size_t list_right(og__ex *ex, const sent_ctx *c, int k, size_t *out, size_t max) {
    size_t n = 0;
    if (k < 0)
        return 0;
    out[n++] = (size_t)k;
    for (size_t j = (size_t)k + 1; j < c->n && n < max; j++) {
        if (!glue(ex, M(ex, c, j - 1)->tok_end, M(ex, c, j)->tok_start))
            break;
        out[n++] = j;
    }
    return n;
}

static size_t list_left(og__ex *ex, const sent_ctx *c, int k, size_t *out, size_t max) {
    size_t n = 0;
    if (k < 0)
        return 0;
    out[n++] = (size_t)k;
    for (size_t j = (size_t)k; j > 0 && n < max; j--) {
        if (!glue(ex, M(ex, c, j - 1)->tok_end, M(ex, c, j)->tok_start))
            break;
        /* "with the X (XA), Y ...": X sits in a prepositional phrase, it is not a co-subject */
        size_t cand = j - 1;
        if (cand > 0 && M(ex, c, cand)->has_node && M(ex, c, cand - 1)->has_node &&
            M(ex, c, cand)->node == M(ex, c, cand - 1)->node)
            cand--;
        if (after_prep(ex, M(ex, c, cand), c->a))
            break;
        out[n++] = j - 1;
    }
    return n;
}

static int hedged_at(const og__ex *ex, const sent_ctx *c, size_t t) {
    size_t from = t >= c->a + 5 ? t - 5 : c->a;
    for (size_t q = from; q < t; q++)
        if (og__tok_wflags(ex, q) & (OG__W_HEDGE | OG__W_NEG))
            return 1;
    if (t + 1 < c->b && (og__tok_wflags(ex, t + 1) & OG__W_NEG))
        return 1;
    return 0;
}

/* Skips adverbs ("jointly", "also", "-ly" words) from token t forward. */
static size_t skip_adv(const og__ex *ex, size_t t, size_t b) {
    while (t < b) {
        const og__tok *k = &ex->toks[t];
        size_t n = k->end - k->start;
        if ((og__tok_wflags(ex, t) & OG__W_AUX) && !og__tok_is(ex, t, "is") && !og__tok_is(ex, t, "was")) {
            t++;
            continue;
        }
        if ((k->flags & OG__TK_LOWER) && n > 3 && memcmp(ex->doc->text + k->end - 2, "ly", 2) == 0) {
            t++;
            continue;
        }
        break;
    }
    return t;
}

static size_t find_word(const og__ex *ex, size_t t, size_t b, size_t max, const char *w) {
    for (size_t q = t; q < b && q - t <= max; q++) {
        if (og__tok_is(ex, q, w))
            return q;
        if (is_punct(ex, q, ',') || is_punct(ex, q, ';') || is_punct(ex, q, '.'))
            break;
    }
    return (size_t)-1;
}

static int joint_launch(og__ex *ex, sent_ctx *c, const size_t *subj, size_t ns, const size_t *obj, size_t no,
                        size_t at, int hedged, int *done);

static int emit_many(og__ex *ex, sent_ctx *c, const size_t *subj, size_t ns, og_predicate p, const size_t *obj,
                     size_t no, size_t at, double conf, int hedged) {
    /* "Together with UNICEF, ITU launched Giga": a launch with a co-agent is a joint launch */
    if (p == OG_LAUNCHES && ns == 1 && no == 1 && c->coagent[subj[0]]) {
        size_t both[2] = {subj[0], c->coagent[subj[0]] - 1};
        int done, rc = joint_launch(ex, c, both, 2, obj, 1, at, hedged, &done);
        if (rc < 0 || done)
            return rc;
    }
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no; j++) {
            int rc = og__emit_mm(ex, c->mi[subj[i]], p, c->mi[obj[j]], at, conf, hedged);
            if (rc < 0)
                return rc;
            if (c->coagent[subj[i]]) {
                size_t co = c->coagent[subj[i]] - 1;
                if ((rc = og__emit_mm(ex, c->mi[co], p, c->mi[obj[j]], at, conf * 0.8, hedged)) < 0)
                    return rc;
            }
        }
    return 0;
}

static int emit_global(og__ex *ex, sent_ctx *c, long gs, og_predicate p, const size_t *obj, size_t no, size_t at,
                       double conf, int hedged) {
    for (size_t j = 0; j < no; j++) {
        int rc = og__emit_mm(ex, (size_t)gs, p, c->mi[obj[j]], at, conf, hedged);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* "A and B launched X": distinct organisation subjects make X a partnership. */
static int joint_launch(og__ex *ex, sent_ctx *c, const size_t *subj, size_t ns, const size_t *obj, size_t no,
                        size_t at, int hedged, int *done) {
    *done = 0;
    if (ns < 2 || no != 1)
        return 0;
    /* only creation makes a partnership: "chaired by A and B" is not one */
    size_t tt = og__tok_at(ex, at);
    static const char *const create[] = {"launched", "launch", "launches", "created", "create", "creates",
                                         "creating", "established", "establish", "establishes", "founded",
                                         "up", "started", "initiated", "co-founded", "launching"};
    int creation = 0;
    for (size_t i = 0; i < sizeof create / sizeof create[0] && !creation; i++)
        creation = og__tok_is(ex, tt, create[i]);
    if (!creation)
        return 0;
    og_node_id first = 0;
    size_t distinct = 0;
    for (size_t i = 0; i < ns; i++) {
        const og__mention *m = M(ex, c, subj[i]);
        if (!m->has_node || og_graph_node_type(ex->g, m->node) != OG_ORGANISATION)
            return 0;
        if (distinct == 0 || m->node != first)
            distinct++;
        if (distinct == 1)
            first = m->node;
    }
    if (distinct < 2)
        return 0;
    const og__mention *o = M(ex, c, obj[0]);
    og_node_type ot = o->has_node ? og_graph_node_type(ex->g, o->node) : o->type;
    if ((o->fixed && ot != OG_PARTNERSHIP) || !(ot == OG_INITIATIVE || ot == OG_ORGANISATION || ot == OG_PARTNERSHIP))
        return 0;
    for (size_t i = 0; i < ns; i++) {
        int rc = og__emit_mm(ex, c->mi[subj[i]], OG_PARTNER_IN, c->mi[obj[0]], at, 0.7, hedged);
        if (rc < 0)
            return rc;
    }
    const og__mention *ob = M(ex, c, obj[0]);
    if (ob->has_node && !hedged) {
        char nm[OG__MAX_NAME * 2 + 8];
        snprintf(nm, sizeof nm, "%s", og_graph_node_label(ex->g, ob->node));
        og_node_id again;
        int rc = og_graph_add_node(ex->g, OG_PARTNERSHIP, nm, 2, &again, ex->err);
        if (rc < 0)
            return rc;
    }
    *done = 1;
    return 0;
}

static int head_title(const og__ex *ex, size_t t) {
    static const char *const w[] = {"director", "director-general", "president", "chair", "chairman", "chairwoman",
                                    "chairperson", "ceo", "founder", "co-founder", "head", "secretary-general",
                                    "executive", "leader", "rector", "dean", "co-chair", "chief"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (og__tok_is(ex, t, w[i]))
            return 1;
    return 0;
}

/* The document's or profile's subject for sentence token t, or -1. */
static long doc_subject(const og__ex *ex, size_t t) {
    uint32_t blk = ex->doc->sents[ex->toks[t].sent].block;
    int32_t pi = ex->block_profile ? ex->block_profile[blk] : -1;
    return pi >= 0 ? ex->profiles[pi].subject : -1;
}

/* "P served as the association's managing director", "Its founding director was P",
 * "Director: P": the person heads the organisation named (or the document's subject). */
static int person_heads(og__ex *ex, sent_ctx *c) {
    for (size_t k = 0; k < c->n; k++) {
        const og__mention *p = M(ex, c, k);
        if (p->type != OG_PERSON || !p->has_node)
            continue;
        long org = -1;
        int member = 0, ok = 0;
        size_t t = p->tok_end;
        if (og__tok_is(ex, t, "served") || og__tok_is(ex, t, "serves") || og__tok_is(ex, t, "is") ||
            og__tok_is(ex, t, "was") || og__tok_is(ex, t, "became") || og__tok_is(ex, t, "becomes")) {
            size_t q = t + 1;
            if (og__tok_is(ex, q, "as"))
                q++;
            size_t end = q + 7 < c->b ? q + 7 : c->b;
            for (; q < end; q++) {
                if (og__tok_is(ex, q, "member") || og__tok_is(ex, q, "fellow"))
                    member = ok = 1;
                else if (head_title(ex, q))
                    ok = 1;
                else if (is_punct(ex, q, ',') || is_punct(ex, q, '.'))
                    break;
                if (ok) {
                    /* the organisation: "of X" after the title, else a mention inside the phrase */
                    int o = og__tok_is(ex, q + 1, "of") ? right_of(ex, c, q + 2, 2) : -1;
                    if (o < 0)
                        for (size_t j = k + 1; j < c->n; j++)
                            if (M(ex, c, j)->tok_start > t && M(ex, c, j)->tok_end <= q)
                                o = (int)j;
                    org = o >= 0 ? (long)c->mi[o] : doc_subject(ex, t);
                    break;
                }
            }
        }
        if (!ok && p->tok_start > c->a) {
            /* "Its founding director was P", "Director: P" */
            size_t q = p->tok_start - 1;
            while (q > c->a && ((og__tok_wflags(ex, q) & OG__W_TITLE) || is_punct(ex, q, '.')) &&
                   !head_title(ex, q))
                q--;
            if (og__tok_is(ex, q, "was") || og__tok_is(ex, q, "is") || is_punct(ex, q, ':')) {
                size_t r = q;
                while (r > c->a && q - r < 4) {
                    r--;
                    if (head_title(ex, r)) {
                        ok = 1;
                        break;
                    }
                }
                size_t ri = r;
                while (ri > c->a && (og__tok_wflags(ex, ri - 1) & OG__W_TITLE))
                    ri--;
                if (ok && ri > c->a + 1 && (og__tok_is(ex, ri - 1, "its") || og__tok_is(ex, ri - 1, "their"))) {
                    /* "X supports ...; its Executive Director is P": the sentence's subject, not the page's */
                    org = -1;
                    for (size_t j = 0; j < c->n && M(ex, c, j)->tok_end < ri && org < 0; j++)
                        if ((M(ex, c, j)->type == OG_ORGANISATION || M(ex, c, j)->type == OG_PARTNERSHIP) &&
                            !after_prep(ex, M(ex, c, j), c->a))
                            org = (long)c->mi[j];
                    if (org < 0)
                        org = doc_subject(ex, q);
                } else if (ok && ri == c->a + 1 && og__tok_is(ex, c->a, "its") &&
                           (ex->toks[c->a].flags & OG__TK_LOWER) && c->prev_first >= 0) {
                    org = c->prev_first; /* "...; its Executive Director is P" split at the semicolon */
                } else if (ok && (r == c->a || og__tok_is(ex, c->a, "its") || og__tok_is(ex, c->a, "our") ||
                                  og__tok_is(ex, c->a, "the")))
                    org = doc_subject(ex, q);
                else
                    ok = 0;
            }
        }
        if (!ok || org < 0)
            continue;
        int rc = og__emit_mm(ex, c->mi[k], member ? OG_MEMBER_OF : OG_LAUNCHES, (size_t)org, p->start, 0.6,
                             hedged_at(ex, c, p->tok_end));
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* A leadership card ("Jane Doe | Executive Director", <dt>name</dt><dd>title</dd>): the person
 * heads the document's subject when the role is a leading one (director, president, chair, head,
 * chief executive, founder...), else is a member of it. Roles naming another body ("Director of X")
 * are left to person_role. */
static int person_card(og__ex *ex, sent_ctx *c) {
    const og__mention *p = M(ex, c, 0);
    if (p->type != OG_PERSON || !p->has_node)
        return 0;
    for (size_t q = c->a; q < p->tok_start; q++) /* "Professor Jane Doe" */
        if (!(og__tok_wflags(ex, q) & OG__W_TITLE) && !is_punct(ex, q, '.'))
            return 0;
    size_t r = og__card_role(ex, p->sent, p->tok_end);
    if (!r)
        return 0;
    static const char *const lead[] = {"director", "director-general", "president", "chair", "chairman",
                                       "chairwoman", "chairperson", "ceo", "founder", "co-founder", "head",
                                       "secretary-general", "rector", "dean", "co-chair", "executive"};
    int leads = 0;
    for (size_t k = 1; k < c->n; k++) /* "Jane Doe, Director of X": person_role's */
        if ((M(ex, c, k)->type == OG_ORGANISATION || M(ex, c, k)->type == OG_PARTNERSHIP) &&
            (M(ex, c, k)->has_node || M(ex, c, k)->src != OG__SRC_WEAK))
            return 0;
    for (size_t q = r; q < ex->n_toks && q < r + 5 && ex->toks[q].sent == ex->toks[r].sent; q++) {
        if (og__tok_is(ex, q, "of") || og__tok_is(ex, q, "at"))
            break;
        if (og__tok_is(ex, q, "deputy") || og__tok_is(ex, q, "vice") || og__tok_is(ex, q, "assistant"))
            break;
        for (size_t i = 0; i < sizeof lead / sizeof lead[0] && !leads; i++)
            leads = og__tok_is(ex, q, lead[i]);
    }
    long org = doc_subject(ex, r);
    if (org < 0)
        return 0;
    return og__emit_mm(ex, c->mi[0], leads ? OG_LAUNCHES : OG_MEMBER_OF, (size_t)org, p->start, 0.55, 0);
}

/* Person apposition: "P, the head of X", "P, CEO of X", "P, a board member of X". */
static int person_role(og__ex *ex, sent_ctx *c) {
    for (size_t k = 0; k < c->n; k++) {
        const og__mention *p = M(ex, c, k);
        if (p->type != OG_PERSON || !p->has_node)
            continue;
        /* "ITU Secretary-General Doreen Bogdan-Martin", "UNESCO Director-General X" */
        if (k > 0 && p->tok_start > c->a) {
            size_t q = p->tok_start;
            int titles = 0;
            if (q > c->a + 1 && is_punct(ex, q - 1, ',') && is_punct(ex, p->tok_end, ','))
                q--; /* "The IETF Chair, Roman Danyliw, ..." */
            while (q > c->a && (og__tok_wflags(ex, q - 1) & OG__W_TITLE) && (ex->toks[q - 1].flags & OG__TK_CAP)) {
                q--;
                titles++;
            }
            const og__mention *o = M(ex, c, k - 1);
            if (titles && o->tok_end == q && (o->type == OG_ORGANISATION || o->type == OG_PARTNERSHIP)) {
                int rc = og__emit_mm(ex, c->mi[k], OG_LAUNCHES, c->mi[k - 1], p->start, 0.65, 0);
                if (rc < 0)
                    return rc;
            }
        }
        size_t t = p->tok_end;
        if (!is_punct(ex, t, ','))
            continue;
        t++;
        while (t < c->b && (og__tok_wflags(ex, t) & OG__W_DET))
            t++;
        int member = 0, role = 0;
        size_t q = t;
        while (q < c->b && q - t < 4 && !og__tok_is(ex, q, "of")) {
            if (og__tok_is(ex, q, "member"))
                member = 1;
            else if (og__tok_wflags(ex, q) & OG__W_TITLE)
                role = 1;
            q++;
        }
        if (!og__tok_is(ex, q, "of") || !(role || member))
            continue;
        int o = right_of(ex, c, q + 1, 3);
        if (o < 0)
            continue;
        int rc = og__emit_mm(ex, c->mi[k], member ? OG_MEMBER_OF : OG_LAUNCHES, c->mi[o], p->start, 0.7,
                             hedged_at(ex, c, q));
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* "In collaboration with Y, X ..." / "Together with Y, X ..." / "X, together with Y, ..." */
static int coagents(og__ex *ex, sent_ctx *c, size_t t) {
    size_t w = t + 1;
    if (!og__tok_is(ex, w, "with"))
        return 0;
    int y = right_of(ex, c, w + 1, 3);
    if (y < 0)
        return 0;
    int x = left_of(ex, c, t, 3);
    if (x < 0 && (t == c->a || (t == c->a + 1 && og__tok_is(ex, c->a, "in")))) {
        /* sentence-initial: X is the first mention after the comma closing Y's phrase */
        size_t q = M(ex, c, y)->tok_end;
        while (q < c->b && !is_punct(ex, q, ','))
            q++;
        int k = right_of(ex, c, q + 1, 3);
        if (k > y)
            x = k;
    }
    if (x < 0 || (M(ex, c, x)->src == OG__SRC_WEAK && !M(ex, c, x)->has_node))
        return 0;
    int rc = og__emit_mm(ex, c->mi[x], OG_COLLABORATES_WITH, c->mi[y], ex->toks[t].start, 0.65, hedged_at(ex, c, t));
    if (rc < 0)
        return rc;
    if (!c->coagent[x])
        c->coagent[x] = (size_t)y + 1;
    return 1;
}

/* An organisation named as a unit (Centre, Office, Department, Lab, Division, Unit, School, Faculty). */
static int unit_object(const og__ex *ex, const sent_ctx *c, size_t k) {
    const og__mention *m = M(ex, c, k);
    if (m->type != OG_ORGANISATION)
        return 0;
    static const char *const w[] = {"centre", "center", "office", "department", "lab", "laboratory", "division",
                                    "unit", "school", "faculty", "secretariat", "bureau"};
    for (size_t t = m->tok_start; t < m->tok_end; t++)
        for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
            if (og__tok_is(ex, t, w[i]))
                return 1;
    return 0;
}

/* "X is the UN specialised agency for ...", "X is one of five regional commissions of the UN":
 * X part_of the named body. */
static int copula_part(og__ex *ex, sent_ctx *c) {
    static const char *const units[] = {"agency", "agencies", "body", "bodies", "organ", "organs", "commission",
                                        "commissions", "subsidiary", "entity", "arm", "unit", "programme",
                                        "department", "office"};
    for (size_t k = 0; k + 1 < c->n; k++) {
        const og__mention *x = M(ex, c, k);
        size_t t = x->tok_end;
        if (is_punct(ex, t, ')'))
            t++;
        if (!(og__tok_is(ex, t, "is") || og__tok_is(ex, t, "was") || og__tok_is(ex, t, "remains")))
            continue;
        /* find a unit noun within 8 tokens */
        for (size_t q = t + 1; q < c->b && q <= t + 8; q++) {
            int unit = 0;
            for (size_t i = 0; i < sizeof units / sizeof units[0] && !unit; i++)
                unit = og__tok_is(ex, q, units[i]);
            if (!unit)
                continue;
            int y = -1;
            if (og__tok_is(ex, q + 1, "of")) {
                y = right_of(ex, c, q + 2, 2);
            } else {
                /* "the United Nations specialised agency": the mention right before the noun phrase */
                for (size_t j = k + 1; j < c->n; j++)
                    if (M(ex, c, j)->tok_end <= q && q - M(ex, c, j)->tok_end <= 2 && M(ex, c, j)->tok_start > t)
                        y = (int)j;
            }
            if (y > (int)k) {
                int rc = og__emit_mm(ex, c->mi[k], OG_PART_OF, c->mi[y], ex->toks[q].start, 0.6,
                                     hedged_at(ex, c, q));
                if (rc < 0)
                    return rc;
            }
            break;
        }
    }
    return 0;
}

/* "an EU-funded project", "a UN-backed initiative", "an ITU-led programme": the prefix supports
 * (funded, backed, sponsored, supported), launches (led) or hosts (hosted) the subject. */
static int prefixed_participle(og__ex *ex, sent_ctx *c) {
    static const struct { const char *suffix; og_predicate p; } sfx[] = {
        {"-funded", OG_SUPPORTS}, {"-backed", OG_SUPPORTS}, {"-sponsored", OG_SUPPORTS},
        {"-supported", OG_SUPPORTS}, {"-led", OG_LAUNCHES}, {"-hosted", OG_HOSTS}, {"-financed", OG_SUPPORTS}};
    for (size_t t = c->a; t < c->b; t++) {
        const og__tok *k = &ex->toks[t];
        if (!(k->flags & OG__TK_WORD) || !(k->flags & (OG__TK_CAP | OG__TK_UPPER | OG__TK_MIXED)))
            continue;
        const char *s = ex->doc->text + k->start;
        size_t n = k->end - k->start;
        if (n < 5 || !memchr(s, '-', n) || s[n - 1] != 'd')
            continue;
        for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
            size_t sl = strlen(sfx[i].suffix);
            if (n <= sl + 1 || memcmp(s + n - sl, sfx[i].suffix, sl) != 0)
                continue;
            char name[64];
            if (n - sl >= sizeof name)
                break;
            memcpy(name, s, n - sl);
            name[n - sl] = '\0';
            og_node_id who;
            int found = og_graph_find(ex->g, name, &who) == 0;
            if (!found) {
                int up = 1;
                for (size_t q = 0; name[q]; q++)
                    if (name[q] >= 'a' && name[q] <= 'z')
                        up = 0;
                if (!up)
                    break;
            } else if (og_graph_node_type(ex->g, who) != OG_ORGANISATION &&
                       og_graph_node_type(ex->g, who) != OG_PARTNERSHIP) {
                break;
            }
            int y = left_of(ex, c, t, 5);
            if (y < 0)
                break;
            og_node_id sn;
            int rc = og__mention_node(ex, c->mi[y], &sn);
            if (rc == OG_ENOTFOUND)
                break;
            if (rc < 0)
                return rc;
            if (!found && (rc = og_graph_add_node(ex->g, OG_ORGANISATION, name, 1, &who, ex->err)) < 0)
                return rc;
            og_node_type yt = og_graph_node_type(ex->g, sn);
            if (yt == OG_PERSON || yt == OG_PLACE || yt == OG_TOPIC)
                break;
            if ((rc = og__emit(ex, who, sfx[i].p, sn, M(ex, c, y)->sent, k->start, 0.6, hedged_at(ex, c, t))) < 0)
                return rc;
            break;
        }
    }
    return 0;
}

/* "the joint IEC and ISO technical committee on AI, JTC1/SC 42": the named parties are partners in
 * the body the phrase names, and collaborate with each other. */
static int joint_body(og__ex *ex, sent_ctx *c) {
    static const char *const bodies[] = {"committee", "body", "group", "force", "initiative", "programme", "program",
                                         "project", "venture", "centre", "center", "platform", "team", "board",
                                         "commission", "undertaking", "partnership"};
    for (size_t t = c->a; t < c->b; t++) {
        if (!og__tok_is(ex, t, "joint"))
            continue;
        int first = right_of(ex, c, t + 1, 2);
        if (first < 0) {
            /* "joint technical committee of A and B" */
            for (size_t k = 0; k < c->n; k++)
                if (M(ex, c, k)->tok_start > t && M(ex, c, k)->tok_start - t <= 5 &&
                    og__tok_is(ex, M(ex, c, k)->tok_start - 1, "of")) {
                    first = (int)k;
                    break;
                }
            if (first < 0)
                continue;
        }
        size_t parties[MAXM];
        size_t np = list_right(ex, c, first, parties, MAXM);
        if (np < 2)
            continue;
        size_t end = M(ex, c, parties[np - 1])->tok_end;
        size_t body = (size_t)-1;
        for (size_t q = t + 1; q < c->b && q <= end + 4; q++)
            for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
                if (og__tok_is(ex, q, bodies[i]))
                    body = q;
        if (body == (size_t)-1)
            continue;
        /* the body's name: the first mention after it within 8 tokens, after "," or "known as"/"called" */
        int named = -1;
        for (size_t k = 0; k < c->n; k++) {
            const og__mention *m = M(ex, c, k);
            if (m->tok_start <= body || m->tok_start < end || m->tok_start > (body > end ? body : end) + 10)
                continue;
            if (m->tok_start > 0 && (og__tok_is(ex, m->tok_start - 1, "as") || og__tok_is(ex, m->tok_start - 1, "called") ||
                                     og__tok_is(ex, m->tok_start - 1, "named") || og__tok_is(ex, m->tok_start - 1, ",") ||
                                     is_punct(ex, m->tok_start - 1, ',') || is_punct(ex, m->tok_start - 1, '('))) {
                named = (int)k;
                break;
            }
        }
        int hedged = hedged_at(ex, c, t);
        for (size_t i = 0; i < np; i++) {
            int rc;
            if (named >= 0 && (rc = og__emit_mm(ex, c->mi[parties[i]], OG_PARTNER_IN, c->mi[named],
                                                ex->toks[t].start, 0.7, hedged)) < 0)
                return rc;
            for (size_t j = i + 1; j < np; j++)
                if ((rc = og__emit_mm(ex, c->mi[parties[i]], OG_COLLABORATES_WITH, c->mi[parties[j]],
                                      ex->toks[t].start, 0.6, hedged)) < 0)
                    return rc;
        }
    }
    return 0;
}

/* "X, which develops Y", "X (XA), which hosts Y", "X that launched Y": the subject of a relative
 * clause's verb is the mention right before the relative pronoun. Local index or -1. */
static int relative_subject(const og__ex *ex, const sent_ctx *c, size_t t) {
    size_t q = t;
    while (q > c->a && ((og__tok_wflags(ex, q - 1) & OG__W_AUX) || og__tok_is(ex, q - 1, "also") ||
                        og__tok_is(ex, q - 1, "now") || og__tok_is(ex, q - 1, "still")))
        q--;
    if (q <= c->a + 1 || !(og__tok_is(ex, q - 1, "which") || og__tok_is(ex, q - 1, "that") || og__tok_is(ex, q - 1, "who")))
        return -1;
    size_t e = q - 1;
    if (is_punct(ex, e - 1, ','))
        e--;
    if (e > c->a && is_punct(ex, e - 1, ')'))
        e--;
    for (size_t k = c->n; k > 0; k--) {
        const og__mention *m = M(ex, c, k - 1);
        if (m->tok_end > e)
            continue;
        size_t end = m->tok_end;
        if (end != e)
            return -1;
        /* "Name (ACR), which": the echo's full name */
        if (k >= 2 && m->has_node && M(ex, c, k - 2)->has_node && M(ex, c, k - 2)->node == m->node)
            k--;
        if (M(ex, c, k - 1)->type == OG_PLACE || M(ex, c, k - 1)->type == OG_TOPIC)
            return -1;
        return promotable((og__ex *)ex, c->mi[k - 1]) ? (int)(k - 1) : -1;
    }
    return -1;
}

static int trigger(og__ex *ex, sent_ctx *c, size_t t) {
    const og__word *w = og__word_at(ex->toks[t].word);
    if (!w || !(w->flags & OG__W_TRIGGER) || w->pred < 0)
        return 0;
    og_predicate p = (og_predicate)w->pred;
    if (og__tok_is(ex, t, "set")) {
        if (!og__tok_is(ex, t + 1, "up"))
            return 0;
        t++; /* "was set up in 1988 by X" */
        w = og__word_at(og__word_find("established", 11));
    }
    int hedged = hedged_at(ex, c, t);
    size_t at = ex->toks[t].start;
    size_t subj[MAXM], obj[MAXM];
    size_t ns = 0, no = 0;
    int rc;

    if ((og__tok_is(ex, t, "partners") || og__tok_is(ex, t, "partner")) && og__tok_is(ex, t + 1, "of")) {
        /* "one of the seven organisational partners of 3GPP", "a founding partner of oneM2M" */
        int o = right_of(ex, c, t + 2, 3);
        if (o < 0)
            return 0;
        int s = left_of(ex, c, t, 8);
        long gs = s < 0 ? default_subject(ex, c, t) : (long)c->mi[s];
        return gs < 0 ? 0 : og__emit_mm(ex, (size_t)gs, OG_PARTNER_IN, c->mi[o], at, 0.65, hedged);
    }
    /* collaboration */
    if (p == OG_COLLABORATES_WITH) {
        if (og__tok_is(ex, t, "together") || ((og__tok_is(ex, t, "collaboration") || og__tok_is(ex, t, "cooperation") ||
                                               og__tok_is(ex, t, "partnership")) &&
                                              t > c->a && og__tok_is(ex, t - 1, "in")))
            return coagents(ex, c, t) < 0 ? OG_ENOMEM : 0;
        size_t q = skip_adv(ex, t + 1, c->b);
        if (!og__tok_is(ex, q, "with")) {
            /* "A and B announced a partnership": the coordinated parties collaborate */
            int s = left_of(ex, c, t, 6);
            if (s < 0)
                return 0;
            ns = list_left(ex, c, s, subj, MAXM);
            for (size_t i = 0; i < ns; i++)
                for (size_t j = i + 1; j < ns; j++)
                    if ((rc = og__emit_mm(ex, c->mi[subj[i]], p, c->mi[subj[j]], at, 0.6, hedged)) < 0)
                        return rc;
            return 0;
        }
        int o = right_of(ex, c, q + 1, 3);
        int s = left_of(ex, c, t, 6);
        if (o < 0)
            return 0;
        no = list_right(ex, c, o, obj, MAXM);
        if (s < 0) {
            long gs = default_subject(ex, c, t);
            return gs < 0 ? 0 : emit_global(ex, c, gs, p, obj, no, at, 0.6, hedged);
        }
        ns = list_left(ex, c, s, subj, MAXM);
        return emit_many(ex, c, subj, ns, p, obj, no, at, 0.65, hedged);
    }
    /* passive / reduced relative: "<participle> by X", "hosted at X" */
    size_t q = skip_adv(ex, t + 1, c->b);
    /* "established in 2010 by X" */
    if ((og__tok_is(ex, q, "in") || og__tok_is(ex, q, "on")) && q + 1 < c->b && (ex->toks[q + 1].flags & OG__TK_DIGIT) &&
        og__tok_is(ex, q + 2, "by"))
        q += 2;
    int by = og__tok_is(ex, q, "by") || (p == OG_HOSTS && (og__tok_is(ex, q, "at") || og__tok_is(ex, q, "in") ||
                                                          og__tok_is(ex, q, "within")));
    if ((w->tflags & OG__TR_PARTICIPLE) && by) {
        int a = right_of(ex, c, q + 1, 4);
        if (a < 0 && p == OG_LAUNCHES) {
            /* "directed by former Ambassador of X and Lecturer at Y Jane Doe": the person closing the phrase */
            for (size_t k = 0; k < c->n; k++)
                if (M(ex, c, k)->tok_start > q && M(ex, c, k)->tok_start - q <= 16 && M(ex, c, k)->type == OG_PERSON) {
                    a = (int)k;
                    break;
                }
        }
        int y = left_of(ex, c, t, 10);
        {
            /* "the Board, which is chaired by X": the patient is what "which" follows, or nothing we know */
            size_t r = t;
            while (r > c->a && (og__tok_wflags(ex, r - 1) & OG__W_AUX))
                r--;
            if (r > c->a && (og__tok_is(ex, r - 1, "which") || og__tok_is(ex, r - 1, "who") || og__tok_is(ex, r - 1, "that"))) {
                size_t wtok = r - 1;
                if (y >= 0 && M(ex, c, y)->tok_end + 1 < wtok)
                    y = -1;
            }
        }
        if (a >= 0 && y < 0) {
            long an = anaphor(ex, c, t);
            if (an < 0)
                an = default_subject(ex, c, t); /* "It was founded in 1990 by X" */
            if (an >= 0 && (p == OG_DEVELOPS || p == OG_ADOPTS) && c->prev_first >= 0 && an != c->prev_first) {
                /* "The X series ... . It was developed by Y": "it" is the standard just named, not the
                 * profile's subject, when only the former can be developed */
                const og__mention *pm = &ex->m.v[an], *pf = &ex->m.v[c->prev_first];
                og_node_type pt = pm->has_node ? og_graph_node_type(ex->g, pm->node) : pm->type;
                og_node_type ft = pf->has_node ? og_graph_node_type(ex->g, pf->node) : pf->type;
                if (!type_ok(p, OG_ORGANISATION, pt) && type_ok(p, OG_ORGANISATION, ft))
                    an = c->prev_first;
            }
            if (an >= 0) {
                ns = list_right(ex, c, a, subj, MAXM);
                /* "It was founded in 1990 by A and B": founders of a joint body are its partners */
                og_predicate pp = p;
                if (p == OG_LAUNCHES && ns >= 2 && og__tok_is(ex, t, "founded"))
                    pp = OG_PARTNER_IN;
                for (size_t i = 0; i < ns; i++)
                    if ((rc = og__emit_mm(ex, c->mi[subj[i]], pp, (size_t)an, at, 0.55, hedged)) < 0)
                        return rc;
                return 0;
            }
        }
        if (a < 0 || y < 0)
            return 0;
        ns = list_right(ex, c, a, subj, MAXM);
        obj[0] = (size_t)y;
        no = 1;
        if (p == OG_LAUNCHES) {
            int done;
            if ((rc = joint_launch(ex, c, subj, ns, obj, no, at, hedged, &done)) < 0 || done)
                return rc;
        }
        return emit_many(ex, c, subj, ns, p, obj, no, at, 0.7, hedged);
    }
    if (w->tflags & OG__TR_PASSIVE_ONLY)
        return 0;
    /* a participle after "is/was/are/were/been" without "by": no agent */
    if ((w->tflags & OG__TR_PARTICIPLE) && t > c->a &&
        (og__tok_is(ex, t - 1, "is") || og__tok_is(ex, t - 1, "was") || og__tok_is(ex, t - 1, "are") ||
         og__tok_is(ex, t - 1, "were") || og__tok_is(ex, t - 1, "been") || og__tok_is(ex, t - 1, "be")))
        return 0;
    if (w->tflags & OG__TR_NEEDS_IN) {
        size_t in = find_word(ex, t + 1, c->b, 5, "in");
        if (in == (size_t)-1)
            in = find_word(ex, t + 1, c->b, 5, "into");
        if (in == (size_t)-1)
            return 0;
        ex->want_place = p == OG_LOCATED_IN;
        int o = right_of(ex, c, in + 1, 4);
        ex->want_place = 0;
        int s = left_of(ex, c, t, 8);
        if (o >= 0 && s < 0) {
            long gs = default_subject(ex, c, t);
            no = list_right(ex, c, o, obj, MAXM);
            return gs < 0 ? 0 : emit_global(ex, c, gs, p, obj, no, at, 0.55, hedged);
        }
        if (o < 0 || s < 0)
            return 0;
        ns = list_left(ex, c, s, subj, MAXM);
        no = p == OG_LOCATED_IN ? (obj[0] = (size_t)o, 1) : list_right(ex, c, o, obj, MAXM);
        return emit_many(ex, c, subj, ns, p, obj, no, at, p == OG_LOCATED_IN ? 0.7 : 0.6, hedged);
    }
    if (w->tflags & OG__TR_NEEDS_OF) {
        /* "members include A, B and C" */
        if (og__tok_is(ex, t, "members") && t + 1 < c->b &&
            (og__tok_is(ex, t + 1, "include") || og__tok_is(ex, t + 1, "are") || og__tok_is(ex, t + 1, "comprise") ||
             og__tok_is(ex, t + 1, "including") || is_punct(ex, t + 1, ':'))) {
            int y = left_of(ex, c, t, 3);
            int a = right_of(ex, c, t + 2, 3);
            if (a < 0)
                return 0;
            ns = list_right(ex, c, a, subj, MAXM);
            if (y < 0) {
                /* "(corporate) members include ...": the members of the document's subject */
                uint32_t blk = ex->doc->sents[ex->toks[t].sent].block;
                int32_t pi = ex->block_profile ? ex->block_profile[blk] : -1;
                if (pi < 0 || ex->profiles[pi].subject < 0)
                    return 0;
                for (size_t i = 0; i < ns; i++)
                    if ((rc = og__emit_mm(ex, c->mi[subj[i]], OG_MEMBER_OF, (size_t)ex->profiles[pi].subject, at, 0.55,
                                          hedged)) < 0)
                        return rc;
                return 0;
            }
            obj[0] = (size_t)y;
            return emit_many(ex, c, subj, ns, OG_MEMBER_OF, obj, 1, at, 0.65, hedged);
        }
        size_t of = find_word(ex, t + 1, c->b, 2, "of");
        if (of == (size_t)-1)
            return 0;
        int o = right_of(ex, c, of + 1, 3);
        int s = left_of(ex, c, t, 6);
        if (s < 0 && c->n > 0 && M(ex, c, 0)->tok_start <= c->a + 1 && M(ex, c, 0)->tok_end < t)
            s = 0; /* the sentence's subject: "CAST ..., is the national member of ICSU" */
        if (o >= 0 && s < 0) {
            long gs = default_subject(ex, c, t);
            no = list_right(ex, c, o, obj, MAXM);
            return gs < 0 ? 0 : emit_global(ex, c, gs, p, obj, no, at, 0.55, hedged);
        }
        if (o < 0 || s < 0)
            return 0;
        ns = list_left(ex, c, s, subj, MAXM);
        no = list_right(ex, c, o, obj, MAXM);
        return emit_many(ex, c, subj, ns, p, obj, no, at, 0.65, hedged);
    }
    /* plain active verb */
    if (og__tok_is(ex, t + 1, "forces")) {
        /* "A and B joined forces": they collaborate */
        int s = left_of(ex, c, t, 3);
        if (s < 0)
            return 0;
        ns = list_left(ex, c, s, subj, MAXM);
        for (size_t i = 0; i < ns; i++)
            for (size_t j = i + 1; j < ns; j++)
                if ((rc = og__emit_mm(ex, c->mi[subj[i]], OG_COLLABORATES_WITH, c->mi[subj[j]], at, 0.65, hedged)) < 0)
                    return rc;
        return 0;
    }
    int o = right_of(ex, c, t + 1, 4);
    int s = relative_subject(ex, c, t);
    if (s < 0)
        s = left_of(ex, c, t, 12);
    /* "... identified how to bring communities together to support X": a distant subject of an infinitive is a guess */
    if (s >= 0 && t > c->a && og__tok_is(ex, t - 1, "to") && t - M(ex, c, s)->tok_end > 4)
        return 0;
    if (o >= 0 && s < 0) {
        long gs = default_subject(ex, c, t);
        if (gs < 0)
            return 0;
        no = list_right(ex, c, o, obj, MAXM);
        if (p == OG_LAUNCHES && unit_object(ex, c, obj[0])) {
            for (size_t j = 0; j < no; j++)
                if ((rc = og__emit_mm(ex, c->mi[obj[j]], OG_PART_OF, (size_t)gs, at, 0.55, hedged)) < 0)
                    return rc;
            return 0;
        }
        return emit_global(ex, c, gs, p, obj, no, at, 0.55, hedged);
    }
    if (o < 0 || s < 0)
        return 0;
    if (p == OG_LAUNCHES && unit_object(ex, c, (size_t)o) && M(ex, c, s)->type == OG_ORGANISATION) {
        /* "UNIGE created a Digital Law Center": a unit of its creator */
        no = list_right(ex, c, o, obj, MAXM);
        for (size_t j = 0; j < no; j++)
            if ((rc = og__emit_mm(ex, c->mi[obj[j]], OG_PART_OF, c->mi[s], at, 0.6, hedged)) < 0)
                return rc;
        return 0;
    }
    ns = list_left(ex, c, s, subj, MAXM);
    no = list_right(ex, c, o, obj, MAXM);
    if (p == OG_LAUNCHES) {
        int done;
        if ((rc = joint_launch(ex, c, subj, ns, obj, no, at, hedged, &done)) < 0 || done)
            return rc;
    }
    return emit_many(ex, c, subj, ns, p, obj, no, at, 0.6, hedged);
}

/* "Well-known ISO standards include ISO 9001, ISO 14001 and ...", "IEEE standards such as IEEE 754":
 * the body named before "standards" develops the listed standards. */
static int body_standards(og__ex *ex, sent_ctx *c) {
    for (size_t k = 0; k + 1 < c->n; k++) {
        const og__mention *m = M(ex, c, k);
        if (m->type != OG_ORGANISATION && m->type != OG_PARTNERSHIP)
            continue;
        size_t t = m->tok_end;
        if (t < c->b && (ex->toks[t].flags & OG__TK_POSS))
            t++;
        if (!(og__tok_is(ex, t, "standards") || og__tok_is(ex, t, "recommendations") ||
              og__tok_is(ex, t, "specifications")))
            continue;
        size_t q = t + 1;
        if (og__tok_is(ex, q, "include") || og__tok_is(ex, q, "included") || og__tok_is(ex, q, "including") ||
            is_punct(ex, q, ':'))
            q++;
        else if (og__tok_is(ex, q, "such") && og__tok_is(ex, q + 1, "as"))
            q += 2;
        else
            continue;
        int o = right_of(ex, c, q, 1);
        if (o < 0)
            continue;
        size_t obj[MAXM];
        size_t no = list_right(ex, c, o, obj, MAXM);
        for (size_t j = 0; j < no; j++) {
            const og__mention *om = M(ex, c, obj[j]);
            og_node_type ot = om->has_node ? og_graph_node_type(ex->g, om->node) : om->type;
            if (ot != OG_STANDARD)
                continue;
            int rc = og__emit_mm(ex, c->mi[k], OG_DEVELOPS, c->mi[obj[j]], ex->toks[t].start, 0.6, hedged_at(ex, c, t));
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

/* "Its headquarters are in Geneva", "X's headquarters is in P", "X has its headquarters in P": the
 * owner is located_in the first place after "in/at". */
static int headquarters(og__ex *ex, sent_ctx *c) {
    for (size_t t = c->a + 1; t + 2 < c->b; t++) {
        if (!og__tok_is(ex, t, "headquarters") && !og__tok_is(ex, t, "seat"))
            continue;
        size_t in = find_word(ex, t + 1, c->b, 3, "in");
        if (in == (size_t)-1)
            continue;
        ex->want_place = 1;
        int o = right_of(ex, c, in + 1, 1);
        ex->want_place = 0;
        if (o < 0)
            continue;
        long s = -1;
        if (og__tok_is(ex, t - 1, "its") || og__tok_is(ex, t - 1, "their")) {
            size_t q = t - 1;
            int x = -1;
            if (q > c->a && (og__tok_is(ex, q - 1, "has") || og__tok_is(ex, q - 1, "have")))
                x = left_of(ex, c, q - 1, 4);
            s = x >= 0 ? (long)c->mi[x] : -1;
            if (s < 0) {
                uint32_t blk = ex->doc->sents[ex->toks[t].sent].block;
                int32_t pi = ex->block_profile ? ex->block_profile[blk] : -1;
                s = pi >= 0 && ex->profiles[pi].subject >= 0 ? ex->profiles[pi].subject : c->prev_first;
            }
        } else if (ex->toks[t - 1].flags & OG__TK_POSS) {
            for (size_t k = 0; k < c->n; k++)
                if (M(ex, c, k)->tok_end == t - 1)
                    s = (long)c->mi[k];
        }
        if (s < 0)
            continue;
        int rc = og__emit_mm(ex, (size_t)s, OG_LOCATED_IN, c->mi[o], ex->toks[t].start, 0.7, hedged_at(ex, c, t));
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* A bulleted list under a heading about members ("Our members", "Members of the X"): each item's
 * first organisation is a member of the body the heading names, else of the document's subject. */
static int member_lists(og__ex *ex) {
    const og__doc *doc = ex->doc;
    size_t mi = 0;
    long body = -1;
    int in_list = 0;
    for (size_t b = 0; b < doc->n_blocks; b++) {
        const og__block *bk = &doc->blocks[b];
        while (mi < ex->m.n && ex->m.v[mi].start < bk->start)
            mi++;
        if (bk->kind == OG__BLOCK_HEADING) {
            in_list = 0;
            const char *s = doc->text + bk->start;
            size_t n = bk->end - bk->start;
            for (size_t i = 0; i + 6 <= n && !in_list; i++)
                in_list = (s[i] == 'M' || s[i] == 'm') && memcmp(s + i + 1, "ember", 5) == 0;
            if (!in_list)
                continue;
            body = -1;
            for (size_t k = mi; k < ex->m.n && ex->m.v[k].start < bk->end; k++)
                if (ex->m.v[k].has_node && (ex->m.v[k].type == OG_ORGANISATION || ex->m.v[k].type == OG_PARTNERSHIP))
                    body = (long)k;
            if (body < 0 && ex->block_profile && ex->block_profile[b] >= 0)
                body = ex->profiles[ex->block_profile[b]].subject;
            if (body < 0)
                in_list = 0;
            continue;
        }
        if (in_list && bk->kind == OG__BLOCK_TABLE_ROW) {
            /* a member table: every organisation in the row ("Platinum | A, B, C") is a member; an
             * unknown word opening a row of several cells is the row's label ("Tier", "Platinum") */
            const char *bar = memchr(doc->text + bk->start, '|', bk->end - bk->start);
            size_t first_end = bar ? (size_t)(bar - doc->text) : 0;
            for (size_t k = mi; k < ex->m.n && ex->m.v[k].start < bk->end; k++) {
                og__mention *m = &ex->m.v[k];
                if (m->end <= first_end && m->src == OG__SRC_WEAK && !m->has_node)
                    continue;
                if (m->dead || m->type != OG_ORGANISATION || (size_t)body == k ||
                    !(m->has_node || m->src != OG__SRC_WEAK || m->prom == 1 || m->prom == 4))
                    continue;
                if (m->prom == 4)
                    m->prom = 1;
                int rc = og__emit_mm(ex, k, OG_MEMBER_OF, (size_t)body, m->start, 0.6, 0);
                if (rc < 0)
                    return rc;
            }
            continue;
        }
        if (!in_list || bk->kind != OG__BLOCK_LIST_ITEM)
            continue;
        if (mi < ex->m.n && ex->m.v[mi].end <= bk->end && ex->m.v[mi].start >= bk->start) {
            og__mention *m = &ex->m.v[mi];
            if (m->type == OG_ORGANISATION && (m->has_node || m->src != OG__SRC_WEAK || m->prom == 1 ||
                                               m->prom == 4)) {
                if (m->prom == 4)
                    m->prom = 1; /* a list item naming one body */
                int rc = og__emit_mm(ex, mi, OG_MEMBER_OF, (size_t)body, m->start, 0.6, 0);
                if (rc < 0)
                    return rc;
            }
        }
    }
    return 0;
}

int og__relations(og__ex *ex) {
    int lrc = member_lists(ex);
    if (lrc < 0)
        return lrc;
    const og__doc *doc = ex->doc;
    sent_ctx c;
    size_t mi = 0;
    c.prev_first = -1;
    for (size_t si = 0; si < doc->n_sents; si++) {
        c.a = ex->sent_tok[si];
        c.b = ex->sent_tok[si + 1];
        c.n = 0;
        while (mi < ex->m.n && ex->m.v[mi].sent < si)
            mi++;
        for (size_t k = mi; k < ex->m.n && ex->m.v[k].sent == si; k++) {
            if (ex->m.v[k].dead || c.n >= MAXM)
                continue;
            c.mi[c.n] = k;
            c.coagent[c.n] = 0;
            c.n++;
        }
        long prev = c.prev_first;
        c.prev_first = -1;
        for (size_t k = 0; k < c.n; k++)
            if (ex->m.v[c.mi[k]].has_node && ex->m.v[c.mi[k]].type != OG_PLACE && ex->m.v[c.mi[k]].type != OG_TOPIC &&
                ex->m.v[c.mi[k]].type != OG_PERSON) {
                c.prev_first = (long)c.mi[k];
                break;
            }
        long mine = c.prev_first;
        c.prev_first = prev;
        if (c.n < 1 || (ex->block_skip && ex->block_skip[doc->sents[si].block])) {
            c.prev_first = mine;
            continue;
        }
        int rc = person_card(ex, &c);
        if (rc >= 0)
            rc = person_role(ex, &c);
        if (rc < 0 || (rc = person_heads(ex, &c)) < 0 || (rc = copula_part(ex, &c)) < 0 ||
            (rc = prefixed_participle(ex, &c)) < 0 ||
            (rc = joint_body(ex, &c)) < 0 || (rc = headquarters(ex, &c)) < 0 ||
            (rc = body_standards(ex, &c)) < 0)
            return rc;
        /* triggers only between the first and the last considered mention (plus a little) */
        size_t from = c.a, to = M(ex, &c, c.n - 1)->tok_end;
        for (size_t t = from; t < to && t < c.b; t++) {
            if (!(og__tok_wflags(ex, t) & OG__W_TRIGGER))
                continue;
            if ((rc = trigger(ex, &c, t)) < 0)
                return rc;
        }
        c.prev_first = mine;
    }
    return 0;
}
