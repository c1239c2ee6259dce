/*
 * extract.c - og_extract_document: one document -> one fragment graph.
 *
 * Does: load the document (front end), tokenise it, collect candidate
 * mentions (lexicon, profiles, acronym definitions, standard/event patterns,
 * head-word names, persons, partnership names), keep the non-overlapping
 * ones, resolve them within the document, then read relations (profiles,
 * names, partnerships, sentences) and record the document as a source of
 * every node. Uses only this document and the lexicon. Does not: merge
 * fragments or pick labels and ids (og_reduce).
 */
#include <string.h>
#include "mention.h"

int og__find_lexicon(og__ex *ex) {
    if (!ex->lex || og_lexicon_size(ex->lex) == 0)
        return 0;
    og__lex_hit *hits = NULL;
    size_t n = 0;
    int rc = og__lexicon_scan(ex->lex, ex->doc->text, ex->doc->len, &hits, &n, ex->err);
    if (rc < 0)
        return rc;
    for (size_t i = 0; i < n && rc >= 0; i++) {
        const og__lex_entry *e = og__lexicon_entry(ex->lex, hits[i].entry);
        if (!e)
            continue;
        og__mention m;
        memset(&m, 0, sizeof m);
        m.start = hits[i].start;
        m.end = hits[i].end;
        m.tok_start = (uint32_t)og__tok_at(ex, m.start);
        m.tok_end = (uint32_t)og__tok_at(ex, m.end);
        if (m.tok_start >= ex->n_toks)
            continue;
        if (m.tok_end <= m.tok_start)
            m.tok_end = m.tok_start + 1;
        m.sent = ex->toks[m.tok_start].sent;
        if (ex->block_skip && ex->block_skip[ex->doc->sents[m.sent].block])
            continue;
        m.type = e->type;
        m.src = OG__SRC_LEXICON;
        m.conf = 0.95f;
        m.lex = (int32_t)hits[i].entry;
        m.ref = -1;
        m.fixed = 1;
        rc = og__mentions_push(&ex->m, &m);
        if (rc < 0)
            rc = og_error_set(ex->err, OG_ENOMEM, ex->doc->name, 0, 0, "out of memory");
    }
    og_free(hits);
    return rc < 0 ? rc : 0;
}

static void ex_free(og__ex *ex, og__doc *doc) {
    og__mentions_free(&ex->m);
    og_free(ex->toks);
    og_free(ex->sent_tok);
    og_free(ex->block_skip);
    og_free(ex->block_profile);
    og_free(ex->profiles);
    og__doc_free(doc);
}

static int run(og__ex *ex) {
    int rc;
    if ((rc = og__tokenize(ex)) < 0)
        return rc;
    if ((rc = og__find_profiles(ex)) < 0)
        return rc;
    if ((rc = og__find_lexicon(ex)) < 0)
        return rc;
    if ((rc = og__find_partnership_names(ex)) < 0)
        return rc;
    if ((rc = og__find_acronyms(ex)) < 0)
        return rc;
    if ((rc = og__find_patterns(ex)) < 0)
        return rc;
    if ((rc = og__find_persons(ex)) < 0)
        return rc;
    if ((rc = og__select_mentions(ex)) < 0)
        return rc;
    if ((rc = og__doc_subject(ex)) < 0)
        return rc;
    if ((rc = og__resolve(ex)) < 0)
        return rc;
    if ((rc = og__profile_facts(ex)) < 0)
        return rc;
    if ((rc = og__infobox_facts(ex)) < 0)
        return rc;
    if ((rc = og__partnership_relations(ex)) < 0)
        return rc;
    if ((rc = og__name_relations(ex)) < 0)
        return rc;
    if ((rc = og__relations(ex)) < 0)
        return rc;
    size_t nn = og_graph_node_count(ex->g);
    for (size_t i = 0; i < nn; i++)
        if ((rc = og_graph_node_add_source(ex->g, (og_node_id)i, ex->doc->name, ex->err)) < 0)
            return rc;
    return 0;
}

int og_extract_document(og_graph **out, const char *doc_name, const char *data, size_t len, og_doc_format fmt,
                        const og_extract_options *opts, og_error *err) {
    if (!out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_extract_document: out is NULL");
    *out = NULL;
    if (!doc_name)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_extract_document: doc_name is NULL");
    if (!data && len)
        return og_error_set(err, OG_EINVAL, doc_name, 0, 0, "og_extract_document: data is NULL");
    if (opts && opts->version != OG_EXTRACT_OPTIONS_VERSION)
        return og_error_set(err, OG_EINVAL, doc_name, 0, 0, "og_extract_document: unknown options version %u",
                            opts->version);
    og__words_init();
    og__doc doc;
    memset(&doc, 0, sizeof doc);
    int rc = og__doc_load(&doc, doc_name, data ? data : "", len, fmt, opts ? opts->warn : NULL,
                          opts ? opts->warn_payload : NULL, err);
    if (rc < 0)
        return rc;
    og__ex ex;
    memset(&ex, 0, sizeof ex);
    ex.doc = &doc;
    ex.lex = opts ? opts->lexicon : NULL;
    ex.opts = opts;
    ex.err = err;
    ex.g = og_graph_new();
    if (!ex.g) {
        og__doc_free(&doc);
        return og_error_set(err, OG_ENOMEM, doc_name, 0, 0, "out of memory");
    }
    if (opts && opts->max_evidence)
        og_graph_set_max_evidence(ex.g, opts->max_evidence);
    rc = run(&ex);
    if (rc < 0) {
        if (err && err->code == OG_OK)
            og_error_set(err, (og_status)rc, doc_name, 0, 0, "extraction failed: %s", og_status_string(rc));
        og_graph_free(ex.g);
        ex_free(&ex, &doc);
        return rc;
    }
    *out = ex.g;
    ex_free(&ex, &doc);
    return 0;
}
