/*
 * dot_cluster.c - Graphviz clusters for the diagram built by og__dot_build:
 * one cluster per node type (--cluster type), or nested clusters along
 * part_of (--cluster parent).
 *
 * Does: create the subgraphs through cgraph and move nodes into them.
 * Does not: create nodes or edges, style anything but the cluster frame, or
 * choose whether clustering happens (dot.c does, from the options).
 */
#include <stdint.h>
#include <stdio.h>

#include "common.h"
#include "dot_build.h"

Agraph_t *og__dot_new_cluster(og__dot_ctx *bd, Agraph_t *parent, const char *name, const char *label, const char *fill)
{
    Agraph_t *sg = agsubg(parent, (char *)name, 1);
    if (!sg) {
        bd->failed = 1;
        return NULL;
    }
    og__dot_set(bd, sg, bd->s.g_label, label);
    og__dot_set(bd, sg, bd->s.g_style, "rounded,filled");
    og__dot_set(bd, sg, bd->s.g_fill, fill);
    og__dot_set(bd, sg, bd->s.g_colour, "#BBBBBB");
    return sg;
}

void og__dot_cluster_by_type(og__dot_ctx *bd)
{
    Agraph_t *sub[OG_NODE_TYPE_COUNT] = {0};
    size_t n = og_graph_node_count(bd->g);
    for (og_node_id i = 0; i < n && !bd->failed; i++) {
        og_node_type t = og__dot_clamp_type(og_graph_node_type(bd->g, i));
        if (!sub[t]) {
            char name[48];
            snprintf(name, sizeof name, "cluster_%s", og_node_type_name(t));
            sub[t] = og__dot_new_cluster(bd, bd->root, name, og_node_type_name(t), "#F7F7F7");
            if (!sub[t])
                return;
        }
        agsubnode(sub[t], bd->nodes[i], 1);
    }
}

/* Parent clusters along part_of: a node with children gets a cluster holding
 * itself and its children, nested inside its own parent's cluster. Each node
 * has at most one parent (the object of its first part_of edge); cycles and
 * chains deeper than 16 are cut. */
#define PARENT_DEPTH 16
typedef struct pc {
    og__dot_ctx *bd;
    og_node_id *parent; /* UINT32_MAX = none */
    unsigned char *has_child;
    Agraph_t **cl;
} pc;

static Agraph_t *parent_cluster(pc *c, og_node_id p, unsigned depth)
{
    if (c->cl[p] || c->bd->failed)
        return c->cl[p];
    Agraph_t *outer = c->bd->root;
    if (c->parent[p] != UINT32_MAX && depth < PARENT_DEPTH)
        outer = parent_cluster(c, c->parent[p], depth + 1);
    if (!outer)
        return NULL;
    char name[48];
    snprintf(name, sizeof name, "cluster_p%u", (unsigned)p);
    c->cl[p] = og__dot_new_cluster(c->bd, outer, name, "", depth % 2 ? "#FFFFFF" : "#F2F2F2");
    if (c->cl[p])
        agsubnode(c->cl[p], c->bd->nodes[p], 1);
    return c->cl[p];
}

void og__dot_cluster_by_parent(og__dot_ctx *bd)
{
    const og_graph *g = bd->g;
    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    pc c = {bd, og_malloc((n + 1) * sizeof(og_node_id)), og_malloc(n + 1), og_malloc((n + 1) * sizeof(Agraph_t *))};
    if (!c.parent || !c.has_child || !c.cl) {
        bd->failed = 1;
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        c.parent[i] = UINT32_MAX;
        c.has_child[i] = 0;
        c.cl[i] = NULL;
    }
    for (og_edge_id e = 0; e < m; e++) {
        if (og_graph_edge_predicate(g, e) != OG_PART_OF)
            continue;
        og_node_id s = og_graph_edge_subject(g, e);
        if (c.parent[s] == UINT32_MAX)
            c.parent[s] = og_graph_edge_object(g, e);
    }
    /* cut cycles: walking up from i must not come back to i */
    for (og_node_id i = 0; i < n; i++) {
        og_node_id p = c.parent[i];
        for (unsigned d = 0; p != UINT32_MAX && d < PARENT_DEPTH; d++) {
            if (p == i) {
                c.parent[i] = UINT32_MAX;
                break;
            }
            p = c.parent[p];
        }
    }
    for (og_node_id i = 0; i < n; i++)
        if (c.parent[i] != UINT32_MAX)
            c.has_child[c.parent[i]] = 1;
    for (og_node_id i = 0; i < n && !bd->failed; i++) {
        if (c.has_child[i])
            parent_cluster(&c, i, 0);
        else if (c.parent[i] != UINT32_MAX) {
            Agraph_t *sg = parent_cluster(&c, c.parent[i], 0);
            if (sg)
                agsubnode(sg, bd->nodes[i], 1);
        }
    }
done:
    og_free(c.parent);
    og_free(c.has_child);
    og_free(c.cl);
}
