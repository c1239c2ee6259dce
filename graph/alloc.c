/*
 * alloc.c - the allocation seam: every allocation of liborgraph goes
 * through og_malloc/og_realloc/og_free so tests can inject failures.
 *
 * Does: forward to the configured allocator (malloc/realloc/free by
 * default); og_malloc(0) and og_realloc(p, 0) ask for one byte so a NULL
 * result always means out of memory. og_set_allocator() also routes
 * jansson (json_set_alloc_funcs) through og_malloc/og_free, so the JSON
 * values the exporters and the GraphML reader build fail the same way.
 * Counts allocation failures per thread (alloc.h) so callers of jansson
 * can tell "out of memory" from "bad input".
 * Does not: pool or align anything, or touch libxml2's allocator (its
 * global caches outlive any one call; tests hook it with xmlMemSetup).
 * Thread safety: og_set_allocator() writes process-wide state (ours and
 * jansson's): call it once, up front, before any thread allocates.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "alloc.h"
#include "orgraph.h"

static og_allocator og_current = {malloc, realloc, free};
static _Thread_local unsigned long og_failures;

static void *json_malloc_hook(size_t size)
{
    return og_malloc(size);
}

static void json_free_hook(void *ptr)
{
    og_free(ptr);
}

void og_set_allocator(const og_allocator *a)
{
    if (a && a->malloc_fn && a->realloc_fn && a->free_fn) {
        og_current = *a;
        json_set_alloc_funcs(json_malloc_hook, json_free_hook);
    } else {
        og_current.malloc_fn = malloc;
        og_current.realloc_fn = realloc;
        og_current.free_fn = free;
        json_set_alloc_funcs(malloc, free);
    }
}

unsigned long og__alloc_failures(void)
{
    return og_failures;
}

void *og_malloc(size_t size)
{
    void *p = og_current.malloc_fn(size ? size : 1);
    if (!p)
        og_failures++;
    return p;
}

void *og_realloc(void *ptr, size_t size)
{
    void *p = og_current.realloc_fn(ptr, size ? size : 1);
    if (!p)
        og_failures++;
    return p;
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
