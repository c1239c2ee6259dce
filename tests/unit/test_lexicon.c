/*
 * test_lexicon.c - the lexicon: default contents, TSV parsing and its errors,
 * and scanning (case rules, whole words, leftmost-longest, possessives).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "og_test.h"
#include "lexicon.h"

static const char tsv[] =
    "# test lexicon\n"
    "itu\tInternational Telecommunication Union\tOrganisation\tITU|UIT\n"
    "itu-t\tITU-T\tOrganisation\n"
    "who\tWorld Health Organization\tOrganisation\tWHO\n"
    "unicef\tUNICEF\tOrganisation\n"
    "un\tUnited Nations\tOrganisation\tUN\n"
    "unga\tUnited Nations General Assembly\tOrganisation\tUNGA\n"
    "apple\tApple\tOrganisation\n"
    "\n"
    "gd\tGlobal Digital\tInitiative\n"
    "dc\tDigital Compact\tAgreement\n"
    "cote\tC\xC3\xB4te d'Ivoire\tPlace\n";

typedef struct want {
    const char *surface;
    const char *id;
} want;

static void expect_hits(const og_lexicon *lex, const char *text, const want *w, size_t n)
{
    og__lex_hit *hits = NULL;
    size_t nh = 0;
    og_error err = {0};
    og_test_ok(og__lexicon_scan(lex, text, strlen(text), &hits, &nh, &err), &err);
    for (size_t i = 0; i < nh && i < n; i++) {
        size_t len = hits[i].end - hits[i].start;
        const og__lex_entry *e = og__lexicon_entry(lex, hits[i].entry);
        if (len != strlen(w[i].surface) || memcmp(text + hits[i].start, w[i].surface, len) != 0 ||
            strcmp(e->id, w[i].id) != 0)
            fail_msg("hit %zu is '%.*s' -> %s, expected '%s' -> %s", i, (int)len, text + hits[i].start, e->id,
                     w[i].surface, w[i].id);
        if (i > 0)
            assert_true(hits[i].start >= hits[i - 1].end);
    }
    if (nh != n) {
        for (size_t i = 0; i < nh; i++)
            print_message("  hit %zu: '%.*s'\n", i, (int)(hits[i].end - hits[i].start), text + hits[i].start);
        fail_msg("%zu hits, expected %zu", nh, n);
    }
    og_free(hits);
}

static og_lexicon *test_lexicon(void)
{
    og_lexicon *lex = NULL;
    og_error err = {0};
    og_test_ok(og_lexicon_new_empty(&lex, &err), &err);
    og_test_ok(og_lexicon_add_tsv(lex, "test.tsv", tsv, sizeof tsv - 1, &err), &err);
    assert_int_equal(og_lexicon_size(lex), 10);
    return lex;
}

static void test_scan_rules(void **state)
{
    (void)state;
    og_lexicon *lex = test_lexicon();
    const char text[] = "The ITU-T and ITU met WHO, who said UNICEF's and UNICEF\xE2\x80\x99s plans; the United "
                        "Nations General Assembly (UNGA) and the United nations agreed, not the united nations. ITUX, XITU, Itu and "
                        "ITU_T are not names. Apple and APPLE, not apple.";
    const want w[] = {
        {"ITU-T", "itu-t"}, {"ITU", "itu"}, {"WHO", "who"}, {"UNICEF", "unicef"}, {"UNICEF", "unicef"},
        {"United Nations General Assembly", "unga"}, {"UNGA", "unga"}, {"United nations", "un"},
        {"Apple", "apple"}, {"APPLE", "apple"},
    };
    expect_hits(lex, text, w, sizeof w / sizeof *w);
    og_lexicon_free(lex);
}

static void test_leftmost_longest(void **state)
{
    (void)state;
    og_lexicon *lex = test_lexicon();
    const want w1[] = {{"Global Digital", "gd"}};
    expect_hits(lex, "the Global Digital Compact", w1, 1);
    const want w2[] = {{"Digital Compact", "dc"}};
    expect_hits(lex, "a Digital Compact", w2, 1);
    /* Apostrophe variants: the curly one matches the straight entry. */
    const want w3[] = {{"C\xC3\xB4te d\xE2\x80\x99Ivoire", "cote"}, {"C\xC3\xB4te d'Ivoire", "cote"}};
    expect_hits(lex, "C\xC3\xB4te d\xE2\x80\x99Ivoire and C\xC3\xB4te d'Ivoire.", w3, 2);
    /* Non-ASCII neighbours are word characters: no hit inside "ÉITU". */
    expect_hits(lex, "\xC3\x89ITU and ITU\xC3\xA9", NULL, 0);
    og_lexicon_free(lex);
}

static void test_apostrophe_variants(void **state)
{
    (void)state;
    og_lexicon *lex = NULL;
    og_error err = {0};
    og_test_ok(og_lexicon_new_empty(&lex, &err), &err);
    const char t[] = "fund\tO'Neil's Fund\tOrganisation\nnet\tPeople\xE2\x80\x99s Net\xE2\x80\x99work\tInitiative\n";
    og_test_ok(og_lexicon_add_tsv(lex, "a.tsv", t, sizeof t - 1, &err), &err);
    const want w[] = {{"O\xE2\x80\x99Neil\xE2\x80\x99s Fund", "fund"}, {"People's Net'work", "net"}};
    expect_hits(lex, "O\xE2\x80\x99Neil\xE2\x80\x99s Fund and People's Net'work.", w, 2);
    og_lexicon_free(lex);
}

static void expect_tsv_error(const char *text, unsigned line, unsigned col, const char *msg)
{
    og_lexicon *lex = test_lexicon();
    og_error err = {0};
    int rc = og_lexicon_add_tsv(lex, "bad.tsv", text, strlen(text), &err);
    assert_int_equal(rc, OG_EINPUT);
    if (err.line != line || err.column != col || !strstr(err.message, msg))
        fail_msg("got %s:%u:%u: %s; expected %u:%u: %s", err.file, err.line, err.column, err.message, line, col, msg);
    assert_string_equal(err.file, "bad.tsv");
    /* Unchanged after the error, and still scanning. */
    assert_int_equal(og_lexicon_size(lex), 10);
    const want w[] = {{"ITU", "itu"}};
    expect_hits(lex, "ITU", w, 1);
    og_lexicon_free(lex);
}

static void test_tsv_errors(void **state)
{
    (void)state;
    expect_tsv_error("ok\tFine Name\tOrganisation\nbroken line without tabs\n", 2, 25, "expected 3 or 4");
    expect_tsv_error("x\tName\tFoo\n", 1, 8, "unknown type 'Foo'");
    expect_tsv_error("# c\n\nx\tName\tOrganisation\ty\tz\n", 3, 23, "found 5");
    expect_tsv_error("\tName\tOrganisation\n", 1, 1, "empty id");
    expect_tsv_error("Bad Id\tName\tOrganisation\n", 1, 1, "invalid character");
    expect_tsv_error("a\t\tOrganisation\n", 1, 3, "empty name");
    expect_tsv_error("a\tName\tOrganisation\tA||B\n", 1, 23, "empty alias");
    expect_tsv_error("a\tNa\xff" "me\tOrganisation\n", 1, 5, "invalid UTF-8");
    expect_tsv_error("a\tOne\tOrganisation\nb\tTwo\tPlace\na\tThree\tEvent\n", 3, 1, "duplicate id 'a' (first on line 1)");
}

static void test_redefinition_replaces(void **state)
{
    (void)state;
    og_lexicon *lex = test_lexicon();
    og_error err = {0};
    const char more[] = "apple\tApple Inc.\tOrganisation\tAAPL\nnew\tNew Body\tOrganisation\n";
    og_test_ok(og_lexicon_add_tsv(lex, "more.tsv", more, sizeof more - 1, &err), &err);
    assert_int_equal(og_lexicon_size(lex), 11);
    const want w[] = {{"AAPL", "apple"}, {"New Body", "new"}};
    expect_hits(lex, "AAPL Apple New Body", w, 2); /* "Apple" alone is no longer a name */
    og_lexicon_free(lex);
}

static void test_add_file(void **state)
{
    (void)state;
    char path[] = "/tmp/og_test_lexXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("acme\tAcme Standards Body\tOrganisation\tASB\n", f);
    fclose(f);
    og_lexicon *lex = NULL;
    og_error err = {0};
    og_test_ok(og_lexicon_new_empty(&lex, &err), &err);
    og_test_ok(og_lexicon_add_file(lex, path, &err), &err);
    assert_int_equal(og_lexicon_size(lex), 1);
    remove(path);
    assert_int_equal(og_lexicon_add_file(lex, path, &err), OG_EIO);
    og_lexicon_free(lex);
}

static void test_default_lexicon(void **state)
{
    (void)state;
    og_lexicon *lex = NULL;
    og_error err = {0};
    og_test_ok(og_lexicon_new_default(&lex, &err), &err);
    size_t n = og_lexicon_size(lex), non_place = 0;
    assert_true(n >= 400);
    int seen_ietf = 0, seen_jtc1 = 0, seen_gdpr = 0;
    for (size_t i = 0; i < n; i++) {
        const og__lex_entry *e = og__lexicon_entry(lex, i);
        assert_true(e->type < OG_THING);
        if (e->type != OG_PLACE && e->type != OG_TOPIC)
            non_place++;
        /* No lower-case-only alias that is a common word: every alias has a capital or digit. */
        for (size_t a = 0; a < e->n_aliases; a++) {
            const char *s = e->aliases[a];
            int ok = 0;
            for (const char *p = s; *p; p++)
                if ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || (unsigned char)*p >= 0x80)
                    ok = 1;
            if (!ok && strcmp(e->id, "swissuniversities") != 0 && strcmp(e->id, "cern-openlab") != 0)
                fail_msg("alias '%s' of %s has no capital", s, e->id);
        }
        if (!strcmp(e->id, "ietf")) {
            seen_ietf = 1;
            assert_int_equal(e->type, OG_ORGANISATION);
        }
        if (!strcmp(e->id, "jtc1")) {
            seen_jtc1 = 1;
            assert_int_equal(e->type, OG_PARTNERSHIP);
        }
        if (!strcmp(e->id, "gdpr")) {
            seen_gdpr = 1;
            assert_int_equal(e->type, OG_STANDARD);
        }
    }
    assert_true(seen_ietf && seen_jtc1 && seen_gdpr);
    assert_true(non_place >= 400);
    const want w[] = {{"Internet Engineering Task Force", "ietf"}, {"ISO/IEC JTC 1", "jtc1"}, {"ISO", "iso"},
                      {"ISOC", "isoc"}, {"Geneva", "geneva"}};
    expect_hits(lex, "The Internet Engineering Task Force, ISO/IEC JTC 1, ISO and ISOC met in Geneva.", w, 5);
    og_lexicon_free(lex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scan_rules),
        cmocka_unit_test(test_leftmost_longest),
        cmocka_unit_test(test_apostrophe_variants),
        cmocka_unit_test(test_tsv_errors),
        cmocka_unit_test(test_redefinition_replaces),
        cmocka_unit_test(test_add_file),
        cmocka_unit_test(test_default_lexicon),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
