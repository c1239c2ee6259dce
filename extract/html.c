/*
 * html.c - HTML input: the visible text of <body>, as blocks.
 *
 * Parses with libxml2's HTML parser (no network, errors silenced, recovering
 * from broken markup; nesting beyond libxml2's 256 levels ends the page with
 * a warning, or OG_EINPUT when no text came before), then walks the tree iteratively (no recursion, so
 * nesting depth costs no stack) and writes the visible text:
 *   h1-h6 -> HEADING (level 1-6), li -> LIST_ITEM (level = list nesting),
 *   tr -> TABLE_ROW (cells joined with " | "), p/div/... -> PARAGRAPH,
 *   br -> line break inside the block;
 * script, style, nav, header, footer, noscript, template, form, aside (and
 * other non-content elements), comments and attribute values are dropped;
 * entities arrive decoded; white space is collapsed outside <pre>. Every text
 * node starts with an anchor at its source line (libxml2's node->line) and a
 * best-effort column; collapsed line breaks add anchors so later lines stay
 * right.
 * Does not: run scripts, fetch anything, or look at CSS visibility.
 */
#include <limits.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include "frontend.h"

/* libxml2's own nesting cap without HTML_PARSE_HUGE. */
#define OG__HTML_MAX_DEPTH 256

int og__looks_html(const char *data, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
        i++;
    if (i >= len || data[i] != '<')
        return 0;
    static const char *const marks[] = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                                        "<div", "<p>", "<p ", "<h1", "<table", "<ul"};
    size_t n = len - i < 2048 ? len - i : 2048;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]);
        for (size_t p = i; p + m <= i + n; p++) {
            size_t q = 0;
            while (q < m) {
                char c = data[p + q];
                if (c >= 'A' && c <= 'Z')
                    c = (char)(c + 32);
                if (c != marks[k][q])
                    break;
                q++;
            }
            if (q == m)
                return 1;
        }
    }
    return 0;
}

typedef enum { EL_INLINE = 0, EL_DROP, EL_BLOCK, EL_HEADING, EL_LI, EL_LIST, EL_TR, EL_CELL, EL_BR, EL_PRE } el_class;

static el_class classify(const char *name, unsigned *hlevel)
{
    static const char *const drop[] = {"script", "style", "nav", "header", "footer", "noscript", "template",
                                       "form", "aside", "svg", "iframe", "select", "button", "object",
                                       "canvas", "head", "title", "math", "video", "audio", "map",
                                       "textarea", "option", "dialog", "frameset", "embed"};
    static const char *const block[] = {"p", "div", "section", "article", "main", "blockquote", "dd", "dt",
                                        "dl", "table", "tbody", "thead", "tfoot", "caption", "figure",
                                        "figcaption", "address", "center", "hr", "fieldset", "details",
                                        "summary", "body", "html", "legend", "hgroup", "menu"};
    if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == 0) {
        *hlevel = (unsigned)(name[1] - '0');
        return EL_HEADING;
    }
    if (!strcmp(name, "li"))
        return EL_LI;
    if (!strcmp(name, "ul") || !strcmp(name, "ol"))
        return EL_LIST;
    if (!strcmp(name, "tr"))
        return EL_TR;
    if (!strcmp(name, "td") || !strcmp(name, "th"))
        return EL_CELL;
    if (!strcmp(name, "br"))
        return EL_BR;
    if (!strcmp(name, "pre"))
        return EL_PRE;
    for (size_t i = 0; i < sizeof drop / sizeof *drop; i++)
        if (!strcmp(name, drop[i]))
            return EL_DROP;
    for (size_t i = 0; i < sizeof block / sizeof *block; i++)
        if (!strcmp(name, block[i]))
            return EL_BLOCK;
    return EL_INLINE;
}

typedef struct walker {
    og__doc *doc;
    og__textbuf tb;
    size_t cap_blocks;
    size_t block_start;
    og__block_kind kind;
    unsigned level;
    xmlNodePtr owner; /* the h*, li or tr that set `kind` */
    unsigned list_depth;
    unsigned cells;
    unsigned pre;
    int pending_space;
    /* source: line starts of the clean input (for columns) */
    const char *src;
    size_t src_len;
    size_t *line_starts;
    size_t n_lines;
    size_t cursor; /* source offset after the last located text */
} walker;

static int push_block(walker *w, size_t start, size_t end, og__block_kind kind, unsigned level)
{
    og__doc *doc = w->doc;
    if (end <= start)
        return 0;
    if (doc->n_blocks == w->cap_blocks) {
        size_t ncap = w->cap_blocks ? w->cap_blocks * 2 : 64;
        og__block *p = og_realloc(doc->blocks, ncap * sizeof *p);
        if (!p)
            return OG_ENOMEM;
        doc->blocks = p, w->cap_blocks = ncap;
    }
    og__block *b = &doc->blocks[doc->n_blocks++];
    b->start = start, b->end = end, b->kind = kind, b->level = level;
    return 0;
}

/* Ends the current block and starts a new one of `kind`. */
static int flush(walker *w, og__block_kind kind, unsigned level)
{
    int rc = push_block(w, w->block_start, w->tb.len, w->kind, w->level);
    if (rc)
        w->tb.oom = 1; /* sticky: reported once at the end */
    if (w->tb.len > w->block_start && w->tb.text[w->tb.len - 1] != '\n')
        og__tb_putc(&w->tb, '\n');
    w->block_start = w->tb.len;
    w->kind = kind, w->level = level;
    w->pending_space = 0;
    return rc ? rc : (w->tb.oom ? OG_ENOMEM : 0);
}

static int block_has_text(const walker *w)
{
    return w->tb.len > w->block_start && w->tb.text[w->tb.len - 1] != '\n';
}

/* Line (1-based) of source offset `off`. */
static unsigned line_of(const walker *w, size_t off)
{
    size_t lo = 0, hi = w->n_lines;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->line_starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (unsigned)(lo + 1);
}

/*
 * Best-effort source position of a text node's first non-blank character.
 * libxml2 gives the line where the parser created the node (the end of its
 * first chunk), not where it starts, and no column; so look for the text's
 * first bytes in the source, moving forward from the previous text node's
 * position (text comes in document order) and never past the end of
 * node->line. The window is capped, so hostile input stays linear.
 */
static void find_position(walker *w, unsigned node_line, const char *s, size_t n, unsigned *line, unsigned *col)
{
    *line = node_line ? node_line : 1;
    *col = 1;
    if (n > 12)
        n = 12;
    /* Compare only the plain-ASCII prefix: entities decode to other bytes
     * ("&#8217;" is U+2019 in the text). */
    for (size_t k = 0; k < n; k++)
        if (s[k] == '\n' || s[k] == '&' || s[k] == '<' || s[k] == '\t' || (unsigned char)s[k] >= 0x80) {
            n = k;
            break;
        }
    if (n == 0 || node_line == 0 || node_line > w->n_lines)
        return;
    size_t end = node_line < w->n_lines ? w->line_starts[node_line] : w->src_len;
    size_t from = w->cursor;
    if (end > from + (1u << 16))
        from = end - (1u << 16);
    for (size_t p = from; p + n <= end; p++) {
        const char *hit = memchr(w->src + p, s[0], end - n + 1 - p);
        if (!hit)
            break;
        p = (size_t)(hit - w->src);
        if (memcmp(hit, s, n) == 0) {
            w->cursor = p + n;
            *line = line_of(w, p);
            size_t ls = w->line_starts[*line - 1];
            unsigned c = 1;
            for (size_t q = ls; q < p; q++)
                if (((unsigned char)w->src[q] & 0xC0) != 0x80)
                    c++;
            *col = c;
            return;
        }
    }
}

static void text_node(walker *w, xmlNodePtr node)
{
    const char *s = (const char *)node->content;
    if (!s)
        return;
    size_t n = strlen(s);
    unsigned line = node->line ? node->line : 1, col = 1;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f'))
        i++;
    if (i == n) {
        if (!w->pre)
            w->pending_space = 1;
        else
            og__tb_put(&w->tb, s, n);
        return;
    }
    if (i > 0 && !w->pre)
        w->pending_space = 1;
    find_position(w, line, s + i, n - i, &line, &col);
    int in_sync = 0;
    unsigned cl = line, cc = col;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (!w->pre && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
            size_t j = i;
            int breaks = 0;
            while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f')) {
                if (s[j] == '\n')
                    cl++, cc = 1, breaks = 1;
                else
                    cc++;
                j++;
            }
            if (j - i > 1 || breaks)
                in_sync = 0;
            w->pending_space = 1;
            i = j;
            continue;
        }
        if (w->pending_space) {
            if (block_has_text(w))
                og__tb_putc(&w->tb, ' ');
            w->pending_space = 0;
        }
        if (!in_sync) {
            og__tb_anchor(&w->tb, cl, cc);
            in_sync = 1;
        }
        size_t k = 1;
        if (c >= 0x80) {
            uint32_t cp;
            k = og__utf8_decode((const unsigned char *)s + i, n - i, &cp);
        }
        og__tb_put(&w->tb, s + i, k);
        if (c == '\n')
            cl++, cc = 1;
        else
            cc++;
        i += k;
    }
}

static int build_line_starts(walker *w)
{
    size_t n = 1;
    for (size_t i = 0; i < w->src_len; i++)
        if (w->src[i] == '\n')
            n++;
    w->line_starts = og_malloc(n * sizeof *w->line_starts);
    if (!w->line_starts)
        return OG_ENOMEM;
    size_t k = 0;
    w->line_starts[k++] = 0;
    for (size_t i = 0; i < w->src_len; i++)
        if (w->src[i] == '\n')
            w->line_starts[k++] = i + 1;
    w->n_lines = n;
    return 0;
}

static xmlNodePtr find_body(xmlNodePtr root)
{
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, "body"))
            return c;
    return root;
}

/* Enter an element: returns 1 to descend into its children. */
static int enter(walker *w, xmlNodePtr e)
{
    unsigned hl = 0;
    switch (classify((const char *)e->name, &hl)) {
    case EL_DROP:
        return 0;
    case EL_BR:
        if (block_has_text(w))
            og__tb_putc(&w->tb, '\n');
        w->pending_space = 0;
        return 0;
    case EL_HEADING:
        if (!w->owner) {
            flush(w, OG__BLOCK_HEADING, hl);
            w->owner = e;
        }
        return 1;
    case EL_LI:
        if (!w->owner || w->kind == OG__BLOCK_LIST_ITEM) {
            flush(w, OG__BLOCK_LIST_ITEM, w->list_depth ? w->list_depth : 1);
            w->owner = e;
        } else {
            w->pending_space = 1;
        }
        return 1;
    case EL_TR:
        if (!w->owner) {
            flush(w, OG__BLOCK_TABLE_ROW, 0);
            w->owner = e;
            w->cells = 0;
        }
        return 1;
    case EL_CELL:
        if (w->owner && w->kind == OG__BLOCK_TABLE_ROW) {
            if (w->cells++ > 0 && block_has_text(w)) {
                og__tb_put(&w->tb, " | ", 3);
                w->pending_space = 0;
            }
        } else {
            w->pending_space = 1;
        }
        return 1;
    case EL_LIST:
        w->list_depth++;
        if (!w->owner)
            flush(w, OG__BLOCK_PARAGRAPH, 0);
        else
            w->pending_space = 1;
        return 1;
    case EL_PRE:
        w->pre++;
        /* fall through */
    case EL_BLOCK:
        if (!w->owner)
            flush(w, OG__BLOCK_PARAGRAPH, 0);
        else
            w->pending_space = 1;
        return 1;
    case EL_INLINE:
    default:
        return 1;
    }
}

static void leave(walker *w, xmlNodePtr e)
{
    unsigned hl = 0;
    el_class k = classify((const char *)e->name, &hl);
    if (k == EL_LIST && w->list_depth) {
        w->list_depth--;
        /* An item resumed after a nested list is at the outer level. */
        if (w->kind == OG__BLOCK_LIST_ITEM && w->tb.len == w->block_start)
            w->level = w->list_depth ? w->list_depth : 1;
    }
    if (k == EL_PRE && w->pre)
        w->pre--;
    if (e == w->owner) {
        /* A list item continuing after a nested list resumes as a new item. */
        flush(w, OG__BLOCK_PARAGRAPH, 0);
        w->owner = NULL;
        for (xmlNodePtr p = e->parent; p; p = p->parent)
            if (p->type == XML_ELEMENT_NODE && !strcmp((const char *)p->name, "li")) {
                w->owner = p;
                w->kind = OG__BLOCK_LIST_ITEM;
                w->level = w->list_depth ? w->list_depth : 1;
                break;
            }
        return;
    }
    if (k == EL_BLOCK || k == EL_LIST || k == EL_PRE) {
        if (!w->owner)
            flush(w, OG__BLOCK_PARAGRAPH, 0);
        else
            w->pending_space = 1;
    } else if (k == EL_CELL) {
        w->pending_space = 1;
    }
}

static void walk(walker *w, xmlNodePtr top)
{
    xmlNodePtr n = top;
    if (!n)
        return;
    if (n->type == XML_ELEMENT_NODE && !enter(w, n))
        return;
    xmlNodePtr cur = n->children;
    if (!cur) {
        if (n->type == XML_ELEMENT_NODE)
            leave(w, n);
        return;
    }
    while (cur && !w->tb.oom) {
        int descend = 0;
        if (cur->type == XML_ELEMENT_NODE)
            descend = enter(w, cur);
        else if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE)
            text_node(w, cur);
        if (descend && cur->children) {
            cur = cur->children;
            continue;
        }
        if (cur->type == XML_ELEMENT_NODE && descend)
            leave(w, cur);
        /* Next sibling, or climb until one exists. */
        while (cur != n && !cur->next) {
            cur = cur->parent;
            if (!cur || cur == n)
                break;
            leave(w, cur);
        }
        if (!cur || cur == n)
            break;
        cur = cur->next;
    }
    if (n->type == XML_ELEMENT_NODE)
        leave(w, n);
}

static int is_valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = og__utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k == 1)
            return 0;
        i += k;
    }
    return 1;
}

/* 1 if the page declares a charset other than UTF-8 near its start
 * (<meta charset="..."> or http-equiv content="...; charset=..."). */
static int declares_other_charset(const char *s, size_t n)
{
    if (n > 4096)
        n = 4096;
    static const char key[] = "charset=";
    for (size_t i = 0; i + 8 < n; i++) {
        size_t k = 0;
        while (k < 8 && (char)((s[i + k] >= 'A' && s[i + k] <= 'Z') ? s[i + k] + 32 : s[i + k]) == key[k])
            k++;
        if (k < 8)
            continue;
        size_t v = i + 8;
        while (v < n && (s[v] == '"' || s[v] == '\'' || s[v] == ' '))
            v++;
        char name[16];
        size_t m = 0;
        while (v < n && m + 1 < sizeof name && s[v] != '"' && s[v] != '\'' && s[v] != ' ' && s[v] != ';' &&
               s[v] != '>' && s[v] != '/') {
            char c = s[v++];
            name[m++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        name[m] = 0;
        return m > 0 && strcmp(name, "utf-8") != 0 && strcmp(name, "utf8") != 0;
    }
    return 0;
}

int og__html_load(og__doc *doc, const char *data, size_t len, og_warn_fn warn, void *payload,
                  og_error *err)
{
    char *clean = NULL;
    size_t clean_len = 0;
    const char *encoding = "UTF-8";
    int rc;
    if (!is_valid_utf8(data, len) && declares_other_charset(data, len)) {
        /* A legacy page (ISO-8859-1, windows-1252...): let libxml2 decode it
         * as declared instead of repairing every byte. Columns of non-ASCII
         * text are then approximate. */
        clean = og_malloc(len + 1);
        if (!clean)
            return og_error_set(err, OG_ENOMEM, doc->name, 0, 0, "out of memory reading HTML");
        memcpy(clean, data, len);
        clean[len] = 0;
        clean_len = len;
        encoding = NULL;
    } else {
        rc = og__utf8_repair(&clean, &clean_len, data, len, doc->name, warn, payload, err);
        if (rc)
            return rc;
    }
    if (clean_len > INT_MAX) {
        og_free(clean);
        return og_error_set(err, OG_EINPUT, doc->name, 0, 0, "HTML document too large (%zu bytes)", len);
    }
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
        og_free(clean);
        return og_error_set(err, OG_ENOMEM, doc->name, 0, 0, "out of memory reading HTML");
    }
    htmlDocPtr h = htmlCtxtReadMemory(ctxt, clean, (int)clean_len, NULL, encoding,
                                      HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                          HTML_PARSE_RECOVER);
    /* libxml2 stops at OG__HTML_MAX_DEPTH levels (without HTML_PARSE_HUGE,
     * which we do not want on hostile input): keep what came before. */
    const xmlError *last = xmlCtxtGetLastError(ctxt);
    int too_deep = last && last->code == XML_ERR_INTERNAL_ERROR && last->message &&
                   strstr(last->message, "Excessive depth") != NULL;
    htmlFreeParserCtxt(ctxt);
    if (!h) {
        og_free(clean);
        return og_error_set(err, OG_EINPUT, doc->name, 0, 0, "cannot parse HTML");
    }
    walker w;
    memset(&w, 0, sizeof w);
    w.doc = doc;
    w.kind = OG__BLOCK_PARAGRAPH;
    w.src = clean, w.src_len = clean_len;
    rc = build_line_starts(&w);
    if (rc == 0) {
        walk(&w, find_body(xmlDocGetRootElement(h)));
        flush(&w, OG__BLOCK_PARAGRAPH, 0);
    }
    xmlFreeDoc(h);
    og_free(w.line_starts);
    og_free(clean);
    if (rc == 0 && (w.tb.oom || og__tb_finish(&w.tb, doc)))
        rc = OG_ENOMEM;
    og__tb_free(&w.tb);
    if (rc)
        return og_error_set(err, OG_ENOMEM, doc->name, 0, 0, "out of memory reading HTML");
    /* Trim blocks now that the text is final; drop empty ones. */
    size_t k = 0;
    for (size_t b = 0; b < doc->n_blocks; b++) {
        size_t s = doc->blocks[b].start, e = doc->blocks[b].end;
        while (s < e && (doc->text[s] == ' ' || doc->text[s] == '\n'))
            s++;
        while (e > s && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\n'))
            e--;
        if (s < e) {
            doc->blocks[k] = doc->blocks[b];
            doc->blocks[k].start = s, doc->blocks[k].end = e;
            k++;
        }
    }
    doc->n_blocks = k;
    if (too_deep) {
        if (k == 0)
            return og_error_set(err, OG_EINPUT, doc->name, 0, 0,
                                "HTML nested deeper than %d levels before any text", OG__HTML_MAX_DEPTH);
        if (warn) {
            og_error note;
            memset(&note, 0, sizeof note);
            og_error_set(&note, OG_EINPUT, doc->name, 0, 0,
                         "HTML nested deeper than %d levels: the rest of the page was skipped", OG__HTML_MAX_DEPTH);
            warn(&note, payload);
        }
    }
    return og__segment_sentences(doc, err);
}
