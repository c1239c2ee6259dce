/*
 * test_jsonld.c - unit tests of the JSON-LD exporter and the shared RDF
 * helpers (rdfvocab.c): output shape, IRIs under the base, statement and
 * evidence nodes, escaping and UTF-8 repair, determinism, sink failures,
 * out-of-memory injection, the xsd:double canonical form and the IRI check.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "og_test.h"
#include "rdfvocab.h"
#include "../rdf/fixtures.h"

static char *export_jsonld(const og_graph *g, const char *base, int *rc_out)
{
    og_error err = {0};
    og_sink *s = og_sink_memory();
    assert_non_null(s);
    og_export_options opts = OG_EXPORT_OPTIONS_INIT;
    opts.base = base;
    int rc = og_export_jsonld(g, &opts, s, &err);
    if (rc_out)
        *rc_out = rc;
    else
        og_test_ok(rc, &err);
    size_t len = 0;
    const char *data = og_sink_memory_data(s, &len);
    char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, data ? data : "", data ? len + 1 : 1);
    og_sink_free(s);
    return copy;
}

static json_t *parse(const char *text)
{
    json_error_t jerr;
    json_t *doc = json_loads(text, 0, &jerr);
    if (!doc)
        fail_msg("JSON-LD is not JSON: %d:%d: %s", jerr.line, jerr.column, jerr.text);
    return doc;
}

/* The @graph object whose "name" is `name` (NULL if none). */
static json_t *by_name(json_t *graph, const char *name)
{
    size_t i;
    json_t *o;
    json_array_foreach(graph, i, o) {
        json_t *n = json_object_get(o, "name");
        if (json_is_string(n) && strcmp(json_string_value(n), name) == 0)
            return o;
    }
    return NULL;
}

static json_t *by_id(json_t *graph, const char *id)
{
    size_t i;
    json_t *o;
    json_array_foreach(graph, i, o) {
        if (strcmp(json_string_value(json_object_get(o, "@id")), id) == 0)
            return o;
    }
    return NULL;
}

static size_t count_type(json_t *graph, const char *type)
{
    size_t i, n = 0;
    json_t *o;
    json_array_foreach(graph, i, o) {
        if (strcmp(json_string_value(json_object_get(o, "@type")), type) == 0)
            n++;
    }
    return n;
}

static void test_giga_shape(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    char *text = export_jsonld(g, NULL, NULL);
    json_t *doc = parse(text);
    json_t *ctx = json_object_get(doc, "@context");
    assert_true(json_is_object(ctx));
    assert_string_equal(json_string_value(json_object_get(ctx, "og")), OG__RDF_NS);
    assert_string_equal(json_string_value(json_object_get(ctx, "Organization")), "schema:Organization");
    assert_string_equal(json_string_value(json_object_get(json_object_get(ctx, "partnerIn"), "@type")), "@id");
    json_t *graph = json_object_get(doc, "@graph");
    assert_true(json_is_array(graph));

    /* one object per node, per edge (statement) and per kept evidence record */
    size_t evidence = 0;
    for (og_edge_id e = 0; e < og_graph_edge_count(g); e++)
        evidence += og_graph_edge_evidence_kept(g, e);
    assert_int_equal(json_array_size(graph), og_graph_node_count(g) + og_graph_edge_count(g) + evidence);
    assert_int_equal(count_type(graph, "Statement"), og_graph_edge_count(g));
    assert_int_equal(count_type(graph, "Evidence"), evidence);
    assert_int_equal(count_type(graph, "Partnership"), 1);
    assert_int_equal(count_type(graph, "Place"), 2);
    assert_int_equal(count_type(graph, "Standard"), 1);
    assert_int_equal(count_type(graph, "DefinedTerm"), 1);
    assert_int_equal(count_type(graph, "Project"), 1);

    /* every @id an absolute IRI under the default base */
    size_t i;
    json_t *o;
    json_array_foreach(graph, i, o) {
        const char *id = json_string_value(json_object_get(o, "@id"));
        assert_non_null(id);
        assert_int_equal(strncmp(id, "urn:orgraph:", 12), 0);
        assert_true(og__rdf_is_absolute_iri(id));
    }

    json_t *giga = by_name(graph, "Giga");
    json_t *unicef = by_name(graph, "United Nations Children's Fund");
    json_t *itu = by_name(graph, "International Telecommunication Union");
    assert_non_null(giga);
    assert_non_null(unicef);
    assert_non_null(itu);
    const char *giga_id = json_string_value(json_object_get(giga, "@id"));
    assert_string_equal(json_string_value(json_object_get(unicef, "partnerIn")), giga_id);
    assert_string_equal(json_string_value(json_object_get(itu, "partnerIn")), giga_id);
    /* a website that is an IRI is a link, one that is not stays a literal */
    assert_string_equal(json_string_value(json_object_get(json_object_get(unicef, "url"), "@id")),
                        "https://www.unicef.org/");
    assert_string_equal(json_string_value(json_object_get(itu, "url")), "www.itu.int");
    assert_string_equal(json_string_value(json_object_get(itu, "foundingDate")), "1865");
    json_t *alt = json_object_get(itu, "alternateName");
    assert_true(json_is_array(alt));
    assert_int_equal(json_array_size(alt), 2);
    assert_true(json_is_integer(json_object_get(itu, "mentions")));
    assert_int_equal(json_integer_value(json_object_get(itu, "sourceCount")), 2);

    /* the statement of UNICEF partner_in Giga carries both evidence records */
    json_t *stmt = NULL;
    json_array_foreach(graph, i, o) {
        if (strcmp(json_string_value(json_object_get(o, "@type")), "Statement") == 0 &&
            strcmp(json_string_value(json_object_get(o, "subject")), json_string_value(json_object_get(unicef, "@id"))) == 0 &&
            strcmp(json_string_value(json_object_get(o, "predicate")), OG__RDF_NS "partnerIn") == 0)
            stmt = o;
    }
    assert_non_null(stmt);
    assert_string_equal(json_string_value(json_object_get(stmt, "object")), giga_id);
    assert_int_equal(json_integer_value(json_object_get(stmt, "evidenceCount")), 2);
    assert_true(json_is_false(json_object_get(stmt, "hedged")));
    double conf = json_real_value(json_object_get(stmt, "confidence"));
    assert_true(conf > 0.9 && conf <= 1.0);
    json_t *evs = json_object_get(stmt, "evidence");
    assert_int_equal(json_array_size(evs), 2);
    json_t *ev1 = by_id(graph, json_string_value(json_array_get(evs, 0)));
    assert_non_null(ev1);
    assert_string_equal(json_string_value(json_object_get(ev1, "document")), "news/digest.txt");
    assert_int_equal(json_integer_value(json_object_get(ev1, "line")), 4);
    assert_int_equal(json_integer_value(json_object_get(ev1, "column")), 1);
    assert_non_null(strstr(json_string_value(json_object_get(ev1, "sentence")), "Giga"));

    json_decref(doc);
    free(text);
    og_graph_free(g);
}

static void test_deterministic_and_base(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL, *g2 = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    og_test_ok(og_fixture_giga(&g2, &err), &err);
    char *a = export_jsonld(g, NULL, NULL), *b = export_jsonld(g2, NULL, NULL);
    assert_string_equal(a, b);
    free(a);
    free(b);

    char *c = export_jsonld(g, "https://kg.example.org/orgraph/", NULL);
    json_t *doc = parse(c);
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(doc, "@graph"), i, o) {
        assert_int_equal(strncmp(json_string_value(json_object_get(o, "@id")), "https://kg.example.org/orgraph/", 31), 0);
    }
    json_decref(doc);
    free(c);

    static const char *bad[] = {"not an iri", "http://ex.org/a b", "og:x/", "name:", "", "http://x:port/"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        int rc = 0;
        char *t = export_jsonld(g, bad[k], &rc);
        if (rc != OG_EINVAL)
            fail_msg("base '%s' gave %d, expected OG_EINVAL", bad[k], rc);
        free(t);
    }
    og_graph_free(g);
    og_graph_free(g2);
}

static void test_escape(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_escape(&g, &err), &err);
    char *text = export_jsonld(g, NULL, NULL);
    json_t *doc = parse(text); /* jansson rejects invalid UTF-8: this proves the repair */
    json_t *graph = json_object_get(doc, "@graph");
    json_t *a = by_name(graph, og_fixture_escape_name);
    assert_non_null(a);
    assert_string_equal(json_string_value(json_object_get(a, "@id")),
                        "urn:orgraph:org:weird%20id%2F%C3%A4%23%25%3F%3C%3E%22%7B%7D%7C%5E%60%5C.");
    json_t *alt = json_object_get(a, "alternateName");
    assert_int_equal(json_array_size(alt), 2);
    int repaired = 0;
    for (size_t i = 0; i < 2; i++)
        if (strstr(json_string_value(json_array_get(alt, i)), "\xEF\xBF\xBD"))
            repaired = 1;
    assert_true(repaired);
    /* a website with a space is not an IRI: kept as a literal */
    assert_string_equal(json_string_value(json_object_get(a, "url")), "http://example.org/a b");
    /* foreign attributes: typed, under og:attr/<key> */
    assert_int_equal(json_integer_value(json_object_get(a, OG__RDF_NS "attr/rank")), -42);
    assert_true(json_is_true(json_object_get(a, OG__RDF_NS "attr/verified")));
    json_t *nan = json_object_get(a, OG__RDF_NS "attr/not%20a%20number");
    assert_string_equal(json_string_value(json_object_get(nan, "@value")), "NaN");
    assert_string_equal(json_string_value(json_object_get(nan, "@type")), OG__RDF_XSD_NS "double");
    json_t *score = json_object_get(a, OG__RDF_NS "attr/score");
    assert_true(fabs(json_real_value(json_object_get(score, "@value")) - 0.1) < 1e-15);
    /* the sentence survives byte for byte */
    size_t i;
    json_t *o;
    int found = 0;
    json_array_foreach(graph, i, o) {
        json_t *s = json_object_get(o, "sentence");
        if (s && strcmp(json_string_value(s), og_fixture_escape_sentence) == 0)
            found = 1;
    }
    assert_true(found);
    json_decref(doc);
    free(text);
    og_graph_free(g);
}

static void test_sink_failure(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    for (size_t limit = 0; limit < 6000; limit += 373) {
        og_error e2 = {0};
        og_sink *s = og_sink_memory();
        og_sink_fail_after(s, limit);
        int rc = og_export_jsonld(g, NULL, s, &e2);
        assert_int_equal(rc, OG_EIO);
        assert_int_equal(e2.code, OG_EIO);
        og_sink_free(s);
    }
    og_graph_free(g);
}


static void test_oom(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_escape(&g, &err), &err);
    og_set_allocator(&og_test_chaos);
    int succeeded = 0;
    for (long k = 0; k < 20000 && !succeeded; k++) { /* jansson allocates through the hook too */
        og_error e2 = {0};
        og_test_chaos_left = -1;
        og_sink *s = og_sink_memory();
        og_test_chaos_left = k;
        int rc = og_export_jsonld(g, NULL, s, &e2);
        og_test_chaos_left = -1;
        if (rc == 0)
            succeeded = 1;
        else if (rc != OG_ENOMEM && rc != OG_EIO)
            fail_msg("allocation %ld failing gave %d (%s)", k, rc, e2.message);
        og_sink_free(s);
    }
    og_set_allocator(NULL);
    assert_true(succeeded);
    og_graph_free(g);
}

static void test_empty_graph(void **state)
{
    (void)state;
    og_graph *g = og_graph_new();
    char *text = export_jsonld(g, NULL, NULL);
    json_t *doc = parse(text);
    assert_int_equal(json_array_size(json_object_get(doc, "@graph")), 0);
    json_decref(doc);
    free(text);
    og_graph_free(g);
}

static void test_double_lexical(void **state)
{
    (void)state;
    static const struct {
        double d;
        const char *lex;
    } cases[] = {
        {0.9, "9.0E-1"}, {1.0, "1.0E0"}, {0.0, "0.0E0"}, {-0.0, "0.0E0"}, {123.456, "1.23456E2"},
        {1e-7, "1.0E-7"}, {-2.5, "-2.5E0"}, {1e21, "1.0E21"}, {0.123456789012345, "1.23456789012345E-1"},
    };
    char out[40];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        og__rdf_double_lexical(out, cases[i].d);
        assert_string_equal(out, cases[i].lex);
    }
    og__rdf_double_lexical(out, og__rdf_round(0.1 + 0.2));
    assert_string_equal(out, "3.0E-1");
    og__rdf_double_lexical(out, NAN);
    assert_string_equal(out, "NaN");
    og__rdf_double_lexical(out, -INFINITY);
    assert_string_equal(out, "-INF");
    assert_true(og__rdf_round(1.0 / 3.0) == 0.333333333333333);
}

static void test_iri_check(void **state)
{
    (void)state;
    static const char *good[] = {"urn:orgraph:", "https://x.org/a?b=c#d", "http://[::1]:80/", "mailto:a@b.c",
                                 "http://user:pw@host.example:8080/p/a%20b", "urn:isbn:0-486-27557-4",
                                 "https://www.unicef.org/", "tag:orgraph.dev,2024:x"};
    static const char *bad[] = {"www.itu.int", "http://a b", "http://x:port/", "1http://x", "http://x/%zz", "",
                                "http://x/#a#b", "http://x/\xC3\xA4", "no-colon", "http://x/{y}", "http://x/a\\b"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        if (!og__rdf_is_absolute_iri(good[i]))
            fail_msg("'%s' should be an absolute IRI", good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (og__rdf_is_absolute_iri(bad[i]))
            fail_msg("'%s' should not be an absolute IRI", bad[i]);

    og__buf b = OG__BUF_INIT;
    og__rdf_append_encoded(&b, "org:a b/c#d%e\xC3\xA4~!");
    assert_string_equal(b.ptr, "org:a%20b%2Fc%23d%25e%C3%A4~!");
    og__buf_clear(&b);
    og__rdf_append_encoded(&b, "..");
    assert_string_equal(b.ptr, "%2E%2E");
    og__buf_free(&b);
}

static void test_utf8_repair(void **state)
{
    (void)state;
    og__buf scratch = OG__BUF_INIT;
    size_t len = 0;
    const char *ok = "plain \xF0\x9F\x98\x80 text";
    assert_ptr_equal(og__rdf_utf8(&scratch, ok, &len), ok);
    assert_int_equal(len, strlen(ok));
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},
        {"\xC0\xAF", "\xEF\xBF\xBD"},                 /* overlong: one U+FFFD per broken sequence */
        {"x\xED\xA0\x80y", "x\xEF\xBF\xBDy"},           /* surrogate */
        {"end\xE2\x82", "end\xEF\xBF\xBD"},             /* truncated */
        {"\xF4\x90\x80\x80", "\xEF\xBF\xBD"},           /* > U+10FFFF */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *r = og__rdf_utf8(&scratch, cases[i].in, &len);
        assert_non_null(r);
        assert_string_equal(r, cases[i].out);
    }
    og__buf_free(&scratch);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_giga_shape),    cmocka_unit_test(test_deterministic_and_base),
        cmocka_unit_test(test_escape),        cmocka_unit_test(test_sink_failure),
        cmocka_unit_test(test_oom),           cmocka_unit_test(test_empty_graph),
        cmocka_unit_test(test_double_lexical), cmocka_unit_test(test_iri_check),
        cmocka_unit_test(test_utf8_repair),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
