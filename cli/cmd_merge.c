/*
 * cmd_merge.c - `orgraph merge GRAPH.graphml... -o OUT...`: reads graphs
 * written by orgraph (fragments or whole extractions) and merges them with
 * the one reduce, the same og_reduce() extract ends with, then selects and
 * writes like extract.
 *
 * Inputs are orgraph GraphML files or NDJSON fragment files (extract
 * --fragments, or merge --fragments), told apart by their first byte; `-`
 * is NDJSON on standard input. `--fragments FILE|-` writes the merged graph
 * as one fragment line, which merges again (merge trees; docs/scale.md).
 * Reading and reducing run in batches (fragments.c). It extracts nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "exit.h"
#include "fragments.h"
#include "progress.h"
#include "report.h"

static const char usage[] = "orgraph merge [options] GRAPH.graphml|FRAGMENTS.ndjson|-... -o OUT...\n"
                            "   or: orgraph merge [options] --fragments FILE|- INPUT...";
static const char description[] =
    "Merges graphs written by orgraph (for example, extractions of separate corpora) into one:\n"
    "identity is resolved across them by names, acronyms and lexicon ids, evidence and sources are\n"
    "combined and capped, and ids are assigned again. Then selection and outputs as for extract.\n"
    "Inputs may also be NDJSON fragments (extract --fragments; '-' reads them from standard input);\n"
    "--fragments writes the merged graph as one fragment line, which can be merged again.";

/* Writes `g` as one fragment line to `target` ("-" = standard output). */
static int write_merged(const og_graph *g, const char *target)
{
    og_error err = {0};
    int to_stdout = strcmp(target, "-") == 0;
    og_sink *s = to_stdout ? og_sink_stdout() : og_sink_file_atomic(target, &err);
    int rc = OG_EXIT_OK;
    if (!s)
        rc = err.code ? og_cli_error(&err, target) : og_cli_internal("out of memory");
    else if (og_export_fragment(g, NULL, s, &err) != 0 || og_sink_close(s, &err) != 0)
        rc = og_cli_error(&err, to_stdout ? "<stdout>" : target);
    og_sink_free(s);
    return rc;
}

int og_cmd_merge(int argc, char **argv)
{
    og_cli_args a;
    og_cli_outputs outs = {0};
    og_curation *cur = NULL;
    og_graph *g = NULL;
    size_t n = 0, nodes = 0, edges = 0;

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
    if (a.n_outputs == 0 && !a.fragments) {
        rc = og_cli_usage("merge", "merge: no output given (use -o FILE, or --fragments FILE|-)");
        goto done;
    }
    if (a.n_outputs && (rc = og_cli_outputs_plan(&outs, &a)) != OG_EXIT_OK)
        goto done;
    if ((rc = og_cli_load_curation(&cur, &a)) != OG_EXIT_OK)
        goto done;
    og_cli_progress_start(a.n_operands, 0, a.quiet);
    og_reduce_options ro = OG_REDUCE_OPTIONS_INIT;
    ro.max_evidence = a.max_evidence;
    ro.curation = cur;
    if ((rc = og_cli_merge_inputs(&g, a.operands, a.n_operands, &ro, &n)) != OG_EXIT_OK)
        goto done;
    if (a.fragments && (rc = write_merged(g, a.fragments)) != OG_EXIT_OK)
        goto done;
    if (a.n_outputs && (rc = og_cli_select_and_write(g, &a, &outs, &nodes, &edges)) != OG_EXIT_OK)
        goto done;
    og_cli_progress_summary(n, 0, nodes, edges, outs.n);

done:
    og_graph_free(g);
    og_curation_free(cur);
    og_cli_outputs_free(&outs);
    og_cli_args_free(&a);
    return rc;
}
