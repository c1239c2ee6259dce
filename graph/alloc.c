/*
 * alloc.c - the allocation seam: every allocation of liborgraph goes
 * through og_malloc/og_realloc/og_free so tests can inject failures.
 *
 * Does: forward to the configured allocator (malloc/realloc/free by
 * default); og_malloc(0) and og_realloc(p, 0) ask for one byte so a NULL
 * result always means out of memory.
 * Does not: count, pool or align anything; it is not thread-safe to change
 * the allocator while other threads allocate (set it once, up front).
 */
#include <stdlib.h>
#include <string.h>

#include "orgraph.h"

static og_allocator og_current = {malloc, realloc, free};

void og_set_allocator(const og_allocator *a)
{
    if (a && a->malloc_fn && a->realloc_fn && a->free_fn)
        og_current = *a;
    else {
        og_current.malloc_fn = malloc;
        og_current.realloc_fn = realloc;
        og_current.free_fn = free;
    }
}

void *og_malloc(size_t size)
{
    return og_current.malloc_fn(size ? size : 1);
}

void *og_realloc(void *ptr, size_t size)
{
    return og_current.realloc_fn(ptr, size ? size : 1);
}

void og_free(void *ptr)
{
    if (ptr)
        og_current.free_fn(ptr);
}

char *og_strdup(const char *s)
{
    size_t len = strlen(s) + 1;
    char *copy = og_malloc(len);
    if (copy)
        memcpy(copy, s, len);
    return copy;
}
