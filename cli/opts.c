/*
 * opts.c - the option table, getopt_long parsing into og_cli_args, and the
 * option part of `--help`.
 *
 * It checks option values (numbers, type and predicate names, profile and
 * layout names) but not files: commands open their inputs themselves. The
 * optstring starts with '-' so that operands come back in order wherever they
 * stand, whatever POSIXLY_CORRECT says.
 */
#include "opts.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "exit.h"
#include "report.h"

enum {
    OPT_LEXICON = 256, OPT_CURATION, OPT_MAX_EVIDENCE, OPT_KEEP_HEDGED, OPT_EGO, OPT_DEPTH, OPT_TYPES,
    OPT_PREDICATES, OPT_MIN_CONFIDENCE, OPT_TOP, OPT_DROP_ISOLATED, OPT_PROFILE, OPT_BASE, OPT_ENGINE,
    OPT_RANKDIR, OPT_CLUSTER, OPT_NO_LEGEND, OPT_FRAGMENTS, OPT_INTO, OPT_STDIN_NAME
};

static const og_cli_opt og_cli_opts[] = {
    {"output", 'o', "OUT", OG_CMD_EXPORTING, 'o',
     "write to OUT (repeatable); format from the extension, DIR/ = CSV pair, - = stdout"},
    {"format", 'f', "FMT", OG_CMD_EXPORTING, 'f', "output format for '-' and to override extensions"},
    {"lexicon", 0, "FILE", OG_CMD_EXTRACT, OPT_LEXICON, "add a TSV lexicon to the built-in one (repeatable)"},
    {"curation", 0, "FILE", OG_CMD_EXPORTING, OPT_CURATION, "apply curation rules (same, different, drop, type, alias)"},
    {"max-evidence", 0, "K", OG_CMD_EXPORTING, OPT_MAX_EVIDENCE, "keep at most K evidence records per edge (default 5)"},
    {"keep-hedged", 0, NULL, OG_CMD_EXTRACT, OPT_KEEP_HEDGED, "also keep hedged and negated statements"},
    {"jobs", 'j', "N", OG_CMD_EXTRACT, 'j', "read documents on N threads (default: one per CPU)"},
    {"fragments", 0, "DEST", OG_CMD_EXTRACT | OG_CMD_MERGE, OPT_FRAGMENTS,
     "also (or only) write NDJSON fragments (- = stdout): extract, a file per document in folder DEST; "
     "merge, the merged graph as one line in file DEST"},
    {"into", 0, "GRAPH", OG_CMD_EXTRACT, OPT_INTO, "add the documents to GRAPH (orgraph GraphML or fragments)"},
    {"stdin-name", 0, "NAME", OG_CMD_EXTRACT, OPT_STDIN_NAME, "name recorded for the document read from '-'"},
    {"ego", 0, "NAME", OG_CMD_EXPORTING, OPT_EGO, "keep only the neighbourhood of NAME (name, alias or id)"},
    {"depth", 0, "N", OG_CMD_EXPORTING, OPT_DEPTH, "hops around --ego (default 1)"},
    {"types", 0, "T,...", OG_CMD_EXPORTING, OPT_TYPES, "keep only these node types (Organisation,Standard,...)"},
    {"predicates", 0, "P,...", OG_CMD_EXPORTING, OPT_PREDICATES, "keep only these edge predicates (part_of,...)"},
    {"min-confidence", 0, "X", OG_CMD_EXPORTING, OPT_MIN_CONFIDENCE, "drop edges with confidence below X (0..1)"},
    {"top", 0, "N", OG_CMD_ALL, OPT_TOP, "keep the N most connected nodes (stats: list N, default 10)"},
    {"drop-isolated", 0, NULL, OG_CMD_EXPORTING, OPT_DROP_ISOLATED, "drop nodes left without edges"},
    {"profile", 0, "P", OG_CMD_EXPORTING, OPT_PROFILE, "GraphML profile: plain, gephi, yed or neo4j"},
    {"base", 0, "IRI", OG_CMD_EXPORTING, OPT_BASE, "base IRI for JSON-LD and N-Quads (default urn:orgraph:)"},
    {"engine", 0, "E", OG_CMD_EXPORTING, OPT_ENGINE, "Graphviz layout engine (dot, neato, fdp, sfdp, ...)"},
    {"rankdir", 0, "D", OG_CMD_EXPORTING, OPT_RANKDIR, "diagram direction: LR, TB, RL or BT"},
    {"cluster", 0, "C", OG_CMD_EXPORTING, OPT_CLUSTER, "cluster diagram nodes by 'type' or 'parent'"},
    {"no-legend", 0, NULL, OG_CMD_EXPORTING, OPT_NO_LEGEND, "leave the legend out of diagrams"},
    {"quiet", 'q', NULL, OG_CMD_ALL, 'q', "no progress and no summary on the terminal"},
    {"help", 'h', NULL, OG_CMD_ALL, 'h', "print this help and exit"},
    {"version", 'V', NULL, OG_CMD_ALL, 'V', "print the version and exit"},
};
#define N_OPTS (sizeof og_cli_opts / sizeof og_cli_opts[0])

/* The command being parsed, for "Try 'orgraph CMD --help'" hints. */
static const char *og_cli_cmd_name;

const og_cli_opt *og_cli_opt_find(const char *name, size_t len, int short_name)
{
    for (size_t i = 0; i < N_OPTS; i++) {
        const og_cli_opt *o = &og_cli_opts[i];
        if (name ? (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
                 : (o->short_name != 0 && o->short_name == short_name))
            return o;
    }
    return NULL;
}

static const og_cli_opt *find_id(int id)
{
    for (size_t i = 0; i < N_OPTS; i++)
        if (og_cli_opts[i].id == id)
            return &og_cli_opts[i];
    return NULL;
}

static int push(const char ***arr, size_t *n, const char *s)
{
    const char **v = realloc((void *)*arr, (*n + 1) * sizeof *v);
    if (!v)
        return og_cli_internal("out of memory");
    v[(*n)++] = s;
    *arr = v;
    return OG_EXIT_OK;
}

static int parse_uint(const char *opt, const char *s, unsigned long min, unsigned long max, unsigned long *out)
{
    char *end = NULL;
    errno = 0;
    while (*s == ' ')
        s++;
    if (*s == '-' || *s == '\0')
        return og_cli_usage(og_cli_cmd_name, "--%s: '%s' is not a number from %lu to %lu", opt, s, min, max);
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end != '\0' || v < min || v > max)
        return og_cli_usage(og_cli_cmd_name, "--%s: '%s' is not a number from %lu to %lu", opt, s, min, max);
    *out = v;
    return OG_EXIT_OK;
}

/* Splits a comma list and sets one bit per parsed name. */
static int parse_bits(const char *opt, const char *list, int predicates, unsigned *out)
{
    unsigned bits = 0;
    const char *p = list;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char name[64];
        while (len && *p == ' ') {
            p++;
            len--;
        }
        while (len && p[len - 1] == ' ')
            len--;
        if (len == 0 || len >= sizeof name)
            return og_cli_usage(og_cli_cmd_name, "--%s: empty or overlong name in '%s'", opt, list);
        memcpy(name, p, len);
        name[len] = '\0';
        int rc, value;
        if (predicates) {
            og_predicate pr;
            rc = og_predicate_parse(name, &pr);
            value = (int)pr;
        } else {
            og_node_type t;
            rc = og_node_type_parse(name, &t);
            value = (int)t;
        }
        if (rc != 0) {
            char known[512] = "";
            for (int i = 0; i < (predicates ? OG_PREDICATE_COUNT : OG_NODE_TYPE_COUNT); i++) {
                const char *k = predicates ? og_predicate_name((og_predicate)i) : og_node_type_name((og_node_type)i);
                if (!k)
                    continue;
                if (known[0])
                    strncat(known, ", ", sizeof known - strlen(known) - 1);
                strncat(known, k, sizeof known - strlen(known) - 1);
            }
            return og_cli_usage(og_cli_cmd_name, "--%s: unknown %s '%s' (known: %s)", opt, predicates ? "predicate" : "node type",
                                name, known);
        }
        bits |= 1u << value;
        p = end ? end + 1 : p + strlen(p);
    }
    if (!bits)
        return og_cli_usage(og_cli_cmd_name, "--%s: give at least one name", opt);
    *out = bits;
    return OG_EXIT_OK;
}

static int one_of(const char *opt, const char *value, const char *const *allowed)
{
    for (size_t i = 0; allowed[i]; i++)
        if (strcmp(value, allowed[i]) == 0)
            return OG_EXIT_OK;
    char list[256] = "";
    for (size_t i = 0; allowed[i]; i++) {
        if (i)
            strncat(list, ", ", sizeof list - strlen(list) - 1);
        strncat(list, allowed[i], sizeof list - strlen(list) - 1);
    }
    return og_cli_usage(og_cli_cmd_name, "--%s: '%s' is not one of %s", opt, value, list);
}

static int apply(og_cli_args *a, int id, const char *arg)
{
    static const char *const profiles[] = {"plain", "gephi", "yed", "neo4j", NULL};
    static const char *const rankdirs[] = {"LR", "TB", "RL", "BT", NULL};
    static const char *const clusters[] = {"type", "parent", "none", NULL};
    static const char *const engines[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork", NULL};
    unsigned long v;
    int rc = OG_EXIT_OK;
    switch (id) {
    case 'o': return push(&a->outputs, &a->n_outputs, arg);
    case 'f': a->format = arg; return OG_EXIT_OK;
    case OPT_LEXICON: return push(&a->lexicons, &a->n_lexicons, arg);
    case OPT_CURATION: a->curation = arg; a->reducing = 1; return OG_EXIT_OK;
    case OPT_MAX_EVIDENCE:
        if ((rc = parse_uint("max-evidence", arg, 1, 1000000, &v)) == 0) {
            a->max_evidence = (unsigned)v;
            a->reducing = 1;
        }
        return rc;
    case OPT_KEEP_HEDGED: a->keep_hedged = 1; return OG_EXIT_OK;
    case 'j':
        if ((rc = parse_uint("jobs", arg, 1, 1024, &v)) == 0) {
            a->jobs = (unsigned)v;
            a->jobs_given = 1;
        }
        return rc;
    case OPT_EGO: a->select.ego = arg; a->selecting = 1; return OG_EXIT_OK;
    case OPT_DEPTH:
        if ((rc = parse_uint("depth", arg, 0, 1000, &v)) == 0) {
            a->select.depth = (unsigned)v;
            a->selecting = 1;
        }
        return rc;
    case OPT_TYPES: a->selecting = 1; return parse_bits("types", arg, 0, &a->select.types);
    case OPT_PREDICATES: a->selecting = 1; return parse_bits("predicates", arg, 1, &a->select.predicates);
    case OPT_MIN_CONFIDENCE: {
        char *end = NULL;
        errno = 0;
        double d = strtod(arg, &end);
        if (errno || end == arg || *end != '\0' || !isfinite(d) || d < 0.0 || d > 1.0)
            return og_cli_usage(og_cli_cmd_name, "--min-confidence: '%s' is not a number from 0 to 1", arg);
        a->select.min_confidence = d;
        a->selecting = 1;
        return OG_EXIT_OK;
    }
    case OPT_TOP:
        if ((rc = parse_uint("top", arg, 1, (unsigned long)-1 >> 1, &v)) == 0) {
            a->select.top = (size_t)v;
            a->selecting = 1;
        }
        return rc;
    case OPT_DROP_ISOLATED: a->select.drop_isolated = 1; a->selecting = 1; return OG_EXIT_OK;
    case OPT_PROFILE:
        if ((rc = one_of("profile", arg, profiles)) != 0)
            return rc;
        a->export_opts.profile = strcmp(arg, "gephi") == 0   ? OG_PROFILE_GEPHI
                                 : strcmp(arg, "yed") == 0   ? OG_PROFILE_YED
                                 : strcmp(arg, "neo4j") == 0 ? OG_PROFILE_NEO4J
                                                             : OG_PROFILE_PLAIN;
        return OG_EXIT_OK;
    case OPT_BASE:
        if (!strchr(arg, ':'))
            return og_cli_usage(og_cli_cmd_name, "--base: '%s' is not an absolute IRI (it needs a scheme, e.g. https:)", arg);
        a->export_opts.base = arg;
        return OG_EXIT_OK;
    case OPT_ENGINE:
        if ((rc = one_of("engine", arg, engines)) == 0)
            a->export_opts.engine = arg;
        return rc;
    case OPT_RANKDIR:
        if ((rc = one_of("rankdir", arg, rankdirs)) == 0)
            a->export_opts.rankdir = arg;
        return rc;
    case OPT_CLUSTER:
        if ((rc = one_of("cluster", arg, clusters)) == 0)
            a->export_opts.cluster = strcmp(arg, "none") == 0 ? NULL : arg;
        return rc;
    case OPT_NO_LEGEND: a->export_opts.legend = 0; return OG_EXIT_OK;
    case OPT_FRAGMENTS: a->fragments = arg; return OG_EXIT_OK;
    case OPT_INTO: a->into = arg; return OG_EXIT_OK;
    case OPT_STDIN_NAME:
        if (!*arg)
            return og_cli_usage(og_cli_cmd_name, "--stdin-name: give a non-empty name");
        a->stdin_name = arg;
        return OG_EXIT_OK;
    case 'q': a->quiet = 1; return OG_EXIT_OK;
    case 'h': a->help = 1; return OG_EXIT_OK;
    case 'V': a->version = 1; return OG_EXIT_OK;
    default: return og_cli_internal("option %d has no handler", id);
    }
}

int og_cli_parse(og_cli_args *out, unsigned command, const char *name, int argc, char **argv)
{
    static const og_select_options sel0 = OG_SELECT_OPTIONS_INIT;
    static const og_export_options exp0 = OG_EXPORT_OPTIONS_INIT;
    struct option longopts[N_OPTS + 1];
    char shortopts[3 + 2 * N_OPTS + 1];
    size_t ns = 0;

    memset(out, 0, sizeof *out);
    og_cli_cmd_name = name;
    out->select = sel0;
    out->export_opts = exp0;

    shortopts[ns++] = '-'; /* operands come back as option 1, in order */
    shortopts[ns++] = ':'; /* a missing argument is ':' rather than '?' */
    for (size_t i = 0; i < N_OPTS; i++) {
        const og_cli_opt *o = &og_cli_opts[i];
        longopts[i].name = o->name;
        longopts[i].has_arg = o->arg ? required_argument : no_argument;
        longopts[i].flag = NULL;
        longopts[i].val = o->id;
        if (o->short_name) {
            shortopts[ns++] = (char)o->short_name;
            if (o->arg)
                shortopts[ns++] = ':';
        }
    }
    memset(&longopts[N_OPTS], 0, sizeof longopts[N_OPTS]);
    shortopts[ns] = '\0';

    opterr = 0;
    optind = 0; /* glibc: full re-initialisation */
    int rc = OG_EXIT_OK, c;
    while (rc == OG_EXIT_OK && (c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
        if (c == 1) {
            rc = push(&out->operands, &out->n_operands, optarg);
            continue;
        }
        const char *word = argv[optind - 1];
        if (c == '?') {
            if (strncmp(word, "--", 2) == 0) {
                const char *eq = strchr(word, '=');
                if (eq && og_cli_opt_find(word + 2, (size_t)(eq - word - 2), 0))
                    return og_cli_usage(name, "option '%.*s' takes no value", (int)(eq - word), word);
                return og_cli_usage(name, "unknown option '%s'", word);
            }
            return og_cli_usage(name, "unknown option '-%c'", optopt ? optopt : '?');
        }
        if (c == ':') {
            const og_cli_opt *o = optopt ? (optopt < 256 ? og_cli_opt_find(NULL, 0, optopt) : find_id(optopt)) : NULL;
            if (o)
                return og_cli_usage(name, "option '--%s' needs a value (%s)", o->name, o->arg);
            return og_cli_usage(name, "option '%s' needs a value", word);
        }
        const og_cli_opt *o = find_id(c);
        if (!o)
            return og_cli_internal("getopt returned an unknown option %d", c);
        if (!(o->commands & command))
            return og_cli_usage(name, "option '--%s' does not apply to '%s'", o->name, name);
        rc = apply(out, c, optarg);
    }
    /* after "--": the rest are operands */
    while (rc == OG_EXIT_OK && optind < argc)
        rc = push(&out->operands, &out->n_operands, argv[optind++]);
    return rc;
}

void og_cli_args_free(og_cli_args *a)
{
    free((void *)a->operands);
    free((void *)a->outputs);
    free((void *)a->lexicons);
    a->operands = a->outputs = a->lexicons = NULL;
    a->n_operands = a->n_outputs = a->n_lexicons = 0;
}

void og_cli_print_options(FILE *f, unsigned command)
{
    fputs("Options:\n", f);
    for (size_t i = 0; i < N_OPTS; i++) {
        const og_cli_opt *o = &og_cli_opts[i];
        char left[64];
        if (!(o->commands & command))
            continue;
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        if (strlen(left) > 24)
            fprintf(f, "  %s\n  %-24s  %s\n", left, "", o->help);
        else
            fprintf(f, "  %-24s  %s\n", left, o->help);
    }
}

void og_cli_print_formats(FILE *f)
{
    size_t n = 0;
    const og_exporter *t = og_exporters(&n);
    fputs("Output formats:\n", f);
    for (size_t i = 0; t && i < n; i++) {
        char left[64];
        const char *suffix = t[i].directory ? "DIR/" : (t[i].extensions ? t[i].extensions : "");
        snprintf(left, sizeof left, "%s%s%s", t[i].name, suffix[0] ? " " : "", suffix);
        fprintf(f, "  %-24s  %s\n", left, t[i].description ? t[i].description : "");
    }
}
