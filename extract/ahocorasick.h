/*
 * ahocorasick.h - one multi-pattern automaton over byte strings (private to
 * extract/; used by lexicon.c).
 *
 * Patterns are either exact (case-sensitive) or ASCII-case-insensitive; both
 * kinds live in one automaton built over ASCII-folded bytes, and exact
 * patterns are verified byte for byte when they match. Scanning reports
 * leftmost-longest, non-overlapping, whole-word matches.
 */
#ifndef OG_EXTRACT_AHOCORASICK_H
#define OG_EXTRACT_AHOCORASICK_H

#include <stddef.h>
#include <stdint.h>
#include "lexicon.h"

typedef struct og__ac og__ac;

typedef struct og__ac_pattern {
    const char *s;  /* borrowed during og__ac_build only (the automaton copies) */
    size_t len;
    uint32_t value; /* reported in og__lex_hit.entry */
    int fold;       /* 1: ASCII case-insensitive; 0: exact */
    int cap_first;  /* with fold: the first letter must still be upper-case
                       ("World Bank" matches "WORLD BANK", "World bank", not
                       "world bank"); lets the scan skip lower-case words */
} og__ac_pattern;

/** Builds the trie. *out is freed with og__ac_free(). O(total length x classes). */
int og__ac_build(og__ac **out, const og__ac_pattern *pats, size_t n, og_error *err);
void og__ac_free(og__ac *ac);
/** Number of automaton states (for tests and benchmarks). */
size_t og__ac_states(const og__ac *ac);

/**
 * Scans text[0, len): leftmost-longest, non-overlapping, whole-word matches in
 * text order (ties on the same span: the lowest value). A match is whole-word
 * when the pattern's first (last) character, if a letter or digit, is not
 * preceded (followed) by a letter, digit, mark or '_'; apostrophes, hyphens
 * and other punctuation are boundaries ("UNICEF's", "ITU-related").
 * *out is og_malloc'ed (caller og_free()s; NULL when *n is 0).
 * O(len + sum of trie walks from word starts), each walk at most the
 * longest pattern.
 */
int og__ac_scan(const og__ac *ac, const char *text, size_t len, og__lex_hit **out, size_t *n, og_error *err);

#endif
