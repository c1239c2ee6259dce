/*
 * report.c - error, warning and usage lines on stderr, and the mapping of
 * library statuses to exit codes.
 *
 * It does not decide what is an error: callers do. Every printed line clears
 * the progress line first (progress.c) so the two never mix on a terminal.
 */
#include "report.h"

#include <stdio.h>
#include <string.h>

#include "exit.h"
#include "progress.h"

int og_cli_exit_code(int status)
{
    if (status == 0)
        return OG_EXIT_OK;
    if (status == OG_ENOMEM || status == OG_ERROR)
        return OG_EXIT_INTERNAL;
    return OG_EXIT_INPUT;
}

void og_cli_format_line(char *buf, size_t cap, int warning, const og_error *e, const char *fallback_file)
{
    const char *file = (e && e->file[0]) ? e->file : fallback_file;
    const char *msg = (e && e->message[0]) ? e->message : og_status_string(e ? (int)e->code : OG_ERROR);
    const char *kind = warning ? "warning: " : "";
    if (!file || !file[0])
        snprintf(buf, cap, "orgraph: %s%s", kind, msg);
    else if (!e || e->line == 0)
        snprintf(buf, cap, "orgraph: %s%s: %s", kind, file, msg);
    else if (e->column == 0)
        snprintf(buf, cap, "orgraph: %s%s:%u: %s", kind, file, e->line, msg);
    else
        snprintf(buf, cap, "orgraph: %s%s:%u:%u: %s", kind, file, e->line, e->column, msg);
}

static void print_line(int warning, const og_error *e, const char *fallback_file)
{
    char line[1024];
    og_cli_format_line(line, sizeof line, warning, e, fallback_file);
    og_cli_progress_clear();
    fprintf(stderr, "%s\n", line);
}

int og_cli_error(const og_error *err, const char *fallback_file)
{
    print_line(0, err, fallback_file);
    return og_cli_exit_code(err && err->code ? (int)err->code : OG_ERROR);
}

void og_cli_warning(const og_error *w, const char *fallback_file)
{
    print_line(1, w, fallback_file);
}

static void vprint(const char *fmt, va_list ap)
{
    og_cli_progress_clear();
    fputs("orgraph: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

int og_cli_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprint(fmt, ap);
    va_end(ap);
    return OG_EXIT_INPUT;
}

int og_cli_internal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprint(fmt, ap);
    va_end(ap);
    return OG_EXIT_INTERNAL;
}

int og_cli_usage(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprint(fmt, ap);
    va_end(ap);
    fprintf(stderr, "Try 'orgraph %s%s--help' for more information.\n", cmd ? cmd : "", cmd ? " " : "");
    return OG_EXIT_INPUT;
}
