/*
 * output.c - resolves -o destinations through the exporter registry and
 * writes them through atomic sinks, all-or-nothing.
 *
 * It knows no format: names, extensions and writers all come from
 * og_exporters(). It does not select or change the graph.
 */
#include "output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exit.h"
#include "report.h"

static const char *extension(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    return dot && dot != base ? dot : NULL;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void known_formats(char *buf, size_t cap)
{
    size_t n = 0;
    const og_exporter *t = og_exporters(&n);
    buf[0] = '\0';
    for (size_t i = 0; t && i < n; i++) {
        if (i)
            strncat(buf, ", ", cap - strlen(buf) - 1);
        strncat(buf, t[i].name, cap - strlen(buf) - 1);
    }
}

int og_cli_outputs_plan(og_cli_outputs *out, const og_cli_args *a)
{
    char known[256];
    memset(out, 0, sizeof *out);
    if (a->n_outputs == 0)
        return OG_EXIT_OK;
    out->v = calloc(a->n_outputs, sizeof *out->v);
    if (!out->v)
        return og_cli_internal("out of memory");
    const og_exporter *forced = NULL;
    if (a->format) {
        forced = og_exporter_find(a->format);
        if (!forced) {
            known_formats(known, sizeof known);
            return og_cli_usage(NULL, "unknown format '%s' (known: %s)", a->format, known);
        }
    }
    for (size_t i = 0; i < a->n_outputs; i++) {
        og_cli_output *o = &out->v[out->n++];
        const char *p = a->outputs[i];
        size_t len = strlen(p);
        o->path = p;
        if (len == 0)
            return og_cli_usage(NULL, "empty output path");
        o->to_stdout = strcmp(p, "-") == 0;
        if (forced) {
            o->exp = forced;
        } else if (o->to_stdout) {
            return og_cli_usage(NULL, "-: writing to standard output needs --format");
        } else if (p[len - 1] == '/' || is_dir(p)) {
            o->exp = og_exporter_find("csv");
        } else {
            const char *ext = extension(p);
            o->exp = ext ? og_exporter_find(ext) : NULL;
            if (!o->exp) {
                known_formats(known, sizeof known);
                return og_cli_usage(NULL, "%s: cannot tell the format from the name; use --format (known: %s)", p,
                                    known);
            }
        }
        if (!o->exp)
            return og_cli_internal("the exporter registry has no csv writer");
        o->directory = o->exp->directory;
        if (o->directory && o->to_stdout)
            return og_cli_usage(NULL, "-: %s writes a folder, not standard output", o->exp->name);
        if (!o->directory && !o->exp->write)
            return og_cli_internal("exporter '%s' has no writer", o->exp->name);
        if (o->to_stdout && o->exp->binary && isatty(STDOUT_FILENO))
            return og_cli_usage(NULL, "-: not writing binary %s to a terminal", o->exp->name);
        if (!o->to_stdout && !o->directory && p[len - 1] == '/')
            return og_cli_usage(NULL, "%s: %s writes a file, not a folder", p, o->exp->name);
    }
    return OG_EXIT_OK;
}

/* mkdir -p for `dir`. Returns 0 or errno. */
static int make_dirs(const char *dir)
{
    char *p = strdup(dir);
    int e = 0;
    if (!p)
        return ENOMEM;
    size_t len = strlen(p);
    while (len > 1 && p[len - 1] == '/')
        p[--len] = '\0';
    for (char *s = p + 1; !e; s++) {
        int end = (*s == '\0');
        if (*s == '/' || end) {
            char c = *s;
            *s = '\0';
            if (mkdir(p, 0777) != 0 && errno != EEXIST)
                e = errno;
            else if (!is_dir(p))
                e = ENOTDIR;
            *s = c;
        }
        if (end)
            break;
    }
    free(p);
    return e;
}

/* Creates the folder that will hold `path` (a file) if it is missing. */
static int make_parent(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path)
        return 0;
    char *dir = strndup(path, (size_t)(slash - path));
    if (!dir)
        return ENOMEM;
    int e = is_dir(dir) ? 0 : make_dirs(dir);
    free(dir);
    return e;
}

static int fail_output(const og_cli_output *o, og_error *err)
{
    if (!err->message[0])
        snprintf(err->message, sizeof err->message, "cannot write %s", o->exp->name);
    if (!err->code)
        err->code = OG_EIO;
    return og_cli_error(err, o->path);
}

int og_cli_outputs_write(og_cli_outputs *o, const og_graph *g, const og_export_options *opts)
{
    og_error err = {0};
    og_export_options each = *opts;
    const og_export_options *eo = &each;
    int e;
    /* 1. every file output into its temp file */
    for (size_t i = 0; i < o->n; i++) {
        og_cli_output *out = &o->v[i];
        if (out->to_stdout || out->directory)
            continue;
        if ((e = make_parent(out->path)) != 0)
            return og_cli_fail("%s: cannot create its folder: %s", out->path, strerror(e));
        each.warn_payload = (void *)out->path;
        out->sink = og_sink_file_atomic(out->path, &err);
        if (!out->sink)
            return fail_output(out, &err);
        if (out->exp->write(g, eo, out->sink, &err) != 0 || og_sink_status(out->sink) != 0)
            return fail_output(out, &err);
    }
    /* 2. CSV folders (the exporter writes both files or neither) */
    for (size_t i = 0; i < o->n; i++) {
        og_cli_output *out = &o->v[i];
        if (!out->directory)
            continue;
        if ((e = make_dirs(out->path)) != 0)
            return og_cli_fail("%s: cannot create the folder: %s", out->path, strerror(e));
        each.warn_payload = (void *)out->path;
        if (og_export_csv_dir(g, eo, out->path, &err) != 0)
            return fail_output(out, &err);
    }
    /* 3. standard output */
    for (size_t i = 0; i < o->n; i++) {
        og_cli_output *out = &o->v[i];
        if (!out->to_stdout)
            continue;
        each.warn_payload = (void *)out->path;
        og_sink *s = og_sink_stdout();
        if (!s)
            return og_cli_internal("out of memory");
        int rc = out->exp->write(g, eo, s, &err);
        if (rc == 0)
            rc = og_sink_close(s, &err);
        og_sink_free(s);
        if (rc != 0)
            return fail_output(out, &err);
    }
    /* 4. rename the temp files into place */
    for (size_t i = 0; i < o->n; i++) {
        og_cli_output *out = &o->v[i];
        if (!out->sink)
            continue;
        int rc = og_sink_close(out->sink, &err);
        og_sink_free(out->sink);
        out->sink = NULL;
        if (rc != 0)
            return fail_output(out, &err);
    }
    return OG_EXIT_OK;
}

void og_cli_outputs_free(og_cli_outputs *o)
{
    for (size_t i = 0; i < o->n; i++)
        og_sink_free(o->v[i].sink);
    free(o->v);
    memset(o, 0, sizeof *o);
}
