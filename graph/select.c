/* Placeholder until the selection issue lands. */
#include "orgraph.h"
int og_select(og_graph **out, const og_graph *g, const og_select_options *opts, og_error *err)
{
    (void)opts;
    *out = og_graph_copy(g);
    return *out ? 0 : og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
}
