/*
 * map.c - the extract command's map and reduce: documents -> fragments on a
 * small pthread pool, fragments -> one graph with og_reduce().
 *
 * Determinism: a document's fragment depends only on that document and the
 * lexicon; fragments land in slots indexed by input order; batch boundaries
 * are a fixed number of documents; warnings are buffered per document and
 * printed in input order. So stdout, stderr (apart from the progress line) and
 * every output are byte-identical for any -j. It does not decide what a
 * document contains: og_extract_document() does.
 */
#include "map.h"

#include <errno.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exit.h"
#include "fragments.h"
#include "progress.h"
#include "report.h"
#include "tree.h"

/* Documents per batch: bounds the fragments held at once. Never derived from
 * the thread count, or the reduce's grouping (and so the bytes) could change. */
#define OG_CLI_BATCH 256

typedef struct slot {
    og_graph *frag;  /* the fragment, or NULL when skipped or failed */
    int status;      /* 0 ok, 1 skipped, <0 fatal (og_status) */
    og_error err;    /* the fatal error */
    char *warnings;  /* buffered stderr lines, '\n'-terminated (malloc'd) */
    size_t wlen;
} slot;

typedef struct job {
    const og_cli_inputs *in;
    const og_cli_map_options *opts;
    slot *slots;           /* indexed by position within the batch */
    size_t first, count;   /* the batch: documents [first, first+count) */
    size_t next;           /* next document to take; guarded by lock */
    pthread_mutex_t lock;
} job;

static void slot_append(slot *s, const char *line)
{
    size_t n = strlen(line);
    char *p = realloc(s->warnings, s->wlen + n + 2);
    if (!p)
        return; /* losing a warning under memory pressure beats failing the run */
    memcpy(p + s->wlen, line, n);
    p[s->wlen + n] = '\n';
    p[s->wlen + n + 1] = '\0';
    s->warnings = p;
    s->wlen += n + 1;
}

static void slot_warn(slot *s, const og_error *w, const char *path)
{
    char line[1024];
    og_cli_format_line(line, sizeof line, 1, w, path);
    slot_append(s, line);
}

static void slot_skip(slot *s, const char *path, const char *what, const char *detail)
{
    og_error w = {0};
    w.code = OG_EINPUT;
    snprintf(w.message, sizeof w.message, "%s%s%s, skipped", what, detail ? ": " : "", detail ? detail : "");
    slot_warn(s, &w, path);
    s->status = 1;
}

/* The library's warning callback: payload is the document's slot. */
static void on_warning(const og_error *w, void *payload)
{
    slot *s = payload;
    slot_warn(s, w, NULL);
}

/* Reads a whole file. Returns 0, or errno. */
static int read_file(const char *path, char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return errno ? errno : EIO;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    int e = 0;
    while (buf) {
        if (n == cap) {
            char *p = cap > ((size_t)-1) / 2 ? NULL : realloc(buf, cap * 2);
            if (!p) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = p;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f))
                e = errno ? errno : EIO;
            break;
        }
    }
    fclose(f);
    if (!buf)
        return ENOMEM;
    if (e) {
        free(buf);
        return e;
    }
    *data = buf;
    *len = n;
    return 0;
}

static void map_one(job *j, size_t k)
{
    const og_cli_input *doc = &j->in->v[j->first + k];
    slot *s = &j->slots[k];
    char *data = NULL;
    size_t len = 0;
    const char *why = NULL;
    int e = doc->from_stdin ? og_cli_read_stdin(&data, &len) : read_file(doc->path, &data, &len);
    if (e == ENOMEM) {
        s->status = OG_ENOMEM;
        snprintf(s->err.file, sizeof s->err.file, "%s", doc->path);
        snprintf(s->err.message, sizeof s->err.message, "out of memory reading the file");
        s->err.code = OG_ENOMEM;
    } else if (e) {
        char msg[128];
        if (strerror_r(e, msg, sizeof msg) != 0)
            snprintf(msg, sizeof msg, "error %d", e);
        slot_skip(s, doc->path, "cannot read", msg);
    } else if (len == 0) {
        slot_skip(s, doc->path, "empty file", NULL);
    } else if (og_cli_looks_binary(data, len, &why)) {
        slot_skip(s, doc->path, why, NULL);
    } else {
        og_extract_options eo = OG_EXTRACT_OPTIONS_INIT;
        og_error err = {0};
        eo.lexicon = j->opts->lexicon;
        eo.keep_hedged = j->opts->keep_hedged;
        eo.max_evidence = j->opts->max_evidence;
        eo.warn = on_warning;
        eo.warn_payload = s;
        int rc = og_extract_document(&s->frag, doc->path, data, len, doc->fmt, &eo, &err);
        if (rc == OG_ENOMEM || rc == OG_ERROR || rc == OG_EINVAL) {
            s->status = rc;
            s->err = err;
            s->err.code = (og_status)rc;
            og_graph_free(s->frag);
            s->frag = NULL;
        } else if (rc != 0) {
            /* bad input (OG_EINPUT, OG_EIO, ...): skip this document */
            size_t n = strlen(err.message);
            if (n + sizeof ", skipped" <= sizeof err.message)
                memcpy(err.message + n, ", skipped", sizeof ", skipped");
            slot_warn(s, &err, doc->path);
            s->status = 1;
            og_graph_free(s->frag);
            s->frag = NULL;
        } else if (!s->frag) {
            s->status = OG_ERROR;
            snprintf(s->err.file, sizeof s->err.file, "%s", doc->path);
            snprintf(s->err.message, sizeof s->err.message, "extraction returned no graph");
            s->err.code = OG_ERROR;
        }
    }
    free(data);
    og_cli_progress_step(doc->size);
}

static void *worker(void *arg)
{
    job *j = arg;
    for (;;) {
        pthread_mutex_lock(&j->lock);
        size_t k = j->next++;
        pthread_mutex_unlock(&j->lock);
        if (k >= j->count)
            return NULL;
        map_one(j, k);
    }
}

/* Maps one batch on `threads` threads (1 = in this thread). */
static int map_batch(job *j, unsigned threads)
{
    j->next = 0;
    if (threads <= 1 || j->count <= 1) {
        worker(j);
        return OG_EXIT_OK;
    }
    if (threads > j->count)
        threads = (unsigned)j->count;
    pthread_t *t = calloc(threads, sizeof *t);
    if (!t)
        return og_cli_internal("out of memory");
    unsigned started = 0;
    for (; started < threads; started++)
        if (pthread_create(&t[started], NULL, worker, j) != 0)
            break;
    if (started == 0)
        worker(j); /* no thread could start: do the work here */
    for (unsigned i = 0; i < started; i++)
        pthread_join(t[i], NULL);
    free(t);
    return OG_EXIT_OK;
}

static unsigned default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1u : n > 64 ? 64u : (unsigned)n;
}

int og_cli_map_reduce(og_graph **out, const og_cli_inputs *in, const og_cli_map_options *opts, size_t *read,
                      size_t *skipped)
{
    unsigned threads = opts->jobs ? opts->jobs : default_jobs();
    size_t n_read = 0, n_skipped = 0;
    og_graph *acc = NULL;
    int rc = OG_EXIT_OK;
    job j;
    og_cli_tree tree;
    og_reduce_options tro = OG_REDUCE_OPTIONS_INIT;
    tro.max_evidence = opts->max_evidence;
    tro.curation = opts->curation;
    og_cli_tree_init(&tree, &tro);

    *out = NULL;
    /* libxml2 must be initialised once before threads parse HTML. */
    xmlInitParser();
    memset(&j, 0, sizeof j);
    j.in = in;
    j.opts = opts;
    if (pthread_mutex_init(&j.lock, NULL) != 0) {
        og_graph_free(opts->into);
        return og_cli_internal("cannot create a mutex");
    }
    if (opts->into && !opts->no_reduce) { /* --into: the old graph is one more input of the tree */
        og_error err = {0};
        if (og_cli_tree_push(&tree, opts->into, &err) != 0)
            rc = og_cli_error(&err, NULL);
    } else {
        og_graph_free(opts->into);
    }
    j.slots = calloc(OG_CLI_BATCH, sizeof *j.slots);
    const og_graph **parts = calloc(OG_CLI_BATCH + 1, sizeof *parts);
    if (!j.slots || !parts) {
        rc = og_cli_internal("out of memory");
        goto done;
    }
    og_cli_progress_start(in->n, in->total_bytes, opts->quiet);

    for (size_t first = 0; first < in->n && rc == OG_EXIT_OK; first += OG_CLI_BATCH) {
        j.first = first;
        j.count = in->n - first < OG_CLI_BATCH ? in->n - first : OG_CLI_BATCH;
        memset(j.slots, 0, OG_CLI_BATCH * sizeof *j.slots);
        if ((rc = map_batch(&j, threads)) != OG_EXIT_OK)
            break;

        size_t np = 0;
        for (size_t k = 0; k < j.count; k++) {
            slot *s = &j.slots[k];
            if (s->warnings) {
                og_cli_progress_clear();
                fputs(s->warnings, stderr);
            }
            if (s->status < 0 && rc == OG_EXIT_OK)
                rc = og_cli_error(&s->err, in->v[first + k].path);
            else if (s->status == 1)
                n_skipped++;
            else if (s->frag) {
                n_read++;
                parts[np++] = s->frag;
                if (opts->on_fragment && rc == OG_EXIT_OK)
                    rc = opts->on_fragment(s->frag, first + k, in->v[first + k].path, opts->payload);
            }
        }
        /* Each batch is reduced once, then merged into the tree: the reduce is
         * associative, so the grouping never changes the bytes, and a run
         * costs O(total log batches), not a re-reduce of everything per batch. */
        if (rc == OG_EXIT_OK && !opts->no_reduce && np > 0) {
            og_error err = {0};
            og_graph *g = NULL;
            int r = og_reduce(&g, parts, np, &tro, &err);
            if (r == 0)
                r = og_cli_tree_push(&tree, g, &err);
            else
                og_graph_free(g);
            if (r != 0)
                rc = og_cli_error(&err, NULL);
        }
        for (size_t k = 0; k < j.count; k++) {
            og_graph_free(j.slots[k].frag);
            free(j.slots[k].warnings);
        }
    }
    if (rc == OG_EXIT_OK && n_read == 0)
        rc = og_cli_fail("no document could be read (%zu skipped)", n_skipped);
    if (rc == OG_EXIT_OK && !opts->no_reduce) {
        og_error err = {0};
        if (og_cli_tree_finish(&tree, &acc, &err) != 0)
            rc = og_cli_error(&err, NULL);
    }
    if (rc == OG_EXIT_OK && !acc && !opts->no_reduce)
        rc = og_cli_internal("the reduce produced no graph");
done:
    og_cli_tree_free(&tree);
    free(parts);
    free(j.slots);
    pthread_mutex_destroy(&j.lock);
    if (read)
        *read = n_read;
    if (skipped)
        *skipped = n_skipped;
    if (rc != OG_EXIT_OK) {
        og_graph_free(acc);
        return rc;
    }
    *out = acc;
    return OG_EXIT_OK;
}
