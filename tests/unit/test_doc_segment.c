/*
 * test_doc_segment.c - blocks (headings, list items, fields, paragraphs) and
 * sentences (abbreviations, initials, quotes) on plain text.
 */
#include <string.h>
#include "og_test.h"
#include "doc.h"

static int block_is(const og__doc *d, size_t i, og__block_kind kind, const char *text)
{
    if (i >= d->n_blocks)
        return 0;
    const og__block *b = &d->blocks[i];
    size_t n = strlen(text);
    return b->kind == kind && b->end - b->start == n && memcmp(d->text + b->start, text, n) == 0;
}

static int sentence_is(const og__doc *d, size_t i, const char *text)
{
    if (i >= d->n_sents)
        return 0;
    size_t n = strlen(text);
    const og__sentence *s = &d->sents[i];
    if (s->end - s->start != n || memcmp(d->text + s->start, text, n) != 0) {
        print_message("sentence %zu is '%.*s'\n", i, (int)(s->end - s->start), d->text + s->start);
        return 0;
    }
    return 1;
}

static void load(og__doc *d, const char *text)
{
    og_error err = {0};
    og_test_ok(og__doc_load(d, "t.txt", text, strlen(text), OG_FORMAT_TEXT, NULL, NULL, &err), &err);
}

static void test_profile_blocks(void **state)
{
    (void)state;
    og__doc d;
    load(&d, "Northwind Standards Council\n"
             "\n"
             "Acronym: NSC\n"
             "\n"
             "Established: 1961\n"
             "Type: Intergovernmental body\n"
             "Website: https://nsc.example.org\n"
             "\n"
             "The Northwind Standards Council writes technical norms. It works with ITU.\n"
             "\n"
             "Digital policy issues\n"
             "\n"
             "Artificial intelligence\n"
             "Note: the council is small, but it matters.\n"
             "Stakeholder group: Intergovernmental organisation\n");
    assert_true(block_is(&d, 0, OG__BLOCK_HEADING, "Northwind Standards Council"));
    assert_true(block_is(&d, 1, OG__BLOCK_FIELD, "Acronym: NSC"));
    assert_true(block_is(&d, 2, OG__BLOCK_FIELD, "Established: 1961"));
    /* A generic key right under the title is a field ... */
    assert_true(block_is(&d, 3, OG__BLOCK_FIELD, "Type: Intergovernmental body"));
    assert_true(block_is(&d, 4, OG__BLOCK_FIELD, "Website: https://nsc.example.org"));
    assert_true(block_is(&d, 5, OG__BLOCK_PARAGRAPH,
                         "The Northwind Standards Council writes technical norms. It works with ITU."));
    assert_true(block_is(&d, 6, OG__BLOCK_HEADING, "Digital policy issues"));
    assert_true(block_is(&d, 7, OG__BLOCK_HEADING, "Artificial intelligence"));
    /* ... but not in the body; known keys are fields anywhere. */
    assert_true(block_is(&d, 8, OG__BLOCK_PARAGRAPH, "Note: the council is small, but it matters."));
    assert_true(block_is(&d, 9, OG__BLOCK_FIELD, "Stakeholder group: Intergovernmental organisation"));
    assert_int_equal(d.n_blocks, 10);
    /* Two sentences in the paragraph, one per other block. */
    assert_int_equal(d.n_sents, 11);
    og__doc_free(&d);
}

static void test_list_items(void **state)
{
    (void)state;
    og__doc d;
    load(&d, "Actions taken this year:\n"
             "\xE2\x80\xA2 Open the regional office.\n"
             "- Hire two engineers.\n"
             "* Publish the yearly report.\n"
             "1. Sign the agreement.\n"
             "a. Review the budget.\n"
             "iv. Close the old accounts.\n"
             "(2) Report to the board.\n"
             "# Markdown heading\n"
             "## Second level\n");
    assert_true(block_is(&d, 0, OG__BLOCK_PARAGRAPH, "Actions taken this year:"));
    assert_true(block_is(&d, 1, OG__BLOCK_LIST_ITEM, "Open the regional office."));
    assert_true(block_is(&d, 2, OG__BLOCK_LIST_ITEM, "Hire two engineers."));
    assert_true(block_is(&d, 3, OG__BLOCK_LIST_ITEM, "Publish the yearly report."));
    assert_true(block_is(&d, 4, OG__BLOCK_LIST_ITEM, "Sign the agreement."));
    assert_int_equal(d.blocks[4].level, 1);
    assert_true(block_is(&d, 5, OG__BLOCK_LIST_ITEM, "Review the budget."));
    assert_int_equal(d.blocks[5].level, 2);
    assert_true(block_is(&d, 6, OG__BLOCK_LIST_ITEM, "Close the old accounts."));
    assert_int_equal(d.blocks[6].level, 3);
    assert_true(block_is(&d, 7, OG__BLOCK_LIST_ITEM, "Report to the board."));
    assert_true(block_is(&d, 8, OG__BLOCK_HEADING, "Markdown heading"));
    assert_int_equal(d.blocks[8].level, 1);
    assert_true(block_is(&d, 9, OG__BLOCK_HEADING, "Second level"));
    assert_int_equal(d.blocks[9].level, 2);
    og__doc_free(&d);
}

static void test_sentences_abbreviations(void **state)
{
    (void)state;
    og__doc d;
    load(&d, "Dr. Rivera met Mr. J. C. Okafor at the U.S. mission on Jan. 5 to discuss Art. 12, e.g. data flows. "
             "They agreed on UN Regulation No. 155 and other rules, etc. and left. "
             "J.C.R. Licklider is cited too! Was it useful? \"Yes,\" said Prof. Lee. "
             "(A note in brackets.) 2024 was busy. The end.");
    assert_true(sentence_is(&d, 0,
                            "Dr. Rivera met Mr. J. C. Okafor at the U.S. mission on Jan. 5 to discuss Art. 12, e.g. "
                            "data flows."));
    assert_true(sentence_is(&d, 1, "They agreed on UN Regulation No. 155 and other rules, etc. and left."));
    assert_true(sentence_is(&d, 2, "J.C.R. Licklider is cited too!"));
    assert_true(sentence_is(&d, 3, "Was it useful?"));
    assert_true(sentence_is(&d, 4, "\"Yes,\" said Prof. Lee."));
    assert_true(sentence_is(&d, 5, "(A note in brackets.)"));
    assert_true(sentence_is(&d, 6, "2024 was busy."));
    assert_true(sentence_is(&d, 7, "The end."));
    assert_int_equal(d.n_sents, 8);
    og__doc_free(&d);
}

static void test_sentence_closing_quotes(void **state)
{
    (void)state;
    og__doc d;
    load(&d, "He called it \xE2\x80\x9C" "a turning point.\xE2\x80\x9D The board agreed. Nothing else happened");
    assert_true(sentence_is(&d, 0, "He called it \xE2\x80\x9C" "a turning point.\xE2\x80\x9D"));
    assert_true(sentence_is(&d, 1, "The board agreed."));
    assert_true(sentence_is(&d, 2, "Nothing else happened"));
    og__doc_free(&d);
}

static void test_hard_wrapped_paragraphs(void **state)
{
    (void)state;
    og__doc d;
    load(&d, "Harbour Notes\n"
             "\n"
             "The Harbour Technology Alliance was founded in 2009 by three port\n"
             "authorities and a software cooperative. Its members include the Port of\n"
             "Kelda, the Northwind Standards Council and Open Berth Labs, which jointly\n"
             "run a shared registry of berths and cranes for the North Sea region.\n"
             "\n"
             "Membership\n"
             "The alliance admits public port operators and research institutes from\n"
             "any country. Applications are reviewed by the Board each spring and the\n"
             "Secretary publishes the decisions on the website of the alliance.\n");
    assert_true(block_is(&d, 0, OG__BLOCK_HEADING, "Harbour Notes"));
    assert_true(block_is(&d, 1, OG__BLOCK_PARAGRAPH,
                         "The Harbour Technology Alliance was founded in 2009 by three port authorities and a "
                         "software cooperative. Its members include the Port of Kelda, the Northwind Standards "
                         "Council and Open Berth Labs, which jointly run a shared registry of berths and cranes "
                         "for the North Sea region."));
    assert_true(block_is(&d, 2, OG__BLOCK_HEADING, "Membership"));
    assert_true(block_is(&d, 3, OG__BLOCK_PARAGRAPH,
                         "The alliance admits public port operators and research institutes from any country. "
                         "Applications are reviewed by the Board each spring and the Secretary publishes the "
                         "decisions on the website of the alliance."));
    assert_int_equal(d.n_blocks, 4);
    assert_true(sentence_is(&d, 2, "Its members include the Port of Kelda, the Northwind Standards Council and "
                                   "Open Berth Labs, which jointly run a shared registry of berths and cranes for "
                                   "the North Sea region."));
    /* "Kelda" starts source line 5. */
    const char *p = strstr(d.text, "Kelda");
    unsigned line, col;
    og__doc_position(&d, (size_t)(p - d.text), &line, &col);
    assert_int_equal(line, 5);
    assert_int_equal(col, 1);
    og__doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_profile_blocks),
        cmocka_unit_test(test_list_items),
        cmocka_unit_test(test_sentences_abbreviations),
        cmocka_unit_test(test_sentence_closing_quotes),
        cmocka_unit_test(test_hard_wrapped_paragraphs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
