/* og_test.h - shared helpers for the cmocka unit tests. */
#ifndef OG_TEST_H
#define OG_TEST_H
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
#include "orgraph.h"

/* Asserts that `expr` returns 0; on failure prints err.message (libgit2's cl_git_pass). */
#define og_test_ok(expr, errp)                                                                  \
    do {                                                                                        \
        int og_test_rc_ = (expr);                                                               \
        if (og_test_rc_ != 0)                                                                   \
            fail_msg("%s returned %d: %s:%u:%u: %s", #expr, og_test_rc_, (errp)->file,          \
                     (errp)->line, (errp)->column, (errp)->message);                            \
    } while (0)

/*
 * Countdown allocator for out-of-memory loops: og_test_chaos_left = k lets k
 * allocations through, then every allocation fails; -1 never fails. Install
 * with og_set_allocator(&og_test_chaos) (restore with og_set_allocator(NULL)).
 * One copy per test file (static): a test executable runs one loop at a time.
 */
#include <stdlib.h>
static long og_test_chaos_left = -1;
static inline void *og_test_chaos_malloc(size_t n)
{
    if (og_test_chaos_left == 0)
        return NULL;
    if (og_test_chaos_left > 0)
        og_test_chaos_left--;
    return malloc(n);
}
static inline void *og_test_chaos_realloc(void *p, size_t n)
{
    if (og_test_chaos_left == 0)
        return NULL;
    if (og_test_chaos_left > 0)
        og_test_chaos_left--;
    return realloc(p, n);
}
#define og_test_chaos ((og_allocator){og_test_chaos_malloc, og_test_chaos_realloc, free})

#endif
