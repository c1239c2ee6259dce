/* Placeholder until its issue lands: reports that the format is not built yet. */
#include "orgraph.h"
int og_export_csv_dir(const og_graph *g, const og_export_options *opts, const char *dir, og_error *err)
{ (void)dir;
    (void)g; (void)opts;
    return og_error_set(err, OG_ERROR, NULL, 0, 0, "%s: not implemented yet", __func__);
}
