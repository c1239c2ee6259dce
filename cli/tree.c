/*
 * tree.c - binary-counter merging of graphs with og_reduce() (see tree.h).
 * It decides nothing about identity: every merge is the library's reduce.
 */
#include "tree.h"

#include <string.h>

void og_cli_tree_init(og_cli_tree *t, const og_reduce_options *ro)
{
    memset(t, 0, sizeof *t);
    og_reduce_options def = OG_REDUCE_OPTIONS_INIT;
    t->ro = ro ? *ro : def;
}

static int merge2(og_cli_tree *t, og_graph *a, og_graph *b, og_graph **out, og_error *err)
{
    const og_graph *parts[2] = {a, b};
    *out = NULL;
    int rc = og_reduce(out, parts, 2, &t->ro, err);
    og_graph_free(a);
    og_graph_free(b);
    if (rc) {
        og_graph_free(*out);
        *out = NULL;
    }
    return rc;
}

int og_cli_tree_push(og_cli_tree *t, og_graph *g, og_error *err)
{
    size_t l = 0;
    while (l < 63 && t->level[l]) {
        og_graph *m = NULL;
        og_graph *lower = t->level[l];
        t->level[l] = NULL;
        int rc = merge2(t, lower, g, &m, err);
        if (rc)
            return rc;
        g = m;
        l++;
    }
    if (t->level[l]) { /* 2^63 pushes: cannot happen, but never leak */
        og_graph *m = NULL;
        int rc = merge2(t, t->level[l], g, &m, err);
        t->level[l] = NULL;
        if (rc)
            return rc;
        g = m;
    }
    t->level[l] = g;
    return 0;
}

int og_cli_tree_finish(og_cli_tree *t, og_graph **out, og_error *err)
{
    const og_graph *parts[64];
    size_t n = 0;
    for (size_t l = 0; l < 64; l++)
        if (t->level[l])
            parts[n++] = t->level[l];
    *out = NULL;
    int rc = og_reduce(out, parts, n, &t->ro, err);
    og_cli_tree_free(t);
    if (rc) {
        og_graph_free(*out);
        *out = NULL;
    }
    return rc;
}

void og_cli_tree_free(og_cli_tree *t)
{
    for (size_t l = 0; l < 64; l++) {
        og_graph_free(t->level[l]);
        t->level[l] = NULL;
    }
}
