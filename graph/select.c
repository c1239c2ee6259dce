/*
 * select.c - subgraph selection (og_select) and the default diagram view.
 *
 * Reads a graph through the public read API only and copies the selected
 * part into a new graph, node and edge order preserved. The filters run in a
 * fixed order: edges by predicate and confidence, nodes by type, the ego
 * neighbourhood (undirected BFS over what is left), the top-N by degree in
 * that selection (ties by id), then isolated nodes. Also parses the CLI's
 * `--types` / `--predicates` lists.
 *
 * Does not: modify the source graph, rank by anything but degree, or look
 * inside evidence text. Suggestions for an unknown ego are computed over all
 * labels and aliases (O(names * name length^2)), only on the error path.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "orgraph.h"

/* Per-node and per-edge keep flags plus a degree scratch array; owned by
 * og_select, freed by sel_free. */
typedef struct sel_state {
    unsigned char *node_keep;
    unsigned char *edge_keep;
    size_t *degree;
    og_node_id *queue;
    unsigned *dist;
} sel_state;

static void sel_free(sel_state *s)
{
    og_free(s->node_keep);
    og_free(s->edge_keep);
    og_free(s->degree);
    og_free(s->queue);
    og_free(s->dist);
}

/* ------------------------------------------------------------------ */
/* Suggestions for an unknown ego                                      */
/* ------------------------------------------------------------------ */

static int fold_char(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

/* Case-folded (ASCII) Levenshtein distance, capped at `cap` + 1 (names
 * longer than 128 bytes are not compared). */
static size_t edit_distance_n(const char *a, size_t la, const char *b, size_t lb, size_t cap)
{
    size_t row[129];
    if (la > 128 || lb > 128)
        return cap + 1;
    if ((la > lb ? la - lb : lb - la) > cap)
        return cap + 1;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0], best = i;
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t cost = fold_char((unsigned char)a[i - 1]) == fold_char((unsigned char)b[j - 1]) ? 0 : 1;
            size_t v = diag + cost;
            if (row[j] + 1 < v)
                v = row[j] + 1;
            if (row[j - 1] + 1 < v)
                v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best)
                best = v;
        }
        if (best > cap)
            return cap + 1;
    }
    return row[lb];
}

static size_t edit_distance(const char *a, const char *b, size_t cap)
{
    return edit_distance_n(a, strlen(a), b, strlen(b), cap);
}

/* 1 if `needle` occurs in `hay`, ASCII case-folded. */
static int contains_folded(const char *hay, const char *needle)
{
    size_t ln = strlen(needle);
    if (ln == 0)
        return 0;
    for (const char *h = hay; *h; h++) {
        size_t k = 0;
        while (k < ln && h[k] && fold_char((unsigned char)h[k]) == fold_char((unsigned char)needle[k]))
            k++;
        if (k == ln)
            return 1;
    }
    return 0;
}

/* Score of one name against the query: lower is closer; SIZE_MAX = no match.
 * Close spellings first, then names containing the query, then misspelt
 * beginnings of longer names, then names the query contains (only names of
 * four or more characters, so "EC" does not match "Telecom"). */
static size_t name_score(const char *name, const char *query)
{
    size_t lq = strlen(query), ln = strlen(name);
    size_t cap = lq < 6 ? 2 : lq / 3;
    size_t d = edit_distance(name, query, cap);
    if (d <= cap)
        return d;
    if (lq >= 3 && contains_folded(name, query))
        return cap + 1;
    if (lq >= 4 && ln > lq) {
        size_t pd = edit_distance_n(name, lq, query, lq, cap);
        if (pd <= cap)
            return cap + 2 + pd;
    }
    if (ln >= 4 && ln * 3 >= lq && contains_folded(query, name))
        return 2 * cap + 3;
    return SIZE_MAX;
}

#define SUGGEST_MAX 3

/* Fills err with OG_ENOTFOUND for ego `query`, naming up to three close nodes. */
static int ego_not_found(const og_graph *g, const char *query, og_error *err)
{
    og_node_id best[SUGGEST_MAX];
    size_t score[SUGGEST_MAX];
    size_t nbest = 0;
    size_t n = og_graph_node_count(g);
    for (og_node_id i = 0; i < n; i++) {
        size_t s = name_score(og_graph_node_label(g, i), query);
        size_t na = og_graph_node_alias_count(g, i);
        for (size_t a = 0; a < na; a++) {
            size_t sa = name_score(og_graph_node_alias(g, i, a), query);
            if (sa < s)
                s = sa;
        }
        if (s == SIZE_MAX)
            continue;
        /* insertion into the sorted short list; equal scores keep index order */
        size_t pos = nbest;
        while (pos > 0 && score[pos - 1] > s)
            pos--;
        if (pos >= SUGGEST_MAX)
            continue;
        size_t last = nbest < SUGGEST_MAX ? nbest : SUGGEST_MAX - 1;
        for (size_t k = last; k > pos; k--) {
            best[k] = best[k - 1];
            score[k] = score[k - 1];
        }
        best[pos] = i;
        score[pos] = s;
        if (nbest < SUGGEST_MAX)
            nbest++;
    }
    if (nbest == 0)
        return og_error_set(err, OG_ENOTFOUND, NULL, 0, 0, "no node named '%.80s'", query);
    char list[200];
    size_t used = 0;
    list[0] = '\0';
    for (size_t k = 0; k < nbest; k++) {
        int w = snprintf(list + used, sizeof list - used, "%s'%.48s'", k ? ", " : "",
                         og_graph_node_label(g, best[k]));
        if (w < 0 || (size_t)w >= sizeof list - used)
            break;
        used += (size_t)w;
    }
    return og_error_set(err, OG_ENOTFOUND, NULL, 0, 0, "no node named '%.40s'; did you mean %s?", query, list);
}

/* ------------------------------------------------------------------ */
/* Selection steps                                                     */
/* ------------------------------------------------------------------ */

/* Recomputes the degree of every kept node over kept edges. */
static void count_degrees(const og_graph *g, sel_state *s)
{
    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    memset(s->degree, 0, n * sizeof *s->degree);
    for (og_edge_id e = 0; e < m; e++) {
        if (!s->edge_keep[e])
            continue;
        og_node_id a = og_graph_edge_subject(g, e), b = og_graph_edge_object(g, e);
        if (!s->node_keep[a] || !s->node_keep[b])
            continue;
        s->degree[a]++;
        s->degree[b]++;
    }
}

/* Undirected BFS from `ego` up to `depth` hops over kept nodes and edges;
 * keeps only the nodes reached. O(depth * E) with an edge scan per level,
 * which avoids building adjacency lists (depth is small). */
static void keep_ego(const og_graph *g, sel_state *s, og_node_id ego, unsigned depth)
{
    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    for (size_t i = 0; i < n; i++)
        s->dist[i] = (unsigned)-1;
    s->dist[ego] = 0;
    for (unsigned level = 0; level < depth; level++) {
        int grew = 0;
        for (og_edge_id e = 0; e < m; e++) {
            if (!s->edge_keep[e])
                continue;
            og_node_id a = og_graph_edge_subject(g, e), b = og_graph_edge_object(g, e);
            if (!s->node_keep[a] || !s->node_keep[b])
                continue;
            if (s->dist[a] == level && s->dist[b] == (unsigned)-1) {
                s->dist[b] = level + 1;
                grew = 1;
            } else if (s->dist[b] == level && s->dist[a] == (unsigned)-1) {
                s->dist[a] = level + 1;
                grew = 1;
            }
        }
        if (!grew)
            break;
    }
    for (size_t i = 0; i < n; i++)
        if (s->dist[i] == (unsigned)-1)
            s->node_keep[i] = 0;
    s->node_keep[ego] = 1;
}

/* Merge sort of node indices by (degree desc, id asc): stable, reentrant
 * (no global comparator state), O(n log n). `tmp` has room for `n`. */
static int top_before(const og_graph *g, const size_t *deg, og_node_id a, og_node_id b)
{
    if (deg[a] != deg[b])
        return deg[a] > deg[b];
    const char *ia = og_graph_node_id(g, a), *ib = og_graph_node_id(g, b);
    if (ia && ib) {
        int c = strcmp(ia, ib);
        if (c != 0)
            return c < 0;
    }
    return a < b;
}

static void sort_top(const og_graph *g, const size_t *deg, og_node_id *v, og_node_id *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_top(g, deg, v, tmp, h);
    sort_top(g, deg, v + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = top_before(g, deg, v[j], v[i]) ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

/* Keeps the `top` kept nodes of highest degree in the current selection. */
static int keep_top(const og_graph *g, sel_state *s, size_t top, og_error *err)
{
    size_t n = og_graph_node_count(g), cnt = 0;
    count_degrees(g, s);
    for (size_t i = 0; i < n; i++)
        cnt += s->node_keep[i] != 0;
    if (cnt <= top)
        return 0;
    og_node_id *tmp = og_malloc(cnt * sizeof *tmp + 1);
    if (!tmp)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory selecting the top %zu nodes", top);
    cnt = 0;
    for (og_node_id i = 0; i < n; i++)
        if (s->node_keep[i])
            s->queue[cnt++] = i;
    sort_top(g, s->degree, s->queue, tmp, cnt);
    og_free(tmp);
    for (size_t k = top; k < cnt; k++)
        s->node_keep[s->queue[k]] = 0;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Copying                                                             */
/* ------------------------------------------------------------------ */

static int copy_node(og_graph *dst, const og_graph *g, og_node_id i, og_node_id *out, og_error *err)
{
    og_node_id d;
    og_node_type t = og_graph_node_type(g, i);
    int rc = og_graph_new_node(dst, t, og_graph_node_label(g, i), &d, err);
    if (rc < 0)
        return rc;
    const char *id = og_graph_node_id(g, i);
    if (id && (rc = og_graph_node_set_id(dst, d, id, err)) < 0)
        return rc;
    if (og_graph_node_type_fixed(g, i) && (rc = og_graph_node_fix_type(dst, d, t, err)) < 0)
        return rc;
    const char *lex = og_graph_node_lexicon_id(g, i);
    if (lex && (rc = og_graph_node_set_lexicon_id(dst, d, lex, err)) < 0)
        return rc;
    size_t na = og_graph_node_alias_count(g, i);
    for (size_t a = 0; a < na; a++)
        if ((rc = og_graph_node_add_alias(dst, d, og_graph_node_alias(g, i, a), err)) < 0)
            return rc;
    size_t nattr = og_graph_node_attr_count(g, i);
    for (size_t a = 0; a < nattr; a++) {
        const char *key = NULL;
        const og_value *v = NULL;
        og_graph_node_attr_at(g, i, a, &key, &v);
        if (key && v && (rc = og_graph_node_set_attr(dst, d, key, v, err)) < 0)
            return rc;
    }
    size_t ns = og_graph_node_sources_kept(g, i);
    for (size_t k = 0; k < ns; k++)
        if ((rc = og_graph_node_add_source(dst, d, og_graph_node_source(g, i, k), err)) < 0)
            return rc;
    og_graph_node_set_counts(dst, d, og_graph_node_source_count(g, i), og_graph_node_mentions(g, i));
    *out = d;
    return 0;
}

static int copy_edge(og_graph *dst, const og_graph *g, og_edge_id e, const og_node_id *map, og_error *err)
{
    og_node_id a = map[og_graph_edge_subject(g, e)], b = map[og_graph_edge_object(g, e)];
    og_predicate p = og_graph_edge_predicate(g, e);
    size_t nev = og_graph_edge_evidence_kept(g, e);
    og_edge_id d = 0;
    int have = 0, rc;
    for (size_t k = 0; k < nev; k++) {
        if ((rc = og_graph_add_edge(dst, a, p, b, og_graph_edge_evidence(g, e, k), &d, err)) < 0)
            return rc;
        have = 1;
    }
    if (!have) {
        if ((rc = og_graph_add_edge(dst, a, p, b, NULL, &d, err)) < 0)
            return rc;
        have = og_graph_edge_count(dst) > 0;
    }
    if (!have)
        return 0;
    og_graph_edge_set_counts(dst, d, og_graph_edge_confidence(g, e), og_graph_edge_evidence_count(g, e));
    og_graph_edge_set_hedged(dst, d, og_graph_edge_hedged(g, e));
    size_t nattr = og_graph_edge_attr_count(g, e);
    for (size_t k = 0; k < nattr; k++) {
        const char *key = NULL;
        const og_value *v = NULL;
        og_graph_edge_attr_at(g, e, k, &key, &v);
        if (key && v && (rc = og_graph_edge_set_attr(dst, d, key, v, err)) < 0)
            return rc;
    }
    return 0;
}

/* Builds the result graph from the keep flags. */
static int copy_selected(og_graph **out, const og_graph *g, const sel_state *s, og_error *err)
{
    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    og_graph *dst = og_graph_new();
    og_node_id *map = og_malloc(n * sizeof *map + 1);
    int rc = 0;
    if (!dst || !map) {
        rc = og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory copying the selection");
        goto done;
    }
    og_graph_set_max_evidence(dst, og_graph_max_evidence(g));
    for (int dom = 0; dom < 2 && rc == 0; dom++) {
        size_t nk = og_graph_key_count(g, dom);
        for (size_t k = 0; k < nk && rc == 0; k++) {
            const char *key = NULL;
            og_value_kind kind = OG_VAL_STRING;
            og_graph_key_at(g, dom, k, &key, &kind);
            if (key)
                rc = og_graph_declare_key(dst, dom, key, kind, err);
        }
    }
    for (og_node_id i = 0; i < n && rc == 0; i++)
        if (s->node_keep[i])
            rc = copy_node(dst, g, i, &map[i], err);
    for (og_edge_id e = 0; e < m && rc == 0; e++) {
        if (!s->edge_keep[e])
            continue;
        if (!s->node_keep[og_graph_edge_subject(g, e)] || !s->node_keep[og_graph_edge_object(g, e)])
            continue;
        rc = copy_edge(dst, g, e, map, err);
    }
done:
    og_free(map);
    if (rc < 0) {
        og_graph_free(dst);
        return rc;
    }
    *out = dst;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Public                                                              */
/* ------------------------------------------------------------------ */

int og_select(og_graph **out, const og_graph *g, const og_select_options *opts, og_error *err)
{
    if (!out || !g)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_select: %s", !out ? "out != NULL" : "g != NULL");
    *out = NULL;
    og_select_options defaults = OG_SELECT_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version != OG_SELECT_OPTIONS_VERSION)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_select: opts->version == %u", OG_SELECT_OPTIONS_VERSION);

    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    og_node_id ego = 0;
    int have_ego = 0;
    if (opts->ego) {
        int frc = og_graph_find_id(g, opts->ego, &ego);
        if (frc != 0)
            frc = og_graph_find(g, opts->ego, &ego);
        if (frc == OG_ENOMEM)
            return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory looking up '%.80s'", opts->ego);
        if (frc != 0)
            return ego_not_found(g, opts->ego, err);
        have_ego = 1;
    }

    sel_state s = {0};
    s.node_keep = og_malloc(n + 1);
    s.edge_keep = og_malloc(m + 1);
    s.degree = og_malloc((n + 1) * sizeof *s.degree);
    s.queue = og_malloc((n + 1) * sizeof *s.queue);
    s.dist = og_malloc((n + 1) * sizeof *s.dist);
    if (!s.node_keep || !s.edge_keep || !s.degree || !s.queue || !s.dist) {
        sel_free(&s);
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory in og_select");
    }

    for (og_edge_id e = 0; e < m; e++) {
        int keep = 1;
        if (opts->predicates && !(opts->predicates & (1u << og_graph_edge_predicate(g, e))))
            keep = 0;
        if (keep && opts->min_confidence > 0 && og_graph_edge_confidence(g, e) < opts->min_confidence)
            keep = 0;
        s.edge_keep[e] = (unsigned char)keep;
    }
    for (og_node_id i = 0; i < n; i++)
        s.node_keep[i] = !opts->types || (opts->types & (1u << og_graph_node_type(g, i)));
    if (have_ego) {
        s.node_keep[ego] = 1; /* the centre stays even when its type is filtered out */
        keep_ego(g, &s, ego, opts->depth);
    }
    int rc = 0;
    if (opts->top > 0)
        rc = keep_top(g, &s, opts->top, err);
    if (rc == 0 && opts->drop_isolated) {
        count_degrees(g, &s);
        for (og_node_id i = 0; i < n; i++)
            if (s.node_keep[i] && s.degree[i] == 0 && !(have_ego && i == ego))
                s.node_keep[i] = 0;
    }
    if (rc == 0)
        rc = copy_selected(out, g, &s, err);
    sel_free(&s);
    return rc;
}

/* Units and partners pulled in with each kept node, at most. */
#define TRIM_PULL_MAX 8

/* 1 for the predicates that make an organisation's structure: a unit
 * (part_of) or party (partner_in) pointing at its parent or partnership. */
static int structural(og_predicate p)
{
    return p == OG_PART_OF || p == OG_PARTNER_IN;
}

/*
 * Chooses the diagram's nodes: walk the nodes by degree (ties by id) and
 * keep each, together with up to TRIM_PULL_MAX of its units and partners
 * (subjects of part_of / partner_in edges into it, best ranked first), until
 * `limit` nodes are kept. So a kept partnership shows its parties and a kept
 * parent its main units, which plain top-N by degree would often cut.
 * O(E + V log V).
 */
static int trim_keep(const og_graph *g, sel_state *s, size_t limit, og_error *err)
{
    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    size_t *rank = NULL, *off = NULL;
    og_node_id *in = NULL, *tmp = NULL;
    int rc = 0;
    memset(s->node_keep, 1, n);
    memset(s->edge_keep, 1, m);
    count_degrees(g, s);
    rank = og_malloc((n + 1) * sizeof *rank);
    off = og_malloc((n + 2) * sizeof *off);
    tmp = og_malloc((n + 1) * sizeof *tmp);
    if (!rank || !off || !tmp) {
        rc = og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory choosing the diagram's nodes");
        goto done;
    }
    for (og_node_id i = 0; i < n; i++)
        s->queue[i] = i;
    sort_top(g, s->degree, s->queue, tmp, n);
    for (size_t k = 0; k < n; k++)
        rank[s->queue[k]] = k;
    /* structural in-edges per node, as a compact adjacency list */
    memset(off, 0, (n + 2) * sizeof *off);
    for (og_edge_id e = 0; e < m; e++)
        if (structural(og_graph_edge_predicate(g, e)))
            off[og_graph_edge_object(g, e) + 2]++;
    for (size_t i = 2; i < n + 2; i++)
        off[i] += off[i - 1];
    in = og_malloc((off[n + 1] + 1) * sizeof *in);
    if (!in) {
        rc = og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory choosing the diagram's nodes");
        goto done;
    }
    for (og_edge_id e = 0; e < m; e++)
        if (structural(og_graph_edge_predicate(g, e)))
            in[off[og_graph_edge_object(g, e) + 1]++] = og_graph_edge_subject(g, e);
    /* now in[off[v] .. off[v+1]) lists v's units and partners */
    memset(s->node_keep, 0, n);
    size_t kept = 0;
    for (size_t k = 0; k < n && kept < limit; k++) {
        og_node_id v = s->queue[k];
        if (!s->node_keep[v]) {
            s->node_keep[v] = 1;
            kept++;
        }
        /* best-ranked units first: insertion sort of a short list copy */
        size_t cnt = 0;
        for (size_t j = off[v]; j < off[v + 1]; j++) {
            og_node_id u = in[j];
            size_t pos = cnt;
            while (pos > 0 && rank[tmp[pos - 1]] > rank[u])
                pos--;
            if (pos >= TRIM_PULL_MAX)
                continue;
            if (cnt < TRIM_PULL_MAX)
                cnt++;
            memmove(tmp + pos + 1, tmp + pos, (cnt - 1 - pos) * sizeof *tmp);
            tmp[pos] = u;
        }
        for (size_t j = 0; j < cnt && kept < limit; j++) {
            if (!s->node_keep[tmp[j]]) {
                s->node_keep[tmp[j]] = 1;
                kept++;
            }
        }
    }
    /* nodes whose neighbours were all cut only add noise */
    count_degrees(g, s);
    for (og_node_id i = 0; i < n; i++)
        if (s->node_keep[i] && s->degree[i] == 0)
            s->node_keep[i] = 0;
done:
    og_free(rank);
    og_free(off);
    og_free(in);
    og_free(tmp);
    return rc;
}

int og_diagram_trim(og_graph **out, const og_graph *g, size_t limit, og_warn_fn warn, void *warn_payload,
                    og_error *err)
{
    if (!out || !g)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_diagram_trim: %s", !out ? "out != NULL" : "g != NULL");
    *out = NULL;
    if (limit == 0)
        limit = OG_DIAGRAM_MAX_NODES;
    size_t n = og_graph_node_count(g), m = og_graph_edge_count(g);
    if (limit == OG_DIAGRAM_ALL || n <= limit)
        return 0;
    sel_state s = {0};
    s.node_keep = og_malloc(n + 1);
    s.edge_keep = og_malloc(m + 1);
    s.degree = og_malloc((n + 1) * sizeof *s.degree);
    s.queue = og_malloc((n + 1) * sizeof *s.queue);
    int rc = 0;
    if (!s.node_keep || !s.edge_keep || !s.degree || !s.queue)
        rc = og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory choosing the diagram's nodes");
    if (rc == 0)
        rc = trim_keep(g, &s, limit, err);
    if (rc == 0)
        rc = copy_selected(out, g, &s, err);
    sel_free(&s);
    if (rc < 0)
        return rc;
    if (warn) {
        og_error w = {0};
        size_t kept_n = og_graph_node_count(*out);
        size_t kept_e = og_graph_edge_count(*out);
        snprintf(w.message, sizeof w.message,
                 "diagram shows the %zu most connected of %zu nodes (%zu of %zu edges); "
                 "%zu nodes left out: use --top N or --ego NAME --depth N to choose",
                 kept_n, n, kept_e, m, n - kept_n);
        warn(&w, warn_payload);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* --types / --predicates                                              */
/* ------------------------------------------------------------------ */

/* Splits `csv` on commas, trims blanks, and ORs each parsed bit into *mask.
 * `parse` returns the bit index or -1; `what` and `known` phrase the error. */
static int parse_list(unsigned *out, const char *csv, int (*parse)(const char *, int *), const char *what,
                      const char *known, og_error *err)
{
    if (!out || !csv)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "%s", !out ? "out != NULL" : "csv != NULL");
    unsigned mask = 0;
    const char *p = csv;
    while (*p) {
        const char *end = strchr(p, ',');
        if (!end)
            end = p + strlen(p);
        const char *a = p, *b = end;
        while (a < b && isspace((unsigned char)*a))
            a++;
        while (b > a && isspace((unsigned char)b[-1]))
            b--;
        if (b > a) {
            char name[64];
            size_t len = (size_t)(b - a);
            int bit = -1;
            if (len < sizeof name) {
                memcpy(name, a, len);
                name[len] = '\0';
                if (parse(name, &bit) != 0)
                    bit = -1;
            }
            if (bit < 0)
                return og_error_set(err, OG_ENOTFOUND, NULL, 0, 0, "unknown %s '%.*s' (known: %s)", what,
                                    (int)(len > 60 ? 60 : len), a, known);
            mask |= 1u << bit;
        }
        p = *end ? end + 1 : end;
    }
    *out = mask;
    return 0;
}

static int parse_type_bit(const char *name, int *bit)
{
    og_node_type t;
    if (og_node_type_parse(name, &t) != 0)
        return -1;
    *bit = (int)t;
    return 0;
}

static int parse_predicate_bit(const char *name, int *bit)
{
    og_predicate p;
    if (og_predicate_parse(name, &p) != 0)
        return -1;
    *bit = (int)p;
    return 0;
}

int og_select_parse_types(unsigned *out, const char *csv, og_error *err)
{
    return parse_list(out, csv, parse_type_bit, "node type",
                      "Organisation, Initiative, Standard, Partnership, Agreement, Event, Person, Place, Topic, Thing",
                      err);
}

int og_select_parse_predicates(unsigned *out, const char *csv, og_error *err)
{
    return parse_list(out, csv, parse_predicate_bit, "predicate",
                      "part_of, member_of, partner_in, collaborates_with, develops, launches, hosts, supports, "
                      "adopts, located_in, works_on, related_to",
                      err);
}
