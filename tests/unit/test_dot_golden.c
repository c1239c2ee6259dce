/*
 * test_dot_golden.c - driver for the DOT golden and conformance tests:
 *   test_dot_golden dot CASE OUT.dot        writes the DOT of golden case CASE
 *   test_dot_golden render CASE FMT OUT     renders CASE's fixture as svg/png/pdf
 * A case names a fixture and options: "seedlike", "seedlike-parent",
 * "escaping", "chain-type". Exit 0 on success.
 */
#include <stdio.h>
#include <string.h>

#include "test_dot_fixtures.h"

typedef struct golden_case {
    const char *name, *fixture, *cluster, *rankdir, *engine;
    int legend;
} golden_case;

static const golden_case cases[] = {
    {"seedlike", "seedlike", NULL, NULL, NULL, 1},
    {"seedlike-parent", "seedlike", "parent", "TB", NULL, 1},
    {"escaping", "escaping", NULL, NULL, NULL, 1},
    {"chain-type", "chain", "type", NULL, "fdp", 0},
};

int main(int argc, char **argv)
{
    if (argc < 4 || (strcmp(argv[1], "dot") != 0 && strcmp(argv[1], "render") != 0) ||
        (strcmp(argv[1], "render") == 0 && argc < 5)) {
        fprintf(stderr, "usage: %s dot CASE OUT | render CASE FMT OUT\n", argv[0]);
        return 2;
    }
    const golden_case *c = NULL;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        if (strcmp(cases[i].name, argv[2]) == 0)
            c = &cases[i];
    if (!c) {
        fprintf(stderr, "unknown case %s\n", argv[2]);
        return 2;
    }
    og_error err = {0};
    og_graph *g = og_test_dot_fixture(c->fixture, &err);
    if (!g) {
        fprintf(stderr, "fixture: %s\n", err.message);
        return 1;
    }
    og_export_options o = OG_EXPORT_OPTIONS_INIT;
    o.cluster = c->cluster;
    o.rankdir = c->rankdir;
    o.engine = c->engine;
    o.legend = c->legend;
    int render = strcmp(argv[1], "render") == 0;
    og_sink *s = og_sink_file_atomic(render ? argv[4] : argv[3], &err);
    int rc = s ? 0 : -1;
    if (rc == 0)
        rc = render ? og_export_rendered(g, &o, argv[3], s, &err) : og_export_dot(g, &o, s, &err);
    if (rc == 0)
        rc = og_sink_close(s, &err);
    og_sink_free(s);
    og_graph_free(g);
    if (rc != 0) {
        fprintf(stderr, "%s: %s\n", argv[2], err.message);
        return 1;
    }
    return 0;
}
