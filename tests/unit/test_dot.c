/* test_dot.c - DOT export through cgraph and in-process rendering (gvc). */
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <libxml/parser.h>

#include "og_test.h"
#include "test_dot_fixtures.h"

static og_graph *fixture(const char *name)
{
    og_error err = {0};
    og_graph *g = og_test_dot_fixture(name, &err);
    if (!g)
        fail_msg("fixture %s: %s", name, err.message);
    return g;
}

/* Exports `g` with `o` into a fresh NUL-terminated heap string (free()). */
static char *dot_of(const og_graph *g, const og_export_options *o, size_t *len)
{
    og_error err = {0};
    og_sink *s = og_sink_memory();
    og_test_ok(og_export_dot(g, o, s, &err), &err);
    size_t l;
    const char *d = og_sink_memory_data(s, &l);
    char *copy = malloc(l + 1);
    memcpy(copy, d, l);
    copy[l] = '\0';
    og_sink_free(s);
    if (len)
        *len = l;
    return copy;
}

static void test_dot_parses_back(void **state)
{
    (void)state;
    og_graph *g = fixture("seedlike");
    char *dot = dot_of(g, NULL, NULL);
    Agraph_t *ag = agmemread(dot);
    assert_non_null(ag);
    assert_true(agisdirected(ag));
    /* every node plus the legend node; every edge */
    assert_int_equal(agnnodes(ag), (int)og_graph_node_count(g) + 1);
    assert_int_equal(agnedges(ag), (int)og_graph_edge_count(g));
    for (og_node_id i = 0; i < og_graph_node_count(g); i++) {
        Agnode_t *n = agnode(ag, (char *)og_graph_node_id(g, i), 0);
        assert_non_null(n);
    }
    og_node_id itu;
    assert_int_equal(og_graph_find(g, "ITU", &itu), 0);
    Agnode_t *n = agnode(ag, (char *)og_graph_node_id(g, itu), 0);
    char *label = agget(n, "label");
    assert_non_null(strstr(label, "ITU\\nInternational"));
    assert_string_equal(agget(n, "shape"), "box");
    assert_string_equal(agget(n, "URL"), "https://www.itu.int");
    assert_non_null(strstr(agget(n, "tooltip"), "UIT"));
    assert_non_null(agsubg(ag, "cluster_legend", 0));
    agclose(ag);

    /* deterministic */
    char *again = dot_of(g, NULL, NULL);
    assert_string_equal(dot, again);
    free(again);
    free(dot);
    og_graph_free(g);
}

static void test_dot_options(void **state)
{
    (void)state;
    og_graph *g = fixture("seedlike");
    og_export_options o = OG_EXPORT_OPTIONS_INIT;
    o.legend = 0;
    o.cluster = "parent";
    o.rankdir = "TB";
    char *dot = dot_of(g, &o, NULL);
    Agraph_t *ag = agmemread(dot);
    assert_non_null(ag);
    assert_int_equal(agnnodes(ag), (int)og_graph_node_count(g));
    assert_null(agsubg(ag, "cluster_legend", 0));
    assert_string_equal(agget(ag, "rankdir"), "TB");
    /* ITU's sectors sit in ITU's cluster */
    og_node_id itu, itut;
    assert_int_equal(og_graph_find(g, "ITU", &itu), 0);
    assert_int_equal(og_graph_find(g, "ITU-T", &itut), 0);
    char name[48];
    snprintf(name, sizeof name, "cluster_p%u", (unsigned)itu);
    Agraph_t *cl = agsubg(ag, name, 0);
    assert_non_null(cl);
    assert_non_null(agnode(cl, (char *)og_graph_node_id(g, itut), 0));
    agclose(ag);
    free(dot);

    o.cluster = "type";
    o.engine = "neato";
    dot = dot_of(g, &o, NULL);
    ag = agmemread(dot);
    assert_non_null(agsubg(ag, "cluster_Organisation", 0));
    assert_non_null(agsubg(ag, "cluster_Standard", 0));
    assert_null(agsubg(ag, "cluster_Person", 0));
    assert_string_equal(agget(ag, "layout"), "neato");
    agclose(ag);
    free(dot);

    og_error err = {0};
    og_sink *s = og_sink_memory();
    o.engine = "dott";
    assert_int_equal(og_export_dot(g, &o, s, &err), OG_ENOTFOUND);
    assert_non_null(strstr(err.message, "dott"));
    og_error_clear(&err);
    o.engine = NULL;
    o.cluster = "colour";
    assert_int_equal(og_export_dot(g, &o, s, &err), OG_ENOTFOUND);
    og_error_clear(&err);
    o.cluster = NULL;
    o.rankdir = "XY";
    assert_int_equal(og_export_dot(g, &o, s, &err), OG_ENOTFOUND);
    og_sink_free(s);
    og_graph_free(g);
}

static void test_dot_escaping(void **state)
{
    (void)state;
    og_graph *g = fixture("escaping");
    size_t len;
    char *dot = dot_of(g, NULL, &len);
    /* no control bytes but newline and tab (cgraph's indentation) */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)dot[i];
        if (c < 0x20 && c != '\n' && c != '\t')
            fail_msg("control byte 0x%02x at offset %zu", c, i);
    }
    /* valid UTF-8 throughout */
    assert_true(xmlCheckUTF8((const unsigned char *)dot));
    Agraph_t *ag = agmemread(dot);
    assert_non_null(ag);
    assert_int_equal(agnnodes(ag), (int)og_graph_node_count(g) + 1);
    assert_int_equal(agnedges(ag), (int)og_graph_edge_count(g));
    /* the node literally called "graph" survived as a node, a trailing
     * backslash did not swallow a quote */
    og_node_id back;
    assert_int_equal(og_graph_find(g, "Back\\slash Lab\\", &back), 0);
    Agnode_t *n = agnode(ag, (char *)og_graph_node_id(g, back), 0);
    assert_non_null(n);
    assert_non_null(strstr(agget(n, "label"), "Back\\\\slash Lab\\\\"));
    agclose(ag);
    free(dot);

    /* and it renders to well-formed SVG */
    og_error err = {0};
    og_sink *s = og_sink_memory();
    og_test_ok(og_export_rendered(g, NULL, "svg", s, &err), &err);
    size_t sl;
    const char *svg = og_sink_memory_data(s, &sl);
    xmlDocPtr doc = xmlReadMemory(svg, (int)sl, "out.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    assert_non_null(doc);
    xmlFreeDoc(doc);
    og_sink_free(s);
    og_graph_free(g);
}

static void test_rendered_magic(void **state)
{
    (void)state;
    og_graph *g = fixture("seedlike");
    static const struct {
        const char *fmt;
        const char *magic;
        size_t n;
    } cases[] = {{"png", "\x89PNG\r\n\x1a\n", 8}, {"pdf", "%PDF-", 5}, {"svg", "<?xml", 5}};
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        og_error err = {0};
        og_sink *s = og_sink_memory();
        og_test_ok(og_export_rendered(g, NULL, cases[k].fmt, s, &err), &err);
        size_t l;
        const char *d = og_sink_memory_data(s, &l);
        assert_true(l > 1000);
        assert_memory_equal(d, cases[k].magic, cases[k].n);
        og_sink_free(s);
    }
    og_error err = {0};
    og_sink *s = og_sink_memory();
    assert_int_equal(og_export_rendered(g, NULL, "gif", s, &err), OG_ENOTFOUND);
    og_sink_free(s);
    og_graph_free(g);
}

static void test_sink_failure(void **state)
{
    (void)state;
    og_graph *g = fixture("seedlike");
    og_error err = {0};
    og_sink *s = og_sink_memory();
    og_sink_fail_after(s, 200);
    assert_int_equal(og_export_dot(g, NULL, s, &err), OG_EIO);
    og_sink_free(s);
    og_error_clear(&err);
    s = og_sink_memory();
    og_sink_fail_after(s, 200);
    assert_int_equal(og_export_rendered(g, NULL, "png", s, &err), OG_EIO);
    og_sink_free(s);
    og_graph_free(g);
}

static int sfdp_notes, trim_notes;
static void note(const og_error *w, void *payload)
{
    (void)payload;
    if (strstr(w->message, "sfdp"))
        sfdp_notes++;
    if (strstr(w->message, "left out"))
        trim_notes++;
}

/* 160 nodes in a ring with chords: trimmed to 60 by default, sfdp when not trimmed. */
static void test_large_graph(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *frag = og_graph_new();
    og_node_id ids[160];
    char name[32];
    for (int i = 0; i < 160; i++) {
        snprintf(name, sizeof name, "Org %03d", i);
        og_test_ok(og_graph_new_node(frag, OG_ORGANISATION, name, &ids[i], &err), &err);
    }
    for (int i = 0; i < 160; i++) {
        og_test_ok(og_graph_add_edge(frag, ids[i], OG_COLLABORATES_WITH, ids[(i + 1) % 160], NULL, NULL, &err), &err);
        if (i % 10 == 0)
            og_test_ok(og_graph_add_edge(frag, ids[i], OG_MEMBER_OF, ids[(i * 7 + 3) % 160], NULL, NULL, &err), &err);
    }
    og_graph *g = NULL;
    const og_graph *parts[] = {frag};
    og_test_ok(og_reduce(&g, parts, 1, NULL, &err), &err);
    og_export_options o = OG_EXPORT_OPTIONS_INIT;
    o.warn = note;
    og_sink *s = og_sink_memory();
    og_test_ok(og_export_rendered(g, &o, "svg", s, &err), &err);
    og_sink_free(s);
    assert_int_equal(trim_notes, 1);
    assert_int_equal(sfdp_notes, 0);

    o.diagram_max_nodes = OG_DIAGRAM_ALL;
    s = og_sink_memory();
    og_test_ok(og_export_rendered(g, &o, "svg", s, &err), &err);
    size_t l;
    const char *svg = og_sink_memory_data(s, &l);
    assert_non_null(strstr(svg, "Org 159"));
    og_sink_free(s);
    assert_int_equal(sfdp_notes, 1);

    /* the DOT of the full graph asks for sfdp and, being busy, has no edge labels */
    char *dot = dot_of(g, &o, NULL);
    Agraph_t *ag = agmemread(dot);
    assert_non_null(ag);
    assert_string_equal(agget(ag, "layout"), "sfdp");
    Agnode_t *first = agfstnode(ag);
    Agedge_t *e = NULL;
    for (Agnode_t *n = first; n && !e; n = agnxtnode(ag, n))
        e = agfstout(ag, n);
    assert_non_null(e);
    const char *el = agget(e, "label"); /* NULL when no edge declares a label */
    assert_true(el == NULL || *el == '\0');
    assert_non_null(strstr(agget(e, "tooltip"), "collaborates_with"));
    agclose(ag);
    free(dot);
    og_graph_free(g);
    og_graph_free(frag);
}

/* part_of cycles (bad extraction) must not recurse forever or nest a
 * cluster in itself; a deep chain nests at most to the cap. */
static void test_parent_cycles(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *frag = og_graph_new();
    og_node_id a, b, c, d[40];
    og_test_ok(og_graph_new_node(frag, OG_ORGANISATION, "Unit A", &a, &err), &err);
    og_test_ok(og_graph_new_node(frag, OG_ORGANISATION, "Unit B", &b, &err), &err);
    og_test_ok(og_graph_new_node(frag, OG_ORGANISATION, "Unit C", &c, &err), &err);
    og_test_ok(og_graph_add_edge(frag, a, OG_PART_OF, b, NULL, NULL, &err), &err);
    og_test_ok(og_graph_add_edge(frag, b, OG_PART_OF, c, NULL, NULL, &err), &err);
    og_test_ok(og_graph_add_edge(frag, c, OG_PART_OF, a, NULL, NULL, &err), &err);
    char name[32];
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "Level %02d", i);
        og_test_ok(og_graph_new_node(frag, OG_ORGANISATION, name, &d[i], &err), &err);
        if (i > 0)
            og_test_ok(og_graph_add_edge(frag, d[i], OG_PART_OF, d[i - 1], NULL, NULL, &err), &err);
    }
    og_export_options o = OG_EXPORT_OPTIONS_INIT;
    o.cluster = "parent";
    o.engine = "dot";
    char *dot = dot_of(frag, &o, NULL);
    Agraph_t *ag = agmemread(dot);
    assert_non_null(ag);
    assert_int_equal(agnnodes(ag), 43 + 1);
    agclose(ag);
    free(dot);
    og_sink *s = og_sink_memory();
    og_test_ok(og_export_rendered(frag, &o, "svg", s, &err), &err);
    og_sink_free(s);
    og_graph_free(frag);
}

static void test_empty_graph(void **state)
{
    (void)state;
    og_graph *g = og_graph_new();
    char *dot = dot_of(g, NULL, NULL);
    Agraph_t *ag = agmemread(dot);
    assert_non_null(ag);
    assert_int_equal(agnnodes(ag), 0); /* no legend for nothing */
    agclose(ag);
    free(dot);
    og_error err = {0};
    og_sink *s = og_sink_memory();
    og_test_ok(og_export_rendered(g, NULL, "png", s, &err), &err);
    size_t l;
    assert_memory_equal(og_sink_memory_data(s, &l), "\x89PNG", 4);
    og_sink_free(s);
    og_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dot_parses_back), cmocka_unit_test(test_dot_options),
        cmocka_unit_test(test_dot_escaping),    cmocka_unit_test(test_rendered_magic),
        cmocka_unit_test(test_sink_failure),    cmocka_unit_test(test_large_graph),
        cmocka_unit_test(test_parent_cycles),   cmocka_unit_test(test_empty_graph),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
