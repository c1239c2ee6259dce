/*
 * rdfvocab.c - orgraph's RDF vocabulary and the shared graph walk behind the
 * JSON-LD and N-Quads writers.
 *
 * Does: the class/property tables (schema.org where a term fits, the orgraph
 * namespace otherwise), base IRI checks, IRI percent-encoding of node ids,
 * UTF-8 repair, the xsd:double canonical form JSON-LD uses, and one
 * deterministic walk (nodes, then a statement node plus evidence nodes per
 * edge) that both writers consume, so they cannot disagree on a triple.
 * Does not: write any syntax (jsonld.c, nquads.c), or touch the graph.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "rdfvocab.h"

#define SCHEMA OG__SCHEMA_NS
#define OG OG__RDF_NS
#define RDF OG__RDF_RDF_NS

const char *const og__rdf_prefixes[][2] = {
    {"schema", SCHEMA},
    {"og", OG},
    {"rdf", RDF},
    {"xsd", OG__RDF_XSD_NS},
    {NULL, NULL},
};

/* Indices into og__rdf_props, in table order. */
enum {
    P_NAME, P_ALT, P_IDENT, P_ACRONYM, P_FOUNDED, P_ADDRESS, P_URL, P_STAKEHOLDER,
    P_SOURCE, P_SOURCE_COUNT, P_MENTIONS,
    P_PART_OF, P_MEMBER_OF, P_PARTNER_IN, P_COLLAB, P_DEVELOPS, P_LAUNCHES, P_HOSTS,
    P_SUPPORTS, P_ADOPTS, P_LOCATED_IN, P_WORKS_ON, P_RELATED,
    P_SUBJECT, P_PREDICATE, P_OBJECT, P_CONFIDENCE, P_EVIDENCE_COUNT, P_HEDGED, P_EVIDENCE,
    P_DOCUMENT, P_LINE, P_COLUMN, P_SENTENCE,
    P_COUNT
};

const og__rdf_prop og__rdf_props[] = {
    [P_NAME] = {"name", SCHEMA "name", OG__RDF_STRING, 0},
    [P_ALT] = {"alternateName", SCHEMA "alternateName", OG__RDF_STRING, 0},
    [P_IDENT] = {"identifier", SCHEMA "identifier", OG__RDF_STRING, 0},
    [P_ACRONYM] = {"acronym", OG "acronym", OG__RDF_STRING, 0},
    [P_FOUNDED] = {"foundingDate", SCHEMA "foundingDate", OG__RDF_STRING, 0},
    [P_ADDRESS] = {"address", OG "address", OG__RDF_STRING, 0},
    [P_URL] = {"url", SCHEMA "url", OG__RDF_STRING, 0},
    [P_STAKEHOLDER] = {"stakeholderGroup", OG "stakeholderGroup", OG__RDF_STRING, 0},
    [P_SOURCE] = {"source", OG "source", OG__RDF_STRING, 0},
    [P_SOURCE_COUNT] = {"sourceCount", OG "sourceCount", OG__RDF_INTEGER, 1},
    [P_MENTIONS] = {"mentions", OG "mentions", OG__RDF_INTEGER, 1},
    [P_PART_OF] = {"parentOrganization", SCHEMA "parentOrganization", OG__RDF_IRI, 1},
    [P_MEMBER_OF] = {"memberOf", SCHEMA "memberOf", OG__RDF_IRI, 1},
    [P_PARTNER_IN] = {"partnerIn", OG "partnerIn", OG__RDF_IRI, 1},
    [P_COLLAB] = {"collaboratesWith", OG "collaboratesWith", OG__RDF_IRI, 1},
    [P_DEVELOPS] = {"develops", OG "develops", OG__RDF_IRI, 1},
    [P_LAUNCHES] = {"launches", OG "launches", OG__RDF_IRI, 1},
    [P_HOSTS] = {"hosts", OG "hosts", OG__RDF_IRI, 1},
    [P_SUPPORTS] = {"supports", OG "supports", OG__RDF_IRI, 1},
    [P_ADOPTS] = {"adopts", OG "adopts", OG__RDF_IRI, 1},
    [P_LOCATED_IN] = {"location", SCHEMA "location", OG__RDF_IRI, 1},
    [P_WORKS_ON] = {"knowsAbout", SCHEMA "knowsAbout", OG__RDF_IRI, 1},
    [P_RELATED] = {"relatedTo", OG "relatedTo", OG__RDF_IRI, 1},
    [P_SUBJECT] = {"subject", RDF "subject", OG__RDF_IRI, 1},
    [P_PREDICATE] = {"predicate", RDF "predicate", OG__RDF_IRI, 1},
    [P_OBJECT] = {"object", RDF "object", OG__RDF_IRI, 1},
    [P_CONFIDENCE] = {"confidence", OG "confidence", OG__RDF_DOUBLE, 1},
    [P_EVIDENCE_COUNT] = {"evidenceCount", OG "evidenceCount", OG__RDF_INTEGER, 1},
    [P_HEDGED] = {"hedged", OG "hedged", OG__RDF_BOOLEAN, 1},
    [P_EVIDENCE] = {"evidence", OG "evidence", OG__RDF_IRI, 1},
    [P_DOCUMENT] = {"document", OG "document", OG__RDF_STRING, 0},
    [P_LINE] = {"line", OG "line", OG__RDF_INTEGER, 1},
    [P_COLUMN] = {"column", OG "column", OG__RDF_INTEGER, 1},
    [P_SENTENCE] = {"sentence", OG "sentence", OG__RDF_STRING, 0},
};
const size_t og__rdf_prop_count = P_COUNT;

/* Indexed by og_node_type, then the two statement classes. */
enum { C_STATEMENT = OG_NODE_TYPE_COUNT, C_EVIDENCE, C_COUNT };
const og__rdf_class og__rdf_classes[] = {
    [OG_ORGANISATION] = {"Organization", SCHEMA "Organization"},
    [OG_INITIATIVE] = {"Project", SCHEMA "Project"},
    [OG_STANDARD] = {"Standard", OG "Standard"},
    [OG_PARTNERSHIP] = {"Partnership", OG "Partnership"},
    [OG_AGREEMENT] = {"Legislation", SCHEMA "Legislation"},
    [OG_EVENT] = {"Event", SCHEMA "Event"},
    [OG_PERSON] = {"Person", SCHEMA "Person"},
    [OG_PLACE] = {"Place", SCHEMA "Place"},
    [OG_TOPIC] = {"DefinedTerm", SCHEMA "DefinedTerm"},
    [OG_THING] = {"Thing", OG "Thing"},
    [C_STATEMENT] = {"Statement", RDF "Statement"},
    [C_EVIDENCE] = {"Evidence", OG "Evidence"},
};
const size_t og__rdf_class_count = C_COUNT;

const og__rdf_class *og__rdf_type_class(og_node_type t)
{
    if ((unsigned)t >= OG_NODE_TYPE_COUNT)
        t = OG_THING;
    return &og__rdf_classes[t];
}

const og__rdf_prop *og__rdf_predicate_prop(og_predicate p)
{
    if ((unsigned)p >= OG_PREDICATE_COUNT)
        p = OG_RELATED;
    return &og__rdf_props[P_PART_OF + (int)p];
}

/* ---------------------------------------------------------------- IRIs -- */

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_hex(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int is_unreserved(int c) { return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~'; }
static int is_subdelim(int c) { return c != 0 && strchr("!$&'()*+,;=", c) != NULL; }

/* Scans RFC 3986 characters from `s` while they are pchar or in `extra`;
 * returns the end, or NULL on a bad %-escape. */
static const char *scan_chars(const char *s, const char *extra)
{
    for (;;) {
        int c = (unsigned char)*s;
        if (c == '%') {
            if (!is_hex((unsigned char)s[1]) || !is_hex((unsigned char)s[2]))
                return NULL;
            s += 3;
        } else if (c && (is_unreserved(c) || is_subdelim(c) || c == ':' || c == '@' || strchr(extra, c))) {
            s++;
        } else {
            return s;
        }
    }
}

int og__rdf_is_absolute_iri(const char *s)
{
    if (!s || !is_alpha((unsigned char)*s))
        return 0;
    const char *p = s + 1;
    while (is_alpha((unsigned char)*p) || is_digit((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
        p++;
    if (*p != ':')
        return 0;
    p++;
    if (p[0] == '/' && p[1] == '/') {
        p += 2;
        /* authority = [userinfo "@"] host [":" port] */
        const char *at = p;
        while (*at && *at != '/' && *at != '?' && *at != '#' && *at != '@')
            at++;
        if (*at == '@') {
            for (const char *u = p; u < at; u++) {
                int c = (unsigned char)*u;
                if (c == '%') {
                    if (!is_hex((unsigned char)u[1]) || !is_hex((unsigned char)u[2]))
                        return 0;
                    u += 2;
                } else if (!(is_unreserved(c) || is_subdelim(c) || c == ':')) {
                    return 0;
                }
            }
            p = at + 1;
        }
        if (*p == '[') {
            p++;
            while (is_hex((unsigned char)*p) || *p == ':' || *p == '.' || *p == 'v' || *p == 'V')
                p++;
            if (*p != ']')
                return 0;
            p++;
        } else {
            for (;;) {
                int c = (unsigned char)*p;
                if (c == '%') {
                    if (!is_hex((unsigned char)p[1]) || !is_hex((unsigned char)p[2]))
                        return 0;
                    p += 3;
                } else if (c && (is_unreserved(c) || is_subdelim(c))) {
                    p++;
                } else {
                    break;
                }
            }
        }
        if (*p == ':') {
            p++;
            while (is_digit((unsigned char)*p))
                p++;
        }
        if (*p && *p != '/' && *p != '?' && *p != '#')
            return 0;
    }
    p = scan_chars(p, "/"); /* path */
    if (!p)
        return 0;
    if (*p == '?') {
        p = scan_chars(p + 1, "/?");
        if (!p)
            return 0;
    }
    if (*p == '#') {
        p = scan_chars(p + 1, "/?");
        if (!p)
            return 0;
    }
    return *p == '\0';
}

const char *og__rdf_base(const og_export_options *opts, og_error *err)
{
    const char *base = opts && opts->base ? opts->base : OG__RDF_DEFAULT_BASE;
    if (!og__rdf_is_absolute_iri(base)) {
        og_error_set(err, OG_EINVAL, NULL, 0, 0, "base IRI '%.200s' is not an absolute IRI", base);
        return NULL;
    }
    /* JSON-LD would read "og:x" or "name:x" as a compact IRI: refuse schemes
     * that are context terms or prefixes (unless followed by "//"). */
    const char *colon = strchr(base, ':');
    size_t n = (size_t)(colon - base);
    if (colon[1] != '/' || colon[2] != '/') {
        for (size_t i = 0; og__rdf_prefixes[i][0]; i++)
            if (strlen(og__rdf_prefixes[i][0]) == n && memcmp(og__rdf_prefixes[i][0], base, n) == 0)
                goto clash;
        for (size_t i = 0; i < og__rdf_prop_count; i++)
            if (strlen(og__rdf_props[i].term) == n && memcmp(og__rdf_props[i].term, base, n) == 0)
                goto clash;
        for (size_t i = 0; i < og__rdf_class_count; i++)
            if (strlen(og__rdf_classes[i].term) == n && memcmp(og__rdf_classes[i].term, base, n) == 0)
                goto clash;
    }
    return base;
clash:
    og_error_set(err, OG_EINVAL, NULL, 0, 0,
                 "base IRI '%.200s': scheme '%.*s' is a JSON-LD context term; use another scheme", base, (int)n,
                 base);
    return NULL;
}

void og__rdf_append_encoded(og__buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    int dots = strcmp(s, ".") == 0 || strcmp(s, "..") == 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int c = *p;
        if (!dots && (is_unreserved(c) || is_subdelim(c) || c == ':' || c == '@')) {
            og__buf_putc(b, (char)c);
        } else {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            og__buf_put(b, e, 3);
        }
    }
}

/* --------------------------------------------------------------- UTF-8 -- */

/* Length of the valid UTF-8 sequence at `p` (n bytes left), or 0 if invalid. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0; /* overlong, surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0; /* overlong, > U+10FFFF */
        return 4;
    }
    return 0;
}

const char *og__rdf_utf8(og__buf *scratch, const char *s, size_t *len)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_seq(p + i, n - i);
        if (!k)
            break;
        i += k;
    }
    if (i == n) {
        *len = n;
        return s;
    }
    og__buf_clear(scratch);
    og__buf_put(scratch, s, i);
    while (i < n) {
        size_t k = utf8_seq(p + i, n - i);
        if (k) {
            og__buf_put(scratch, p + i, k);
            i += k;
        } else {
            og__buf_puts(scratch, "\xEF\xBF\xBD");
            i++;
            while (i < n && (p[i] & 0xC0) == 0x80) /* one U+FFFD per broken sequence */
                i++;
        }
    }
    if (og__buf_failed(scratch))
        return NULL;
    *len = scratch->len;
    return scratch->ptr;
}

/* ------------------------------------------------------------- numbers -- */

double og__rdf_round(double d)
{
    if (!isfinite(d))
        return d;
    if (d == 0)
        return 0.0; /* also -0: JSON-LD writes 0.0E0 for it */
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.15g", d);
    return strtod(tmp, NULL);
}

void og__rdf_double_lexical(char out[40], double d)
{
    if (og__format_nonfinite(out, d))
        return;
    if (d == 0)
        d = 0.0;
    /* JSON-LD: x.toExponential(15).replace(/(\d)0*e\+?/, '$1E') */
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.15e", d);
    char *e = strchr(tmp, 'e');
    char *m = e;
    while (m[-1] == '0' && m[-2] != '.')
        m--;
    size_t k = (size_t)(m - tmp);
    memcpy(out, tmp, k);
    out[k++] = 'E';
    long x = strtol(e + 1, NULL, 10);
    snprintf(out + k, 40 - k, "%ld", x);
}

/* ---------------------------------------------------------------- walk -- */

typedef struct walk {
    const og_graph *g;
    const og__rdf_visitor *v;
    const char *base;
    og__buf iri;     /* current subject */
    og__buf obj;     /* object IRIs */
    og__buf scratch; /* UTF-8 repair */
    og__buf ev;      /* evidence IRIs */
    og__buf key;     /* foreign attribute property IRIs */
} walk;

static int put_node_iri(walk *w, og__buf *b, og_node_id n)
{
    og__buf_clear(b);
    og__buf_puts(b, w->base);
    const char *id = og_graph_node_id(w->g, n);
    if (id && *id)
        og__rdf_append_encoded(b, id);
    else
        og__buf_printf(b, "node/%lu", (unsigned long)n);
    return og__buf_failed(b) ? OG_ENOMEM : 0;
}

static int v_string(walk *w, const og__rdf_prop *p, const char *s)
{
    og__rdf_value val = {OG__RDF_STRING, NULL, 0, 0, 0};
    val.s = og__rdf_utf8(&w->scratch, s, &val.len);
    if (!val.s)
        return OG_ENOMEM;
    return w->v->value(w->v->ctx, p, &val);
}

static int v_iri(walk *w, const og__rdf_prop *p, const char *iri)
{
    og__rdf_value val = {OG__RDF_IRI, iri, strlen(iri), 0, 0};
    return w->v->value(w->v->ctx, p, &val);
}

static int v_int(walk *w, const og__rdf_prop *p, uint64_t i)
{
    og__rdf_value val = {OG__RDF_INTEGER, NULL, 0, i > INT64_MAX ? INT64_MAX : (int64_t)i, 0};
    return w->v->value(w->v->ctx, p, &val);
}

static int v_double(walk *w, const og__rdf_prop *p, double d)
{
    og__rdf_value val = {OG__RDF_DOUBLE, NULL, 0, 0, og__rdf_round(d)};
    return w->v->value(w->v->ctx, p, &val);
}

/* A foreign attribute: property og:attr/<key>, value typed by its kind. */
static int v_attr(walk *w, const char *key, const og_value *value)
{
    og__buf_clear(&w->key);
    og__buf_puts(&w->key, OG "attr/");
    og__rdf_append_encoded(&w->key, key);
    if (og__buf_failed(&w->key))
        return OG_ENOMEM;
    og__rdf_prop p = {NULL, w->key.ptr, OG__RDF_STRING, 0};
    switch (value->kind) {
    case OG_VAL_INT: {
        og__rdf_value val = {OG__RDF_INTEGER, NULL, 0, value->u.i, 0};
        return w->v->value(w->v->ctx, &p, &val);
    }
    case OG_VAL_DOUBLE:
        return v_double(w, &p, value->u.d);
    case OG_VAL_BOOL: {
        og__rdf_value val = {OG__RDF_BOOLEAN, NULL, 0, value->u.b ? 1 : 0, 0};
        return w->v->value(w->v->ctx, &p, &val);
    }
    default:
        return v_string(w, &p, value->u.s);
    }
}

static int walk_node_attrs(walk *w, og_node_id n)
{
    static const struct {
        const char *key;
        int prop;
    } known[] = {
        {OG_ATTR_ACRONYM, P_ACRONYM}, {OG_ATTR_ESTABLISHED, P_FOUNDED}, {OG_ATTR_ADDRESS, P_ADDRESS},
        {OG_ATTR_WEBSITE, P_URL},     {OG_ATTR_STAKEHOLDER, P_STAKEHOLDER},
    };
    int rc = 0;
    size_t na = og_graph_node_attr_count(w->g, n);
    for (size_t i = 0; i < na && !rc; i++) {
        const char *key = NULL;
        const og_value *val = NULL;
        og_graph_node_attr_at(w->g, n, i, &key, &val);
        if (!key || !val)
            continue;
        int prop = -1;
        for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
            if (strcmp(key, known[k].key) == 0)
                prop = known[k].prop;
        if (prop < 0 || val->kind != OG_VAL_STRING) {
            rc = v_attr(w, key, val);
        } else if (prop == P_URL && og__rdf_is_absolute_iri(val->u.s)) {
            rc = v_iri(w, &og__rdf_props[P_URL], val->u.s);
        } else {
            rc = v_string(w, &og__rdf_props[prop], val->u.s);
        }
    }
    return rc;
}

static int walk_node(walk *w, og_node_id n, const uint32_t *out_edges, size_t lo, size_t hi)
{
    const og_graph *g = w->g;
    int rc = put_node_iri(w, &w->iri, n);
    if (!rc)
        rc = w->v->subject(w->v->ctx, w->iri.ptr, og__rdf_type_class(og_graph_node_type(g, n)));
    const char *id = og_graph_node_id(g, n);
    if (!rc && id)
        rc = v_string(w, &og__rdf_props[P_IDENT], id);
    if (!rc)
        rc = v_string(w, &og__rdf_props[P_NAME], og_graph_node_label(g, n));
    size_t na = og_graph_node_alias_count(g, n);
    for (size_t i = 0; i < na && !rc; i++)
        rc = v_string(w, &og__rdf_props[P_ALT], og_graph_node_alias(g, n, i));
    if (!rc)
        rc = walk_node_attrs(w, n);
    size_t ns = og_graph_node_sources_kept(g, n);
    for (size_t i = 0; i < ns && !rc; i++)
        rc = v_string(w, &og__rdf_props[P_SOURCE], og_graph_node_source(g, n, i));
    if (!rc)
        rc = v_int(w, &og__rdf_props[P_SOURCE_COUNT], og_graph_node_source_count(g, n));
    if (!rc)
        rc = v_int(w, &og__rdf_props[P_MENTIONS], og_graph_node_mentions(g, n));
    for (size_t k = lo; k < hi && !rc; k++) {
        og_edge_id e = out_edges[k];
        rc = put_node_iri(w, &w->obj, og_graph_edge_object(g, e));
        if (!rc)
            rc = v_iri(w, og__rdf_predicate_prop(og_graph_edge_predicate(g, e)), w->obj.ptr);
    }
    if (!rc)
        rc = w->v->end(w->v->ctx);
    return rc;
}

/* FNV-1a 64 over "subject-id \0 predicate \0 object-id": stable across runs,
 * selections and machines, unlike the edge index. */
static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static int put_statement_iri(walk *w, og_edge_id e)
{
    const og_graph *g = w->g;
    uint64_t h = 14695981039346656037ull;
    og_node_id s = og_graph_edge_subject(g, e), o = og_graph_edge_object(g, e);
    /* the node IRIs stand for the ids (and cover id-less nodes) */
    if (put_node_iri(w, &w->obj, s))
        return OG_ENOMEM;
    h = fnv(h, w->obj.ptr, w->obj.len + 1);
    const char *pn = og_predicate_name(og_graph_edge_predicate(g, e));
    if (!pn)
        pn = "related_to";
    h = fnv(h, pn, strlen(pn) + 1);
    if (put_node_iri(w, &w->obj, o))
        return OG_ENOMEM;
    h = fnv(h, w->obj.ptr, w->obj.len);
    og__buf_clear(&w->iri);
    og__buf_printf(&w->iri, "%sstmt/%016llx", w->base, (unsigned long long)h);
    return og__buf_failed(&w->iri) ? OG_ENOMEM : 0;
}

static int walk_edge(walk *w, og_edge_id e)
{
    const og_graph *g = w->g;
    int rc = put_statement_iri(w, e);
    if (!rc)
        rc = w->v->subject(w->v->ctx, w->iri.ptr, &og__rdf_classes[C_STATEMENT]);
    if (!rc)
        rc = put_node_iri(w, &w->obj, og_graph_edge_subject(g, e));
    if (!rc)
        rc = v_iri(w, &og__rdf_props[P_SUBJECT], w->obj.ptr);
    if (!rc)
        rc = v_iri(w, &og__rdf_props[P_PREDICATE], og__rdf_predicate_prop(og_graph_edge_predicate(g, e))->iri);
    if (!rc)
        rc = put_node_iri(w, &w->obj, og_graph_edge_object(g, e));
    if (!rc)
        rc = v_iri(w, &og__rdf_props[P_OBJECT], w->obj.ptr);
    if (!rc)
        rc = v_double(w, &og__rdf_props[P_CONFIDENCE], og_graph_edge_confidence(g, e));
    if (!rc)
        rc = v_int(w, &og__rdf_props[P_EVIDENCE_COUNT], og_graph_edge_evidence_count(g, e));
    if (!rc) {
        og__rdf_value val = {OG__RDF_BOOLEAN, NULL, 0, og_graph_edge_hedged(g, e) ? 1 : 0, 0};
        rc = w->v->value(w->v->ctx, &og__rdf_props[P_HEDGED], &val);
    }
    size_t nev = og_graph_edge_evidence_kept(g, e);
    size_t stmt_len = w->iri.len;
    for (size_t i = 0; i < nev && !rc; i++) {
        og__buf_clear(&w->ev);
        og__buf_put(&w->ev, w->iri.ptr, stmt_len);
        og__buf_printf(&w->ev, "/ev/%lu", (unsigned long)(i + 1));
        rc = og__buf_failed(&w->ev) ? OG_ENOMEM : v_iri(w, &og__rdf_props[P_EVIDENCE], w->ev.ptr);
    }
    size_t na = og_graph_edge_attr_count(g, e);
    for (size_t i = 0; i < na && !rc; i++) {
        const char *key = NULL;
        const og_value *val = NULL;
        og_graph_edge_attr_at(g, e, i, &key, &val);
        if (key && val)
            rc = v_attr(w, key, val);
    }
    if (!rc)
        rc = w->v->end(w->v->ctx);
    for (size_t i = 0; i < nev && !rc; i++) {
        const og_evidence *ev = og_graph_edge_evidence(g, e, i);
        og__buf_truncate(&w->iri, stmt_len);
        og__buf_printf(&w->iri, "/ev/%lu", (unsigned long)(i + 1));
        if (og__buf_failed(&w->iri))
            return OG_ENOMEM;
        rc = w->v->subject(w->v->ctx, w->iri.ptr, &og__rdf_classes[C_EVIDENCE]);
        if (!rc)
            rc = v_string(w, &og__rdf_props[P_DOCUMENT], ev ? ev->doc : "");
        if (!rc)
            rc = v_int(w, &og__rdf_props[P_LINE], ev ? ev->line : 0);
        if (!rc)
            rc = v_int(w, &og__rdf_props[P_COLUMN], ev ? ev->column : 0);
        if (!rc)
            rc = v_string(w, &og__rdf_props[P_SENTENCE], ev ? ev->sentence : "");
        if (!rc)
            rc = v_double(w, &og__rdf_props[P_CONFIDENCE], ev ? ev->confidence : 0.0);
        if (!rc)
            rc = w->v->end(w->v->ctx);
    }
    return rc;
}

int og__rdf_walk(const og_graph *g, const char *base, const og__rdf_visitor *v, og_error *err)
{
    size_t nn = og_graph_node_count(g), ne = og_graph_edge_count(g);
    /* Outgoing edges grouped by subject, then predicate, then edge index:
     * two stable counting sorts, O(V + E). */
    uint32_t *by_pred = og_malloc((ne ? ne : 1) * sizeof *by_pred);
    uint32_t *out = og_malloc((ne ? ne : 1) * sizeof *out);
    size_t *start = og_malloc((nn + 1) * sizeof *start);
    if (!by_pred || !out || !start) {
        og_free(by_pred);
        og_free(out);
        og_free(start);
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory grouping %lu edges", (unsigned long)ne);
    }
    size_t pc[OG_PREDICATE_COUNT + 1] = {0};
    for (size_t e = 0; e < ne; e++) {
        unsigned p = (unsigned)og_graph_edge_predicate(g, (og_edge_id)e);
        pc[(p < OG_PREDICATE_COUNT ? p : OG_RELATED) + 1]++;
    }
    for (size_t p = 0; p < OG_PREDICATE_COUNT; p++)
        pc[p + 1] += pc[p];
    for (size_t e = 0; e < ne; e++) {
        unsigned p = (unsigned)og_graph_edge_predicate(g, (og_edge_id)e);
        by_pred[pc[p < OG_PREDICATE_COUNT ? p : OG_RELATED]++] = (uint32_t)e;
    }
    memset(start, 0, (nn + 1) * sizeof *start);
    for (size_t e = 0; e < ne; e++) {
        og_node_id s = og_graph_edge_subject(g, (og_edge_id)e);
        if (s < nn)
            start[s + 1]++;
    }
    for (size_t n = 0; n < nn; n++)
        start[n + 1] += start[n];
    {
        size_t *fill = start; /* reuse: shift back afterwards */
        for (size_t k = 0; k < ne; k++) {
            og_node_id s = og_graph_edge_subject(g, by_pred[k]);
            if (s < nn)
                out[fill[s]++] = by_pred[k];
        }
        for (size_t n = nn; n > 0; n--)
            start[n] = start[n - 1];
        start[0] = 0;
    }
    og_free(by_pred);

    walk w = {g, v, base, OG__BUF_INIT, OG__BUF_INIT, OG__BUF_INIT, OG__BUF_INIT, OG__BUF_INIT};
    int rc = 0;
    for (size_t n = 0; n < nn && !rc; n++)
        rc = walk_node(&w, (og_node_id)n, out, start[n], start[n + 1]);
    for (size_t e = 0; e < ne && !rc; e++)
        rc = walk_edge(&w, (og_edge_id)e);
    og_free(out);
    og_free(start);
    og__buf_free(&w.iri);
    og__buf_free(&w.obj);
    og__buf_free(&w.scratch);
    og__buf_free(&w.ev);
    og__buf_free(&w.key);
    if (rc == OG_ENOMEM)
        og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory writing linked data");
    return rc;
}
