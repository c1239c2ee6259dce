/*
 * inputs.c - walks files and folders into a deterministic document list and
 * sniffs binary content.
 *
 * Order is command-line order, then depth-first with entries sorted bytewise
 * (strcmp), so the list is the same on every machine and file system. It does
 * not read documents (map.c does) and decides nothing about their text beyond
 * "binary or not".
 */
#include "inputs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exit.h"
#include "report.h"

typedef struct file_id {
    dev_t dev;
    ino_t ino;
    size_t order;
} file_id;

typedef struct walker {
    og_cli_inputs *out;
    file_id *ids;
    size_t cap;
} walker;

static int has_ext(const char *path, const char *ext)
{
    size_t n = strlen(path), e = strlen(ext);
    return n > e && strcasecmp(path + n - e, ext) == 0;
}

og_doc_format og_cli_format_for(const char *path)
{
    if (has_ext(path, ".html") || has_ext(path, ".htm") || has_ext(path, ".xhtml"))
        return OG_FORMAT_HTML;
    if (has_ext(path, ".txt") || has_ext(path, ".md") || has_ext(path, ".text"))
        return OG_FORMAT_TEXT;
    return OG_FORMAT_AUTO;
}

int og_cli_looks_binary(const char *data, size_t len, const char **why)
{
    static const struct {
        const char *magic;
        size_t len;
        const char *what;
    } sigs[] = {
        {"%PDF-", 5, "a PDF file (convert it to text first)"},
        {"PK\x03\x04", 4, "a ZIP archive"},
        {"\x89PNG", 4, "a PNG image"},
        {"\xff\xd8\xff", 3, "a JPEG image"},
        {"GIF8", 4, "a GIF image"},
        {"\x7f" "ELF", 4, "an executable"},
        {"\x1f\x8b", 2, "a gzip archive"},
    };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (len >= sigs[i].len && memcmp(data, sigs[i].magic, sigs[i].len) == 0) {
            *why = sigs[i].what;
            return 1;
        }
    size_t n = len < 8192 ? len : 8192, ctl = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == 0) {
            *why = "a binary file (NUL bytes)";
            return 1;
        }
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            ctl++;
    }
    if (n >= 32 && ctl * 10 > n) {
        *why = "a binary file (control characters)";
        return 1;
    }
    return 0;
}

static int add(walker *w, const char *path, const struct stat *st)
{
    og_cli_inputs *o = w->out;
    if (o->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 64;
        og_cli_input *v = realloc(o->v, cap * sizeof *v);
        file_id *ids = v ? realloc(w->ids, cap * sizeof *ids) : NULL;
        if (v)
            o->v = v;
        if (!ids)
            return og_cli_internal("out of memory");
        w->ids = ids;
        w->cap = cap;
    }
    char *copy = strdup(path);
    if (!copy)
        return og_cli_internal("out of memory");
    o->v[o->n].path = copy;
    o->v[o->n].size = (uint64_t)st->st_size;
    o->v[o->n].fmt = og_cli_format_for(path);
    o->v[o->n].from_stdin = 0;
    w->ids[o->n].dev = st->st_dev;
    w->ids[o->n].ino = st->st_ino;
    w->ids[o->n].order = o->n;
    o->n++;
    o->total_bytes += (uint64_t)st->st_size;
    return OG_EXIT_OK;
}

/* Inside folders, text files in a format orgraph writes (.graphml, .dot,
 * .jsonld, .csv...) are outputs, not documents: `orgraph extract . -o
 * out/g.graphml` run twice must not read its own graph back. Binary outputs
 * (.png, .pdf) still get the binary-file warning. */
static int is_own_output(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot || dot == name)
        return 0;
    if (strcasecmp(dot, ".csv") == 0)
        return 1;
    const og_exporter *e = og_exporter_find(dot);
    return e && !e->binary && !e->directory;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void warn_path(const char *path, const char *msg)
{
    og_error w = {0};
    w.code = OG_EINPUT;
    snprintf(w.message, sizeof w.message, "%s", msg);
    og_cli_warning(&w, path);
}

static int walk_dir(walker *w, const char *dir, int depth)
{
    if (depth > 256) {
        warn_path(dir, "folders nested too deeply, skipped");
        return OG_EXIT_OK;
    }
    DIR *d = opendir(dir);
    if (!d) {
        char msg[200];
        snprintf(msg, sizeof msg, "cannot read folder: %s, skipped", strerror(errno));
        warn_path(dir, msg);
        return OG_EXIT_OK;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = OG_EXIT_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') /* hidden files, "." and ".." */
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **v = realloc(names, cap * sizeof *v);
            if (!v) {
                rc = og_cli_internal("out of memory");
                break;
            }
            names = v;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = og_cli_internal("out of memory");
            break;
        }
        n++;
    }
    closedir(d);
    if (rc == OG_EXIT_OK && n > 1)
        qsort(names, n, sizeof *names, cmp_names);
    size_t dlen = strlen(dir);
    int slash = dlen > 0 && dir[dlen - 1] == '/';
    for (size_t i = 0; i < n && rc == OG_EXIT_OK; i++) {
        size_t len = dlen + 1 + strlen(names[i]) + 1;
        char *path = malloc(len);
        if (!path) {
            rc = og_cli_internal("out of memory");
            break;
        }
        snprintf(path, len, "%s%s%s", dir, slash ? "" : "/", names[i]);
        struct stat st;
        if (lstat(path, &st) != 0) {
            char msg[200];
            snprintf(msg, sizeof msg, "cannot read: %s, skipped", strerror(errno));
            warn_path(path, msg);
        } else if (S_ISDIR(st.st_mode)) {
            rc = walk_dir(w, path, depth + 1);
        } else if (S_ISLNK(st.st_mode)) {
            struct stat target;
            if (stat(path, &target) != 0)
                warn_path(path, "broken symbolic link, skipped");
            else if (S_ISREG(target.st_mode) && !is_own_output(names[i]))
                rc = add(w, path, &target);
            /* links to folders are not followed: they could loop */
        } else if (S_ISREG(st.st_mode)) {
            if (!is_own_output(names[i]))
                rc = add(w, path, &st);
        } else {
            warn_path(path, "not a regular file, skipped");
        }
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

static int cmp_ids(const void *a, const void *b)
{
    const file_id *x = a, *y = b;
    if (x->dev != y->dev)
        return x->dev < y->dev ? -1 : 1;
    if (x->ino != y->ino)
        return x->ino < y->ino ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Drops second and later listings of the same file (same device and inode). */
static void dedupe(walker *w)
{
    og_cli_inputs *o = w->out;
    if (o->n < 2)
        return;
    qsort(w->ids, o->n, sizeof *w->ids, cmp_ids);
    char *drop = calloc(o->n, 1);
    if (!drop)
        return; /* keeping duplicates is harmless: the reduce merges them */
    for (size_t i = 1; i < o->n; i++)
        if (w->ids[i].dev == w->ids[i - 1].dev && w->ids[i].ino == w->ids[i - 1].ino)
            drop[w->ids[i].order] = 1;
    size_t k = 0;
    o->total_bytes = 0;
    for (size_t i = 0; i < o->n; i++) {
        if (drop[i]) {
            free(o->v[i].path);
            continue;
        }
        o->total_bytes += o->v[i].size;
        o->v[k++] = o->v[i];
    }
    o->n = k;
    free(drop);
}

int og_cli_inputs_collect(og_cli_inputs *out, const char *const *paths, size_t n_paths)
{
    walker w = {out, NULL, 0};
    int rc = OG_EXIT_OK;
    memset(out, 0, sizeof *out);
    /* First pass: every named path must exist and be readable, or nothing happens. */
    for (size_t i = 0; i < n_paths; i++) {
        struct stat st;
        const char *p = paths[i];
        if (p[0] == '\0') {
            rc = og_cli_fail("empty input path");
            continue;
        }
        if (stat(p, &st) != 0) {
            rc = og_cli_fail("%s: cannot read: %s", p, strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            DIR *d = opendir(p);
            if (!d)
                rc = og_cli_fail("%s: cannot read folder: %s", p, strerror(errno));
            else
                closedir(d);
        } else if (S_ISREG(st.st_mode)) {
            int fd = open(p, O_RDONLY);
            if (fd < 0)
                rc = og_cli_fail("%s: cannot read: %s", p, strerror(errno));
            else
                close(fd);
        } else {
            rc = og_cli_fail("%s: not a regular file or folder", p);
        }
    }
    if (rc != OG_EXIT_OK)
        return rc;
    for (size_t i = 0; i < n_paths && rc == OG_EXIT_OK; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0)
            rc = og_cli_fail("%s: cannot read: %s", paths[i], strerror(errno));
        else if (S_ISDIR(st.st_mode))
            rc = walk_dir(&w, paths[i], 0);
        else
            rc = add(&w, paths[i], &st);
    }
    if (rc == OG_EXIT_OK)
        dedupe(&w);
    free(w.ids);
    if (rc != OG_EXIT_OK)
        og_cli_inputs_free(out);
    return rc;
}

void og_cli_inputs_free(og_cli_inputs *in)
{
    for (size_t i = 0; i < in->n; i++)
        free(in->v[i].path);
    free(in->v);
    memset(in, 0, sizeof *in);
}
