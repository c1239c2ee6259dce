/*
 * pipeline.c - what the exporting commands share: help and version text,
 * loading curation, and select-then-write.
 *
 * It holds no command logic of its own: each cmd_*.c decides its inputs.
 */
#include <stdio.h>

#include "commands.h"
#include "exit.h"
#include "report.h"

int og_cli_help(unsigned command, const char *usage, const char *description)
{
    printf("Usage: %s\n\n%s\n\n", usage, description);
    og_cli_print_options(stdout, command);
    if (command & OG_CMD_EXPORTING) {
        putchar('\n');
        og_cli_print_formats(stdout);
    }
    puts("\nExit status: 0 done (even with warnings), 1 bad input or usage, 2 internal error.\n"
         "See orgraph(1) for more.");
    return OG_EXIT_OK;
}

int og_cli_version(void)
{
    printf("orgraph %s\n", OG_VERSION_STRING);
    return OG_EXIT_OK;
}

int og_cli_load_curation(og_curation **out, const og_cli_args *a)
{
    og_error err = {0};
    *out = NULL;
    if (!a->curation)
        return OG_EXIT_OK;
    if (og_curation_load(out, a->curation, &err) != 0) {
        og_curation_free(*out);
        *out = NULL;
        return og_cli_error(&err, a->curation);
    }
    return OG_EXIT_OK;
}

/* Exporters' notes ("switched to sfdp", "showing the 200 most connected
 * nodes") are warnings: they never change the exit code. `payload` is the
 * output's path (set by output.c). */
static void export_warning(const og_error *w, void *payload)
{
    og_cli_warning(w, (const char *)payload);
}

int og_cli_select_and_write(const og_graph *g, const og_cli_args *a, og_cli_outputs *outs, size_t *nodes,
                            size_t *edges)
{
    og_graph *sel = NULL;
    const og_graph *use = g;
    og_error err = {0};
    if (a->selecting) {
        if (og_select(&sel, g, &a->select, &err) != 0) {
            og_graph_free(sel);
            return og_cli_error(&err, NULL);
        }
        use = sel;
    }
    og_export_options eo = a->export_opts;
    /* An explicit --ego or --top is the user's own choice of size: the
     * diagram's default trim to the most connected part would undo it. */
    if (a->selecting && (a->select.ego || a->select.top))
        eo.diagram_max_nodes = OG_DIAGRAM_ALL;
    eo.warn = export_warning;
    eo.warn_payload = NULL;
    int rc = og_cli_outputs_write(outs, use, &eo);
    if (nodes)
        *nodes = og_graph_node_count(use);
    if (edges)
        *edges = og_graph_edge_count(use);
    og_graph_free(sel);
    return rc;
}
