/*
 * dump.c - og_graph_dump: the canonical, diffable text form of a graph
 * (golden tests, associativity checks).
 *
 * Format (one block per node and per edge; blocks sorted bytewise, nodes
 * first, so the dump does not depend on index order):
 *   node <id or -> <Type>[ fixed] label="..." [lexicon="..."] aliases=[...]
 *        votes={Type:n,...} mentions=N sources=[...] source_count=N attrs={k=v,...}
 *   edge <subject> <predicate> <object> confidence=0.xxxxxx hedged=0|1 evidence_count=N attrs={...}
 *     evidence "doc":line:column confidence=0.xxxxxx "sentence"
 * (each block on one line; evidence lines follow their edge, indented). A
 * node reference is its id, or Type:"label" while it has none. Strings are
 * quoted with C-style escapes; doubles print with %.6f.
 * Does not: include anything hash- or pointer-dependent, or the key table's
 * declaration order (attributes print sorted by key name).
 */
#include <stdlib.h>
#include <string.h>

#include "graph_impl.h"

static void put_quoted(og__buf *b, const char *s)
{
    og__buf_putc(b, '"');
    if (s) {
        for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
            switch (*p) {
            case '"': og__buf_puts(b, "\\\""); break;
            case '\\': og__buf_puts(b, "\\\\"); break;
            case '\n': og__buf_puts(b, "\\n"); break;
            case '\t': og__buf_puts(b, "\\t"); break;
            case '\r': og__buf_puts(b, "\\r"); break;
            default:
                if (*p < 0x20 || *p == 0x7f)
                    og__buf_printf(b, "\\x%02x", *p);
                else
                    og__buf_putc(b, (char)*p);
            }
        }
    }
    og__buf_putc(b, '"');
}

static void put_value(og__buf *b, const og_value *v)
{
    switch (v->kind) {
    case OG_VAL_STRING: put_quoted(b, v->u.s); break;
    case OG_VAL_INT: og__buf_printf(b, "%lld", (long long)v->u.i); break;
    case OG_VAL_DOUBLE: og__buf_printf(b, "%.6f", v->u.d); break;
    case OG_VAL_BOOL: og__buf_puts(b, v->u.b ? "true" : "false"); break;
    }
}

static void put_node_ref(og__buf *b, const og_graph *g, og_node_id n)
{
    const og__node *x = &g->nodes[n];
    if (x->id) {
        og__buf_puts(b, x->id);
        return;
    }
    og__buf_printf(b, "%s:", og_node_type_name((og_node_type)x->type));
    put_quoted(b, x->label);
}

typedef struct attr_ref {
    const char *key;
    const og_value *v;
} attr_ref;

static int cmp_attr_ref(const void *a, const void *b)
{
    return strcmp(((const attr_ref *)a)->key, ((const attr_ref *)b)->key);
}

static void put_attrs(og__buf *b, const og_graph *g, int d, const og__attr *a, uint32_t n)
{
    og__buf_puts(b, " attrs={");
    attr_ref small[16];
    attr_ref *refs = n <= 16 ? small : og_malloc(n * sizeof *refs);
    if (!refs) {
        b->failed = 1;
        return;
    }
    for (uint32_t i = 0; i < n; i++) {
        refs[i].key = g->keys[d][a[i].key].name;
        refs[i].v = &a[i].v;
    }
    og__sort(refs, n, sizeof *refs, cmp_attr_ref);
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            og__buf_putc(b, ',');
        og__buf_printf(b, "%s=", refs[i].key);
        put_value(b, refs[i].v);
    }
    if (refs != small)
        og_free(refs);
    og__buf_putc(b, '}');
}

static void dump_node(og__buf *b, const og_graph *g, og_node_id i)
{
    const og__node *n = &g->nodes[i];
    og__buf_printf(b, "node %s %s%s label=", n->id ? n->id : "-", og_node_type_name((og_node_type)n->type),
                   n->fixed ? " fixed" : "");
    put_quoted(b, n->label);
    if (n->lexicon_id) {
        og__buf_puts(b, " lexicon=");
        put_quoted(b, n->lexicon_id);
    }
    og__buf_puts(b, " aliases=[");
    for (uint32_t a = 0; a < n->n_aliases; a++) {
        if (a)
            og__buf_putc(b, ',');
        put_quoted(b, n->aliases[a].name);
    }
    og__buf_puts(b, "] votes={");
    int first = 1;
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++) {
        if (!n->votes[t])
            continue;
        og__buf_printf(b, "%s%s:%lu", first ? "" : ",", og_node_type_name((og_node_type)t), (unsigned long)n->votes[t]);
        first = 0;
    }
    og__buf_printf(b, "} mentions=%llu sources=[", (unsigned long long)n->mentions);
    const char *const *src = og__node_sources(n);
    for (uint32_t s = 0; s < n->n_src; s++) {
        if (s)
            og__buf_putc(b, ',');
        put_quoted(b, src[s]);
    }
    og__buf_printf(b, "] source_count=%llu", (unsigned long long)n->source_count);
    put_attrs(b, g, 0, n->attrs, n->n_attrs);
    og__buf_putc(b, '\n');
}

static void dump_edge(og__buf *b, const og_graph *g, og_edge_id i)
{
    const og__edge *e = &g->edges[i];
    og__buf_puts(b, "edge ");
    put_node_ref(b, g, e->s);
    og__buf_printf(b, " %s ", og_predicate_name((og_predicate)e->pred));
    put_node_ref(b, g, e->o);
    og__buf_printf(b, " confidence=%.6f hedged=%d evidence_count=%llu", e->conf, e->hedged,
                   (unsigned long long)e->ev_count);
    put_attrs(b, g, 1, e->attrs, e->n_attrs);
    og__buf_putc(b, '\n');
    const og_evidence *ev = og__edge_evs(e);
    for (uint32_t k = 0; k < e->n_ev; k++) {
        og__buf_puts(b, "  evidence ");
        put_quoted(b, ev[k].doc);
        og__buf_printf(b, ":%u:%u confidence=%.6f ", ev[k].line, ev[k].column, ev[k].confidence);
        put_quoted(b, ev[k].sentence);
        og__buf_putc(b, '\n');
    }
}

typedef struct block {
    size_t off, len;
    const char *p; /* set once the text stopped growing */
} block;

static int cmp_block(const void *a, const void *b)
{
    const block *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->p, y->p, n);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

/* Renders count blocks with fn into one buffer, sorts them, writes them out. */
static int dump_sorted(const og_graph *g, size_t count, void (*fn)(og__buf *, const og_graph *, uint32_t),
                       og_sink *out)
{
    if (!count)
        return 0;
    og__buf text = OG__BUF_INIT;
    block *blocks = og_malloc(count * sizeof *blocks);
    if (!blocks)
        return OG_ENOMEM;
    for (size_t i = 0; i < count; i++) {
        blocks[i].off = text.len;
        fn(&text, g, (uint32_t)i);
        blocks[i].len = text.len - blocks[i].off;
    }
    if (og__buf_failed(&text)) {
        og_free(blocks);
        og__buf_free(&text);
        return OG_ENOMEM;
    }
    for (size_t i = 0; i < count; i++)
        blocks[i].p = text.ptr + blocks[i].off;
    og__sort(blocks, count, sizeof *blocks, cmp_block);
    for (size_t i = 0; i < count; i++)
        og_sink_write(out, blocks[i].p, blocks[i].len);
    og_free(blocks);
    og__buf_free(&text);
    return og_sink_status(out);
}

int og_graph_dump(const og_graph *g, og_sink *out, og_error *err)
{
    if (!g || !out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_graph_dump: NULL argument");
    int rc = dump_sorted(g, g->n_nodes, dump_node, out);
    if (!rc)
        rc = dump_sorted(g, g->n_edges, dump_edge, out);
    if (rc)
        return og_error_set(err, (og_status)rc, NULL, 0, 0, "og_graph_dump: %s", og_status_string(rc));
    return 0;
}
