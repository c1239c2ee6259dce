/* test_sink.c - og_sink: memory, callback, fail_after, and the atomic file
 * protocol (a failure halfway leaves the old file intact and no temp file;
 * free without close leaves nothing). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "og_test.h"

static char dir[256];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/og_sink_test.%ld", (long)getpid());
    mkdir(dir, 0700);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[512];
    while (d && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' && (e->d_name[1] == '\0' || (e->d_name[1] == '.' && e->d_name[2] == '\0')))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
    return 0;
}

static size_t count_entries(void)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    if (d)
        closedir(d);
    return n;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_memory_sink(void **state)
{
    (void)state;
    og_sink *s = og_sink_memory();
    assert_non_null(s);
    size_t len = 99;
    assert_string_equal(og_sink_memory_data(s, &len), "");
    assert_int_equal(len, 0);
    og_sink_puts(s, "hello ");
    og_sink_printf(s, "%d %s", 42, "world");
    for (int i = 0; i < 2000; i++)
        og_sink_write(s, "x", 1);
    assert_int_equal(og_sink_status(s), 0);
    const char *d = og_sink_memory_data(s, &len);
    assert_int_equal(len, 14 + 2000);
    assert_int_equal(strncmp(d, "hello 42 world", 14), 0);
    /* printf output longer than the stack buffer */
    char big[3000];
    memset(big, 'y', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    og_sink_printf(s, "<%s>", big);
    d = og_sink_memory_data(s, &len);
    assert_int_equal(len, 14 + 2000 + 3001);
    assert_int_equal(d[len - 1], '>');
    assert_int_equal(d[len - 2], 'y');
    og_error err = {0};
    og_test_ok(og_sink_close(s, &err), &err);
    og_sink_free(s);
    og_sink_free(NULL);
}

static void test_fail_after_is_sticky(void **state)
{
    (void)state;
    og_sink *s = og_sink_memory();
    og_sink_fail_after(s, 10);
    assert_int_equal(og_sink_puts(s, "12345678"), 0);
    assert_int_equal(og_sink_puts(s, "abcd"), OG_EIO);
    assert_int_equal(og_sink_puts(s, "z"), OG_EIO);
    assert_int_equal(og_sink_status(s), OG_EIO);
    size_t len;
    og_sink_memory_data(s, &len);
    assert_int_equal(len, 10); /* bytes up to the limit went through */
    og_error err = {0};
    assert_int_equal(og_sink_close(s, &err), OG_EIO);
    assert_int_equal(err.code, OG_EIO);
    assert_non_null(strstr(err.message, "injected"));
    og_sink_free(s);
}

typedef struct cb_state {
    char buf[64];
    size_t len;
    int fail;
} cb_state;

static int cb_write(void *ctx, const char *buf, size_t len)
{
    cb_state *c = ctx;
    if (c->fail)
        return -1;
    memcpy(c->buf + c->len, buf, len);
    c->len += len;
    return 0;
}

static void test_callback_sink(void **state)
{
    (void)state;
    cb_state c = {{0}, 0, 0};
    og_sink *s = og_sink_callback(cb_write, &c);
    og_sink_puts(s, "abc");
    assert_int_equal(c.len, 3);
    c.fail = 1;
    assert_int_equal(og_sink_puts(s, "def"), OG_EIO);
    c.fail = 0;
    assert_int_equal(og_sink_puts(s, "ghi"), OG_EIO); /* sticky */
    assert_int_equal(c.len, 3);
    og_sink_free(s);
}

static void test_atomic_success_replaces(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/out.graphml", dir);
    write_file(path, "old contents");
    og_error err = {0};
    og_sink *s = og_sink_file_atomic(path, &err);
    assert_non_null(s);
    og_sink_puts(s, "new ");
    /* until close, the old file is what readers see, beside one temp file */
    assert_string_equal(slurp(path), "old contents");
    assert_int_equal(count_entries(), 2);
    og_sink_puts(s, "contents");
    og_test_ok(og_sink_close(s, &err), &err);
    og_sink_free(s);
    assert_string_equal(slurp(path), "new contents");
    assert_int_equal(count_entries(), 1);
    unlink(path);
}

static void test_atomic_failure_keeps_old_file(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/keep.dot", dir);
    write_file(path, "digraph old {}");
    og_error err = {0};
    og_sink *s = og_sink_file_atomic(path, &err);
    assert_non_null(s);
    og_sink_fail_after(s, 100);
    for (int i = 0; i < 50; i++)
        og_sink_puts(s, "node [label=\"half-written\"];\n");
    assert_int_equal(og_sink_status(s), OG_EIO);
    assert_int_equal(og_sink_close(s, &err), OG_EIO);
    assert_non_null(strstr(err.file, "keep.dot"));
    og_sink_free(s);
    assert_string_equal(slurp(path), "digraph old {}");
    assert_int_equal(count_entries(), 1); /* no temp file left */
    unlink(path);
}

static void test_atomic_free_without_close(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/never.json", dir);
    og_error err = {0};
    og_sink *s = og_sink_file_atomic(path, &err);
    og_sink_puts(s, "{}");
    og_sink_free(s);
    assert_int_equal(count_entries(), 0);
    assert_null(slurp(path));
}

static void test_atomic_bad_folder(void **state)
{
    (void)state;
    og_error err = {0};
    char path[512];
    snprintf(path, sizeof path, "%s/missing/sub/out.txt", dir);
    assert_null(og_sink_file_atomic(path, &err));
    assert_int_equal(err.code, OG_EIO);
    assert_non_null(strstr(err.file, "out.txt"));
    og_error_clear(&err);
    snprintf(path, sizeof path, "%s/", dir);
    assert_null(og_sink_file_atomic(path, &err));
    assert_int_equal(err.code, OG_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_memory_sink),
        cmocka_unit_test(test_fail_after_is_sticky),
        cmocka_unit_test(test_callback_sink),
        cmocka_unit_test(test_atomic_success_replaces),
        cmocka_unit_test(test_atomic_failure_keeps_old_file),
        cmocka_unit_test(test_atomic_free_without_close),
        cmocka_unit_test(test_atomic_bad_folder),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
