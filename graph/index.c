/*
 * index.c - og__multimap: interned string -> node indices, used for the
 * alias index (name keys) and the id index of a graph.
 *
 * Does: one open-addressing slot per distinct key (linear probing, load <=
 * 1/2) heading a linked list of entries in a shared array with a free list;
 * O(1) insert however many nodes share a key; bulk remapping of node indices
 * after merges.
 * Does not: order anything (callers pick the lowest matching index, so the
 * layout never shows in results), or keep pairs unique (callers do). Keys
 * are compared by pointer: they are interned in the owning graph's pool.
 */
#include <string.h>

#include "graph_impl.h"

#define END UINT32_MAX

void og__mm_free(og__multimap *m)
{
    og_free(m->slots);
    og_free(m->ents);
    memset(m, 0, sizeof *m);
}

static uint32_t key_hash(const char *key)
{
    return og__hash(key, strlen(key));
}

static og__mm_slot *find_slot(const og__multimap *m, const char *key, uint32_t h)
{
    if (!m->cap)
        return NULL;
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        og__mm_slot *s = &m->slots[i];
        if (!s->key)
            return NULL;
        if (s->key == key)
            return s;
    }
}

static int grow_slots(og__multimap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    og__mm_slot *slots = og_malloc(cap * sizeof *slots);
    if (!slots)
        return OG_ENOMEM;
    memset(slots, 0, cap * sizeof *slots);
    size_t mask = cap - 1;
    for (size_t i = 0; i < m->cap; i++) {
        const og__mm_slot *s = &m->slots[i];
        if (!s->key)
            continue;
        size_t j = s->hash & mask;
        while (slots[j].key)
            j = (j + 1) & mask;
        slots[j] = *s;
    }
    og_free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

int og__mm_add(og__multimap *m, const char *key, uint32_t node)
{
    uint32_t h = key_hash(key);
    og__mm_slot *s = find_slot(m, key, h);
    if (!s && (m->n_keys + 1) * 2 > m->cap && grow_slots(m) != 0)
        return OG_ENOMEM;
    if (!m->free_head && m->n_ents == m->cap_ents) {
        if (m->cap_ents >= END - 1)
            return OG_ENOMEM;
        size_t cap = m->cap_ents ? (size_t)m->cap_ents + m->cap_ents / 2 : 64;
        if (cap >= END)
            cap = END - 1;
        og__mm_ent *ents = og_realloc(m->ents, cap * sizeof *ents);
        if (!ents)
            return OG_ENOMEM;
        m->ents = ents;
        m->cap_ents = (uint32_t)cap;
    }
    if (!s) {
        size_t mask = m->cap - 1;
        size_t i = h & mask;
        while (m->slots[i].key)
            i = (i + 1) & mask;
        s = &m->slots[i];
        s->key = key;
        s->hash = h;
        s->head = END;
        m->n_keys++;
    }
    uint32_t e;
    if (m->free_head) {
        e = m->free_head - 1;
        m->free_head = m->ents[e].next;
    } else {
        e = m->n_ents++;
    }
    m->ents[e].node = node;
    m->ents[e].next = s->head;
    s->head = e;
    return 0;
}

void og__mm_remove(og__multimap *m, const char *key, uint32_t node)
{
    og__mm_slot *s = find_slot(m, key, key_hash(key));
    if (!s)
        return;
    for (uint32_t *link = &s->head; *link != END; link = &m->ents[*link].next) {
        uint32_t e = *link;
        if (m->ents[e].node == node) {
            *link = m->ents[e].next;
            m->ents[e].next = m->free_head;
            m->free_head = e + 1;
            return;
        }
    }
}

int og__mm_each(const og__multimap *m, const char *key, int (*fn)(uint32_t node, void *payload), void *payload)
{
    if (!key)
        return 0;
    const og__mm_slot *s = find_slot(m, key, key_hash(key));
    if (!s)
        return 0;
    for (uint32_t e = s->head; e != END; e = m->ents[e].next) {
        int rc = fn(m->ents[e].node, payload);
        if (rc)
            return rc;
    }
    return 0;
}

void og__mm_remap(og__multimap *m, const uint32_t *map)
{
    for (size_t i = 0; i < m->cap; i++) {
        og__mm_slot *s = &m->slots[i];
        if (!s->key)
            continue;
        uint32_t *link = &s->head;
        while (*link != END) {
            uint32_t e = *link;
            uint32_t to = map[m->ents[e].node];
            if (to == UINT32_MAX) {
                *link = m->ents[e].next;
                m->ents[e].next = m->free_head;
                m->free_head = e + 1;
            } else {
                m->ents[e].node = to;
                link = &m->ents[e].next;
            }
        }
    }
}
