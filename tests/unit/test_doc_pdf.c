/*
 * test_doc_pdf.c - repair of PDF-converted text: bullet glyphs, words broken
 * by a stray space, wrapped lines, blanks before punctuation, and offsets
 * that still point at the source.
 */
#include <string.h>
#include "og_test.h"
#include "doc.h"

/* Written for this test in the style of a PDF export: trailing blanks,
 * private-use bullets (U+F0B7), broken words. */
static const char pdf[] =
    " \n"                                                                                         /* 1 */
    "Harbour Forum  Submission on Open Ports  \n"                                                 /* 2 */
    " \n"                                                                                         /* 3 */
    "1. SHARE DATA ACROSS ALL \n"                                                                 /* 4 */
    "a. Guiding Ideas  \n"                                                                        /* 5 */
    "i. Support shared port infrastructure so that every coastal region can join the \n"          /* 6 */
    "digital economy , a nd make sure the plans respect local polic ies and the \n"               /* 7 */
    "needs of small firms . \n"                                                                   /* 8 */
    "\xEF\x82\xB7 Promote the in corporation of open standards into national plans for Develop ment. \n" /* 9 */
    "\xEF\x82\xB7 Encourage long -term investment in public networks  in the region. \n"          /* 10 */
    "\xEF\x82\xB7 Keep the logs for each berth and each crane \xEF\x82\xA7 in one place. \n"      /* 11 */
    "We value development in the ports of the region and the people in them. \n";                /* 12 */

static int has_block(const og__doc *d, og__block_kind kind, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < d->n_blocks; i++) {
        const og__block *b = &d->blocks[i];
        if (b->kind == kind && b->end - b->start == n && memcmp(d->text + b->start, text, n) == 0)
            return 1;
    }
    return 0;
}

static void test_repair(void **state)
{
    (void)state;
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "sub.txt", pdf, sizeof pdf - 1, OG_FORMAT_AUTO, NULL, NULL, &err), &err);
    /* Wrapped lines joined, broken words rejoined, blanks before , . dropped. */
    if (!has_block(&d, OG__BLOCK_LIST_ITEM,
                   "Support shared port infrastructure so that every coastal region can join the digital "
                   "economy, and make sure the plans respect local policies and the needs of small firms."))
        fail_msg("text was:\n%s", d.text);
    /* Private-use bullets: list items, glyph gone (also mid-line). */
    assert_true(has_block(&d, OG__BLOCK_LIST_ITEM,
                          "Promote the incorporation of open standards into national plans for Development."));
    assert_true(has_block(&d, OG__BLOCK_LIST_ITEM, "Encourage long-term investment in public networks in the region."));
    assert_true(has_block(&d, OG__BLOCK_LIST_ITEM, "Keep the logs for each berth and each crane in one place."));
    assert_null(strstr(d.text, "\xEF\x82"));
    /* Common word pairs stay apart. */
    assert_non_null(strstr(d.text, "in the region"));
    assert_non_null(strstr(d.text, "in them"));
    assert_true(has_block(&d, OG__BLOCK_HEADING, "Harbour Forum Submission on Open Ports"));
    og__doc_free(&d);
}

static void test_positions_survive_repair(void **state)
{
    (void)state;
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "sub.txt", pdf, sizeof pdf - 1, OG_FORMAT_AUTO, NULL, NULL, &err), &err);
    struct {
        const char *word;
        unsigned line, col;
    } want[] = {
        {"Harbour", 2, 1}, {"Submission", 2, 16}, {"Support", 6, 4}, {"digital economy", 7, 1},
        {"and make", 7, 19}, {"needs of", 8, 1}, {"firms.", 8, 16}, {"Promote", 9, 3},
        {"investment", 10, 24}, {"We value", 12, 1},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const char *p = strstr(d.text, want[i].word);
        assert_non_null(p);
        unsigned line, col;
        og__doc_position(&d, (size_t)(p - d.text), &line, &col);
        if (line != want[i].line || col != want[i].col)
            fail_msg("'%s' at %u:%u, expected %u:%u", want[i].word, line, col, want[i].line, want[i].col);
    }
    og__doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repair),
        cmocka_unit_test(test_positions_survive_repair),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
