/*
 * cmd_extract.c - `orgraph extract [options] INPUT... -o OUT...`: documents
 * -> fragments -> one reduced graph -> selection -> every output.
 * `--fragments DIR|-` also writes each document's fragment (alone, without
 * -o, it does no reduce: a mapper's job); `--into GRAPH` reduces the new
 * fragments into an existing orgraph graph; the operand `-` is a document
 * read from standard input, named by `--stdin-name` (see docs/scale.md).
 *
 * Order of checks: options, outputs, lexicons and curation, then every named
 * input path; only then is anything read, and outputs are written last and
 * atomically, so a bad command line never touches an existing file. The work
 * itself is in map.c (map and reduce) and output.c (writing).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "exit.h"
#include "fragments.h"
#include "inputs.h"
#include "map.h"
#include "progress.h"
#include "report.h"

static const char usage[] = "orgraph extract [options] INPUT... -o OUT...\n"
                            "   or: orgraph extract [options] --fragments DIR|- INPUT...";
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

static int write_fragment(const og_graph *frag, size_t index, const char *doc, void *payload)
{
    return og_cli_fragout_write(payload, frag, index, doc);
}

/* Collects the inputs; the operand "-" (at most once) is standard input,
 * listed after the other documents. */
static int collect_inputs(og_cli_inputs *in, const og_cli_args *a)
{
    const char **paths = calloc(a->n_operands + 1, sizeof *paths);
    size_t n = 0, dashes = 0;
    if (!paths)
        return og_cli_internal("out of memory");
    for (size_t i = 0; i < a->n_operands; i++) {
        if (strcmp(a->operands[i], "-") == 0)
            dashes++;
        else
            paths[n++] = a->operands[i];
    }
    int rc = dashes > 1 ? og_cli_usage("extract", "extract: standard input ('-') given more than once") : OG_EXIT_OK;
    if (rc == OG_EXIT_OK && !dashes && a->stdin_name)
        rc = og_cli_usage("extract", "extract: --stdin-name without '-' among the inputs");
    if (rc == OG_EXIT_OK)
        rc = n ? og_cli_inputs_collect(in, paths, n) : OG_EXIT_OK;
    free((void *)paths);
    if (rc != OG_EXIT_OK || !dashes)
        return rc;
    const char *name = a->stdin_name ? a->stdin_name : "<stdin>";
    og_cli_input *v = realloc(in->v, (in->n + 1) * sizeof *v);
    char *path = v ? strdup(name) : NULL;
    if (!v || !path) {
        if (v)
            in->v = v;
        return og_cli_internal("out of memory");
    }
    in->v = v;
    memset(&v[in->n], 0, sizeof v[in->n]);
    v[in->n].path = path;
    v[in->n].fmt = og_cli_format_for(name);
    v[in->n].from_stdin = 1;
    in->n++;
    return OG_EXIT_OK;
}

/* --into: the graph to add to (GraphML, or NDJSON fragments reduced). */
static int load_into(og_graph **out, const og_cli_args *a)
{
    og_error err = {0};
    *out = NULL;
    if (og_cli_is_xml(a->into)) {
        if (og_read_graphml_file(out, a->into, &err) != 0)
            return og_cli_error(&err, a->into);
        return OG_EXIT_OK;
    }
    FILE *f = fopen(a->into, "rb");
    if (!f)
        return og_cli_fail("%s: cannot read: %s", a->into, strerror(errno));
    fclose(f);
    og_reduce_options ro = OG_REDUCE_OPTIONS_INIT;
    ro.max_evidence = a->max_evidence;
    return og_cli_merge_inputs(out, &a->into, 1, &ro, NULL);
}

int og_cmd_extract(int argc, char **argv)
{
    og_cli_args a;
    og_cli_outputs outs = {0};
    og_cli_inputs in = {0};
    og_cli_fragout frags = {0};
    og_lexicon *lex = NULL;
    og_curation *cur = NULL;
    og_graph *g = NULL, *into = NULL;
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
    if (a.n_outputs == 0 && !a.fragments) {
        rc = og_cli_usage("extract", "extract: no output given (use -o FILE, or --fragments DIR|-)");
        goto done;
    }
    for (size_t i = 0; a.fragments && i < a.n_outputs; i++) {
        if (!strcmp(a.fragments, "-") && !strcmp(a.outputs[i], "-")) {
            rc = og_cli_usage("extract", "extract: --fragments - and -o - both want standard output");
            goto done;
        }
    }
    if (a.n_outputs && (rc = og_cli_outputs_plan(&outs, &a)) != OG_EXIT_OK)
        goto done;
    if ((rc = collect_inputs(&in, &a)) != OG_EXIT_OK)
        goto done;
    if ((rc = load_lexicon(&lex, &a)) != OG_EXIT_OK)
        goto done;
    if ((rc = og_cli_load_curation(&cur, &a)) != OG_EXIT_OK)
        goto done;
    if (in.n == 0) {
        rc = og_cli_fail("no document found in the input%s", a.n_operands == 1 ? "" : "s");
        goto done;
    }

    if (a.into && (rc = load_into(&into, &a)) != OG_EXIT_OK)
        goto done;
    if (a.fragments && (rc = og_cli_fragout_open(&frags, a.fragments)) != OG_EXIT_OK)
        goto done;

    og_cli_map_options mo = {lex, cur, a.max_evidence, a.keep_hedged, a.jobs, a.quiet, NULL, NULL, 0, NULL};
    if (a.fragments) {
        mo.on_fragment = write_fragment;
        mo.payload = &frags;
        mo.no_reduce = a.n_outputs == 0;
    }
    mo.into = into;
    into = NULL; /* og_cli_map_reduce consumes it */
    rc = og_cli_map_reduce(&g, &in, &mo, &n_read, &n_skipped);
    if (a.fragments) {
        int rc2 = og_cli_fragout_close(&frags);
        if (rc == OG_EXIT_OK)
            rc = rc2;
    }
    if (rc != OG_EXIT_OK)
        goto done;
    if (a.n_outputs && (rc = og_cli_select_and_write(g, &a, &outs, &nodes, &edges)) != OG_EXIT_OK)
        goto done;
    og_cli_progress_summary(n_read, n_skipped, nodes, edges, outs.n);

done:
    og_cli_fragout_close(&frags);
    og_graph_free(into);
    og_graph_free(g);
    og_curation_free(cur);
    og_lexicon_free(lex);
    og_cli_inputs_free(&in);
    og_cli_outputs_free(&outs);
    og_cli_args_free(&a);
    return rc;
}
