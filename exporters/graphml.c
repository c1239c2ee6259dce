/*
 * graphml.c - GraphML 1.0 writer (og_export_graphml).
 *
 * Writes through libxml2's xmlTextWriter into an og_sink: UTF-8, indented,
 * deterministic (graph index order only; no timestamps, versions or hash
 * order). Every attribute is a typed <key> declared before <graph>; <data>
 * appears only for values present. Profiles (gephi, yed, neo4j) add their
 * keys and data through one hook table; the plain profile adds nothing.
 *
 * It does not read GraphML (graphml_read.c does) and never modifies the graph.
 * Node ids that are not XML NMTOKENs (foreign ids with spaces) are written as
 * they are: changing them would break round trips.
 */
#include "graphml.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "common.h"

const og__gm_key_def og__gm_node_keys[OG__GMN_COUNT] = {
    [OG__GMN_LABEL] = {"label", "label", "string"},
    [OG__GMN_NAME] = {"name", "name", "string"},
    [OG__GMN_TYPE] = {"type", "type", "string"},
    [OG__GMN_ALIASES] = {"aliases", "aliases", "string"},
    [OG__GMN_ACRONYM] = {"acronym", OG_ATTR_ACRONYM, "string"},
    [OG__GMN_ESTABLISHED] = {"established", OG_ATTR_ESTABLISHED, "string"},
    [OG__GMN_ADDRESS] = {"address", OG_ATTR_ADDRESS, "string"},
    [OG__GMN_WEBSITE] = {"website", OG_ATTR_WEBSITE, "string"},
    [OG__GMN_STAKEHOLDER] = {"stakeholder_group", OG_ATTR_STAKEHOLDER, "string"},
    [OG__GMN_SOURCES] = {"sources", "sources", "string"},
    [OG__GMN_SOURCE_COUNT] = {"source_count", "source_count", "int"},
    [OG__GMN_MENTIONS] = {"mentions", "mentions", "int"},
    [OG__GMN_TYPE_VOTES] = {"type_votes", "type_votes", "string"},
    [OG__GMN_TYPE_FIXED] = {"type_fixed", "type_fixed", "boolean"},
    [OG__GMN_LEXICON_ID] = {"lexicon_id", "lexicon_id", "string"},
};

/* Edge key ids carry an "e_" prefix: the XSD wants key ids unique across domains. */
const og__gm_key_def og__gm_edge_keys[OG__GME_COUNT] = {
    [OG__GME_TYPE] = {"e_type", "type", "string"},
    [OG__GME_INTERACTION] = {"e_interaction", "interaction", "string"},
    [OG__GME_CONFIDENCE] = {"e_confidence", "confidence", "double"},
    [OG__GME_SENTENCE] = {"e_sentence", "sentence", "string"},
    [OG__GME_EVIDENCE] = {"e_evidence", "evidence", "string"},
    [OG__GME_EVIDENCE_COUNT] = {"e_evidence_count", "evidence_count", "int"},
    [OG__GME_SOURCES] = {"e_sources", "sources", "string"},
    [OG__GME_HEDGED] = {"e_hedged", "hedged", "boolean"},
};

int og__gm_builtin_key(int for_edges, const char *name)
{
    const og__gm_key_def *t = for_edges ? og__gm_edge_keys : og__gm_node_keys;
    int n = for_edges ? OG__GME_COUNT : OG__GMN_COUNT;
    for (int i = 0; i < n; i++) {
        if (strcmp(t[i].name, name) == 0)
            return i;
    }
    return -1;
}

static const char *kind_type(og_value_kind k)
{
    switch (k) {
    case OG_VAL_INT: return "long";
    case OG_VAL_DOUBLE: return "double";
    case OG_VAL_BOOL: return "boolean";
    default: return "string";
    }
}

/* Keys a profile adds: name, type; ids are "p_<name>" (nodes) / "pe_<name>" (edges). */
typedef struct gm_profile_key {
    const char *id, *name, *type;
} gm_profile_key;

typedef struct gm_writer gm_writer;

typedef struct gm_profile {
    const gm_profile_key *node_keys, *edge_keys;
    size_t n_node_keys, n_edge_keys;
    int yfiles;                                            /* declares y: and graphics keys */
    void (*node_data)(gm_writer *s, og_node_id n);         /* may be NULL */
    void (*edge_data)(gm_writer *s, og_edge_id e);         /* may be NULL */
} gm_profile;

/* An extra (declared or foreign) key the file needs beyond the built-in ones. */
typedef struct gm_extra {
    const char *name; /* borrowed from the graph */
    og_value_kind kind;
} gm_extra;

struct gm_writer {
    const og_graph *g;
    const gm_profile *profile;
    og__xw xw; /* the document; xw.rc is its first failure */
    og__xbuf val;
    char idbuf[32];
    gm_extra *extras[2];
    size_t n_extras[2], cap_extras[2];
    og__strmap extra_index[2];
    const char *last_key[2]; /* attribute keys are interned: cache the last lookup */
    long last_idx[2];        /* -1: not an extra key */
    int any_hedged;
    int oom; /* an allocation outside the XML writer failed */
};

/* ---- small writing helpers (errors are sticky in the writer state) ---- */

static void start(gm_writer *s, const char *el)
{
    og__xw_start(&s->xw, NULL, el);
}

static void start_y(gm_writer *s, const char *el)
{
    og__xw_start(&s->xw, "y", el);
}

static void end(gm_writer *s)
{
    og__xw_end(&s->xw);
}

/* Writes attribute `name` with cleaned `value`. */
static void attr(gm_writer *s, const char *name, const char *value)
{
    og__xw_attr(&s->xw, name, value);
}

static void text(gm_writer *s, const char *value)
{
    og__xw_text(&s->xw, value);
}

/* <data key="key">value</data>, skipped for NULL or empty values. Key ids
 * are orgraph's own ASCII names, so only the value needs cleaning. */
static void data(gm_writer *s, const char *key, const char *value)
{
    if (!value || !*value)
        return;
    start(s, "data");
    attr(s, "key", key);
    text(s, value);
    end(s);
}

/* Same for a value known to be clean ASCII (numbers). */
static void data_ascii(gm_writer *s, const char *key, const char *value)
{
    start(s, "data");
    attr(s, "key", key);
    text(s, value);
    end(s);
}

static void data_u64(gm_writer *s, const char *key, uint64_t v)
{
    char num[24];
    snprintf(num, sizeof num, "%" PRIu64, v);
    data_ascii(s, key, num);
}

static void data_double(gm_writer *s, const char *key, double d)
{
    char num[32];
    og__format_double(num, d);
    data_ascii(s, key, num);
}

static void write_key(gm_writer *s, const char *id, const char *domain, const char *name, const char *type)
{
    start(s, "key");
    attr(s, "id", id);
    attr(s, "for", domain);
    attr(s, "attr.name", name);
    attr(s, "attr.type", type);
    end(s);
}

static const char *node_xml_id(gm_writer *s, og_node_id n)
{
    const char *id = og_graph_node_id(s->g, n);
    if (id && *id)
        return id;
    snprintf(s->idbuf, sizeof s->idbuf, "n%" PRIu32, n);
    return s->idbuf;
}

/* Text form of a typed value, in s->val; NULL when it should not be written. */
static const char *value_text(gm_writer *s, const og_value *v, og_value_kind want)
{
    char num[32];
    og__xbuf_clear(&s->val);
    if (v->kind != want && want != OG_VAL_STRING)
        return NULL; /* a value that would not parse as its key's type */
    switch (v->kind) {
    case OG_VAL_STRING: return v->u.s;
    case OG_VAL_INT: snprintf(num, sizeof num, "%" PRId64, v->u.i); break;
    case OG_VAL_DOUBLE: og__format_double(num, v->u.d); break;
    case OG_VAL_BOOL: return v->u.b ? "true" : "false";
    }
    if (og__xbuf_puts(&s->val, num))
        s->oom = 1;
    return og__xbuf_cstr(&s->val);
}

/* ---- extra keys ---------------------------------------------------------- */

static void add_extra(gm_writer *s, int dom, const char *name, og_value_kind kind)
{
    if (!name || og__gm_builtin_key(dom, name) >= 0)
        return;
    size_t len = strlen(name);
    if (og__strmap_get(&s->extra_index[dom], name, len, NULL))
        return;
    if (s->n_extras[dom] == s->cap_extras[dom]) {
        size_t cap = s->cap_extras[dom] ? s->cap_extras[dom] * 2 : 8;
        gm_extra *p = og_realloc(s->extras[dom], cap * sizeof *p);
        if (!p) {
            s->oom = 1;
            return;
        }
        s->extras[dom] = p;
        s->cap_extras[dom] = cap;
    }
    if (og__strmap_put(&s->extra_index[dom], name, len, (uint32_t)s->n_extras[dom]) != 0) {
        s->oom = 1;
        return;
    }
    s->extras[dom][s->n_extras[dom]++] = (gm_extra){name, kind};
}

/* Declared keys first (declaration order), then undeclared attributes as met. */
static void collect_extras(gm_writer *s)
{
    const og_graph *g = s->g;
    for (int dom = 0; dom < 2; dom++) {
        size_t nk = og_graph_key_count(g, dom);
        for (size_t i = 0; i < nk; i++) {
            const char *key = NULL;
            og_value_kind kind = OG_VAL_STRING;
            og_graph_key_at(g, dom, i, &key, &kind);
            add_extra(s, dom, key, kind);
        }
    }
    size_t nn = og_graph_node_count(g), ne = og_graph_edge_count(g);
    for (og_node_id n = 0; n < nn; n++) {
        size_t na = og_graph_node_attr_count(g, n);
        for (size_t i = 0; i < na; i++) {
            const char *key = NULL;
            const og_value *v = NULL;
            og_graph_node_attr_at(g, n, i, &key, &v);
            if (key && v)
                add_extra(s, 0, key, v->kind);
        }
    }
    for (og_edge_id e = 0; e < ne; e++) {
        if (og_graph_edge_hedged(g, e))
            s->any_hedged = 1;
        size_t na = og_graph_edge_attr_count(g, e);
        for (size_t i = 0; i < na; i++) {
            const char *key = NULL;
            const og_value *v = NULL;
            og_graph_edge_attr_at(g, e, i, &key, &v);
            if (key && v)
                add_extra(s, 1, key, v->kind);
        }
    }
}

static void extra_id(char buf[32], int dom, size_t i)
{
    snprintf(buf, 32, "%s%zu", dom ? "ex" : "nx", i);
}

static void write_extra_data(gm_writer *s, int dom, const char *key, const og_value *v)
{
    uint32_t idx;
    char id[32];
    if (!key || !v)
        return;
    if (key != s->last_key[dom]) {
        s->last_key[dom] = key;
        s->last_idx[dom] = (og__gm_builtin_key(dom, key) < 0 &&
                            og__strmap_get(&s->extra_index[dom], key, strlen(key), &idx)) ? (long)idx : -1;
    }
    if (s->last_idx[dom] < 0)
        return;
    idx = (uint32_t)s->last_idx[dom];
    extra_id(id, dom, idx);
    data(s, id, value_text(s, v, s->extras[dom][idx].kind));
}

/* ---- profiles ------------------------------------------------------------ */

static void gephi_node(gm_writer *s, og_node_id n)
{
    int r, g, b;
    og__type_rgb(og_graph_node_type(s->g, n), &r, &g, &b);
    data_u64(s, "p_r", (uint64_t)r);
    data_u64(s, "p_g", (uint64_t)g);
    data_u64(s, "p_b", (uint64_t)b);
    data_double(s, "p_size", 10.0 + 2.0 * sqrt((double)og_graph_node_degree(s->g, n)));
}

static void gephi_edge(gm_writer *s, og_edge_id e)
{
    data_double(s, "pe_weight", og_graph_edge_confidence(s->g, e));
}

static void neo4j_node(gm_writer *s, og_node_id n)
{
    char lab[64];
    snprintf(lab, sizeof lab, ":%s", og_node_type_name(og_graph_node_type(s->g, n)));
    data(s, "p_labels", lab);
}

static void neo4j_edge(gm_writer *s, og_edge_id e)
{
    data(s, "pe_label", og_predicate_name(og_graph_edge_predicate(s->g, e)));
}

static const char *yed_shape(og_node_type t)
{
    static const char *shapes[OG_NODE_TYPE_COUNT] = {
        [OG_ORGANISATION] = "roundrectangle", [OG_INITIATIVE] = "trapezoid", [OG_STANDARD] = "rectangle",
        [OG_PARTNERSHIP] = "hexagon",         [OG_AGREEMENT] = "parallelogram", [OG_EVENT] = "octagon",
        [OG_PERSON] = "ellipse",              [OG_PLACE] = "triangle",     [OG_TOPIC] = "diamond",
        [OG_THING] = "rectangle",
    };
    return (unsigned)t < OG_NODE_TYPE_COUNT ? shapes[t] : "rectangle";
}

static void yed_node(gm_writer *s, og_node_id n)
{
    og_node_type t = og_graph_node_type(s->g, n);
    const char *label = og_graph_node_label(s->g, n);
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)label; *p; p++)
        chars += (*p & 0xC0) != 0x80;
    double width = 20.0 + 7.0 * (double)(chars > 60 ? 60 : chars);
    char num[32];
    /* a grid, so that the file opens readable before any yEd layout runs */
    start(s, "data");
    attr(s, "key", "p_nodegraphics");
    start_y(s, "ShapeNode");
    start_y(s, "Geometry");
    attr(s, "height", "30.0");
    og__format_double(num, width);
    attr(s, "width", num);
    og__format_double(num, (double)(n % 10u) * 480.0);
    attr(s, "x", num);
    og__format_double(num, (double)(n / 10u) * 60.0);
    attr(s, "y", num);
    end(s);
    start_y(s, "Fill");
    attr(s, "color", og__type_colour(t));
    attr(s, "transparent", "false");
    end(s);
    start_y(s, "BorderStyle");
    attr(s, "color", "#000000");
    attr(s, "type", "line");
    attr(s, "width", "1.0");
    end(s);
    start_y(s, "NodeLabel");
    attr(s, "textColor", og__type_text_colour(t));
    text(s, label);
    end(s);
    start_y(s, "Shape");
    attr(s, "type", yed_shape(t));
    end(s);
    end(s); /* ShapeNode */
    end(s); /* data */
}

static void yed_edge(gm_writer *s, og_edge_id e)
{
    start(s, "data");
    attr(s, "key", "pe_edgegraphics");
    start_y(s, "PolyLineEdge");
    start_y(s, "LineStyle");
    attr(s, "color", "#000000");
    attr(s, "type", og_graph_edge_hedged(s->g, e) ? "dashed" : "line");
    attr(s, "width", "1.0");
    end(s);
    start_y(s, "Arrows");
    attr(s, "source", "none");
    attr(s, "target", "standard");
    end(s);
    start_y(s, "EdgeLabel");
    text(s, og_predicate_name(og_graph_edge_predicate(s->g, e)));
    end(s);
    end(s);
    end(s);
}

static const gm_profile_key gephi_node_keys[] = {
    {"p_r", "r", "int"}, {"p_g", "g", "int"}, {"p_b", "b", "int"}, {"p_size", "size", "double"}};
static const gm_profile_key gephi_edge_keys[] = {{"pe_weight", "weight", "double"}};
static const gm_profile_key neo4j_node_keys[] = {{"p_labels", "labels", "string"}};
static const gm_profile_key neo4j_edge_keys[] = {{"pe_label", "label", "string"}};

static const gm_profile profiles[] = {
    [OG_PROFILE_PLAIN] = {NULL, NULL, 0, 0, 0, NULL, NULL},
    [OG_PROFILE_GEPHI] = {gephi_node_keys, gephi_edge_keys, 4, 1, 0, gephi_node, gephi_edge},
    [OG_PROFILE_YED] = {NULL, NULL, 0, 0, 1, yed_node, yed_edge},
    [OG_PROFILE_NEO4J] = {neo4j_node_keys, neo4j_edge_keys, 1, 1, 0, neo4j_node, neo4j_edge},
};

/* ---- the document -------------------------------------------------------- */

static void write_keys(gm_writer *s)
{
    const gm_profile *p = s->profile;
    char id[32];
    for (int i = 0; i < OG__GMN_COUNT; i++)
        write_key(s, og__gm_node_keys[i].id, "node", og__gm_node_keys[i].name, og__gm_node_keys[i].type);
    for (size_t i = 0; i < s->n_extras[0]; i++) {
        extra_id(id, 0, i);
        write_key(s, id, "node", s->extras[0][i].name, kind_type(s->extras[0][i].kind));
    }
    for (size_t i = 0; i < p->n_node_keys; i++)
        write_key(s, p->node_keys[i].id, "node", p->node_keys[i].name, p->node_keys[i].type);
    if (p->yfiles) {
        start(s, "key");
        attr(s, "id", "p_nodegraphics");
        attr(s, "for", "node");
        attr(s, "yfiles.type", "nodegraphics");
        end(s);
    }
    for (int i = 0; i < OG__GME_COUNT; i++) {
        if (i == OG__GME_HEDGED && !s->any_hedged)
            continue;
        write_key(s, og__gm_edge_keys[i].id, "edge", og__gm_edge_keys[i].name, og__gm_edge_keys[i].type);
    }
    for (size_t i = 0; i < s->n_extras[1]; i++) {
        extra_id(id, 1, i);
        write_key(s, id, "edge", s->extras[1][i].name, kind_type(s->extras[1][i].kind));
    }
    for (size_t i = 0; i < p->n_edge_keys; i++)
        write_key(s, p->edge_keys[i].id, "edge", p->edge_keys[i].name, p->edge_keys[i].type);
    if (p->yfiles) {
        start(s, "key");
        attr(s, "id", "pe_edgegraphics");
        attr(s, "for", "edge");
        attr(s, "yfiles.type", "edgegraphics");
        end(s);
    }
}

/* type_votes "Organisation:3|Initiative:1" (SPEC type order, non-zero), left
 * out when it says what a reader assumes anyway: one vote for the node's type. */
static void write_type_votes(gm_writer *s, og_node_id n)
{
    const og_graph *g = s->g;
    og_node_type type = og_graph_node_type(g, n);
    int plain = 1;
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++)
        plain &= og_graph_node_type_votes(g, n, (og_node_type)t) == (t == (int)type ? 1u : 0u);
    if (plain)
        return;
    char buf[OG_NODE_TYPE_COUNT * 40];
    size_t at = 0;
    buf[0] = '\0';
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++) {
        uint64_t v = og_graph_node_type_votes(g, n, (og_node_type)t);
        if (v)
            at += (size_t)snprintf(buf + at, sizeof buf - at, "%s%s:%" PRIu64, at ? "|" : "",
                                   og_node_type_name((og_node_type)t), v);
    }
    data_ascii(s, og__gm_node_keys[OG__GMN_TYPE_VOTES].id, at ? buf : "none");
}

static void write_node(gm_writer *s, og_node_id n)
{
    const og_graph *g = s->g;
    start(s, "node");
    attr(s, "id", node_xml_id(s, n));
    const char *label = og_graph_node_label(g, n);
    data(s, og__gm_node_keys[OG__GMN_LABEL].id, label);
    data(s, og__gm_node_keys[OG__GMN_NAME].id, label);
    data(s, og__gm_node_keys[OG__GMN_TYPE].id, og_node_type_name(og_graph_node_type(g, n)));
    og__xbuf_clear(&s->val);
    if (og__join_aliases(&s->val, g, n))
        s->oom = 1;
    data(s, og__gm_node_keys[OG__GMN_ALIASES].id, og__xbuf_cstr(&s->val));
    for (int k = OG__GMN_ACRONYM; k <= OG__GMN_STAKEHOLDER; k++)
        data(s, og__gm_node_keys[k].id, og_graph_node_attr_str(g, n, og__gm_node_keys[k].name));
    og__xbuf_clear(&s->val);
    if (og__join_node_sources(&s->val, g, n))
        s->oom = 1;
    data(s, og__gm_node_keys[OG__GMN_SOURCES].id, og__xbuf_cstr(&s->val));
    data_u64(s, og__gm_node_keys[OG__GMN_SOURCE_COUNT].id, og_graph_node_source_count(g, n));
    data_u64(s, og__gm_node_keys[OG__GMN_MENTIONS].id, og_graph_node_mentions(g, n));
    write_type_votes(s, n);
    if (og_graph_node_type_fixed(g, n))
        data_ascii(s, og__gm_node_keys[OG__GMN_TYPE_FIXED].id, "true");
    data(s, og__gm_node_keys[OG__GMN_LEXICON_ID].id, og_graph_node_lexicon_id(g, n));
    size_t na = og_graph_node_attr_count(g, n);
    for (size_t i = 0; i < na; i++) {
        const char *key = NULL;
        const og_value *v = NULL;
        og_graph_node_attr_at(g, n, i, &key, &v);
        write_extra_data(s, 0, key, v);
    }
    if (s->profile->node_data)
        s->profile->node_data(s, n);
    end(s);
}

static void write_edge(gm_writer *s, og_edge_id e)
{
    const og_graph *g = s->g;
    char id[32];
    snprintf(id, sizeof id, "e%" PRIu32, e);
    start(s, "edge");
    attr(s, "id", id);
    attr(s, "source", node_xml_id(s, og_graph_edge_subject(g, e)));
    attr(s, "target", node_xml_id(s, og_graph_edge_object(g, e)));
    const char *pred = og_predicate_name(og_graph_edge_predicate(g, e));
    data(s, og__gm_edge_keys[OG__GME_TYPE].id, pred);
    data(s, og__gm_edge_keys[OG__GME_INTERACTION].id, pred);
    size_t kept = og_graph_edge_evidence_kept(g, e);
    double conf = og_graph_edge_confidence(g, e);
    if (kept || conf != 0.0 || og_graph_edge_evidence_count(g, e)) /* no evidence, no confidence */
        data_double(s, og__gm_edge_keys[OG__GME_CONFIDENCE].id, conf);
    const og_evidence *first = kept ? og_graph_edge_evidence(g, e, 0) : NULL;
    data(s, og__gm_edge_keys[OG__GME_SENTENCE].id, first ? first->sentence : NULL);
    if (kept) {
        og__xbuf_clear(&s->val);
        int rc = og__evidence_json(&s->val, g, e);
        if (rc)
            s->oom = 1;
        data(s, og__gm_edge_keys[OG__GME_EVIDENCE].id, og__xbuf_cstr(&s->val));
    }
    data_u64(s, og__gm_edge_keys[OG__GME_EVIDENCE_COUNT].id, og_graph_edge_evidence_count(g, e));
    og__xbuf_clear(&s->val);
    if (og__join_edge_sources(&s->val, g, e))
        s->oom = 1;
    data(s, og__gm_edge_keys[OG__GME_SOURCES].id, og__xbuf_cstr(&s->val));
    if (s->any_hedged)
        data(s, og__gm_edge_keys[OG__GME_HEDGED].id, og_graph_edge_hedged(g, e) ? "true" : "false");
    size_t na = og_graph_edge_attr_count(g, e);
    for (size_t i = 0; i < na; i++) {
        const char *key = NULL;
        const og_value *v = NULL;
        og_graph_edge_attr_at(g, e, i, &key, &v);
        write_extra_data(s, 1, key, v);
    }
    if (s->profile->edge_data)
        s->profile->edge_data(s, e);
    end(s);
}

static void write_document(gm_writer *s)
{
    start(s, "graphml");
    attr(s, "xmlns", OG__GRAPHML_NS);
    attr(s, "xmlns:xsi", OG__GRAPHML_XSI);
    if (s->profile->yfiles)
        attr(s, "xmlns:y", OG__YFILES_NS);
    attr(s, "xsi:schemaLocation", OG__GRAPHML_SCHEMA);
    write_keys(s);
    start(s, "graph");
    attr(s, "id", "G");
    attr(s, "edgedefault", "directed");
    size_t nn = og_graph_node_count(s->g), ne = og_graph_edge_count(s->g);
    for (og_node_id n = 0; n < nn && !s->xw.rc && !s->oom; n++)
        write_node(s, n);
    for (og_edge_id e = 0; e < ne && !s->xw.rc && !s->oom; e++)
        write_edge(s, e);
    end(s); /* graph */
    end(s); /* graphml */
}

int og_export_graphml(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err)
{
    if (!g || !out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_graphml: %s is NULL", g ? "out" : "g");
    og_graphml_profile prof = opts ? opts->profile : OG_PROFILE_PLAIN;
    if ((unsigned)prof >= sizeof profiles / sizeof profiles[0])
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_graphml: unknown profile %d", (int)prof);
    gm_writer s;
    memset(&s, 0, sizeof s);
    s.g = g;
    s.profile = &profiles[prof];
    collect_extras(&s);
    int rc = 0;
    if (!s.oom) {
        if (og__xw_begin(&s.xw, out) == 0)
            write_document(&s);
        rc = og__xw_finish(&s.xw); /* the sink's OG_EIO, else OG_ENOMEM */
    }
    if (rc || s.oom || s.val.failed) {
        rc = rc ? rc : OG_ENOMEM;
        og_error_set(err, (og_status)rc, NULL, 0, 0, "writing GraphML failed: %s", og_status_string(rc));
    }
    for (int d = 0; d < 2; d++) {
        og_free(s.extras[d]);
        og__strmap_free(&s.extra_index[d]);
    }
    og__xbuf_free(&s.val);
    return rc;
}
