/*
 * resolve.c - from candidate mentions to the nodes of one document's fragment.
 *
 * Does: keep the leftmost-longest non-overlapping strong mentions (ties by
 * source: lexicon > profile > partnership > pattern > acronym definition >
 * person > head word > cue), then the weak spans that overlap none of them;
 * an acronym definition swallowed by a longer name gives that name its alias.
 * Then resolves within the document: lexicon mentions to the entry (type
 * fixed, aliases, lexicon id), named mentions by name or by their acronym,
 * short references to their profile's subject, bare acronyms to a node of the
 * document whose name their letters fit ("UNICC" -> "UN International
 * Computing Centre"). Identity goes through the graph's alias index, so a
 * sub-unit ("ITU-T") never becomes its parent ("ITU") and nothing merges on a
 * shared common word. Does not: resolve across documents (og_reduce does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mention.h"

static int prio(og__msrc s) {
    switch (s) {
    case OG__SRC_LEXICON: return 0;
    case OG__SRC_PROFILE: return 1;
    case OG__SRC_PARTNERSHIP: return 2;
    case OG__SRC_PATTERN: return 3;
    case OG__SRC_ACRONYM_DEF: return 4;
    case OG__SRC_PERSON: return 5;
    case OG__SRC_HEADWORD: return 6;
    case OG__SRC_CUE: return 7;
    case OG__SRC_REF: return 8;
    case OG__SRC_ACRONYM: return 9;
    case OG__SRC_PLACE: return 10;
    default: return 11;
    }
}

static int cmp_mention(const void *pa, const void *pb) {
    const og__mention *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end > b->end ? -1 : 1;
    int x = prio(a->src), y = prio(b->src);
    if (x != y)
        return x < y ? -1 : 1;
    return 0;
}

static uint32_t fnv(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

typedef struct hix {
    uint32_t h;
    uint32_t i;
} hix;

static int cmp_hix(const void *pa, const void *pb) {
    const hix *a = pa, *b = pb;
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

/* Ordinary word: in the shipped English word list or the recognisers' word table. */
static int ordinary(const og__ex *ex, size_t t) {
    const og__tok *k = &ex->toks[t];
    if (k->flags & (OG__TK_UPPER | OG__TK_MIXED | OG__TK_DIGIT))
        return 0;
    return og__tok_wflags(ex, t) || og__wordlist_has(ex->doc->text + k->start, k->end - k->start);
}

/* Decides which weak spans may become nodes when a relation needs them: a multi-word span needs one
 * word that is not ordinary; a single capitalised word must not be ordinary and must occur at least
 * twice (acronyms and mixed-case words once). Sorting by hash keeps this O(n log n). */
static void weak_promotable(og__ex *ex) {
    og__mentions *ms = &ex->m;
    size_t n1 = 0;
    for (size_t i = 0; i < ms->n; i++) {
        og__mention *m = &ms->v[i];
        if (m->src != OG__SRC_WEAK)
            continue;
        m->prom = 2;
        if (m->tok_end > m->tok_start + 1) {
            for (size_t t = m->tok_start; t < m->tok_end; t++)
                if ((ex->toks[t].flags & OG__TK_WORD) && !ordinary(ex, t) &&
                    !(og__tok_wflags(ex, t) & OG__W_CONNECTOR))
                    m->prom = 1;
            continue;
        }
        const og__tok *k = &ex->toks[m->tok_start];
        const char *s = ex->doc->text + k->start;
        size_t len = k->end - k->start;
        /* "in Africa", "from Valencia": a place; "Australian government": an adjective; "ICT-centric" */
        size_t t0 = m->tok_start;
        if (t0 > 0 && ex->toks[t0 - 1].sent == k->sent &&
            (og__tok_is(ex, t0 - 1, "in") || og__tok_is(ex, t0 - 1, "at") || og__tok_is(ex, t0 - 1, "from") ||
             og__tok_is(ex, t0 - 1, "across") || og__tok_is(ex, t0 - 1, "throughout"))) {
            m->prom = 5;
            continue;
        }
        if (len > 4 && (memcmp(s + len - 2, "an", 2) == 0 || memcmp(s + len - 3, "ese", 3) == 0 ||
                        memcmp(s + len - 3, "ish", 3) == 0) &&
            t0 + 1 < ex->n_toks && (ex->toks[t0 + 1].flags & OG__TK_LOWER))
            continue;
        const char *dash = NULL;
        for (size_t q = 0; q < len; q++)
            if (s[q] == '-')
                dash = s + q;
        if (dash) {
            int low = dash + 1 < s + len;
            for (const char *q = dash + 1; q < s + len; q++)
                if (!(*q >= 'a' && *q <= 'z'))
                    low = 0;
            if (low)
                continue;
        }
        if (k->flags & (OG__TK_UPPER | OG__TK_MIXED))
            m->prom = 1;
        else if (!ordinary(ex, m->tok_start)) {
            m->prom = 3; /* decided by its count below */
            n1++;
        }
    }
    if (!n1)
        return;
    hix *v = og_malloc(n1 * sizeof *v);
    if (!v) { /* out of memory: single words just stay unpromoted */
        for (size_t i = 0; i < ms->n; i++)
            if (ms->v[i].prom == 3)
                ms->v[i].prom = 2;
        return;
    }
    size_t k = 0;
    for (size_t i = 0; i < ms->n; i++) {
        og__mention *m = &ms->v[i];
        if (m->src == OG__SRC_WEAK && m->prom == 3) {
            v[k].h = fnv(ex->doc->text + m->start, m->end - m->start);
            v[k].i = (uint32_t)i;
            k++;
        }
    }
    qsort(v, k, sizeof *v, cmp_hix);
    for (size_t i = 0; i < k;) {
        size_t j = i;
        while (j < k && v[j].h == v[i].h)
            j++;
        for (size_t q = i; q < j; q++)
            ms->v[v[q].i].prom = j - i >= 2 ? 1 : 4; /* 4: once; only right next to a trigger */
        i = j;
    }
    og_free(v);
}

/* Profile subjects: the mention covering each profile's name span (mentions are sorted by start,
 * so a binary search finds the first candidate). */
static void map_subjects(og__ex *ex) {
    og__mentions *ms = &ex->m;
    for (size_t p = 0; p < ex->n_profiles; p++) {
        og__profile *pr = &ex->profiles[p];
        pr->subject = -1;
        size_t lo = 0, hi = ms->n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (ms->v[mid].start < pr->name_start)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t i = lo; i < ms->n && ms->v[i].start == pr->name_start; i++) {
            if (ms->v[i].end >= pr->name_end && ms->v[i].src != OG__SRC_REF) {
                pr->subject = (int32_t)i;
                break;
            }
        }
    }
}

/* Merges the sorted runs a[0, na) and a[na, na + nb) into out, stably (ties keep a's first). */
static void merge_runs(const og__mention *a, size_t na, size_t nb, og__mention *out) {
    const og__mention *b = a + na, *ae = a + na, *be = b + nb;
    while (a < ae && b < be)
        *out++ = cmp_mention(b, a) < 0 ? *b++ : *a++;
    while (a < ae)
        *out++ = *a++;
    while (b < be)
        *out++ = *b++;
}

/* Sorts the mentions by start, longest first, then by source priority, stably. The recognisers push
 * mostly in text order, so a natural merge sort (runs found, then merged pairwise in sequential
 * passes) touches the array a few times; falls back to qsort (glibc's is a stable merge sort while
 * memory allows) when the buffer cannot be had. */
static void sort_mentions(og__mentions *ms) {
    size_t n = ms->n;
    if (n < 2)
        return;
    size_t n_runs = 1;
    for (size_t i = 1; i < n; i++)
        n_runs += cmp_mention(&ms->v[i - 1], &ms->v[i]) > 0;
    if (n_runs == 1)
        return;
    size_t *runs = og_malloc((n_runs + 1) * sizeof *runs);
    og__mention *tmp = runs ? og_malloc(ms->cap * sizeof *tmp) : NULL;
    if (!tmp) {
        og_free(runs);
        qsort(ms->v, n, sizeof *ms->v, cmp_mention);
        return;
    }
    size_t r = 0;
    runs[r++] = 0;
    for (size_t i = 1; i < n; i++)
        if (cmp_mention(&ms->v[i - 1], &ms->v[i]) > 0)
            runs[r++] = i;
    runs[r] = n;
    og__mention *src = ms->v, *dst = tmp;
    while (n_runs > 1) {
        size_t o = 0;
        for (size_t k = 0; k < n_runs; k += 2) {
            size_t lo = runs[k], mid = runs[k + 1], hi = k + 2 <= n_runs ? runs[k + 2] : mid;
            if (k + 1 < n_runs)
                merge_runs(src + lo, mid - lo, hi - mid, dst + lo);
            else
                memcpy(dst + lo, src + lo, (mid - lo) * sizeof *src);
            runs[o++] = lo;
        }
        runs[o] = n;
        n_runs = o;
        og__mention *t = src;
        src = dst;
        dst = t;
    }
    ms->v = src;
    og_free(dst); /* the other buffer: the old array or the unused temporary */
    og_free(runs);
}

int og__select_mentions(og__ex *ex) {
    og__mentions *ms = &ex->m;
    if (ms->n == 0)
        return 0;
    sort_mentions(ms);
    /* strong pass */
    size_t last = (size_t)-1;
    for (size_t i = 0; i < ms->n; i++) {
        og__mention *m = &ms->v[i];
        if (m->src == OG__SRC_WEAK)
            continue;
        if (last != (size_t)-1 && m->start < ms->v[last].end) {
            og__mention *k = &ms->v[last];
            if (m->alias_end && !k->alias_end && m->end <= k->end && m->end + 3 >= k->end && m->ref == -1) {
                k->alias_start = m->alias_start;
                k->alias_end = m->alias_end;
            }
            /* "Broadband Commission for Sustainable Development" extends the lexicon's "Broadband Commission" */
            if (m->src == OG__SRC_LEXICON && k->src == OG__SRC_HEADWORD && m->start == k->start && m->end < k->end &&
                (strncmp(ex->doc->text + m->end, " for ", 5) == 0 || strncmp(ex->doc->text + m->end, " of ", 4) == 0)) {
                k->src = OG__SRC_LEXICON;
                k->lex = m->lex;
                k->type = m->type;
                k->fixed = 1;
            }
            m->dead = 1;
            continue;
        }
        last = i;
    }
    /* weak pass: spans overlapping no kept mention */
    size_t reach_end = 0; /* furthest end of kept mentions so far, scanning by start */
    for (size_t i = 0; i < ms->n; i++) {
        og__mention *m = &ms->v[i];
        if (m->dead)
            continue;
        if (m->src != OG__SRC_WEAK) {
            if (m->end > reach_end)
                reach_end = m->end;
            continue;
        }
        if (m->start < reach_end) {
            m->dead = 1;
            continue;
        }
        /* a later strong mention starting inside this weak span */
        for (size_t j = i + 1; j < ms->n && ms->v[j].start < m->end; j++)
            if (!ms->v[j].dead && ms->v[j].src != OG__SRC_WEAK) {
                m->dead = 1;
                break;
            }
        if (!m->dead && m->end > reach_end)
            reach_end = m->end;
    }
    /* compact */
    size_t o = 0;
    for (size_t i = 0; i < ms->n; i++) {
        if (ms->v[i].dead) {
            og_free((void *)ms->v[i].name);
            continue;
        }
        ms->v[o++] = ms->v[i];
    }
    ms->n = o;
    weak_promotable(ex);
    map_subjects(ex);
    return 0;
}

int og__resort_mentions(og__ex *ex) {
    sort_mentions(&ex->m);
    map_subjects(ex);
    return 0;
}

/* Common acronyms that are not actors. */
static int stop_acronym(const char *s) {
    static const char *const w[] = {"AI", "ICT", "ICTS", "IT", "ML", "IOT", "NGO", "NGOS", "PHD", "MOOC", "MOOCS",
                                    "SPOC", "SPOCS", "API", "APIS", "GDP", "COVID", "COVID-19", "CEO", "CTO", "USA",
                                    "US", "UK", "PDF", "HTML", "URL", "FAQ", "SME", "SMES", "R&D", "IP", "DPG",
                                    "DPGS", "PII", "ICAS", "ISMS", "OT", "HR", "TV", "GPS", "LLM", "LLMS", "GPU",
                                    "CPU", "5G", "4G", "3G", "KPI", "FAIR", "SDG", "SDGS", "MDG", "MDGS", "CSO",
                                    "AR", "VR", "XR", "ID", "IDS", "DNS", "SMS", "NB", "PS", "OK", "AM", "PM",
                                    "ICTS", "STEM", "LDCS", "LLDCS", "SIDS", "B2B", "B2C", "ESG", "MSME", "MSMES",
                                    "CIA", "EDI", "UTC", "GMT", "FAQS", "RSS", "CV", "II", "III", "IV", "VI", "VII",
                                    "VIII", "IX", "XI", "XII", "ASAP", "TBD", "ETC", "PPP", "PPPS", "MOU", "MOUS", "Q&A", "EU-US", "ICT4D"};
    char up[24];
    size_t n = strlen(s);
    if (n >= sizeof up)
        return 0;
    for (size_t i = 0; i <= n; i++)
        up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 'a' + 'A') : s[i];
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (strcmp(up, w[i]) == 0)
            return 1;
    return 0;
}

static int is_acronym_name(const char *s) {
    size_t n = strlen(s), letters = 0;
    if (n < 2 || n > 14)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        if (s[i] == ' ')
            return 0;
        letters += (s[i] >= 'A' && s[i] <= 'Z');
    }
    return letters >= 2;
}

/* 1 if s has no lower-case ASCII letter and no byte above 0x7f: an acronym or a code. */
static int code_like(const char *s) {
    for (; *s; s++)
        if ((*s >= 'a' && *s <= 'z') || (unsigned char)*s >= 0x80)
            return 0;
    return 1;
}

static int add_lexicon(og__ex *ex, og__mention *m) {
    const og__lex_entry *e = og__lexicon_entry(ex->lex, (size_t)m->lex);
    if (!e)
        return 0;
    og_node_id n;
    int rc = og_graph_add_node(ex->g, e->type, e->name, 1, &n, ex->err);
    if (rc < 0)
        return rc;
    if (og_graph_node_mentions(ex->g, n) == 1) {
        rc = og_graph_node_fix_type(ex->g, n, e->type, ex->err);
        if (!rc)
            rc = og_graph_node_set_lexicon_id(ex->g, n, e->id, ex->err);
        /* only code-like aliases from the lexicon (no lower-case letter: "ITU", "JTC 1", "ISO/IEC JTC 1"),
         * which identity lookups use and which never win the label over a name; a worded alias never
         * seen in the text must not become the label (SPEC: the longest name seen) */
        for (size_t i = 0; !rc && i < e->n_aliases; i++)
            if (code_like(e->aliases[i]))
                rc = og_graph_node_add_alias(ex->g, n, e->aliases[i], ex->err);
        if (rc < 0)
            return rc;
    }
    const char *surface = og__mention_name(ex, m);
    if (surface && strcmp(surface, e->name) != 0) {
        rc = og_graph_node_add_alias(ex->g, n, surface, ex->err);
        if (rc < 0)
            return rc;
    }
    if (m->alias_end) {
        size_t k = og__span_name(ex, m->alias_start, m->alias_end, ex->name2, sizeof ex->name2);
        if (k && (rc = og_graph_node_add_alias(ex->g, n, ex->name2, ex->err)) < 0)
            return rc;
    }
    m->node = n;
    m->has_node = 1;
    m->type = e->type;
    m->fixed = 1;
    return 0;
}

/* Adds one mention of an existing node found by `name`, keeping its identity class. */
static int count_on(og__ex *ex, og_node_id n, const char *name, og_node_type fallback, og_node_id *out) {
    og_node_type t = og_graph_node_type(ex->g, n);
    if (t == OG_THING)
        t = fallback;
    /* add_node finds `n` again through the alias index and counts the mention */
    return og_graph_add_node(ex->g, t, name, 1, out, ex->err);
}

static int add_named(og__ex *ex, og__mention *m) {
    const char *name = og__mention_name(ex, m);
    if (!name)
        return 0;
    char nm[sizeof ex->name];
    size_t len = strlen(name);
    memcpy(nm, name, len + 1);
    const char *alias = NULL;
    if (m->alias_end) {
        size_t k = og__span_name(ex, m->alias_start, m->alias_end, ex->name2, sizeof ex->name2);
        if (k && strcmp(ex->name2, nm) != 0)
            alias = ex->name2;
    }
    og_node_id n, found;
    int rc;
    if (og_graph_find(ex->g, nm, &found) != 0 && alias && og_graph_find(ex->g, alias, &found) == 0 &&
        (og_graph_node_type(ex->g, found) == OG_PERSON) == (m->type == OG_PERSON)) {
        rc = count_on(ex, found, alias, m->type, &n);
        if (!rc)
            rc = og_graph_add_node(ex->g, m->type, alias, 0, &n, ex->err);
        if (!rc)
            rc = og_graph_node_add_alias(ex->g, n, nm, ex->err);
    } else {
        rc = og_graph_add_node(ex->g, m->type, nm, 1, &n, ex->err);
        if (!rc && alias)
            rc = og_graph_node_add_alias(ex->g, n, alias, ex->err);
    }
    if (rc < 0)
        return rc;
    m->node = n;
    m->has_node = 1;
    return 0;
}

/* Letter-fit attempts per document and candidate names considered: bounded work on hostile input. */
#define FIT_MAX_TRIES 2000
#define FIT_MAX_CANDIDATES 512

/* A bare acronym whose letters fit a multi-word name of this document. */
static int fit_acronym(og__ex *ex, og__mention *m, const char *acr, const og_node_id *cand, size_t n_cand) {
    size_t letters = 0;
    for (const char *p = acr; *p; p++)
        letters += (*p >= 'A' && *p <= 'Z');
    if (letters < 3)
        return 0;
    size_t al = strlen(acr);
    for (size_t i = 0; i < n_cand; i++) {
        const char *label = og_graph_node_label(ex->g, cand[i]);
        if (label[0] != acr[0] || !og__acronym_strict(acr, al, label, strlen(label)))
            continue;
        og_node_id n;
        og_node_type t = og_graph_node_type(ex->g, cand[i]);
        int rc = og_graph_node_add_alias(ex->g, cand[i], acr, ex->err);
        if (!rc)
            rc = count_on(ex, cand[i], acr, t, &n);
        if (rc < 0)
            return rc;
        m->node = n;
        m->has_node = 1;
        m->type = og_graph_node_type(ex->g, n);
        m->src = OG__SRC_ACRONYM;
        return 0;
    }
    return 0;
}

/* ---- a per-document cache of resolved surfaces ----
 * The same surface ("ITU", "the Institute") recurs hundreds of times in a document; resolving it
 * once and adding the other mentions as one weight per node keeps resolution O(mentions) hash
 * lookups instead of O(mentions) graph lookups with Unicode folding. */
typedef struct skey {
    uint32_t idx;  /* mention index + 1 whose resolution is copied; 0 = empty slot */
    uint32_t hash; /* key_hash of the key */
    uint8_t src;   /* og__msrc and og_node_type as they were when the surface was remembered: */
    uint8_t type;  /* resolution may change the mention's own, so the key keeps its copy */
} skey;            /* the surface and lexicon entry are the mention's (never changed) */

typedef struct scache {
    skey *slot;
    size_t mask, used;
    uint32_t *pending; /* per node: mentions still to add */
    size_t n_pending;
} scache;

static uint32_t key_hash(const og__ex *ex, const og__mention *m, unsigned src, unsigned type) {
    uint32_t h = fnv(ex->doc->text + m->start, m->end - m->start);
    return (h ^ (uint32_t)src * 16777619u ^ (uint32_t)type * 2654435761u) + (uint32_t)m->lex;
}

static int same_surface(const og__ex *ex, const skey *k, uint32_t h, const og__mention *m) {
    if (k->hash != h || k->src != (unsigned)m->src || k->type != (unsigned)m->type)
        return 0;
    const og__mention *a = &ex->m.v[k->idx - 1];
    return a->lex == m->lex && a->end - a->start == m->end - m->start &&
           memcmp(ex->doc->text + a->start, ex->doc->text + m->start, m->end - m->start) == 0;
}

/* 1 and the earlier mention's index in *hit when mention i repeats a resolved surface. */
static int cache_get(og__ex *ex, scache *c, size_t i, size_t *hit) {
    const og__mention *m = &ex->m.v[i];
    if (!c->slot || m->alias_end || m->name)
        return 0;
    uint32_t hv = key_hash(ex, m, (unsigned)m->src, (unsigned)m->type);
    for (size_t h = hv & c->mask;; h = (h + 1) & c->mask) {
        if (!c->slot[h].idx)
            return 0;
        if (same_surface(ex, &c->slot[h], hv, m)) {
            *hit = c->slot[h].idx - 1;
            return 1;
        }
    }
}

/* Doubles the table (keys keep their hashes); on failure the cache stops remembering. */
static void cache_grow(scache *c) {
    size_t cap = (c->mask + 1) * 2;
    skey *v = og_malloc(cap * sizeof *v);
    if (!v) {
        og_free(c->slot);
        c->slot = NULL;
        return;
    }
    memset(v, 0, cap * sizeof *v);
    for (size_t i = 0; i <= c->mask; i++) {
        if (!c->slot[i].idx)
            continue;
        size_t h = c->slot[i].hash & (cap - 1);
        while (v[h].idx)
            h = (h + 1) & (cap - 1);
        v[h] = c->slot[i];
    }
    og_free(c->slot);
    c->slot = v;
    c->mask = cap - 1;
}

/* Remembers mention i under its current source, type and surface; a key already remembered keeps its
 * first mention, so repeated surfaces never lengthen a probe chain. */
static void cache_put(og__ex *ex, scache *c, size_t i) {
    const og__mention *m = &ex->m.v[i];
    if (!c->slot || m->alias_end || m->name || (unsigned)m->src > 255 || (unsigned)m->type > 255)
        return;
    uint32_t hv = key_hash(ex, m, (unsigned)m->src, (unsigned)m->type);
    size_t h = hv & c->mask;
    for (; c->slot[h].idx; h = (h + 1) & c->mask)
        if (same_surface(ex, &c->slot[h], hv, m))
            return; /* this key is already remembered: keep the first */
    skey *k = &c->slot[h];
    k->idx = (uint32_t)i + 1;
    k->hash = hv;
    k->src = (uint8_t)m->src;
    k->type = (uint8_t)m->type;
    if (++c->used * 2 > c->mask)
        cache_grow(c);
}

/* Copies the resolution of mention j onto mention i and counts one more mention for its node. */
static int cache_apply(og__ex *ex, scache *c, size_t i, size_t j) {
    og__mention *m = &ex->m.v[i], *k = &ex->m.v[j];
    if (!k->has_node)
        return 0;
    m->node = k->node;
    m->has_node = 1;
    m->type = k->type;
    m->fixed = k->fixed;
    m->src = k->src;
    if (m->node >= c->n_pending) {
        size_t n = (size_t)m->node * 2 + 64;
        uint32_t *v = og_realloc(c->pending, n * sizeof *v);
        if (!v)
            return og_error_set(ex->err, OG_ENOMEM, ex->doc->name, 0, 0, "out of memory");
        memset(v + c->n_pending, 0, (n - c->n_pending) * sizeof *v);
        c->pending = v;
        c->n_pending = n;
    }
    c->pending[m->node]++;
    return 0;
}

static int cache_flush(og__ex *ex, scache *c) {
    for (size_t n = 0; n < c->n_pending; n++) {
        if (!c->pending[n] || n >= og_graph_node_count(ex->g))
            continue;
        char label[sizeof ex->name];
        snprintf(label, sizeof label, "%s", og_graph_node_label(ex->g, (og_node_id)n));
        og_node_id got;
        int rc = og_graph_add_node(ex->g, og_graph_node_type(ex->g, (og_node_id)n), label, c->pending[n], &got, ex->err);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int resolve_all(og__ex *ex, scache *c);

int og__resolve(og__ex *ex) {
    scache c;
    memset(&c, 0, sizeof c);
    size_t cap = 1024; /* grows with the distinct surfaces, not the mentions */
    c.slot = og_malloc(cap * sizeof *c.slot);
    if (c.slot) {
        memset(c.slot, 0, cap * sizeof *c.slot);
        c.mask = cap - 1;
    } /* without the cache, resolution is just slower */
    int rc = resolve_all(ex, &c);
    if (rc >= 0)
        rc = cache_flush(ex, &c);
    og_free(c.slot);
    og_free(c.pending);
    return rc < 0 ? rc : 0;
}

/* Step 4 for one weak span or bare acronym: a node the document already names, or a letter fit. */
static int resolve_bare(og__ex *ex, og__mention *m, const og_node_id *cand, size_t n_cand, size_t *tries) {
    const char *name = og__mention_name(ex, m);
    if (!name || stop_acronym(name))
        return 0;
    char nm[sizeof ex->name];
    snprintf(nm, sizeof nm, "%s", name);
    og_node_id found, n;
    if (og_graph_find(ex->g, nm, &found) == 0) {
        int rc = count_on(ex, found, nm, m->type, &n);
        if (rc < 0)
            return rc;
        m->node = n;
        m->has_node = 1;
        m->type = og_graph_node_type(ex->g, n);
        m->src = OG__SRC_ACRONYM;
        return 0;
    }
    if (is_acronym_name(nm) && (*tries)++ < FIT_MAX_TRIES)
        return fit_acronym(ex, m, nm, cand, n_cand);
    return 0;
}

static int resolve_all(og__ex *ex, scache *cache) {
    og__mentions *ms = &ex->m;
    int rc;
    size_t hit;
    /* 1. lexicon */
    for (size_t i = 0; i < ms->n; i++) {
        if (ms->v[i].src != OG__SRC_LEXICON || ms->v[i].lex < 0)
            continue;
        if (cache_get(ex, cache, i, &hit)) {
            if ((rc = cache_apply(ex, cache, i, hit)) < 0)
                return rc;
            continue;
        }
        if ((rc = add_lexicon(ex, &ms->v[i])) < 0)
            return rc;
        cache_put(ex, cache, i);
    }
    /* 2. named mentions, in text order */
    for (size_t i = 0; i < ms->n; i++) {
        og__msrc s = ms->v[i].src;
        if (s == OG__SRC_LEXICON || s == OG__SRC_REF || s == OG__SRC_WEAK || s == OG__SRC_ACRONYM)
            continue;
        if (cache_get(ex, cache, i, &hit)) {
            if ((rc = cache_apply(ex, cache, i, hit)) < 0)
                return rc;
            continue;
        }
        if ((rc = add_named(ex, &ms->v[i])) < 0)
            return rc;
        cache_put(ex, cache, i);
    }
    /* 3. short references; a sentence-initial "It" right after a sentence that opened with another
     *    named body refers to that body ("The DLC provides courses. It also organizes ...") */
    size_t cur_sent = (size_t)-1, cur_first = (size_t)-1, prev_first = (size_t)-1;
    for (size_t i = 0; i < ms->n; i++) {
        og__mention *m = &ms->v[i];
        if (m->sent != cur_sent) {
            prev_first = (cur_sent != (size_t)-1 && m->sent == cur_sent + 1) ? cur_first : (size_t)-1;
            cur_sent = m->sent;
            cur_first = (m->tok_start == ex->sent_tok[m->sent]) ? i : (size_t)-1;
        }
        if (m->src != OG__SRC_REF || m->ref < 0 || (size_t)m->ref >= ex->n_profiles)
            continue;
        int32_t subj = ex->profiles[m->ref].subject;
        if (m->tok_end == m->tok_start + 1 && (og__tok_is(ex, m->tok_start, "it") || og__tok_is(ex, m->tok_start, "its")) &&
            prev_first != (size_t)-1 && ms->v[prev_first].has_node && ms->v[prev_first].src != OG__SRC_REF &&
            (ms->v[prev_first].type == OG_ORGANISATION || ms->v[prev_first].type == OG_INITIATIVE ||
             ms->v[prev_first].type == OG_PARTNERSHIP))
            subj = (int32_t)prev_first;
        if (subj < 0 || !ms->v[subj].has_node)
            continue;
        og_node_id n = ms->v[subj].node;
        char label[sizeof ex->name];
        snprintf(label, sizeof label, "%s", og_graph_node_label(ex->g, n));
        if ((rc = count_on(ex, n, label, OG_ORGANISATION, &n)) < 0)
            return rc;
        m->node = n;
        m->has_node = 1;
        m->type = og_graph_node_type(ex->g, n);
    }
    /* 4. weak spans and bare acronyms: only what the document already names */
    og_node_id cand[FIT_MAX_CANDIDATES];
    size_t n_cand = 0, tries = 0;
    for (size_t i = 0; i < ms->n && n_cand < FIT_MAX_CANDIDATES; i++) {
        og__mention *c = &ms->v[i];
        if (!c->has_node || c->type == OG_PERSON || c->type == OG_PLACE || c->type == OG_TOPIC)
            continue;
        if (!strchr(og_graph_node_label(ex->g, c->node), ' '))
            continue;
        int dup = 0;
        for (size_t k = 0; k < n_cand && !dup; k++)
            dup = cand[k] == c->node;
        if (!dup)
            cand[n_cand++] = c->node;
    }
    for (size_t i = 0; i < ms->n; i++) {
        og__mention *m = &ms->v[i];
        if (m->has_node || (m->src != OG__SRC_WEAK && m->src != OG__SRC_ACRONYM))
            continue;
        if (cache_get(ex, cache, i, &hit)) {
            if ((rc = cache_apply(ex, cache, i, hit)) < 0)
                return rc;
            continue;
        }
        /* resolved or not, the next copy of this surface resolves the same way; a copy whose
         * resolution changed its own source or type is not remembered (its key no longer holds) */
        og__msrc src0 = m->src;
        og_node_type type0 = m->type;
        if ((rc = resolve_bare(ex, m, cand, n_cand, &tries)) < 0)
            return rc;
        if (m->src == src0 && m->type == type0)
            cache_put(ex, cache, i);
    }
    return 0;
}

int og__mention_node(og__ex *ex, size_t i, og_node_id *out) {
    og__mention *m = &ex->m.v[i];
    if (m->has_node) {
        *out = m->node;
        return 0;
    }
    const char *name = og__mention_name(ex, m);
    if (!name || stop_acronym(name))
        return OG_ENOTFOUND;
    char nm[sizeof ex->name];
    snprintf(nm, sizeof nm, "%s", name);
    /* one ordinary capitalised word at a sentence start is not a name */
    if (m->tok_end == m->tok_start + 1 && (ex->toks[m->tok_start].flags & OG__TK_FIRST) &&
        !(ex->toks[m->tok_start].flags & OG__TK_UPPER) && og__tok_wflags(ex, m->tok_start))
        return OG_ENOTFOUND;
    og_node_id n;
    int rc = og_graph_add_node(ex->g, m->type, nm, 1, &n, ex->err);
    if (rc < 0)
        return rc;
    m->node = n;
    m->has_node = 1;
    *out = n;
    return 0;
}
