/* test_graph_edges.c - edges: dedup with evidence, the K-smallest evidence
 * cap with counts, noisy-OR confidence, collaborates_with ordering,
 * self-loops, degrees, and og_graph_merge_nodes. */
#include <math.h>
#include <string.h>

#include "og_test.h"
#include "graph_impl.h"

static og_node_id add(og_graph *g, og_node_type t, const char *name)
{
    og_error err = {0};
    og_node_id id = 0;
    og_test_ok(og_graph_add_node(g, t, name, 1, &id, &err), &err);
    return id;
}

static void test_edge_dedup_with_evidence(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id a = add(g, OG_ORGANISATION, "ITU");
    og_node_id b = add(g, OG_PARTNERSHIP, "Giga");
    og_evidence e1 = {"b.txt", 2, 1, "ITU backs Giga.", 0.5};
    og_evidence e2 = {"a.txt", 9, 4, "ITU is a partner in Giga.", 0.5};
    og_edge_id x, y, z;
    og_test_ok(og_graph_add_edge(g, a, OG_PARTNER_IN, b, &e1, &x, &err), &err);
    og_test_ok(og_graph_add_edge(g, a, OG_PARTNER_IN, b, &e2, &y, &err), &err);
    og_test_ok(og_graph_add_edge(g, a, OG_PARTNER_IN, b, &e2, &z, &err), &err); /* same record: once */
    assert_int_equal(x, y);
    assert_int_equal(y, z);
    assert_int_equal(og_graph_edge_count(g), 1);
    assert_int_equal(og_graph_edge_evidence_count(g, x), 2);
    assert_int_equal(og_graph_edge_evidence_kept(g, x), 2);
    assert_string_equal(og_graph_edge_evidence(g, x, 0)->doc, "a.txt");
    assert_string_equal(og_graph_edge_evidence(g, x, 1)->sentence, "ITU backs Giga.");
    assert_true(fabs(og_graph_edge_confidence(g, x) - 0.75) < 1e-12);
    assert_int_equal(og_graph_node_degree(g, a), 1);
    assert_int_equal(og_graph_node_degree(g, b), 1);
    /* another predicate is another edge */
    og_test_ok(og_graph_add_edge(g, a, OG_SUPPORTS, b, NULL, &y, &err), &err);
    assert_int_not_equal(x, y);
    assert_int_equal(og_graph_edge_confidence(g, y), 0.0);
    assert_int_equal(og_graph_node_degree(g, a), 2);
    og_graph_edge_set_hedged(g, y, 1);
    assert_true(og_graph_edge_hedged(g, y));
    og_test_ok(og_graph_check(g, 0, &err), &err);
    og_graph_free(g);
}

static void test_evidence_cap_and_count(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id a = add(g, OG_ORGANISATION, "UNECE");
    og_node_id b = add(g, OG_ORGANISATION, "OASIS");
    og_edge_id e = 0;
    /* 20 records in a scrambled order; the 5 smallest by (doc, line, column) stay */
    for (unsigned i = 0; i < 20; i++) {
        unsigned k = (i * 7) % 20;
        char doc[16];
        snprintf(doc, sizeof doc, "doc%02u.txt", k / 4);
        og_evidence ev = {doc, 10 - k % 4, 1 + k, "UNECE works with OASIS.", 0.1};
        og_test_ok(og_graph_add_edge(g, b, OG_COLLABORATES_WITH, a, &ev, &e, &err), &err);
    }
    assert_int_equal(og_graph_edge_count(g), 1);
    assert_int_equal(og_graph_edge_subject(g, e), a); /* symmetric: smaller index first */
    assert_int_equal(og_graph_edge_object(g, e), b);
    assert_int_equal(og_graph_edge_evidence_kept(g, e), OG_DEFAULT_MAX_EVIDENCE);
    assert_int_equal(og_graph_edge_evidence_count(g, e), 20);
    for (size_t i = 1; i < OG_DEFAULT_MAX_EVIDENCE; i++)
        assert_true(og__evidence_cmp(og_graph_edge_evidence(g, e, i - 1), og_graph_edge_evidence(g, e, i)) < 0);
    assert_string_equal(og_graph_edge_evidence(g, e, 0)->doc, "doc00.txt");
    assert_int_equal(og_graph_edge_evidence(g, e, 0)->line, 7);
    assert_string_equal(og_graph_edge_evidence(g, e, 4)->doc, "doc01.txt");
    double expect = 1.0 - pow(0.9, 5);
    assert_true(fabs(og_graph_edge_confidence(g, e) - expect) < 1e-12);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    /* readers override counts */
    og_graph_edge_set_counts(g, e, 0.5, 99);
    assert_int_equal(og_graph_edge_evidence_count(g, e), 99);
    og_graph_free(g);
}

static void test_self_loops_ignored(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id a = add(g, OG_ORGANISATION, "ISO");
    og_edge_id e = 777;
    og_test_ok(og_graph_add_edge(g, a, OG_PART_OF, a, NULL, &e, &err), &err);
    assert_int_equal(e, 777);
    assert_int_equal(og_graph_edge_count(g), 0);
    assert_int_equal(og_graph_add_edge(g, a, OG_PART_OF, 5, NULL, &e, &err), OG_EINVAL);
    og_graph_free(g);
}

static void test_merge_nodes(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id x = add(g, OG_ORGANISATION, "Alpha Org");          /* 0 */
    og_node_id itu = add(g, OG_ORGANISATION, "ITU");              /* 1 */
    og_node_id uit = add(g, OG_ORGANISATION, "UIT");              /* 2 */
    og_node_id y = add(g, OG_INITIATIVE, "Connect2Recover");      /* 3 */
    og_node_id z = add(g, OG_PLACE, "Geneva");                    /* 4 */
    og_evidence e1 = {"a.txt", 1, 1, "ITU launched Connect2Recover.", 0.6};
    og_evidence e2 = {"b.txt", 1, 1, "UIT launched Connect2Recover.", 0.5};
    og_evidence e3 = {"b.txt", 2, 1, "UIT is in Geneva.", 0.9};
    og_test_ok(og_graph_add_edge(g, itu, OG_LAUNCHES, y, &e1, NULL, &err), &err);
    og_test_ok(og_graph_add_edge(g, uit, OG_LAUNCHES, y, &e2, NULL, &err), &err);
    og_test_ok(og_graph_add_edge(g, uit, OG_LOCATED_IN, z, &e3, NULL, &err), &err);
    og_test_ok(og_graph_add_edge(g, itu, OG_COLLABORATES_WITH, x, NULL, NULL, &err), &err);
    og_test_ok(og_graph_add_edge(g, uit, OG_PART_OF, itu, NULL, NULL, &err), &err); /* becomes a self-loop */
    og_test_ok(og_graph_node_add_source(g, itu, "a.txt", &err), &err);
    og_test_ok(og_graph_node_add_source(g, uit, "b.txt", &err), &err);
    og_test_ok(og_graph_node_set_attr_str(g, uit, OG_ATTR_WEBSITE, "https://itu.int", &err), &err);
    og_test_ok(og_graph_merge_nodes(g, itu, uit, &err), &err);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    assert_int_equal(og_graph_node_count(g), 4);
    assert_string_equal(og_graph_node_label(g, 1), "ITU");
    assert_string_equal(og_graph_node_label(g, 2), "Connect2Recover"); /* shifted down */
    assert_string_equal(og_graph_node_label(g, 3), "Geneva");
    og_node_id f;
    assert_int_equal(og_graph_find(g, "UIT", &f), 0);
    assert_int_equal(f, 1);
    assert_int_equal(og_graph_find(g, "Geneva", &f), 0);
    assert_int_equal(f, 3);
    assert_int_equal(og_graph_node_alias_count(g, 1), 1);
    assert_int_equal(og_graph_node_sources_kept(g, 1), 2);
    assert_int_equal(og_graph_node_source_count(g, 1), 2);
    assert_int_equal(og_graph_node_mentions(g, 1), 2);
    assert_string_equal(og_graph_node_attr_str(g, 1, OG_ATTR_WEBSITE), "https://itu.int");
    assert_int_equal(og_graph_edge_count(g), 3);
    og_edge_id launch = og__edge_find(g, 1, OG_LAUNCHES, 2);
    assert_int_not_equal(launch, OG__NO_EDGE);
    assert_int_equal(og_graph_edge_evidence_count(g, launch), 2);
    assert_true(fabs(og_graph_edge_confidence(g, launch) - 0.8) < 1e-12);
    /* collaborates_with stays ordered (0 < 1) */
    assert_int_not_equal(og__edge_find(g, 0, OG_COLLABORATES_WITH, 1), OG__NO_EDGE);
    assert_int_equal(og_graph_node_degree(g, 1), 3);
    assert_int_equal(og_graph_merge_nodes(g, 1, 1, NULL), OG_EINVAL);
    /* merging into a lower index: keep above gone */
    og_test_ok(og_graph_merge_nodes(g, 3, 0, &err), &err);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    assert_string_equal(og_graph_node_label(g, 2), "Geneva");
    assert_int_equal(og_graph_find(g, "Alpha Org", &f), 0);
    assert_int_equal(f, 2);
    og_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_edge_dedup_with_evidence),
        cmocka_unit_test(test_evidence_cap_and_count),
        cmocka_unit_test(test_self_loops_ignored),
        cmocka_unit_test(test_merge_nodes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
