/* Placeholder until its issue lands: reports that the format is not built yet. */
#include "orgraph.h"
int og_export_dot(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err)
{ (void)out; return og_error_set(err, OG_ERROR, NULL, 0, 0, "not implemented yet"); }
int og_export_rendered(const og_graph *g, const og_export_options *opts, const char *format, og_sink *out, og_error *err)
{ (void)format; (void)out;
    (void)g; (void)opts;
    return og_error_set(err, OG_ERROR, NULL, 0, 0, "%s: not implemented yet", __func__);
}
