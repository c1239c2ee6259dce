/*
 * registry.c - the one table of export formats. The CLI (--format, output
 * extension detection, --help) and the fuzzers all read this table, so a
 * format exists once. It does not export anything itself: rendered formats
 * forward to og_export_rendered() with their name; CSV writes a folder and
 * has no sink writer (the CLI calls og_export_csv_dir()).
 */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "orgraph.h"

static int write_svg(const og_graph *g, const og_export_options *o, og_sink *s, og_error *e)
{
    return og_export_rendered(g, o, "svg", s, e);
}

static int write_png(const og_graph *g, const og_export_options *o, og_sink *s, og_error *e)
{
    return og_export_rendered(g, o, "png", s, e);
}

static int write_pdf(const og_graph *g, const og_export_options *o, og_sink *s, og_error *e)
{
    return og_export_rendered(g, o, "pdf", s, e);
}

static const og_exporter table[] = {
    {"graphml", ".graphml", "GraphML 1.0 (Gephi, yEd, Cytoscape, Neo4j, NetworkX, igraph)", 0, 0,
     og_export_graphml},
    {"dot", ".dot .gv", "Graphviz DOT source", 0, 0, og_export_dot},
    {"svg", ".svg", "diagram laid out by Graphviz, SVG", 0, 0, write_svg},
    {"png", ".png", "diagram laid out by Graphviz, PNG", 1, 0, write_png},
    {"pdf", ".pdf", "diagram laid out by Graphviz, PDF", 1, 0, write_pdf},
    {"jsonld", ".jsonld", "JSON-LD 1.1 with an embedded context", 0, 0, og_export_jsonld},
    {"nquads", ".nq", "RDF N-Quads", 0, 0, og_export_nquads},
    {"gexf", ".gexf", "GEXF 1.3 (Gephi)", 0, 0, og_export_gexf},
    {"csv", "", "CSV pair nodes.csv + relationships.csv (neo4j-admin) in a folder", 0, 1, NULL},
};

const og_exporter *og_exporters(size_t *count)
{
    if (count)
        *count = sizeof table / sizeof table[0];
    return table;
}

static int eq_nocase(const char *a, const char *b, size_t blen)
{
    for (size_t i = 0; i < blen; i++) {
        if (!a[i] || tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return 0;
    }
    return a[blen] == '\0';
}

/* 1 if `ext` (".gv") is one of the space-separated words in `list`. */
static int has_ext(const char *list, const char *ext)
{
    const char *p = list;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        if (p > start && eq_nocase(ext, start, (size_t)(p - start)))
            return 1;
    }
    return 0;
}

const og_exporter *og_exporter_find(const char *name_or_ext)
{
    if (!name_or_ext || !*name_or_ext)
        return NULL;
    size_t n = sizeof table / sizeof table[0];
    for (size_t i = 0; i < n; i++) {
        if (eq_nocase(name_or_ext, table[i].name, strlen(table[i].name)))
            return &table[i];
    }
    /* an extension, or a path ending in one */
    const char *dot = strrchr(name_or_ext, '.');
    const char *slash = strrchr(name_or_ext, '/');
    if (!dot || (slash && slash > dot))
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (has_ext(table[i].extensions, dot))
            return &table[i];
    }
    return NULL;
}
