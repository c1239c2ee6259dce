/*
 * acronym.c - acronym definitions: "Full Name (ACR)", "ACR (Full Name)" and
 * "Long Name (Short Name)", checked by a Schwartz-Hearst letter fit.
 *
 * Does: find a parenthesised short form, take the capitalised run before it
 * (or inside it) as the long form, keep it when the short form's letters fit
 * the long form in order (the first letter at a word start), and push one
 * ACRONYM_DEF mention spanning the long form with the short form as its alias
 * span. Typing: the long form's head word, else Organisation. Does not:
 * accept lower-case long forms ("information and communications technology
 * (ICT)" is a term, not an entity) or long forms ending in topic words.
 */
#include <ctype.h>
#include <string.h>
#include "mention.h"

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c; }
static int alnum(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80; }

int og__acronym_fits(const char *acr, size_t acr_len, const char *full, size_t full_len) {
    ptrdiff_t si = (ptrdiff_t)acr_len - 1, li = (ptrdiff_t)full_len - 1;
    ptrdiff_t first = 0;
    while (first < (ptrdiff_t)acr_len && !(isalpha((unsigned char)acr[first])))
        first++;
    int letters = 0;
    while (si >= 0) {
        int c = lower((unsigned char)acr[si]);
        if (!(c >= 'a' && c <= 'z')) { /* digits and punctuation in the short form are skipped */
            si--;
            continue;
        }
        letters++;
        while (li >= 0 && (lower((unsigned char)full[li]) != c ||
                           (si == first && li > 0 && alnum((unsigned char)full[li - 1]))))
            li--;
        if (li < 0)
            return 0;
        li--;
        si--;
    }
    return letters > 0;
}

/* Initials of a name: the first letter of each word but connectors ("of", "for", "and", "the", ...); an
 * all-capitals word gives all its letters ("UN International Computing Centre" -> "UNICC"). */
static size_t initials(const char *s, size_t n, char *out, size_t cap) {
    static const char *const skip[] = {"of", "for", "on", "and", "the", "de", "du", "des", "la", "le", "in", "to",
                                       "at", "by", "et", "a", "an", "&"};
    size_t o = 0, i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == '/'))
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '-' && s[j] != '/')
            j++;
        if (j == i)
            break;
        int conn = 0;
        for (size_t k = 0; k < sizeof skip / sizeof skip[0] && !conn; k++)
            conn = strlen(skip[k]) == j - i && strncmp(skip[k], s + i, j - i) == 0;
        if (!conn) {
            int all_up = j - i >= 2;
            for (size_t k = i; k < j; k++)
                if (!((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
                    all_up = 0;
            for (size_t k = i; k < (all_up ? j : i + 1) && o + 1 < cap; k++)
                if ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z'))
                    out[o++] = (char)(s[k] >= 'a' ? s[k] - 'a' + 'A' : s[k]);
        }
        i = j;
    }
    out[o] = '\0';
    return o;
}

int og__acronym_strict(const char *acr, size_t acr_len, const char *full, size_t full_len) {
    char a[32], w[64];
    size_t n = 0;
    for (size_t i = 0; i < acr_len && n + 1 < sizeof a; i++)
        if ((acr[i] >= 'A' && acr[i] <= 'Z') || (acr[i] >= 'a' && acr[i] <= 'z'))
            a[n++] = (char)(acr[i] >= 'a' ? acr[i] - 'a' + 'A' : acr[i]);
    a[n] = '\0';
    if (n < 2)
        return 0;
    size_t m = initials(full, full_len, w, sizeof w);
    if (m == n && memcmp(a, w, n) == 0)
        return 1;
    /* one trailing word more ("AWS" for "Amazon Web Services Mexico") */
    return m == n + 1 && memcmp(a, w, n) == 0;
}

static const og__tok *T(const og__ex *ex, size_t t) { return &ex->toks[t]; }

static int is_punct(const og__ex *ex, size_t t, char c) {
    return t < ex->n_toks && (T(ex, t)->flags & OG__TK_PUNCT) && T(ex, t)->end - T(ex, t)->start == 1 &&
           ex->doc->text[T(ex, t)->start] == c;
}

static int topic_tail(const og__ex *ex, size_t t) {
    static const char *const w[] = {"goals", "things", "systems", "system", "technology", "technologies",
                                    "intelligence", "learning", "economy", "governance", "security",
                                    "development", "computing", "rights", "data", "management", "analytics",
                                    "information", "communications", "communication", "science", "sciences",
                                    "protection", "regulation", "disease", "syndrome", "products", "equipment",
                                    "components", "services", "markets", "infrastructure", "devices", "weapons"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (og__tok_is(ex, t, w[i]))
            return 1;
    return 0;
}

/* Name-like token inside a long form. */
static int long_tok(const og__ex *ex, size_t t) {
    const og__tok *k = T(ex, t);
    if (k->flags & OG__TK_POSS)
        return 1;
    if (!(k->flags & OG__TK_WORD))
        return 0;
    if (k->flags & (OG__TK_CAP | OG__TK_UPPER | OG__TK_DIGIT | OG__TK_MIXED))
        return 1;
    unsigned f = og__tok_wflags(ex, t);
    return (f & OG__W_CONNECTOR) != 0;
}

static int push_def(og__ex *ex, size_t a, size_t b, size_t sa, size_t sb, int long_first) {
    /* a..b long form tokens, sa..sb short form tokens */
    if (!(T(ex, a)->flags & (OG__TK_CAP | OG__TK_UPPER | OG__TK_MIXED)))
        return 0;
    if (b - a == 1 && (og__tok_wflags(ex, a) & (OG__W_HEAD | OG__W_COMMON | OG__W_TITLE)))
        return 0;
    int ht = og__name_head_type(ex, a, b);
    og_node_type type = OG_ORGANISATION;
    float conf = 0.75f;
    if (ht >= 0) {
        type = (og_node_type)ht;
    } else {
        if (topic_tail(ex, b - 1))
            return 0;
        conf = 0.5f;
    }
    og__mention m;
    memset(&m, 0, sizeof m);
    m.start = T(ex, a)->start;
    m.end = T(ex, b - 1)->end;
    m.alias_start = T(ex, sa)->start;
    m.alias_end = T(ex, sb - 1)->end;
    m.tok_start = (uint32_t)a;
    m.tok_end = (uint32_t)b;
    m.sent = T(ex, a)->sent;
    m.type = type;
    m.src = OG__SRC_ACRONYM_DEF;
    m.conf = conf;
    m.lex = -1;
    m.ref = long_first ? -1 : -2;
    int rc = og__mentions_push(&ex->m, &m);
    return rc < 0 ? og_error_set(ex->err, OG_ENOMEM, ex->doc->name, 0, 0, "out of memory") : 0;
}

/* Does the short form [sa,sb) look like an acronym? */
static int short_form(const og__ex *ex, size_t sa, size_t sb) {
    if (sb - sa != 1)
        return 0;
    const og__tok *k = T(ex, sa);
    size_t n = k->end - k->start;
    if (n < 2 || n > 14 || !(k->flags & OG__TK_WORD))
        return 0;
    const char *s = ex->doc->text + k->start;
    int up = 0;
    for (size_t i = 0; i < n; i++)
        up += (s[i] >= 'A' && s[i] <= 'Z');
    return up >= 2 || (up >= 1 && (k->flags & OG__TK_UPPER));
}

static int try_long_then_short(og__ex *ex, size_t a0, size_t open, size_t sa, size_t sb) {
    /* the capitalised run before '(' */
    size_t acr_len = T(ex, sa)->end - T(ex, sa)->start;
    const char *acr = ex->doc->text + T(ex, sa)->start;
    size_t maxw = acr_len * 2 + 4;
    size_t a = open;
    while (a > a0 && long_tok(ex, a - 1) && open - (a - 1) <= maxw)
        a--;
    /* trim leading connectors/determiners and ordinary sentence-initial words */
    while (a < open) {
        unsigned f = og__tok_wflags(ex, a);
        if ((f & (OG__W_CONNECTOR | OG__W_DET)) || (T(ex, a)->flags & OG__TK_POSS) ||
            (T(ex, a)->flags & OG__TK_DIGIT) || ((f & OG__W_COMMON) && !(f & OG__W_HEAD)))
            a++;
        else
            break;
    }
    if (a >= open)
        return 0;
    /* the longest window whose initials are the short form, else the shortest Schwartz-Hearst fit */
    size_t b = open;
    const char *txt = ex->doc->text;
    for (size_t s = a; s < b; s++) {
        if (!(T(ex, s)->flags & (OG__TK_CAP | OG__TK_UPPER | OG__TK_MIXED)))
            continue;
        size_t st = T(ex, s)->start, en = T(ex, b - 1)->end;
        if (og__acronym_strict(acr, acr_len, txt + st, en - st))
            return push_def(ex, s, b, sa, sb, 1);
    }
    for (size_t s = b; s > a; s--) {
        if (!(T(ex, s - 1)->flags & (OG__TK_CAP | OG__TK_UPPER | OG__TK_MIXED)))
            continue;
        size_t st = T(ex, s - 1)->start, en = T(ex, b - 1)->end;
        if (og__acronym_fits(acr, acr_len, txt + st, en - st))
            return push_def(ex, s - 1, b, sa, sb, 1);
    }
    /* "Data Science Competence Center (CCSD)", "Lab for Science in Diplomacy (SiDLab)": a named body
     * (head word) right before a parenthesised short form whose first letter starts one of its words */
    if (og__name_head_type(ex, a, b) >= 0 && b - a >= 2) {
        char f = acr[0];
        if (f >= 'a' && f <= 'z')
            f = (char)(f - 'a' + 'A');
        for (size_t s = a; s < b; s++)
            if (txt[T(ex, s)->start] == f)
                return push_def(ex, a, b, sa, sb, 1);
    }
    /* "I-DAIR" for "Digital Health and AI Research ...": the part after a one-letter prefix */
    if (acr_len > 5 && acr[1] == '-') {
        for (size_t s = a; s < b; s++) {
            if (!(T(ex, s)->flags & (OG__TK_CAP | OG__TK_UPPER | OG__TK_MIXED)))
                continue;
            size_t st = T(ex, s)->start, en = T(ex, b - 1)->end;
            if (b - s >= 3 && og__acronym_fits(acr + 2, acr_len - 2, txt + st, en - st))
                return push_def(ex, s, b, sa, sb, 1);
        }
    }
    return 0;
}

static int words_subset(const og__ex *ex, size_t sa, size_t sb, size_t la, size_t lb) {
    for (size_t i = sa; i < sb; i++) {
        const og__tok *k = T(ex, i);
        int found = 0;
        for (size_t j = la; j < lb && !found; j++) {
            const og__tok *q = T(ex, j);
            found = (q->end - q->start == k->end - k->start) &&
                    memcmp(ex->doc->text + q->start, ex->doc->text + k->start, k->end - k->start) == 0;
        }
        if (!found)
            return 0;
    }
    return 1;
}

int og__find_acronyms(og__ex *ex) {
    const og__doc *doc = ex->doc;
    for (size_t si = 0; si < doc->n_sents; si++) {
        if (ex->block_skip && ex->block_skip[doc->sents[si].block])
            continue;
        size_t a = ex->sent_tok[si], b = ex->sent_tok[si + 1];
        for (size_t t = a; t < b; t++) {
            if (!is_punct(ex, t, '('))
                continue;
            size_t c = t + 1;
            while (c < b && c - t <= 12 && !is_punct(ex, c, ')') && !is_punct(ex, c, ',') && !is_punct(ex, c, ';') &&
                   !is_punct(ex, c, '('))
                c++;
            if (c >= b || c == t + 1 || c - t > 12)
                continue;
            size_t sa = t + 1, sb = c;
            int rc = 0;
            if (short_form(ex, sa, sb)) {
                rc = try_long_then_short(ex, a, t, sa, sb);
            } else if (sb - sa >= 2 && sb - sa <= 5 && is_punct(ex, c, ')')) {
                /* "Geneva Graduate Institute of International and Development Studies (Geneva Graduate Institute)" */
                int caps = 1;
                for (size_t k = sa; k < sb; k++)
                    if (!(T(ex, k)->flags & (OG__TK_CAP | OG__TK_UPPER)))
                        caps = 0;
                size_t la = t;
                while (la > a && long_tok(ex, la - 1) && t - la < 16)
                    la--;
                while (la < t && (og__tok_wflags(ex, la) & (OG__W_DET | OG__W_CONNECTOR)))
                    la++;
                if (caps && la + (sb - sa) < t && words_subset(ex, sa, sb, la, t)) {
                    int ht = og__name_head_type(ex, la, t);
                    if (ht >= 0)
                        rc = push_def(ex, la, t, sa, sb, 1);
                }
            }
            if (rc < 0)
                return rc;
            /* "ACR (Full Name)" */
            if (t > a && short_form(ex, t - 1, t) && !short_form(ex, sa, sb) && is_punct(ex, c, ')') && sb - sa >= 2) {
                const og__tok *k = T(ex, t - 1);
                size_t st = T(ex, sa)->start, en = T(ex, sb - 1)->end;
                int caps = (T(ex, sa)->flags & (OG__TK_CAP | OG__TK_UPPER)) != 0;
                for (size_t q = sa; q < sb; q++)
                    if (!long_tok(ex, q))
                        caps = 0;
                if (caps && og__acronym_fits(doc->text + k->start, k->end - k->start, doc->text + st, en - st)) {
                    rc = push_def(ex, sa, sb, t - 1, t, 0);
                    if (rc < 0)
                        return rc;
                }
            }
        }
    }
    return 0;
}
