/*
 * test_cli.c - unit tests of the CLI's option parser (cli/opts.c) and input
 * walker (cli/inputs.c): options anywhere, value checks, deterministic and
 * complete folder walks, binary sniffing. End-to-end behaviour is in
 * tests/e2e/cli_case.sh.
 */
#include "og_test.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exit.h"
#include "inputs.h"
#include "opts.h"

#define ARGV(...) ((char *[]){__VA_ARGS__, NULL})
#define ARGC(...) ((int)(sizeof((char *[]){__VA_ARGS__}) / sizeof(char *)))
#define PARSE(a, cmd, ...) og_cli_parse(a, cmd, ARGV(__VA_ARGS__)[0], ARGC(__VA_ARGS__), ARGV(__VA_ARGS__))

/* Options may come before, between and after operands; operand order is kept. */
static void test_options_anywhere(void **state)
{
    (void)state;
    og_cli_args a;
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "-o", "x.graphml", "in1", "--quiet", "in2", "-j", "3",
                           "--output=y.dot", "--", "-in3"),
                     OG_EXIT_OK);
    assert_int_equal(a.n_operands, 3);
    assert_string_equal(a.operands[0], "in1");
    assert_string_equal(a.operands[1], "in2");
    assert_string_equal(a.operands[2], "-in3");
    assert_int_equal(a.n_outputs, 2);
    assert_string_equal(a.outputs[0], "x.graphml");
    assert_string_equal(a.outputs[1], "y.dot");
    assert_true(a.quiet);
    assert_int_equal(a.jobs, 3);
    assert_false(a.selecting);
    og_cli_args_free(&a);
}

/* Selection options fill og_select_options and mark the run as selecting. */
static void test_selection_values(void **state)
{
    (void)state;
    og_cli_args a;
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "--types", "Organisation, standard", "--predicates",
                           "part_of,develops", "--ego", "ITU", "--depth", "2", "--min-confidence", "0.25", "--top",
                           "7", "--drop-isolated", "in"),
                     OG_EXIT_OK);
    assert_true(a.selecting);
    assert_int_equal(a.select.types, (1u << OG_ORGANISATION) | (1u << OG_STANDARD));
    assert_int_equal(a.select.predicates, (1u << OG_PART_OF) | (1u << OG_DEVELOPS));
    assert_string_equal(a.select.ego, "ITU");
    assert_int_equal(a.select.depth, 2);
    assert_true(a.select.min_confidence > 0.2499 && a.select.min_confidence < 0.2501);
    assert_int_equal(a.select.top, 7);
    assert_true(a.select.drop_isolated);
    og_cli_args_free(&a);
}

/* Bad values and options of other commands are usage errors (exit 1). */
static void test_bad_values(void **state)
{
    (void)state;
    og_cli_args a;
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "--depth", "-1"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "--jobs", "0"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "--min-confidence", "nan"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "--types", "Organisation,,Person"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "--rankdir", "XY"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "--quiet=yes"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
    assert_int_equal(PARSE(&a, OG_CMD_STATS, "stats", "--lexicon", "x.tsv"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "--nonsense"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
    assert_int_equal(PARSE(&a, OG_CMD_EXTRACT, "extract", "-o"), OG_EXIT_INPUT);
    og_cli_args_free(&a);
}

/* The option table answers main.c's "does this option take a value?". */
static void test_option_lookup(void **state)
{
    (void)state;
    const og_cli_opt *o = og_cli_opt_find("output", 6, 0);
    assert_non_null(o);
    assert_non_null(o->arg);
    assert_ptr_equal(og_cli_opt_find(NULL, 0, 'o'), o);
    o = og_cli_opt_find("quiet", 5, 0);
    assert_non_null(o);
    assert_null(o->arg);
    assert_null(og_cli_opt_find("outpu", 5, 0));
}

static void test_binary_sniffing(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_false(og_cli_looks_binary("ITU is a UN agency.\n", 20, &why));
    assert_true(og_cli_looks_binary("abc\0def", 7, &why));
    assert_true(og_cli_looks_binary("%PDF-1.7\n", 9, &why));
    assert_non_null(strstr(why, "PDF"));
    char ctl[64];
    memset(ctl, 0x01, sizeof ctl);
    assert_true(og_cli_looks_binary(ctl, sizeof ctl, &why));
    assert_int_equal(og_cli_format_for("a/b/About.HTML"), OG_FORMAT_HTML);
    assert_int_equal(og_cli_format_for("notes.md"), OG_FORMAT_TEXT);
    assert_int_equal(og_cli_format_for("README"), OG_FORMAT_AUTO);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Folders are walked depth-first in bytewise order, hidden entries skipped,
 * each file once even when named twice; a missing named path is an error. */
static void test_walk(void **state)
{
    (void)state;
    char dir[] = "/tmp/og_test_cli_XXXXXX";
    char path[512];
    assert_non_null(mkdtemp(dir));
    const char *files[] = {"b.txt", "a.html", "sub/z.md", "sub/B.txt", ".hidden.txt", ".git/config",
                           "out.graphml", "sub/nodes.csv"};
    snprintf(path, sizeof path, "%s/sub", dir);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(path, sizeof path, "%s/.git", dir);
    assert_int_equal(mkdir(path, 0755), 0);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        write_file(path, "text\n");
    }
    snprintf(path, sizeof path, "%s/b.txt", dir);
    const char *paths[] = {dir, path};
    og_cli_inputs in;
    assert_int_equal(og_cli_inputs_collect(&in, paths, 2), OG_EXIT_OK);
    assert_int_equal(in.n, 4);
    const char *want[] = {"a.html", "b.txt", "sub/B.txt", "sub/z.md"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, want[i]);
        assert_string_equal(in.v[i].path, path);
    }
    assert_int_equal(in.v[0].fmt, OG_FORMAT_HTML);
    assert_int_equal(in.total_bytes, 4 * 5);
    og_cli_inputs_free(&in);

    const char *missing[] = {dir, "/nonexistent/orgraph/input.txt"};
    assert_int_equal(og_cli_inputs_collect(&in, missing, 2), OG_EXIT_INPUT);
    assert_int_equal(in.n, 0);

    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/sub", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/.git", dir);
    rmdir(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_options_anywhere), cmocka_unit_test(test_selection_values),
        cmocka_unit_test(test_bad_values),       cmocka_unit_test(test_option_lookup),
        cmocka_unit_test(test_binary_sniffing),  cmocka_unit_test(test_walk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
