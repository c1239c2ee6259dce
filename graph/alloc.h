/*
 * alloc.h - private view of the allocation seam (graph/alloc.c).
 *
 * og__alloc_failures() counts, per thread, the og_malloc/og_realloc calls
 * that returned NULL. A module that drives a library which cannot say why
 * it failed (jansson's parser reports an allocation failure inside its
 * lexer as a syntax error) reads the count before and after the call: a
 * change means "out of memory", not "bad input".
 */
#ifndef OG_GRAPH_ALLOC_H
#define OG_GRAPH_ALLOC_H

/** Allocation failures seen by this thread so far (wraps; compare for equality). */
unsigned long og__alloc_failures(void);

#endif
