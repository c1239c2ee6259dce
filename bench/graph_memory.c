/*
 * graph_memory.c - memory bench for the graph model: builds N nodes (default
 * 1,000,000, named, typed, with two short attributes and a source) and M
 * edges (default 3,000,000, random predicates, one evidence record each)
 * through the public API only, then prints peak RSS (VmHWM) and bytes per
 * node and per edge; with a third argument "reduce" it also times og_reduce
 * of the graph (ids, labels, sorting) and reports the peak again.
 * Usage: graph_memory [nodes] [edges] [reduce]
 * Does not: export (other benches time the exporters).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "orgraph.h"

static long status_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, field, n) == 0 && line[n] == ':')
            kb = strtol(line + n + 1, NULL, 10);
    if (f)
        fclose(f);
    return kb;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

int main(int argc, char **argv)
{
    size_t n_nodes = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
    size_t n_edges = argc > 2 ? strtoul(argv[2], NULL, 10) : 3000000;
    og_error err = {0};
    long base_kb = status_kb("VmRSS");
    double t0 = now();
    og_graph *g = og_graph_new();
    if (!g)
        return 2;
    char name[64], val[32], doc[32], sentence[96];
    for (size_t i = 0; i < n_nodes; i++) {
        og_node_id id;
        og_node_type t = (og_node_type)(i % OG_THING);
        snprintf(name, sizeof name, "Organisation %zu", i);
        snprintf(doc, sizeof doc, "doc%zu.txt", i % 1000);
        if (og_graph_add_node(g, t, name, 1, &id, &err) || og_graph_node_add_source(g, id, doc, &err))
            goto fail;
        snprintf(val, sizeof val, "O%zu", i);
        if (og_graph_node_set_attr_str(g, id, OG_ATTR_ACRONYM, val, &err))
            goto fail;
        snprintf(val, sizeof val, "%zu", 1900 + i % 120);
        if (og_graph_node_set_attr_str(g, id, OG_ATTR_ESTABLISHED, val, &err))
            goto fail;
    }
    double t1 = now();
    long nodes_kb = status_kb("VmRSS");
    for (size_t i = 0; i < n_edges; i++) {
        og_node_id s = next_rand() % (uint32_t)n_nodes, o = next_rand() % (uint32_t)n_nodes;
        og_predicate p = (og_predicate)(next_rand() % OG_RELATED);
        snprintf(doc, sizeof doc, "doc%u.txt", next_rand() % 1000);
        snprintf(sentence, sizeof sentence, "Sentence %u about two organisations.", next_rand() % 10000);
        og_evidence ev = {doc, 1 + next_rand() % 500, 1 + next_rand() % 80, sentence, 0.5};
        if (og_graph_add_edge(g, s, p, o, &ev, NULL, &err))
            goto fail;
    }
    double t2 = now();
    long rss_kb = status_kb("VmRSS");
    long hwm_kb = status_kb("VmHWM");
    og_error cerr = {0};
    int check = og_graph_check(g, 0, &cerr);
    printf("nodes %zu, edges %zu (%zu after dedup/self-loops)\n", og_graph_node_count(g), n_edges,
           og_graph_edge_count(g));
    printf("build: nodes %.2f s, edges %.2f s\n", t1 - t0, t2 - t1);
    printf("RSS %.1f MiB, VmHWM %.1f MiB\n", rss_kb / 1024.0, hwm_kb / 1024.0);
    printf("bytes per node %.0f, bytes per edge %.0f\n", (nodes_kb - base_kb) * 1024.0 / (double)n_nodes,
           (rss_kb - nodes_kb) * 1024.0 / (double)og_graph_edge_count(g));
    printf("check: %s\n", check == 0 ? "ok" : cerr.message);
    if (argc > 3 && strcmp(argv[3], "reduce") == 0) {
        og_graph *red = NULL;
        const og_graph *parts[1] = {g};
        double t3 = now();
        if (og_reduce(&red, parts, 1, NULL, &err))
            goto fail;
        double t4 = now();
        hwm_kb = status_kb("VmHWM");
        printf("reduce: %.2f s, %zu nodes, %zu edges, VmHWM %.1f MiB\n", t4 - t3, og_graph_node_count(red),
               og_graph_edge_count(red), hwm_kb / 1024.0);
        og_graph_free(red);
    }
    og_graph_free(g);
    return hwm_kb < 1024L * 1024L && check == 0 ? 0 : 1;
fail:
    fprintf(stderr, "graph_memory: %s\n", err.message);
    og_graph_free(g);
    return 2;
}
