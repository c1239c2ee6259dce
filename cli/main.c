/*
 * main.c - the orgraph command line: finds the subcommand in a table and
 * hands it its argv; the only place an exit code is returned to the shell.
 *
 * Options may stand before the command (`orgraph -q extract ...`): they are
 * moved after it, using the option table to step over option values. It does
 * no work of its own beyond `--help` and `--version`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "exit.h"
#include "opts.h"
#include "report.h"

typedef struct og_cmd {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} og_cmd;

static const og_cmd og_cmds[] = {
    {"extract", og_cmd_extract, "read documents and write their knowledge graph"},
    {"convert", og_cmd_convert, "convert a GraphML graph to other formats, with selection"},
    {"merge", og_cmd_merge, "merge graphs written by orgraph into one"},
    {"stats", og_cmd_stats, "count nodes by type and edges by predicate; list hubs"},
};
#define N_CMDS (sizeof og_cmds / sizeof og_cmds[0])

static const og_cmd *find_cmd(const char *name)
{
    for (size_t i = 0; i < N_CMDS; i++)
        if (strcmp(og_cmds[i].name, name) == 0)
            return &og_cmds[i];
    return NULL;
}

static int main_help(void)
{
    printf("Usage: orgraph COMMAND [options] ...\n\n"
           "Builds a typed, evidence-backed knowledge graph of the organisations that shape digital\n"
           "technology from documents, and exports it as GraphML, DOT/SVG/PNG/PDF, JSON-LD, N-Quads,\n"
           "GEXF or CSV.\n\nCommands:\n");
    for (size_t i = 0; i < N_CMDS; i++)
        printf("  %-10s %s\n", og_cmds[i].name, og_cmds[i].summary);
    printf("\nRun 'orgraph COMMAND --help' for a command's options; see orgraph(1).\n\n"
           "Example:\n  orgraph extract samples -o out/samples.graphml -o out/samples.svg\n");
    return OG_EXIT_OK;
}

/* Index of the command word in argv, skipping options and their values;
 * 0 when there is none. */
static int command_index(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *w = argv[i];
        if (strcmp(w, "--") == 0)
            return i + 1 < argc ? i + 1 : 0;
        if (w[0] != '-' || w[1] == '\0')
            return i;
        const og_cli_opt *o;
        if (w[1] == '-') {
            const char *eq = strchr(w + 2, '=');
            o = og_cli_opt_find(w + 2, eq ? (size_t)(eq - w - 2) : strlen(w + 2), 0);
            if (o && o->arg && !eq)
                i++;
        } else {
            /* -qj4, -o FILE: the first letter taking a value ends the cluster */
            for (const char *c = w + 1; *c; c++) {
                o = og_cli_opt_find(NULL, 0, *c);
                if (o && o->arg) {
                    if (c[1] == '\0')
                        i++;
                    break;
                }
            }
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    int ci = command_index(argc, argv);
    if (ci == 0) {
        for (int i = 1; i < argc; i++) {
            if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
                return main_help();
            if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0)
                return og_cli_version();
        }
        if (argc > 1)
            return og_cli_usage(NULL, "no command given (one of extract, convert, merge, stats)");
        main_help();
        return OG_EXIT_INPUT;
    }
    const char *name = argv[ci];
    const og_cmd *cmd = find_cmd(name);
    if (!cmd) {
        if (strcmp(name, "help") == 0) {
            if (ci + 1 < argc && find_cmd(argv[ci + 1])) {
                char *help_argv[] = {argv[ci + 1], "--help", NULL};
                return find_cmd(argv[ci + 1])->run(2, help_argv);
            }
            return main_help();
        }
        return og_cli_usage(NULL, "unknown command '%s' (one of extract, convert, merge, stats)", name);
    }
    /* The command's argv: its name, then every other word in order. */
    char **sub = malloc((size_t)argc * sizeof *sub);
    if (!sub)
        return og_cli_internal("out of memory");
    int n = 0;
    sub[n++] = argv[ci];
    for (int i = 1; i < argc; i++)
        if (i != ci)
            sub[n++] = argv[i];
    int rc = cmd->run(n, sub);
    free(sub);
    return rc;
}
