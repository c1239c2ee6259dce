/*
 * buf.h - og__buf, the one growable string builder of liborgraph (internal).
 *
 * Other layers include it as "../graph/buf.h" (extract/, exporters/) or
 * "buf.h" (graph/, and tests, whose include path has graph/). Symbols are
 * og__ (internal: hidden in the shared library, linked into the static one).
 *
 * Rules: `ptr` is never NULL and always NUL-terminated (an empty buffer
 * points at a static ""); growth is 1.5x through og_realloc; an allocation
 * failure makes the buffer sticky-failed: every later append is a no-op and
 * og__buf_failed() says so, so callers check once at the end (libgit2's
 * git_str_oom). Ownership: the buffer owns `ptr` until og__buf_detach();
 * og__buf_free() releases it and resets the buffer to empty.
 */
#ifndef OG_GRAPH_BUF_H
#define OG_GRAPH_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "orgraph.h"

typedef struct og__buf {
    char *ptr;  /* never NULL; NUL-terminated */
    size_t len; /* bytes used, without the NUL */
    size_t cap; /* bytes allocated (0 while ptr is the static "") */
    int failed; /* sticky: an allocation failed */
} og__buf;

extern char og__buf_empty[1];
#define OG__BUF_INIT {og__buf_empty, 0, 0, 0}

/** Resets `b` to the empty state (no allocation). */
void og__buf_init(og__buf *b);
/** Makes room for `extra` more bytes (plus the NUL). 0 or OG_ENOMEM (sticky). */
int og__buf_grow(og__buf *b, size_t extra);
/** Appends bytes / a string / one byte / formatted text. 0 or OG_ENOMEM (sticky). */
int og__buf_put(og__buf *b, const void *data, size_t len);
int og__buf_puts(og__buf *b, const char *s);
int og__buf_putc(og__buf *b, char c);
int og__buf_printf(og__buf *b, const char *fmt, ...) OG_PRINTF(2, 3);
int og__buf_vprintf(og__buf *b, const char *fmt, va_list ap);
/** Shortens to `len` bytes (no-op if already shorter). Keeps the failure flag. */
void og__buf_truncate(og__buf *b, size_t len);
/** Empties the contents and clears the failure flag; keeps the allocation. */
void og__buf_clear(og__buf *b);
/** 1 if an allocation failed since the last clear/init. */
int og__buf_failed(const og__buf *b);
/**
 * Takes the contents: returns an og_malloc'd NUL-terminated string the
 * caller og_free()s (an empty buffer yields a fresh ""), and resets `b`.
 * NULL if the buffer failed or on OOM (then `b` is still reset).
 */
char *og__buf_detach(og__buf *b);
/** Releases the allocation and resets `b` to empty. */
void og__buf_free(og__buf *b);

#endif
