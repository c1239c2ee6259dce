/*
 * pdfrepair.c - repairs clean text (valid UTF-8, '\n' lines) before
 * segmentation, mostly undoing PDF-to-text artefacts:
 *   - leading blanks and trailing blanks of each line dropped, inner blank
 *     runs collapsed to one space;
 *   - a bullet glyph at the start of a line (private-use U+E000-U+F8FF as
 *     left by PDF converters, or a Unicode bullet such as U+25AA) becomes
 *     the canonical "• " marker, so the line segments as a list item;
 *     private-use glyphs elsewhere are dropped;
 *   - in PDF-like documents (private-use glyphs, or many lines ending in a
 *     blank): words broken by a stray space are rejoined ("Develop ment",
 *     "a nd", "polic ies") when the joined form is a word seen elsewhere in
 *     the document or in the shipped word list and the two pieces are not
 *     both common words ("in the" stays); "long -term" -> "long-term";
 *     blanks before , . ; : ) dropped;
 *   - a line wrapped mid-sentence (not ending in . : ; ! ? and followed by a
 *     line starting in lower case, or ending in a comma or a connective such
 *     as "of"/"and", or, in hard-wrapped text, filling the wrap width) is
 *     joined with the next one, unless that one is a list item or a field.
 * Every edit that breaks the verbatim copy adds an anchor, so offsets still
 * map to source positions. Linear: one pass to collect the document's words
 * (PDF-like documents only), one pass to write.
 * Does not: decode bytes (utf8.c) or decide block kinds (segment.c).
 */
#include <stdlib.h>
#include <string.h>
#include "frontend.h"

/* ---- word lists -------------------------------------------------------- */

/* The shipped word list (generated from extract/wordlist; sorted, lower-case). */
extern const char *const og__wordlist_words[];
extern const size_t og__wordlist_count;

/* Very frequent short words: two of these side by side are never joined. */
static const char *const common_words[] = {
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
    "can", "day", "do", "for", "from", "go", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i",
    "if", "in", "into", "is", "it", "its", "may", "me", "more", "most", "my", "no", "not", "now", "of", "off",
    "on", "one", "or", "our", "out", "over", "she", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "time", "to", "two", "up", "upon", "us", "was",
    "way", "we", "well", "were", "what", "when", "where", "which", "who", "will", "with", "work", "would",
    "year", "you", "your",
};

static int cmp_word(const char *w, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)w[i], b = (unsigned char)s[i];
        if (a >= 'A' && a <= 'Z')
            a = (unsigned char)(a + 32);
        if (b == 0)
            return 1;
        if (a != b)
            return a < b ? -1 : 1;
    }
    return s[n] ? -1 : 0;
}

static int in_sorted(const char *const *list, size_t count, const char *w, size_t n)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_word(w, n, list[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int og__wordlist_has(const char *w, size_t n)
{
    return in_sorted(og__wordlist_words, og__wordlist_count, w, n) ||
           in_sorted(common_words, sizeof common_words / sizeof *common_words, w, n);
}

static int is_common(const char *w, size_t n)
{
    return in_sorted(common_words, sizeof common_words / sizeof *common_words, w, n);
}

/* ---- the document's own words: a set of 64-bit hashes ------------------ */

typedef struct wordset {
    uint64_t *slots; /* 0 = empty */
    size_t cap, count;
} wordset;

static uint64_t hash_word(const char *w, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        h = (h ^ c) * 1099511628211ull;
    }
    return h ? h : 1;
}

static int ws_add_hash(wordset *ws, uint64_t h)
{
    if ((ws->count + 1) * 2 > ws->cap) {
        size_t ncap = ws->cap ? ws->cap * 2 : 1024;
        uint64_t *ns = og_malloc(ncap * sizeof *ns);
        if (!ns)
            return OG_ENOMEM;
        memset(ns, 0, ncap * sizeof *ns);
        for (size_t i = 0; i < ws->cap; i++) {
            uint64_t v = ws->slots[i];
            if (!v)
                continue;
            size_t j = (size_t)(v ^ (v >> 29)) & (ncap - 1);
            while (ns[j])
                j = (j + 1) & (ncap - 1);
            ns[j] = v;
        }
        og_free(ws->slots);
        ws->slots = ns, ws->cap = ncap;
    }
    size_t j = (size_t)(h ^ (h >> 29)) & (ws->cap - 1);
    while (ws->slots[j]) {
        if (ws->slots[j] == h)
            return 0;
        j = (j + 1) & (ws->cap - 1);
    }
    ws->slots[j] = h;
    ws->count++;
    return 0;
}

static int ws_has(const wordset *ws, const char *w, size_t n)
{
    if (!ws->cap)
        return 0;
    uint64_t h = hash_word(w, n);
    size_t j = (size_t)(h ^ (h >> 29)) & (ws->cap - 1);
    while (ws->slots[j]) {
        if (ws->slots[j] == h)
            return 1;
        j = (j + 1) & (ws->cap - 1);
    }
    return 0;
}

static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* 1 if t[0, n) holds a private-use glyph (U+E000-U+F8FF: EE xx xx, EF 80-A3 xx). */
static int has_private_use(const char *t, size_t n)
{
    const char *p = t, *end = t + n;
    if (memchr(t, 0xEE, n))
        return 1;
    while (p < end && (p = memchr(p, 0xEF, (size_t)(end - p))) != NULL) {
        if (p + 1 < end && (unsigned char)p[1] <= 0xA3)
            return 1;
        p++;
    }
    return 0;
}

/* A line as PDF converters leave it: ends in a blank, or holds a glyph. */
static int line_is_pdf(const char *t, size_t ls, size_t le)
{
    if (le == ls)
        return 0;
    unsigned char last = (unsigned char)t[le - 1];
    return last == ' ' || last == '\t' || (last == 0xA0 && le - ls >= 2) || has_private_use(t + ls, le - ls);
}

/* Collects every ASCII-letter word of 3..40 letters of t[s, e). */
static int collect_range(wordset *ws, const char *t, size_t i, size_t len)
{
    uint64_t last = 0;
    while (i < len) {
        while (i < len && !is_alpha((unsigned char)t[i]))
            i++;
        size_t s = i;
        while (i < len && is_alpha((unsigned char)t[i]))
            i++;
        size_t n = i - s;
        /* A word glued to a non-ASCII letter is only part of a word. */
        if (n >= 3 && n <= 40 && !(i < len && (unsigned char)t[i] >= 0x80) &&
            !(s > 0 && (unsigned char)t[s - 1] >= 0x80)) {
            uint64_t h = hash_word(t + s, n);
            if (h != last && ws_add_hash(ws, h))
                return OG_ENOMEM;
            last = h;
        }
    }
    return 0;
}

/* The words of the PDF-like lines (the only lines where words are rejoined;
 * the rest of a long document costs nothing here). */
static int collect_words(wordset *ws, const char *t, size_t len)
{
    for (size_t ls = 0; ls < len;) {
        const char *nl = memchr(t + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - t) : len;
        if (line_is_pdf(t, ls, le) && collect_range(ws, t, ls, le))
            return OG_ENOMEM;
        ls = le + 1;
    }
    return 0;
}

/* ---- glyphs ------------------------------------------------------------ */

static int is_private_use(uint32_t cp) { return cp >= 0xE000 && cp <= 0xF8FF; }

static int is_bullet_glyph(uint32_t cp)
{
    switch (cp) {
    case 0x2022: case 0x2023: case 0x2043: case 0x2219: case 0x00B7: case 0x25AA: case 0x25AB:
    case 0x25A0: case 0x25A1: case 0x25CF: case 0x25CB: case 0x25E6: case 0x25BA: case 0x25B8:
    case 0x25B6: case 0x27A2: case 0x27A4: case 0x2794: case 0x2713: case 0x2714: case 0x2717:
    case 0x2756: case 0x25C6: case 0x25C7: case 0x2B9A: case 0x29BF:
        return 1;
    default:
        return is_private_use(cp);
    }
}

/* Blank: space, tab, no-break space. Returns its byte length or 0. */
static size_t blank_len(const char *t, size_t i, size_t end)
{
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t')
        return 1;
    if (c == 0xC2 && i + 1 < end && (unsigned char)t[i + 1] == 0xA0)
        return 2;
    return 0;
}

/* 1 if t[s, e) needs no blank or glyph repair: no tab, no two spaces in a
 * row, no 0xC2 (no-break space), 0xEE/0xEF (private use) lead byte. */
static int plain_run(const char *t, size_t s, size_t e)
{
    int prev_space = 0;
    for (size_t i = s; i < e; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == ' ') {
            if (prev_space)
                return 0;
            prev_space = 1;
            continue;
        }
        prev_space = 0;
        if (c == '\t' || c == 0xC2 || c == 0xEE || c == 0xEF)
            return 0;
    }
    return 1;
}

/* ---- the writer -------------------------------------------------------- */

typedef struct repair {
    og__textbuf *tb;
    const char *t;
    size_t len;
    int pdf_like;
    wordset ws;
    int in_sync; /* output since the last anchor is a verbatim copy */
    size_t wrap_width; /* hard-wrap width of the document, 0 if not wrapped */
} repair;

/* "Key: value" with a short key (the next line is a field, not a
 * continuation). */
static int field_like(const char *t, size_t s, size_t e)
{
    const char *colon = memchr(t + s, ':', e - s < 33 ? e - s : 33);
    return colon && colon > t + s && (size_t)(colon - t) + 1 < e && colon[1] == ' ';
}

/* The width text was hard-wrapped at: the 90th percentile of line lengths,
 * when most lines are that long and it is a typical wrap width (40-200);
 * else 0. Line-per-paragraph documents have long, ragged lines: 0. */
static size_t wrap_width(const char *t, size_t len)
{
    size_t hist[202] = {0}, n = 0;
    for (size_t ls = 0; ls < len;) {
        const char *nl = memchr(t + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - t) : len;
        while (le > ls && (t[le - 1] == ' ' || t[le - 1] == '\t'))
            le--;
        if (le > ls) {
            size_t l = le - ls;
            hist[l > 201 ? 201 : l]++;
            n++;
        }
        ls = (nl ? (size_t)(nl - t) : len) + 1;
    }
    if (n < 5)
        return 0;
    size_t acc = 0, w = 0;
    for (size_t l = 201; l > 0; l--) {
        acc += hist[l];
        if (acc * 10 >= n) {
            w = l;
            break;
        }
    }
    if (w < 40 || w > 200)
        return 0;
    /* Most non-blank lines within 70% of the width: wrapped prose. */
    size_t near = 0;
    for (size_t l = w * 7 / 10; l <= 201; l++)
        near += hist[l];
    return near * 2 >= n ? w : 0;
}

static void emit_src(repair *r, const char *s, size_t n, unsigned line, unsigned col)
{
    if (!r->in_sync) {
        og__tb_anchor(r->tb, line, col);
        r->in_sync = 1;
    }
    og__tb_put(r->tb, s, n);
}

/* The word set holds the document's words plus the shipped word lists, so
 * one hash lookup answers "is this a word". */
static int known_word(const repair *r, const char *w, size_t n)
{
    if (n < 3) /* "o f" -> "of": only the commonest short words */
        return is_common(w, n);
    if (ws_has(&r->ws, w, n))
        return 1;
    /* Plurals: "source s" -> "sources". */
    return n > 3 && (w[n - 1] == 's' || w[n - 1] == 'S') && ws_has(&r->ws, w, n - 1);
}

/* Should "A B" (A = out[a0, a1), B = t[b0, b1)) be joined into one word? */
static int should_join(const repair *r, const char *a, size_t an, const char *b, size_t bn)
{
    /* Letters of A: its trailing letter run, after leading punctuation only. */
    size_t as = an;
    while (as > 0 && is_alpha((unsigned char)a[as - 1]))
        as--;
    for (size_t i = 0; i < as; i++)
        if (a[i] != '(' && a[i] != '"' && a[i] != '\'')
            return 0;
    size_t al = an - as;
    size_t bl = 0;
    while (bl < bn && is_lower((unsigned char)b[bl]))
        bl++;
    for (size_t i = bl; i < bn; i++)
        if (!strchr(",.;:)!?\"'", b[i]))
            return 0;
    if (al == 0 || bl == 0 || al + bl > 40)
        return 0;
    char joined[48];
    memcpy(joined, a + as, al);
    memcpy(joined + al, b, bl);
    if (!known_word(r, joined, al + bl))
        return 0;
    if (is_common(a + as, al) && is_common(b, bl))
        return 0;
    /* "Develop ment": a real word and a fragment. Two long real words
     * ("data base") join only when the document itself writes them as one. */
    if (al >= 4 && bl >= 4 && og__wordlist_has(a + as, al) && og__wordlist_has(b, bl) &&
        !ws_has(&r->ws, joined, al + bl))
        return 0;
    return 1;
}

/* Connectives that cannot end a sentence: a line ending in one continues. */
static int ends_with_connective(const char *s, size_t n)
{
    static const char *const conn[] = {"and", "or", "of", "the", "to", "for", "in", "on", "with", "by",
                                       "a", "an", "as", "at", "from", "that", "which", "its", "their",
                                       "such", "into", "between", "among", "through", "&"};
    size_t e = n;
    size_t st = e;
    while (st > 0 && s[st - 1] != ' ')
        st--;
    for (size_t i = 0; i < sizeof conn / sizeof *conn; i++)
        if (strlen(conn[i]) == e - st && strncmp(conn[i], s + st, e - st) == 0)
            return 1;
    return 0;
}

/* 1 if line content t[s, e) starts with a list marker or bullet glyph. */
static int starts_list_marker(const char *t, size_t s, size_t e)
{
    uint32_t cp;
    og__utf8_decode((const unsigned char *)t + s, e - s, &cp);
    if (is_bullet_glyph(cp))
        return 1;
    if ((t[s] == '-' || t[s] == '*' || t[s] == '+') && s + 1 < e && t[s + 1] == ' ')
        return 1;
    size_t i = s;
    if (t[i] == '(') {
        i++;
        size_t d = i;
        while (i < e && i - d < 4 && ((t[i] >= '0' && t[i] <= '9') || is_lower((unsigned char)t[i])))
            i++;
        return i > d && i < e && t[i] == ')';
    }
    size_t d = i;
    while (i < e && i - d < 3 && t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == d)
        while (i < e && i - d < 5 && strchr("ivxlc", t[i]) && t[i])
            i++;
    if (i == d && is_lower((unsigned char)t[i]))
        i++;
    return i > d && i + 1 < e && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

/* Content bounds of line [ls, le): blanks trimmed on both ends. */
static void content_bounds(const char *t, size_t ls, size_t le, size_t *cs, size_t *ce, unsigned *skipped)
{
    size_t i = ls, k;
    unsigned n = 0;
    while (i < le && (k = blank_len(t, i, le)) > 0)
        i += k, n++;
    size_t e = le;
    while (e > i) {
        if (t[e - 1] == ' ' || t[e - 1] == '\t')
            e--;
        else if (e - i >= 2 && (unsigned char)t[e - 2] == 0xC2 && (unsigned char)t[e - 1] == 0xA0)
            e -= 2;
        else
            break;
    }
    *cs = i, *ce = e, *skipped = n;
}

static int looks_pdf_like(const char *t, size_t len)
{
    size_t lines = 0, trailing = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t le = nl ? (size_t)(nl - t) : len;
        if (le > i) {
            lines++;
            if (t[le - 1] == ' ')
                trailing++;
        }
        i = le + 1;
    }
    if (has_private_use(t, len))
        return 1;
    return lines >= 4 && trailing * 5 >= lines;
}

int og__text_repair_in_place_ok(const char *t, size_t len)
{
    for (size_t ls = 0; ls < len;) {
        const char *nl = memchr(t + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - t) : len;
        size_t cs, ce;
        unsigned skipped;
        content_bounds(t, ls, le, &cs, &ce, &skipped);
        if (cs < ce && (unsigned char)t[cs] >= 0x80) {
            uint32_t cp;
            size_t k = og__utf8_decode((const unsigned char *)t + cs, ce - cs, &cp);
            if (is_bullet_glyph(cp)) {
                /* "• " is 4 bytes: the glyph and the blanks around it must
                 * have taken at least as many. */
                size_t used = (cs - ls) + k, i = cs + k, b;
                while (i < ce && (b = blank_len(t, i, ce)) > 0)
                    i += b, used += b;
                if (used < 4)
                    return 0;
            }
        }
        ls = le + 1;
    }
    return 1;
}

int og__text_repair(og__textbuf *tb, const char *t, size_t len, og_error *err)
{
    repair r;
    memset(&r, 0, sizeof r);
    r.tb = tb, r.t = t, r.len = len;
    r.pdf_like = looks_pdf_like(t, len);
    r.wrap_width = wrap_width(t, len);
    if (r.pdf_like) {
        int rc = collect_words(&r.ws, t, len);
        for (size_t i = 0; rc == 0 && i < og__wordlist_count; i++)
            rc = ws_add_hash(&r.ws, hash_word(og__wordlist_words[i], strlen(og__wordlist_words[i])));
        for (size_t i = 0; rc == 0 && i < sizeof common_words / sizeof *common_words; i++)
            rc = ws_add_hash(&r.ws, hash_word(common_words[i], strlen(common_words[i])));
        if (rc) {
            og_free(r.ws.slots);
            return OG_ENOMEM;
        }
    }
    /* Out of place, the output is at most the input plus a byte or two per
     * bullet: reserve once. In place (tb->text == t), it never outgrows the
     * input (og__text_repair_in_place_ok). */
    if (tb->text != t && og__tb_put(tb, "", 0) == 0 && tb->cap < len + len / 8 + 64) {
        char *p = og_realloc(tb->text, len + len / 8 + 64);
        if (p)
            tb->text = p, tb->cap = len + len / 8 + 64;
    }
    og__tb_anchor(tb, 1, 1);
    r.in_sync = 1;
    unsigned line = 1;
    int joining = 0; /* the previous line continues into this one */
    size_t ls = 0;
    while (ls <= len) {
        const char *nl = ls < len ? memchr(t + ls, '\n', len - ls) : NULL;
        size_t le = nl ? (size_t)(nl - t) : len;
        size_t cs, ce;
        unsigned skipped;
        content_bounds(t, ls, le, &cs, &ce, &skipped);
        unsigned col = 1 + skipped;
        if (cs > ls)
            r.in_sync = 0;
        size_t line_out = tb->len;
        int line_pdf = r.pdf_like && line_is_pdf(t, ls, le);
        size_t i = cs;
        /* A bullet glyph at the start: canonical marker. */
        if (i < ce) {
            uint32_t cp;
            size_t k = og__utf8_decode((const unsigned char *)t + i, ce - i, &cp);
            if (is_bullet_glyph(cp)) {
                /* Consume glyph and blanks before writing (in-place safety). */
                i += k, col++;
                size_t b;
                while (i < ce && (b = blank_len(t, i, ce)) > 0)
                    i += b, col++;
                og__tb_put(tb, "\xE2\x80\xA2 ", 4);
                r.in_sync = 0;
            }
        }
        /* Fast path: an ordinary line (single spaces, no tab, no-break
         * space or private-use glyph, no repair) is copied in one go. */
        if (!line_pdf && i < ce && plain_run(t, i, ce)) {
            emit_src(&r, t + i, ce - i, line, col);
            i = ce;
        }
        size_t word_start = tb->len; /* output offset of the current word */
        while (i < ce) {
            size_t b = blank_len(t, i, ce);
            if (b) {
                /* A blank run between two words. */
                size_t j = i;
                unsigned run = 0;
                while (j < ce && (b = blank_len(t, j, ce)) > 0)
                    j += b, run++;
                size_t we = j;
                while (we < ce && !blank_len(t, we, ce))
                    we++;
                const char *prev = tb->text + word_start;
                size_t prev_n = tb->len - word_start;
                int drop = 0;
                if (line_pdf && tb->len > word_start) {
                    unsigned char nc = (unsigned char)t[j];
                    unsigned char pc = (unsigned char)tb->text[tb->len - 1];
                    int p_alnum = is_alpha(pc) || (pc >= '0' && pc <= '9') || pc == '.' || pc == ')';
                    if (run == 1 && is_lower(nc) && should_join(&r, prev, prev_n, t + j, we - j))
                        drop = 1;
                    else if (p_alnum && strchr(",.;:)", nc) && nc &&
                             (j + 1 >= ce || blank_len(t, j + 1, ce) || t[j + 1] == ')'))
                        drop = 1;
                    else if (run == 1 && is_alpha(pc) && nc == '-' && j + 1 < ce && is_lower((unsigned char)t[j + 1]))
                        drop = 1;
                }
                if (drop) {
                    r.in_sync = 0;
                } else {
                    /* One blank (space, tab, NBSP) -> one space keeps columns. */
                    if (run > 1)
                        r.in_sync = 0;
                    if (tb->len > line_out && tb->text[tb->len - 1] != ' ')
                        og__tb_putc(tb, ' ');
                    else
                        r.in_sync = 0; /* a dropped glyph left two blanks side by side */
                    word_start = tb->len;
                }
                col += run;
                i = j;
                continue;
            }
            /* Fast path: a run of printable ASCII. */
            size_t j = i;
            while (j < ce && (unsigned char)t[j] > ' ' && (unsigned char)t[j] < 0x7F)
                j++;
            if (j > i) {
                emit_src(&r, t + i, j - i, line, col);
                col += (unsigned)(j - i);
                i = j;
                continue;
            }
            uint32_t cp;
            size_t k = og__utf8_decode((const unsigned char *)t + i, ce - i, &cp);
            if (is_private_use(cp)) {
                r.in_sync = 0;
            } else {
                emit_src(&r, t + i, k, line, col);
            }
            i += k, col++;
        }
        if (tb->oom)
            break;
        if (le >= len)
            break;
        /* Decide whether the next line continues this one. */
        joining = 0;
        size_t nls = le + 1;
        const char *nnl = memchr(t + nls, '\n', len - nls);
        size_t nle = nnl ? (size_t)(nnl - t) : len;
        size_t ncs, nce;
        unsigned nskip;
        content_bounds(t, nls, nle, &ncs, &nce, &nskip);
        size_t out_n = tb->len - line_out;
        if (out_n > 0 && nce > ncs && !starts_list_marker(t, ncs, nce)) {
            const char *o = tb->text + line_out;
            unsigned char last = (unsigned char)o[out_n - 1];
            unsigned char first = (unsigned char)t[ncs];
            if (!strchr(".:;!?", last)) {
                if (is_lower(first))
                    joining = 1;
                else if (out_n >= 30 && (last == ',' || ends_with_connective(o, out_n)) &&
                         (is_alpha(first) || (first >= '0' && first <= '9') || first == '('))
                    joining = 1;
                /* Hard-wrapped text: a line filling the usual width was cut
                 * by the wrapping, whatever the next line starts with. */
                else if (r.wrap_width && le - ls >= r.wrap_width * 7 / 10 &&
                         (is_alpha(first) || (first >= '0' && first <= '9') || first == '(' || first == '"') &&
                         !field_like(t, ncs, nce))
                    joining = 1;
            }
        }
        if (joining) {
            const char *o = tb->text + line_out;
            size_t on = tb->len - line_out;
            /* "multi-" + "stakeholder": keep the hyphen, no space. */
            if (!(on >= 2 && o[on - 1] == '-' && is_alpha((unsigned char)o[on - 2])))
                og__tb_putc(tb, ' ');
            r.in_sync = 0;
        } else {
            og__tb_putc(tb, '\n');
        }
        line++;
        ls = le + 1;
    }
    og_free(r.ws.slots);
    if (tb->oom)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory repairing text");
    return 0;
}
