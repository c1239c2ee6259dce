/* Placeholder until its issue lands: reports that the format is not built yet. */
#include "orgraph.h"
int og_export_jsonld(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err)
{ (void)out;
    (void)g; (void)opts;
    return og_error_set(err, OG_ERROR, NULL, 0, 0, "%s: not implemented yet", __func__);
}
