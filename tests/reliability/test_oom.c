/*
 * test_oom.c - out-of-memory injection over the whole pipeline.
 *
 * Does: installs a counting allocator with og_set_allocator() (and the same
 * hook for jansson via json_set_alloc_funcs()); measures how many
 * allocations each stage makes, then for every k from 1 to that total
 * reruns the stage with the k-th allocation failing. Stages: lexicon (TSV)
 * + og_extract_document + og_reduce; og_read_graphml_memory; and every
 * exporter of og_exporters() (OG_OOM_RENDER=0 leaves out svg/png/pdf)
 * into an atomic file sink in a temp folder, plus
 * og_export_csv_dir. Each injected failure must give 0 (a graceful
 * fallback) or OG_ENOMEM, never another code; after a failure no output
 * and no temp file may remain; after cleanup the allocator must hold zero
 * live blocks. Prints the number of injected failures per stage.
 * OG_OOM_SKIP=name,name skips stages (e.g. one that crashes under ASan);
 * OG_OOM_TRAP=stage:k raises SIGTRAP at that failure, for gdb.
 * OG_OOM_XML=1 also routes libxml2 through the hook (xmlMemSetup) and
 * fails its allocations; off by default because libxml2 2.9 itself is
 * not OOM-safe (it may crash inside its own parser on a NULL malloc).
 * Does not: inject failures into Graphviz (it aborts on OOM by design),
 * or check the error text beyond its code.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <signal.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/xmlmemory.h>

#include "og_test.h"

/* ---- the counting allocator ------------------------------------------- */

static size_t n_calls;   /* allocation calls seen while armed */
static size_t fail_at;   /* the call number that fails; 0 = none */
static size_t n_failed;  /* failures injected in this run */
static long live;        /* blocks from og_malloc/jansson still allocated */
static int xml_inject;   /* OG_OOM_XML=1 */
static const char *cur_stage = "";
static char trap_stage[32];  /* OG_OOM_TRAP=stage:k raises SIGTRAP at that failure (run under gdb) */
static size_t trap_k;

static int should_fail(void)
{
    n_calls++;
    if (fail_at && n_calls == fail_at) {
        n_failed++;
        if (trap_k == fail_at && strcmp(trap_stage, cur_stage) == 0)
            raise(SIGTRAP);
        return 1;
    }
    return 0;
}

static void *cnt_malloc(size_t size)
{
    if (should_fail())
        return NULL;
    void *p = malloc(size);
    if (p)
        live++;
    return p;
}

static void *cnt_realloc(void *ptr, size_t size)
{
    if (should_fail())
        return NULL;
    void *p = realloc(ptr, size);
    if (p && !ptr)
        live++;
    return p;
}

static void cnt_free(void *ptr)
{
    if (ptr)
        live--;
    free(ptr);
}

/* libxml2's blocks are counted apart: its global caches live on. */
static void *xml_malloc(size_t size)
{
    if (xml_inject && should_fail())
        return NULL;
    return malloc(size);
}

static void *xml_realloc(void *ptr, size_t size)
{
    if (xml_inject && should_fail())
        return NULL;
    return realloc(ptr, size);
}

static char *xml_strdup(const char *s)
{
    if (xml_inject && should_fail())
        return NULL;
    return strdup(s);
}

static const og_allocator counting = {cnt_malloc, cnt_realloc, cnt_free};

/* ---- temp folder ---------------------------------------------------------- */

static char dir[256];

static size_t remove_tree(const char *path, int count_only)
{
    DIR *d = opendir(path);
    struct dirent *e;
    size_t n = 0;
    char sub[768];
    while (d && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        n++;
        if (count_only)
            continue;
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        struct stat st;
        if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)) {
            remove_tree(sub, 0);
            rmdir(sub);
        } else
            unlink(sub);
    }
    if (d)
        closedir(d);
    return n;
}

/* Files left in `path` or its csv/ subfolder (the folder itself may stay). */
static size_t count_outputs(const char *path)
{
    char sub[512];
    snprintf(sub, sizeof sub, "%s/csv", path);
    struct stat st;
    int has_csv = stat(sub, &st) == 0 && S_ISDIR(st.st_mode);
    return remove_tree(path, 1) - (size_t)has_csv + (has_csv ? remove_tree(sub, 1) : 0);
}

/* ---- the inputs (own wording) --------------------------------------------- */

static const char lexicon_tsv[] =
    "itu\tInternational Telecommunication Union\tOrganisation\tITU\n"
    "w3c\tWorld Wide Web Consortium\tOrganisation\tW3C\n"
    "geneva\tGeneva\tPlace\t\n";

static const char document[] =
    "Digital cooperation notes\n\n"
    "The International Telecommunication Union (ITU), based in Geneva, launched the "
    "AI for Good Initiative in 2017. The World Wide Web Consortium (W3C) develops the "
    "WebAuthn standard and works on accessibility. ITU and W3C signed a memorandum of "
    "understanding. Dr. Ana Silva chairs the Open Data Alliance, a member of the "
    "Global Digital Forum.\n";

/* ---- stages ----------------------------------------------------------------- */

typedef int (*stage_fn)(void *ctx, og_error *err);

/* Lexicon + extraction + reduce; *out receives the reduced graph when asked. */
typedef struct extract_ctx {
    og_graph **keep; /* NULL in the loop */
} extract_ctx;

static int stage_extract(void *vctx, og_error *err)
{
    extract_ctx *ctx = vctx;
    og_lexicon *lex = NULL;
    og_graph *frag = NULL, *g = NULL;
    int rc = og_lexicon_new_empty(&lex, err);
    if (rc == 0)
        rc = og_lexicon_add_tsv(lex, "oom.tsv", lexicon_tsv, sizeof lexicon_tsv - 1, err);
    if (rc == 0) {
        og_extract_options o = OG_EXTRACT_OPTIONS_INIT;
        o.lexicon = lex;
        rc = og_extract_document(&frag, "oom.txt", document, sizeof document - 1, OG_FORMAT_TEXT, &o, err);
    }
    if (rc == 0) {
        const og_graph *parts[1] = {frag};
        rc = og_reduce(&g, parts, 1, NULL, err);
    }
    if (rc == 0 && ctx->keep) {
        *ctx->keep = g;
        g = NULL;
    }
    og_graph_free(g);
    og_graph_free(frag);
    og_lexicon_free(lex);
    return rc;
}

typedef struct export_ctx {
    const og_graph *g;
    const og_exporter *ex; /* NULL = csv folder */
    char path[512];
} export_ctx;

static int stage_export(void *vctx, og_error *err)
{
    export_ctx *ctx = vctx;
    og_export_options o = OG_EXPORT_OPTIONS_INIT;
    if (!ctx->ex)
        return og_export_csv_dir(ctx->g, &o, ctx->path, err);
    og_sink *s = og_sink_file_atomic(ctx->path, err);
    if (!s)
        return err->code ? (int)err->code : OG_ERROR;
    /* As the CLI does: close (rename into place) only after a clean export. */
    int rc = ctx->ex->write(ctx->g, &o, s, err);
    if (rc == 0)
        rc = og_sink_close(s, err);
    og_sink_free(s);
    return rc;
}

typedef struct read_ctx {
    const char *data;
    size_t len;
} read_ctx;

static int stage_read(void *vctx, og_error *err)
{
    read_ctx *ctx = vctx;
    og_graph *g = NULL;
    int rc = og_read_graphml_memory(&g, "oom.graphml", ctx->data, ctx->len, err);
    og_graph_free(g);
    return rc;
}

static size_t total_wrong;
static size_t total_injected;

/* Runs `fn` once unarmed to count, then fails each allocation in turn.
 * `outputs_expected`: 1 when a failed run must leave `dir` empty. */
static size_t inject_all(const char *name, stage_fn fn, void *ctx, int outputs_expected)
{
    og_error err = {0};
    const char *skip = getenv("OG_OOM_SKIP");
    if (skip && strstr(skip, name)) {
        printf("oom %-10s skipped (OG_OOM_SKIP)\n", name);
        return 0;
    }
    time_t t0 = time(NULL);
    n_calls = 0;
    fail_at = 0;
    remove_tree(dir, 0);
    cur_stage = name;
    long base = live; /* blocks the caller holds (the graph being exported) */
    og_test_ok(fn(ctx, &err), &err);
    size_t total = n_calls;
    assert_int_equal(live, base);
    size_t injected = 0, graceful = 0, bad = 0;
    for (size_t k = 1; k <= total; k++) {
        remove_tree(dir, 0);
        og_error e = {0};
        n_calls = 0;
        n_failed = 0;
        fail_at = k;
        live = base;
        int rc = fn(ctx, &e);
        fail_at = 0;
        injected += n_failed;
        char why[512] = "";
        size_t left = 0;
        if (rc != 0 && rc != OG_ENOMEM)
            snprintf(why, sizeof why, "returned %d (%s: %s), expected OG_ENOMEM", rc, og_status_string(rc),
                     e.message);
        else if (rc == OG_ENOMEM && e.code != OG_ENOMEM)
            snprintf(why, sizeof why, "returned OG_ENOMEM but err.code is %d", (int)e.code);
        else if (rc != 0 && outputs_expected && (left = count_outputs(dir)) != 0)
            snprintf(why, sizeof why, "failed but %zu file(s) remain in %s", left, dir);
        else if (live != base)
            snprintf(why, sizeof why, "%ld block(s) leaked (rc %d)", live - base, rc);
        if (rc == 0)
            graceful++;
        if (why[0]) {
            if (bad++ < 8)
                printf("OOM BUG %s: allocation %zu/%zu %s\n", name, k, total, why);
        }
    }
    live = base;
    printf("oom %-10s allocations=%zu injected=%zu graceful=%zu wrong=%zu (%lds)\n", name, total, injected,
           graceful, bad, (long)(time(NULL) - t0));
    fflush(stdout);
    total_wrong += bad;
    return injected;
}

static void test_extract_oom(void **state)
{
    (void)state;
    extract_ctx ctx = {NULL};
    total_injected += inject_all("extract", stage_extract, &ctx, 0);
}

static og_graph *build_graph(void)
{
    og_graph *g = NULL;
    extract_ctx ctx = {&g};
    og_error err = {0};
    og_test_ok(stage_extract(&ctx, &err), &err);
    assert_non_null(g);
    return g;
}

static void test_export_oom(void **state)
{
    (void)state;
    og_graph *g = build_graph();
    size_t n = 0;
    const og_exporter *table = og_exporters(&n);
    int render = !(getenv("OG_OOM_RENDER") && strcmp(getenv("OG_OOM_RENDER"), "0") == 0);
    size_t tested = 0;
    for (size_t i = 0; i < n; i++) {
        export_ctx ctx = {g, &table[i], {0}};
        if (table[i].directory || !table[i].write) {
            ctx.ex = NULL;
            snprintf(ctx.path, sizeof ctx.path, "%s/csv", dir);
        } else {
            if (table[i].binary || strcmp(table[i].name, "svg") == 0) {
                if (!render) {
                    printf("oom %-10s skipped (OG_OOM_RENDER=0)\n", table[i].name);
                    continue;
                }
            }
            snprintf(ctx.path, sizeof ctx.path, "%s/out.%s", dir, table[i].name);
        }
        total_injected += inject_all(table[i].name, stage_export, &ctx, 1);
        tested++;
    }
    assert_true(tested >= 1);
    og_graph_free(g);
    assert_int_equal(live, 0);
}

static void test_read_oom(void **state)
{
    (void)state;
    og_graph *g = build_graph();
    og_sink *s = og_sink_memory();
    og_error err = {0};
    assert_non_null(s);
    og_test_ok(og_export_graphml(g, NULL, s, &err), &err);
    size_t len = 0;
    const char *data = og_sink_memory_data(s, &len);
    char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, data, len + 1);
    og_sink_free(s);
    og_graph_free(g);
    read_ctx ctx = {copy, len};
    total_injected += inject_all("read", stage_read, &ctx, 0);
    free(copy);
}

static void test_summary(void **state)
{
    (void)state;
    printf("oom total injected failures: %zu, wrong outcomes: %zu\n", total_injected, total_wrong);
    assert_true(total_injected > 0);
    assert_int_equal(total_wrong, 0);
}

int main(void)
{
    const char *trap = getenv("OG_OOM_TRAP");
    if (trap && sscanf(trap, "%31[^:]:%zu", trap_stage, &trap_k) != 2)
        trap_k = 0;
    xml_inject = getenv("OG_OOM_XML") && strcmp(getenv("OG_OOM_XML"), "1") == 0;
    /* Before any other libxml2 call, so every block it frees came from the hook. */
    xmlMemSetup(free, xml_malloc, xml_realloc, xml_strdup);
    xmlInitParser();
    json_set_alloc_funcs(cnt_malloc, cnt_free);
    og_set_allocator(&counting);
    snprintf(dir, sizeof dir, "/tmp/og_oom_test.%ld", (long)getpid());
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
        perror(dir);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extract_oom),
        cmocka_unit_test(test_read_oom),
        cmocka_unit_test(test_export_oom),
        cmocka_unit_test(test_summary),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    remove_tree(dir, 0);
    rmdir(dir);
    og_set_allocator(NULL);
    json_set_alloc_funcs(malloc, free);
    xmlCleanupParser();
    return rc;
}
