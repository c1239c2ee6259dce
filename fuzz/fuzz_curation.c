/*
 * fuzz_curation.c - libFuzzer target for the curation file parser and its
 * application in the reduce.
 *
 * The input is parsed as a curation file; when it parses, it is applied in
 * og_reduce() to a small fixed fragment, and the result must pass
 * og_graph_check() and export to GraphML into a memory sink. A parse error
 * must be OG_EINPUT (or OG_ENOMEM) and name a line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "orgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static og_graph *fixture(void)
{
    og_error err;
    memset(&err, 0, sizeof err);
    og_graph *g = og_graph_new();
    og_node_id itu, uit, giga, unicef, p;
    if (!g || og_graph_add_node(g, OG_ORGANISATION, "International Telecommunication Union", 2, &itu, &err) ||
        og_graph_node_add_alias(g, itu, "ITU", &err) ||
        og_graph_add_node(g, OG_ORGANISATION, "UIT", 1, &uit, &err) ||
        og_graph_add_node(g, OG_PARTNERSHIP, "Giga", 1, &giga, &err) ||
        og_graph_add_node(g, OG_ORGANISATION, "UNICEF", 1, &unicef, &err) ||
        og_graph_add_node(g, OG_PERSON, "Ada Lovelace", 1, &p, &err)) {
        og_graph_free(g);
        return NULL;
    }
    og_evidence ev = {"fixture.txt", 1, 1, "UNICEF and ITU launched Giga.", 0.8};
    og_graph_add_edge(g, itu, OG_PARTNER_IN, giga, &ev, NULL, &err);
    og_graph_add_edge(g, unicef, OG_PARTNER_IN, giga, &ev, NULL, &err);
    og_graph_add_edge(g, p, OG_MEMBER_OF, uit, &ev, NULL, &err);
    return g;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    og_error err;
    memset(&err, 0, sizeof err);
    og_curation *cur = NULL;
    int rc = og_curation_parse(&cur, "fuzz.curation", (const char *)data, size, &err);
    if (rc != 0) {
        if (rc != OG_EINPUT && rc != OG_ENOMEM)
            abort();
        if (rc == OG_EINPUT && (err.line == 0 || err.message[0] == '\0'))
            abort();
        return 0;
    }
    og_graph *frag = fixture();
    if (frag) {
        og_reduce_options ro = OG_REDUCE_OPTIONS_INIT;
        ro.curation = cur;
        const og_graph *parts[] = {frag};
        og_graph *g = NULL;
        memset(&err, 0, sizeof err);
        if (og_reduce(&g, parts, 1, &ro, &err) == 0) {
            memset(&err, 0, sizeof err);
            if (og_graph_check(g, 1, &err) != 0)
                abort();
            og_sink *s = og_sink_memory();
            if (s) {
                og_export_graphml(g, NULL, s, &err);
                og_sink_free(s);
            }
            og_graph_free(g);
        }
        og_graph_free(frag);
    }
    og_curation_free(cur);
    return 0;
}
