/*
 * progress.c - the progress line (documents done/total, MB/s, ETA) and the
 * summary line, drawn on stderr only on a terminal and without --quiet.
 *
 * It never writes to stdout (which may carry a graph) and never affects what
 * is computed: it only observes counts.
 */
#include "progress.h"

#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static struct {
    pthread_mutex_t lock;
    int enabled, drawn;
    size_t total_docs, done_docs;
    uint64_t total_bytes, done_bytes;
    double start, last_draw;
} og_progress = {PTHREAD_MUTEX_INITIALIZER, 0, 0, 0, 0, 0, 0, 0.0, 0.0};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void og_cli_progress_start(size_t total_docs, uint64_t total_bytes, int quiet)
{
    pthread_mutex_lock(&og_progress.lock);
    og_progress.enabled = !quiet && isatty(STDERR_FILENO);
    og_progress.total_docs = total_docs;
    og_progress.total_bytes = total_bytes;
    og_progress.done_docs = 0;
    og_progress.done_bytes = 0;
    og_progress.start = now();
    og_progress.last_draw = 0.0;
    pthread_mutex_unlock(&og_progress.lock);
}

static void draw(double t)
{
    double elapsed = t - og_progress.start;
    double mbps = elapsed > 0 ? (double)og_progress.done_bytes / 1e6 / elapsed : 0.0;
    double eta = 0.0;
    if (og_progress.done_bytes > 0 && og_progress.total_bytes > og_progress.done_bytes)
        eta = elapsed * (double)(og_progress.total_bytes - og_progress.done_bytes) / (double)og_progress.done_bytes;
    fprintf(stderr, "\r\033[Korgraph: %zu/%zu documents, %.1f MB/s, ETA %.0f s", og_progress.done_docs,
            og_progress.total_docs, mbps, eta);
    fflush(stderr);
    og_progress.drawn = 1;
    og_progress.last_draw = t;
}

void og_cli_progress_step(uint64_t bytes)
{
    pthread_mutex_lock(&og_progress.lock);
    og_progress.done_docs++;
    og_progress.done_bytes += bytes;
    if (og_progress.enabled) {
        double t = now();
        if (t - og_progress.last_draw >= 0.1 || og_progress.done_docs == og_progress.total_docs)
            draw(t);
    }
    pthread_mutex_unlock(&og_progress.lock);
}

void og_cli_progress_clear(void)
{
    pthread_mutex_lock(&og_progress.lock);
    if (og_progress.drawn) {
        fputs("\r\033[K", stderr);
        og_progress.drawn = 0;
    }
    pthread_mutex_unlock(&og_progress.lock);
}

void og_cli_progress_summary(size_t docs_read, size_t docs_skipped, size_t nodes, size_t edges, size_t outputs)
{
    og_cli_progress_clear();
    pthread_mutex_lock(&og_progress.lock);
    if (og_progress.enabled) {
        double elapsed = now() - og_progress.start;
        double mb = (double)og_progress.done_bytes / 1e6;
        fprintf(stderr, "orgraph: %zu document%s read", docs_read, docs_read == 1 ? "" : "s");
        if (docs_skipped)
            fprintf(stderr, " (%zu skipped)", docs_skipped);
        fprintf(stderr, ", %.2f MB in %.2f s (%.1f MB/s): %zu nodes, %zu edges, %zu output%s written\n", mb, elapsed,
                elapsed > 0 ? mb / elapsed : 0.0, nodes, edges, outputs, outputs == 1 ? "" : "s");
    }
    pthread_mutex_unlock(&og_progress.lock);
}
