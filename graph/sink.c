/*
 * sink.c - og_sink: where exporters write (atomic file, memory, stdout,
 * callback), with one sticky error checked at the end.
 *
 * Does: the atomic file protocol (temp file `.<name>.tmp.<pid>.<n>` in the
 * destination folder, created O_EXCL; close = flush + fsync + rename; free
 * without a successful close = unlink the temp file), a growing memory
 * buffer, forwarding to a callback, and the fail_after test seam.
 * Does not: buffer callback output, lock files, or fsync the folder entry
 * (rename is atomic; durability of the rename itself is left to the OS).
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "orgraph.h"

typedef enum sink_kind { SINK_FILE, SINK_MEMORY, SINK_STDOUT, SINK_CALLBACK } sink_kind;

struct og_sink {
    sink_kind kind;
    int status;        /* sticky: 0 or the first failure */
    char why[160];     /* message for the sticky failure */
    int closed;        /* og_sink_close() succeeded */
    size_t written;    /* bytes accepted so far */
    size_t limit;      /* fail_after limit, when has_limit */
    int has_limit;
    og_write_fn fn;    /* SINK_CALLBACK */
    void *ctx;
    FILE *fp;          /* SINK_FILE: the temp file; SINK_STDOUT: stdout */
    char *path;        /* SINK_FILE: destination (owned) */
    char *tmp;         /* SINK_FILE: temp path (owned); NULL once renamed or removed */
    og__buf mem;       /* SINK_MEMORY */
};

static atomic_uint og_sink_serial;

static og_sink *sink_alloc(sink_kind kind)
{
    og_sink *s = og_malloc(sizeof *s);
    if (!s)
        return NULL;
    memset(s, 0, sizeof *s);
    s->kind = kind;
    og__buf_init(&s->mem);
    return s;
}

static int sink_fail(og_sink *s, int status, const char *what, int errnum)
{
    if (s->status == 0) {
        s->status = status;
        if (errnum)
            snprintf(s->why, sizeof s->why, "%s: %s", what, strerror(errnum));
        else
            snprintf(s->why, sizeof s->why, "%s", what);
    }
    return s->status;
}

og_sink *og_sink_file_atomic(const char *path, og_error *err)
{
    if (!path || !*path) {
        og_error_set(err, OG_EINVAL, path, 0, 0, "og_sink_file_atomic: empty path");
        return NULL;
    }
    og_sink *s = sink_alloc(SINK_FILE);
    og__buf tmp = OG__BUF_INIT;
    if (!s)
        goto oom;
    s->path = og_strdup(path);
    if (!s->path)
        goto oom;
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (!*base) {
        og_sink_free(s);
        og_error_set(err, OG_EINVAL, path, 0, 0, "output path names a folder, not a file");
        return NULL;
    }
    for (int attempt = 0; attempt < 100; attempt++) {
        og__buf_clear(&tmp);
        og__buf_put(&tmp, path, (size_t)(base - path));
        og__buf_printf(&tmp, ".%s.tmp.%ld.%u", base, (long)getpid(),
                       atomic_fetch_add(&og_sink_serial, 1u));
        if (og__buf_failed(&tmp))
            goto oom;
        s->tmp = og__buf_detach(&tmp); /* before open: a created file always has its name kept */
        if (!s->tmp)
            goto oom;
        int fd = open(s->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno == EEXIST) {
            og_free(s->tmp);
            s->tmp = NULL;
            continue;
        }
        if (fd < 0) {
            int e = errno;
            og_free(s->tmp);
            s->tmp = NULL;
            og_sink_free(s);
            og_error_set(err, OG_EIO, path, 0, 0, "cannot create a temporary file beside it: %s", strerror(e));
            return NULL;
        }
        s->fp = fdopen(fd, "wb");
        if (s->fp)
            setvbuf(s->fp, NULL, _IOFBF, 1u << 16);
        if (!s->fp) {
            int e = errno;
            close(fd);
            og_sink_free(s); /* unlinks s->tmp */
            og_error_set(err, OG_EIO, path, 0, 0, "cannot open the temporary file: %s", strerror(e));
            return NULL;
        }
        return s;
    }
    og__buf_free(&tmp);
    og_sink_free(s);
    og_error_set(err, OG_EIO, path, 0, 0, "cannot find a free temporary file name beside it");
    return NULL;
oom:
    og__buf_free(&tmp);
    og_sink_free(s);
    og_error_set(err, OG_ENOMEM, path, 0, 0, "out of memory");
    return NULL;
}

og_sink *og_sink_memory(void)
{
    return sink_alloc(SINK_MEMORY);
}

og_sink *og_sink_stdout(void)
{
    og_sink *s = sink_alloc(SINK_STDOUT);
    if (s)
        s->fp = stdout;
    return s;
}

og_sink *og_sink_callback(og_write_fn fn, void *ctx)
{
    og_sink *s = sink_alloc(SINK_CALLBACK);
    if (s) {
        s->fn = fn;
        s->ctx = ctx;
    }
    return s;
}

void og_sink_fail_after(og_sink *s, size_t limit)
{
    if (!s)
        return;
    s->has_limit = 1;
    s->limit = limit;
}

static int sink_raw_write(og_sink *s, const char *buf, size_t len)
{
    if (!len)
        return 0;
    switch (s->kind) {
    case SINK_FILE:
    case SINK_STDOUT:
        if (fwrite(buf, 1, len, s->fp) != len)
            return sink_fail(s, OG_EIO, "write failed", errno);
        return 0;
    case SINK_MEMORY:
        if (og__buf_put(&s->mem, buf, len) != 0)
            return sink_fail(s, OG_ENOMEM, "out of memory", 0);
        return 0;
    case SINK_CALLBACK:
        if (!s->fn || s->fn(s->ctx, buf, len) < 0)
            return sink_fail(s, OG_EIO, "write callback failed", 0);
        return 0;
    }
    return sink_fail(s, OG_ERROR, "bad sink", 0);
}

int og_sink_write(og_sink *s, const void *buf, size_t len)
{
    if (!s)
        return OG_EINVAL;
    if (s->status)
        return s->status;
    if (s->closed)
        return sink_fail(s, OG_EINVAL, "write after og_sink_close", 0);
    if (s->has_limit && len > s->limit - (s->written < s->limit ? s->written : s->limit)) {
        size_t room = s->written < s->limit ? s->limit - s->written : 0;
        if (room)
            sink_raw_write(s, buf, room);
        s->written += room;
        return sink_fail(s, OG_EIO, "write failed (injected by og_sink_fail_after)", 0);
    }
    int rc = sink_raw_write(s, buf, len);
    if (rc == 0)
        s->written += len;
    return rc;
}

int og_sink_puts(og_sink *s, const char *str)
{
    return og_sink_write(s, str, strlen(str));
}

int og_sink_printf(og_sink *s, const char *fmt, ...)
{
    if (!s)
        return OG_EINVAL;
    if (s->status)
        return s->status;
    char small[512]; /* most printf calls of exporters fit: no allocation */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return sink_fail(s, OG_ERROR, "bad format", 0);
    if ((size_t)n < sizeof small)
        return og_sink_write(s, small, (size_t)n);
    og__buf tmp = OG__BUF_INIT;
    va_start(ap, fmt);
    og__buf_vprintf(&tmp, fmt, ap);
    va_end(ap);
    int rc = og__buf_failed(&tmp) ? sink_fail(s, OG_ENOMEM, "out of memory", 0)
                                  : og_sink_write(s, tmp.ptr, tmp.len);
    og__buf_free(&tmp);
    return rc;
}

int og_sink_status(const og_sink *s)
{
    return s ? s->status : OG_EINVAL;
}

static int close_file(og_sink *s)
{
    FILE *fp = s->fp;
    s->fp = NULL;
    if (s->status) {
        fclose(fp);
        return s->status;
    }
    if (fflush(fp) != 0) {
        sink_fail(s, OG_EIO, "write failed", errno);
        fclose(fp);
        return s->status;
    }
    if (fsync(fileno(fp)) != 0 && errno != EINVAL && errno != EROFS) {
        sink_fail(s, OG_EIO, "fsync failed", errno);
        fclose(fp);
        return s->status;
    }
    if (fclose(fp) != 0)
        return sink_fail(s, OG_EIO, "close failed", errno);
    if (rename(s->tmp, s->path) != 0)
        return sink_fail(s, OG_EIO, "cannot rename the temporary file into place", errno);
    og_free(s->tmp);
    s->tmp = NULL;
    return 0;
}

int og_sink_close(og_sink *s, og_error *err)
{
    if (!s)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_sink_close: NULL sink");
    if (s->closed)
        return 0;
    int rc = s->status;
    if (s->kind == SINK_FILE && s->fp)
        rc = close_file(s);
    else if (s->kind == SINK_STDOUT && !rc && fflush(stdout) != 0)
        rc = sink_fail(s, OG_EIO, "write to standard output failed", errno);
    if (rc) {
        og_error_set(err, (og_status)rc, s->kind == SINK_FILE ? s->path : NULL, 0, 0, "%s", s->why);
        return rc;
    }
    s->closed = 1;
    return 0;
}

const char *og_sink_memory_data(const og_sink *s, size_t *len)
{
    if (!s || s->kind != SINK_MEMORY) {
        if (len)
            *len = 0;
        return "";
    }
    if (len)
        *len = s->mem.len;
    return s->mem.ptr;
}

void og_sink_free(og_sink *s)
{
    if (!s)
        return;
    if (s->kind == SINK_FILE) {
        if (s->fp)
            fclose(s->fp);
        if (s->tmp)
            unlink(s->tmp);
        og_free(s->tmp);
        og_free(s->path);
    }
    og__buf_free(&s->mem);
    og_free(s);
}
