/*
 * gexf.c - GEXF 1.3 exporter (Gephi).
 *
 * Does: writes <gexf version="1.3"> in the namespaces http://gexf.net/1.3 and
 * http://gexf.net/1.3/viz (no xsi:schemaLocation) with libxml2's
 * xmlTextWriter through the sink: typed attribute declarations (<attributes
 * class="node|edge">, ids "n0".. / "e0".. titled with the key names, foreign
 * GraphML keys included), one <node> per node with its attvalues,
 * viz:color (colour per type, as the other exporters), viz:size growing with
 * the degree and viz:shape per type, one <edge> per edge with label = the
 * predicate, weight = the confidence, type="undirected" for the symmetric
 * collaborates_with, attvalues and viz:thickness. Every string goes through
 * og__xml_clean() first (libxml2 would copy forbidden code points raw).
 * Deterministic: no dates or versions in <meta>.
 * Does not: write dynamics (spells), positions or hierarchies.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "common.h"

#define GEXF_NS "http://gexf.net/1.3"
#define VIZ_NS "http://gexf.net/1.3/viz"

/* Built-in node attributes: GEXF id, title, type. Ids are ours ("n0"...),
 * titles are the GraphML key names so the two formats read alike. */
enum { NA_TYPE, NA_ALIASES, NA_ACRONYM, NA_ESTABLISHED, NA_ADDRESS, NA_WEBSITE, NA_STAKEHOLDER, NA_SOURCES,
       NA_SOURCE_COUNT, NA_MENTIONS, NA_DEGREE, NA_COUNT };
static const char *const node_attr[NA_COUNT][2] = {
    {"type", "string"},           {"aliases", "string"}, {"acronym", "string"}, {"established", "string"},
    {"address", "string"},        {"website", "string"}, {"stakeholder_group", "string"},
    {"sources", "string"},        {"source_count", "long"}, {"mentions", "long"}, {"degree", "long"},
};
enum { EA_PREDICATE, EA_CONFIDENCE, EA_EVIDENCE_COUNT, EA_HEDGED, EA_SENTENCE, EA_SOURCES, EA_EVIDENCE, EA_COUNT };
static const char *const edge_attr[EA_COUNT][2] = {
    {"predicate", "string"}, {"confidence", "double"}, {"evidence_count", "long"}, {"hedged", "boolean"},
    {"sentence", "string"},  {"sources", "string"},    {"evidence", "string"},
};

typedef struct gx {
    og__xw x;           /* the document; x.rc is the first failure */
    const og_graph *g;
    og__xbuf tmp;       /* joined lists, evidence JSON */
    og__strmap keys[2]; /* foreign key name -> its index among the foreign keys (node, edge) */
} gx;

static void start(gx *s, const char *el)
{
    og__xw_start(&s->x, NULL, el);
}

static void start_viz(gx *s, const char *el)
{
    og__xw_start(&s->x, "viz", el);
}

static void end(gx *s)
{
    og__xw_end(&s->x);
}

static void attr(gx *s, const char *name, const char *value)
{
    og__xw_attr(&s->x, name, value);
}

static void attr_num(gx *s, const char *name, double d)
{
    char num[32];
    og__format_double(num, d);
    attr(s, name, num);
}

static void attvalue(gx *s, char cls, size_t i, const char *value)
{
    char id[24];
    snprintf(id, sizeof id, "%c%lu", cls, (unsigned long)i);
    start(s, "attvalue");
    attr(s, "for", id);
    attr(s, "value", value);
    end(s);
}

static void attvalue_u64(gx *s, char cls, size_t i, uint64_t v)
{
    char num[32];
    snprintf(num, sizeof num, "%llu", (unsigned long long)v);
    attvalue(s, cls, i, num);
}

/* A foreign value in GEXF spelling. */
static void attvalue_value(gx *s, char cls, size_t i, const og_value *v)
{
    char num[32];
    switch (v->kind) {
    case OG_VAL_INT:
        snprintf(num, sizeof num, "%lld", (long long)v->u.i);
        attvalue(s, cls, i, num);
        break;
    case OG_VAL_DOUBLE:
        og__format_double(num, v->u.d);
        attvalue(s, cls, i, num);
        break;
    case OG_VAL_BOOL:
        attvalue(s, cls, i, v->u.b ? "true" : "false");
        break;
    default:
        attvalue(s, cls, i, v->u.s ? v->u.s : "");
    }
}

/* The header attributes have their own GEXF attribute even when the graph
 * also declares them as keys (a GraphML reader does). */
static int builtin_node_key(const char *key)
{
    static const char *const keys[] = {OG_ATTR_ACRONYM, OG_ATTR_ESTABLISHED, OG_ATTR_ADDRESS, OG_ATTR_WEBSITE,
                                       OG_ATTR_STAKEHOLDER};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i]) == 0)
            return 1;
    return 0;
}

static const char *kind_type(og_value_kind k)
{
    return k == OG_VAL_INT ? "long" : k == OG_VAL_DOUBLE ? "double" : k == OG_VAL_BOOL ? "boolean" : "string";
}

static void declare(gx *s, int for_edges)
{
    start(s, "attributes");
    attr(s, "class", for_edges ? "edge" : "node");
    size_t nb = for_edges ? EA_COUNT : NA_COUNT;
    char id[24];
    for (size_t i = 0; i < nb; i++) {
        snprintf(id, sizeof id, "%c%lu", for_edges ? 'e' : 'n', (unsigned long)i);
        start(s, "attribute");
        attr(s, "id", id);
        attr(s, "title", for_edges ? edge_attr[i][0] : node_attr[i][0]);
        attr(s, "type", for_edges ? edge_attr[i][1] : node_attr[i][1]);
        end(s);
    }
    size_t nk = og_graph_key_count(s->g, for_edges), next = nb;
    for (size_t k = 0; k < nk; k++) {
        const char *key = NULL;
        og_value_kind kind = OG_VAL_STRING;
        og_graph_key_at(s->g, for_edges, k, &key, &kind);
        if (!for_edges && key && builtin_node_key(key))
            continue;
        snprintf(id, sizeof id, "%c%lu", for_edges ? 'e' : 'n', (unsigned long)next++);
        start(s, "attribute");
        attr(s, "id", id);
        attr(s, "title", key ? key : "");
        attr(s, "type", kind_type(kind));
        end(s);
    }
    end(s);
}

/* Indexes the foreign keys (declared keys minus the built-in header ones)
 * so attvalue ids are found in O(1) per value. */
static void index_keys(gx *s, int for_edges)
{
    size_t nk = og_graph_key_count(s->g, for_edges);
    uint32_t idx = 0;
    for (size_t k = 0; k < nk && !s->x.rc; k++) {
        const char *kk = NULL;
        og_value_kind kind;
        og_graph_key_at(s->g, for_edges, k, &kk, &kind);
        if (!kk || (!for_edges && builtin_node_key(kk)))
            continue;
        if (og__strmap_put(&s->keys[for_edges], kk, strlen(kk), idx++))
            s->x.rc = OG_ENOMEM;
    }
}

/* Index of a foreign key among the declared ones (for attvalue ids); -1 if
 * undeclared or built in. */
static long key_index(gx *s, int for_edges, const char *key)
{
    uint32_t v;
    return og__strmap_get(&s->keys[for_edges], key, strlen(key), &v) ? (long)v : -1;
}

static const char *node_shape(og_node_type t)
{
    switch (t) {
    case OG_STANDARD: return "square";
    case OG_PARTNERSHIP: return "diamond";
    case OG_INITIATIVE: case OG_AGREEMENT: return "triangle";
    default: return "disc";
    }
}

static void write_node(gx *s, og_node_id n, char *fallback_id)
{
    const og_graph *g = s->g;
    const char *id = og_graph_node_id(g, n);
    if (!id || !*id) {
        snprintf(fallback_id, 24, "n%lu", (unsigned long)n);
        id = fallback_id;
    }
    og_node_type t = og_graph_node_type(g, n);
    start(s, "node");
    attr(s, "id", id);
    attr(s, "label", og_graph_node_label(g, n));
    start(s, "attvalues");
    const char *tn = og_node_type_name(t);
    attvalue(s, 'n', NA_TYPE, tn ? tn : "Thing");
    og__xbuf_clear(&s->tmp);
    if (og__join_aliases(&s->tmp, g, n))
        s->x.rc = s->x.rc ? s->x.rc : OG_ENOMEM;
    if (s->tmp.len)
        attvalue(s, 'n', NA_ALIASES, og__xbuf_cstr(&s->tmp));
    static const struct {
        const char *key;
        int idx;
    } known[] = {{OG_ATTR_ACRONYM, NA_ACRONYM},   {OG_ATTR_ESTABLISHED, NA_ESTABLISHED},
                 {OG_ATTR_ADDRESS, NA_ADDRESS},   {OG_ATTR_WEBSITE, NA_WEBSITE},
                 {OG_ATTR_STAKEHOLDER, NA_STAKEHOLDER}};
    for (size_t k = 0; k < sizeof known / sizeof known[0]; k++) {
        const char *v = og_graph_node_attr_str(g, n, known[k].key);
        if (v)
            attvalue(s, 'n', (size_t)known[k].idx, v);
    }
    og__xbuf_clear(&s->tmp);
    if (og__join_node_sources(&s->tmp, g, n))
        s->x.rc = s->x.rc ? s->x.rc : OG_ENOMEM;
    if (s->tmp.len)
        attvalue(s, 'n', NA_SOURCES, og__xbuf_cstr(&s->tmp));
    attvalue_u64(s, 'n', NA_SOURCE_COUNT, og_graph_node_source_count(g, n));
    attvalue_u64(s, 'n', NA_MENTIONS, og_graph_node_mentions(g, n));
    size_t degree = og_graph_node_degree(g, n);
    attvalue_u64(s, 'n', NA_DEGREE, degree);
    size_t na = og_graph_node_attr_count(g, n);
    for (size_t i = 0; i < na; i++) {
        const char *key = NULL;
        const og_value *v = NULL;
        og_graph_node_attr_at(g, n, i, &key, &v);
        long k = key && v ? key_index(s, 0, key) : -1;
        if (k >= 0)
            attvalue_value(s, 'n', NA_COUNT + (size_t)k, v);
    }
    end(s); /* attvalues */
    int r, gg, b;
    og__type_rgb(t, &r, &gg, &b);
    char num[8];
    start_viz(s, "color");
    snprintf(num, sizeof num, "%d", r);
    attr(s, "r", num);
    snprintf(num, sizeof num, "%d", gg);
    attr(s, "g", num);
    snprintf(num, sizeof num, "%d", b);
    attr(s, "b", num);
    end(s);
    start_viz(s, "size");
    /* area grows with the degree: 10 for an isolated node, 30 for degree 16 */
    attr_num(s, "value", round(100.0 * (10.0 + 5.0 * sqrt((double)degree))) / 100.0);
    end(s);
    start_viz(s, "shape");
    attr(s, "value", node_shape(t));
    end(s);
    end(s); /* node */
}

static void write_edge(gx *s, og_edge_id e, char *sid, char *oid)
{
    const og_graph *g = s->g;
    og_node_id sn = og_graph_edge_subject(g, e), on = og_graph_edge_object(g, e);
    const char *src = og_graph_node_id(g, sn), *dst = og_graph_node_id(g, on);
    if (!src || !*src) {
        snprintf(sid, 24, "n%lu", (unsigned long)sn);
        src = sid;
    }
    if (!dst || !*dst) {
        snprintf(oid, 24, "n%lu", (unsigned long)on);
        dst = oid;
    }
    og_predicate p = og_graph_edge_predicate(g, e);
    const char *pn = og_predicate_name(p);
    if (!pn)
        pn = "related_to";
    double conf = og_graph_edge_confidence(g, e);
    char id[24];
    snprintf(id, sizeof id, "e%lu", (unsigned long)e);
    start(s, "edge");
    attr(s, "id", id);
    attr(s, "source", src);
    attr(s, "target", dst);
    if (p == OG_COLLABORATES_WITH)
        attr(s, "type", "undirected");
    attr(s, "label", pn);
    attr_num(s, "weight", isfinite(conf) ? conf : 0.0);
    start(s, "attvalues");
    attvalue(s, 'e', EA_PREDICATE, pn);
    char num[32];
    og__format_double(num, conf);
    attvalue(s, 'e', EA_CONFIDENCE, num);
    attvalue_u64(s, 'e', EA_EVIDENCE_COUNT, og_graph_edge_evidence_count(g, e));
    attvalue(s, 'e', EA_HEDGED, og_graph_edge_hedged(g, e) ? "true" : "false");
    if (og_graph_edge_evidence_kept(g, e) > 0) {
        const og_evidence *ev = og_graph_edge_evidence(g, e, 0);
        if (ev && ev->sentence)
            attvalue(s, 'e', EA_SENTENCE, ev->sentence);
        og__xbuf_clear(&s->tmp);
        if (og__join_edge_sources(&s->tmp, g, e))
            s->x.rc = s->x.rc ? s->x.rc : OG_ENOMEM;
        attvalue(s, 'e', EA_SOURCES, og__xbuf_cstr(&s->tmp));
        og__xbuf_clear(&s->tmp);
        int rc = og__evidence_json(&s->tmp, g, e);
        if (rc && !s->x.rc)
            s->x.rc = rc;
        attvalue(s, 'e', EA_EVIDENCE, og__xbuf_cstr(&s->tmp));
    }
    size_t na = og_graph_edge_attr_count(g, e);
    for (size_t i = 0; i < na; i++) {
        const char *key = NULL;
        const og_value *v = NULL;
        og_graph_edge_attr_at(g, e, i, &key, &v);
        long k = key && v ? key_index(s, 1, key) : -1;
        if (k >= 0)
            attvalue_value(s, 'e', EA_COUNT + (size_t)k, v);
    }
    end(s); /* attvalues */
    start_viz(s, "thickness");
    attr_num(s, "value", 1.0 + 4.0 * (isfinite(conf) && conf > 0 ? (conf < 1 ? conf : 1.0) : 0.0));
    end(s);
    end(s); /* edge */
}

int og_export_gexf(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err)
{
    (void)opts;
    if (!g || !out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_gexf: %s is NULL", g ? "out" : "g");
    gx s = {{0}, g, OG__XBUF_INIT, {OG__STRMAP_INIT, OG__STRMAP_INIT}};
    if (og__xw_begin(&s.x, out) != 0) {
        int rc = og__xw_finish(&s.x);
        return og_error_set(err, rc, NULL, 0, 0, "cannot start the GEXF document: %s", og_status_string(rc));
    }
    char a[24], b[24], num[32];
    /* namespace declarations as plain attributes: libxml2's NS calls would
     * reorder them after `version` */
    start(&s, "gexf");
    attr(&s, "xmlns", GEXF_NS);
    attr(&s, "xmlns:viz", VIZ_NS);
    attr(&s, "version", "1.3");
    start(&s, "meta");
    start(&s, "creator");
    og__xw_text(&s.x, "orgraph");
    end(&s);
    start(&s, "description");
    og__xw_text(&s.x, "Organisations, initiatives, standards and partnerships, with evidence per edge");
    end(&s);
    end(&s); /* meta */
    start(&s, "graph");
    attr(&s, "defaultedgetype", "directed");
    attr(&s, "idtype", "string");
    attr(&s, "mode", "static");
    declare(&s, 0);
    declare(&s, 1);
    index_keys(&s, 0);
    index_keys(&s, 1);
    size_t nn = og_graph_node_count(g), ne = og_graph_edge_count(g);
    start(&s, "nodes");
    snprintf(num, sizeof num, "%lu", (unsigned long)nn);
    attr(&s, "count", num);
    for (size_t n = 0; n < nn && !s.x.rc; n++)
        write_node(&s, (og_node_id)n, a);
    end(&s);
    start(&s, "edges");
    snprintf(num, sizeof num, "%lu", (unsigned long)ne);
    attr(&s, "count", num);
    for (size_t e = 0; e < ne && !s.x.rc; e++)
        write_edge(&s, (og_edge_id)e, a, b);
    end(&s);
    end(&s); /* graph */
    end(&s); /* gexf */
    og__xbuf_free(&s.tmp);
    og__strmap_free(&s.keys[0]);
    og__strmap_free(&s.keys[1]);
    int rc = og__xw_finish(&s.x);
    if (rc)
        return og_error_set(err, rc, NULL, 0, 0, "writing GEXF failed: %s", og_status_string(rc));
    return 0;
}
