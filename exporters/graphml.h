/*
 * graphml.h - the GraphML vocabulary shared by the writer (graphml.c) and
 * the reader (graphml_read.c): key names are defined once, here.
 */
#ifndef OG_EXPORTERS_GRAPHML_H
#define OG_EXPORTERS_GRAPHML_H

#include "orgraph.h"

#define OG__GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define OG__GRAPHML_XSI "http://www.w3.org/2001/XMLSchema-instance"
#define OG__GRAPHML_SCHEMA OG__GRAPHML_NS " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
#define OG__YFILES_NS "http://www.yworks.com/xml/graphml"

/* Built-in node keys, in the order the writer declares and writes them. */
typedef enum og__gm_node_key {
    OG__GMN_LABEL = 0,
    OG__GMN_NAME,
    OG__GMN_TYPE,
    OG__GMN_ALIASES,
    OG__GMN_ACRONYM,
    OG__GMN_ESTABLISHED,
    OG__GMN_ADDRESS,
    OG__GMN_WEBSITE,
    OG__GMN_STAKEHOLDER,
    OG__GMN_SOURCES,
    OG__GMN_SOURCE_COUNT,
    OG__GMN_MENTIONS,
    OG__GMN_TYPE_VOTES, /* what the reduce needs to merge into this graph (docs/scale.md) */
    OG__GMN_TYPE_FIXED,
    OG__GMN_LEXICON_ID,
    OG__GMN_COUNT
} og__gm_node_key;

/* Built-in edge keys, likewise. */
typedef enum og__gm_edge_key {
    OG__GME_TYPE = 0,
    OG__GME_INTERACTION,
    OG__GME_CONFIDENCE,
    OG__GME_SENTENCE,
    OG__GME_EVIDENCE,
    OG__GME_EVIDENCE_COUNT,
    OG__GME_SOURCES,
    OG__GME_HEDGED,
    OG__GME_COUNT
} og__gm_edge_key;

typedef struct og__gm_key_def {
    const char *id;   /* key id in orgraph's files */
    const char *name; /* attr.name */
    const char *type; /* attr.type */
} og__gm_key_def;

/* Tables indexed by the enums above. Static. */
extern const og__gm_key_def og__gm_node_keys[OG__GMN_COUNT];
extern const og__gm_key_def og__gm_edge_keys[OG__GME_COUNT];

/** Index of built-in key `name` for nodes (for_edges 0) or edges, or -1. */
int og__gm_builtin_key(int for_edges, const char *name);

#endif
