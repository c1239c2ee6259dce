/*
 * curation.h - the parsed form of an analyst curation file (private to
 * graph/: the reduce applies it).
 */
#ifndef OG_GRAPH_CURATION_H
#define OG_GRAPH_CURATION_H

#include "orgraph.h"

typedef enum og__cur_kind { OG__CUR_SAME, OG__CUR_DIFFERENT, OG__CUR_DROP, OG__CUR_TYPE, OG__CUR_ALIAS } og__cur_kind;

typedef struct og__cur_rule {
    og__cur_kind kind;
    char *a;           /* NAME (owned) */
    char *b;           /* second name for same/different/alias, else NULL (owned) */
    og_node_type type; /* OG__CUR_TYPE */
    unsigned line;     /* 1-based line in the file */
} og__cur_rule;

struct og_curation {
    og__cur_rule *rules; /* in file order (later rules win where they conflict) */
    size_t n_rules;
};

#endif
