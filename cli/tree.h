/*
 * tree.h - merging many graphs with the one reduce, as a binary tree.
 *
 * Graphs pushed one after the other are merged like a binary counter: two
 * results of the same level become one of the next level. Each graph takes
 * part in O(log n) reduces, so a run over n batches costs O(total log n)
 * instead of the O(n * total) of folding every batch into one growing
 * result, and memory holds O(log n) partial graphs. Correct because the
 * reduce is associative and order-independent; the tree's shape depends only
 * on the number of graphs pushed, so output is deterministic.
 */
#ifndef OG_CLI_TREE_H
#define OG_CLI_TREE_H

#include "orgraph.h"

typedef struct og_cli_tree {
    og_graph *level[64];      /* owned; level[i] merges 2^i pushes */
    og_reduce_options ro;     /* curation applied in every reduce (idempotent rules) */
} og_cli_tree;

/** Starts an empty tree; `ro` is copied (its curation is borrowed). */
void og_cli_tree_init(og_cli_tree *t, const og_reduce_options *ro);
/** Takes `g` (freed on failure too). Returns 0 or <0 with `err` filled. */
int og_cli_tree_push(og_cli_tree *t, og_graph *g, og_error *err);
/** Reduces what is left into *out (caller frees); the tree is emptied. An empty tree gives an empty graph. */
int og_cli_tree_finish(og_cli_tree *t, og_graph **out, og_error *err);
/** Frees whatever the tree still holds. */
void og_cli_tree_free(og_cli_tree *t);

#endif
