/*
 * types.c - names of node types and predicates, and their parsers.
 *
 * Does: the one table of type and predicate names used by every exporter and
 * reader. Does not: know schema.org mappings or colours (exporters do).
 */
#include <string.h>

#include "orgraph.h"

static const char *const og_type_names[OG_NODE_TYPE_COUNT] = {
    "Organisation", "Initiative", "Standard", "Partnership", "Agreement",
    "Event", "Person", "Place", "Topic", "Thing",
};

static const char *const og_predicate_names[OG_PREDICATE_COUNT] = {
    "part_of", "member_of", "partner_in", "collaborates_with", "develops", "launches",
    "hosts", "supports", "adopts", "located_in", "works_on", "related_to",
};

const char *og_node_type_name(og_node_type t)
{
    return (unsigned)t < OG_NODE_TYPE_COUNT ? og_type_names[t] : NULL;
}

static int ascii_caseeq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a - 'A' + 'a') : *a;
        char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b - 'A' + 'a') : *b;
        if (x != y)
            return 0;
    }
    return *a == *b;
}

int og_node_type_parse(const char *name, og_node_type *out)
{
    if (!name)
        return OG_ENOTFOUND;
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++) {
        if (ascii_caseeq(name, og_type_names[t])) {
            if (out)
                *out = (og_node_type)t;
            return 0;
        }
    }
    if (ascii_caseeq(name, "Organization")) { /* the US spelling analysts will type */
        if (out)
            *out = OG_ORGANISATION;
        return 0;
    }
    return OG_ENOTFOUND;
}

const char *og_predicate_name(og_predicate p)
{
    return (unsigned)p < OG_PREDICATE_COUNT ? og_predicate_names[p] : NULL;
}

int og_predicate_parse(const char *name, og_predicate *out)
{
    if (!name)
        return OG_ENOTFOUND;
    for (int p = 0; p < OG_PREDICATE_COUNT; p++) {
        if (strcmp(name, og_predicate_names[p]) == 0) {
            if (out)
                *out = (og_predicate)p;
            return 0;
        }
    }
    return OG_ENOTFOUND;
}
