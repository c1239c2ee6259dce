/*
 * fixtures.h - small graphs for the linked-data and analyst-format tests
 * (JSON-LD, N-Quads, GEXF, CSV). Built only through the public API
 * (og_graph_new/add_node/add_edge + og_reduce), so they exercise the same
 * reduce as extraction. Defined in tests/unit/test_jsonld_fixtures.c.
 */
#ifndef OG_TESTS_RDF_FIXTURES_H
#define OG_TESTS_RDF_FIXTURES_H

#include "orgraph.h"

/**
 * "giga": UNICEF and ITU partner_in Giga (UNICEF's edge with two evidence
 * records), ITU located_in Geneva located_in Switzerland, ITU launches
 * Connect2Recover, ISO develops ISO/IEC 27001, ITU works_on Artificial
 * intelligence, ITU collaborates_with UNICEF, plus header attributes
 * (acronym, established, address, a website that is an IRI and one that
 * is not) and sources. Reduced: ids assigned. Caller frees *out.
 */
int og_fixture_giga(og_graph **out, og_error *err);

/**
 * "escape": names, aliases, sentences and documents with quotes,
 * backslashes, control characters, DEL, emoji, right-to-left text, CR/LF,
 * tabs and invalid UTF-8; a node id needing percent-encoding; foreign
 * attributes of every kind (int, double, NaN, bool, a key with spaces).
 */
int og_fixture_escape(og_graph **out, og_error *err);

/** Builds the fixture named `name` ("giga", "escape", "empty"). OG_ENOTFOUND if unknown. */
int og_fixture_build(og_graph **out, const char *name, og_error *err);

/* The strings the escape fixture uses, for the tests that read them back. */
extern const char og_fixture_escape_name[];     /* label of the tricky node (valid UTF-8) */
extern const char og_fixture_escape_sentence[]; /* its evidence sentence */

#endif
