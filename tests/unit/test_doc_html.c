/*
 * test_doc_html.c - HTML input: visible body text only, block kinds,
 * entities, source lines, and hostile markup (deep nesting, unclosed tags).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "og_test.h"
#include "doc.h"

static const char page[] =
    "<!DOCTYPE html>\n"                                                            /* 1 */
    "<html><head><title>Harbour Alliance Homepage</title>\n"                           /* 2 */
    "<style>p { color: teal }</style></head>\n"                                    /* 3 */
    "<body>\n"                                                                     /* 4 */
    "<nav><a href=\"/\">Start</a> <a href=\"/join\">Join us</a></nav>\n"           /* 5 */
    "<header><p>Site banner text</p></header>\n"                                   /* 6 */
    "<main>\n"                                                                     /* 7 */
    "  <h1 class=\"title\">About the Harbour\n"                                    /* 8 */
    "      Tech Alliance</h1>\n"                                                   /* 9 */
    "  <p title=\"hidden attribute\">The alliance links port authorities &amp;\n"  /* 10 */
    "     software firms &ndash; since 2009.<br>It is based in Rotterdam.</p>\n"   /* 11 */
    "  <!-- <p>commented out</p> -->\n"                                            /* 12 */
    "  <ul><li>Runs the Open Berth registry</li><li>Hosts <b>yearly</b> summits</li></ul>\n" /* 13 */
    "  <table><tr><th>Member</th><th>Since</th></tr>\n"                           /* 14 */
    "  <tr><td>Port of Kelda</td><td>2011</td></tr></table>\n"                    /* 15 */
    "  <script>document.write('<p>scripted</p>');</script>\n"                      /* 16 */
    "  <aside>Related links</aside><form><input value=\"x\">Search</form>\n"      /* 17 */
    "</main>\n"                                                                    /* 18 */
    "<footer>Copyright notice</footer>\n"                                          /* 19 */
    "</body></html>\n";

static int has_block(const og__doc *d, og__block_kind kind, const char *text, size_t *at)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < d->n_blocks; i++) {
        const og__block *b = &d->blocks[i];
        if (b->kind == kind && b->end - b->start == n && memcmp(d->text + b->start, text, n) == 0) {
            if (at)
                *at = i;
            return 1;
        }
    }
    return 0;
}

static void test_visible_text_and_blocks(void **state)
{
    (void)state;
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "about.html", page, sizeof page - 1, OG_FORMAT_AUTO, NULL, NULL, &err), &err);
    static const char *const gone[] = {"Start", "Join us", "banner", "color", "Homepage",
                                       "hidden attribute", "commented", "scripted", "Related links",
                                       "Search", "Copyright", "title"};
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
        if (strstr(d.text, gone[i]))
            fail_msg("'%s' should have been dropped; text: %s", gone[i], d.text);
    size_t h = 0;
    assert_true(has_block(&d, OG__BLOCK_HEADING, "About the Harbour Tech Alliance", &h));
    assert_int_equal(d.blocks[h].level, 1);
    assert_true(has_block(&d, OG__BLOCK_PARAGRAPH,
                          "The alliance links port authorities & software firms \xE2\x80\x93 since 2009.\n"
                          "It is based in Rotterdam.",
                          NULL));
    assert_true(has_block(&d, OG__BLOCK_LIST_ITEM, "Runs the Open Berth registry", NULL));
    assert_true(has_block(&d, OG__BLOCK_LIST_ITEM, "Hosts yearly summits", NULL));
    assert_true(has_block(&d, OG__BLOCK_TABLE_ROW, "Member | Since", NULL));
    assert_true(has_block(&d, OG__BLOCK_TABLE_ROW, "Port of Kelda | 2011", NULL));
    assert_int_equal(d.n_blocks, 6);
    og__doc_free(&d);
}

static void test_source_lines(void **state)
{
    (void)state;
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "about.html", page, sizeof page - 1, OG_FORMAT_HTML, NULL, NULL, &err), &err);
    struct {
        const char *word;
        unsigned line, col;
    } want[] = {
        {"About", 8, 21}, {"Tech", 9, 7}, {"The alliance", 10, 31}, {"software", 11, 6},
        {"It is based", 11, 0}, {"Runs", 13, 11}, {"Port of Kelda", 15, 11},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const char *p = strstr(d.text, want[i].word);
        assert_non_null(p);
        unsigned line, col;
        og__doc_position(&d, (size_t)(p - d.text), &line, &col);
        if (line != want[i].line || (want[i].col && col != want[i].col))
            fail_msg("'%s' at %u:%u, expected %u:%u", want[i].word, line, col, want[i].line, want[i].col);
    }
    og__doc_free(&d);
}

static void test_unclosed_tags(void **state)
{
    (void)state;
    const char in[] = "<html><body><p>First part<p>Second part<li>Third part<b>bold <i>text<div>Fourth";
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "broken.html", in, sizeof in - 1, OG_FORMAT_HTML, NULL, NULL, &err), &err);
    assert_non_null(strstr(d.text, "First part"));
    assert_non_null(strstr(d.text, "Second part"));
    assert_non_null(strstr(d.text, "Third part"));
    assert_non_null(strstr(d.text, "Fourth"));
    og__doc_free(&d);
}

static void count_warn(const og_error *w, void *payload)
{
    (void)w;
    ++*(unsigned *)payload;
}

static void test_deep_nesting(void **state)
{
    (void)state;
    const size_t depth = 200000;
    size_t cap = depth * 11 + 64, len = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    len += (size_t)sprintf(buf, "<html><body>");
    for (size_t i = 0; i < depth; i++) {
        memcpy(buf + len, i % 2 ? "<div>" : "<b>", i % 2 ? 5 : 3);
        len += i % 2 ? 5 : 3;
    }
    len += (size_t)sprintf(buf + len, "Deep text.");
    for (size_t i = 0; i < depth; i++) {
        memcpy(buf + len, i % 2 ? "</div>" : "</b>", i % 2 ? 6 : 4);
        len += i % 2 ? 6 : 4;
    }
    clock_t t0 = clock();
    og__doc d;
    og_error err = {0};
    int rc = og__doc_load(&d, "deep.html", buf, len, OG_FORMAT_HTML, NULL, NULL, &err);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    /* libxml2 stops at 256 levels; the text is deeper: a clear error. */
    assert_int_equal(rc, OG_EINPUT);
    assert_non_null(strstr(err.message, "nested deeper than 256"));
    assert_true(secs < 10.0);
    /* Text before the cap is kept, with a warning. */
    memmove(buf + 12 + 13, buf + 12, len - 12);
    memcpy(buf + 12, "<p>Early.</p>", 13);
    len += 13;
    unsigned warned = 0;
    og_error_clear(&err);
    og_test_ok(og__doc_load(&d, "deep.html", buf, len, OG_FORMAT_HTML, count_warn, &warned, &err), &err);
    assert_non_null(strstr(d.text, "Early."));
    assert_int_equal(warned, 1);
    og__doc_free(&d);
    free(buf);
}

static void test_nested_lists_and_entities(void **state)
{
    (void)state;
    const char in[] = "<ul><li>Outer one<ul><li>Inner A</li><li>Inner B</li></ul>outer tail</li><li>Outer two</li>"
                      "</ul>\n<p>ITU&#8217;s work &mdash; see <a href=\"x\">the link</a>.</p>";
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "l.html", in, sizeof in - 1, OG_FORMAT_HTML, NULL, NULL, &err), &err);
    size_t i = 0;
    assert_true(has_block(&d, OG__BLOCK_LIST_ITEM, "Outer one", &i));
    assert_int_equal(d.blocks[i].level, 1);
    assert_true(has_block(&d, OG__BLOCK_LIST_ITEM, "Inner B", &i));
    assert_int_equal(d.blocks[i].level, 2);
    assert_true(has_block(&d, OG__BLOCK_LIST_ITEM, "outer tail", &i));
    assert_int_equal(d.blocks[i].level, 1);
    assert_true(has_block(&d, OG__BLOCK_PARAGRAPH, "ITU\xE2\x80\x99s work \xE2\x80\x94 see the link.", &i));
    unsigned line, col;
    og__doc_position(&d, d.blocks[i].start, &line, &col);
    assert_int_equal(line, 2);
    assert_int_equal(col, 4);
    og__doc_free(&d);
}

static void test_declared_legacy_charset(void **state)
{
    (void)state;
    /* ISO-8859-1 bytes, declared: decoded as declared, no repair warnings. */
    const char in[] = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Universit\xe9 de Gen\xe8ve.</p>"
                      "</body></html>";
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "latin1.html", in, sizeof in - 1, OG_FORMAT_HTML, NULL, NULL, &err), &err);
    assert_non_null(strstr(d.text, "Universit\xC3\xA9 de Gen\xC3\xA8ve."));
    og__doc_free(&d);
    /* Undeclared invalid bytes: repaired to U+FFFD. */
    const char bad[] = "<html><body><p>Caf\xe9 open.</p></body></html>";
    og_test_ok(og__doc_load(&d, "bad.html", bad, sizeof bad - 1, OG_FORMAT_HTML, NULL, NULL, &err), &err);
    assert_non_null(strstr(d.text, "Caf\xEF\xBF\xBD open."));
    og__doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_visible_text_and_blocks),
        cmocka_unit_test(test_source_lines),
        cmocka_unit_test(test_unclosed_tags),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_nested_lists_and_entities),
        cmocka_unit_test(test_declared_legacy_charset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
