/*
 * test_graphml_golden.c - driver for the GraphML golden and round-trip ctests.
 *
 *   test_graphml_golden build CASE OUT   builds the small graph CASE in C and writes it
 *   test_graphml_golden convert IN OUT   reads GraphML IN, checks it, writes plain GraphML
 *
 * cmake/GoldenTest.cmake compares OUT with the expected file. The graphs are
 * built with og_graph_new_node + setters (not the reduce), so the expected
 * files only change when the GraphML writer does.
 */
#include <stdio.h>
#include <string.h>

#include "orgraph.h"

#define CHECK(expr)                                                                               \
    do {                                                                                          \
        if ((expr) != 0) {                                                                        \
            fprintf(stderr, "%s:%d: %s failed: %s:%u:%u: %s\n", __FILE__, __LINE__, #expr,       \
                    err.file, err.line, err.column, err.message);                                 \
            return NULL;                                                                          \
        }                                                                                         \
    } while (0)

static og_error err;

static og_graph *node(og_graph *g, og_node_type t, const char *label, const char *id, og_node_id *out)
{
    CHECK(og_graph_new_node(g, t, label, out, &err));
    CHECK(og_graph_node_set_id(g, *out, id, &err));
    return g;
}

/* Organisations, a partnership, a standard and a place, with header attributes. */
static og_graph *build_small(void)
{
    og_graph *g = og_graph_new();
    og_node_id itu, unicef, giga, geneva, std, sg;
    if (!g || !node(g, OG_ORGANISATION, "International Telecommunication Union", "itu", &itu) ||
        !node(g, OG_ORGANISATION, "UNICEF", "unicef", &unicef) ||
        !node(g, OG_PARTNERSHIP, "Giga", "partnership:giga", &giga) ||
        !node(g, OG_PLACE, "Geneva", "place:geneva", &geneva) ||
        !node(g, OG_STANDARD, "ITU-T Y.3172", "standard:itu-t-y-3172", &std) ||
        !node(g, OG_ORGANISATION, "ITU-T Study Group 13", "organisation:itu-t-study-group-13", &sg))
        return NULL;
    CHECK(og_graph_node_add_alias(g, itu, "ITU", &err));
    CHECK(og_graph_node_add_alias(g, itu, "UIT", &err));
    CHECK(og_graph_node_set_attr_str(g, itu, OG_ATTR_ACRONYM, "ITU", &err));
    CHECK(og_graph_node_set_attr_str(g, itu, OG_ATTR_ESTABLISHED, "1865", &err));
    CHECK(og_graph_node_set_attr_str(g, itu, OG_ATTR_ADDRESS, "Place des Nations, 1211 Geneva 20, Switzerland", &err));
    CHECK(og_graph_node_set_attr_str(g, itu, OG_ATTR_WEBSITE, "https://www.itu.int", &err));
    CHECK(og_graph_node_set_attr_str(g, itu, OG_ATTR_STAKEHOLDER, "Intergovernmental organisation", &err));
    CHECK(og_graph_node_add_source(g, itu, "profiles/itu.txt", &err));
    CHECK(og_graph_node_add_source(g, itu, "news/digest.txt", &err));
    og_graph_node_set_counts(g, itu, 2, 7);
    CHECK(og_graph_node_add_source(g, giga, "news/digest.txt", &err));
    og_graph_node_set_counts(g, giga, 1, 2);
    og_evidence a = {"news/digest.txt", 12, 5, "Giga, the school connectivity effort of ITU and UNICEF, grew.", 0.8};
    og_evidence b = {"profiles/itu.txt", 40, 1, "ITU co-leads Giga with UNICEF.", 0.75};
    og_evidence c = {"profiles/itu.txt", 3, 10, "Its headquarters are in Geneva.", 0.9};
    og_evidence d = {"profiles/itu.txt", 51, 3, "Study Group 13 wrote Y.3172 on machine learning in networks.", 0.7};
    CHECK(og_graph_add_edge(g, itu, OG_PARTNER_IN, giga, &a, NULL, &err));
    CHECK(og_graph_add_edge(g, itu, OG_PARTNER_IN, giga, &b, NULL, &err));
    CHECK(og_graph_add_edge(g, unicef, OG_PARTNER_IN, giga, &a, NULL, &err));
    CHECK(og_graph_add_edge(g, itu, OG_LOCATED_IN, geneva, &c, NULL, &err));
    CHECK(og_graph_add_edge(g, sg, OG_DEVELOPS, std, &d, NULL, &err));
    CHECK(og_graph_add_edge(g, sg, OG_PART_OF, itu, NULL, NULL, &err));
    return g;
}

/* A hedged edge and declared extra keys of every type. */
static og_graph *build_extras(void)
{
    og_graph *g = og_graph_new();
    og_node_id a, b, c;
    if (!g || !node(g, OG_ORGANISATION, "CERN", "organisation:cern", &a) ||
        !node(g, OG_INITIATIVE, "CERN openlab", "initiative:cern-openlab", &b) ||
        !node(g, OG_TOPIC, "Data governance", "topic:data-governance", &c))
        return NULL;
    CHECK(og_graph_declare_key(g, 0, "founded", OG_VAL_INT, &err));
    CHECK(og_graph_declare_key(g, 0, "budget", OG_VAL_DOUBLE, &err));
    CHECK(og_graph_declare_key(g, 0, "active", OG_VAL_BOOL, &err));
    CHECK(og_graph_declare_key(g, 0, "note", OG_VAL_STRING, &err));
    CHECK(og_graph_declare_key(g, 1, "weight", OG_VAL_DOUBLE, &err));
    og_value v = {OG_VAL_INT, {.i = 1954}};
    CHECK(og_graph_node_set_attr(g, a, "founded", &v, &err));
    v.kind = OG_VAL_DOUBLE;
    v.u.d = 1.25e3;
    CHECK(og_graph_node_set_attr(g, a, "budget", &v, &err));
    v.kind = OG_VAL_BOOL;
    v.u.b = 1;
    CHECK(og_graph_node_set_attr(g, b, "active", &v, &err));
    CHECK(og_graph_node_set_attr_str(g, c, "note", "a policy topic", &err));
    og_evidence e1 = {"doc.txt", 2, 1, "CERN runs CERN openlab.", 0.85};
    og_evidence e2 = {"doc.txt", 9, 4, "CERN may work on data governance.", 0.2};
    og_edge_id e;
    CHECK(og_graph_add_edge(g, a, OG_LAUNCHES, b, &e1, &e, &err));
    v.kind = OG_VAL_DOUBLE;
    v.u.d = 0.1;
    CHECK(og_graph_edge_set_attr(g, e, "weight", &v, &err));
    CHECK(og_graph_add_edge(g, a, OG_WORKS_ON, c, &e2, &e, &err));
    og_graph_edge_set_hedged(g, e, 1);
    return g;
}

/* Markup, control characters, U+FFFE, invalid UTF-8 and white space in every string. */
static og_graph *build_escaping(void)
{
    og_graph *g = og_graph_new();
    og_node_id a, b;
    if (!g || !node(g, OG_ORGANISATION, "AT&T <Labs> \"quoted\" 'single'", "organisation:at-t", &a) ||
        !node(g, OG_INITIATIVE, "bell\x07 tab\tnl\ncr\r fffe\xEF\xBF\xBE bad\xC3\x28 end\xF0\x9F\x98\x80",
              "initiative:odd", &b))
        return NULL;
    CHECK(og_graph_node_add_alias(g, a, "AT\x01T", &err));
    CHECK(og_graph_node_set_attr_str(g, a, OG_ATTR_WEBSITE, "https://example.org/?a=1&b=<2>", &err));
    og_evidence ev = {"dir/with space & amp.txt", 1, 2, "A \"quoted\" <b>sentence</b>\x0b with \\ and \xFF.", 0.5};
    CHECK(og_graph_add_edge(g, a, OG_SUPPORTS, b, &ev, NULL, &err));
    return g;
}

static og_graph *build_empty(void)
{
    return og_graph_new();
}

static const struct {
    const char *name;
    og_graph *(*build)(void);
    og_graphml_profile profile;
} cases[] = {
    {"small", build_small, OG_PROFILE_PLAIN},
    {"extras", build_extras, OG_PROFILE_PLAIN},
    {"escaping", build_escaping, OG_PROFILE_PLAIN},
    {"empty", build_empty, OG_PROFILE_PLAIN},
    {"profile-gephi", build_small, OG_PROFILE_GEPHI},
    {"profile-yed", build_small, OG_PROFILE_YED},
    {"profile-neo4j", build_small, OG_PROFILE_NEO4J},
};

static int write_graph(const og_graph *g, og_graphml_profile profile, const char *path)
{
    og_export_options opts = OG_EXPORT_OPTIONS_INIT;
    opts.profile = profile;
    og_sink *out = og_sink_file_atomic(path, &err);
    if (!out || og_export_graphml(g, &opts, out, &err) || og_sink_close(out, &err)) {
        fprintf(stderr, "writing %s: %s\n", path, err.message);
        og_sink_free(out);
        return 1;
    }
    og_sink_free(out);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 4 && !strcmp(argv[1], "build")) {
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            if (strcmp(cases[i].name, argv[2]))
                continue;
            og_graph *g = cases[i].build();
            if (!g)
                return 1;
            if (og_graph_check(g, 1, &err)) {
                fprintf(stderr, "og_graph_check: %s\n", err.message);
                og_graph_free(g);
                return 1;
            }
            int rc = write_graph(g, cases[i].profile, argv[3]);
            og_graph_free(g);
            return rc;
        }
        fprintf(stderr, "unknown case %s\n", argv[2]);
        return 2;
    }
    if (argc == 4 && !strcmp(argv[1], "convert")) {
        og_graph *g = NULL;
        if (og_read_graphml_file(&g, argv[2], &err) || og_graph_check(g, 0, &err)) {
            fprintf(stderr, "%s:%u:%u: %s\n", err.file, err.line, err.column, err.message);
            og_graph_free(g);
            return 1;
        }
        int rc = write_graph(g, OG_PROFILE_PLAIN, argv[3]);
        og_graph_free(g);
        return rc;
    }
    fprintf(stderr, "usage: %s build CASE OUT | convert IN OUT\n", argv[0]);
    return 2;
}
