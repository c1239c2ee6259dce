/*
 * test_jsonld_fixtures.c - builds the fixture graphs of tests/rdf/fixtures.h.
 *
 * Does: small, hand-written graphs (own wording; facts as in the corpus) for
 * the JSON-LD, N-Quads, GEXF and CSV tests and their golden files.
 * Does not: test anything itself.
 */
#include <string.h>

#include "../rdf/fixtures.h"

#define TRY(expr)            \
    do {                     \
        int rc_ = (expr);    \
        if (rc_ != 0) {      \
            og_graph_free(f); \
            return rc_;      \
        }                    \
    } while (0)

const char og_fixture_escape_name[] =
    "Quote \" back\\slash \x01\x1f\x7f tab\there\r\nnew line \xF0\x9F\x8C\x8D "
    "\xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA \xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9 <&> {x}|^`";
const char og_fixture_escape_sentence[] =
    "She said \"join us\"\nthen left \\ \xE2\x80\x8F\xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7\xE2\x80\x8E \xF0\x9F\x98\x80 end\x0b.";

int og_fixture_giga(og_graph **out, og_error *err)
{
    *out = NULL;
    og_graph *f = og_graph_new();
    if (!f)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "og_graph_new");
    og_node_id unicef, itu, giga, geneva, swiss, c2r, iso, iso27001, ai;
    TRY(og_graph_add_node(f, OG_ORGANISATION, "United Nations Children's Fund", 1, &unicef, err));
    TRY(og_graph_node_add_alias(f, unicef, "UNICEF", err));
    TRY(og_graph_node_set_attr_str(f, unicef, OG_ATTR_ACRONYM, "UNICEF", err));
    TRY(og_graph_node_set_attr_str(f, unicef, OG_ATTR_ESTABLISHED, "1946", err));
    TRY(og_graph_node_set_attr_str(f, unicef, OG_ATTR_WEBSITE, "https://www.unicef.org/", err));
    TRY(og_graph_node_add_source(f, unicef, "news/digest.txt", err));
    TRY(og_graph_add_node(f, OG_ORGANISATION, "International Telecommunication Union", 2, &itu, err));
    TRY(og_graph_node_add_alias(f, itu, "ITU", err));
    TRY(og_graph_node_add_alias(f, itu, "UIT", err));
    TRY(og_graph_node_set_attr_str(f, itu, OG_ATTR_ACRONYM, "ITU", err));
    TRY(og_graph_node_set_attr_str(f, itu, OG_ATTR_ESTABLISHED, "1865", err));
    TRY(og_graph_node_set_attr_str(f, itu, OG_ATTR_ADDRESS, "Place des Nations, 1211 Geneva 20, Switzerland", err));
    TRY(og_graph_node_set_attr_str(f, itu, OG_ATTR_WEBSITE, "www.itu.int", err));
    TRY(og_graph_node_set_attr_str(f, itu, OG_ATTR_STAKEHOLDER, "Intergovernmental organisation", err));
    TRY(og_graph_node_add_source(f, itu, "profiles/itu.txt", err));
    TRY(og_graph_node_add_source(f, itu, "news/digest.txt", err));
    TRY(og_graph_add_node(f, OG_PARTNERSHIP, "Giga", 1, &giga, err));
    TRY(og_graph_node_add_source(f, giga, "news/digest.txt", err));
    TRY(og_graph_add_node(f, OG_PLACE, "Geneva", 1, &geneva, err));
    TRY(og_graph_add_node(f, OG_PLACE, "Switzerland", 1, &swiss, err));
    TRY(og_graph_add_node(f, OG_INITIATIVE, "Connect2Recover", 1, &c2r, err));
    TRY(og_graph_add_node(f, OG_ORGANISATION, "International Organization for Standardization", 1, &iso, err));
    TRY(og_graph_node_add_alias(f, iso, "ISO", err));
    TRY(og_graph_add_node(f, OG_STANDARD, "ISO/IEC 27001", 1, &iso27001, err));
    TRY(og_graph_add_node(f, OG_TOPIC, "Artificial intelligence", 1, &ai, err));

    og_evidence e1 = {"news/digest.txt", 4, 1, "Giga is run jointly by UNICEF and ITU to connect every school.", 0.9};
    og_evidence e2 = {"news/digest.txt", 12, 5, "UNICEF's school-connectivity drive, Giga, reached new countries.", 0.6};
    og_evidence e3 = {"news/digest.txt", 4, 1, "Giga is run jointly by UNICEF and ITU to connect every school.", 0.9};
    og_evidence e4 = {"profiles/itu.txt", 2, 1, "ITU has its headquarters in Geneva.", 0.8};
    og_evidence e5 = {"profiles/itu.txt", 2, 1, "Geneva, Switzerland.", 0.7};
    og_evidence e6 = {"profiles/itu.txt", 9, 3, "ITU started Connect2Recover to help countries rebuild networks.", 0.75};
    og_evidence e7 = {"profiles/iso.txt", 5, 1, "ISO and IEC publish ISO/IEC 27001 together.", 0.8};
    og_evidence e8 = {"profiles/itu.txt", 20, 1, "Artificial intelligence", 0.5};
    og_evidence e9 = {"news/digest.txt", 4, 1, "Giga is run jointly by UNICEF and ITU to connect every school.", 0.5};
    TRY(og_graph_add_edge(f, unicef, OG_PARTNER_IN, giga, &e1, NULL, err));
    TRY(og_graph_add_edge(f, unicef, OG_PARTNER_IN, giga, &e2, NULL, err));
    TRY(og_graph_add_edge(f, itu, OG_PARTNER_IN, giga, &e3, NULL, err));
    TRY(og_graph_add_edge(f, itu, OG_LOCATED_IN, geneva, &e4, NULL, err));
    TRY(og_graph_add_edge(f, geneva, OG_LOCATED_IN, swiss, &e5, NULL, err));
    TRY(og_graph_add_edge(f, itu, OG_LAUNCHES, c2r, &e6, NULL, err));
    TRY(og_graph_add_edge(f, iso, OG_DEVELOPS, iso27001, &e7, NULL, err));
    TRY(og_graph_add_edge(f, itu, OG_WORKS_ON, ai, &e8, NULL, err));
    TRY(og_graph_add_edge(f, itu, OG_COLLABORATES_WITH, unicef, &e9, NULL, err));

    const og_graph *parts[] = {f};
    int rc = og_reduce(out, parts, 1, NULL, err);
    og_graph_free(f);
    return rc;
}

int og_fixture_escape(og_graph **out, og_error *err)
{
    *out = NULL;
    og_graph *f = og_graph_new();
    if (!f)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "og_graph_new");
    og_node_id a, b, c;
    /* Built the way a reader does (no reduce), so labels and ids are exactly these. */
    TRY(og_graph_new_node(f, OG_ORGANISATION, og_fixture_escape_name, &a, err));
    TRY(og_graph_node_set_id(f, a, "org:weird id/\xC3\xA4#%?<>\"{}|^`\\.", err));
    TRY(og_graph_node_add_alias(f, a, "RTL \xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD9\x85", err));
    TRY(og_graph_node_add_alias(f, a, "bad \xFF\xFE bytes \xC3 end", err));
    TRY(og_graph_node_set_attr_str(f, a, OG_ATTR_WEBSITE, "http://example.org/a b", err));
    TRY(og_graph_node_set_attr_str(f, a, OG_ATTR_ADDRESS, "Line 1\nLine 2\r\n\tIndented", err));
    og_value vi = {OG_VAL_INT, {.i = -42}};
    og_value vd = {OG_VAL_DOUBLE, {.d = 0.1}};
    og_value vn = {OG_VAL_DOUBLE, {.d = 0.0}};
    og_value vb = {OG_VAL_BOOL, {.b = 1}};
    vn.u.d = vn.u.d / vn.u.d; /* NaN without <math.h> */
    TRY(og_graph_node_set_attr(f, a, "rank", &vi, err));
    TRY(og_graph_node_set_attr(f, a, "score", &vd, err));
    TRY(og_graph_node_set_attr(f, a, "not a number", &vn, err));
    TRY(og_graph_node_set_attr(f, a, "verified", &vb, err));
    TRY(og_graph_node_add_source(f, a, "docs/\xE2\x80\x9Cquoted\xE2\x80\x9D \"file\".txt", err));
    TRY(og_graph_new_node(f, OG_PARTNERSHIP, "Plain Partnership", &b, err));
    TRY(og_graph_node_set_id(f, b, "partnership:plain", err));
    TRY(og_graph_new_node(f, OG_THING, "bad \xED\xA0\x80 surrogate \xC0\xAF overlong", &c, err));
    TRY(og_graph_node_set_id(f, c, "n0", err));
    og_evidence ev = {"docs/\xE2\x80\x9Cquoted\xE2\x80\x9D \"file\".txt", 7, 2, og_fixture_escape_sentence, 0.7};
    og_evidence ev2 = {"docs/other.txt", 1, 1, "bad \xFF byte", 1.0};
    og_edge_id e;
    TRY(og_graph_add_edge(f, a, OG_PARTNER_IN, b, &ev, &e, err));
    TRY(og_graph_add_edge(f, c, OG_RELATED, a, &ev2, NULL, err));
    og_value weight = {OG_VAL_DOUBLE, {.d = 2.5}};
    TRY(og_graph_edge_set_attr(f, e, "weight", &weight, err));
    *out = f;
    return 0;
}

int og_fixture_build(og_graph **out, const char *name, og_error *err)
{
    if (strcmp(name, "giga") == 0)
        return og_fixture_giga(out, err);
    if (strcmp(name, "escape") == 0)
        return og_fixture_escape(out, err);
    if (strcmp(name, "empty") == 0) {
        *out = og_graph_new();
        return *out ? 0 : og_error_set(err, OG_ENOMEM, NULL, 0, 0, "og_graph_new");
    }
    return og_error_set(err, OG_ENOTFOUND, NULL, 0, 0, "no fixture named '%s'", name);
}
