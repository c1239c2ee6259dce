/*
 * dot_legend.c - the diagram legend: one plain node in its own cluster
 * holding an HTML-like table with a swatch per node type present and a
 * line sample per predicate present.
 *
 * Does: build the table text and hand it to cgraph with agstrdup_html.
 * Does not: decide whether a legend is wanted (dot.c), or escape anything:
 * only static ASCII (type and predicate names, colours, entities) goes in.
 */
#include <stdio.h>

#include "common.h"
#include "dot_build.h"

/* Legend sample of each line style (UTF-8 box drawing, written as entities). */
#define GLYPH_BOLD "&#9473;&#9473;&#9654;"
#define GLYPH_SOLID "&#9472;&#9472;&#9654;"
#define GLYPH_DASHED "&#9548;&#9548;&#9654;"
#define GLYPH_DOTTED "&#9480;&#9480;&#9654;"
static const char *const pred_glyph[OG_PREDICATE_COUNT] = {
    GLYPH_BOLD,                   /* part_of */
    GLYPH_SOLID,                  /* member_of */
    GLYPH_SOLID,                  /* partner_in */
    "&#9472;&#9472;&#9472;&#9472;", /* collaborates_with: no arrowhead */
    GLYPH_SOLID,                  /* develops */
    GLYPH_SOLID,                  /* launches */
    GLYPH_SOLID,                  /* hosts */
    GLYPH_DASHED,                 /* supports */
    GLYPH_DASHED,                 /* adopts */
    GLYPH_DOTTED,                 /* located_in */
    GLYPH_DASHED,                 /* works_on */
    GLYPH_SOLID,                  /* related_to */
};
/* One plain node holding an HTML-like table: a swatch per node type present
 * and a coloured line name per predicate present. Only static ASCII goes
 * into the table, so it needs no escaping. */
void og__dot_add_legend(og__dot_ctx *bd)
{
    const og_graph *g = bd->g;
    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    unsigned types = 0, preds = 0;
    for (og_node_id i = 0; i < n; i++)
        types |= 1u << og__dot_clamp_type(og_graph_node_type(g, i));
    for (og_edge_id e = 0; e < m; e++)
        preds |= 1u << og__dot_clamp_pred(og_graph_edge_predicate(g, e));
    if (!types)
        return;
    og__xbuf t = OG__XBUF_INIT;
    char row[256];
    og__xbuf_puts(&t, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">");
    for (int k = 0; k < OG_NODE_TYPE_COUNT; k++) {
        if (!(types & (1u << k)))
            continue;
        snprintf(row, sizeof row,
                 "<TR><TD COLSPAN=\"2\" BORDER=\"%d\" BGCOLOR=\"%s\"><FONT COLOR=\"%s\" POINT-SIZE=\"9\">%s</FONT>"
                 "</TD></TR>",
                 k == OG_TOPIC || k == OG_THING, og__dot_node_fill((og_node_type)k), og__dot_node_text((og_node_type)k),
                 og_node_type_name((og_node_type)k));
        og__xbuf_puts(&t, row);
    }
    for (int k = 0; k < OG_PREDICATE_COUNT; k++) {
        if (!(preds & (1u << k)))
            continue;
        snprintf(row, sizeof row,
                 "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"9\">%s</FONT></TD>"
                 "<TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\" POINT-SIZE=\"9\">%s</FONT></TD></TR>",
                 og__dot_pred_colour[k], pred_glyph[k], og__dot_pred_colour[k], og_predicate_name((og_predicate)k));
        og__xbuf_puts(&t, row);
    }
    og__xbuf_puts(&t, "</TABLE>");
    if (t.failed) {
        og__xbuf_free(&t);
        bd->failed = 1;
        return;
    }
    Agraph_t *sg = og__dot_new_cluster(bd, bd->root, "cluster_legend", "Legend", "#FFFFFF");
    const char *name = "legend";
    char alt[32];
    for (unsigned k = 2; sg && agnode(bd->root, (char *)name, 0); k++) {
        snprintf(alt, sizeof alt, "legend-%u", k);
        name = alt;
    }
    Agnode_t *nd = sg ? agnode(sg, (char *)name, 1) : NULL;
    char *html = nd ? agstrdup_html(bd->root, (char *)og__xbuf_cstr(&t)) : NULL;
    og__xbuf_free(&t);
    if (!html) {
        bd->failed = 1;
        return;
    }
    og__dot_set(bd, nd, bd->s.n_label, html);
    agstrfree(bd->root, html);
    og__dot_set(bd, nd, bd->s.n_shape, "plain");
    og__dot_set(bd, nd, bd->s.n_style, "solid");
    og__dot_set(bd, nd, bd->s.n_tip, "Legend: node types and relations in this diagram");
}
