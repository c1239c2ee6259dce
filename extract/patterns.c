/*
 * patterns.c - names recognised by their shape: numbered standards
 * (ISO/IEC 27001, ITU-T X.509, RFC 9110, UN Regulation No. 155, IMT-2020),
 * numbered events (IGF 2023, WRC-19, MC11, WSIS Forum 2021), capitalised
 * names typed by their head word ("... Commission", "... Initiative",
 * "... Agenda"), and class-noun cues ("AI startup Anthropic", "Giga is a
 * ... initiative", "X: a public-private partnership").
 *
 * Does: one linear pass over each sentence's tokens, appending candidate
 * mentions. Capitalised spans without a head word become WEAK mentions (a node
 * only if a relation or an acronym needs them). Does not: resolve identity
 * (resolve.c) or look at the lexicon (lexicon hits win in the selection).
 */
#include <string.h>
#include "mention.h"

static int tk(const og__ex *ex, size_t t, unsigned f) { return t < ex->n_toks && (ex->toks[t].flags & f); }

static size_t tlen(const og__ex *ex, size_t t) { return ex->toks[t].end - ex->toks[t].start; }
static const char *ttext(const og__ex *ex, size_t t) { return ex->doc->text + ex->toks[t].start; }

static int is_punct(const og__ex *ex, size_t t, char c) {
    return t < ex->n_toks && (ex->toks[t].flags & OG__TK_PUNCT) && tlen(ex, t) == 1 && ttext(ex, t)[0] == c;
}

static int is_year(const og__ex *ex, size_t t) {
    if (!tk(ex, t, OG__TK_DIGIT) || tlen(ex, t) != 4)
        return 0;
    const char *s = ttext(ex, t);
    for (int i = 0; i < 4; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0');
}

static int all_digits(const char *s, size_t n) {
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* Standards bodies whose documents are cited as "<prefix> <number>". */
static int std_prefix(const og__ex *ex, size_t t) {
    static const char *const p[] = {"ISO", "IEC", "ISO/IEC", "ISO/IEC/IEEE", "IEEE", "ITU-T", "ITU-R", "ETSI",
                                    "EN", "CEN", "ANSI", "NIST", "BS", "DIN", "RFC", "ISO/TS", "ISO/TR",
                                    "IEC/TS", "ISO/IEC/TR", "ISO/PAS", "W3C", "ECMA", "ASTM"};
    if (!tk(ex, t, OG__TK_UPPER))
        return 0;
    const char *s = ttext(ex, t);
    size_t n = tlen(ex, t);
    for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
        if (p[i][0] == s[0] && strlen(p[i]) == n && memcmp(p[i], s, n) == 0)
            return 1;
    return 0;
}

/* "27001", "42001:2023" (':' splits, handled by caller), "802.11", "23093-3", "X.509", "H.264". */
static int std_number(const og__ex *ex, size_t t) {
    if (!tk(ex, t, OG__TK_WORD))
        return 0;
    const char *s = ttext(ex, t);
    size_t n = tlen(ex, t);
    if (s[0] >= '0' && s[0] <= '9')
        return 1;
    if (n >= 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.' && s[2] >= '0' && s[2] <= '9')
        return 1;
    return 0;
}

/* Recommendation-letter standards without a prefix: "H.264", "X.509". */
static int itu_letter_std(const og__ex *ex, size_t t) {
    const char *s = ttext(ex, t);
    size_t n = tlen(ex, t);
    if (n < 3 || n > 8 || !(s[0] >= 'A' && s[0] <= 'Z') || s[1] != '.')
        return 0;
    for (size_t i = 2; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
            return 0;
    return 1;
}

/* Event series cited with a number: WRC-19, WTDC-22, PP-22, MC11, COP28. */
static int event_code(const og__ex *ex, size_t t) {
    static const char *const p[] = {"WRC", "WTDC", "WTSA", "PP", "RA", "WCIT", "WSIS", "GSR", "COP", "MC", "CWG",
                                    "WTPF", "WCIT", "ICANN", "RRC", "WAIC"};
    if (!tk(ex, t, OG__TK_UPPER))
        return 0;
    const char *s = ttext(ex, t);
    size_t n = tlen(ex, t);
    for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) {
        if (p[i][0] != s[0])
            continue;
        size_t k = strlen(p[i]);
        if (n <= k || memcmp(s, p[i], k) != 0)
            continue;
        size_t d = k + (s[k] == '-');
        if (d < n && n - d <= 4 && all_digits(s + d, n - d))
            return 1;
    }
    return 0;
}

/* "IMT-2020": an acronym joined to a four-digit year by a hyphen. */
static int acronym_year_std(const og__ex *ex, size_t t) {
    if (!tk(ex, t, OG__TK_UPPER))
        return 0;
    const char *s = ttext(ex, t);
    size_t n = tlen(ex, t);
    if (n < 7 || s[n - 5] != '-' || !all_digits(s + n - 4, 4))
        return 0;
    if (!(s[n - 4] == '2' && s[n - 3] == '0'))
        return 0;
    for (size_t i = 0; i < n - 5; i++)
        if (!(s[i] >= 'A' && s[i] <= 'Z'))
            return 0;
    return 1;
}

/* "ITU-T", "ITU-R", "ITU-D": an acronym and a one- or two-letter unit code. */
static int unit_code(const og__ex *ex, size_t t) {
    if (!tk(ex, t, OG__TK_UPPER))
        return 0;
    const char *s = ttext(ex, t);
    size_t n = tlen(ex, t), d = 0;
    while (d < n && s[d] >= 'A' && s[d] <= 'Z')
        d++;
    if (d < 2 || d >= n || s[d] != '-' || n - d - 1 < 1 || n - d - 1 > 2)
        return 0;
    for (size_t i = d + 1; i < n; i++)
        if (!(s[i] >= 'A' && s[i] <= 'Z'))
            return 0;
    return 1;
}

static int push(og__ex *ex, size_t a, size_t b, og_node_type type, og__msrc src, float conf) {
    og__mention m;
    memset(&m, 0, sizeof m);
    m.start = ex->toks[a].start;
    m.end = ex->toks[b - 1].end;
    m.tok_start = (uint32_t)a;
    m.tok_end = (uint32_t)b;
    m.sent = ex->toks[a].sent;
    m.type = type;
    m.src = src;
    m.conf = conf;
    m.lex = -1;
    m.ref = -1;
    int rc = og__mentions_push(&ex->m, &m);
    return rc < 0 ? og_error_set(ex->err, OG_ENOMEM, ex->doc->name, 0, 0, "out of memory") : rc;
}

/* Standards and events at token t; returns the token after the match, or t. */
static size_t numbered(og__ex *ex, size_t t, size_t b, int *rc) {
    *rc = 0;
    if (std_prefix(ex, t)) {
        size_t u = t + 1;
        /* "ISO/IEC TR 29181", "ITU-T Recommendation X.509" */
        if (u < b && (og__tok_is(ex, u, "tr") || og__tok_is(ex, u, "ts") || og__tok_is(ex, u, "pas") ||
                      og__tok_is(ex, u, "guide") || og__tok_is(ex, u, "recommendation") || og__tok_is(ex, u, "sp") ||
                      og__tok_is(ex, u, "std")))
            u++;
        if (u < b && std_number(ex, u) && ex->toks[u].start == ex->toks[u - 1].end + 1) {
            size_t e = u + 1;
            /* ":2023" edition */
            if (e + 1 < b && is_punct(ex, e, ':') && tk(ex, e + 1, OG__TK_DIGIT) &&
                ex->toks[e].start == ex->toks[u].end && ex->toks[e + 1].start == ex->toks[e].end)
                e += 2;
            *rc = push(ex, t, e, OG_STANDARD, OG__SRC_PATTERN, 0.9f);
            return e;
        }
    }
    if (itu_letter_std(ex, t)) {
        *rc = push(ex, t, t + 1, OG_STANDARD, OG__SRC_PATTERN, 0.7f);
        return t + 1;
    }
    if (event_code(ex, t)) {
        *rc = push(ex, t, t + 1, OG_EVENT, OG__SRC_PATTERN, 0.8f);
        return t + 1;
    }
    /* numbered meetings: "IETF 118", "ICANN 78" */
    if ((tlen(ex, t) == 4 && memcmp(ttext(ex, t), "IETF", 4) == 0) ||
        (tlen(ex, t) == 5 && memcmp(ttext(ex, t), "ICANN", 5) == 0)) {
        if (t + 1 < b && tk(ex, t + 1, OG__TK_DIGIT) && tlen(ex, t + 1) <= 3 && all_digits(ttext(ex, t + 1), tlen(ex, t + 1))) {
            *rc = push(ex, t, t + 2, OG_EVENT, OG__SRC_PATTERN, 0.7f);
            return t + 2;
        }
    }
    if (unit_code(ex, t)) {
        *rc = push(ex, t, t + 1, OG_ORGANISATION, OG__SRC_PATTERN, 0.6f);
        return t + 1;
    }
    if (acronym_year_std(ex, t)) {
        *rc = push(ex, t, t + 1, OG_STANDARD, OG__SRC_PATTERN, 0.7f);
        return t + 1;
    }
    /* "IGF 2023": an acronym followed by a year */
    if (tk(ex, t, OG__TK_UPPER) && t + 1 < b && is_year(ex, t + 1) && !tk(ex, t, OG__TK_DIGIT) && tlen(ex, t) >= 3 &&
        !(t + 2 < b && ex->toks[t + 2].sent == ex->toks[t].sent && tk(ex, t + 2, OG__TK_CAP | OG__TK_UPPER)) &&
        !(t > 0 && ex->toks[t - 1].sent == ex->toks[t].sent && tk(ex, t - 1, OG__TK_CAP | OG__TK_UPPER))) {
        *rc = push(ex, t, t + 2, OG_EVENT, OG__SRC_PATTERN, 0.7f);
        return t + 2;
    }
    /* "Regulation No. 155", "Recommendation 33" (the prefix word joins the head-word span) */
    return t;
}

static int name_start(const og__ex *ex, size_t t) {
    const og__tok *k = &ex->toks[t];
    if (!(k->flags & OG__TK_WORD))
        return 0;
    return (k->flags & (OG__TK_CAP | OG__TK_UPPER)) || ((k->flags & OG__TK_MIXED) && !(k->flags & OG__TK_DIGIT));
}

static int name_cont(const og__ex *ex, size_t t) {
    const og__tok *k = &ex->toks[t];
    if (!(k->flags & OG__TK_WORD))
        return 0;
    return (k->flags & (OG__TK_CAP | OG__TK_UPPER | OG__TK_MIXED)) != 0;
}

static int head_at(const og__ex *ex, size_t t, og_node_type *type) {
    const og__word *w = og__word_at(ex->toks[t].word);
    if (!w || !(w->flags & OG__W_HEAD) || !(ex->toks[t].flags & (OG__TK_CAP | OG__TK_UPPER)))
        return 0;
    *type = w->type;
    return 1;
}

int og__name_head_type(const og__ex *ex, size_t a, size_t b) {
    if (b <= a)
        return -1;
    size_t last = b - 1;
    /* "... Forum 2021", "Security Congress 2023" */
    if (is_year(ex, last) && last > a) {
        og_node_type ht;
        if (head_at(ex, last - 1, &ht) || tk(ex, last - 1, OG__TK_UPPER))
            return OG_EVENT;
        return -1;
    }
    /* "Regulation No. 155" is handled by the span builder keeping "No" and the number */
    size_t numbered_end = last;
    while (last > a && (tk(ex, last, OG__TK_DIGIT) || is_punct(ex, last, '.')))
        last--;
    /* "IEC TC 65", "ITU-T SG 17": a body's acronym, a committee, study or working group code and its
     * number (codes joined by "/" are the lexicon's and partnership.c's) */
    int slash = 0;
    for (size_t t = a; t < b; t++)
        slash |= memchr(ttext(ex, t), '/', tlen(ex, t)) != NULL;
    if (b < ex->n_toks && (is_punct(ex, b, '/') || (a > 0 && is_punct(ex, a - 1, '/'))))
        slash = 1;
    if (last < numbered_end && last > a && !slash && tk(ex, last, OG__TK_UPPER) && tk(ex, last - 1, OG__TK_UPPER)) {
        static const char *const codes[] = {"tc", "sc", "jtc", "wg", "sg", "tg", "jwg", "isg", "ag"};
        for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
            if (og__tok_is(ex, last, codes[i]))
                return OG_ORGANISATION;
    }
    if (last > a && og__tok_is(ex, last, "no"))
        last--;
    /* multi-word heads */
    if (last > a) {
        if (og__tok_is(ex, last, "group") && og__tok_is(ex, last - 1, "focus"))
            return OG_INITIATIVE;
        if (og__tok_is(ex, last, "force") && og__tok_is(ex, last - 1, "task"))
            return OG_INITIATIVE;
        if (og__tok_is(ex, last, "school") && og__tok_is(ex, last - 1, "summer"))
            return OG_EVENT;
        if (og__tok_is(ex, last, "assembly") && og__tok_is(ex, last - 1, "general"))
            return OG_ORGANISATION;
    }
    /* the word before the first "of/for/on" is the head: "Organization for the Advancement of ..." */
    for (size_t t = a + 1; t < last; t++) {
        const og__word *w = og__word_at(ex->toks[t].word);
        if (w && (w->flags & OG__W_CONNECTOR) && (ex->toks[t].flags & OG__TK_LOWER) &&
            !og__tok_is(ex, t, "and") && !og__tok_is(ex, t, "the")) {
            og_node_type ht;
            if (head_at(ex, t - 1, &ht)) {
                if (og__tok_is(ex, t - 1, "force") && t - 1 > a && og__tok_is(ex, t - 2, "task"))
                    return OG_INITIATIVE;
                if (og__tok_is(ex, t - 1, "group") && t - 1 > a && og__tok_is(ex, t - 2, "focus"))
                    return OG_INITIATIVE;
                return (int)ht;
            }
            break;
        }
    }
    og_node_type ht;
    if (head_at(ex, last, &ht))
        return (int)ht;
    return -1;
}

/* Every token of [a,b) is a title, head, generic word, determiner or connector. */
static int generic_span(const og__ex *ex, size_t a, size_t b) {
    for (size_t t = a; t < b; t++) {
        unsigned f = og__tok_wflags(ex, t);
        if (!(f & (OG__W_TITLE | OG__W_HEAD | OG__W_GENERIC | OG__W_DET | OG__W_CONNECTOR | OG__W_COMMON |
                   OG__W_CLASS | OG__W_MONTH)))
            return 0;
    }
    return 1;
}

/* Class noun cue after a span: "is a ... initiative", ": a ... partnership", ", an ... agency". */
static int definition_cue(const og__ex *ex, size_t b, size_t end, og_node_type *type) {
    size_t t = b;
    if (t < end && (og__tok_is(ex, t, "is") || og__tok_is(ex, t, "was")))
        t++;
    else if (t < end && (is_punct(ex, t, ':') || is_punct(ex, t, ',')))
        t++;
    else
        return 0;
    if (!(t < end && (og__tok_is(ex, t, "a") || og__tok_is(ex, t, "an") || og__tok_is(ex, t, "the"))))
        return 0;
    t++;
    for (size_t k = 0; k < 6 && t < end; k++, t++) {
        const og__word *w = og__word_at(ex->toks[t].word);
        if (w && (w->flags & OG__W_CLASS) && (ex->toks[t].flags & OG__TK_LOWER) &&
            !(t + 1 < end && (ex->toks[t + 1].flags & OG__TK_POSS))) {
            *type = w->type;
            return 1;
        }
        if (ex->toks[t].flags & OG__TK_POSS) /* "the company's open platform": the head comes later */
            continue;
        if (!tk(ex, t, OG__TK_WORD))
            return 0;
        if (w && (w->flags & (OG__W_CONNECTOR | OG__W_AUX | OG__W_TRIGGER)))
            return 0;
    }
    return 0;
}

/* "Well-known", "Long-standing", "Non-profit": a capitalised word whose part after its hyphen is
 * lower case (an adjective, not "Bogdan-Martin" or "Wi-Fi"). */
static int hyphen_adjective(const og__ex *ex, size_t t) {
    const char *s = ttext(ex, t);
    size_t n = tlen(ex, t);
    const char *h = memchr(s, '-', n);
    if (!h || h == s || (size_t)(h - s) + 1 >= n)
        return 0;
    for (const char *p = h + 1; p < s + n; p++)
        if (!(*p >= 'a' && *p <= 'z') && *p != '-')
            return 0;
    return 1;
}

/* A capitalised span [a,b): trim, split, type and push it. */
static int span(og__ex *ex, size_t a, size_t b, size_t send) {
    /* trim leading determiners and ordinary sentence-initial words */
    while (a < b) {
        unsigned f = og__tok_wflags(ex, a);
        if ((f & OG__W_DET) || (f & OG__W_MONTH) || ((f & OG__W_COMMON) && !(f & OG__W_HEAD)) ||
            ((ex->toks[a].flags & OG__TK_FIRST) && (f & (OG__W_HEDGE | OG__W_TRIGGER | OG__W_AUX))))
            a++;
        else if ((ex->toks[a].flags & OG__TK_FIRST) && a + 1 < b && hyphen_adjective(ex, a))
            a++; /* "Well-known ISO standards", "Long-standing UN partners" */
        else
            break;
    }
    /* "Sponsoring Consortium for Open Access Publishing in Particle Physics SCOAP3": an acronym glued
     * after a long name without parentheses is not part of it */
    if (b - a >= 4 && tk(ex, b - 1, OG__TK_UPPER) && tlen(ex, b - 1) >= 3 && tk(ex, b - 2, OG__TK_CAP) &&
        !tk(ex, b - 2, OG__TK_UPPER) && !tk(ex, b - 2, OG__TK_DIGIT) && (ttext(ex, b - 1)[0] == ttext(ex, a)[0]))
        b--;
    /* "Article 72 of the Tunis Agenda" names the agenda */
    if (b - a > 4 && (og__tok_is(ex, a, "article") || og__tok_is(ex, a, "paragraph") || og__tok_is(ex, a, "section") ||
                      og__tok_is(ex, a, "chapter") || og__tok_is(ex, a, "annex")) &&
        tk(ex, a + 1, OG__TK_DIGIT) && og__tok_is(ex, a + 2, "of")) {
        a += 3;
        if (og__tok_is(ex, a, "the"))
            a++;
    }
    while (b > a && ((og__tok_wflags(ex, b - 1) & OG__W_CONNECTOR) || (ex->toks[b - 1].flags & OG__TK_PUNCT)))
        b--;
    if (a >= b)
        return 0;
    /* split at "and"/"&" joining two complete names ("UNICEF and ITU", "ISO and IEC Standards") */
    for (size_t t = a + 1; t + 1 < b; t++) {
        if (!(og__tok_is(ex, t, "and") || is_punct(ex, t, '&')))
            continue;
        og_node_type ht;
        if (tk(ex, t - 1, OG__TK_UPPER) || head_at(ex, t - 1, &ht) || tk(ex, t + 1, OG__TK_UPPER) ||
            og__tok_is(ex, t + 1, "the")) {
            int rc = span(ex, a, t, send);
            if (rc < 0)
                return rc;
            return span(ex, t + 1, b, send);
        }
    }
    /* "Department of Computer Science of the Faculty of Science": two bodies */
    for (size_t t = a + 2; t + 2 < b; t++) {
        if (og__tok_is(ex, t, "of") && og__tok_is(ex, t + 1, "the") && og__name_head_type(ex, t + 2, b) == OG_ORGANISATION &&
            og__name_head_type(ex, a, t) >= 0 && og__name_head_type(ex, t + 2, t + 3) >= 0) {
            int rc = span(ex, a, t, send);
            if (rc < 0)
                return rc;
            return span(ex, t + 2, b, send);
        }
    }
    if (b - a > 12)
        return 0;
    /* job titles ("Chief Technology Officer", "Secretary-General") are not names */
    if (og__tok_wflags(ex, b - 1) & OG__W_TITLE)
        return 0;
    /* "Professor of Technology and Regulation", "Chair of the Board": a title and its field or body */
    if (b - a >= 3 && (og__tok_wflags(ex, a) & OG__W_TITLE) && og__tok_is(ex, a + 1, "of"))
        return 0;
    int ht = og__name_head_type(ex, a, b);
    int single = (b - a == 1);
    if (single) {
        unsigned f = og__tok_wflags(ex, a);
        if (f & (OG__W_HEAD | OG__W_TITLE | OG__W_COMMON | OG__W_MONTH | OG__W_CLASS | OG__W_PRONOUN))
            return 0;
        if (tk(ex, a, OG__TK_DIGIT))
            return 0;
    } else if (generic_span(ex, a, b)) {
        return 0;
    }
    /* the whole line is a heading without a head word: a section title */
    uint32_t blk = ex->doc->sents[ex->toks[a].sent].block;
    const og__block *bk = &ex->doc->blocks[blk];
    if (ht >= 0) {
        int rc = push(ex, a, b, (og_node_type)ht, OG__SRC_HEADWORD, single ? 0.5f : 0.7f);
        return rc < 0 ? rc : 0;
    }
    og_node_type ct;
    if (definition_cue(ex, b, send, &ct)) {
        int rc = push(ex, a, b, ct, OG__SRC_CUE, 0.6f);
        return rc < 0 ? rc : 0;
    }
    if (bk->kind == OG__BLOCK_HEADING && ex->toks[a].start <= bk->start + 2 && ex->toks[b - 1].end + 2 >= bk->end &&
        !tk(ex, a, OG__TK_UPPER))
        return 0;
    /* a class noun right before: "AI startup Anthropic", "the project X" */
    if (a > 0 && ex->toks[a - 1].sent == ex->toks[a].sent) {
        const og__word *w = og__word_at(ex->toks[a - 1].word);
        if (w && (w->flags & OG__W_CLASS) && (ex->toks[a - 1].flags & OG__TK_LOWER) && !(w->flags & OG__W_TITLE)) {
            int rc = push(ex, a, b, w->type, OG__SRC_CUE, 0.55f);
            return rc < 0 ? rc : 0;
        }
    }
    int rc = push(ex, a, b, OG_ORGANISATION, OG__SRC_WEAK, 0.3f);
    return rc < 0 ? rc : 0;
}

/* "CERN openlab: a public-private partnership ..." at the start of a line: the text before ':' is a name. */
static int colon_definition(og__ex *ex, size_t a, size_t b) {
    size_t t = a;
    while (t < b && (ex->toks[t].flags & OG__TK_PUNCT) && !is_punct(ex, t, ':'))
        t++;
    size_t s = t;
    if (s >= b || !name_start(ex, s))
        return 0;
    size_t c = s;
    while (c < b && c - s < 4 && tk(ex, c, OG__TK_WORD))
        c++;
    if (c == s + 1 || c >= b || !is_punct(ex, c, ':'))
        return 0;
    og_node_type ct;
    if (!definition_cue(ex, c, b, &ct))
        return 0;
    if (generic_span(ex, s, c))
        return 0;
    int rc = push(ex, s, c, ct, OG__SRC_CUE, 0.6f);
    return rc < 0 ? rc : 0;
}

int og__find_patterns(og__ex *ex) {
    const og__doc *doc = ex->doc;
    for (size_t si = 0; si < doc->n_sents; si++) {
        if (ex->block_skip && ex->block_skip[doc->sents[si].block])
            continue;
        size_t a = ex->sent_tok[si], b = ex->sent_tok[si + 1];
        int rc = colon_definition(ex, a, b);
        if (rc < 0)
            return rc;
        size_t t = a;
        while (t < b) {
            size_t u = numbered(ex, t, b, &rc);
            if (rc < 0)
                return rc;
            if (u != t) {
                t = u;
                continue;
            }
            if (!name_start(ex, t)) {
                t++;
                continue;
            }
            size_t j = t + 1, good = t + 1;
            while (j < b) {
                if (og__tok_is(ex, j, "no") && j + 2 < b && is_punct(ex, j + 1, '.') && tk(ex, j + 2, OG__TK_DIGIT)) {
                    j += 3; /* "Regulation No. 155" */
                    good = j;
                    break;
                }
                if (ex->toks[j].flags & OG__TK_POSS) {
                    /* "Children's Fund" joins; "UNIGE's Digital Law Center" does not */
                    if (j + 1 < b && name_cont(ex, j + 1) && !tk(ex, j - 1, OG__TK_UPPER) && tk(ex, j - 1, OG__TK_CAP) &&
                        og__name_head_type(ex, j + 1, j + 2) >= 0) {
                        j++;
                        continue;
                    }
                    break;
                } else if (name_cont(ex, j)) {
                    if (std_prefix(ex, j) && j + 1 < b && std_number(ex, j + 1))
                        break;
                    j++;
                    good = j;
                } else if (tk(ex, j, OG__TK_DIGIT) && name_cont(ex, j - 1) && !is_year(ex, j)) {
                    j++; /* "JTC 1", "Recommendation 33" */
                    good = j;
                } else if (is_year(ex, j) && j == good && j > t) {
                    og_node_type ht;
                    if (head_at(ex, j - 1, &ht) || tk(ex, j - 1, OG__TK_UPPER)) {
                        j++; /* "WSIS Forum 2021" */
                        good = j;
                    }
                    break;
                } else if (((og__tok_wflags(ex, j) & OG__W_CONNECTOR) && (ex->toks[j].flags & OG__TK_LOWER)) ||
                           is_punct(ex, j, '&')) {
                    size_t k = j + 1;
                    og_node_type hh;
                    /* "... in November 2021", "IEC Central Office in Geneva": a date or a place after a
                     * complete name */
                    if (og__tok_is(ex, j, "in") && ((og__tok_wflags(ex, k) & OG__W_MONTH) || head_at(ex, j - 1, &hh)))
                        break;
                    if (k < b && og__tok_is(ex, k, "the"))
                        k++;
                    if (k < b && name_cont(ex, k) && !(ex->toks[k].flags & OG__TK_NL_BEFORE && 0)) {
                        j = k;
                        continue;
                    }
                    break;
                } else {
                    break;
                }
            }
            /* "the 2030 Agenda for Sustainable Development": a year leading a name belongs to it */
            size_t st = t;
            if (t > a && is_year(ex, t - 1) && og__name_head_type(ex, t, good) >= 0 &&
                (t - 1 == a || og__tok_is(ex, t - 2, "the")))
                st = t - 1;
            rc = span(ex, st, good, b);
            if (rc < 0)
                return rc;
            t = good > t ? good : t + 1;
        }
    }
    return 0;
}
