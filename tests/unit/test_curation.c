/* test_curation.c - parsing curation files: every rule kind, comments and
 * blank lines, and errors that name the line and column. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "og_test.h"
#include "curation.h"

static og_curation *parse_ok(const char *text)
{
    og_error err = {0};
    og_curation *c = NULL;
    og_test_ok(og_curation_parse(&c, "cur.txt", text, strlen(text), &err), &err);
    return c;
}

static void expect_error_n(const char *text, size_t len, unsigned line, unsigned column, const char *needle)
{
    og_error err = {0};
    og_curation *c = (og_curation *)1;
    assert_int_equal(og_curation_parse(&c, "cur.txt", text, len, &err), OG_EINPUT);
    assert_null(c);
    assert_int_equal(err.code, OG_EINPUT);
    assert_string_equal(err.file, "cur.txt");
    if (err.line != line || err.column != column || !strstr(err.message, needle))
        fail_msg("for %s got %u:%u: %s", text, err.line, err.column, err.message);
}

static void expect_error(const char *text, unsigned line, unsigned column, const char *needle)
{
    expect_error_n(text, strlen(text), line, column, needle);
}

static void test_all_rules(void **state)
{
    (void)state;
    og_curation *c = parse_ok("# analyst fixes\n"
                              "\n"
                              "same ITU | International Telecommunication Union\r\n"
                              "  different ISO |ISOC  \n"
                              "drop Annual Report\n"
                              "type IETF Organisation\n"
                              "type Internet Engineering Task Force organisation\n"
                              "alias World Health Organization | OMS\n");
    assert_int_equal(c->n_rules, 6);
    assert_int_equal(c->rules[0].kind, OG__CUR_SAME);
    assert_string_equal(c->rules[0].a, "ITU");
    assert_string_equal(c->rules[0].b, "International Telecommunication Union");
    assert_int_equal(c->rules[0].line, 3);
    assert_int_equal(c->rules[1].kind, OG__CUR_DIFFERENT);
    assert_string_equal(c->rules[1].a, "ISO");
    assert_string_equal(c->rules[1].b, "ISOC");
    assert_int_equal(c->rules[2].kind, OG__CUR_DROP);
    assert_string_equal(c->rules[2].a, "Annual Report");
    assert_null(c->rules[2].b);
    assert_int_equal(c->rules[3].kind, OG__CUR_TYPE);
    assert_string_equal(c->rules[3].a, "IETF");
    assert_int_equal(c->rules[3].type, OG_ORGANISATION);
    assert_string_equal(c->rules[4].a, "Internet Engineering Task Force");
    assert_int_equal(c->rules[5].kind, OG__CUR_ALIAS);
    assert_string_equal(c->rules[5].b, "OMS");
    assert_int_equal(c->rules[5].line, 8);
    og_curation_free(c);
    c = parse_ok("");
    assert_int_equal(c->n_rules, 0);
    og_curation_free(c);
    og_curation_free(NULL);
}

static void test_errors_name_line_and_column(void **state)
{
    (void)state;
    expect_error("same A | B\nmerge A | B\n", 2, 1, "unknown rule 'merge'");
    expect_error("same A B\n", 1, 9, "separated by '|'");
    expect_error("same\n", 1, 5, "separated by '|'");
    expect_error("# c\nsame  | B\n", 2, 7, "empty name before");
    expect_error("different A |  \n", 1, 14, "empty name after");
    expect_error("alias A | B | C\n", 1, 13, "more than one");
    expect_error("drop\n", 1, 5, "needs a name");
    expect_error("type IETF Company\n", 1, 11, "unknown type 'Company'");
    expect_error("type Organisation\n", 1, 6, "needs a name and a type");
    static const char nul[] = "\n\n  same A | B\n\tdrop X\nsame\x00 A | B\n";
    expect_error_n(nul, sizeof nul - 1, 5, 5, "NUL byte");
}

static void test_load_file(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "/tmp/og_curation_test.%ld.txt", (long)getpid());
    FILE *f = fopen(path, "wb");
    fputs("same UIT | ITU\nbogus\n", f);
    fclose(f);
    og_error err = {0};
    og_curation *c = NULL;
    assert_int_equal(og_curation_load(&c, path, &err), OG_EINPUT);
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.file, "og_curation_test"));
    f = fopen(path, "wb");
    fputs("same UIT | ITU\n", f);
    fclose(f);
    og_error_clear(&err);
    og_test_ok(og_curation_load(&c, path, &err), &err);
    assert_int_equal(c->n_rules, 1);
    og_curation_free(c);
    unlink(path);
    og_error_clear(&err);
    assert_int_equal(og_curation_load(&c, "/nonexistent/cur.txt", &err), OG_EIO);
    assert_string_equal(err.file, "/nonexistent/cur.txt");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_rules),
        cmocka_unit_test(test_errors_name_line_and_column),
        cmocka_unit_test(test_load_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
