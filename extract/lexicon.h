/*
 * lexicon.h - the lexicon's internal API (private to extract/).
 *
 * Entries come from TSV (id, name, type, aliases separated by '|'). All names
 * and aliases are compiled into one multi-pattern automaton (Aho-Corasick) so
 * a document is scanned once, whatever the lexicon size. Acronym-like names
 * (no lower-case letter) match case-sensitively; other names match with case
 * folded except that the first letter of the match must be a capital
 * ("World bank" and "WORLD BANK" match "World Bank"; "apple" never matches
 * "Apple"), for precision; every match is whole-word (not inside a longer
 * word). The scanner walks one trie of all names from each word start (the
 * only places a whole-word match can begin): same leftmost-longest result as
 * an Aho-Corasick automaton, in O(len + walk length), and cache-friendlier.
 */
#ifndef OG_EXTRACT_LEXICON_H
#define OG_EXTRACT_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include "orgraph.h"

typedef struct og__lex_entry {
    const char *id;        /* stable id, e.g. "itu" */
    const char *name;      /* canonical full name */
    og_node_type type;
    const char **aliases;  /* acronyms and other names */
    size_t n_aliases;
} og__lex_entry;

/** Entry i (0 <= i < og_lexicon_size()). Borrowed, valid until og_lexicon_free(). */
const og__lex_entry *og__lexicon_entry(const og_lexicon *lex, size_t i);

/** A match: text[start, end) names entry `entry`. */
typedef struct og__lex_hit {
    size_t start, end;
    uint32_t entry;
} og__lex_hit;

/**
 * Scans text[0, len) and returns the leftmost-longest, non-overlapping,
 * whole-word matches in text order. *out is og_malloc'ed (caller og_free()s),
 * *n its length. O(len + matches).
 */
int og__lexicon_scan(const og_lexicon *lex, const char *text, size_t len, og__lex_hit **out, size_t *n,
                     og_error *err);

#endif
