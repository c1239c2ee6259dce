/*
 * index.c - og__multimap: interned string -> node indices, used for the
 * alias index (name keys) and the id index of a graph.
 *
 * Does: open addressing with linear probing and tombstones, duplicate keys
 * with distinct nodes, bulk remapping of node indices (after merges).
 * Does not: order anything; callers pick the lowest matching index so the
 * table's layout never shows in results. Keys are compared by pointer (they
 * are interned in the owning graph's pool).
 */
#include <string.h>

#include "graph_impl.h"

const char og__mm_tomb[1] = "";

void og__mm_free(og__multimap *m)
{
    og_free(m->slots);
    memset(m, 0, sizeof *m);
}

void og__mm_clear(og__multimap *m)
{
    if (m->slots)
        memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->used = m->live = 0;
}

static uint32_t key_hash(const char *key)
{
    return og__hash(key, strlen(key));
}

static int mm_resize(og__multimap *m, size_t cap)
{
    og__mm_slot *slots = og_malloc(cap * sizeof *slots);
    if (!slots)
        return OG_ENOMEM;
    memset(slots, 0, cap * sizeof *slots);
    size_t mask = cap - 1;
    for (size_t i = 0; i < m->cap; i++) {
        const og__mm_slot *s = &m->slots[i];
        if (!s->key || s->key == og__mm_tomb)
            continue;
        size_t j = s->hash & mask;
        while (slots[j].key)
            j = (j + 1) & mask;
        slots[j] = *s;
    }
    og_free(m->slots);
    m->slots = slots;
    m->cap = cap;
    m->used = m->live;
    return 0;
}

int og__mm_add(og__multimap *m, const char *key, uint32_t node)
{
    if ((m->used + 1) * 2 > m->cap) {
        size_t cap = 64;
        while (cap < (m->live + 1) * 2 + 2) /* load after a resize ~1/4..1/2 */
            cap *= 2;
        if (mm_resize(m, cap) != 0)
            return OG_ENOMEM;
    }
    uint32_t h = key_hash(key);
    size_t mask = m->cap - 1;
    size_t free_at = (size_t)-1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        og__mm_slot *s = &m->slots[i];
        if (!s->key) {
            if (free_at == (size_t)-1) {
                free_at = i;
                m->used++;
            }
            break;
        }
        if (s->key == og__mm_tomb) {
            if (free_at == (size_t)-1)
                free_at = i;
            continue;
        }
        if (s->key == key && s->node == node)
            return 0;
    }
    m->slots[free_at].key = key;
    m->slots[free_at].hash = h;
    m->slots[free_at].node = node;
    m->live++;
    return 0;
}

void og__mm_remove(og__multimap *m, const char *key, uint32_t node)
{
    if (!m->cap)
        return;
    uint32_t h = key_hash(key);
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        og__mm_slot *s = &m->slots[i];
        if (!s->key)
            return;
        if (s->key == key && s->node == node) {
            s->key = og__mm_tomb;
            m->live--;
            return;
        }
    }
}

int og__mm_each(const og__multimap *m, const char *key, int (*fn)(uint32_t node, void *payload), void *payload)
{
    if (!m->cap || !key)
        return 0;
    uint32_t h = key_hash(key);
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const og__mm_slot *s = &m->slots[i];
        if (!s->key)
            return 0;
        if (s->key == key) {
            int rc = fn(s->node, payload);
            if (rc)
                return rc;
        }
    }
}

void og__mm_remap(og__multimap *m, const uint32_t *map)
{
    for (size_t i = 0; i < m->cap; i++) {
        og__mm_slot *s = &m->slots[i];
        if (!s->key || s->key == og__mm_tomb)
            continue;
        uint32_t to = map[s->node];
        if (to == UINT32_MAX) {
            s->key = og__mm_tomb;
            m->live--;
        } else {
            s->node = to;
        }
    }
    /* Remapping can create duplicate (key, node) pairs (two names of merged
     * nodes with one key): drop the later copy in each probe chain. */
    for (size_t i = 0; i < m->cap; i++) {
        og__mm_slot *s = &m->slots[i];
        if (!s->key || s->key == og__mm_tomb)
            continue;
        size_t mask = m->cap - 1;
        for (size_t j = (i + 1) & mask; m->slots[j].key; j = (j + 1) & mask) {
            og__mm_slot *t = &m->slots[j];
            if (t->key == s->key && t->node == s->node) {
                t->key = og__mm_tomb;
                m->live--;
            }
        }
    }
}
