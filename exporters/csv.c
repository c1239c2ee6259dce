/*
 * csv.c - the CSV pair for graph-database bulk import (neo4j-admin, Kùzu).
 *
 * Does: writes DIR/nodes.csv and DIR/relationships.csv with neo4j-admin
 * import headers (`id:ID,name,:LABEL,acronym,aliases:string[],...` and
 * `:START_ID,:END_ID,:TYPE,confidence:double,evidence_count:int,sentence,...`),
 * foreign keys as extra typed columns, arrays joined with ';' (a ';' inside
 * an element becomes ','), RFC 4180 quoting (fields with a comma, quote, CR
 * or LF, or leading/trailing blanks are quoted, quotes doubled; rows end in
 * LF), text repaired to valid UTF-8. Both files appear or neither: each is
 * written through an atomic sink into a temp name in DIR, and only when both
 * are complete are they renamed into place; on failure both temps go.
 * Does not: write a header-only file per label (one nodes file), escape the
 * array delimiter (neo4j-admin has no escape), or fsync DIR.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"
#include "rdfvocab.h"

static atomic_uint csv_serial;

/* Built-in node columns after id/name/label: header, attribute key (NULL = special). */
static const char *const node_cols[][2] = {
    {"acronym", OG_ATTR_ACRONYM},
    {"aliases:string[]", NULL},
    {"established", OG_ATTR_ESTABLISHED},
    {"address", OG_ATTR_ADDRESS},
    {"website", OG_ATTR_WEBSITE},
    {"stakeholder_group", OG_ATTR_STAKEHOLDER},
    {"sources:string[]", NULL},
    {"source_count:long", NULL},
    {"mentions:long", NULL},
};
static const char *const rel_header =
    ":START_ID,:END_ID,:TYPE,confidence:double,evidence_count:int,sentence,hedged:boolean,sources:string[],evidence";

typedef struct cw {
    const og_graph *g;
    og__buf row;
    og__buf scratch; /* UTF-8 repair */
    og__xbuf tmp;    /* joins, evidence JSON */
    og__buf names;   /* foreign column names, NUL-separated, for collision checks */
} cw;

static int is_builtin_node_key(const char *key)
{
    for (size_t i = 0; i < sizeof node_cols / sizeof node_cols[0]; i++)
        if (node_cols[i][1] && strcmp(node_cols[i][1], key) == 0)
            return 1;
    return 0;
}

/* One RFC 4180 field (no separator). */
static void put_field(cw *c, const char *s)
{
    size_t len = 0;
    s = og__rdf_utf8(&c->scratch, s, &len);
    if (!s) {
        c->row.failed = 1;
        return;
    }
    int quote = len && (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' || s[len - 1] == '\t');
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    if (!quote) {
        og__buf_put(&c->row, s, len);
        return;
    }
    og__buf_putc(&c->row, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"') {
            og__buf_put(&c->row, s + run, i + 1 - run);
            og__buf_putc(&c->row, '"');
            run = i + 1;
        }
    }
    og__buf_put(&c->row, s + run, len - run);
    og__buf_putc(&c->row, '"');
}

/* Appends an array element to `b` (';'-joined), with ';' inside made ','. */
static void join_elem(og__xbuf *b, const char *s)
{
    if (b->len)
        og__xbuf_put(b, ";", 1);
    for (const char *p = s ? s : ""; *p; p++)
        og__xbuf_put(b, *p == ';' ? "," : p, 1);
}

static void put_value(cw *c, const og_value *v)
{
    char num[32];
    if (!v)
        return;
    switch (v->kind) {
    case OG_VAL_INT:
        snprintf(num, sizeof num, "%lld", (long long)v->u.i);
        og__buf_puts(&c->row, num);
        break;
    case OG_VAL_DOUBLE:
        og__format_double(num, v->u.d);
        og__buf_puts(&c->row, num);
        break;
    case OG_VAL_BOOL:
        og__buf_puts(&c->row, v->u.b ? "true" : "false");
        break;
    default:
        put_field(c, v->u.s ? v->u.s : "");
    }
}

static const char *kind_type(og_value_kind k)
{
    return k == OG_VAL_INT ? "long" : k == OG_VAL_DOUBLE ? "double" : k == OG_VAL_BOOL ? "boolean" : "string";
}

/* Header name for a foreign key: [A-Za-z0-9_] only (':' would end the name
 * for neo4j-admin), "attr_" in front of names the built-in columns use,
 * "_<k>" after a name already taken. */
static void put_foreign_header(cw *c, const char *key, og_value_kind kind, size_t k)
{
    static const char *const reserved[] = {"id", "name", "acronym", "aliases", "established", "address", "website",
                                           "stakeholder_group", "sources", "source_count", "mentions",
                                           "confidence", "evidence_count", "sentence", "hedged", "evidence"};
    og__buf clean = OG__BUF_INIT, name = OG__BUF_INIT;
    for (const char *p = key ? key : ""; *p; p++) {
        char ch = *p;
        int ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        og__buf_putc(&clean, ok ? ch : '_');
    }
    int taken = clean.len == 0;
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        taken |= strlen(reserved[i]) == clean.len && memcmp(reserved[i], clean.ptr, clean.len) == 0;
    og__buf_printf(&name, "%s%s", taken ? "attr_" : "", clean.ptr);
    for (const char *p = c->names.ptr; p < c->names.ptr + c->names.len; p += strlen(p) + 1)
        if (strcmp(p, name.ptr) == 0) {
            og__buf_printf(&name, "_%lu", (unsigned long)k);
            break;
        }
    og__buf_put(&c->names, name.ptr, name.len + 1);
    og__buf_putc(&c->row, ',');
    og__buf_puts(&c->row, name.ptr);
    og__buf_putc(&c->row, ':');
    og__buf_puts(&c->row, kind_type(kind));
    if (name.failed || clean.failed || c->names.failed)
        c->row.failed = 1;
    og__buf_free(&clean);
    og__buf_free(&name);
}

static int flush_row(cw *c, og_sink *out)
{
    og__buf_putc(&c->row, '\n');
    if (og__buf_failed(&c->row) || c->tmp.failed)
        return OG_ENOMEM;
    int rc = og_sink_write(out, c->row.ptr, c->row.len);
    og__buf_clear(&c->row);
    return rc;
}

static const char *node_key(const og_graph *g, og_node_id n, char fallback[24])
{
    const char *id = og_graph_node_id(g, n);
    if (id && *id)
        return id;
    snprintf(fallback, 24, "n%lu", (unsigned long)n);
    return fallback;
}

static int write_nodes(cw *c, og_sink *out)
{
    const og_graph *g = c->g;
    og__buf_puts(&c->row, "id:ID,name,:LABEL");
    for (size_t i = 0; i < sizeof node_cols / sizeof node_cols[0]; i++) {
        og__buf_putc(&c->row, ',');
        og__buf_puts(&c->row, node_cols[i][0]);
    }
    size_t nk = og_graph_key_count(g, 0);
    for (size_t k = 0; k < nk; k++) {
        const char *key = NULL;
        og_value_kind kind = OG_VAL_STRING;
        og_graph_key_at(g, 0, k, &key, &kind);
        if (key && !is_builtin_node_key(key))
            put_foreign_header(c, key, kind, k);
    }
    int rc = flush_row(c, out);
    char fb[24];
    for (size_t n = 0; n < og_graph_node_count(g) && !rc; n++) {
        put_field(c, node_key(g, (og_node_id)n, fb));
        og__buf_putc(&c->row, ',');
        put_field(c, og_graph_node_label(g, (og_node_id)n));
        og__buf_putc(&c->row, ',');
        const char *tn = og_node_type_name(og_graph_node_type(g, (og_node_id)n));
        put_field(c, tn ? tn : "Thing");
        for (size_t i = 0; i < sizeof node_cols / sizeof node_cols[0]; i++) {
            og__buf_putc(&c->row, ',');
            if (node_cols[i][1]) {
                const char *v = og_graph_node_attr_str(g, (og_node_id)n, node_cols[i][1]);
                if (v)
                    put_field(c, v);
                continue;
            }
            og__xbuf_clear(&c->tmp);
            if (strncmp(node_cols[i][0], "aliases", 7) == 0) {
                for (size_t a = 0; a < og_graph_node_alias_count(g, (og_node_id)n); a++)
                    join_elem(&c->tmp, og_graph_node_alias(g, (og_node_id)n, a));
                put_field(c, og__xbuf_cstr(&c->tmp));
            } else if (strncmp(node_cols[i][0], "sources:", 8) == 0) {
                for (size_t a = 0; a < og_graph_node_sources_kept(g, (og_node_id)n); a++)
                    join_elem(&c->tmp, og_graph_node_source(g, (og_node_id)n, a));
                put_field(c, og__xbuf_cstr(&c->tmp));
            } else if (strncmp(node_cols[i][0], "source_count", 12) == 0) {
                og__buf_printf(&c->row, "%llu", (unsigned long long)og_graph_node_source_count(g, (og_node_id)n));
            } else {
                og__buf_printf(&c->row, "%llu", (unsigned long long)og_graph_node_mentions(g, (og_node_id)n));
            }
        }
        for (size_t k = 0; k < nk; k++) {
            const char *key = NULL;
            og_value_kind kind;
            og_graph_key_at(g, 0, k, &key, &kind);
            if (!key || is_builtin_node_key(key))
                continue;
            og__buf_putc(&c->row, ',');
            put_value(c, og_graph_node_attr(g, (og_node_id)n, key));
        }
        rc = flush_row(c, out);
    }
    return rc;
}

/* The value of foreign key `key` on edge `e`, or NULL. */
static const og_value *edge_attr(const og_graph *g, og_edge_id e, const char *key)
{
    size_t na = og_graph_edge_attr_count(g, e);
    for (size_t i = 0; i < na; i++) {
        const char *k = NULL;
        const og_value *v = NULL;
        og_graph_edge_attr_at(g, e, i, &k, &v);
        if (k && strcmp(k, key) == 0)
            return v;
    }
    return NULL;
}

static int write_rels(cw *c, og_sink *out)
{
    const og_graph *g = c->g;
    og__buf_clear(&c->names);
    og__buf_puts(&c->row, rel_header);
    size_t nk = og_graph_key_count(g, 1);
    for (size_t k = 0; k < nk; k++) {
        const char *key = NULL;
        og_value_kind kind = OG_VAL_STRING;
        og_graph_key_at(g, 1, k, &key, &kind);
        if (key)
            put_foreign_header(c, key, kind, k);
    }
    int rc = flush_row(c, out);
    char fa[24], fb[24], num[32];
    for (size_t e = 0; e < og_graph_edge_count(g) && !rc; e++) {
        og_edge_id id = (og_edge_id)e;
        put_field(c, node_key(g, og_graph_edge_subject(g, id), fa));
        og__buf_putc(&c->row, ',');
        put_field(c, node_key(g, og_graph_edge_object(g, id), fb));
        og__buf_putc(&c->row, ',');
        const char *pn = og_predicate_name(og_graph_edge_predicate(g, id));
        put_field(c, pn ? pn : "related_to");
        og__format_double(num, og_graph_edge_confidence(g, id));
        og__buf_printf(&c->row, ",%s,%llu,", num, (unsigned long long)og_graph_edge_evidence_count(g, id));
        size_t kept = og_graph_edge_evidence_kept(g, id);
        const og_evidence *ev = kept ? og_graph_edge_evidence(g, id, 0) : NULL;
        if (ev && ev->sentence)
            put_field(c, ev->sentence);
        og__buf_puts(&c->row, og_graph_edge_hedged(g, id) ? ",true," : ",false,");
        og__xbuf_clear(&c->tmp);
        for (size_t i = 0; i < kept; i++) {
            const og_evidence *x = og_graph_edge_evidence(g, id, i);
            int seen = 0; /* distinct documents, in evidence order */
            for (size_t j = 0; j < i && x && !seen; j++) {
                const og_evidence *y = og_graph_edge_evidence(g, id, j);
                seen = y && y->doc && x->doc && strcmp(y->doc, x->doc) == 0;
            }
            if (x && !seen)
                join_elem(&c->tmp, x->doc);
        }
        put_field(c, og__xbuf_cstr(&c->tmp));
        og__buf_putc(&c->row, ',');
        if (kept) {
            og__xbuf_clear(&c->tmp);
            int jr = og__evidence_json(&c->tmp, g, id);
            if (jr)
                return jr;
            put_field(c, og__xbuf_cstr(&c->tmp));
        }
        for (size_t k = 0; k < nk; k++) {
            const char *key = NULL;
            og_value_kind kind;
            og_graph_key_at(g, 1, k, &key, &kind);
            if (!key)
                continue;
            og__buf_putc(&c->row, ',');
            put_value(c, edge_attr(g, id, key));
        }
        rc = flush_row(c, out);
    }
    return rc;
}

/* Writes one file of the pair to `tmp` (complete and fsynced on success). */
static int write_one(cw *c, const char *tmp, int rels, og_error *err)
{
    og_sink *out = og_sink_file_atomic(tmp, err);
    if (!out)
        return err && err->code ? err->code : OG_EIO;
    og__buf_clear(&c->row);
    int rc = rels ? write_rels(c, out) : write_nodes(c, out);
    if (og_sink_status(out))
        rc = og_sink_status(out);
    if (!rc)
        rc = og_sink_close(out, err);
    og_sink_free(out); /* removes the sink's own temp if not renamed */
    return rc;
}

int og_export_csv_dir(const og_graph *g, const og_export_options *opts, const char *dir, og_error *err)
{
    (void)opts;
    if (!g || !dir || !*dir)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_export_csv_dir: %s", g ? "no folder given" : "g is NULL");
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return og_error_set(err, OG_EIO, dir, 0, 0, "cannot create the folder: %s", strerror(errno));
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return og_error_set(err, OG_EIO, dir, 0, 0, "not a folder");

    static const char *const names[2] = {"nodes.csv", "relationships.csv"};
    og__buf final[2] = {OG__BUF_INIT, OG__BUF_INIT}, tmp[2] = {OG__BUF_INIT, OG__BUF_INIT};
    unsigned serial = atomic_fetch_add(&csv_serial, 1u);
    int rc = 0;
    for (int i = 0; i < 2; i++) {
        og__buf_printf(&final[i], "%s/%s", dir, names[i]);
        og__buf_printf(&tmp[i], "%s/.%s.pair.%ld.%u", dir, names[i], (long)getpid(), serial);
        if (og__buf_failed(&final[i]) || og__buf_failed(&tmp[i]))
            rc = og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory");
        /* a folder in the way would fail the second rename after the first: refuse now */
        else if (stat(final[i].ptr, &st) == 0 && S_ISDIR(st.st_mode))
            rc = og_error_set(err, OG_EIO, final[i].ptr, 0, 0, "is a folder; cannot write the CSV pair");
    }
    cw c = {g, OG__BUF_INIT, OG__BUF_INIT, OG__XBUF_INIT, OG__BUF_INIT};
    for (int i = 0; i < 2 && !rc; i++) {
        rc = write_one(&c, tmp[i].ptr, i, err);
        if (rc)
            og_error_set(err, rc, final[i].ptr, 0, 0, "writing the CSV failed: %s", og_status_string(rc));
    }
    for (int i = 0; i < 2 && !rc; i++)
        if (rename(tmp[i].ptr, final[i].ptr) != 0)
            rc = og_error_set(err, OG_EIO, final[i].ptr, 0, 0, "cannot rename the CSV into place: %s", strerror(errno));
    if (rc) /* the temps that exist go (renamed ones are no longer there) */
        for (int i = 0; i < 2; i++)
            remove(tmp[i].ptr);
    og__buf_free(&c.row);
    og__buf_free(&c.scratch);
    og__xbuf_free(&c.tmp);
    og__buf_free(&c.names);
    for (int i = 0; i < 2; i++) {
        og__buf_free(&final[i]);
        og__buf_free(&tmp[i]);
    }
    return rc;
}
