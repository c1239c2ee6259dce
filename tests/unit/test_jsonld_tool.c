/*
 * test_jsonld_tool.c - writes a fixture graph (tests/rdf/fixtures.h) in one
 * format, for the golden and real-client tests of JSON-LD, N-Quads, GEXF and
 * CSV: `og_fixture_tool CASE FORMAT OUT [BASE]` with FORMAT one of jsonld,
 * nquads, gexf, csv (OUT is then a folder). Exit 0 written, 1 failure.
 * Does not: check anything; the ctest scripts do.
 */
#include <stdio.h>
#include <string.h>

#include "../rdf/fixtures.h"

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: %s CASE jsonld|nquads|gexf|csv OUT [BASE]\n", argv[0]);
        return 1;
    }
    og_error err = {0};
    og_graph *g = NULL;
    if (og_fixture_build(&g, argv[1], &err) != 0) {
        fprintf(stderr, "%s: fixture %s: %s\n", argv[0], argv[1], err.message);
        return 1;
    }
    og_export_options opts = OG_EXPORT_OPTIONS_INIT;
    if (argc > 4)
        opts.base = argv[4];
    int rc;
    if (strcmp(argv[2], "csv") == 0) {
        rc = og_export_csv_dir(g, &opts, argv[3], &err);
    } else {
        int (*fn)(const og_graph *, const og_export_options *, og_sink *, og_error *) =
            strcmp(argv[2], "jsonld") == 0   ? og_export_jsonld
            : strcmp(argv[2], "nquads") == 0 ? og_export_nquads
            : strcmp(argv[2], "gexf") == 0   ? og_export_gexf
                                             : NULL;
        if (!fn) {
            fprintf(stderr, "%s: unknown format %s\n", argv[0], argv[2]);
            og_graph_free(g);
            return 1;
        }
        og_sink *out = og_sink_file_atomic(argv[3], &err);
        rc = out ? fn(g, &opts, out, &err) : -1;
        if (rc == 0)
            rc = og_sink_close(out, &err);
        og_sink_free(out);
    }
    og_graph_free(g);
    if (rc != 0) {
        fprintf(stderr, "%s: %s: %s\n", argv[0], argv[3], err.message);
        return 1;
    }
    return 0;
}
