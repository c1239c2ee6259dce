/*
 * error.c - filling and clearing og_error, and the English names of og_status.
 *
 * Does: the first-error-wins rule, truncation of long file paths to their
 * tail ("...tail/of/path.txt"), printf-style messages into the fixed buffer.
 * Does not: allocate (so out-of-memory can be reported), print anything, or
 * keep any global "last error" state.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "orgraph.h"

static void copy_path_tail(char *dst, size_t cap, const char *path)
{
    size_t len = strlen(path);
    if (len < cap) {
        memcpy(dst, path, len + 1);
        return;
    }
    /* Keep the tail: the file name and its closest folders say the most. */
    size_t keep = cap - 4; /* "..." + NUL */
    memcpy(dst, "...", 3);
    memcpy(dst + 3, path + (len - keep), keep + 1);
}

int og_error_set(og_error *err, og_status code, const char *file, unsigned line, unsigned column,
                 const char *fmt, ...)
{
    if (!err || err->code != OG_OK)
        return (int)code;
    err->code = code;
    err->file[0] = '\0';
    if (file)
        copy_path_tail(err->file, sizeof err->file, file);
    err->line = line;
    err->column = column;
    err->message[0] = '\0';
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return (int)code;
}

void og_error_clear(og_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
}

const char *og_status_string(int status)
{
    switch (status) {
    case OG_OK: return "success";
    case OG_ERROR: return "internal error";
    case OG_ENOMEM: return "out of memory";
    case OG_EINVAL: return "invalid argument";
    case OG_EINPUT: return "bad input";
    case OG_EIO: return "input/output error";
    case OG_ITEROVER: return "iteration over";
    case OG_ENOTFOUND: return "not found";
    default: return "unknown status";
    }
}
