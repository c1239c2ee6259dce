/*
 * render.c - in-process diagram rendering with Graphviz gvc
 * (og_export_rendered): SVG, PNG and PDF.
 *
 * Applies the default view of a large graph (og_diagram_trim: the most
 * connected OG_DIAGRAM_MAX_NODES nodes unless opts->diagram_max_nodes says
 * otherwise), builds the styled graph with og__dot_build (dot.c), lays it
 * out with gvLayout and renders into memory with gvRenderData, then copies
 * the bytes into the sink. PNG and PDF come from Graphviz's cairo plugin
 * (libgvplugin_pango), found through the plugin config (config6a) that
 * gvContext() reads.
 *
 * Does not: shell out to the `dot` program, write files itself, route
 * Graphviz's own allocations through og_malloc, or run in parallel (one
 * shared gvc context, see gvc_get). Graphviz's warnings are
 * silenced (agseterr(AGERR)); its errors are reported through `err`.
 */
#include <string.h>

#include <graphviz/gvc.h>

#include "dot.h"

/*
 * One gvc context for the process, created on first use and never freed.
 * Graphviz 2.43's pango plugin remembers the last font name as a pointer
 * into the context's font dictionary (pango_textlayout's static
 * `fontname`); freeing the context after each diagram leaves that pointer
 * dangling and the next layout reads freed memory (seen with ASan). Keeping
 * the context alive avoids it and saves reloading plugins. Like Graphviz
 * itself, rendering is therefore not thread-safe.
 */
static GVC_t *shared_gvc;

static GVC_t *gvc_get(void)
{
    if (!shared_gvc)
        shared_gvc = gvContext();
    return shared_gvc;
}

/* The formats we promise; Graphviz format names are the same. */
static const char *const formats[] = {"svg", "png", "pdf"};

int og_export_rendered(const og_graph *g, const og_export_options *opts, const char *format, og_sink *out,
                       og_error *err)
{
    if (!g || !out || !format)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_rendered: %s",
                            !g ? "g != NULL" : !out ? "out != NULL" : "format != NULL");
    if (opts && opts->version != OG_EXPORT_OPTIONS_VERSION)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_rendered: opts->version == %u",
                            OG_EXPORT_OPTIONS_VERSION);
    const char *fmt = NULL;
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(format, formats[i]) == 0)
            fmt = formats[i];
    if (!fmt)
        return og_error_set(err, OG_ENOTFOUND, NULL, 0, 0, "unknown diagram format '%.40s' (known: svg, png, pdf)",
                            format);

    og_graph *trimmed = NULL;
    int rc = og_diagram_trim(&trimmed, g, opts ? opts->diagram_max_nodes : 0, opts ? opts->warn : NULL,
                             opts ? opts->warn_payload : NULL, err);
    if (rc < 0)
        return rc;
    const og_graph *view = trimmed ? trimmed : g;

    const char *engine;
    Agraph_t *ag = NULL;
    GVC_t *gvc = NULL;
    char *data = NULL;
    unsigned int len = 0;
    int laid_out = 0;
    if ((rc = og__dot_check_options(view, opts, &engine, err)) < 0)
        goto done;
    if ((rc = og__dot_build(&ag, view, opts, engine, NULL, err)) < 0)
        goto done;
    agseterr(AGERR);
    gvc = gvc_get();
    if (!gvc) {
        rc = og_error_set(err, OG_ENOMEM, NULL, 0, 0, "Graphviz: could not create a context");
        goto done;
    }
    if (gvLayout(gvc, ag, engine) != 0) {
        rc = og_error_set(err, OG_ERROR, NULL, 0, 0, "Graphviz: layout with '%s' failed (is its layout plugin "
                          "installed? run 'dot -c')", engine);
        goto done;
    }
    laid_out = 1;
    if (gvRenderData(gvc, ag, fmt, &data, &len) != 0 || !data) {
        rc = og_error_set(err, OG_ERROR, NULL, 0, 0,
                          "Graphviz: rendering %s failed (is the cairo plugin libgvplugin_pango installed and "
                          "registered in Graphviz's config6a? run 'dot -c')",
                          fmt);
        goto done;
    }
    if ((rc = og_sink_write(out, data, len)) < 0)
        rc = og_error_set(err, rc, NULL, 0, 0, "writing the %s diagram failed: %s", fmt, og_status_string(rc));
done:
    if (data)
        gvFreeRenderData(data);
    if (laid_out)
        gvFreeLayout(gvc, ag);
    if (ag)
        agclose(ag);
    og_graph_free(trimmed);
    return rc;
}
