/*
 * test_doc_pathological.c - inputs that would expose quadratic behaviour: a
 * 50 MB single line (no punctuation, then no blanks at all), and 100,000
 * repeated acronyms through the lexicon. ctest's TIMEOUT is the assertion on
 * time; here we check the caps hold.
 */
#include <stdlib.h>
#include <string.h>
#include "og_test.h"
#include "doc.h"
#include "lexicon.h"

#define BIG (50u << 20)

static void check_caps(const og__doc *d)
{
    assert_true(d->n_sents >= d->len / OG__MAX_SENTENCE_BYTES);
    for (size_t i = 0; i < d->n_sents; i++) {
        const og__sentence *s = &d->sents[i];
        assert_true(s->end - s->start <= OG__MAX_SENTENCE_BYTES);
        /* Never cut inside a UTF-8 character. */
        assert_true(((unsigned char)d->text[s->start] & 0xC0) != 0x80);
    }
}

static void test_50mb_line_of_words(void **state)
{
    (void)state;
    char *buf = malloc(BIG);
    assert_non_null(buf);
    static const char words[] = "governance standards network \xC3\xA9quipe partner ";
    for (size_t i = 0; i < BIG; i++)
        buf[i] = words[i % (sizeof words - 1)];
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "big.txt", buf, BIG, OG_FORMAT_TEXT, NULL, NULL, &err), &err);
    assert_int_equal(d.n_blocks, 1);
    check_caps(&d);
    unsigned line, col;
    og__doc_position(&d, d.len - 1, &line, &col);
    assert_int_equal(line, 1);
    og__doc_free(&d);
    free(buf);
}

static void test_50mb_without_blanks(void **state)
{
    (void)state;
    char *buf = malloc(BIG);
    assert_non_null(buf);
    for (size_t i = 0; i + 1 < BIG; i += 2)
        buf[i] = (char)0xC3, buf[i + 1] = (char)0xA9; /* "é" */
    og__doc d;
    og_error err = {0};
    og_test_ok(og__doc_load(&d, "big.txt", buf, BIG, OG_FORMAT_TEXT, NULL, NULL, &err), &err);
    check_caps(&d);
    og__doc_free(&d);
    free(buf);
}

static void test_100k_acronyms(void **state)
{
    (void)state;
    const size_t n = 100000;
    char *buf = malloc(n * 5 + 1);
    assert_non_null(buf);
    for (size_t i = 0; i < n; i++)
        memcpy(buf + i * 5, i % 2 ? "ITU, " : "WHO. ", 5);
    og_lexicon *lex = NULL;
    og_error err = {0};
    og_test_ok(og_lexicon_new_default(&lex, &err), &err);
    og__lex_hit *hits = NULL;
    size_t nh = 0;
    og_test_ok(og__lexicon_scan(lex, buf, n * 5, &hits, &nh, &err), &err);
    assert_int_equal(nh, n);
    og_free(hits);
    og__doc d;
    og_test_ok(og__doc_load(&d, "many.txt", buf, n * 5, OG_FORMAT_TEXT, NULL, NULL, &err), &err);
    assert_true(d.n_sents >= n / 2);
    og__doc_free(&d);
    og_lexicon_free(lex);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_50mb_line_of_words),
        cmocka_unit_test(test_50mb_without_blanks),
        cmocka_unit_test(test_100k_acronyms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
