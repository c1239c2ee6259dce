/*
 * cmd_convert.c - `orgraph convert IN.graphml -o OUT...`: reads a GraphML
 * file (orgraph's own or a foreign one) and writes it in other formats, with
 * the same selection options as extract.
 *
 * Without --curation or --max-evidence the graph is written as read, so
 * GraphML -> GraphML is byte-identical for orgraph's own files; with them the
 * graph goes through og_reduce() once more. It extracts nothing.
 */
#include <stdio.h>

#include "commands.h"
#include "exit.h"
#include "progress.h"
#include "report.h"

static const char usage[] = "orgraph convert [options] IN.graphml -o OUT...";
static const char description[] =
    "Reads a GraphML file (written by orgraph, NetworkX, igraph, yEd, Gephi...) and writes it to\n"
    "every OUT, optionally after curation and selection.";

int og_cmd_convert(int argc, char **argv)
{
    og_cli_args a;
    og_cli_outputs outs = {0};
    og_curation *cur = NULL;
    og_graph *g = NULL;
    og_error err = {0};
    size_t nodes = 0, edges = 0;

    int rc = og_cli_parse(&a, OG_CMD_CONVERT, "convert", argc, argv);
    if (rc != OG_EXIT_OK)
        goto done;
    if (a.help) {
        rc = og_cli_help(OG_CMD_CONVERT, usage, description);
        goto done;
    }
    if (a.version) {
        rc = og_cli_version();
        goto done;
    }
    if (a.n_operands != 1) {
        rc = og_cli_usage("convert", "convert: give exactly one input file (got %zu)", a.n_operands);
        goto done;
    }
    if (a.n_outputs == 0) {
        rc = og_cli_usage("convert", "convert: no output given (use -o FILE)");
        goto done;
    }
    if ((rc = og_cli_outputs_plan(&outs, &a)) != OG_EXIT_OK)
        goto done;
    if ((rc = og_cli_load_curation(&cur, &a)) != OG_EXIT_OK)
        goto done;
    og_cli_progress_start(1, 0, a.quiet);
    if (og_read_graphml_file(&g, a.operands[0], &err) != 0) {
        rc = og_cli_error(&err, a.operands[0]);
        goto done;
    }
    if (a.reducing) {
        og_reduce_options ro = OG_REDUCE_OPTIONS_INIT;
        const og_graph *parts[1] = {g};
        og_graph *r = NULL;
        ro.max_evidence = a.max_evidence;
        ro.curation = cur;
        if (og_reduce(&r, parts, 1, &ro, &err) != 0) {
            og_graph_free(r);
            rc = og_cli_error(&err, NULL);
            goto done;
        }
        og_graph_free(g);
        g = r;
    }
    if ((rc = og_cli_select_and_write(g, &a, &outs, &nodes, &edges)) != OG_EXIT_OK)
        goto done;
    og_cli_progress_step(0);
    og_cli_progress_summary(1, 0, nodes, edges, outs.n);

done:
    og_graph_free(g);
    og_curation_free(cur);
    og_cli_outputs_free(&outs);
    og_cli_args_free(&a);
    return rc;
}
