/*
 * doc.h - a decoded input document (private to extract/).
 *
 * The front end (text.c, html.c, pdfrepair.c, segment.c) turns raw bytes into
 * an og__doc: repaired UTF-8 text, its blocks (paragraphs, headings, list
 * items, table rows, header fields) and sentences, and a map from text
 * offsets back to source line/column (for evidence and warnings). The
 * recognisers (entity*.c, relation*.c) read only this structure.
 *
 * Ownership: og__doc_load() fills a caller-provided og__doc; everything in it
 * is owned by the doc and released by og__doc_free().
 */
#ifndef OG_EXTRACT_DOC_H
#define OG_EXTRACT_DOC_H

#include <stddef.h>
#include <stdint.h>
#include "orgraph.h"

/** Caps that keep extraction linear on hostile input. */
#define OG__MAX_SENTENCE_BYTES 4096  /* longer runs are split into pieces */
#define OG__MAX_TOKENS_PER_SENTENCE 512

typedef enum og__block_kind {
    OG__BLOCK_PARAGRAPH = 0,
    OG__BLOCK_HEADING,   /* short line without final punctuation, or <h1>-<h6> */
    OG__BLOCK_LIST_ITEM, /* bullet or numbered item, or <li> */
    OG__BLOCK_TABLE_ROW, /* <tr>, cells separated by " | " in the text */
    OG__BLOCK_FIELD      /* "Key: value" profile header line (Acronym:, Established:, ...) */
} og__block_kind;

typedef struct og__block {
    size_t start, end; /* byte range in doc->text, end exclusive, trimmed */
    og__block_kind kind;
    unsigned level;    /* heading level for HTML h1..h6 (0 unknown), list nesting */
} og__block;

typedef struct og__sentence {
    size_t start, end; /* byte range in doc->text, end exclusive, trimmed */
    uint32_t block;    /* index of the containing block */
} og__sentence;

/* Anchor of the offset map: text offset `text_off` corresponds to source
 * line `line`, column `col` (1-based, columns in characters). Between anchors
 * the text is a verbatim copy of the source (columns advance per character,
 * lines per '\n'). */
typedef struct og__anchor {
    size_t text_off;
    unsigned line, col;
} og__anchor;

typedef struct og__doc {
    const char *name;          /* borrowed from the caller */
    char *text;                /* repaired UTF-8, NUL-terminated; '\n' separates lines */
    size_t len;
    og__block *blocks;
    size_t n_blocks;
    og__sentence *sents;
    size_t n_sents;
    og__anchor *anchors;       /* sorted by text_off; anchors[0].text_off == 0 */
    size_t n_anchors;
} og__doc;

/**
 * Decodes `data` (text, Markdown or HTML per `fmt`; AUTO sniffs `name`'s
 * extension, then content), repairs it (invalid UTF-8 -> U+FFFD with a warning
 * naming the byte offset; PDF artefacts: private-use bullet glyphs dropped,
 * broken words rejoined), segments it. Empty or binary input: OG_EINPUT.
 */
int og__doc_load(og__doc *doc, const char *name, const char *data, size_t len, og_doc_format fmt,
                 og_warn_fn warn, void *payload, og_error *err);
void og__doc_free(og__doc *doc);

/** Source line and column of text offset `off`. */
void og__doc_position(const og__doc *doc, size_t off, unsigned *line, unsigned *col);

#endif
