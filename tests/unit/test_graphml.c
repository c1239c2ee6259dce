/*
 * test_graphml.c - GraphML writer and reader.
 *
 * Why each test exists: orgraph's own files must read back into the same
 * graph and the same bytes; foreign files (NetworkX, igraph, yEd) must keep
 * their nodes, edges, ids and typed data; errors must carry line:column; no
 * byte of any label may make the output unreadable for xmllint or NetworkX;
 * a failing sink must surface as OG_EIO.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "og_test.h"

static og_graph *small_graph(void)
{
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id itu, giga, gva;
    og_test_ok(og_graph_new_node(g, OG_ORGANISATION, "International Telecommunication Union", &itu, &err), &err);
    og_test_ok(og_graph_node_set_id(g, itu, "itu", &err), &err);
    og_test_ok(og_graph_new_node(g, OG_PARTNERSHIP, "Giga", &giga, &err), &err);
    og_test_ok(og_graph_node_set_id(g, giga, "partnership:giga", &err), &err);
    og_test_ok(og_graph_new_node(g, OG_PLACE, "Geneva", &gva, &err), &err);
    og_test_ok(og_graph_node_set_id(g, gva, "place:geneva", &err), &err);
    og_test_ok(og_graph_node_add_alias(g, itu, "ITU", &err), &err);
    og_test_ok(og_graph_node_add_alias(g, itu, "UIT", &err), &err);
    og_test_ok(og_graph_node_set_attr_str(g, itu, OG_ATTR_ACRONYM, "ITU", &err), &err);
    og_test_ok(og_graph_node_set_attr_str(g, itu, OG_ATTR_WEBSITE, "https://www.itu.int", &err), &err);
    og_test_ok(og_graph_node_add_source(g, itu, "b.txt", &err), &err);
    og_test_ok(og_graph_node_add_source(g, itu, "a.txt", &err), &err);
    og_graph_node_set_counts(g, itu, 9, 31);
    og_evidence e1 = {"a.txt", 4, 2, "ITU and UNICEF run Giga.", 0.8};
    og_evidence e2 = {"b.txt", 1, 1, "Giga is backed by ITU.", 0.6};
    og_evidence e3 = {"a.txt", 1, 1, "ITU sits in Geneva.", 0.9};
    og_test_ok(og_graph_add_edge(g, itu, OG_PARTNER_IN, giga, &e1, NULL, &err), &err);
    og_test_ok(og_graph_add_edge(g, itu, OG_PARTNER_IN, giga, &e2, NULL, &err), &err);
    og_test_ok(og_graph_add_edge(g, itu, OG_LOCATED_IN, gva, &e3, NULL, &err), &err);
    return g;
}

/* Exports `g` with `profile` into a malloc'ed string (caller frees). */
static char *to_graphml(const og_graph *g, og_graphml_profile profile)
{
    og_error err = {0};
    og_export_options opts = OG_EXPORT_OPTIONS_INIT;
    opts.profile = profile;
    og_sink *s = og_sink_memory();
    assert_non_null(s);
    og_test_ok(og_export_graphml(g, &opts, s, &err), &err);
    size_t len = 0;
    const char *data = og_sink_memory_data(s, &len);
    char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, data, len + 1);
    og_sink_free(s);
    return copy;
}

static og_graph *from_graphml(const char *text)
{
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_read_graphml_memory(&g, "test.graphml", text, strlen(text), &err), &err);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    return g;
}

static void test_roundtrip_memory(void **state)
{
    (void)state;
    og_graph *g = small_graph();
    char *first = to_graphml(g, OG_PROFILE_PLAIN);
    assert_non_null(strstr(first, "edgedefault=\"directed\""));
    assert_non_null(strstr(first, "<data key=\"aliases\">ITU|UIT</data>"));
    assert_non_null(strstr(first, "<data key=\"sources\">a.txt|b.txt</data>"));
    assert_non_null(strstr(first, "<data key=\"source_count\">9</data>"));
    assert_null(strstr(first, "hedged")); /* no hedged edge, no hedged key */
    og_graph *back = from_graphml(first);
    assert_int_equal(og_graph_node_count(back), 3);
    assert_int_equal(og_graph_edge_count(back), 2);
    assert_string_equal(og_graph_node_label(back, 0), "International Telecommunication Union");
    assert_string_equal(og_graph_node_id(back, 0), "itu");
    assert_int_equal(og_graph_node_type(back, 1), OG_PARTNERSHIP);
    assert_int_equal(og_graph_node_alias_count(back, 0), 2);
    assert_string_equal(og_graph_node_attr_str(back, 0, OG_ATTR_ACRONYM), "ITU");
    assert_int_equal(og_graph_node_source_count(back, 0), 9);
    assert_int_equal(og_graph_node_mentions(back, 0), 31);
    assert_int_equal(og_graph_edge_predicate(back, 0), OG_PARTNER_IN);
    assert_int_equal(og_graph_edge_evidence_kept(back, 0), 2);
    assert_int_equal(og_graph_edge_evidence_count(back, 0), og_graph_edge_evidence_count(g, 0));
    assert_true(og_graph_edge_confidence(back, 0) == og_graph_edge_confidence(g, 0));
    assert_string_equal(og_graph_edge_evidence(back, 0, 1)->sentence, "Giga is backed by ITU.");
    char *second = to_graphml(back, OG_PROFILE_PLAIN);
    assert_string_equal(first, second);
    free(first);
    free(second);
    og_graph_free(back);
    og_graph_free(g);
}

/* Written the way NetworkX does: numeric key ids, long/double/boolean, no edge ids. */
static const char *networkx_like =
    "<?xml version='1.0' encoding='utf-8'?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "  <key id=\"d4\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\" />\n"
    "  <key id=\"d3\" for=\"edge\" attr.name=\"type\" attr.type=\"string\" />\n"
    "  <key id=\"d2\" for=\"node\" attr.name=\"active\" attr.type=\"boolean\" />\n"
    "  <key id=\"d1\" for=\"node\" attr.name=\"founded\" attr.type=\"long\" />\n"
    "  <key id=\"d0\" for=\"node\" attr.name=\"type\" attr.type=\"string\" />\n"
    "  <graph edgedefault=\"directed\">\n"
    "    <node id=\"W3C\"><data key=\"d0\">organisation</data><data key=\"d1\">1994</data>"
    "<data key=\"d2\">True</data></node>\n"
    "    <node id=\"JSON-LD\" />\n"
    "    <edge source=\"W3C\" target=\"JSON-LD\"><data key=\"d3\">develops</data>"
    "<data key=\"d4\">0.5</data></edge>\n"
    "    <edge source=\"JSON-LD\" target=\"W3C\"><data key=\"d3\">cites</data></edge>\n"
    "  </graph>\n"
    "</graphml>\n";

static void test_foreign_networkx(void **state)
{
    (void)state;
    og_graph *g = from_graphml(networkx_like);
    assert_int_equal(og_graph_node_count(g), 2);
    assert_string_equal(og_graph_node_id(g, 0), "W3C");
    assert_string_equal(og_graph_node_label(g, 0), "W3C"); /* no label key: the id */
    assert_int_equal(og_graph_node_type(g, 0), OG_ORGANISATION);
    assert_int_equal(og_graph_node_type(g, 1), OG_THING);
    const og_value *v = og_graph_node_attr(g, 0, "founded");
    assert_non_null(v);
    assert_int_equal(v->kind, OG_VAL_INT);
    assert_int_equal(v->u.i, 1994);
    v = og_graph_node_attr(g, 0, "active");
    assert_non_null(v);
    assert_int_equal(v->kind, OG_VAL_BOOL);
    assert_int_equal(v->u.b, 1);
    assert_int_equal(og_graph_edge_count(g), 2);
    assert_int_equal(og_graph_edge_predicate(g, 0), OG_DEVELOPS);
    assert_int_equal(og_graph_edge_predicate(g, 1), OG_RELATED); /* unknown predicate */
    int found = 0;
    for (size_t i = 0; i < og_graph_edge_attr_count(g, 0); i++) {
        const char *k;
        const og_value *ev;
        og_graph_edge_attr_at(g, 0, i, &k, &ev);
        if (!strcmp(k, "weight")) {
            found = 1;
            assert_int_equal(ev->kind, OG_VAL_DOUBLE);
            assert_true(ev->u.d == 0.5);
        }
    }
    assert_true(found);
    /* written back, the extra keys keep their types */
    char *out = to_graphml(g, OG_PROFILE_PLAIN);
    assert_non_null(strstr(out, "attr.name=\"founded\" attr.type=\"long\""));
    assert_non_null(strstr(out, "attr.name=\"weight\" attr.type=\"double\""));
    assert_non_null(strstr(out, "attr.name=\"active\" attr.type=\"boolean\""));
    free(out);
    og_graph_free(g);
}

static void test_foreign_yed_and_forward_refs(void **state)
{
    (void)state;
    const char *yed =
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
        "<key id=\"d5\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
        "<key id=\"d6\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n"
        "<graph edgedefault=\"directed\">\n"
        "<edge source=\"n1\" target=\"n0\"><data key=\"d6\"><y:PolyLineEdge/></data></edge>\n"
        "<node id=\"n0\"><data key=\"d5\"><y:ShapeNode><y:NodeLabel> IETF <y:LabelModel/></y:NodeLabel>"
        "<y:NodeLabel>second</y:NodeLabel></y:ShapeNode></data></node>\n"
        "<node id=\"n1\"><data key=\"d5\"><y:ShapeNode><y:NodeLabel>RFC 9110</y:NodeLabel></y:ShapeNode></data></node>\n"
        "</graph></graphml>\n";
    og_graph *g = from_graphml(yed);
    assert_int_equal(og_graph_node_count(g), 2);
    /* order of first appearance: the edge named n1 first */
    assert_string_equal(og_graph_node_id(g, 0), "n1");
    assert_string_equal(og_graph_node_label(g, 0), "RFC 9110");
    assert_string_equal(og_graph_node_label(g, 1), "IETF");
    assert_int_equal(og_graph_edge_count(g), 1);
    assert_int_equal(og_graph_edge_predicate(g, 0), OG_RELATED);
    assert_int_equal(og_graph_key_count(g, 0), 0); /* graphics keys are not attributes */
    og_graph_free(g);
}

static void expect_error(const char *text, unsigned line, const char *needle)
{
    og_error err = {0};
    og_graph *g = (og_graph *)1;
    int rc = og_read_graphml_memory(&g, "bad.graphml", text, strlen(text), &err);
    print_message("%s:%u:%u: %s\n", err.file, err.line, err.column, err.message);
    assert_int_equal(rc, OG_EINPUT);
    assert_null(g);
    assert_int_equal(err.code, OG_EINPUT);
    assert_string_equal(err.file, "bad.graphml");
    assert_int_equal(err.line, line);
    assert_true(err.column > 0);
    if (needle)
        assert_non_null(strstr(err.message, needle));
}

static void test_errors_have_positions(void **state)
{
    (void)state;
    expect_error("<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n", 4, NULL);
    expect_error("<graphml>\n<key id=\"k\" for=\"edge\" attr.name=\"w\" attr.type=\"double\"/>\n<graph>\n"
                 "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"k\">heavy</data></edge>\n"
                 "</graph></graphml>\n",
                 5, "heavy");
    expect_error("<graphml>\n<key id=\"k\" attr.type=\"complex\"/>\n</graphml>\n", 2, "complex");
    expect_error("<graphml><key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>"
                 "<graph><edge source=\"a\" target=\"b\"><data key=\"e_evidence\">[{]</data></edge>"
                 "</graph></graphml>",
                 1, NULL);
    expect_error("", 1, NULL);
    expect_error("<graphml><graph><node id=\"a\"/></graph></graphml><trailing/>", 1, NULL);
}

static void test_invalid_arguments(void **state)
{
    (void)state;
    og_error err = {0};
    og_sink *s = og_sink_memory();
    assert_int_equal(og_export_graphml(NULL, NULL, s, &err), OG_EINVAL);
    og_graph *g = og_graph_new();
    og_export_options opts = OG_EXPORT_OPTIONS_INIT;
    opts.profile = (og_graphml_profile)42;
    og_error_clear(&err);
    assert_int_equal(og_export_graphml(g, &opts, s, &err), OG_EINVAL);
    og_error_clear(&err);
    assert_int_equal(og_read_graphml_memory(NULL, "x", "", 0, &err), OG_EINVAL);
    og_graph *out = NULL;
    og_error_clear(&err);
    assert_int_equal(og_read_graphml_file(&out, "/nonexistent/dir/x.graphml", &err), OG_EIO);
    assert_null(out);
    og_graph_free(g);
    og_sink_free(s);
}

static void test_sink_failure_is_eio(void **state)
{
    (void)state;
    og_graph *g = small_graph();
    og_error err = {0};
    og_sink *s = og_sink_memory();
    og_sink_fail_after(s, 300);
    assert_int_equal(og_export_graphml(g, NULL, s, &err), OG_EIO);
    assert_int_equal(err.code, OG_EIO);
    og_sink_free(s);
    og_graph_free(g);
}

static int have(const char *cmd)
{
    char buf[256];
    snprintf(buf, sizeof buf, "command -v %s >/dev/null 2>&1", cmd);
    return system(buf) == 0;
}

/* Every byte 0x01-0xFF (0x00 ends a C string; the sanitiser test covers it) and U+FFFE. */
static void test_every_byte_reaches_clients(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    char label[8], all[600];
    size_t k = 0;
    og_node_id prev = 0;
    for (int c = 1; c <= 0xFF; c++) {
        snprintf(label, sizeof label, "b%c%02x", c, c);
        og_node_id n;
        og_test_ok(og_graph_new_node(g, OG_ORGANISATION, label, &n, &err), &err);
        char id[16];
        snprintf(id, sizeof id, "n%02x", c);
        og_test_ok(og_graph_node_set_id(g, n, id, &err), &err);
        all[k++] = (char)c;
        if (c > 1) {
            og_evidence ev = {label, 1, 1, label, 0.5};
            og_test_ok(og_graph_add_edge(g, prev, OG_SUPPORTS, n, &ev, NULL, &err), &err);
        }
        prev = n;
    }
    memcpy(all + k, "\xEF\xBF\xBE|\xEF\xBF\xBF", 7);
    all[k + 7] = '\0';
    og_node_id n;
    og_test_ok(og_graph_new_node(g, OG_TOPIC, all, &n, &err), &err);
    og_test_ok(og_graph_node_set_id(g, n, "all", &err), &err);
    og_test_ok(og_graph_node_add_alias(g, n, all + 100, &err), &err);
    og_test_ok(og_graph_node_set_attr_str(g, n, OG_ATTR_ADDRESS, all, &err), &err);

    const char *path = "every-byte.graphml";
    og_sink *s = og_sink_file_atomic(path, &err);
    assert_non_null(s);
    og_test_ok(og_export_graphml(g, NULL, s, &err), &err);
    og_test_ok(og_sink_close(s, &err), &err);
    og_sink_free(s);

    if (have("xmllint")) {
        assert_int_equal(system("xmllint --noout --nonet every-byte.graphml"), 0);
        const char *xsd = getenv("OG_XSD");
        FILE *f = xsd ? fopen(xsd, "r") : NULL;
        if (f) { /* the shared GraphML 1.0 XSD, when this checkout has it */
            fclose(f);
            char cmd[1200];
            snprintf(cmd, sizeof cmd, "xmllint --noout --nonet --schema '%s' every-byte.graphml", xsd);
            assert_int_equal(system(cmd), 0);
        }
    } else
        print_message("xmllint missing: sub-check skipped\n");
    if (system("/usr/bin/python3 -c 'import networkx' 2>/dev/null") == 0)
        assert_int_equal(system("/usr/bin/python3 -c \"import networkx as nx; g = nx.read_graphml('every-byte.graphml');"
                                " assert g.number_of_nodes() == 256, g.number_of_nodes()\""),
                         0);
    else
        print_message("python3-networkx missing: sub-check skipped\n");

    og_graph *back = NULL;
    og_test_ok(og_read_graphml_file(&back, path, &err), &err);
    og_test_ok(og_graph_check(back, 0, &err), &err);
    assert_int_equal(og_graph_node_count(back), 256);
    assert_int_equal(og_graph_edge_count(back), 254);
    for (int c = 1; c <= 0xFF; c++) {
        const char *got = og_graph_node_label(back, (og_node_id)(c - 1));
        int legal = c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c < 0x80);
        char want[16];
        if (legal)
            snprintf(want, sizeof want, "b%c%02x", c, c);
        else
            snprintf(want, sizeof want, "b\xEF\xBF\xBD%02x", c);
        assert_string_equal(got, want);
    }
    const char *last = og_graph_node_label(back, 255);
    assert_non_null(strstr(last, "\xEF\xBF\xBD|\xEF\xBF\xBD"));
    assert_null(strstr(last, "\xEF\xBF\xBE"));
    og_graph_free(back);
    og_graph_free(g);
}

static void test_profiles(void **state)
{
    (void)state;
    og_graph *g = small_graph();
    char *gephi = to_graphml(g, OG_PROFILE_GEPHI);
    assert_non_null(strstr(gephi, "attr.name=\"r\" attr.type=\"int\""));
    assert_non_null(strstr(gephi, "attr.name=\"weight\""));
    assert_non_null(strstr(gephi, "<data key=\"p_r\">0</data>"));
    char *yed = to_graphml(g, OG_PROFILE_YED);
    assert_non_null(strstr(yed, "xmlns:y=\"http://www.yworks.com/xml/graphml\""));
    assert_non_null(strstr(yed, "yfiles.type=\"nodegraphics\""));
    assert_non_null(strstr(yed, "<y:Shape type=\"hexagon\"/>"));
    assert_non_null(strstr(yed, "<y:Arrows source=\"none\" target=\"standard\"/>"));
    char *neo = to_graphml(g, OG_PROFILE_NEO4J);
    assert_non_null(strstr(neo, "<data key=\"p_labels\">:Organisation</data>"));
    assert_non_null(strstr(neo, "<data key=\"pe_label\">partner_in</data>"));
    /* a yEd file reads back with its labels and without graphics attributes */
    og_graph *back = from_graphml(yed);
    assert_int_equal(og_graph_node_count(back), 3);
    assert_string_equal(og_graph_node_label(back, 1), "Giga");
    assert_int_equal(og_graph_key_count(back, 0), og_graph_key_count(g, 0)); /* no graphics key */
    assert_int_equal(og_graph_key_count(back, 1), og_graph_key_count(g, 1));
    og_graph_free(back);
    free(gephi);
    free(yed);
    free(neo);
    og_graph_free(g);
}

static void test_evidence_cap_follows_file(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_graph_set_max_evidence(g, 8);
    og_node_id a, b;
    og_test_ok(og_graph_new_node(g, OG_ORGANISATION, "A", &a, &err), &err);
    og_test_ok(og_graph_new_node(g, OG_INITIATIVE, "B", &b, &err), &err);
    for (unsigned i = 1; i <= 8; i++) {
        og_evidence ev = {"doc.txt", i, 1, "A launched B.", 0.5};
        og_test_ok(og_graph_add_edge(g, a, OG_LAUNCHES, b, &ev, NULL, &err), &err);
        char src[16];
        snprintf(src, sizeof src, "d%u.txt", i);
        og_test_ok(og_graph_node_add_source(g, a, src, &err), &err);
    }
    char *first = to_graphml(g, OG_PROFILE_PLAIN);
    og_graph *back = from_graphml(first); /* default cap 5 must not drop records */
    assert_int_equal(og_graph_edge_evidence_kept(back, 0), 8);
    assert_int_equal(og_graph_node_sources_kept(back, 0), 8);
    char *second = to_graphml(back, OG_PROFILE_PLAIN);
    assert_string_equal(first, second);
    free(first);
    free(second);
    og_graph_free(back);
    og_graph_free(g);
}


/* Every allocation failure while reading or writing is OG_ENOMEM, never a
 * crash or another error (ASan builds also catch leaks on those paths). */
static void test_out_of_memory_everywhere(void **state)
{
    (void)state;
    og_graph *g = small_graph();
    char *text = to_graphml(g, OG_PROFILE_PLAIN);
    og_graph_free(g);
    og_set_allocator(&og_test_chaos);
    int completed = 0;
    for (long k = 0; k < 5000 && !completed; k++) {
        og_error err = {0};
        og_graph *back = NULL;
        og_test_chaos_left = k;
        int rc = og_read_graphml_memory(&back, "oom.graphml", text, strlen(text), &err);
        if (rc == 0) {
            og_sink *s = og_sink_memory();
            if (s) {
                rc = og_export_graphml(back, NULL, s, &err);
                og_sink_free(s);
            } else
                rc = OG_ENOMEM;
        }
        og_test_chaos_left = -1;
        og_graph_free(back);
        if (rc == 0)
            completed = 1;
        else if (rc != OG_ENOMEM)
            fail_msg("allocation %ld failing gave %d (%s), not OG_ENOMEM", k, rc, err.message);
    }
    og_set_allocator(NULL);
    assert_true(completed);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_memory),
        cmocka_unit_test(test_foreign_networkx),
        cmocka_unit_test(test_foreign_yed_and_forward_refs),
        cmocka_unit_test(test_errors_have_positions),
        cmocka_unit_test(test_invalid_arguments),
        cmocka_unit_test(test_sink_failure_is_eio),
        cmocka_unit_test(test_every_byte_reaches_clients),
        cmocka_unit_test(test_profiles),
        cmocka_unit_test(test_evidence_cap_follows_file),
        cmocka_unit_test(test_out_of_memory_everywhere),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
