/*
 * frontend.h - internals shared by the front-end files of extract/
 * (doc.c, utf8.c, text.c, html.c, pdfrepair.c, segment.c). Private to them:
 * the recognisers read only doc.h.
 *
 * The front end runs in stages, each a linear pass:
 *   utf8.c      raw bytes -> valid UTF-8 with '\n' line ends (same line/column
 *               for every character as in the source, so no anchors needed);
 *   pdfrepair.c clean text -> repaired text (bullet glyphs dropped, broken
 *               words rejoined, wrapped lines joined) plus anchors at edits;
 *   html.c      HTML -> visible text, anchors and blocks;
 *   segment.c   text -> blocks (plain text) and sentences (all inputs).
 */
#ifndef OG_EXTRACT_FRONTEND_H
#define OG_EXTRACT_FRONTEND_H

#include <stddef.h>
#include "doc.h"

/* A growing text with its offset map. Failure is sticky (`oom`); check once. */
typedef struct og__textbuf {
    char *text;
    size_t len, cap;
    og__anchor *anchors;
    size_t n_anchors, cap_anchors;
    int oom;
} og__textbuf;

/* Appends bytes / one byte. Returns 0 or OG_ENOMEM (sticky). */
int og__tb_put(og__textbuf *tb, const char *s, size_t n);
int og__tb_putc(og__textbuf *tb, char c);
/* Records that the next byte appended comes from source `line`:`col`. An
 * anchor at the same offset as the last one replaces it. */
int og__tb_anchor(og__textbuf *tb, unsigned line, unsigned col);
/* Moves text (NUL-terminated) and anchors into `doc`; tb is emptied. */
int og__tb_finish(og__textbuf *tb, og__doc *doc);
void og__tb_free(og__textbuf *tb);

/* Caps on warnings per document: the rest is summarised in one line. */
#define OG__MAX_UTF8_WARNINGS 8

/*
 * utf8.c: validates and normalises `data`: strips a UTF-8 BOM, turns CRLF and
 * lone CR into LF, replaces each invalid byte (and NUL) by U+FFFD with a
 * warning naming the byte offset and line:column, and other C0 control
 * characters by a space. *out is og_malloc'ed and NUL-terminated (caller
 * og_free()s). Every output character has the line and column its source
 * character had.
 */
int og__utf8_repair(char **out, size_t *out_len, const char *data, size_t len, const char *name,
                    og_warn_fn warn, void *payload, og_error *err);

/* utf8.c: 1 if data[0, len) looks binary (NUL in the first 8 KB, or mostly
 * control bytes). */
int og__looks_binary(const char *data, size_t len);

/* utf8.c: decodes one code point at s[0, n) (n >= 1). Returns its length
 * (1 for an invalid byte, with *cp = 0xFFFD). */
size_t og__utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* utf8.c: 1 if the code point is a letter, digit or combining mark. */
int og__is_word_cp(uint32_t cp);
/* utf8.c: 1 if the code point is an upper-case letter. */
int og__is_upper_cp(uint32_t cp);
/* utf8.c: 1 if the code point is a lower-case letter. */
int og__is_lower_cp(uint32_t cp);

/*
 * pdfrepair.c: repairs clean text (output of og__utf8_repair) into `tb`:
 * trailing blanks dropped, leading blanks and blank runs collapsed,
 * private-use bullet glyphs dropped (the line becomes a "• " list item),
 * words broken by a stray space rejoined, lines wrapped mid-sentence joined.
 * Anchors are added wherever the output stops being a verbatim copy.
 */
int og__text_repair(og__textbuf *tb, const char *text, size_t len, og_error *err);
/* pdfrepair.c: 1 if og__text_repair can write `text` over itself (tb->text ==
 * text): no line-start bullet whose "• " marker would outgrow it. Writing in
 * place saves a copy of the document (and, on large inputs, the page faults
 * of a second buffer). */
int og__text_repair_in_place_ok(const char *text, size_t len);

/* pdfrepair.c: 1 if `w` (n bytes, any case) is in the shipped word list. */
int og__wordlist_has(const char *w, size_t n);

/* text.c: decodes a plain-text/Markdown document into doc (text, anchors,
 * blocks, sentences). */
int og__text_load(og__doc *doc, const char *data, size_t len, og_warn_fn warn, void *payload,
                  og_error *err);

/* html.c: decodes an HTML document into doc (text, anchors, blocks,
 * sentences). */
int og__html_load(og__doc *doc, const char *data, size_t len, og_warn_fn warn, void *payload,
                  og_error *err);
/* html.c: 1 if the content looks like HTML. */
int og__looks_html(const char *data, size_t len);

/* segment.c: splits doc->text into blocks (one per paragraph, heading, list
 * item, table row or header field). */
int og__segment_blocks(og__doc *doc, og_error *err);
/* segment.c: splits every block of doc into sentences. */
int og__segment_sentences(og__doc *doc, og_error *err);
/* segment.c: appends a block to doc->blocks (trimmed; empty ranges skipped). */
int og__doc_add_block(og__doc *doc, size_t *cap, size_t start, size_t end, og__block_kind kind,
                      unsigned level);

/* doc.c: adds anchors so that no two are more than a few KB apart (keeps
 * og__doc_position fast). */
int og__doc_densify_anchors(og__doc *doc);

#endif
