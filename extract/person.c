/*
 * person.c - named persons.
 *
 * Does: push PERSON mentions for
 *  - a capitalised title or role followed by a name: "Dr Jane Doe",
 *    "Prof. X Y", "Ambassador X Y", "Secretary-General X Y", "President X Y";
 *  - a name closing a role phrase: "directed by former Ambassador of India and
 *    Visiting Lecturer at the Institute Amandeep Gill" (the last run of
 *    name-like words before the clause ends);
 *  - a name before an appositive role: "X Y, the head of ...", "X Y, CEO of";
 *  - reported speech: "said X Y", "according to X Y", "X Y said".
 * Name-like words are capitalised, not head words, titles or ordinary words;
 * initials ("J.C.R. Licklider") and hyphenated names are kept. Does not: link
 * persons to organisations (relation.c) or merge them with organisations (the
 * graph keeps persons in their own identity class).
 */
#include <string.h>
#include "mention.h"

static int namey(const og__ex *ex, size_t t) {
    const og__tok *k = &ex->toks[t];
    if (!(k->flags & OG__TK_WORD) || !(k->flags & OG__TK_CAP) || (k->flags & OG__TK_DIGIT))
        return 0;
    size_t n = k->end - k->start;
    const char *s = ex->doc->text + k->start;
    if (k->flags & OG__TK_UPPER) {
        /* initials "J.C.R" only */
        if (!(n >= 3 && s[1] == '.'))
            return 0;
    }
    unsigned f = og__tok_wflags(ex, t);
    if (f & (OG__W_HEAD | OG__W_TITLE | OG__W_COMMON | OG__W_CONNECTOR | OG__W_MONTH | OG__W_CLASS | OG__W_GENERIC |
             OG__W_TRIGGER | OG__W_AUX | OG__W_HEDGE | OG__W_PRONOUN))
        return 0;
    return 1;
}

static int is_punct(const og__ex *ex, size_t t, char c) {
    return t < ex->n_toks && (ex->toks[t].flags & OG__TK_PUNCT) && ex->toks[t].end - ex->toks[t].start == 1 &&
           ex->doc->text[ex->toks[t].start] == c;
}

/* Extends a name run from token a: name-like words, "." after initials. Returns the end (exclusive). */
static size_t run_from(const og__ex *ex, size_t a, size_t b) {
    size_t t = a, last = a;
    while (t < b && t - a < 6) {
        if (namey(ex, t)) {
            t++;
            last = t;
            continue;
        }
        if (is_punct(ex, t, '.') && t > a && (ex->toks[t - 1].flags & OG__TK_UPPER) && t + 1 < b && namey(ex, t + 1)) {
            t++;
            continue;
        }
        break;
    }
    return last;
}

static int push_person(og__ex *ex, size_t a, size_t b, float conf) {
    size_t words = 0;
    for (size_t t = a; t < b; t++)
        words += (ex->toks[t].flags & OG__TK_WORD) != 0;
    if (words < 2 || words > 4)
        return 0;
    /* "Senior Policy Fellow", "Research Associate": a role, not a name */
    static const char *const roles[] = {"fellow", "officer", "professor", "manager", "lead", "advisor", "adviser",
                                        "counsel", "scientist", "researcher", "engineer", "analyst", "editor",
                                        "coordinator", "associate", "lecturer", "assistant", "strategist"};
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (og__tok_is(ex, b - 1, roles[i]))
            return 0;
    og__mention m;
    memset(&m, 0, sizeof m);
    m.start = ex->toks[a].start;
    m.end = ex->toks[b - 1].end;
    m.tok_start = (uint32_t)a;
    m.tok_end = (uint32_t)b;
    m.sent = ex->toks[a].sent;
    m.type = OG_PERSON;
    m.src = OG__SRC_PERSON;
    m.conf = conf;
    m.lex = -1;
    m.ref = -1;
    int rc = og__mentions_push(&ex->m, &m);
    return rc < 0 ? og_error_set(ex->err, OG_ENOMEM, ex->doc->name, 0, 0, "out of memory") : 0;
}

static int is_title(const og__ex *ex, size_t t) {
    return (og__tok_wflags(ex, t) & OG__W_TITLE) && (ex->toks[t].flags & OG__TK_CAP);
}

/* A leadership card: a block opening with a name and nothing else but a role, either after a
 * separator ("Jane Doe | Executive Director", "Jane Doe - Chief Technology Officer") or as the
 * next block (<dt>Jane Doe</dt><dd>Executive Director</dd>, a name line over a title line).
 * Returns the token where the role starts, or 0. Used here and by relation.c. */
size_t og__card_role(const og__ex *ex, size_t si, size_t e) {
    const og__doc *doc = ex->doc;
    size_t b = ex->sent_tok[si + 1];
    uint32_t blk = doc->sents[si].block;
    if (si > 0 && doc->sents[si - 1].block == blk)
        return 0; /* the name must open its block */
    if (e < b && (is_punct(ex, e, '|') || is_punct(ex, e, '-') || is_punct(ex, e, ':') ||
                  (ex->toks[e].end - ex->toks[e].start == 3 &&
                   memcmp(doc->text + ex->toks[e].start, "\xe2\x80", 2) == 0))) {
        size_t r = e + 1;
        return r < b && is_title(ex, r) ? r : 0;
    }
    /* "Professor Jane Doe, Associate Professor and Senior Fellow": a short line of its own (the next
     * sentence starts another block), the role within its first three capitalised words */
    if (e < b && is_punct(ex, e, ',') && b - e <= 14 &&
        (si + 1 >= doc->n_sents || doc->sents[si + 1].block != blk)) {
        for (size_t r = e + 1; r < b && r <= e + 3; r++) {
            if (!(ex->toks[r].flags & OG__TK_CAP))
                return 0;
            if (is_title(ex, r))
                return e + 1;
        }
        return 0;
    }
    if (e < b && !(e + 1 == b && is_punct(ex, e, '.')))
        return 0;
    if (si + 1 >= doc->n_sents || doc->sents[si + 1].block != blk + 1 ||
        (si + 2 < doc->n_sents && doc->sents[si + 2].block == blk + 1))
        return 0;
    size_t r = ex->sent_tok[si + 1];
    size_t rb = ex->sent_tok[si + 2];
    if (rb - r > 8 || !is_title(ex, r))
        return 0;
    return r;
}

static int card_role(const og__ex *ex, size_t si, size_t e) { return og__card_role(ex, si, e) != 0; }

int og__find_persons(og__ex *ex) {
    const og__doc *doc = ex->doc;
    for (size_t si = 0; si < doc->n_sents; si++) {
        if (ex->block_skip && ex->block_skip[doc->sents[si].block])
            continue;
        size_t a = ex->sent_tok[si], b = ex->sent_tok[si + 1];
        for (size_t t = a; t < b; t++) {
            int rc = 0;
            if (is_title(ex, t)) {
                size_t u = t + 1;
                while (u < b && (is_title(ex, u) || is_punct(ex, u, '.')))
                    u++;
                size_t e = run_from(ex, u, b);
                if (e > u + 1) {
                    rc = push_person(ex, u, e, 0.75f);
                    t = e - 1;
                } else {
                    /* a role phrase ending in a name: scan to the clause end, take the last name run */
                    size_t q = u, best_a = 0, best_e = 0;
                    while (q < b && q - t <= 14 && !is_punct(ex, q, ',') && !is_punct(ex, q, ';') &&
                           !is_punct(ex, q, '(') && !is_punct(ex, q, ':') &&
                           !(is_punct(ex, q, '.') && !(q > 0 && (ex->toks[q - 1].flags & OG__TK_UPPER)))) {
                        if (namey(ex, q)) {
                            size_t r = run_from(ex, q, b);
                            if (r > q + 1 && (r >= b || !(ex->toks[r].flags & OG__TK_WORD) ||
                                              (ex->toks[r].flags & OG__TK_LOWER))) {
                                best_a = q;
                                best_e = r;
                            }
                            q = r > q ? r : q + 1;
                            continue;
                        }
                        q++;
                    }
                    if (best_e > best_a && best_e - best_a <= 3 && (best_e >= b || !(ex->toks[best_e].flags & OG__TK_WORD)))
                        rc = push_person(ex, best_a, best_e, 0.6f);
                }
            } else if (namey(ex, t) && (t == a || !namey(ex, t - 1))) {
                size_t e = run_from(ex, t, b);
                if (t == a && e >= t + 2 && e - t <= 3 && card_role(ex, si, e)) {
                    if ((rc = push_person(ex, t, e, 0.6f)) < 0)
                        return rc;
                    t = e - 1;
                    continue;
                }
                if (e >= t + 2 && e - t <= 3) {
                    /* "X Y, the head of", "X Y, CEO of", "X Y said" */
                    size_t q = e;
                    int ok = 0;
                    if (q < b && is_punct(ex, q, ',')) {
                        q++;
                        while (q < b && (og__tok_wflags(ex, q) & OG__W_DET))
                            q++;
                        if (q < b && (og__tok_wflags(ex, q) & OG__W_TITLE))
                            ok = 1;
                    }
                    if (e < b && (og__tok_is(ex, e, "said") || og__tok_is(ex, e, "says") || og__tok_is(ex, e, "stated")))
                        ok = 1;
                    if (e + 1 < b && (og__tok_is(ex, e, "served") || og__tok_is(ex, e, "serves")) &&
                        og__tok_is(ex, e + 1, "as"))
                        ok = 1;
                    if (t > a && (og__tok_is(ex, t - 1, "said") || og__tok_is(ex, t - 1, "says")))
                        ok = 1;
                    if (t > a + 1 && og__tok_is(ex, t - 1, "to") && og__tok_is(ex, t - 2, "according"))
                        ok = 1;
                    /* "The IETF Chair, Roman Danyliw, also ..." */
                    if (t > a + 1 && is_punct(ex, t - 1, ',') && is_title(ex, t - 2) && e < b && is_punct(ex, e, ','))
                        ok = 1;
                    /* "Mirja Kühlewind chairs the IAB": verbs that take a person subject */
                    if (e < b && (og__tok_is(ex, e, "chairs") || og__tok_is(ex, e, "co-chairs") ||
                                  og__tok_is(ex, e, "heads") || og__tok_is(ex, e, "directs")) &&
                        !og__wordlist_has(ex->doc->text + ex->toks[t].start, ex->toks[t].end - ex->toks[t].start))
                        ok = 1;
                    /* "chaired by Nurit Sprecher.", "proposed in 1999 by A B and C D" */
                    if (t > a + 1 && og__tok_is(ex, t - 1, "by") && (e >= b || !(ex->toks[e].flags & OG__TK_WORD) ||
                                                                    og__tok_is(ex, e, "and"))) {
                        static const char *const verbs[] = {"chaired", "co-chaired", "led", "headed", "directed",
                                                            "founded", "co-founded", "proposed", "invented",
                                                            "conceived", "designed", "created", "pioneered"};
                        for (size_t v = t - 2; v + 5 >= t && v >= a && !ok; v--) {
                            for (size_t i = 0; i < sizeof verbs / sizeof verbs[0] && !ok; i++)
                                ok = og__tok_is(ex, v, verbs[i]);
                            if (v == a)
                                break;
                        }
                        if (ok && e + 2 < b && og__tok_is(ex, e, "and") && namey(ex, e + 1)) {
                            /* "... by Ian Foster and Carl Kesselman": the second name too */
                            size_t e2 = run_from(ex, e + 1, b);
                            if (e2 >= e + 3 && e2 - e - 1 <= 3 && (e2 >= b || !(ex->toks[e2].flags & OG__TK_WORD)) &&
                                (rc = push_person(ex, e + 1, e2, 0.6f)) < 0)
                                return rc;
                        }
                    }
                    if (ok)
                        rc = push_person(ex, t, e, 0.6f);
                }
            }
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}
