/*
 * dot_render.c - bench helper: times the DOT writer and the in-process
 * renderer on a GraphML file.
 *   bench_dot_render FILE.graphml [FORMAT [OUT [all]]]
 * FORMAT: png by default; "none" skips rendering. OUT: also write the
 * diagram there. "all": no default node cap (as after an explicit --ego).
 * Prints read, DOT export and diagram (selection + layout + render) times in
 * seconds. Not part of CI.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "orgraph.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Process CPU seconds: the fairer measure on a shared, busy machine. */
static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void note(const og_error *w, void *payload)
{
    (void)payload;
    fprintf(stderr, "note: %s\n", w->message);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE.graphml [png|svg|pdf|none [OUT [all]]]\n", argv[0]);
        return 2;
    }
    const char *fmt = argc > 2 ? argv[2] : "png";
    og_error err = {0};
    og_graph *g = NULL;
    double t0 = now(), c0 = cpu();
    if (og_read_graphml_file(&g, argv[1], &err) != 0) {
        fprintf(stderr, "%s: %s\n", argv[1], err.message);
        return 1;
    }
    double t1 = now(), c1 = cpu();
    og_sink *s = og_sink_memory();
    og_export_options o = OG_EXPORT_OPTIONS_INIT;
    o.warn = note;
    if (argc > 4 && strcmp(argv[4], "all") == 0)
        o.diagram_max_nodes = OG_DIAGRAM_ALL;
    if (og_export_dot(g, &o, s, &err) != 0) {
        fprintf(stderr, "dot: %s\n", err.message);
        return 1;
    }
    size_t dot_len;
    og_sink_memory_data(s, &dot_len);
    og_sink_free(s);
    double t2 = now(), c2 = cpu();
    size_t img_len = 0;
    if (strcmp(fmt, "none") != 0) {
        s = og_sink_memory();
        if (og_export_rendered(g, &o, fmt, s, &err) != 0) {
            fprintf(stderr, "%s: %s\n", fmt, err.message);
            return 1;
        }
        const char *img = og_sink_memory_data(s, &img_len);
        if (argc > 3) {
            og_sink *f = og_sink_file_atomic(argv[3], &err);
            if (!f || og_sink_write(f, img, img_len) != 0 || og_sink_close(f, &err) != 0) {
                fprintf(stderr, "%s: %s\n", argv[3], err.message);
                return 1;
            }
            og_sink_free(f);
        }
        og_sink_free(s);
    }
    double t3 = now(), c3 = cpu();
    printf("nodes %zu edges %zu\n", og_graph_node_count(g), og_graph_edge_count(g));
    printf("read_graphml %.3f s wall %.3f s CPU\n", t1 - t0, c1 - c0);
    printf("export_dot %.3f s wall %.3f s CPU (%zu bytes)\n", t2 - t1, c2 - c1, dot_len);
    if (strcmp(fmt, "none") != 0)
        printf("diagram_%s %.3f s wall %.3f s CPU (%zu bytes; trim + layout + render)\n", fmt, t3 - t2, c3 - c2,
               img_len);
    og_graph_free(g);
    return 0;
}
