/*
 * test_common.c - exporter helpers (exporters/common.c) and the registry.
 *
 * Why: a single byte XML 1.0 forbids makes the whole file unreadable for
 * every client, so the sanitiser is checked on every byte 0x00-0xFF alone
 * and inside UTF-8 sequences; colours must stay distinct per type; the
 * registry is what --format and the fuzzers trust.
 */
#include <string.h>

#include "common.h"
#include "og_test.h"

static const char fffd[] = "\xEF\xBF\xBD";

static char *clean(const char *s, size_t len, og__xbuf *b)
{
    og__xbuf_clear(b);
    assert_int_equal(og__xml_clean_append(b, s, len), 0);
    assert_int_equal(og__xml_is_clean(og__xbuf_cstr(b), b->len), 1);
    return b->ptr ? b->ptr : (char *)"";
}

static void test_every_single_byte(void **state)
{
    (void)state;
    og__xbuf b = OG__XBUF_INIT;
    for (int c = 0; c <= 0xFF; c++) {
        char in[1] = {(char)c};
        const char *out = clean(in, 1, &b);
        int legal = c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c < 0x80);
        if (legal) {
            assert_int_equal(b.len, 1);
            assert_int_equal((unsigned char)out[0], c);
        } else {
            /* controls, and bytes >= 0x80 that cannot stand alone in UTF-8 */
            assert_string_equal(out, fffd);
        }
        assert_int_equal(og__xml_is_clean(in, 1), legal);
    }
    og__xbuf_free(&b);
}

static void test_every_byte_after_lead(void **state)
{
    (void)state;
    og__xbuf b = OG__XBUF_INIT;
    /* every byte as the second byte of a 2-byte sequence: only 80-BF continue it */
    for (int c = 0; c <= 0xFF; c++) {
        char in[3] = {'a', (char)0xC3, (char)c};
        clean(in, 3, &b);
        if (c >= 0x80 && c <= 0xBF)
            assert_int_equal(b.len, 3);
        else
            assert_memory_equal(b.ptr, "a\xEF\xBF\xBD", 4);
    }
    og__xbuf_free(&b);
}

static void test_forbidden_code_points(void **state)
{
    (void)state;
    og__xbuf b = OG__XBUF_INIT;
    assert_string_equal(clean("\xEF\xBF\xBE", 3, &b), fffd);                       /* U+FFFE */
    assert_string_equal(clean("\xEF\xBF\xBF", 3, &b), fffd);                       /* U+FFFF */
    assert_string_equal(clean("\xEF\xBF\xBD", 3, &b), fffd);                       /* U+FFFD stays */
    assert_string_equal(clean("\xED\xA0\x80", 3, &b), fffd);                       /* lone surrogate */
    assert_string_equal(clean("\xC0\x80", 2, &b), "\xEF\xBF\xBD\xEF\xBF\xBD");     /* overlong NUL */
    assert_string_equal(clean("\xE0\x80\x80", 3, &b), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_string_equal(clean("\xF4\x90\x80\x80", 4, &b), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_string_equal(clean("\xE2\x82", 2, &b), "\xEF\xBF\xBD\xEF\xBF\xBD");     /* truncated */
    /* legal multi-byte text is untouched */
    const char *fine = "Z\xC3\xBCrich \xE2\x80\x93 \xF0\x9F\x98\x80 \xEF\xBF\xBC";
    assert_string_equal(clean(fine, strlen(fine), &b), fine);
    /* NUL inside a buffer with a length */
    assert_memory_equal(clean("a\0b", 3, &b), "a\xEF\xBF\xBD" "b", 5);
    /* og__xml_clean returns the input itself when nothing changes */
    const char *ok = "plain <text> & more";
    assert_ptr_equal(og__xml_clean(&b, ok), ok);
    assert_string_equal(og__xml_clean(&b, "x\x01y"), "x\xEF\xBF\xBDy");
    assert_string_equal(og__xml_clean(&b, NULL), "");
    og__xbuf_free(&b);
}

static void test_colours(void **state)
{
    (void)state;
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++) {
        const char *c = og__type_colour((og_node_type)t);
        assert_int_equal(strlen(c), 7);
        assert_int_equal(c[0], '#');
        for (int u = 0; u < t; u++)
            assert_string_not_equal(c, og__type_colour((og_node_type)u));
        int r, g, bl;
        og__type_rgb((og_node_type)t, &r, &g, &bl);
        char hex[8];
        snprintf(hex, sizeof hex, "#%02X%02X%02X", r, g, bl);
        assert_string_equal(hex, c);
        assert_string_not_equal(og__type_text_colour((og_node_type)t), c);
    }
    assert_string_equal(og__type_colour((og_node_type)99), og__type_colour(OG_THING));
}

static void test_format_double(void **state)
{
    (void)state;
    char out[32];
    og__format_double(out, 0.8);
    assert_string_equal(out, "0.8");
    og__format_double(out, 1.0);
    assert_string_equal(out, "1");
    og__format_double(out, 0.1 + 0.2); /* needs 17 digits to read back */
    assert_string_equal(out, "0.30000000000000004");
    og__format_double(out, 1.0 / 0.0);
    assert_string_equal(out, "INF");
    og__format_double(out, -1.0 / 0.0);
    assert_string_equal(out, "-INF");
    og__format_double(out, 0.0 / 0.0);
    assert_string_equal(out, "NaN");
}

static void test_strmap(void **state)
{
    (void)state;
    og__strmap m = OG__STRMAP_INIT;
    char key[32];
    for (uint32_t i = 0; i < 100000; i++) {
        int n = snprintf(key, sizeof key, "key-%u", i);
        assert_int_equal(og__strmap_put(&m, key, (size_t)n, i * 3), 0);
    }
    assert_int_equal(m.count, 100000);
    for (uint32_t i = 0; i < 100000; i += 7) {
        uint32_t v = 0;
        int n = snprintf(key, sizeof key, "key-%u", i);
        assert_int_equal(og__strmap_get(&m, key, (size_t)n, &v), 1);
        assert_int_equal(v, i * 3);
    }
    assert_int_equal(og__strmap_get(&m, "key-", 4, NULL), 0);
    assert_int_equal(og__strmap_get(&m, "key-1000000", 11, NULL), 0);
    assert_int_equal(og__strmap_put(&m, "key-5", 5, 42), 0); /* replace */
    uint32_t v = 0;
    assert_int_equal(og__strmap_get(&m, "key-5", 5, &v), 1);
    assert_int_equal(v, 42);
    assert_int_equal(m.count, 100000);
    assert_string_equal(og__strmap_key(&m, "key-5", 5), "key-5");
    og__strmap_free(&m);
}

static void test_registry(void **state)
{
    (void)state;
    size_t n = 0;
    const og_exporter *t = og_exporters(&n);
    assert_int_equal(n, 9);
    const char *names[] = {"graphml", "dot", "svg", "png", "pdf", "jsonld", "nquads", "gexf", "csv"};
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(t[i].name, names[i]);
        assert_ptr_equal(og_exporter_find(names[i]), &t[i]);
        assert_int_equal(t[i].write == NULL, t[i].directory);
    }
    assert_string_equal(og_exporter_find(".gv")->name, "dot");
    assert_string_equal(og_exporter_find(".DOT")->name, "dot");
    assert_string_equal(og_exporter_find("GraphML")->name, "graphml");
    assert_string_equal(og_exporter_find("out/graph.graphml")->name, "graphml");
    assert_string_equal(og_exporter_find("x.nq")->name, "nquads");
    assert_string_equal(og_exporter_find("a.b/c.png")->name, "png");
    assert_true(og_exporter_find("png")->binary);
    assert_null(og_exporter_find(".g"));       /* not a prefix match of .gv/.gexf */
    assert_null(og_exporter_find("dir.d/file"));
    assert_null(og_exporter_find(""));
    assert_null(og_exporter_find(NULL));
    assert_null(og_exporter_find("xml"));
}

static void test_evidence_json(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    assert_non_null(g);
    og_node_id a, b;
    og_edge_id e;
    og_test_ok(og_graph_new_node(g, OG_ORGANISATION, "A", &a, &err), &err);
    og_test_ok(og_graph_new_node(g, OG_ORGANISATION, "B", &b, &err), &err);
    og_evidence ev1 = {"z.txt", 3, 4, "Say \"hi\"\x01.", 0.5};
    og_evidence ev2 = {"a.txt", 10, 1, "Second.", 0.25};
    og_test_ok(og_graph_add_edge(g, a, OG_SUPPORTS, b, &ev1, &e, &err), &err);
    og_test_ok(og_graph_add_edge(g, a, OG_SUPPORTS, b, &ev2, &e, &err), &err);
    og__xbuf buf = OG__XBUF_INIT;
    assert_int_equal(og__evidence_json(&buf, g, e), 0);
    assert_string_equal(og__xbuf_cstr(&buf),
                        "[{\"doc\":\"a.txt\",\"line\":10,\"col\":1,\"sentence\":\"Second.\",\"confidence\":0.25},"
                        "{\"doc\":\"z.txt\",\"line\":3,\"col\":4,\"sentence\":\"Say \\\"hi\\\"\xEF\xBF\xBD.\","
                        "\"confidence\":0.5}]");
    og__xbuf_clear(&buf);
    assert_int_equal(og__join_edge_sources(&buf, g, e), 0);
    assert_string_equal(og__xbuf_cstr(&buf), "a.txt|z.txt");
    og__xbuf_free(&buf);
    og_graph_free(g);
}

static int write_cb(void *ctx, const char *buf, size_t len)
{
    (void)buf;
    *(size_t *)ctx += len;
    return 0;
}

static void test_writer_for_sink(void **state)
{
    (void)state;
    size_t total = 0;
    og_sink *s = og_sink_callback(write_cb, &total);
    assert_non_null(s);
    xmlTextWriterPtr w = og__xml_writer_for_sink(s);
    assert_non_null(w);
    assert_true(xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) >= 0);
    assert_true(xmlTextWriterWriteElement(w, BAD_CAST "a", BAD_CAST "b&c") >= 0);
    assert_true(xmlTextWriterEndDocument(w) >= 0);
    xmlFreeTextWriter(w);
    assert_int_equal(total, strlen("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>b&amp;c</a>\n"));
    og_sink_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_single_byte),
        cmocka_unit_test(test_every_byte_after_lead),
        cmocka_unit_test(test_forbidden_code_points),
        cmocka_unit_test(test_colours),
        cmocka_unit_test(test_format_double),
        cmocka_unit_test(test_strmap),
        cmocka_unit_test(test_registry),
        cmocka_unit_test(test_evidence_json),
        cmocka_unit_test(test_writer_for_sink),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
