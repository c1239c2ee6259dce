/* test_dot_fixtures.h - small graphs for the selection and DOT tests. */
#ifndef OG_TEST_DOT_FIXTURES_H
#define OG_TEST_DOT_FIXTURES_H
#include "orgraph.h"

/**
 * Builds fixture `name` ("seedlike", "escaping", "chain", "star") as one
 * fragment reduced with og_reduce (so nodes have ids). Returns the graph
 * (caller frees) or NULL with `err` filled; an unknown name is NULL too.
 */
og_graph *og_test_dot_fixture(const char *name, og_error *err);

#endif
