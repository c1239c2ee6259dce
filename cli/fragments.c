/*
 * fragments.c - `--fragments` output, a document read from standard input,
 * and the merge command's inputs (see fragments.h and docs/scale.md).
 *
 * Merging is the one reduce (og_reduce), run over batches: the running
 * result plus the next batch of read graphs, so memory holds one batch and
 * the result, whatever the number of inputs; the batches are those of
 * `extract` (map.c), so merging extract's fragments repeats its reduces.
 * It does not extract documents (map.c) or write graphs (output.c).
 */
#include "fragments.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "exit.h"
#include "report.h"

/* Graphs per reduce when merging: fixed, never derived from the input. */
#define OG_CLI_MERGE_BATCH 256

static int make_dirs(const char *dir)
{
    char *p = strdup(dir);
    if (!p)
        return ENOMEM;
    int e = 0;
    for (char *s = p + 1; !e; s++) {
        if (*s == '/' || *s == '\0') {
            char c = *s;
            *s = '\0';
            if (mkdir(p, 0777) != 0 && errno != EEXIST)
                e = errno;
            *s = c;
            if (!c)
                break;
        }
    }
    free(p);
    return e;
}

int og_cli_fragout_open(og_cli_fragout *f, const char *target)
{
    memset(f, 0, sizeof *f);
    f->target = target;
    if (strcmp(target, "-") == 0) {
        if (!(f->out = og_sink_stdout()))
            return og_cli_internal("out of memory");
        return OG_EXIT_OK;
    }
    int e = make_dirs(target);
    if (e)
        return og_cli_fail("%s: cannot create the fragments folder: %s", target, strerror(e));
    return OG_EXIT_OK;
}

int og_cli_fragout_write(og_cli_fragout *f, const og_graph *frag, size_t index, const char *doc)
{
    og_error err = {0};
    if (f->out) {
        if (og_export_fragment(frag, NULL, f->out, &err) != 0)
            return og_cli_error(&err, doc);
        f->written++;
        return OG_EXIT_OK;
    }
    size_t tl = strlen(f->target), dl = strlen(doc);
    char *path = malloc(tl + dl + 32);
    if (!path)
        return og_cli_internal("out of memory");
    int n = snprintf(path, tl + 32, "%s%s%06zu-", f->target, tl && f->target[tl - 1] == '/' ? "" : "/", index);
    char *w = path + n;
    for (const char *s = doc; *s; s++) {
        char c = *s;
        *w++ = ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
                (c == '_'))
                   ? c
                   : '_';
    }
    strcpy(w, ".ndjson");
    int rc = OG_EXIT_OK;
    og_sink *s = og_sink_file_atomic(path, &err);
    if (!s || og_export_fragment(frag, NULL, s, &err) != 0 || og_sink_close(s, &err) != 0)
        rc = og_cli_error(&err, path);
    og_sink_free(s);
    free(path);
    if (rc == OG_EXIT_OK)
        f->written++;
    return rc;
}

int og_cli_fragout_close(og_cli_fragout *f)
{
    int rc = OG_EXIT_OK;
    if (f->out) {
        og_error err = {0};
        if (og_sink_close(f->out, &err) != 0)
            rc = og_cli_error(&err, "<stdout>");
        og_sink_free(f->out);
        f->out = NULL;
    }
    return rc;
}

int og_cli_read_stdin(char **data, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return ENOMEM;
    for (;;) {
        if (n == cap) {
            char *p = cap > ((size_t)-1) / 2 ? NULL : realloc(buf, cap * 2);
            if (!p) {
                free(buf);
                return ENOMEM;
            }
            buf = p;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, stdin);
        n += got;
        if (got == 0) {
            if (ferror(stdin)) {
                int e = errno ? errno : EIO;
                free(buf);
                return e;
            }
            break;
        }
    }
    *data = buf;
    *len = n;
    return 0;
}

int og_cli_is_xml(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    int c, xml = 0;
    size_t seen = 0;
    while ((c = getc(f)) != EOF && seen < 4096) {
        seen++;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF)
            continue;
        xml = c == '<';
        break;
    }
    fclose(f);
    return xml;
}

typedef struct merger {
    og_graph *acc;
    og_graph *batch[OG_CLI_MERGE_BATCH];
    size_t n;
    size_t total;
    const og_reduce_options *ro;
    og_error err; /* a reduce failure inside the callback */
} merger;

/* Reduces acc + batch into acc; `final` applies the curation (as map.c does). Status. */
static int flush(merger *m, int final)
{
    if (m->n == 0 && (!final || !m->acc || !m->ro || !m->ro->curation))
        return 0;
    const og_graph *parts[OG_CLI_MERGE_BATCH + 1];
    size_t np = 0;
    if (m->acc)
        parts[np++] = m->acc;
    for (size_t i = 0; i < m->n; i++)
        parts[np++] = m->batch[i];
    og_reduce_options ro = OG_REDUCE_OPTIONS_INIT;
    if (m->ro)
        ro = *m->ro;
    if (!final)
        ro.curation = NULL;
    og_graph *g = NULL;
    int rc = og_reduce(&g, parts, np, &ro, &m->err);
    for (size_t i = 0; i < m->n; i++)
        og_graph_free(m->batch[i]);
    m->n = 0;
    if (rc) {
        og_graph_free(g);
        return rc;
    }
    og_graph_free(m->acc);
    m->acc = g;
    return 0;
}

static int add_graph(merger *m, og_graph *g)
{
    m->batch[m->n++] = g;
    m->total++;
    return m->n == OG_CLI_MERGE_BATCH ? flush(m, 0) : 0;
}

static int on_fragment(og_graph *frag, unsigned line, void *payload)
{
    (void)line;
    return add_graph(payload, frag);
}

int og_cli_merge_inputs(og_graph **out, const char *const *paths, size_t n, const og_reduce_options *ro,
                        size_t *n_graphs)
{
    merger *m = calloc(1, sizeof *m);
    if (!m) {
        og_graph_free(*out);
        *out = NULL;
        return og_cli_internal("out of memory");
    }
    m->ro = ro;
    m->acc = *out;
    *out = NULL;
    int rc = OG_EXIT_OK;
    for (size_t i = 0; i < n && rc == OG_EXIT_OK; i++) {
        og_error err = {0};
        int st;
        if (strcmp(paths[i], "-") != 0 && og_cli_is_xml(paths[i])) {
            og_graph *g = NULL;
            st = og_read_graphml_file(&g, paths[i], &err);
            if (st == 0)
                st = add_graph(m, g);
        } else {
            st = og_read_fragments_file(paths[i], 0, on_fragment, m, &err);
        }
        if (st != 0)
            rc = m->err.code ? og_cli_error(&m->err, NULL) : og_cli_error(&err, paths[i]);
    }
    if (rc == OG_EXIT_OK && flush(m, 1) != 0)
        rc = og_cli_error(&m->err, NULL);
    if (rc == OG_EXIT_OK && !m->acc) { /* nothing to merge: an empty graph */
        const og_reduce_options *r = ro;
        if (og_reduce(&m->acc, NULL, 0, r, &m->err) != 0)
            rc = og_cli_error(&m->err, NULL);
    }
    for (size_t i = 0; i < m->n; i++)
        og_graph_free(m->batch[i]);
    if (n_graphs)
        *n_graphs = m->total;
    if (rc == OG_EXIT_OK)
        *out = m->acc;
    else
        og_graph_free(m->acc);
    free(m);
    return rc;
}
