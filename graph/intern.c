/*
 * intern.c - the per-graph string pool: every string a graph holds is stored
 * once, at a stable address, and freed with the graph.
 *
 * Does: chunked storage (64 KiB chunks, big strings get their own chunk), an
 * open-addressing hash set with linear probing (load <= 1/2).
 * Does not: remove single strings (pools only grow until og_graph_free), or
 * garbage-collect strings no longer referenced after merges.
 */
#include <string.h>

#include "graph_impl.h"

struct og__chunk {
    og__chunk *next;
    char data[];
};

#define OG__CHUNK_SIZE (64u * 1024u)

uint32_t og__hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

void og__pool_init(og__pool *p)
{
    memset(p, 0, sizeof *p);
}

void og__pool_free(og__pool *p)
{
    og__chunk *c = p->chunks;
    while (c) {
        og__chunk *next = c->next;
        og_free(c);
        c = next;
    }
    og_free(p->slots);
    og_free(p->hashes);
    og__pool_init(p);
}

static int same(const char *stored, const char *s, size_t len)
{
    return memcmp(stored, s, len) == 0 && stored[len] == '\0';
}

const char *og__pool_find(const og__pool *p, const char *s, size_t len)
{
    if (!p->cap)
        return NULL;
    uint32_t h = og__hash(s, len);
    size_t mask = p->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const char *t = p->slots[i];
        if (!t)
            return NULL;
        if (p->hashes[i] == h && same(t, s, len))
            return t;
    }
}

static int pool_grow(og__pool *p)
{
    size_t cap = p->cap ? p->cap * 2 : 1024;
    const char **slots = og_malloc(cap * sizeof *slots);
    uint32_t *hashes = og_malloc(cap * sizeof *hashes);
    if (!slots || !hashes) {
        og_free(slots);
        og_free(hashes);
        return OG_ENOMEM;
    }
    memset(slots, 0, cap * sizeof *slots);
    size_t mask = cap - 1;
    for (size_t i = 0; i < p->cap; i++) {
        if (!p->slots[i])
            continue;
        size_t j = p->hashes[i] & mask;
        while (slots[j])
            j = (j + 1) & mask;
        slots[j] = p->slots[i];
        hashes[j] = p->hashes[i];
    }
    og_free(p->slots);
    og_free(p->hashes);
    p->slots = slots;
    p->hashes = hashes;
    p->cap = cap;
    return 0;
}

static char *pool_store(og__pool *p, const char *s, size_t len)
{
    size_t need = len + 1;
    if (need > p->left) {
        size_t size = need > OG__CHUNK_SIZE / 4 ? need : OG__CHUNK_SIZE;
        og__chunk *c = og_malloc(sizeof *c + size);
        if (!c)
            return NULL;
        p->bytes += sizeof *c + size;
        if (size == need && p->chunks) {
            /* A big string: its own chunk, behind the head so the head's free space stays usable. */
            c->next = p->chunks->next;
            p->chunks->next = c;
            memcpy(c->data, s, len);
            c->data[len] = '\0';
            return c->data;
        }
        c->next = p->chunks;
        p->chunks = c;
        p->cur = c->data;
        p->left = size;
    }
    char *out = p->cur;
    memcpy(out, s, len);
    out[len] = '\0';
    p->cur += need;
    p->left -= need;
    return out;
}

const char *og__pool_intern(og__pool *p, const char *s, size_t len)
{
    if ((p->count + 1) * 2 > p->cap && pool_grow(p) != 0)
        return NULL;
    uint32_t h = og__hash(s, len);
    size_t mask = p->cap - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const char *t = p->slots[i];
        if (!t)
            break;
        if (p->hashes[i] == h && same(t, s, len))
            return t;
    }
    char *copy = pool_store(p, s, len);
    if (!copy)
        return NULL;
    p->slots[i] = copy;
    p->hashes[i] = h;
    p->count++;
    return copy;
}
