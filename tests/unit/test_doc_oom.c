/*
 * test_doc_oom.c - out-of-memory injection through og_set_allocator: the
 * k-th allocation fails, for every k, while loading a text, a PDF-like text
 * and an HTML document, and while building a lexicon. Each run must return
 * 0 or OG_ENOMEM, and leave no allocation behind (a live-block count).
 */
#include <stdlib.h>
#include <string.h>
#include "og_test.h"
#include "doc.h"
#include "lexicon.h"

static long budget;  /* allocations left before failing; < 0: never fail */
static long live;    /* blocks currently allocated through the seam */

static void *chaos_malloc(size_t n)
{
    if (budget == 0)
        return NULL;
    if (budget > 0)
        budget--;
    void *p = malloc(n);
    if (p)
        live++;
    return p;
}

static void *chaos_realloc(void *p, size_t n)
{
    if (budget == 0)
        return NULL;
    if (budget > 0)
        budget--;
    void *q = realloc(p, n);
    if (q && !p)
        live++;
    return q;
}

static void chaos_free(void *p)
{
    if (p)
        live--;
    free(p);
}

static const og_allocator chaos = {chaos_malloc, chaos_realloc, chaos_free};

typedef int (*job_fn)(void);

static int job_text(void)
{
    static const char in[] = "Harbour Forum\n\nAcronym: HF\n\nThe forum works with ITU. Dr. J. Smith chairs it.\n"
                             "\xEF\x82\xB7 Promote the in corporation of open standards for Develop ment. \n"
                             "\xEF\x82\xB7 Keep a nd share the logs . \nbad byte \xff here\n";
    og__doc d;
    og_error err = {0};
    int rc = og__doc_load(&d, "t.txt", in, sizeof in - 1, OG_FORMAT_TEXT, NULL, NULL, &err);
    if (rc == 0)
        og__doc_free(&d);
    return rc;
}

static int job_html(void)
{
    static const char in[] = "<html><body><nav>x</nav><h1>Title</h1><p>One &amp; two.<br>Three.</p>"
                             "<ul><li>Item</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>";
    og__doc d;
    og_error err = {0};
    int rc = og__doc_load(&d, "t.html", in, sizeof in - 1, OG_FORMAT_HTML, NULL, NULL, &err);
    if (rc == 0)
        og__doc_free(&d);
    return rc;
}

static int job_lexicon(void)
{
    static const char tsv[] = "itu\tInternational Telecommunication Union\tOrganisation\tITU|UIT\n"
                              "cote\tC\xC3\xB4te d'Ivoire\tPlace\n"
                              "who\tWorld Health Organization\tOrganisation\tWHO\n";
    og_lexicon *lex = NULL;
    og_error err = {0};
    int rc = og_lexicon_new_empty(&lex, &err);
    if (rc == 0)
        rc = og_lexicon_add_tsv(lex, "t.tsv", tsv, sizeof tsv - 1, &err);
    if (rc == 0) {
        og__lex_hit *hits = NULL;
        size_t n = 0;
        rc = og__lexicon_scan(lex, "The ITU and WHO met.", 20, &hits, &n, &err);
        og_free(hits);
    }
    og_lexicon_free(lex);
    return rc;
}

static void run_chaos(job_fn job)
{
    int succeeded = 0;
    for (long k = 0; k < 10000 && !succeeded; k++) {
        budget = k;
        live = 0;
        og_set_allocator(&chaos);
        int rc = job();
        og_set_allocator(NULL);
        if (rc != 0 && rc != OG_ENOMEM)
            fail_msg("allocation %ld failing: status %d", k, rc);
        if (live != 0)
            fail_msg("allocation %ld failing: %ld blocks leaked", k, live);
        succeeded = rc == 0;
    }
    assert_true(succeeded);
}

static void test_oom_text(void **state) { (void)state; run_chaos(job_text); }
static void test_oom_html(void **state) { (void)state; run_chaos(job_html); }
static void test_oom_lexicon(void **state) { (void)state; run_chaos(job_lexicon); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_oom_text),
        cmocka_unit_test(test_oom_html),
        cmocka_unit_test(test_oom_lexicon),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
