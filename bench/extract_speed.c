/*
 * extract_speed.c - times the extraction stages on one file, one core:
 * front end (decode, repair, segment: og__doc_load), lexicon scan
 * (og__lexicon_scan over the decoded text) and, with --full, the whole map
 * step (og_extract_document). Prints one "stage MB/s" line per stage,
 * relative to the input size, from CPU time (not wall time). Not a test; bench/extract_speed.sh drives it.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "doc.h"
#include "lexicon.h"

/* CPU time of this process: the machine may be shared, and the goal is
 * MB/s per core, so wall time would measure the neighbours. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

int main(int argc, char **argv)
{
    int full = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--full"))
            full = 1;
        else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: bench_extract_speed [--full] FILE\n");
        return 1;
    }
    size_t len = 0;
    char *data = slurp(path, &len);
    if (!data) {
        fprintf(stderr, "bench_extract_speed: cannot read %s\n", path);
        return 1;
    }
    double mb = (double)len / 1e6;
    og_error err = {0};
    og_lexicon *lex = NULL;
    if (og_lexicon_new_default(&lex, &err)) {
        fprintf(stderr, "lexicon: %s\n", err.message);
        return 2;
    }
    double t0 = now();
    og__doc d;
    if (og__doc_load(&d, path, data, len, OG_FORMAT_AUTO, NULL, NULL, &err)) {
        fprintf(stderr, "%s:%u:%u: %s\n", err.file, err.line, err.column, err.message);
        return 1;
    }
    double t1 = now();
    og__lex_hit *hits = NULL;
    size_t nh = 0;
    if (og__lexicon_scan(lex, d.text, d.len, &hits, &nh, &err)) {
        fprintf(stderr, "scan: %s\n", err.message);
        return 2;
    }
    double t2 = now();
    printf("input_mb %.1f blocks %zu sentences %zu hits %zu\n", mb, d.n_blocks, d.n_sents, nh);
    printf("frontend_mb_s %.1f\n", mb / (t1 - t0));
    printf("scan_mb_s %.1f\n", mb / (t2 - t1));
    printf("frontend_scan_mb_s %.1f\n", mb / (t2 - t0));
    og_free(hits);
    og__doc_free(&d);
#ifndef OG_BENCH_FRONTEND_ONLY /* build without the recognisers: front end only */
    if (full) {
        og_extract_options o = OG_EXTRACT_OPTIONS_INIT;
        o.lexicon = lex;
        og_graph *g = NULL;
        double t3 = now();
        if (og_extract_document(&g, path, data, len, OG_FORMAT_AUTO, &o, &err)) {
            fprintf(stderr, "extract: %s\n", err.message);
            return 2;
        }
        double t4 = now();
        printf("extract_document_mb_s %.1f nodes %zu edges %zu\n", mb / (t4 - t3), og_graph_node_count(g),
               og_graph_edge_count(g));
        og_graph_free(g);
    }
#else
    (void)full;
#endif
    og_lexicon_free(lex);
    free(data);
    return 0;
}
