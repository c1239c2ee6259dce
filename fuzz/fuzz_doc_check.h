/*
 * fuzz_doc_check.h - shared body of the text and HTML fuzz targets: loads a
 * document, checks every og__doc invariant, optionally extracts a fragment
 * and checks it. Header-only (static functions) so each target stays one
 * source file for og_add_fuzzer().
 */
#ifndef OG_FUZZ_DOC_CHECK_H
#define OG_FUZZ_DOC_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../extract/doc.h"
#include "orgraph.h"

static void og_fuzz_warn(const og_error *w, void *payload)
{
    (void)payload;
    if (w->message[0] == '\0')
        abort(); /* every warning says something */
}

static void og_fuzz_check_doc(const og__doc *d)
{
    if (!d->text || d->text[d->len] != '\0' || d->n_anchors == 0 || d->anchors[0].text_off != 0)
        abort();
    if (strlen(d->text) != d->len)
        abort(); /* no NUL inside the text */
    for (size_t i = 1; i < d->n_anchors; i++)
        if (d->anchors[i].text_off <= d->anchors[i - 1].text_off || d->anchors[i].text_off > d->len)
            abort();
    for (size_t i = 0; i < d->n_blocks; i++) {
        const og__block *b = &d->blocks[i];
        if (b->start >= b->end || b->end > d->len || (i && b->start < d->blocks[i - 1].end))
            abort();
    }
    for (size_t i = 0; i < d->n_sents; i++) {
        const og__sentence *s = &d->sents[i];
        if (s->start >= s->end || s->end > d->len || s->block >= d->n_blocks)
            abort();
        if (s->end - s->start > OG__MAX_SENTENCE_BYTES)
            abort();
        const og__block *b = &d->blocks[s->block];
        if (s->start < b->start || s->end > b->end || (i && s->start < d->sents[i - 1].end))
            abort();
        unsigned line, col;
        og__doc_position(d, s->start, &line, &col);
        if (line == 0 || col == 0)
            abort();
    }
}

static void og_fuzz_run_doc(const char *name, const char *data, size_t len, og_doc_format fmt, unsigned opt)
{
    static og_lexicon *lex;
    og__doc d;
    og_error err;
    memset(&err, 0, sizeof err);
    int rc = og__doc_load(&d, name, data, len, fmt, og_fuzz_warn, NULL, &err);
    if (rc == 0) {
        og_fuzz_check_doc(&d);
        og__doc_free(&d);
    } else if (rc != OG_EINPUT && rc != OG_ENOMEM) {
        fprintf(stderr, "unexpected status %d: %s\n", rc, err.message);
        abort();
    }
    if (!(opt & 1))
        return;
    if ((opt & 2) && !lex && og_lexicon_new_default(&lex, NULL) != 0)
        abort();
    og_extract_options o = OG_EXTRACT_OPTIONS_INIT;
    o.lexicon = (opt & 2) ? lex : NULL;
    o.keep_hedged = (opt & 4) != 0;
    o.warn = og_fuzz_warn;
    og_graph *g = NULL;
    memset(&err, 0, sizeof err);
    rc = og_extract_document(&g, name, data, len, fmt, &o, &err);
    if (rc == 0) {
        if (og_graph_check(g, 0, &err) != 0) {
            fprintf(stderr, "og_graph_check: %s\n", err.message);
            abort();
        }
        og_graph_free(g);
    } else if (rc != OG_EINPUT && rc != OG_ENOMEM) {
        fprintf(stderr, "unexpected status %d: %s\n", rc, err.message);
        abort();
    }
}

#endif
