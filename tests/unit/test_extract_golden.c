/* test_extract_golden.c - golden dumps of the recognisers: for every folder
 * tests/golden/extract/<case>/ the fragment of input.txt (default lexicon)
 * dumped by og_graph_dump must equal expected.txt byte for byte.
 * OG_UPDATE_GOLDEN=1 rewrites expected.txt instead (review the diff). */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include "og_test.h"

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    *len = b ? fread(b, 1, (size_t)n, f) : 0;
    if (b)
        b[*len] = '\0';
    fclose(f);
    return b;
}

static void run_case(const char *dir, const char *name, og_lexicon *lex) {
    char in[2048], exp[2048];
    snprintf(in, sizeof in, "%s/%s/input.txt", dir, name);
    snprintf(exp, sizeof exp, "%s/%s/expected.txt", dir, name);
    size_t len, elen = 0;
    char *data = slurp(in, &len);
    assert_non_null(data);
    og_error err = {0};
    og_extract_options o = OG_EXTRACT_OPTIONS_INIT;
    o.lexicon = lex;
    og_graph *frag = NULL, *g = NULL;
    og_test_ok(og_extract_document(&frag, "input.txt", data, len, OG_FORMAT_TEXT, &o, &err), &err);
    const og_graph *parts[] = {frag};
    og_test_ok(og_reduce(&g, parts, 1, NULL, &err), &err);
    og_test_ok(og_graph_check(g, 1, &err), &err);
    og_sink *s = og_sink_memory();
    og_test_ok(og_graph_dump(g, s, &err), &err);
    size_t got_len;
    const char *got = og_sink_memory_data(s, &got_len);
    const char *upd = getenv("OG_UPDATE_GOLDEN");
    if (upd && strcmp(upd, "0") != 0) {
        FILE *f = fopen(exp, "wb");
        assert_non_null(f);
        fwrite(got, 1, got_len, f);
        fclose(f);
    } else {
        char *want = slurp(exp, &elen);
        if (!want)
            fail_msg("%s missing (OG_UPDATE_GOLDEN=1 creates it)", exp);
        if (elen != got_len || memcmp(want, got, got_len) != 0)
            fail_msg("golden %s differs:\n--- expected\n%s\n--- got\n%s", name, want, got);
        free(want);
    }
    og_sink_free(s);
    og_graph_free(g);
    og_graph_free(frag);
    free(data);
}

static char *dupstr(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void test_golden(void **state) {
    (void)state;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/golden/extract", OG_TEST_DATA);
    DIR *d = opendir(dir);
    assert_non_null(d);
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256)
        if (e->d_name[0] != '.')
            names[n++] = dupstr(e->d_name);
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    assert_true(n > 0);
    og_error err = {0};
    og_lexicon *lex = NULL;
    og_test_ok(og_lexicon_new_default(&lex, &err), &err);
    for (size_t i = 0; i < n; i++) {
        run_case(dir, names[i], lex);
        free(names[i]);
    }
    og_lexicon_free(lex);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_golden)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
