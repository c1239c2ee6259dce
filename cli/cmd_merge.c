/*
 * cmd_merge.c - `orgraph merge GRAPH.graphml... -o OUT...`: reads graphs
 * written by orgraph (fragments or whole extractions) and merges them with
 * the one reduce, the same og_reduce() extract ends with, then selects and
 * writes like extract.
 *
 * What a GraphML file does not carry (type votes, for instance) cannot be
 * merged: each read node votes once for its written type. It extracts nothing.
 */
#include <stdio.h>
#include <stdlib.h>

#include "commands.h"
#include "exit.h"
#include "progress.h"
#include "report.h"

static const char usage[] = "orgraph merge [options] GRAPH.graphml... -o OUT...";
static const char description[] =
    "Merges graphs written by orgraph (for example, extractions of separate corpora) into one:\n"
    "identity is resolved across them by names, acronyms and lexicon ids, evidence and sources are\n"
    "combined and capped, and ids are assigned again. Then selection and outputs as for extract.";

int og_cmd_merge(int argc, char **argv)
{
    og_cli_args a;
    og_cli_outputs outs = {0};
    og_curation *cur = NULL;
    og_graph **graphs = NULL, *g = NULL;
    size_t n = 0, nodes = 0, edges = 0;
    og_error err = {0};

    int rc = og_cli_parse(&a, OG_CMD_MERGE, "merge", argc, argv);
    if (rc != OG_EXIT_OK)
        goto done;
    if (a.help) {
        rc = og_cli_help(OG_CMD_MERGE, usage, description);
        goto done;
    }
    if (a.version) {
        rc = og_cli_version();
        goto done;
    }
    if (a.n_operands == 0) {
        rc = og_cli_usage("merge", "merge: no input given");
        goto done;
    }
    if (a.n_outputs == 0) {
        rc = og_cli_usage("merge", "merge: no output given (use -o FILE)");
        goto done;
    }
    if ((rc = og_cli_outputs_plan(&outs, &a)) != OG_EXIT_OK)
        goto done;
    if ((rc = og_cli_load_curation(&cur, &a)) != OG_EXIT_OK)
        goto done;
    if (!(graphs = calloc(a.n_operands, sizeof *graphs))) {
        rc = og_cli_internal("out of memory");
        goto done;
    }
    og_cli_progress_start(a.n_operands, 0, a.quiet);
    for (n = 0; n < a.n_operands; n++) {
        if (og_read_graphml_file(&graphs[n], a.operands[n], &err) != 0) {
            rc = og_cli_error(&err, a.operands[n]);
            n++; /* free this one too */
            goto done;
        }
        og_cli_progress_step(0);
    }
    og_reduce_options ro = OG_REDUCE_OPTIONS_INIT;
    ro.max_evidence = a.max_evidence;
    ro.curation = cur;
    if (og_reduce(&g, (const og_graph *const *)graphs, n, &ro, &err) != 0) {
        rc = og_cli_error(&err, NULL);
        goto done;
    }
    if ((rc = og_cli_select_and_write(g, &a, &outs, &nodes, &edges)) != OG_EXIT_OK)
        goto done;
    og_cli_progress_summary(n, 0, nodes, edges, outs.n);

done:
    for (size_t i = 0; graphs && i < n; i++)
        og_graph_free(graphs[i]);
    free(graphs);
    og_graph_free(g);
    og_curation_free(cur);
    og_cli_outputs_free(&outs);
    og_cli_args_free(&a);
    return rc;
}
