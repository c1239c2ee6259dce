/*
 * fuzz_graphml.c - libFuzzer target for the GraphML reader.
 *
 * The first byte chooses the GraphML profile used when writing back (masked);
 * the rest is GraphML read from memory. Every graph read goes through
 * og_graph_check() and through every exporter in the registry that writes to
 * a sink, into a memory sink. Exporters that are not built yet may fail: only
 * crashes, sanitizer reports and broken invariants count. The GraphML written
 * back must be readable again (a writer bug otherwise).
 *
 * The rendered formats (svg, png, pdf) run only with OG_FUZZ_RENDERED=1:
 * under ASan, Graphviz 2.42's text layout (textspan.c font-name cache with
 * the pango plugin) reports a heap-use-after-free inside libgvc on the
 * second render in one process, which is not orgraph's code.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "orgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int rendered_allowed(const og_graph *g)
{
    static int env = -1;
    if (env < 0) {
        const char *v = getenv("OG_FUZZ_RENDERED");
        env = v && *v == '1';
    }
    /* Graphviz layout of big graphs is slow and not under test here */
    return env && og_graph_node_count(g) <= 200;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    og_export_options opts = OG_EXPORT_OPTIONS_INIT;
    opts.profile = (og_graphml_profile)(data[0] & 3);
    og_graph *g = NULL;
    og_error err = {0};
    if (og_read_graphml_memory(&g, "fuzz.graphml", (const char *)data + 1, size - 1, &err) != 0)
        return 0;
    if (og_graph_check(g, 0, &err) != 0) {
        fprintf(stderr, "og_graph_check after reading: %s\n", err.message);
        abort();
    }
    size_t n = 0;
    const og_exporter *ex = og_exporters(&n);
    for (size_t i = 0; i < n; i++) {
        if (!ex[i].write)
            continue;
        if ((!strcmp(ex[i].name, "svg") || !strcmp(ex[i].name, "png") || !strcmp(ex[i].name, "pdf")) &&
            !rendered_allowed(g))
            continue;
        og_sink *s = og_sink_memory();
        if (!s)
            break;
        og_error e = {0};
        int rc = ex[i].write(g, &opts, s, &e);
        if (rc == 0 && !strcmp(ex[i].name, "graphml") && opts.profile == OG_PROFILE_PLAIN) {
            size_t len = 0;
            const char *out = og_sink_memory_data(s, &len);
            og_graph *back = NULL;
            if (og_read_graphml_memory(&back, "written.graphml", out, len, &e) != 0) {
                fprintf(stderr, "GraphML written by orgraph does not read back: %u:%u: %s\n", e.line, e.column,
                        e.message);
                abort();
            }
            og_graph_free(back);
        }
        og_sink_free(s);
    }
    og_graph_free(g);
    return 0;
}
