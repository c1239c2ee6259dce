/*
 * fuzz_fragment.c - libFuzzer target for the NDJSON fragment reader.
 *
 * The input is read as fragment lines from memory (line limit 1 MiB). Every
 * fragment read must pass og_graph_check(), write back (og_export_fragment),
 * and that line must read back and write again to the same bytes (the
 * writer's output is a fixed point); the fragments are then reduced together,
 * and the reduce must succeed and pass og_graph_check(). Errors must carry a
 * line number. Only crashes, sanitizer reports and broken laws count.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "orgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FRAGS 16

typedef struct acc {
    og_graph *g[MAX_FRAGS];
    size_t n;
} acc;

static char *write_line(const og_graph *g, size_t *len)
{
    og_sink *s = og_sink_memory();
    og_error e = {0};
    if (!s)
        return NULL;
    char *copy = NULL;
    int rc = og_export_fragment(g, NULL, s, &e);
    if (rc == 0) {
        const char *d = og_sink_memory_data(s, len);
        copy = malloc(*len + 1);
        if (copy)
            memcpy(copy, d, *len + 1);
    } else if (rc != OG_EINPUT && rc != OG_ENOMEM) {
        fprintf(stderr, "og_export_fragment: %d %s\n", rc, e.message);
        abort();
    }
    og_sink_free(s);
    return copy;
}

static int on_frag(og_graph *g, unsigned line, void *payload)
{
    acc *a = payload;
    og_error e = {0};
    if (line == 0 || og_graph_check(g, 0, &e) != 0) {
        fprintf(stderr, "fragment at line %u fails og_graph_check: %s\n", line, e.message);
        abort();
    }
    size_t l1 = 0, l2 = 0;
    char *one = write_line(g, &l1);
    if (one) {
        og_graph *back = NULL;
        if (og_read_fragment_line(&back, "written", 1, one, l1, &e) != 0) {
            fprintf(stderr, "a written fragment does not read back: %u:%u: %s\n", e.line, e.column, e.message);
            abort();
        }
        char *two = write_line(back, &l2);
        if (!two || l1 != l2 || memcmp(one, two, l1) != 0) {
            fprintf(stderr, "fragment writing is not a fixed point:\n%s%s", one, two ? two : "(null)\n");
            abort();
        }
        free(two);
        og_graph_free(back);
        free(one);
    }
    if (a->n == MAX_FRAGS) {
        og_graph_free(g);
        return 0;
    }
    a->g[a->n++] = g;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    acc a = {{0}, 0};
    og_error err = {0};
    int rc = og_read_fragments_memory("fuzz.ndjson", (const char *)data, size, 1u << 20, on_frag, &a, &err);
    if (rc != 0 && (err.line == 0 || err.message[0] == '\0') && rc != OG_ENOMEM) {
        fprintf(stderr, "error without a line: %d %s\n", rc, err.message);
        abort();
    }
    og_graph *r = NULL;
    memset(&err, 0, sizeof err);
    if (og_reduce(&r, (const og_graph *const *)a.g, a.n, NULL, &err) == 0) {
        if (og_graph_check(r, 1, &err) != 0) {
            fprintf(stderr, "reduced fragments fail og_graph_check: %s\n", err.message);
            abort();
        }
    } else if (err.code != OG_ENOMEM) {
        fprintf(stderr, "og_reduce failed: %s\n", err.message);
        abort();
    }
    og_graph_free(r);
    for (size_t i = 0; i < a.n; i++)
        og_graph_free(a.g[i]);
    return 0;
}
