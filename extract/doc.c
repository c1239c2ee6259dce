/*
 * doc.c - og__doc: loading a document (format dispatch, binary and empty
 * checks), freeing it, and mapping text offsets back to source line:column.
 * Also the text builder (og__textbuf) that the decoders write into.
 *
 * Does not: decode (utf8.c, text.c, html.c), repair (pdfrepair.c) or
 * segment (segment.c).
 */
#include <string.h>
#include "frontend.h"

/* Anchors are added so that a lookup never scans more than this many bytes. */
#define OG__ANCHOR_SPACING 2048

/* ---- text builder ------------------------------------------------------ */

static int tb_reserve(og__textbuf *tb, size_t extra)
{
    if (tb->oom)
        return OG_ENOMEM;
    if (tb->len + extra + 1 <= tb->cap)
        return 0;
    size_t ncap = tb->cap ? tb->cap + tb->cap / 2 : 256;
    if (ncap < tb->len + extra + 1)
        ncap = tb->len + extra + 1;
    char *p = og_realloc(tb->text, ncap);
    if (!p) {
        tb->oom = 1;
        return OG_ENOMEM;
    }
    tb->text = p, tb->cap = ncap;
    return 0;
}

int og__tb_put(og__textbuf *tb, const char *s, size_t n)
{
    if (tb_reserve(tb, n))
        return OG_ENOMEM;
    /* memmove: pdfrepair.c may write a text over itself (in place). */
    memmove(tb->text + tb->len, s, n);
    tb->len += n;
    return 0;
}

int og__tb_putc(og__textbuf *tb, char c)
{
    if (tb->len + 2 > tb->cap && tb_reserve(tb, 1))
        return OG_ENOMEM;
    tb->text[tb->len++] = c;
    return 0;
}

int og__tb_anchor(og__textbuf *tb, unsigned line, unsigned col)
{
    if (tb->oom)
        return OG_ENOMEM;
    if (tb->n_anchors && tb->anchors[tb->n_anchors - 1].text_off == tb->len) {
        tb->anchors[tb->n_anchors - 1].line = line;
        tb->anchors[tb->n_anchors - 1].col = col;
        return 0;
    }
    if (tb->n_anchors == tb->cap_anchors) {
        size_t ncap = tb->cap_anchors ? tb->cap_anchors * 2 : 64;
        og__anchor *p = og_realloc(tb->anchors, ncap * sizeof *p);
        if (!p) {
            tb->oom = 1;
            return OG_ENOMEM;
        }
        tb->anchors = p, tb->cap_anchors = ncap;
    }
    og__anchor *a = &tb->anchors[tb->n_anchors++];
    a->text_off = tb->len, a->line = line, a->col = col;
    return 0;
}

int og__tb_finish(og__textbuf *tb, og__doc *doc)
{
    if (tb_reserve(tb, 0))
        return OG_ENOMEM;
    if (tb->n_anchors == 0 || tb->anchors[0].text_off != 0) {
        /* Anchor 0 must exist: the text starts at line 1, column 1. */
        size_t len = tb->len;
        tb->len = 0;
        if (tb->n_anchors == 0) {
            if (og__tb_anchor(tb, 1, 1)) {
                tb->len = len;
                return OG_ENOMEM;
            }
        } else {
            if (og__tb_anchor(tb, 1, 1) == 0 && tb->n_anchors > 1) {
                og__anchor first = tb->anchors[tb->n_anchors - 1];
                memmove(tb->anchors + 1, tb->anchors, (tb->n_anchors - 1) * sizeof *tb->anchors);
                tb->anchors[0] = first;
            }
            if (tb->oom) {
                tb->len = len;
                return OG_ENOMEM;
            }
        }
        tb->len = len;
    }
    tb->text[tb->len] = '\0';
    doc->text = tb->text, doc->len = tb->len;
    doc->anchors = tb->anchors, doc->n_anchors = tb->n_anchors;
    memset(tb, 0, sizeof *tb);
    return 0;
}

void og__tb_free(og__textbuf *tb)
{
    og_free(tb->text);
    og_free(tb->anchors);
    memset(tb, 0, sizeof *tb);
}

/* ---- positions --------------------------------------------------------- */

/* Walks text[from, to) from position line:col. */
static void advance(const char *text, size_t from, size_t to, unsigned *line, unsigned *col)
{
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\n')
            ++*line, *col = 1;
        else if ((c & 0xC0) != 0x80)
            ++*col;
    }
}

static size_t find_anchor(const og__doc *doc, size_t off)
{
    size_t lo = 0, hi = doc->n_anchors;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->anchors[mid].text_off <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

void og__doc_position(const og__doc *doc, size_t off, unsigned *line, unsigned *col)
{
    unsigned l = 1, c = 1;
    if (doc && doc->n_anchors) {
        if (off > doc->len)
            off = doc->len;
        const og__anchor *a = &doc->anchors[find_anchor(doc, off)];
        l = a->line, c = a->col;
        advance(doc->text, a->text_off, off, &l, &c);
    }
    if (line)
        *line = l;
    if (col)
        *col = c;
}

int og__doc_densify_anchors(og__doc *doc)
{
    /* Count first, then fill a new array in one pass (linear). */
    size_t extra = 0;
    for (size_t k = 0; k < doc->n_anchors; k++) {
        size_t end = k + 1 < doc->n_anchors ? doc->anchors[k + 1].text_off : doc->len;
        size_t span = end - doc->anchors[k].text_off;
        extra += span / OG__ANCHOR_SPACING + 1;
    }
    og__anchor *na = og_malloc((doc->n_anchors + extra) * sizeof *na);
    if (!na)
        return OG_ENOMEM;
    size_t n = 0;
    for (size_t k = 0; k < doc->n_anchors; k++) {
        og__anchor a = doc->anchors[k];
        size_t end = k + 1 < doc->n_anchors ? doc->anchors[k + 1].text_off : doc->len;
        na[n++] = a;
        size_t pos = a.text_off;
        unsigned line = a.line, col = a.col;
        while (end - pos > OG__ANCHOR_SPACING) {
            size_t next = pos + OG__ANCHOR_SPACING;
            while (next < end && ((unsigned char)doc->text[next] & 0xC0) == 0x80)
                next++; /* never inside a character */
            if (next >= end)
                break;
            advance(doc->text, pos, next, &line, &col);
            na[n].text_off = next, na[n].line = line, na[n].col = col;
            n++;
            pos = next;
        }
    }
    og_free(doc->anchors);
    doc->anchors = na;
    doc->n_anchors = n;
    return 0;
}

/* ---- load / free ------------------------------------------------------- */

static int has_ext(const char *name, const char *ext)
{
    if (!name)
        return 0;
    size_t n = strlen(name), e = strlen(ext);
    if (n < e)
        return 0;
    for (size_t i = 0; i < e; i++) {
        char c = name[n - e + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != ext[i])
            return 0;
    }
    return 1;
}

static int only_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            continue;
        if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB && (unsigned char)s[i + 2] == 0xBF) {
            i += 2; /* BOM */
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            i += 1; /* no-break space */
            continue;
        }
        return 0;
    }
    return 1;
}

int og__doc_load(og__doc *doc, const char *name, const char *data, size_t len, og_doc_format fmt,
                 og_warn_fn warn, void *payload, og_error *err)
{
    if (!doc)
        return og_error_set(err, OG_EINVAL, name, 0, 0, "og__doc_load: doc != NULL failed");
    memset(doc, 0, sizeof *doc);
    doc->name = name;
    if (!data && len)
        return og_error_set(err, OG_EINVAL, name, 0, 0, "og__doc_load: data != NULL failed");
    if (len == 0 || only_blank(data, len))
        return og_error_set(err, OG_EINPUT, name, 0, 0, "empty document");
    if (og__looks_binary(data, len))
        return og_error_set(err, OG_EINPUT, name, 0, 0, "binary file");
    if (fmt == OG_FORMAT_AUTO) {
        if (has_ext(name, ".html") || has_ext(name, ".htm") || has_ext(name, ".xhtml"))
            fmt = OG_FORMAT_HTML;
        else if (has_ext(name, ".txt") || has_ext(name, ".md") || has_ext(name, ".text"))
            fmt = OG_FORMAT_TEXT;
        else
            fmt = og__looks_html(data, len) ? OG_FORMAT_HTML : OG_FORMAT_TEXT;
    }
    int rc = fmt == OG_FORMAT_HTML ? og__html_load(doc, data, len, warn, payload, err)
                                   : og__text_load(doc, data, len, warn, payload, err);
    if (rc == 0 && doc->n_blocks == 0)
        rc = og_error_set(err, OG_EINPUT, name, 0, 0, "empty document");
    if (rc == 0 && og__doc_densify_anchors(doc))
        rc = og_error_set(err, OG_ENOMEM, name, 0, 0, "out of memory");
    if (rc) {
        og__doc_free(doc);
        doc->name = name;
    }
    return rc;
}

void og__doc_free(og__doc *doc)
{
    if (!doc)
        return;
    og_free(doc->text);
    og_free(doc->blocks);
    og_free(doc->sents);
    og_free(doc->anchors);
    memset(doc, 0, sizeof *doc);
}
