/*
 * test_doc.c - the document front end on plain text: UTF-8 repair with
 * warnings, BOM and CRLF, binary and empty input, offset -> line:column.
 */
#include <stdlib.h>
#include <string.h>
#include "og_test.h"
#include "doc.h"

typedef struct warnings {
    unsigned n;
    og_error first;
} warnings;

static void on_warn(const og_error *w, void *payload)
{
    warnings *ws = payload;
    if (ws->n++ == 0)
        ws->first = *w;
}

static const char *text_of(const og__doc *d) { return d->text; }

static void test_invalid_utf8_repaired_with_warning(void **state)
{
    (void)state;
    const char in[] = "Line one.\nab\xff" "cd is here.\n";
    og__doc d;
    og_error err = {0};
    warnings ws = {0};
    og_test_ok(og__doc_load(&d, "bad.txt", in, sizeof in - 1, OG_FORMAT_AUTO, on_warn, &ws, &err), &err);
    assert_non_null(strstr(text_of(&d), "ab\xEF\xBF\xBD" "cd"));
    assert_int_equal(ws.n, 1);
    assert_int_equal(ws.first.offset, 12);
    assert_int_equal(ws.first.line, 2);
    assert_int_equal(ws.first.column, 3);
    assert_non_null(strstr(ws.first.message, "0xff"));
    assert_non_null(strstr(ws.first.message, "offset 12"));
    assert_string_equal(ws.first.file, "bad.txt");
    og__doc_free(&d);
}

static void test_many_invalid_bytes_warnings_capped(void **state)
{
    (void)state;
    char in[200];
    memset(in, 'x', sizeof in);
    for (size_t i = 10; i < 150; i += 2)
        in[i] = (char)0x80;
    og__doc d;
    og_error err = {0};
    warnings ws = {0};
    og_test_ok(og__doc_load(&d, "bad.txt", in, sizeof in, OG_FORMAT_TEXT, on_warn, &ws, &err), &err);
    /* 8 detailed warnings and one summary. */
    assert_int_equal(ws.n, 9);
    og__doc_free(&d);
}

static void test_bom_and_crlf(void **state)
{
    (void)state;
    const char in[] = "\xEF\xBB\xBFTitle of the page\r\n\r\nThe first paragraph ends here.\r\nSecond paragraph.\r\n";
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "crlf.txt", in, sizeof in - 1, OG_FORMAT_AUTO, NULL, NULL, &err), &err);
    assert_null(strchr(d.text, '\r'));
    assert_memory_equal(d.text, "Title", 5);
    const char *p = strstr(d.text, "Second");
    assert_non_null(p);
    unsigned line, col;
    og__doc_position(&d, (size_t)(p - d.text), &line, &col);
    assert_int_equal(line, 4);
    assert_int_equal(col, 1);
    og__doc_position(&d, 0, &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 1);
    og__doc_free(&d);
}

static void test_binary_rejected(void **state)
{
    (void)state;
    const char in[] = "PK\x03\x04some\0zip\0data";
    og__doc d;
    og_error err = {0};
    assert_int_equal(og__doc_load(&d, "x.txt", in, sizeof in - 1, OG_FORMAT_AUTO, NULL, NULL, &err), OG_EINPUT);
    assert_int_equal(err.code, OG_EINPUT);
    assert_non_null(strstr(err.message, "binary file"));
    /* Mostly control bytes, no NUL. */
    char ctl[512];
    for (size_t i = 0; i < sizeof ctl; i++)
        ctl[i] = (char)(1 + i % 7);
    og_error_clear(&err);
    assert_int_equal(og__doc_load(&d, "y.txt", ctl, sizeof ctl, OG_FORMAT_AUTO, NULL, NULL, &err), OG_EINPUT);
    assert_non_null(strstr(err.message, "binary file"));
}

static void test_empty_rejected(void **state)
{
    (void)state;
    og__doc d;
    og_error err = {0};
    assert_int_equal(og__doc_load(&d, "e.txt", "", 0, OG_FORMAT_AUTO, NULL, NULL, &err), OG_EINPUT);
    assert_non_null(strstr(err.message, "empty document"));
    og_error_clear(&err);
    const char ws[] = " \n\t\r\n  \xEF\xBB\xBF \n";
    assert_int_equal(og__doc_load(&d, "e.txt", ws, sizeof ws - 1, OG_FORMAT_AUTO, NULL, NULL, &err), OG_EINPUT);
    assert_non_null(strstr(err.message, "empty document"));
    og_error_clear(&err);
    const char html[] = "<html><body><script>var a = 1;</script><!-- nothing --></body></html>";
    assert_int_equal(og__doc_load(&d, "e.html", html, sizeof html - 1, OG_FORMAT_AUTO, NULL, NULL, &err), OG_EINPUT);
    assert_non_null(strstr(err.message, "empty document"));
}

/* Positions stay exact far from the start (anchors are densified). */
static void test_positions_in_long_document(void **state)
{
    (void)state;
    size_t cap = 20000 * 40, len = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    for (unsigned i = 1; i <= 20000; i++)
        len += (size_t)snprintf(buf + len, cap - len, "  Row %u says hello \xC3\xA9t\xC3\xA9.\n", i);
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "long.txt", buf, len, OG_FORMAT_TEXT, NULL, NULL, &err), &err);
    const char *p = strstr(d.text, "Row 17777 says");
    assert_non_null(p);
    unsigned line, col;
    og__doc_position(&d, (size_t)(p - d.text), &line, &col);
    assert_int_equal(line, 17777);
    assert_int_equal(col, 3); /* two leading blanks were dropped from the text */
    p = strstr(p, "hello");
    og__doc_position(&d, (size_t)(p - d.text), &line, &col);
    assert_int_equal(line, 17777);
    assert_int_equal(col, 18);
    assert_true(d.n_anchors > 1);
    for (size_t i = 1; i < d.n_anchors; i++)
        assert_true(d.anchors[i].text_off > d.anchors[i - 1].text_off);
    og__doc_free(&d);
    free(buf);
}

static void test_format_sniffing(void **state)
{
    (void)state;
    const char html[] = "<!DOCTYPE html><html><body><h2>Heading text</h2><p>Body text.</p></body></html>";
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "noext", html, sizeof html - 1, OG_FORMAT_AUTO, NULL, NULL, &err), &err);
    assert_null(strchr(d.text, '<'));
    assert_int_equal(d.n_blocks, 2);
    assert_int_equal(d.blocks[0].kind, OG__BLOCK_HEADING);
    og__doc_free(&d);
    /* .txt wins over content: markup stays text. */
    og_test_ok(og__doc_load(&d, "page.txt", html, sizeof html - 1, OG_FORMAT_AUTO, NULL, NULL, &err), &err);
    assert_non_null(strchr(d.text, '<'));
    og__doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_utf8_repaired_with_warning),
        cmocka_unit_test(test_many_invalid_bytes_warnings_capped),
        cmocka_unit_test(test_bom_and_crlf),
        cmocka_unit_test(test_binary_rejected),
        cmocka_unit_test(test_empty_rejected),
        cmocka_unit_test(test_positions_in_long_document),
        cmocka_unit_test(test_format_sniffing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
