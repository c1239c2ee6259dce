/*
 * test_graphml_hostile.c - hostile GraphML inputs, one ctest per case.
 *
 *   test_graphml_hostile file PATH   committed case: err-* must fail with OG_EINPUT and a
 *                                    line (err-...-lineN: exactly line N); ok-* must read.
 *                                    Neither may leak /etc/passwd or expanded entities.
 *   test_graphml_hostile gen CASE    large inputs generated here (never committed):
 *                                    deep nesting, huge values, 100,000 keys, many nodes.
 * Every case also has a ctest TIMEOUT, so a hang or quadratic time fails.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "orgraph.h"

static int failures;

/* Time limits catch quadratic behaviour, not slow machines: sanitizer builds get 10x. */
#if defined(__SANITIZE_ADDRESS__)
#define SLOW 10.0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SLOW 10.0
#endif
#endif
#ifndef SLOW
#define SLOW 1.0
#endif

#define EXPECT(cond, ...)                                                                          \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);                        \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Exports `g` and checks that nothing secret or expanded leaked into it. */
static void check_no_leak(const og_graph *g)
{
    og_sink *s = og_sink_memory();
    og_error err = {0};
    EXPECT(s && og_export_graphml(g, NULL, s, &err) == 0, "export: %s", err.message);
    size_t len = 0;
    const char *out = s ? og_sink_memory_data(s, &len) : NULL;
    if (out) {
        EXPECT(!strstr(out, "root:"), "passwd content leaked into the graph");
        EXPECT(!strstr(out, "lollollol"), "an entity was expanded");
        EXPECT(!strstr(out, "must-not-fetch"), "an external resource was referenced");
    }
    og_sink_free(s);
}

static int run_file(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    og_graph *g = NULL;
    og_error err = {0};
    double t0 = now();
    int rc = og_read_graphml_file(&g, path, &err);
    double dt = now() - t0;
    printf("%s: rc=%d %s:%u:%u: %s (%.3f s)\n", base, rc, err.file, err.line, err.column, err.message, dt);
    EXPECT(dt < 5.0 * SLOW, "took %.1f s", dt);
    if (!strncmp(base, "err-", 4)) {
        EXPECT(rc == OG_EINPUT, "expected OG_EINPUT, got %d", rc);
        EXPECT(g == NULL, "graph returned with an error");
        EXPECT(err.line > 0, "error without a line");
        EXPECT(err.message[0] != '\0', "error without a message");
        const char *l = strstr(base, "-line");
        if (l)
            EXPECT(err.line == (unsigned)atoi(l + 5), "error on line %u, expected %d", err.line, atoi(l + 5));
    } else {
        EXPECT(rc == 0, "expected success: %s", err.message);
        if (g) {
            EXPECT(og_graph_check(g, 0, &err) == 0, "og_graph_check: %s", err.message);
            check_no_leak(g);
        }
    }
    og_graph_free(g);
    return failures ? 1 : 0;
}

/* ---- generated cases ---------------------------------------------------- */

typedef struct gbuf {
    char *p;
    size_t len, cap;
} gbuf;

static void put(gbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p) {
            fprintf(stderr, "out of memory\n");
            exit(2);
        }
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void puts_(gbuf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void fill(gbuf *b, char c, size_t n)
{
    char chunk[4096];
    memset(chunk, c, sizeof chunk);
    while (n) {
        size_t k = n < sizeof chunk ? n : sizeof chunk;
        put(b, chunk, k);
        n -= k;
    }
}

static const char *head = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                          "<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";

static int read_buf(gbuf *b, og_graph **g, og_error *err, double *dt)
{
    double t0 = now();
    int rc = og_read_graphml_memory(g, "generated.graphml", b->p, b->len, err);
    *dt = now() - t0;
    printf("rc=%d %u:%u %s (%.3f s, %zu bytes)\n", rc, err->line, err->column, err->message, *dt, b->len);
    return rc;
}

static int run_gen(const char *name)
{
    gbuf b = {0};
    og_graph *g = NULL;
    og_error err = {0};
    double dt;
    int rc;
    puts_(&b, head);
    if (!strcmp(name, "deep-nesting")) {
        puts_(&b, "<graph edgedefault=\"directed\"><node id=\"a\">");
        for (int i = 0; i < 100000; i++)
            puts_(&b, "<graph><node id=\"x\">");
        rc = read_buf(&b, &g, &err, &dt);
        EXPECT(rc == OG_EINPUT, "rc %d", rc);
        EXPECT(strstr(err.message, "deeper") != NULL, "message: %s", err.message);
        EXPECT(err.line > 0, "no line");
    } else if (!strcmp(name, "big-value-over-cap")) {
        /* 17 MiB of text in one <data>: over OG_GRAPHML_MAX_VALUE (and libxml2's own 10 MB cap) */
        puts_(&b, "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"label\">");
        fill(&b, 'x', (17u << 20));
        puts_(&b, "</data></node></graph></graphml>\n");
        rc = read_buf(&b, &g, &err, &dt);
        EXPECT(rc == OG_EINPUT, "rc %d", rc);
        EXPECT(err.line > 0 && err.message[0], "no position or message");
        EXPECT(dt < 30.0 * SLOW, "%.1f s", dt);
    } else if (!strcmp(name, "big-value-within-cap")) {
        /* 9.5 MB label and 9.5 MB node id: within every cap, read intact */
        size_t n = 9500000;
        puts_(&b, "<graph edgedefault=\"directed\"><node id=\"");
        fill(&b, 'i', n);
        puts_(&b, "\"><data key=\"label\">");
        fill(&b, 'y', n);
        puts_(&b, "</data></node></graph></graphml>\n");
        rc = read_buf(&b, &g, &err, &dt);
        EXPECT(rc == 0, "rc %d: %s", rc, err.message);
        if (g) {
            EXPECT(og_graph_node_count(g) == 1, "nodes %zu", og_graph_node_count(g));
            EXPECT(strlen(og_graph_node_label(g, 0)) == n, "label length %zu", strlen(og_graph_node_label(g, 0)));
            EXPECT(og_graph_node_id(g, 0) && strlen(og_graph_node_id(g, 0)) == n, "id length");
        }
        EXPECT(dt < 30.0 * SLOW, "%.1f s", dt);
    } else if (!strcmp(name, "many-keys")) {
        /* 100,000 <key> declarations, each used once: must stay linear */
        char line[256];
        size_t n = 100000;
        for (size_t i = 0; i < n; i++) {
            snprintf(line, sizeof line, "<key id=\"k%zu\" for=\"node\" attr.name=\"attr%zu\" attr.type=\"int\"/>\n", i, i);
            puts_(&b, line);
        }
        puts_(&b, "<graph edgedefault=\"directed\">\n");
        for (size_t i = 0; i < n; i += 100) {
            snprintf(line, sizeof line, "<node id=\"n%zu\"><data key=\"k%zu\">%zu</data></node>\n", i, i, i);
            puts_(&b, line);
        }
        puts_(&b, "</graph></graphml>\n");
        rc = read_buf(&b, &g, &err, &dt);
        EXPECT(rc == 0, "rc %d: %s", rc, err.message);
        if (g) {
            EXPECT(og_graph_node_count(g) == n / 100, "nodes %zu", og_graph_node_count(g));
            EXPECT(og_graph_key_count(g, 0) >= n, "declared keys %zu", og_graph_key_count(g, 0));
            const og_value *v = og_graph_node_attr(g, 5, "attr500");
            EXPECT(v && v->kind == OG_VAL_INT && v->u.i == 500, "attr500 of node 5");
            og_sink *s = og_sink_memory();
            double t0 = now();
            EXPECT(og_export_graphml(g, NULL, s, &err) == 0, "export: %s", err.message);
            printf("export of %zu keys: %.3f s\n", n, now() - t0);
            EXPECT(now() - t0 < 30.0 * SLOW, "export too slow");
            og_sink_free(s);
        }
        EXPECT(dt < 30.0 * SLOW, "%.1f s for 100,000 keys", dt);
    } else if (!strcmp(name, "many-nodes-linear")) {
        char line[256];
        size_t n = 100000;
        puts_(&b, "<graph edgedefault=\"directed\">\n");
        for (size_t i = 0; i < n; i++) {
            snprintf(line, sizeof line, "<node id=\"n%zu\"><data key=\"label\">node %zu</data></node>\n", i, i);
            puts_(&b, line);
        }
        for (size_t i = 1; i < n; i++) {
            snprintf(line, sizeof line, "<edge source=\"n%zu\" target=\"n%zu\"/>\n", i, (i * 7919u) % i);
            puts_(&b, line);
        }
        puts_(&b, "</graph></graphml>\n");
        rc = read_buf(&b, &g, &err, &dt);
        EXPECT(rc == 0, "rc %d: %s", rc, err.message);
        if (g)
            EXPECT(og_graph_node_count(g) == n, "nodes %zu", og_graph_node_count(g));
        EXPECT(dt < 60.0 * SLOW, "%.1f s", dt);
    } else if (!strcmp(name, "laughs-generated")) {
        /* quadratic blow-up: one 64 KB entity referenced 20,000 times */
        gbuf d = {0};
        puts_(&d, "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY big \"");
        fill(&d, 'a', 65536);
        puts_(&d, "\">]>\n<graphml><graph><node id=\"a\"><data key=\"label\">");
        for (int i = 0; i < 20000; i++)
            puts_(&d, "&big;");
        puts_(&d, "</data></node></graph></graphml>\n");
        free(b.p);
        b = d;
        rc = read_buf(&b, &g, &err, &dt);
        EXPECT(rc == OG_EINPUT, "rc %d", rc);
        EXPECT(dt < 30.0 * SLOW, "%.1f s", dt);
    } else {
        fprintf(stderr, "unknown case %s\n", name);
        free(b.p);
        return 2;
    }
    og_graph_free(g);
    free(b.p);
    return failures ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "file"))
        return run_file(argv[2]);
    if (argc == 3 && !strcmp(argv[1], "gen"))
        return run_gen(argv[2]);
    fprintf(stderr, "usage: %s file PATH | gen CASE\n", argv[0]);
    return 2;
}
