/*
 * cmd_extract.c - `orgraph extract [options] INPUT... -o OUT...`: documents
 * -> fragments -> one reduced graph -> selection -> every output.
 *
 * Order of checks: options, outputs, lexicons and curation, then every named
 * input path; only then is anything read, and outputs are written last and
 * atomically, so a bad command line never touches an existing file. The work
 * itself is in map.c (map and reduce) and output.c (writing).
 */
#include <stdio.h>

#include "commands.h"
#include "exit.h"
#include "inputs.h"
#include "map.h"
#include "progress.h"
#include "report.h"

static const char usage[] = "orgraph extract [options] INPUT... -o OUT...";
static const char description[] =
    "Reads documents (files, or folders walked recursively in sorted order; .txt, .md, .html, .htm\n"
    "and other files by content), finds the organisations, initiatives, standards, partnerships and\n"
    "the relations between them, and writes one evidence-backed graph to every OUT. Empty, binary\n"
    "and unreadable files inside folders are skipped with a warning.";

static int load_lexicon(og_lexicon **out, const og_cli_args *a)
{
    og_error err = {0};
    *out = NULL;
    if (og_lexicon_new_default(out, &err) != 0) {
        og_lexicon_free(*out);
        *out = NULL;
        return og_cli_error(&err, NULL);
    }
    for (size_t i = 0; i < a->n_lexicons; i++) {
        if (og_lexicon_add_file(*out, a->lexicons[i], &err) != 0) {
            og_lexicon_free(*out);
            *out = NULL;
            return og_cli_error(&err, a->lexicons[i]);
        }
    }
    return OG_EXIT_OK;
}

int og_cmd_extract(int argc, char **argv)
{
    og_cli_args a;
    og_cli_outputs outs = {0};
    og_cli_inputs in = {0};
    og_lexicon *lex = NULL;
    og_curation *cur = NULL;
    og_graph *g = NULL;
    size_t n_read = 0, n_skipped = 0, nodes = 0, edges = 0;

    int rc = og_cli_parse(&a, OG_CMD_EXTRACT, "extract", argc, argv);
    if (rc != OG_EXIT_OK)
        goto done;
    if (a.help) {
        rc = og_cli_help(OG_CMD_EXTRACT, usage, description);
        goto done;
    }
    if (a.version) {
        rc = og_cli_version();
        goto done;
    }
    if (a.n_operands == 0) {
        rc = og_cli_usage("extract", "extract: no input given");
        goto done;
    }
    if (a.n_outputs == 0) {
        rc = og_cli_usage("extract", "extract: no output given (use -o FILE)");
        goto done;
    }
    if ((rc = og_cli_outputs_plan(&outs, &a)) != OG_EXIT_OK)
        goto done;
    if ((rc = og_cli_inputs_collect(&in, a.operands, a.n_operands)) != OG_EXIT_OK)
        goto done;
    if ((rc = load_lexicon(&lex, &a)) != OG_EXIT_OK)
        goto done;
    if ((rc = og_cli_load_curation(&cur, &a)) != OG_EXIT_OK)
        goto done;
    if (in.n == 0) {
        rc = og_cli_fail("no document found in the input%s", a.n_operands == 1 ? "" : "s");
        goto done;
    }

    og_cli_map_options mo = {lex, cur, a.max_evidence, a.keep_hedged, a.jobs, a.quiet};
    if ((rc = og_cli_map_reduce(&g, &in, &mo, &n_read, &n_skipped)) != OG_EXIT_OK)
        goto done;
    if ((rc = og_cli_select_and_write(g, &a, &outs, &nodes, &edges)) != OG_EXIT_OK)
        goto done;
    og_cli_progress_summary(n_read, n_skipped, nodes, edges, outs.n);

done:
    og_graph_free(g);
    og_curation_free(cur);
    og_lexicon_free(lex);
    og_cli_inputs_free(&in);
    og_cli_outputs_free(&outs);
    og_cli_args_free(&a);
    return rc;
}
