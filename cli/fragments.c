/*
 * fragments.c - `--fragments` output, a document read from standard input,
 * and the merge command's inputs (see fragments.h and docs/scale.md).
 *
 * Merging is the one reduce (og_reduce), run over batches of read graphs,
 * each batch's result merged into a binary tree (tree.h): memory holds one
 * batch and O(log n) partial graphs, and since the reduce is associative the
 * bytes are those of one reduce over everything, as in `extract` (map.c).
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
#include "tree.h"

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
    og_cli_tree tree; /* batches, each reduced once, merged as a binary tree */
    og_graph *batch[OG_CLI_MERGE_BATCH];
    size_t n;
    size_t total;
    og_error err; /* a reduce failure inside the callback */
} merger;

/* Reduces the pending batch and merges it into the tree. Status. */
static int flush(merger *m)
{
    if (m->n == 0)
        return 0;
    const og_graph *parts[OG_CLI_MERGE_BATCH];
    for (size_t i = 0; i < m->n; i++)
        parts[i] = m->batch[i];
    og_graph *g = NULL;
    int rc = og_reduce(&g, parts, m->n, &m->tree.ro, &m->err);
    for (size_t i = 0; i < m->n; i++)
        og_graph_free(m->batch[i]);
    m->n = 0;
    if (rc) {
        og_graph_free(g);
        return rc;
    }
    return og_cli_tree_push(&m->tree, g, &m->err);
}

static int add_graph(merger *m, og_graph *g)
{
    m->batch[m->n++] = g;
    m->total++;
    return m->n == OG_CLI_MERGE_BATCH ? flush(m) : 0;
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
    og_cli_tree_init(&m->tree, ro);
    og_graph *first = *out; /* --into: one more input of the tree */
    *out = NULL;
    if (first && og_cli_tree_push(&m->tree, first, &m->err) != 0) {
        int rc0 = og_cli_error(&m->err, NULL);
        free(m);
        return rc0;
    }
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
    if (rc == OG_EXIT_OK && flush(m) != 0)
        rc = og_cli_error(&m->err, NULL);
    og_graph *acc = NULL;
    if (rc == OG_EXIT_OK && og_cli_tree_finish(&m->tree, &acc, &m->err) != 0)
        rc = og_cli_error(&m->err, NULL);
    og_cli_tree_free(&m->tree);
    for (size_t i = 0; i < m->n; i++)
        og_graph_free(m->batch[i]);
    if (n_graphs)
        *n_graphs = m->total;
    if (rc == OG_EXIT_OK)
        *out = acc;
    else
        og_graph_free(acc);
    free(m);
    return rc;
}
