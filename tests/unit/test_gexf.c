/*
 * test_gexf.c - unit tests of the GEXF 1.3 exporter: namespaces and version,
 * typed attribute declarations, one <node>/<edge> per graph element with
 * label = predicate and weight = confidence, viz colour/size/shape, the
 * escape fixture still well-formed (XML sanitising), the GEXF 1.3 RELAX NG
 * schema (in-process, when ../shared/conformance is present), determinism
 * and sink failures.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "common.h"
#include "og_test.h"
#include "../rdf/fixtures.h"

#define GEXF_NS "http://gexf.net/1.3"
#define VIZ_NS "http://gexf.net/1.3/viz"

static char *export_gexf(const og_graph *g, size_t *len)
{
    og_error err = {0};
    og_sink *s = og_sink_memory();
    assert_non_null(s);
    og_test_ok(og_export_gexf(g, NULL, s, &err), &err);
    const char *data = og_sink_memory_data(s, len);
    char *copy = malloc(*len + 1);
    assert_non_null(copy);
    memcpy(copy, data, *len + 1);
    og_sink_free(s);
    return copy;
}

static xmlDocPtr parse(const char *text, size_t len)
{
    xmlDocPtr doc = xmlReadMemory(text, (int)len, "out.gexf", NULL, XML_PARSE_NONET);
    if (!doc)
        fail_msg("GEXF is not well-formed XML");
    return doc;
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
            return c;
    return NULL;
}

static size_t count_children(xmlNodePtr n, const char *name)
{
    size_t k = 0;
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
            k++;
    return k;
}

static int prop_eq(xmlNodePtr n, const char *name, const char *want)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    int eq = v && strcmp((const char *)v, want) == 0;
    xmlFree(v);
    return eq;
}

static double prop_num(xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    assert_non_null(v);
    double d = strtod((const char *)v, NULL);
    xmlFree(v);
    return d;
}

/* Validates against the GEXF 1.3 RELAX NG schema when the harness is there. */
static void validate(xmlDocPtr doc)
{
    const char *rng = OG_SHARED_DIR "/conformance/xsd/gexf-1.3/gexf.rng";
    FILE *f = fopen(rng, "r");
    if (!f)
        return; /* the ctest conformance::gexf-rng reports the skip */
    fclose(f);
    xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewParserCtxt(rng);
    xmlRelaxNGPtr schema = xmlRelaxNGParse(pc);
    assert_non_null(schema);
    xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(schema);
    int rc = xmlRelaxNGValidateDoc(vc, doc);
    xmlRelaxNGFreeValidCtxt(vc);
    xmlRelaxNGFree(schema);
    xmlRelaxNGFreeParserCtxt(pc);
    assert_int_equal(rc, 0);
}

static void test_giga(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    size_t len;
    char *text = export_gexf(g, &len);
    assert_null(strstr(text, "schemaLocation"));
    xmlDocPtr doc = parse(text, len);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    assert_string_equal((const char *)root->name, "gexf");
    assert_non_null(root->ns);
    assert_string_equal((const char *)root->ns->href, GEXF_NS);
    assert_true(prop_eq(root, "version", "1.3"));
    xmlNodePtr graph = child(root, "graph");
    assert_true(prop_eq(graph, "defaultedgetype", "directed"));
    assert_int_equal(count_children(graph, "attributes"), 2);
    xmlNodePtr nodes = child(graph, "nodes"), edges = child(graph, "edges");
    assert_int_equal(count_children(nodes, "node"), og_graph_node_count(g));
    assert_int_equal(count_children(edges, "edge"), og_graph_edge_count(g));

    og_node_id itu, giga;
    assert_int_equal(og_graph_find(g, "ITU", &itu), 0);
    assert_int_equal(og_graph_find(g, "Giga", &giga), 0);
    double size_itu = 0, size_giga = 0;
    for (xmlNodePtr n = nodes->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        xmlNodePtr color = child(n, "color"), size = child(n, "size");
        assert_non_null(color);
        assert_non_null(size);
        assert_string_equal((const char *)color->ns->href, VIZ_NS);
        if (prop_eq(n, "id", og_graph_node_id(g, itu))) {
            int r, gg, b;
            og__type_rgb(OG_ORGANISATION, &r, &gg, &b);
            assert_int_equal((int)prop_num(color, "r"), r);
            assert_int_equal((int)prop_num(color, "g"), gg);
            assert_int_equal((int)prop_num(color, "b"), b);
            assert_true(prop_eq(n, "label", "International Telecommunication Union"));
            size_itu = prop_num(size, "value");
        }
        if (prop_eq(n, "id", og_graph_node_id(g, giga))) {
            size_giga = prop_num(size, "value");
            assert_true(prop_eq(child(n, "shape"), "value", "diamond"));
        }
    }
    assert_true(size_itu > size_giga && size_giga > 0); /* degree 5 vs 2 */

    size_t partner = 0, undirected = 0;
    for (xmlNodePtr e = edges->children; e; e = e->next) {
        if (e->type != XML_ELEMENT_NODE)
            continue;
        double w = prop_num(e, "weight");
        assert_true(w > 0 && w <= 1);
        if (prop_eq(e, "label", "partner_in")) {
            partner++;
            assert_true(prop_eq(e, "target", og_graph_node_id(g, giga)));
        }
        if (prop_eq(e, "type", "undirected")) {
            undirected++;
            assert_true(prop_eq(e, "label", "collaborates_with"));
        }
        assert_non_null(child(child(e, "attvalues"), "attvalue"));
    }
    assert_int_equal(partner, 2);
    assert_int_equal(undirected, 1);
    validate(doc);
    xmlFreeDoc(doc);

    size_t len2;
    char *again = export_gexf(g, &len2);
    assert_int_equal(len, len2);
    assert_memory_equal(text, again, len);
    free(again);
    free(text);
    og_graph_free(g);
}

static void test_escape(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_escape(&g, &err), &err);
    size_t len;
    char *text = export_gexf(g, &len);
    xmlDocPtr doc = parse(text, len); /* control characters would make this fail */
    validate(doc);
    /* foreign keys are declared with their types and titles */
    assert_non_null(strstr(text, "title=\"rank\" type=\"long\""));
    assert_non_null(strstr(text, "title=\"verified\" type=\"boolean\""));
    assert_non_null(strstr(text, "title=\"weight\" type=\"double\""));
    assert_null(strstr(text, "\x01"));
    xmlFreeDoc(doc);
    free(text);
    og_graph_free(g);
}

static void test_sink_failure(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    for (size_t limit = 0; limit < 8000; limit += 997) {
        og_error e2 = {0};
        og_sink *s = og_sink_memory();
        og_sink_fail_after(s, limit);
        int rc = og_export_gexf(g, NULL, s, &e2);
        if (rc == 0)
            fail_msg("a sink failing after %lu bytes was not reported", (unsigned long)limit);
        assert_int_equal(rc, OG_EIO);
        og_sink_free(s);
    }
    og_graph *empty = og_graph_new();
    size_t len;
    char *text = export_gexf(empty, &len);
    xmlDocPtr doc = parse(text, len);
    validate(doc);
    xmlFreeDoc(doc);
    free(text);
    og_graph_free(empty);
    og_graph_free(g);
}

/* libxml2 reports the injected write failures on stderr too; keep the log clean. */
static void quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

int main(void)
{
    xmlSetGenericErrorFunc(NULL, quiet);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_giga),
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_sink_failure),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return rc;
}
