/*
 * test_dot_fixtures.c - fixture graphs for test_select, test_dot and the DOT
 * goldens, built through the public API (add_node/add_edge, then og_reduce
 * assigns ids). Wording is our own; the facts echo the seed corpus.
 */
#include <string.h>

#include "test_dot_fixtures.h"

typedef struct fx_node {
    const char *name;
    og_node_type type;
    const char *acronym;
    const char *website;
    const char *alias;
} fx_node;

typedef struct fx_edge {
    int s;
    og_predicate p;
    int o;
    const char *sentence;
    double conf;
    int repeats; /* extra evidence records */
} fx_edge;

static const fx_node seed_nodes[] = {
    {"International Telecommunication Union", OG_ORGANISATION, "ITU", "https://www.itu.int", "UIT"},
    {"ITU-T", OG_ORGANISATION, NULL, NULL, NULL},
    {"ITU-R", OG_ORGANISATION, NULL, NULL, NULL},
    {"ITU-D", OG_ORGANISATION, NULL, NULL, NULL},
    {"UNICEF", OG_ORGANISATION, NULL, "www.unicef.org", NULL},
    {"Giga", OG_PARTNERSHIP, NULL, NULL, NULL},
    {"International Organization for Standardization", OG_ORGANISATION, "ISO", NULL, NULL},
    {"International Electrotechnical Commission", OG_ORGANISATION, "IEC", NULL, NULL},
    {"ISO/IEC JTC 1", OG_PARTNERSHIP, NULL, NULL, NULL},
    {"ISO/IEC JTC 1/SC 42", OG_ORGANISATION, NULL, NULL, "SC 42"},
    {"ISO/IEC 42001", OG_STANDARD, NULL, NULL, NULL},
    {"Geneva", OG_PLACE, NULL, NULL, NULL},
    {"Switzerland", OG_PLACE, NULL, NULL, NULL},
    {"Artificial intelligence", OG_TOPIC, NULL, NULL, NULL},
    {"WSIS Forum 2021", OG_EVENT, NULL, NULL, NULL},
};

static const fx_edge seed_edges[] = {
    {1, OG_PART_OF, 0, "ITU-T is the standardisation arm of the ITU.", 0.9, 2},
    {2, OG_PART_OF, 0, "ITU-R handles radio matters inside the ITU.", 0.9, 0},
    {3, OG_PART_OF, 0, "ITU-D, the development sector of ITU, runs field projects.", 0.9, 0},
    {0, OG_PARTNER_IN, 5, "Giga is a joint effort of ITU and UNICEF to connect schools.", 0.8, 1},
    {4, OG_PARTNER_IN, 5, "Giga is a joint effort of ITU and UNICEF to connect schools.", 0.8, 0},
    {6, OG_PARTNER_IN, 8, "ISO and IEC run JTC 1 together.", 0.85, 0},
    {7, OG_PARTNER_IN, 8, "ISO and IEC run JTC 1 together.", 0.85, 0},
    {9, OG_PART_OF, 8, "SC 42 is a subcommittee under JTC 1 for AI.", 0.9, 0},
    {9, OG_DEVELOPS, 10, "SC 42 published ISO/IEC 42001 on AI management systems.", 0.8, 0},
    {0, OG_LOCATED_IN, 11, "ITU has its headquarters in Geneva.", 0.7, 0},
    {11, OG_LOCATED_IN, 12, "Geneva, Switzerland.", 0.6, 0},
    {0, OG_WORKS_ON, 13, "ITU works on artificial intelligence for good.", 0.6, 0},
    {0, OG_HOSTS, 14, "ITU hosted the WSIS Forum 2021 online.", 0.7, 0},
    {3, OG_COLLABORATES_WITH, 4, "ITU-D and UNICEF cooperate on school mapping.", 0.4, 0},
};

static const fx_node esc_nodes[] = {
    {"Quote \"Q\" Org", OG_ORGANISATION, "Q\"Q", "https://ex.org/?a=1&b=\"x\"<y>", NULL},
    {"Back\\slash Lab\\", OG_ORGANISATION, NULL, NULL, "Back\\\\"},
    {"<Angle> & Sons {Brace|Pipe}", OG_INITIATIVE, NULL, NULL, "&amp; &foo; <b>"},
    {"Ctrl\x01\x02\tTab\nNew\x7f line", OG_STANDARD, NULL, NULL, NULL},
    {"Robot \xF0\x9F\xA4\x96 Lab", OG_EVENT, NULL, NULL, NULL},
    {"\xD9\x85\xD9\x86\xD8\xB8\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD8\xB5\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA",
     OG_ORGANISATION, NULL, NULL, NULL},
    {"graph", OG_TOPIC, NULL, NULL, NULL},
    {"\\N \\G \\L %s %n", OG_AGREEMENT, NULL, NULL, NULL},
    {"Bad \xC3\x28 UTF-8 \xFF", OG_PERSON, NULL, NULL, NULL},
};

static const fx_edge esc_edges[] = {
    {0, OG_MEMBER_OF, 1, "He said \"hi\\\" & left <now> {x} \x01\x1b[31m red.", 0.7, 0},
    {2, OG_PARTNER_IN, 3, "Tab\there, newline\nthere, CR\r, backslash at end \\", 0.5, 0},
    {4, OG_HOSTS, 5, "Emoji \xF0\x9F\x8C\x8D and \xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA text.", 0.9, 0},
    {5, OG_WORKS_ON, 6, "Right-to-left \xE2\x80\x8F mark and &amp; entity &#38; &bogus;", 0.6, 0},
    {7, OG_SUPPORTS, 8, "Bad bytes \xC3\x28 \xFE in a sentence.", 0.5, 0},
    {0, OG_ADOPTS, 7, "]]> --> <!-- <?xml ?>", 0.5, 0},
};

/* chain a-b-c-d-e plus a branch and an isolated node, for depth tests */
static const fx_node chain_nodes[] = {
    {"Alpha Org", OG_ORGANISATION, NULL, NULL, "AO"},
    {"Beta Initiative", OG_INITIATIVE, NULL, NULL, NULL},
    {"Gamma Standard", OG_STANDARD, NULL, NULL, NULL},
    {"Delta Org", OG_ORGANISATION, NULL, NULL, NULL},
    {"Epsilon Org", OG_ORGANISATION, NULL, NULL, NULL},
    {"Zeta Place", OG_PLACE, NULL, NULL, NULL},
    {"Lonely Org", OG_ORGANISATION, NULL, NULL, NULL},
};

static const fx_edge chain_edges[] = {
    {0, OG_LAUNCHES, 1, "Alpha launched Beta.", 0.9, 0},
    {1, OG_ADOPTS, 2, "Beta adopts Gamma.", 0.3, 0},
    {3, OG_DEVELOPS, 2, "Delta develops Gamma.", 0.8, 0},
    {4, OG_MEMBER_OF, 3, "Epsilon is a member of Delta.", 0.8, 0},
    {0, OG_LOCATED_IN, 5, "Alpha sits in Zeta.", 0.6, 0},
};

/* star: hub with 4 spokes, two pairs with equal degree for tie tests */
static const fx_node star_nodes[] = {
    {"Hub", OG_ORGANISATION, NULL, NULL, NULL},  {"Spoke A", OG_ORGANISATION, NULL, NULL, NULL},
    {"Spoke B", OG_ORGANISATION, NULL, NULL, NULL}, {"Spoke C", OG_ORGANISATION, NULL, NULL, NULL},
    {"Spoke D", OG_ORGANISATION, NULL, NULL, NULL}, {"Far E", OG_ORGANISATION, NULL, NULL, NULL},
};

static const fx_edge star_edges[] = {
    {1, OG_MEMBER_OF, 0, "A joined Hub.", 0.9, 0}, {2, OG_MEMBER_OF, 0, "B joined Hub.", 0.9, 0},
    {3, OG_MEMBER_OF, 0, "C joined Hub.", 0.9, 0}, {4, OG_MEMBER_OF, 0, "D joined Hub.", 0.9, 0},
    {3, OG_SUPPORTS, 5, "C funds E.", 0.9, 0},      {2, OG_SUPPORTS, 5, "B funds E.", 0.9, 0},
};

static og_graph *build(const fx_node *nodes, size_t nn, const fx_edge *edges, size_t ne, og_error *err)
{
    og_graph *frag = og_graph_new();
    og_node_id ids[32];
    og_graph *out = NULL;
    if (!frag)
        return NULL;
    for (size_t i = 0; i < nn; i++) {
        /* new_node, not add_node: fixture names must never merge by alias folding */
        if (og_graph_new_node(frag, nodes[i].type, nodes[i].name, &ids[i], err) != 0)
            goto done;
        if (og_graph_node_fix_type(frag, ids[i], nodes[i].type, err) != 0)
            goto done;
        if (og_graph_node_add_source(frag, ids[i], "fixture.txt", err) != 0)
            goto done;
        if (nodes[i].acronym && (og_graph_node_set_attr_str(frag, ids[i], OG_ATTR_ACRONYM, nodes[i].acronym, err) != 0 ||
                                 og_graph_node_add_alias(frag, ids[i], nodes[i].acronym, err) != 0))
            goto done;
        if (nodes[i].website && og_graph_node_set_attr_str(frag, ids[i], OG_ATTR_WEBSITE, nodes[i].website, err) != 0)
            goto done;
        if (nodes[i].alias && og_graph_node_add_alias(frag, ids[i], nodes[i].alias, err) != 0)
            goto done;
    }
    for (size_t k = 0; k < ne; k++) {
        for (int r = 0; r <= edges[k].repeats; r++) {
            og_evidence ev = {r ? "other.txt" : "fixture.txt", (unsigned)(k + 1), (unsigned)(r + 1), edges[k].sentence,
                              edges[k].conf};
            if (og_graph_add_edge(frag, ids[edges[k].s], edges[k].p, ids[edges[k].o], &ev, NULL, err) != 0)
                goto done;
        }
    }
    const og_graph *parts[] = {frag};
    if (og_reduce(&out, parts, 1, NULL, err) != 0)
        out = NULL;
done:
    og_graph_free(frag);
    return out;
}

#define N(a) (sizeof(a) / sizeof *(a))

og_graph *og_test_dot_fixture(const char *name, og_error *err)
{
    if (strcmp(name, "seedlike") == 0)
        return build(seed_nodes, N(seed_nodes), seed_edges, N(seed_edges), err);
    if (strcmp(name, "escaping") == 0)
        return build(esc_nodes, N(esc_nodes), esc_edges, N(esc_edges), err);
    if (strcmp(name, "chain") == 0)
        return build(chain_nodes, N(chain_nodes), chain_edges, N(chain_edges), err);
    if (strcmp(name, "star") == 0)
        return build(star_nodes, N(star_nodes), star_edges, N(star_edges), err);
    og_error_set(err, OG_ENOTFOUND, NULL, 0, 0, "no fixture '%s'", name);
    return NULL;
}
