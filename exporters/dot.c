/*
 * dot.c - Graphviz DOT export built with cgraph (og_export_dot) and the
 * styled graph shared with the renderer (og__dot_build).
 *
 * Every node, edge, cluster and the legend is created through cgraph
 * (agopen/agnode/agedge/agxset); agwrite() serialises it through an
 * Agiodisc_t whose putstr writes into the og_sink, so no DOT text is printed
 * by hand and cgraph does all quoting. Strings are prepared before they
 * reach cgraph: control characters become spaces, invalid UTF-8 becomes
 * U+FFFD, and because cgraph writes values verbatim between quotes, every
 * backslash is doubled (a lone trailing backslash would otherwise escape the
 * closing quote) and every '&' becomes "&amp;" (Graphviz decodes entities in
 * labels). Node and edge insertion follow index order, so output is
 * deterministic.
 *
 * Does not: lay out or render (render.c), trim large graphs (render.c calls
 * og_diagram_trim), or allocate through og_malloc inside cgraph (cgraph uses
 * its own allocator; our scratch buffers do use og_malloc).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "dot.h"
#include "dot_build.h"

#define WRAP_COLUMNS 24
#define TOOLTIP_MAX 400

/* ------------------------------------------------------------------ */
/* Styling tables                                                      */
/* ------------------------------------------------------------------ */

static const char *const type_shape[OG_NODE_TYPE_COUNT] = {
    "box",           /* Organisation */
    "ellipse",       /* Initiative */
    "note",          /* Standard */
    "hexagon",       /* Partnership */
    "tab",           /* Agreement */
    "cds",           /* Event */
    "octagon",       /* Person */
    "house",         /* Place */
    "box",           /* Topic (white with a dashed outline: see node_fill) */
    "box",           /* Thing */
};

static const char *const type_style[OG_NODE_TYPE_COUNT] = {
    "rounded,filled", "filled", "filled", "filled", "filled", "filled", "filled", "filled", "rounded,dashed,filled",
    "dashed,filled",
};

/* Diagram fill and text colours: the shared Okabe-Ito palette, except that
 * topics (black there) are drawn white with a black dashed outline, since
 * many large black boxes dominate a diagram whose subject is organisations. */
const char *og__dot_node_fill(og_node_type t)
{
    return t == OG_TOPIC ? "#FFFFFF" : og__type_colour(t);
}

const char *og__dot_node_text(og_node_type t)
{
    return t == OG_TOPIC ? "#000000" : og__type_text_colour(t);
}

/* Edge line style and colour per predicate: structure (part_of) strongest,
 * context (located_in, works_on) faintest. */
static const char *const pred_style[OG_PREDICATE_COUNT] = {
    "bold",   /* part_of */
    "solid",  /* member_of */
    "solid",  /* partner_in */
    "solid",  /* collaborates_with (no arrowheads) */
    "solid",  /* develops */
    "solid",  /* launches */
    "solid",  /* hosts */
    "dashed", /* supports */
    "dashed", /* adopts */
    "dotted", /* located_in */
    "dashed", /* works_on */
    "solid",  /* related_to */
};
/* Okabe-Ito hues; pairs sharing a hue differ in line style. */
const char *const og__dot_pred_colour[OG_PREDICATE_COUNT] = {
    "#222222", /* part_of */
    "#0072B2", /* member_of */
    "#D55E00", /* partner_in */
    "#009E73", /* collaborates_with */
    "#CC79A7", /* develops */
    "#E69F00", /* launches */
    "#56B4E9", /* hosts */
    "#009E73", /* supports (dashed) */
    "#CC79A7", /* adopts (dashed) */
    "#999999", /* located_in (dotted) */
    "#999999", /* works_on (dashed) */
    "#666666", /* related_to */
};

static const char *const engines[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"};
static const char *const rankdirs[] = {"LR", "TB", "RL", "BT"};

/* ------------------------------------------------------------------ */
/* Warnings and option checks                                          */
/* ------------------------------------------------------------------ */

void og__dot_warn(const og_export_options *opts, const char *fmt, ...)
{
    if (!opts || !opts->warn)
        return;
    og_error w = {0};
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w.message, sizeof w.message, fmt, ap);
    va_end(ap);
    opts->warn(&w, opts->warn_payload);
}

static int in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

int og__dot_check_options(const og_graph *g, const og_export_options *opts, const char **engine, og_error *err)
{
    *engine = "dot";
    if (!opts)
        return 0;
    if (opts->rankdir && !in_list(opts->rankdir, rankdirs, sizeof rankdirs / sizeof *rankdirs))
        return og_error_set(err, OG_ENOTFOUND, NULL, 0, 0, "unknown rankdir '%.40s' (known: LR, TB, RL, BT)",
                            opts->rankdir);
    if (opts->cluster && strcmp(opts->cluster, "type") != 0 && strcmp(opts->cluster, "parent") != 0)
        return og_error_set(err, OG_ENOTFOUND, NULL, 0, 0, "unknown cluster mode '%.40s' (known: type, parent)",
                            opts->cluster);
    if (opts->engine) {
        for (size_t i = 0; i < sizeof engines / sizeof *engines; i++)
            if (strcmp(opts->engine, engines[i]) == 0)
                *engine = engines[i];
        if (strcmp(*engine, opts->engine) != 0)
            return og_error_set(err, OG_ENOTFOUND, NULL, 0, 0,
                                "unknown layout engine '%.40s' (known: dot, neato, fdp, sfdp, circo, twopi, "
                                "osage, patchwork)",
                                opts->engine);
        return 0;
    }
    /* No engine asked for: dot's ranks suit small and hierarchical views (an
     * ego graph); hub-and-spoke overviews become one very long rank there,
     * so mid-sized graphs use fdp (force-directed, clusters supported) and
     * large ones sfdp (multiscale), both with overlap removal. */
    size_t n = og_graph_node_count(g);
    if (n > OG__DOT_LARGE_NODES) {
        *engine = "sfdp";
        og__dot_warn(opts, "%zu nodes: using the sfdp layout with overlap removal instead of dot (choose with --engine)",
                     n);
    } else if (n > OG__DOT_MEDIUM_NODES) {
        *engine = "fdp";
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* String preparation                                                  */
/* ------------------------------------------------------------------ */

/*
 * Text value for an escString attribute (label, tooltip): runs of white space
 * and control characters become one space (ends trimmed), invalid UTF-8 and
 * non-characters U+FFFD, '\' is doubled and '&' written "&amp;". Returns a
 * string borrowed from b->out (until the next call), or NULL on OOM.
 */
static const char *text_value(og__dot_bufs *b, const char *s)
{
    og__xbuf_clear(&b->pre);
    og__xbuf_clear(&b->clean);
    og__xbuf_clear(&b->out);
    if (!s)
        s = "";
    int space = 0;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= 0x20 || c == 0x7f) {
            space = 1;
            continue;
        }
        if (space && b->pre.len > 0)
            og__xbuf_put(&b->pre, " ", 1);
        space = 0;
        og__xbuf_put(&b->pre, p, 1);
    }
    if (b->pre.failed || og__xml_clean_append(&b->clean, og__xbuf_cstr(&b->pre), b->pre.len) < 0)
        return NULL;
    for (const char *p = og__xbuf_cstr(&b->clean); *p; p++) {
        if (*p == '\\')
            og__xbuf_put(&b->out, "\\\\", 2);
        else if (*p == '&')
            og__xbuf_put(&b->out, "&amp;", 5);
        else
            og__xbuf_put(&b->out, p, 1);
    }
    if (b->out.failed || og__xbuf_puts(&b->out, "") < 0)
        return NULL;
    return og__xbuf_cstr(&b->out);
}

/* Appends to b->raw `s` cut to at most `max` code points (adds "..."). */
static void append_cut(og__xbuf *dst, const char *s, size_t max)
{
    size_t cps = 0;
    const char *p = s;
    while (*p) {
        if (((unsigned char)*p & 0xC0) != 0x80) {
            if (cps == max) {
                og__xbuf_put(dst, s, (size_t)(p - s));
                og__xbuf_puts(dst, "...");
                return;
            }
            cps++;
        }
        p++;
    }
    og__xbuf_puts(dst, s);
}

/* Number of code points in s[0..len). */
static size_t cp_len(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/*
 * Appends `s` to dst word-wrapped at WRAP_COLUMNS code points; line breaks
 * are the two characters "\n" (Graphviz's centred line break), inserted
 * after text_value() escaping so they stay line breaks. The text appended
 * here is already escaped.
 */
static void append_wrapped(og__xbuf *dst, const char *escaped)
{
    size_t col = 0;
    const char *p = escaped;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t wl = cp_len(w, (size_t)(p - w));
        if (col > 0 && col + 1 + wl > WRAP_COLUMNS) {
            og__xbuf_put(dst, "\\n", 2);
            col = 0;
        } else if (col > 0) {
            og__xbuf_put(dst, " ", 1);
            col++;
        }
        og__xbuf_put(dst, w, (size_t)(p - w));
        col += wl;
    }
}

/* URL from a website attribute: http(s) kept, "www." gets "https://";
 * anything else is not a link. Bytes outside printable ASCII, quotes,
 * angle brackets, backslashes and spaces are percent-encoded; '&' becomes
 * "&amp;" (Graphviz copies URLs into SVG attributes raw). */
static const char *url_value(og__dot_bufs *b, const char *site)
{
    if (!site)
        return NULL;
    while (*site == ' ')
        site++;
    const char *prefix = "";
    if (strncmp(site, "http://", 7) != 0 && strncmp(site, "https://", 8) != 0) {
        if (strncmp(site, "www.", 4) != 0)
            return NULL;
        prefix = "https://";
    }
    og__xbuf_clear(&b->out);
    og__xbuf_puts(&b->out, prefix);
    for (const unsigned char *p = (const unsigned char *)site; *p; p++) {
        char hex[4];
        if (*p == '&') {
            og__xbuf_puts(&b->out, "&amp;");
        } else if (*p <= 0x20 || *p >= 0x7f || *p == '"' || *p == '<' || *p == '>' || *p == '\\' || *p == '\'') {
            snprintf(hex, sizeof hex, "%%%02X", *p);
            og__xbuf_put(&b->out, hex, 3);
        } else {
            og__xbuf_put(&b->out, (const char *)p, 1);
        }
    }
    if (b->out.failed || og__xbuf_puts(&b->out, "") < 0)
        return NULL;
    return og__xbuf_cstr(&b->out);
}

/* Node name for cgraph: the stable id made safe (controls, backslashes and
 * quotes replaced, since cgraph writes names verbatim inside quotes), or
 * "n<index>" without one; made unique with "#<index>". Borrowed from b->out. */
static const char *node_name(og__dot_bufs *b, Agraph_t *root, const og_graph *g, og_node_id i)
{
    const char *id = og_graph_node_id(g, i);
    char tmp[32];
    og__xbuf_clear(&b->clean);
    og__xbuf_clear(&b->out);
    if (!id || !*id) {
        snprintf(tmp, sizeof tmp, "n%u", (unsigned)i);
        id = tmp;
    }
    if (og__xml_clean_append(&b->clean, id, strlen(id)) < 0)
        return NULL;
    for (const char *p = og__xbuf_cstr(&b->clean); *p; p++) {
        unsigned char c = (unsigned char)*p;
        og__xbuf_put(&b->out, (c < 0x20 || c == 0x7f || c == '\\' || c == '"') ? "_" : p, 1);
    }
    if (og__xbuf_puts(&b->out, "") < 0)
        return NULL;
    if (agnode(root, (char *)og__xbuf_cstr(&b->out), 0)) {
        snprintf(tmp, sizeof tmp, "#%u", (unsigned)i);
        if (og__xbuf_puts(&b->out, tmp) < 0)
            return NULL;
    }
    return og__xbuf_cstr(&b->out);
}

/* ------------------------------------------------------------------ */
/* Building                                                            */
/* ------------------------------------------------------------------ */

void og__dot_set(og__dot_ctx *bd, void *obj, Agsym_t *sym, const char *value)
{
    if (!value) {
        bd->failed = 1;
        return;
    }
    /* a new node or edge already holds the declared default: skip the
     * string interning cgraph would do for an identical value (not for
     * subgraphs, whose defaults are inherited from the enclosing cluster) */
    if (agobjkind(obj) != AGRAPH && sym->defval && strcmp(sym->defval, value) == 0)
        return;
    if (agxset(obj, sym, (char *)value) != 0)
        bd->failed = 1;
}

static void declare(og__dot_ctx *bd)
{
    Agraph_t *r = bd->root;
    const og_export_options *o = bd->opts;
    agattr(r, AGRAPH, "rankdir", (o && o->rankdir) ? (char *)o->rankdir : "LR");
    agattr(r, AGRAPH, "fontname", "Helvetica");
    agattr(r, AGRAPH, "fontsize", "11");
    agattr(r, AGRAPH, "nodesep", "0.25");
    agattr(r, AGRAPH, "ranksep", "0.5");
    agattr(r, AGRAPH, "outputorder", "edgesfirst");
    agattr(r, AGRAPH, "labelloc", "t");
    bd->s.g_label = agattr(r, AGRAPH, "label", "");
    bd->s.g_style = agattr(r, AGRAPH, "style", "");
    bd->s.g_fill = agattr(r, AGRAPH, "fillcolor", "");
    bd->s.g_colour = agattr(r, AGRAPH, "color", "");

    agattr(r, AGNODE, "fontname", "Helvetica");
    agattr(r, AGNODE, "fontsize", "10");
    agattr(r, AGNODE, "margin", "0.08,0.04");
    agattr(r, AGNODE, "penwidth", "0.8");
    bd->s.n_label = agattr(r, AGNODE, "label", "\\N");
    bd->s.n_shape = agattr(r, AGNODE, "shape", "box");
    bd->s.n_style = agattr(r, AGNODE, "style", "filled");
    bd->s.n_fill = agattr(r, AGNODE, "fillcolor", "#FFFFFF");
    bd->s.n_font = agattr(r, AGNODE, "fontcolor", "#000000");
    bd->s.n_tip = agattr(r, AGNODE, "tooltip", "");
    bd->s.n_url = agattr(r, AGNODE, "URL", "");
    bd->s.n_target = agattr(r, AGNODE, "target", "");

    agattr(r, AGEDGE, "fontname", "Helvetica");
    agattr(r, AGEDGE, "fontsize", "8");
    agattr(r, AGEDGE, "arrowsize", "0.6");
    bd->s.e_label = agattr(r, AGEDGE, "label", "");
    bd->s.e_pen = agattr(r, AGEDGE, "penwidth", "1.0");
    bd->s.e_tip = agattr(r, AGEDGE, "tooltip", "");
    bd->s.e_colour = agattr(r, AGEDGE, "color", "#666666");
    bd->s.e_style = agattr(r, AGEDGE, "style", "solid");
    bd->s.e_fontcolour = agattr(r, AGEDGE, "fontcolor", "#444444");
    bd->s.e_dir = agattr(r, AGEDGE, "dir", "forward");
}

og_node_type og__dot_clamp_type(og_node_type t)
{
    return (unsigned)t < OG_NODE_TYPE_COUNT ? t : OG_THING;
}

og_predicate og__dot_clamp_pred(og_predicate p)
{
    return (unsigned)p < OG_PREDICATE_COUNT ? p : OG_RELATED;
}

/* Label: acronym on its own line when it differs from the label, then the
 * label wrapped at WRAP_COLUMNS. */
static const char *node_label(og__dot_ctx *bd, og_node_id i)
{
    const char *label = og_graph_node_label(bd->g, i);
    const char *acr = og_graph_node_attr_str(bd->g, i, OG_ATTR_ACRONYM);
    og__xbuf lab = OG__XBUF_INIT;
    const char *v;
    if (acr && *acr && strcmp(acr, label) != 0) {
        if (!(v = text_value(&bd->b, acr)))
            goto oom;
        og__xbuf_puts(&lab, v);
        og__xbuf_put(&lab, "\\n", 2);
    }
    if (!(v = text_value(&bd->b, label)))
        goto oom;
    append_wrapped(&lab, v);
    og__xbuf_clear(&bd->b.raw);
    og__xbuf_puts(&bd->b.raw, og__xbuf_cstr(&lab));
    if (lab.failed || bd->b.raw.failed)
        goto oom;
    og__xbuf_free(&lab);
    return og__xbuf_cstr(&bd->b.raw);
oom:
    og__xbuf_free(&lab);
    return NULL;
}

/* Tooltip: type, label, aliases, sources, first evidence sentence. */
static const char *node_tooltip(og__dot_ctx *bd, og_node_id i)
{
    const og_graph *g = bd->g;
    og__xbuf *r = &bd->b.raw;
    og__xbuf_clear(r);
    og__xbuf_puts(r, og_node_type_name(og__dot_clamp_type(og_graph_node_type(g, i))));
    og__xbuf_puts(r, ": ");
    append_cut(r, og_graph_node_label(g, i), 200);
    size_t na = og_graph_node_alias_count(g, i);
    for (size_t a = 0; a < na && a < 8; a++) {
        og__xbuf_puts(r, a ? ", " : " | also: ");
        append_cut(r, og_graph_node_alias(g, i, a), 60);
    }
    size_t ns = og_graph_node_sources_kept(g, i);
    for (size_t k = 0; k < ns; k++) {
        og__xbuf_puts(r, k ? ", " : " | sources: ");
        append_cut(r, og_graph_node_source(g, i, k), 80);
    }
    og_edge_id e = bd->first_edge[i];
    if (e != UINT32_MAX && og_graph_edge_evidence_kept(g, e) > 0) {
        const og_evidence *ev = og_graph_edge_evidence(g, e, 0);
        if (ev && ev->sentence) {
            og__xbuf_puts(r, " | \"");
            append_cut(r, ev->sentence, 240);
            og__xbuf_puts(r, "\"");
        }
    }
    if (r->failed)
        return NULL;
    return text_value(&bd->b, og__xbuf_cstr(r));
}

static const char *edge_tooltip(og__dot_ctx *bd, og_edge_id e)
{
    const og_graph *g = bd->g;
    og__xbuf *r = &bd->b.raw;
    char num[64];
    og__xbuf_clear(r);
    append_cut(r, og_graph_node_label(g, og_graph_edge_subject(g, e)), 80);
    og__xbuf_puts(r, " ");
    og__xbuf_puts(r, og_predicate_name(og__dot_clamp_pred(og_graph_edge_predicate(g, e))));
    og__xbuf_puts(r, " ");
    append_cut(r, og_graph_node_label(g, og_graph_edge_object(g, e)), 80);
    snprintf(num, sizeof num, " (confidence %.2f, %llu evidence)", og_graph_edge_confidence(g, e),
             (unsigned long long)og_graph_edge_evidence_count(g, e));
    og__xbuf_puts(r, num);
    if (og_graph_edge_evidence_kept(g, e) > 0) {
        const og_evidence *ev = og_graph_edge_evidence(g, e, 0);
        if (ev && ev->sentence) {
            og__xbuf_puts(r, ": \"");
            append_cut(r, ev->sentence, 280);
            og__xbuf_puts(r, "\"");
        }
    }
    if (r->failed)
        return NULL;
    return text_value(&bd->b, og__xbuf_cstr(r));
}

static void add_nodes(og__dot_ctx *bd)
{
    const og_graph *g = bd->g;
    size_t n = og_graph_node_count(g);
    for (og_node_id i = 0; i < n && !bd->failed; i++) {
        const char *name = node_name(&bd->b, bd->root, g, i);
        Agnode_t *nd = name ? agnode(bd->root, (char *)name, 1) : NULL;
        if (!nd) {
            bd->failed = 1;
            break;
        }
        bd->nodes[i] = nd;
        og_node_type t = og__dot_clamp_type(og_graph_node_type(g, i));
        og__dot_set(bd, nd, bd->s.n_label, node_label(bd, i));
        og__dot_set(bd, nd, bd->s.n_shape, type_shape[t]);
        og__dot_set(bd, nd, bd->s.n_style, type_style[t]);
        og__dot_set(bd, nd, bd->s.n_fill, og__dot_node_fill(t));
        og__dot_set(bd, nd, bd->s.n_font, og__dot_node_text(t));
        og__dot_set(bd, nd, bd->s.n_tip, node_tooltip(bd, i));
        const char *url = url_value(&bd->b, og_graph_node_attr_str(g, i, OG_ATTR_WEBSITE));
        if (url) {
            og__dot_set(bd, nd, bd->s.n_url, url);
            og__dot_set(bd, nd, bd->s.n_target, "_blank");
        }
    }
}

static void add_edges(og__dot_ctx *bd)
{
    const og_graph *g = bd->g;
    size_t m = og_graph_edge_count(g);
    char pen[32];
    for (og_edge_id e = 0; e < m && !bd->failed; e++) {
        og_predicate p = og__dot_clamp_pred(og_graph_edge_predicate(g, e));
        Agedge_t *ed = agedge(bd->root, bd->nodes[og_graph_edge_subject(g, e)], bd->nodes[og_graph_edge_object(g, e)],
                              NULL, 1);
        if (!ed) {
            bd->failed = 1;
            break;
        }
        uint64_t cnt = og_graph_edge_evidence_count(g, e);
        /* explicit penwidth overrides style=bold, so part_of gets a wider base */
        double w = (p == OG_PART_OF ? 2.0 : 1.0) + (cnt > 1 ? log2((double)cnt) : 0.0);
        snprintf(pen, sizeof pen, "%.1f", w > 5.0 ? 5.0 : w);
        if (bd->edge_labels)
            og__dot_set(bd, ed, bd->s.e_label, og_predicate_name(p));
        og__dot_set(bd, ed, bd->s.e_pen, pen);
        og__dot_set(bd, ed, bd->s.e_colour, og__dot_pred_colour[p]);
        og__dot_set(bd, ed, bd->s.e_fontcolour, og__dot_pred_colour[p]);
        og__dot_set(bd, ed, bd->s.e_style, pred_style[p]);
        og__dot_set(bd, ed, bd->s.e_dir, p == OG_COLLABORATES_WITH ? "none" : "forward");
        og__dot_set(bd, ed, bd->s.e_tip, edge_tooltip(bd, e));
    }
}

int og__dot_build(Agraph_t **out, const og_graph *g, const og_export_options *opts, const char *engine,
                  Agiodisc_t *io, og_error *err)
{
    *out = NULL;
    Agdisc_t disc = {&AgMemDisc, &AgIdDisc, io ? io : &AgIoDisc};
    og__dot_ctx bd;
    memset(&bd, 0, sizeof bd);
    bd.g = g;
    bd.opts = opts;
    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    bd.nodes = og_malloc((n + 1) * sizeof *bd.nodes);
    bd.first_edge = og_malloc((n + 1) * sizeof *bd.first_edge);
    bd.root = agopen("orgraph", Agdirected, &disc);
    if (!bd.nodes || !bd.first_edge || !bd.root) {
        bd.failed = 1;
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        bd.first_edge[i] = UINT32_MAX;
    for (og_edge_id e = m; e-- > 0;) {
        bd.first_edge[og_graph_edge_subject(g, e)] = e;
        bd.first_edge[og_graph_edge_object(g, e)] = e;
    }
    /* force-directed layouts ignore edge labels when placing nodes, so on a
     * busy diagram they pile up around hubs: there the legend's colours and
     * line styles carry the predicate (and the tooltip names it) */
    bd.edge_labels = strcmp(engine, "dot") == 0 || m <= OG__DOT_LABELLED_EDGES;
    declare(&bd);
    agattr(bd.root, AGRAPH, "layout", (char *)engine);
    if (strcmp(engine, "dot") != 0) {
        agattr(bd.root, AGRAPH, "overlap", "prism");
        agattr(bd.root, AGRAPH, "splines", "true");
        agattr(bd.root, AGRAPH, "sep", "+10");
    }
    add_nodes(&bd);
    add_edges(&bd);
    if (!bd.failed && opts && opts->cluster && strcmp(opts->cluster, "type") == 0)
        og__dot_cluster_by_type(&bd);
    else if (!bd.failed && opts && opts->cluster && strcmp(opts->cluster, "parent") == 0)
        og__dot_cluster_by_parent(&bd);
    if (!bd.failed && (!opts || opts->legend))
        og__dot_add_legend(&bd);
done:
    og_free(bd.nodes);
    og_free(bd.first_edge);
    og__xbuf_free(&bd.b.raw);
    og__xbuf_free(&bd.b.pre);
    og__xbuf_free(&bd.b.clean);
    og__xbuf_free(&bd.b.out);
    if (bd.failed) {
        if (bd.root)
            agclose(bd.root);
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory building the Graphviz graph");
    }
    *out = bd.root;
    return 0;
}

/* ------------------------------------------------------------------ */
/* og_export_dot                                                       */
/* ------------------------------------------------------------------ */

static int sink_putstr(void *chan, const char *str)
{
    return og_sink_puts((og_sink *)chan, str) < 0 ? EOF : 0;
}

static int sink_flush(void *chan)
{
    return og_sink_status((og_sink *)chan) < 0 ? EOF : 0;
}

static int sink_read(void *chan, char *buf, int bufsize)
{
    (void)chan;
    (void)buf;
    (void)bufsize;
    return 0;
}

int og_export_dot(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err)
{
    if (!g || !out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_dot: %s", !g ? "g != NULL" : "out != NULL");
    if (opts && opts->version != OG_EXPORT_OPTIONS_VERSION)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_dot: opts->version == %u",
                            OG_EXPORT_OPTIONS_VERSION);
    const char *engine;
    int rc = og__dot_check_options(g, opts, &engine, err);
    if (rc < 0)
        return rc;
    Agiodisc_t io = {sink_read, sink_putstr, sink_flush};
    Agraph_t *ag = NULL;
    if ((rc = og__dot_build(&ag, g, opts, engine, &io, err)) < 0)
        return rc;
    int wrc = agwrite(ag, out);
    agclose(ag);
    rc = og_sink_status(out);
    if (rc < 0)
        return og_error_set(err, rc, NULL, 0, 0, "writing DOT failed: %s", og_status_string(rc));
    if (wrc != 0)
        return og_error_set(err, OG_EIO, NULL, 0, 0, "writing DOT failed");
    return 0;
}
