/*
 * segment.c - blocks and sentences.
 *
 * Blocks (plain text): each non-blank line of the repaired text is one block
 * (pdfrepair.c has already joined lines wrapped mid-sentence), classified as
 *   LIST_ITEM  "• ", "- ", "* ", "+ ", "1. ", "1) ", "a. ", "iv. ", "(1) ",
 *              "(a) " (the marker is not part of the block; level 1 for
 *              bullets and numbers, 2 for letters, 3 for roman numerals);
 *   HEADING    Markdown "#".."######" (level = count), or a short line (at
 *              most 16 words, 160 bytes) starting with a capital or digit and
 *              not ending in punctuation;
 *   FIELD      "Key: value" profile lines: known keys (Acronym, Established,
 *              Address, Website, Stakeholder group, ...) anywhere, other
 *              short capitalised keys only in the header zone (headings and
 *              fields at the top of the document);
 *   PARAGRAPH  everything else.
 * Sentences: split at . ! ? (plus closing quotes) followed by blanks and an
 * upper-case letter, digit or opening quote/bracket, except after
 * abbreviations and initials; also at line breaks inside a block; and any
 * run longer than OG__MAX_SENTENCE_BYTES is cut at a blank (or a character
 * boundary), so the work stays linear on a 50 MB line.
 * Does not: decode or repair text, or look at entities.
 */
#include <string.h>
#include "frontend.h"

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

int og__doc_add_block(og__doc *doc, size_t *cap, size_t start, size_t end, og__block_kind kind,
                      unsigned level)
{
    while (start < end && is_space(doc->text[start]))
        start++;
    while (end > start && is_space(doc->text[end - 1]))
        end--;
    if (start >= end)
        return 0;
    if (doc->n_blocks == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        og__block *p = og_realloc(doc->blocks, ncap * sizeof *p);
        if (!p)
            return OG_ENOMEM;
        doc->blocks = p, *cap = ncap;
    }
    og__block *b = &doc->blocks[doc->n_blocks++];
    b->start = start, b->end = end, b->kind = kind, b->level = level;
    return 0;
}

/* Length of a list marker at t[s, e) (including the blanks after it), 0 if
 * none; *level receives the nesting level. */
static size_t list_marker(const char *t, size_t s, size_t e, unsigned *level)
{
    size_t i = s;
    if (e - s >= 4 && memcmp(t + s, "\xE2\x80\xA2", 3) == 0 && t[s + 3] == ' ') {
        *level = 1;
        i = s + 4;
    } else if ((t[s] == '-' || t[s] == '*' || t[s] == '+') && s + 2 < e && t[s + 1] == ' ') {
        *level = 1;
        i = s + 2;
    } else if (t[s] == '(') {
        i++;
        size_t d = i;
        while (i < e && i - d < 4 && (is_digit(t[i]) || is_lower_ascii(t[i])))
            i++;
        if (i == d || i + 2 >= e || t[i] != ')' || t[i + 1] != ' ')
            return 0;
        *level = is_digit(t[d]) ? 1 : 2;
        i += 2;
    } else {
        size_t d = i;
        while (i < e && i - d < 3 && is_digit(t[i]))
            i++;
        if (i > d) {
            *level = 1;
        } else {
            while (i < e && i - d < 5 && t[i] && strchr("ivxlc", t[i]))
                i++;
            if (i > d) {
                *level = 3;
            } else if (i < e && is_lower_ascii(t[i])) {
                i++;
                *level = 2;
            }
        }
        if (i == d || i + 2 >= e || (t[i] != '.' && t[i] != ')') || t[i + 1] != ' ')
            return 0;
        i += 2;
    }
    while (i < e && t[i] == ' ')
        i++;
    return i < e ? i - s : 0;
}

static int key_is(const char *k, size_t n, const char *name)
{
    size_t m = strlen(name);
    if (m != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = k[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != name[i])
            return 0;
    }
    return 1;
}

static const char *const known_keys[] = {
    "acronym", "established", "founded", "address", "website", "web site", "web", "url", "stakeholder group",
    "headquarters", "email", "e-mail", "phone", "telephone", "fax", "location", "contact",
};

/* 1 if t[s, e) is a "Key: value" line; *known says whether the key is a
 * profile field name. */
static int field_line(const char *t, size_t s, size_t e, int *known)
{
    const char *colon = memchr(t + s, ':', e - s);
    if (!colon)
        return 0;
    size_t c = (size_t)(colon - t);
    if (c == s || c - s > 32 || c + 1 >= e || t[c + 1] != ' ')
        return 0;
    size_t v = c + 1;
    while (v < e && t[v] == ' ')
        v++;
    if (v >= e)
        return 0;
    for (size_t i = 0; i < sizeof known_keys / sizeof *known_keys; i++)
        if (key_is(t + s, c - s, known_keys[i])) {
            *known = 1;
            return 1;
        }
    /* Generic key: 1-3 words, the first capitalised, letters only. */
    if (!(t[s] >= 'A' && t[s] <= 'Z'))
        return 0;
    unsigned words = 1;
    for (size_t i = s; i < c; i++) {
        char ch = t[i];
        if (ch == ' ')
            words++;
        else if (!((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') && ch != '-')
            return 0;
    }
    *known = 0;
    return words <= 3;
}

static int heading_line(const char *t, size_t s, size_t e, int first)
{
    size_t n = e - s;
    if (n > (first ? 200u : 160u))
        return 0;
    uint32_t cp;
    og__utf8_decode((const unsigned char *)t + s, n, &cp);
    if (!og__is_upper_cp(cp) && !is_digit(t[s]) && t[s] != '(' && t[s] != '"')
        return 0;
    char last = t[e - 1];
    if (strchr(".,;:!?", last))
        return 0;
    unsigned words = 1;
    for (size_t i = s; i < e; i++) {
        if (t[i] == ' ')
            words++;
        /* A sentence break inside: this is prose. */
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 2 < e && t[i + 1] == ' ' &&
            t[i + 2] >= 'A' && t[i + 2] <= 'Z' && i > s && !(i - s >= 2 && t[i - 2] == ' ') && !first)
            return 0;
    }
    return words <= (first ? 24u : 16u);
}

int og__segment_blocks(og__doc *doc, og_error *err)
{
    const char *t = doc->text;
    size_t cap = 0, ls = 0;
    int header_zone = 1;
    while (ls < doc->len) {
        const char *nl = memchr(t + ls, '\n', doc->len - ls);
        size_t le = nl ? (size_t)(nl - t) : doc->len;
        size_t s = ls, e = le;
        while (s < e && is_space(t[s]))
            s++;
        while (e > s && is_space(t[e - 1]))
            e--;
        if (s < e) {
            unsigned level = 0;
            og__block_kind kind = OG__BLOCK_PARAGRAPH;
            size_t m, hashes = 0;
            int known = 0;
            while (s + hashes < e && t[s + hashes] == '#' && hashes < 7)
                hashes++;
            if (hashes >= 1 && hashes <= 6 && s + hashes < e && t[s + hashes] == ' ') {
                kind = OG__BLOCK_HEADING, level = (unsigned)hashes;
                s += hashes + 1;
            } else if ((m = list_marker(t, s, e, &level)) > 0) {
                kind = OG__BLOCK_LIST_ITEM;
                s += m;
            } else if (field_line(t, s, e, &known) && (known || header_zone)) {
                kind = OG__BLOCK_FIELD;
            } else if (heading_line(t, s, e, doc->n_blocks == 0)) {
                kind = OG__BLOCK_HEADING;
            }
            if (kind != OG__BLOCK_HEADING && kind != OG__BLOCK_FIELD)
                header_zone = 0;
            if (og__doc_add_block(doc, &cap, s, e, kind, level))
                return og_error_set(err, OG_ENOMEM, doc->name, 0, 0, "out of memory segmenting");
        }
        ls = le + 1;
    }
    return 0;
}

/* ---- sentences --------------------------------------------------------- */

static const char *const abbrevs[] = {
    "No", "no", "Nos", "nos", "Nr", "e.g", "i.e", "etc", "vs", "cf", "al", "approx", "ca", "Dr", "Mr", "Mrs",
    "Ms", "Mx", "Prof", "Sr", "Jr", "St", "Mt", "Inc", "Ltd", "Co", "Corp", "Bros", "Art", "Arts", "art", "para",
    "paras", "Para", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Fig", "fig", "Figs", "p", "pp", "Vol", "vol", "Rev", "Gen", "Col", "Lt", "Capt", "Sgt", "Gov", "Sen",
    "Rep", "Hon", "Dept", "Univ", "Ave", "Rd", "Ch", "Sec", "Sect", "Ed", "Eds", "ed", "eds", "Op", "op",
    "Ph.D", "a.m", "p.m", "U.S", "U.K", "U.N", "E.U",
};

/* Is the word ending just before t[dot] an abbreviation or an initial? */
static int is_abbrev(const char *t, size_t from, size_t dot)
{
    size_t s = dot;
    while (s > from && !is_space(t[s - 1]) && t[s - 1] != '(' && t[s - 1] != '"')
        s--;
    size_t n = dot - s;
    if (n == 0)
        return 0;
    if (n == 1 && t[s] >= 'A' && t[s] <= 'Z')
        return 1; /* initial: "J. Smith" */
    for (size_t i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
        if (strlen(abbrevs[i]) == n && memcmp(abbrevs[i], t + s, n) == 0)
            return 1;
    /* Dotted letters: "U.S", "J.C.R", "e.g" (segments of 1-2 letters). */
    int has_dot = 0;
    size_t seg = 0;
    for (size_t i = s; i < dot; i++) {
        char c = t[i];
        if (c == '.') {
            if (seg == 0)
                return 0;
            has_dot = 1, seg = 0;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            if (++seg > 2)
                return 0;
        } else {
            return 0;
        }
    }
    return has_dot;
}

typedef struct sent_ctx {
    og__doc *doc;
    size_t cap;
    uint32_t block;
} sent_ctx;

static int add_sentence(sent_ctx *c, size_t s, size_t e)
{
    const char *t = c->doc->text;
    while (s < e && is_space(t[s]))
        s++;
    while (e > s && is_space(t[e - 1]))
        e--;
    if (s >= e)
        return 0;
    og__doc *doc = c->doc;
    if (doc->n_sents == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 128;
        og__sentence *p = og_realloc(doc->sents, ncap * sizeof *p);
        if (!p)
            return OG_ENOMEM;
        doc->sents = p, c->cap = ncap;
    }
    og__sentence *x = &doc->sents[doc->n_sents++];
    x->start = s, x->end = e, x->block = c->block;
    return 0;
}

/* Where to cut a too-long run t[s, s + MAX): the last blank in its second
 * half, else a character boundary. */
static size_t cut_point(const char *t, size_t s)
{
    size_t lim = s + OG__MAX_SENTENCE_BYTES;
    for (size_t i = lim; i > s + OG__MAX_SENTENCE_BYTES / 2; i--)
        if (t[i - 1] == ' ')
            return i;
    while (lim > s + 1 && ((unsigned char)t[lim] & 0xC0) == 0x80)
        lim--;
    return lim;
}

static int is_opening(const char *t, size_t k, size_t e)
{
    unsigned char c = (unsigned char)t[k];
    if (c == '"' || c == '\'' || c == '(' || c == '[' || is_digit((char)c))
        return 1;
    uint32_t cp;
    og__utf8_decode((const unsigned char *)t + k, e - k, &cp);
    return cp == 0x201C || cp == 0x2018 || cp == 0x00AB || og__is_upper_cp(cp);
}

/* Closing quote or bracket at t[j]: its byte length, else 0. */
static size_t closing_len(const char *t, size_t j, size_t e)
{
    unsigned char c = (unsigned char)t[j];
    if (c == '"' || c == '\'' || c == ')' || c == ']')
        return 1;
    if (c == 0xE2 && j + 2 < e && (unsigned char)t[j + 1] == 0x80 &&
        ((unsigned char)t[j + 2] == 0x9D || (unsigned char)t[j + 2] == 0x99))
        return 3;
    if (c == 0xC2 && j + 1 < e && (unsigned char)t[j + 1] == 0xBB)
        return 2;
    return 0;
}

/* Bytes where a sentence may end. */
static const unsigned char stop_byte[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, ['\n'] = 1};

static int split_block(sent_ctx *c, size_t bs, size_t be)
{
    const char *t = c->doc->text;
    size_t s = bs;
    for (size_t i = bs; i < be; i++) {
        /* Skip ordinary bytes fast; stop at . ! ? \n or the length cap. */
        size_t lim = s + OG__MAX_SENTENCE_BYTES < be ? s + OG__MAX_SENTENCE_BYTES : be;
        while (i < lim && !stop_byte[(unsigned char)t[i]])
            i++;
        if (i >= be)
            break;
        if (i - s >= OG__MAX_SENTENCE_BYTES) {
            size_t cut = cut_point(t, s);
            if (add_sentence(c, s, cut))
                return OG_ENOMEM;
            s = cut;
            i = cut; /* the loop's i++ skips nothing important: t[cut] starts the next piece */
            if (i >= be)
                break;
        }
        char ch = t[i];
        if (ch == '\n') {
            if (add_sentence(c, s, i))
                return OG_ENOMEM;
            s = i + 1;
            continue;
        }
        if (ch != '.' && ch != '!' && ch != '?')
            continue;
        size_t j = i + 1;
        while (j < be && (t[j] == '.' || t[j] == '!' || t[j] == '?'))
            j++;
        size_t q;
        while (j < be && (q = closing_len(t, j, be)) > 0)
            j += q;
        if (j >= be || (t[j] != ' ' && t[j] != '\t'))
            continue;
        size_t k = j;
        while (k < be && (t[k] == ' ' || t[k] == '\t'))
            k++;
        if (k >= be || !is_opening(t, k, be))
            continue;
        if (ch == '.' && j == i + 1 && is_abbrev(t, s, i))
            continue;
        if (add_sentence(c, s, j))
            return OG_ENOMEM;
        s = k;
        i = k - 1;
    }
    return add_sentence(c, s, be);
}

int og__segment_sentences(og__doc *doc, og_error *err)
{
    sent_ctx c = {doc, 0, 0};
    for (size_t b = 0; b < doc->n_blocks; b++) {
        c.block = (uint32_t)b;
        if (split_block(&c, doc->blocks[b].start, doc->blocks[b].end))
            return og_error_set(err, OG_ENOMEM, doc->name, 0, 0, "out of memory splitting sentences");
    }
    return 0;
}
