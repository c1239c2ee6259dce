/*
 * jsonld.c - JSON-LD 1.1 exporter.
 *
 * Does: writes {"@context": {...}, "@graph": [node, ..., statement, evidence,
 * ...]} through the sink. The context is embedded (no network): terms for
 * every class and property of rdfvocab.c, with datatypes declared so numbers
 * and links come out typed. Each subject of og__rdf_walk() becomes one
 * jansson object, dumped with json_dump_callback() into the sink and freed
 * before the next, so memory stays O(one node) whatever the graph size; only
 * the framing ('{', ',', '[', ']}') is written by hand.
 * Does not: compact, frame or validate; choose IRIs or the vocabulary
 * (rdfvocab.c does, so the N-Quads writer emits the same triples).
 */
#include <math.h>
#include <string.h>

#include <jansson.h>

#include "rdfvocab.h"

/* Every dump: compact, key order as inserted, 15 significant digits (what
 * og__rdf_round() kept, so the text reads back to the same double). */
#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

typedef struct jctx {
    og_sink *out;
    json_t *obj;   /* subject being built */
    size_t count;  /* subjects written */
    og__buf term;  /* scratch: compacted IRIs for the context */
    og__buf text;  /* the node object being dumped */
} jctx;

/* jansson emits a node token by token: collect it, then one sink write. */
static int buf_cb(const char *buf, size_t size, void *data)
{
    return og__buf_put((og__buf *)data, buf, size) == 0 ? 0 : -1;
}

/* "http://schema.org/name" -> "schema:name" when a prefix matches. */
static const char *compact(og__buf *b, const char *iri)
{
    for (size_t i = 0; og__rdf_prefixes[i][0]; i++) {
        size_t n = strlen(og__rdf_prefixes[i][1]);
        if (strncmp(iri, og__rdf_prefixes[i][1], n) == 0 && iri[n]) {
            og__buf_clear(b);
            og__buf_printf(b, "%s:%s", og__rdf_prefixes[i][0], iri + n);
            return og__buf_failed(b) ? NULL : b->ptr;
        }
    }
    return iri;
}

/* json_object_set_new that tolerates a NULL value (then fails). */
static int set_new(json_t *o, const char *k, json_t *v)
{
    return v && json_object_set_new(o, k, v) == 0 ? 0 : -1;
}

static json_t *build_context(og__buf *b)
{
    json_t *ctx = json_object();
    int bad = !ctx;
    bad |= !ctx || set_new(ctx, "@version", json_real(1.1));
    for (size_t i = 0; !bad && og__rdf_prefixes[i][0]; i++)
        bad |= set_new(ctx, og__rdf_prefixes[i][0], json_string(og__rdf_prefixes[i][1]));
    for (size_t i = 0; !bad && i < og__rdf_class_count; i++) {
        const char *c = compact(b, og__rdf_classes[i].iri);
        bad |= !c || set_new(ctx, og__rdf_classes[i].term, json_string(c));
    }
    for (size_t i = 0; !bad && i < og__rdf_prop_count; i++) {
        const og__rdf_prop *p = &og__rdf_props[i];
        const char *c = compact(b, p->iri);
        if (!c) {
            bad = 1;
        } else if (!p->coerced) {
            bad |= set_new(ctx, p->term, json_string(c));
        } else {
            const char *type = p->coerce == OG__RDF_IRI       ? "@id"
                               : p->coerce == OG__RDF_INTEGER ? "xsd:integer"
                               : p->coerce == OG__RDF_DOUBLE  ? "xsd:double"
                               : p->coerce == OG__RDF_BOOLEAN ? "xsd:boolean"
                                                              : "xsd:string";
            json_t *def = json_object();
            bad |= !def || set_new(def, "@id", json_string(c)) || set_new(def, "@type", json_string(type));
            bad |= set_new(ctx, p->term, def);
        }
    }
    if (bad) {
        json_decref(ctx);
        return NULL;
    }
    return ctx;
}

static int on_subject(void *vctx, const char *iri, const og__rdf_class *cls)
{
    jctx *j = vctx;
    j->obj = json_object();
    if (!j->obj || set_new(j->obj, "@id", json_string(iri)) || set_new(j->obj, "@type", json_string(cls->term)))
        return OG_ENOMEM;
    return 0;
}

static json_t *double_value(double d, int coerced)
{
    if (isfinite(d) && coerced)
        return json_real(d);
    char lex[40];
    og__rdf_double_lexical(lex, d);
    if (coerced) /* NaN/INF: the term's xsd:double applies to the string */
        return json_string(lex);
    json_t *v = json_object();
    if (!v || set_new(v, "@value", isfinite(d) ? json_real(d) : json_string(lex)) ||
        set_new(v, "@type", json_string(OG__RDF_XSD_NS "double"))) {
        json_decref(v);
        return NULL;
    }
    return v;
}

static int on_value(void *vctx, const og__rdf_prop *p, const og__rdf_value *v)
{
    jctx *j = vctx;
    json_t *val = NULL;
    /* A term's declared datatype applies only when the value has that kind;
     * schema:url (no declared type) carries either a link or a literal. */
    int coerced = p->term && p->coerced && p->coerce == v->kind;
    switch (v->kind) {
    case OG__RDF_IRI:
        if (coerced) {
            val = json_stringn(v->s, v->len);
        } else {
            val = json_object();
            if (val && set_new(val, "@id", json_stringn(v->s, v->len))) {
                json_decref(val);
                val = NULL;
            }
        }
        break;
    case OG__RDF_STRING:
        val = json_stringn(v->s, v->len);
        break;
    case OG__RDF_INTEGER:
        val = json_integer((json_int_t)v->i);
        break;
    case OG__RDF_DOUBLE:
        val = double_value(v->d, coerced);
        break;
    case OG__RDF_BOOLEAN:
        val = json_boolean(v->i);
        break;
    }
    if (!val)
        return OG_ENOMEM;
    const char *key = p->term ? p->term : p->iri;
    json_t *old = json_object_get(j->obj, key);
    if (!old)
        return json_object_set_new(j->obj, key, val) == 0 ? 0 : OG_ENOMEM;
    if (json_is_array(old))
        return json_array_append_new(old, val) == 0 ? 0 : OG_ENOMEM;
    json_t *arr = json_array();
    if (!arr || json_array_append(arr, old)) {
        json_decref(arr);
        json_decref(val); /* not yet handed to jansson */
        return OG_ENOMEM;
    }
    if (json_array_append_new(arr, val)) { /* takes val even when it fails */
        json_decref(arr);
        return OG_ENOMEM;
    }
    return json_object_set_new(j->obj, key, arr) == 0 ? 0 : OG_ENOMEM;
}

static int on_end(void *vctx)
{
    jctx *j = vctx;
    og__buf_clear(&j->text);
    og__buf_puts(&j->text, j->count ? ",\n" : "\n");
    int rc = 0;
    if (json_dump_callback(j->obj, buf_cb, &j->text, DUMP_FLAGS) != 0)
        rc = OG_ENOMEM; /* callback or jansson allocation: both out of memory */
    if (!rc)
        rc = og_sink_write(j->out, j->text.ptr, j->text.len);
    json_decref(j->obj);
    j->obj = NULL;
    j->count++;
    return rc;
}

int og_export_jsonld(const og_graph *g, const og_export_options *opts, og_sink *out, og_error *err)
{
    if (!g || !out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_jsonld: %s is NULL", g ? "out" : "g");
    const char *base = og__rdf_base(opts, err);
    if (!base)
        return OG_EINVAL;
    jctx j = {out, NULL, 0, OG__BUF_INIT, OG__BUF_INIT};

    /* {"@context": {...}, written by jansson with JSON_EMBED (no braces) */
    json_t *head = json_object();
    json_t *ctx = build_context(&j.term);
    og__buf_free(&j.term);
    /* json_object_set_new() consumes `ctx` even when it fails: never decref it after. */
    if (!head || !ctx || json_object_set_new(head, "@context", ctx)) {
        if (!head || !ctx)
            json_decref(ctx);
        json_decref(head);
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory building the JSON-LD context");
    }
    int rc = 0;
    og__buf_puts(&j.text, "{");
    if (json_dump_callback(head, buf_cb, &j.text, JSON_INDENT(2) | JSON_EMBED | JSON_PRESERVE_ORDER |
                                                      JSON_REAL_PRECISION(15)) != 0)
        rc = OG_ENOMEM; /* callback or jansson allocation: both out of memory */
    json_decref(head);
    while (j.text.len && (j.text.ptr[j.text.len - 1] == '\n' || j.text.ptr[j.text.len - 1] == ' '))
        og__buf_truncate(&j.text, j.text.len - 1); /* JSON_EMBED leaves a line break */
    og__buf_puts(&j.text, ",\n  \"@graph\": [");
    if (!rc)
        rc = og__buf_failed(&j.text) ? OG_ENOMEM : og_sink_write(out, j.text.ptr, j.text.len);

    if (!rc) {
        og__rdf_visitor v = {on_subject, on_value, on_end, &j};
        rc = og__rdf_walk(g, base, &v, err);
        json_decref(j.obj);
    }
    og__buf_free(&j.text);
    if (!rc)
        rc = og_sink_puts(out, "\n  ]\n}\n");
    if (rc) {
        if (og_sink_status(out))
            rc = og_sink_status(out);
        return og_error_set(err, rc, NULL, 0, 0, "writing JSON-LD failed: %s", og_status_string(rc));
    }
    return 0;
}
