/* headertest.c - include/orgraph.h compiles alone, pedantic C11 (and as C++). */
#include "orgraph.h"
int main(void)
{
    og_error err = {0};
    og_select_options so = OG_SELECT_OPTIONS_INIT;
    og_export_options eo = OG_EXPORT_OPTIONS_INIT;
    og_extract_options xo = OG_EXTRACT_OPTIONS_INIT;
    og_reduce_options ro = OG_REDUCE_OPTIONS_INIT;
    (void)err; (void)so; (void)eo; (void)xo; (void)ro;
    return 0;
}
