/*
 * nquads.c - N-Quads exporter (RDF 1.1 N-Quads, `.nq`).
 *
 * Does: writes one line per triple of og__rdf_walk() straight into the sink
 * (in blocks of 64 KiB),
 * every quad in the named graph <base + "graph/main">. Literals are escaped
 * as the grammar requires (\\ \" \n \r \t, other control characters and DEL
 * as \u00XX) and are valid UTF-8 (the walk repairs bad bytes to U+FFFD); IRIs
 * have the characters IRIREF forbids percent-encoded. Numbers use the
 * canonical forms JSON-LD's toRDF produces, so a JSON-LD processor reading
 * our .jsonld yields these very lines.
 * Does not: go through JSON-LD, use blank nodes, or pick the vocabulary
 * (rdfvocab.c does).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "rdfvocab.h"

/* Quads are collected and handed to the sink in blocks of about this size. */
#define BLOCK (64u << 10)

typedef struct nctx {
    og_sink *out;
    og__buf line;    /* quads not yet written to the sink */
    og__buf subject; /* "<iri>" of the current subject */
    og__buf graph;   /* " <graph> .\n" */
} nctx;

static void put_iri(og__buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    og__buf_putc(b, '<');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int c = *p;
        if (c <= 0x20 || strchr("<>\"{}|^`\\", c)) {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            og__buf_put(b, e, 3);
        } else {
            og__buf_putc(b, (char)c);
        }
    }
    og__buf_putc(b, '>');
}

static void put_literal(og__buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    og__buf_putc(b, '"');
    size_t run = 0; /* copy unescaped runs in one go */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char u[7];
        switch (c) {
        case '\\': esc = "\\\\"; break;
        case '"': esc = "\\\""; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                memcpy(u, "\\u00", 4);
                u[4] = hex[c >> 4];
                u[5] = hex[c & 15];
                u[6] = '\0';
                esc = u;
            }
        }
        if (esc) {
            og__buf_put(b, s + run, i - run);
            og__buf_puts(b, esc);
            run = i + 1;
        }
    }
    og__buf_put(b, s + run, len - run);
    og__buf_putc(b, '"');
}

static int on_subject(void *vctx, const char *iri, const og__rdf_class *cls)
{
    nctx *n = vctx;
    og__buf_clear(&n->subject);
    put_iri(&n->subject, iri);
    og__buf_put(&n->line, n->subject.ptr, n->subject.len);
    og__buf_puts(&n->line, " <" OG__RDF_TYPE "> ");
    put_iri(&n->line, cls->iri);
    og__buf_put(&n->line, n->graph.ptr, n->graph.len);
    if (og__buf_failed(&n->line) || og__buf_failed(&n->subject))
        return OG_ENOMEM;
    return 0;
}

static int flush(nctx *n)
{
    int rc = og_sink_write(n->out, n->line.ptr, n->line.len);
    og__buf_clear(&n->line);
    return rc;
}

static int on_value(void *vctx, const og__rdf_prop *p, const og__rdf_value *v)
{
    nctx *n = vctx;
    og__buf *b = &n->line;
    char lex[40];
    og__buf_put(b, n->subject.ptr, n->subject.len);
    og__buf_putc(b, ' ');
    put_iri(b, p->iri);
    og__buf_putc(b, ' ');
    switch (v->kind) {
    case OG__RDF_IRI:
        put_iri(b, v->s);
        break;
    case OG__RDF_STRING:
        put_literal(b, v->s, v->len);
        break;
    case OG__RDF_INTEGER:
        og__buf_printf(b, "\"%" PRId64 "\"^^<" OG__RDF_XSD_NS "integer>", v->i);
        break;
    case OG__RDF_DOUBLE:
        og__rdf_double_lexical(lex, v->d);
        og__buf_printf(b, "\"%s\"^^<" OG__RDF_XSD_NS "double>", lex);
        break;
    case OG__RDF_BOOLEAN:
        og__buf_puts(b, v->i ? "\"true\"^^<" OG__RDF_XSD_NS "boolean>" : "\"false\"^^<" OG__RDF_XSD_NS "boolean>");
        break;
    }
    og__buf_put(b, n->graph.ptr, n->graph.len);
    if (og__buf_failed(b))
        return OG_ENOMEM;
    return b->len >= BLOCK ? flush(n) : 0;
}

static int on_end(void *vctx)
{
    (void)vctx;
    return 0;
}

int og_export_nquads(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err)
{
    if (!g || !out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_nquads: %s is NULL", g ? "out" : "g");
    const char *base = og__rdf_base(opts, err);
    if (!base)
        return OG_EINVAL;
    nctx n = {out, OG__BUF_INIT, OG__BUF_INIT, OG__BUF_INIT};
    og__buf_putc(&n.graph, ' ');
    og__buf_puts(&n.line, base);
    og__buf_puts(&n.line, "graph/main");
    put_iri(&n.graph, n.line.ptr);
    og__buf_puts(&n.graph, " .\n");
    og__buf_clear(&n.line);
    int rc = og__buf_failed(&n.graph) || og__buf_failed(&n.line) ? OG_ENOMEM : 0;
    if (!rc) {
        og__rdf_visitor v = {on_subject, on_value, on_end, &n};
        rc = og__rdf_walk(g, base, &v, err);
    }
    if (!rc)
        rc = flush(&n);
    og__buf_free(&n.line);
    og__buf_free(&n.subject);
    og__buf_free(&n.graph);
    if (rc) {
        if (og_sink_status(out))
            rc = og_sink_status(out);
        return og_error_set(err, rc, NULL, 0, 0, "writing N-Quads failed: %s", og_status_string(rc));
    }
    return 0;
}
