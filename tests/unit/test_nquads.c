/*
 * test_nquads.c - unit tests of the N-Quads exporter: one well-formed quad
 * per line in the named graph, the direct triples and statement nodes,
 * literal and IRI escaping, typed literals, sink failures.
 * (Set equality with the JSON-LD and loading into rdflib/oxigraph are the
 * rdf:: ctests in tests/linkeddata.cmake.)
 */
#include <stdlib.h>
#include <string.h>

#include "og_test.h"
#include "rdfvocab.h"
#include "../rdf/fixtures.h"

#define GRAPH " <urn:orgraph:graph/main> .\n"

static char *export_nq(const og_graph *g, const char *base)
{
    og_error err = {0};
    og_sink *s = og_sink_memory();
    assert_non_null(s);
    og_export_options opts = OG_EXPORT_OPTIONS_INIT;
    opts.base = base;
    og_test_ok(og_export_nquads(g, &opts, s, &err), &err);
    size_t len = 0;
    const char *data = og_sink_memory_data(s, &len);
    char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, data ? data : "", data ? len + 1 : 1);
    og_sink_free(s);
    return copy;
}

/* Checks every line: "<s> <p> o <graph> ." with no raw control characters. */
static size_t check_lines(const char *text, const char *graph_suffix)
{
    size_t n = 0;
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        assert_non_null(nl);
        size_t len = (size_t)(nl - p) + 1;
        size_t gl = strlen(graph_suffix);
        if (len < gl || memcmp(nl + 1 - gl, graph_suffix, gl) != 0)
            fail_msg("line %lu does not end in the graph name: %.*s", (unsigned long)n + 1, (int)len, p);
        assert_int_equal(p[0], '<');
        for (const char *q = p; q < nl; q++)
            if ((unsigned char)*q < 0x20 || *q == 0x7F)
                fail_msg("raw control character 0x%02x in line %lu", (unsigned char)*q, (unsigned long)n + 1);
        n++;
        p = nl + 1;
    }
    return n;
}

static char *node_iri(const og_graph *g, const char *name)
{
    og_node_id n;
    assert_int_equal(og_graph_find(g, name, &n), 0);
    og__buf b = OG__BUF_INIT;
    og__buf_puts(&b, "<urn:orgraph:");
    og__rdf_append_encoded(&b, og_graph_node_id(g, n));
    og__buf_putc(&b, '>');
    return og__buf_detach(&b);
}

static void test_giga(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    char *text = export_nq(g, NULL);
    size_t lines = check_lines(text, GRAPH);
    assert_true(lines > 100);

    char *unicef = node_iri(g, "UNICEF"), *itu = node_iri(g, "ITU"), *giga = node_iri(g, "Giga");
    char want[512];
    snprintf(want, sizeof want, "%s <" OG__RDF_NS "partnerIn> %s" GRAPH, unicef, giga);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__RDF_NS "partnerIn> %s" GRAPH, itu, giga);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__RDF_TYPE "> <" OG__RDF_NS "Partnership>" GRAPH, giga);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__SCHEMA_NS "url> <https://www.unicef.org/>" GRAPH, unicef);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__SCHEMA_NS "url> \"www.itu.int\"" GRAPH, itu);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__RDF_NS "sourceCount> \"2\"^^<" OG__RDF_XSD_NS "integer>" GRAPH, itu);
    assert_non_null(strstr(text, want));
    /* statements: one rdf:Statement per edge, evidence typed */
    size_t stmts = 0;
    for (const char *p = text; (p = strstr(p, "> <" OG__RDF_TYPE "> <" OG__RDF_RDF_NS "Statement>")); p++)
        stmts++;
    assert_int_equal(stmts, og_graph_edge_count(g));
    assert_non_null(strstr(text, "<" OG__RDF_NS "line> \"12\"^^<" OG__RDF_XSD_NS "integer>"));
    assert_non_null(strstr(text, "<" OG__RDF_NS "confidence> \"9.0E-1\"^^<" OG__RDF_XSD_NS "double>"));
    assert_non_null(strstr(text, "<" OG__RDF_NS "hedged> \"false\"^^<" OG__RDF_XSD_NS "boolean>"));
    assert_null(strstr(text, "_:")); /* no blank nodes */

    char *again = export_nq(g, NULL);
    assert_string_equal(text, again);
    char *based = export_nq(g, "https://kg.example.org/x#");
    check_lines(based, " <https://kg.example.org/x#graph/main> .\n");
    free(again);
    free(based);
    og_free(unicef);
    og_free(itu);
    og_free(giga);
    free(text);
    og_graph_free(g);
}

static void test_escape(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_escape(&g, &err), &err);
    char *text = export_nq(g, NULL);
    check_lines(text, GRAPH);
    const char *subj = "<urn:orgraph:org:weird%20id%2F%C3%A4%23%25%3F%3C%3E%22%7B%7D%7C%5E%60%5C.>";
    char want[1024];
    snprintf(want, sizeof want,
             "%s <" OG__SCHEMA_NS "name> \"Quote \\\" back\\\\slash \\u0001\\u001F\\u007F tab\\there\\r\\nnew line "
             "\xF0\x9F\x8C\x8D \xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA \xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9"
             " <&> {x}|^`\"" GRAPH,
             subj);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__SCHEMA_NS "url> \"http://example.org/a b\"" GRAPH, subj);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__RDF_NS "attr/rank> \"-42\"^^<" OG__RDF_XSD_NS "integer>" GRAPH, subj);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__RDF_NS "attr/not%%20a%%20number> \"NaN\"^^<" OG__RDF_XSD_NS "double>" GRAPH,
             subj);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__RDF_NS "attr/score> \"1.0E-1\"^^<" OG__RDF_XSD_NS "double>" GRAPH, subj);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__RDF_NS "attr/verified> \"true\"^^<" OG__RDF_XSD_NS "boolean>" GRAPH, subj);
    assert_non_null(strstr(text, want));
    snprintf(want, sizeof want, "%s <" OG__RDF_NS "address> \"Line 1\\nLine 2\\r\\n\\tIndented\"" GRAPH, subj);
    assert_non_null(strstr(text, want));
    /* invalid UTF-8 became U+FFFD; \v (0x0B) in the sentence became \u000B */
    assert_non_null(strstr(text, "\"bad \xEF\xBF\xBD\xEF\xBF\xBD bytes \xEF\xBF\xBD end\""));
    assert_non_null(strstr(text, "\"bad \xEF\xBF\xBD surrogate \xEF\xBF\xBD overlong\""));
    assert_non_null(strstr(text, "end\\u000B.\""));
    assert_null(strstr(text, "\xFF"));
    free(text);
    og_graph_free(g);
}

static void test_sink_failure(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    og_sink *s = og_sink_memory();
    og_sink_fail_after(s, 1000);
    int rc = og_export_nquads(g, NULL, s, &err);
    assert_int_equal(rc, OG_EIO);
    assert_int_equal(err.code, OG_EIO);
    og_sink_free(s);
    og_error e2 = {0};
    og_export_options opts = OG_EXPORT_OPTIONS_INIT;
    opts.base = "relative/path";
    s = og_sink_memory();
    assert_int_equal(og_export_nquads(g, &opts, s, &e2), OG_EINVAL);
    assert_non_null(strstr(e2.message, "relative/path"));
    og_sink_free(s);
    og_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_giga),
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_sink_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
