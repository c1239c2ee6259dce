/*
 * buf.c - og__buf, the growable string builder with a sticky error.
 *
 * Does: 1.5x growth through og_realloc, NUL termination at all times,
 * sticky failure after OOM, printf-style appends via vsnprintf.
 * Does not: shrink, handle embedded-NUL-aware printing, or know encodings.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"

char og__buf_empty[1] = "";

void og__buf_init(og__buf *b)
{
    b->ptr = og__buf_empty;
    b->len = 0;
    b->cap = 0;
    b->failed = 0;
}

int og__buf_grow(og__buf *b, size_t extra)
{
    if (b->failed)
        return OG_ENOMEM;
    if (extra > (size_t)-1 - b->len - 1) {
        b->failed = 1;
        return OG_ENOMEM;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap < 16 ? 16 : b->cap;
    while (cap < need) {
        size_t next = cap + cap / 2;
        cap = next > cap ? next : need;
    }
    char *p = og_realloc(b->cap ? b->ptr : NULL, cap);
    if (!p) {
        b->failed = 1;
        return OG_ENOMEM;
    }
    if (!b->cap)
        p[0] = '\0';
    b->ptr = p;
    b->cap = cap;
    return 0;
}

int og__buf_put(og__buf *b, const void *data, size_t len)
{
    if (og__buf_grow(b, len) != 0)
        return OG_ENOMEM;
    if (len)
        memcpy(b->ptr + b->len, data, len);
    b->len += len;
    b->ptr[b->len] = '\0';
    return 0;
}

int og__buf_puts(og__buf *b, const char *s)
{
    return og__buf_put(b, s, strlen(s));
}

int og__buf_putc(og__buf *b, char c)
{
    return og__buf_put(b, &c, 1);
}

int og__buf_vprintf(og__buf *b, const char *fmt, va_list ap)
{
    if (b->failed)
        return OG_ENOMEM;
    va_list ap2;
    va_copy(ap2, ap);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        b->failed = 1;
        return OG_ENOMEM;
    }
    if ((size_t)n < sizeof small)
        return og__buf_put(b, small, (size_t)n);
    if (og__buf_grow(b, (size_t)n) != 0)
        return OG_ENOMEM;
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int og__buf_printf(og__buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = og__buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

void og__buf_truncate(og__buf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->ptr[len] = '\0';
    }
}

void og__buf_clear(og__buf *b)
{
    b->len = 0;
    if (b->cap)
        b->ptr[0] = '\0';
    b->failed = 0;
}

int og__buf_failed(const og__buf *b)
{
    return b->failed;
}

char *og__buf_detach(og__buf *b)
{
    char *out = NULL;
    if (!b->failed) {
        if (b->cap) {
            out = b->ptr;
        } else {
            out = og_malloc(1);
            if (out)
                out[0] = '\0';
        }
    } else if (b->cap) {
        og_free(b->ptr);
    }
    og__buf_init(b);
    return out;
}

void og__buf_free(og__buf *b)
{
    if (b->cap)
        og_free(b->ptr);
    og__buf_init(b);
}
