/*
 * cmd_stats.c - `orgraph stats FILE.graphml`: node counts by type, edge
 * counts by predicate and the most connected nodes, as plain text on stdout.
 *
 * Read-only: it writes no file. Ties in degree are broken by label, then by
 * index, so the listing is deterministic.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "exit.h"
#include "report.h"

static const char usage[] = "orgraph stats [options] FILE.graphml";
static const char description[] =
    "Prints the size of a graph: nodes by type, edges by predicate, and the --top most connected\n"
    "nodes (default 10).";

static const og_graph *sort_graph; /* qsort has no payload argument */

static int by_degree(const void *a, const void *b)
{
    og_node_id x = *(const og_node_id *)a, y = *(const og_node_id *)b;
    size_t dx = og_graph_node_degree(sort_graph, x), dy = og_graph_node_degree(sort_graph, y);
    if (dx != dy)
        return dx > dy ? -1 : 1;
    int c = strcmp(og_graph_node_label(sort_graph, x), og_graph_node_label(sort_graph, y));
    if (c)
        return c;
    return x < y ? -1 : x > y;
}

static int print_stats(const og_graph *g, const char *path, size_t top)
{
    size_t nn = og_graph_node_count(g), ne = og_graph_edge_count(g);
    size_t by_type[OG_NODE_TYPE_COUNT] = {0}, by_pred[OG_PREDICATE_COUNT] = {0};
    for (og_node_id i = 0; i < nn; i++) {
        og_node_type t = og_graph_node_type(g, i);
        if ((unsigned)t < OG_NODE_TYPE_COUNT)
            by_type[t]++;
    }
    for (og_edge_id e = 0; e < ne; e++) {
        og_predicate p = og_graph_edge_predicate(g, e);
        if ((unsigned)p < OG_PREDICATE_COUNT)
            by_pred[p]++;
    }
    printf("%s: %zu nodes, %zu edges\n", path, nn, ne);
    printf("\nnodes by type:\n");
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++)
        if (by_type[t])
            printf("  %-18s %zu\n", og_node_type_name((og_node_type)t), by_type[t]);
    printf("\nedges by predicate:\n");
    for (int p = 0; p < OG_PREDICATE_COUNT; p++)
        if (by_pred[p])
            printf("  %-18s %zu\n", og_predicate_name((og_predicate)p), by_pred[p]);
    if (nn == 0)
        return OG_EXIT_OK;
    og_node_id *order = malloc(nn * sizeof *order);
    if (!order)
        return og_cli_internal("out of memory");
    for (og_node_id i = 0; i < nn; i++)
        order[i] = i;
    sort_graph = g;
    qsort(order, nn, sizeof *order, by_degree);
    if (top > nn)
        top = nn;
    printf("\ntop %zu nodes by degree:\n", top);
    for (size_t k = 0; k < top; k++) {
        og_node_id n = order[k];
        const char *id = og_graph_node_id(g, n);
        printf("  %6zu  %-14s %s%s%s%s\n", og_graph_node_degree(g, n), og_node_type_name(og_graph_node_type(g, n)),
               og_graph_node_label(g, n), id ? " (" : "", id ? id : "", id ? ")" : "");
    }
    free(order);
    return OG_EXIT_OK;
}

int og_cmd_stats(int argc, char **argv)
{
    og_cli_args a;
    og_graph *g = NULL;
    og_error err = {0};

    int rc = og_cli_parse(&a, OG_CMD_STATS, "stats", argc, argv);
    if (rc != OG_EXIT_OK)
        goto done;
    if (a.help) {
        rc = og_cli_help(OG_CMD_STATS, usage, description);
        goto done;
    }
    if (a.version) {
        rc = og_cli_version();
        goto done;
    }
    if (a.n_operands != 1) {
        rc = og_cli_usage("stats", "stats: give exactly one GraphML file (got %zu)", a.n_operands);
        goto done;
    }
    if (og_read_graphml_file(&g, a.operands[0], &err) != 0) {
        rc = og_cli_error(&err, a.operands[0]);
        goto done;
    }
    rc = print_stats(g, a.operands[0], a.select.top ? a.select.top : 10);
    if (rc == OG_EXIT_OK && (fflush(stdout) != 0 || ferror(stdout)))
        rc = og_cli_fail("cannot write to standard output");

done:
    og_graph_free(g);
    og_cli_args_free(&a);
    return rc;
}
