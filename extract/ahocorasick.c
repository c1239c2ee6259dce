/*
 * ahocorasick.c - the lexicon's multi-pattern matcher: one trie (the goto
 * function of an Aho-Corasick automaton) over every name and alias, on
 * ASCII-folded bytes and byte classes (only bytes that occur in some pattern
 * get a class).
 *
 * Scanning uses the fact that every match is whole-word: a match can only
 * begin where a word begins. So instead of running the automaton (with its
 * failure links) through every byte, the scanner walks the trie from each
 * word start as far as the text follows it and keeps the longest valid
 * pattern; the first word start with a match gives the leftmost-longest hit,
 * and scanning resumes after it. Cost: O(len + sum of walk lengths), each
 * walk bounded by the longest pattern; in practice a walk dies after one or
 * two bytes. Only states with several children get a dense row of
 * transitions; the rest store their one child inline, so the hot part of
 * the trie stays in cache (a full DFA over 18k states did not, and ran 4x
 * slower).
 * Does: build, scan, candidate checks (exact-case patterns verified with
 * memcmp, capitalised one-word names, whole-word boundaries decoded as UTF-8).
 * Does not: know what entries are (lexicon.c), or fold non-ASCII case.
 */
#include <stdlib.h>
#include <string.h>
#include "ahocorasick.h"
#include "frontend.h"

#define NONE UINT32_MAX

typedef struct pat {
    char *s;
    size_t len;
    uint32_t value;
    int fold;
    int cap_first;
    int word_start, word_end; /* first/last character is a word character */
    uint32_t next;            /* next pattern ending in the same state */
} pat;

struct og__ac {
    unsigned char cmap[256]; /* text byte -> class (0: no pattern uses it) */
    unsigned n_classes;
    uint32_t *row;           /* per state: its dense row, or NONE (0 or 1 child) */
    uint32_t *rows;          /* n_rows x n_classes transitions, NONE = no edge */
    unsigned char *one_cls;  /* per state without a row: class of its only child (0 none) */
    uint32_t *one_next;      /* ... and that child */
    uint32_t *out;           /* first pattern ending here, or NONE */
    unsigned char ascii_word[128]; /* ASCII byte -> is a word character */
    unsigned char start_ok[256];   /* byte -> some pattern may start with it */
    size_t n_states;
    pat *pats;
    size_t n_pats;
};

static unsigned char fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c; }

size_t og__ac_states(const og__ac *ac) { return ac ? ac->n_states : 0; }

void og__ac_free(og__ac *ac)
{
    if (!ac)
        return;
    for (size_t i = 0; i < ac->n_pats; i++)
        og_free(ac->pats[i].s);
    og_free(ac->pats);
    og_free(ac->row);
    og_free(ac->rows);
    og_free(ac->one_cls);
    og_free(ac->one_next);
    og_free(ac->out);
    og_free(ac);
}

/* Word character at the start of s[0, n)? */
static int word_first(const char *s, size_t n)
{
    uint32_t cp;
    og__utf8_decode((const unsigned char *)s, n, &cp);
    return og__is_word_cp(cp);
}

/* Word character ending just before s[end] (s valid from 0)? */
static int word_last(const char *s, size_t end)
{
    size_t st = end - 1;
    while (st > 0 && end - st < 4 && ((unsigned char)s[st] & 0xC0) == 0x80)
        st--;
    uint32_t cp;
    size_t k = og__utf8_decode((const unsigned char *)s + st, end - st, &cp);
    if (st + k != end) /* invalid sequence: treat the byte itself */
        return 0;
    return og__is_word_cp(cp);
}

int og__ac_build(og__ac **out, const og__ac_pattern *pats, size_t n, og_error *err)
{
    *out = NULL;
    og__ac *ac = og_malloc(sizeof *ac);
    if (!ac)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory building the lexicon automaton");
    memset(ac, 0, sizeof *ac);
    size_t total = 1;
    ac->pats = og_malloc((n ? n : 1) * sizeof *ac->pats);
    if (!ac->pats)
        goto oom;
    /* Classes: every folded byte used by a pattern. */
    unsigned char cls_of[256];
    memset(cls_of, 0, sizeof cls_of);
    unsigned k = 1;
    for (size_t i = 0; i < n; i++) {
        if (pats[i].len == 0)
            continue;
        pat *p = &ac->pats[ac->n_pats];
        p->s = og_malloc(pats[i].len + 1);
        if (!p->s)
            goto oom;
        memcpy(p->s, pats[i].s, pats[i].len);
        p->s[pats[i].len] = 0;
        p->len = pats[i].len, p->value = pats[i].value, p->fold = pats[i].fold;
        p->cap_first = pats[i].cap_first;
        p->word_start = word_first(p->s, p->len);
        p->word_end = word_last(p->s, p->len);
        p->next = NONE;
        ac->n_pats++;
        total += p->len;
        for (size_t j = 0; j < p->len; j++) {
            unsigned char c = fold((unsigned char)p->s[j]);
            if (!cls_of[c] && k < 256)
                cls_of[c] = (unsigned char)k++;
        }
    }
    ac->n_classes = k;
    for (unsigned b = 0; b < 256; b++)
        ac->cmap[b] = cls_of[fold((unsigned char)b)];
    /* Trie, built with child lists, then compacted: states with two or
     * more children get a dense row of K transitions, the others (most of
     * them: the inside of a name) store their only child inline. The rows
     * near the root are few and stay in cache. */
    size_t K = ac->n_classes;
    uint32_t *first = og_malloc(total * sizeof *first);
    uint32_t *sib = og_malloc(total * sizeof *sib);
    unsigned char *cls = og_malloc(total);
    ac->out = og_malloc(total * sizeof *ac->out);
    ac->row = og_malloc(total * sizeof *ac->row);
    ac->one_cls = og_malloc(total);
    ac->one_next = og_malloc(total * sizeof *ac->one_next);
    if (!first || !sib || !cls || !ac->out || !ac->row || !ac->one_cls || !ac->one_next) {
        og_free(first), og_free(sib), og_free(cls);
        goto oom;
    }
    for (size_t i = 0; i < total; i++)
        ac->out[i] = NONE, first[i] = NONE, sib[i] = NONE;
    cls[0] = 0;
    size_t ns = 1;
    for (size_t i = 0; i < ac->n_pats; i++) {
        pat *p = &ac->pats[i];
        uint32_t s = 0;
        for (size_t j = 0; j < p->len; j++) {
            unsigned char c = cls_of[fold((unsigned char)p->s[j])];
            uint32_t ch = first[s];
            while (ch != NONE && cls[ch] != c)
                ch = sib[ch];
            if (ch == NONE) {
                ch = (uint32_t)ns++;
                cls[ch] = c;
                sib[ch] = first[s];
                first[s] = ch;
            }
            s = ch;
        }
        /* Append to the state's list, keeping insertion order. */
        if (ac->out[s] == NONE) {
            ac->out[s] = (uint32_t)i;
        } else {
            uint32_t q = ac->out[s];
            while (ac->pats[q].next != NONE)
                q = ac->pats[q].next;
            ac->pats[q].next = (uint32_t)i;
        }
    }
    size_t n_rows = 0;
    for (size_t s = 0; s < ns; s++) {
        ac->one_cls[s] = 0, ac->one_next[s] = NONE, ac->row[s] = NONE;
        if (first[s] == NONE)
            continue;
        if (sib[first[s]] == NONE && s != 0) {
            ac->one_cls[s] = cls[first[s]], ac->one_next[s] = first[s];
        } else {
            ac->row[s] = (uint32_t)n_rows++;
        }
    }
    ac->rows = og_malloc((n_rows ? n_rows : 1) * K * sizeof *ac->rows);
    if (!ac->rows) {
        og_free(first), og_free(sib), og_free(cls);
        goto oom;
    }
    for (size_t i = 0; i < n_rows * K; i++)
        ac->rows[i] = NONE;
    for (size_t s = 0; s < ns; s++)
        if (ac->row[s] != NONE)
            for (uint32_t ch = first[s]; ch != NONE; ch = sib[ch])
                ac->rows[(size_t)ac->row[s] * K + cls[ch]] = ch;
    og_free(first), og_free(sib), og_free(cls);
    ac->n_states = ns;
    for (unsigned b = 0; b < 128; b++)
        ac->ascii_word[b] = (unsigned char)og__is_word_cp(b);
    for (size_t i = 0; i < ac->n_pats; i++) {
        const pat *p = &ac->pats[i];
        unsigned char b = (unsigned char)p->s[0];
        ac->start_ok[b] = 1;
        if (p->fold && !p->cap_first && b < 0x80) {
            ac->start_ok[fold(b)] = 1;
            if (b >= 'a' && b <= 'z')
                ac->start_ok[b - 32] = 1;
        }
    }
    *out = ac;
    return 0;
oom:
    og__ac_free(ac);
    return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory building the lexicon automaton");
}

/* The goto function: the state after `s` reads a byte of class `c`. */
static inline uint32_t step(const og__ac *ac, uint32_t s, unsigned c)
{
    uint32_t r = ac->row[s];
    if (r != NONE)
        return ac->rows[(size_t)r * ac->n_classes + c];
    return (c && ac->one_cls[s] == c) ? ac->one_next[s] : NONE;
}

int og__ac_scan(const og__ac *ac, const char *text, size_t len, og__lex_hit **out, size_t *n, og_error *err)
{
    *out = NULL;
    *n = 0;
    if (!ac || ac->n_pats == 0 || len == 0)
        return 0;
    og__lex_hit *hits = NULL;
    size_t nh = 0, cap = 0;
    const unsigned char *t = (const unsigned char *)text;
    int prev_word = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char c = t[i];
        if (!prev_word && ac->start_ok[c]) {
            /* A word starts here: follow the trie as far as the text goes and
             * keep the longest valid match (leftmost-longest by construction). */
            uint32_t s = 0;
            size_t best_end = 0;
            const pat *best = NULL;
            for (size_t j = i; j < len;) {
                s = step(ac, s, ac->cmap[t[j]]);
                if (s == NONE)
                    break;
                j++;
                for (uint32_t pi = ac->out[s]; pi != NONE; pi = ac->pats[pi].next) {
                    const pat *p = &ac->pats[pi];
                    if (!p->fold && memcmp(text + i, p->s, p->len) != 0)
                        continue;
                    if (p->cap_first && !(t[i] >= 'A' && t[i] <= 'Z'))
                        continue;
                    if (p->word_end && j < len && word_first(text + j, len - j))
                        continue;
                    best_end = j, best = p;
                    break; /* the first valid pattern of a state has the lowest value */
                }
            }
            if (best) {
                if (nh == cap) {
                    size_t ncap = cap ? cap * 2 : 64;
                    og__lex_hit *nhits = og_realloc(hits, ncap * sizeof *nhits);
                    if (!nhits) {
                        og_free(hits);
                        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory scanning");
                    }
                    hits = nhits, cap = ncap;
                }
                hits[nh].start = i, hits[nh].end = best_end, hits[nh].entry = best->value;
                nh++;
                i = best_end;
                prev_word = best->word_end;
                continue;
            }
        }
        if (c < 0x80) {
            prev_word = ac->ascii_word[c];
            i++;
            /* Inside an ASCII word nothing can start: skip to its end. */
            if (prev_word)
                while (i < len && t[i] < 0x80 && ac->ascii_word[t[i]])
                    i++;
        } else {
            uint32_t cp;
            i += og__utf8_decode(t + i, len - i, &cp);
            prev_word = og__is_word_cp(cp);
        }
    }
    *out = hits;
    *n = nh;
    return 0;
}
