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

#endif
