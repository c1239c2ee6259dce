/* test_select.c - og_select, the --types/--predicates parsers and og_diagram_trim. */
#include <stdlib.h>
#include <string.h>

#include "og_test.h"
#include "test_dot_fixtures.h"

static og_graph *fixture(const char *name)
{
    og_error err = {0};
    og_graph *g = og_test_dot_fixture(name, &err);
    if (!g)
        fail_msg("fixture %s: %s", name, err.message);
    return g;
}

static og_graph *select_with(const og_graph *g, const og_select_options *o)
{
    og_error err = {0};
    og_graph *s = NULL;
    og_test_ok(og_select(&s, g, o, &err), &err);
    assert_non_null(s);
    return s;
}

/* 1 if a node labelled `label` is in `g`. */
static int has(const og_graph *g, const char *label)
{
    for (og_node_id i = 0; i < og_graph_node_count(g); i++)
        if (strcmp(og_graph_node_label(g, i), label) == 0)
            return 1;
    return 0;
}

static void test_ego_depths(void **state)
{
    (void)state;
    og_graph *g = fixture("chain");
    og_select_options o = OG_SELECT_OPTIONS_INIT;
    o.ego = "Alpha Org";
    o.depth = 0;
    og_graph *s = select_with(g, &o);
    assert_int_equal(og_graph_node_count(s), 1);
    assert_int_equal(og_graph_edge_count(s), 0);
    og_graph_free(s);

    o.depth = 1; /* Alpha, Beta, Zeta */
    s = select_with(g, &o);
    assert_int_equal(og_graph_node_count(s), 3);
    assert_true(has(s, "Beta Initiative") && has(s, "Zeta Place"));
    assert_int_equal(og_graph_edge_count(s), 2);
    og_graph_free(s);

    o.depth = 2; /* + Gamma, reached against the edge direction too */
    s = select_with(g, &o);
    assert_int_equal(og_graph_node_count(s), 4);
    assert_true(has(s, "Gamma Standard"));
    assert_false(has(s, "Delta Org"));
    og_graph_free(s);

    o.depth = 3; /* Delta is reached through Gamma (an edge pointing at Gamma) */
    s = select_with(g, &o);
    assert_int_equal(og_graph_node_count(s), 5);
    assert_true(has(s, "Delta Org"));
    assert_false(has(s, "Lonely Org"));
    og_graph_free(s);
    og_graph_free(g);
}

static void test_ego_by_alias_and_id(void **state)
{
    (void)state;
    og_graph *g = fixture("chain");
    og_select_options o = OG_SELECT_OPTIONS_INIT;
    o.ego = "AO";
    og_graph *s = select_with(g, &o);
    assert_int_equal(og_graph_node_count(s), 3);
    og_graph_free(s);

    og_node_id beta;
    assert_int_equal(og_graph_find(g, "Beta Initiative", &beta), 0);
    o.ego = og_graph_node_id(g, beta);
    assert_non_null(o.ego);
    s = select_with(g, &o); /* Beta: Alpha and Gamma */
    assert_int_equal(og_graph_node_count(s), 3);
    assert_true(has(s, "Alpha Org") && has(s, "Gamma Standard"));
    og_graph_free(s);
    og_graph_free(g);
}

static void test_unknown_ego_suggests(void **state)
{
    (void)state;
    og_graph *g = fixture("chain");
    og_select_options o = OG_SELECT_OPTIONS_INIT;
    og_error err = {0};
    og_graph *s = NULL;
    o.ego = "Alpah Org";
    assert_int_equal(og_select(&s, g, &o, &err), OG_ENOTFOUND);
    assert_null(s);
    assert_int_equal(err.code, OG_ENOTFOUND);
    assert_non_null(strstr(err.message, "Alpah Org"));
    assert_non_null(strstr(err.message, "did you mean 'Alpha Org'"));

    og_error_clear(&err);
    o.ego = "lonely"; /* substring, other case */
    assert_int_equal(og_select(&s, g, &o, &err), OG_ENOTFOUND);
    assert_non_null(strstr(err.message, "'Lonely Org'"));

    og_error_clear(&err);
    o.ego = "Epsilom O"; /* misspelt start of a longer name */
    assert_int_equal(og_select(&s, g, &o, &err), OG_ENOTFOUND);
    assert_non_null(strstr(err.message, "'Epsilon Org'"));

    og_error_clear(&err);
    o.ego = "Completely unrelated words";
    assert_int_equal(og_select(&s, g, &o, &err), OG_ENOTFOUND);
    assert_null(strstr(err.message, "did you mean"));
    og_graph_free(g);
}

static void test_types_predicates_confidence(void **state)
{
    (void)state;
    og_graph *g = fixture("chain");
    og_select_options o = OG_SELECT_OPTIONS_INIT;
    o.types = 1u << OG_ORGANISATION;
    og_graph *s = select_with(g, &o); /* Alpha, Delta, Epsilon, Lonely */
    assert_int_equal(og_graph_node_count(s), 4);
    assert_int_equal(og_graph_edge_count(s), 1); /* Epsilon member_of Delta */
    assert_int_equal(og_graph_edge_predicate(s, 0), OG_MEMBER_OF);
    og_graph_free(s);

    o.drop_isolated = 1; /* Alpha and Lonely have no organisation neighbour */
    s = select_with(g, &o);
    assert_int_equal(og_graph_node_count(s), 2);
    assert_false(has(s, "Lonely Org"));
    og_graph_free(s);

    og_select_options p = OG_SELECT_OPTIONS_INIT;
    p.predicates = (1u << OG_LAUNCHES) | (1u << OG_DEVELOPS);
    p.drop_isolated = 1;
    s = select_with(g, &p);
    assert_int_equal(og_graph_edge_count(s), 2);
    assert_int_equal(og_graph_node_count(s), 4); /* Alpha, Beta, Delta, Gamma */
    og_graph_free(s);

    og_select_options c = OG_SELECT_OPTIONS_INIT;
    c.ego = "Alpha Org";
    c.depth = 5;
    c.min_confidence = 0.5; /* cuts Beta adopts Gamma (0.3): Gamma is no longer reachable */
    s = select_with(g, &c);
    assert_int_equal(og_graph_node_count(s), 3);
    assert_false(has(s, "Gamma Standard"));
    og_graph_free(s);
    og_graph_free(g);
}

static void test_top_with_ties(void **state)
{
    (void)state;
    og_graph *g = fixture("star");
    og_select_options o = OG_SELECT_OPTIONS_INIT;
    o.top = 2;
    og_graph *s = select_with(g, &o);
    assert_int_equal(og_graph_node_count(s), 2);
    assert_true(has(s, "Hub"));
    /* B, C and Far E all have degree 2: the smallest id wins */
    const char *cand[] = {"Spoke B", "Spoke C", "Far E"};
    const char *best = NULL;
    for (size_t k = 0; k < 3; k++) {
        og_node_id n;
        assert_int_equal(og_graph_find(g, cand[k], &n), 0);
        if (!best || strcmp(og_graph_node_id(g, n), best) < 0)
            best = og_graph_node_id(g, n);
    }
    og_node_id x;
    assert_int_equal(og_graph_find_id(s, best, &x), 0);
    og_graph_free(s);

    o.top = 4; /* Hub + the three of degree 2; A and D (degree 1) out */
    s = select_with(g, &o);
    assert_int_equal(og_graph_node_count(s), 4);
    assert_false(has(s, "Spoke A") || has(s, "Spoke D"));
    assert_int_equal(og_graph_edge_count(s), 4);
    og_graph_free(s);
    og_graph_free(g);
}

static void test_copy_is_faithful(void **state)
{
    (void)state;
    og_graph *g = fixture("seedlike");
    og_graph *s = select_with(g, NULL); /* no filter: an identical copy */
    og_error err = {0};
    og_test_ok(og_graph_check(s, 1, &err), &err);
    assert_int_equal(og_graph_node_count(s), og_graph_node_count(g));
    assert_int_equal(og_graph_edge_count(s), og_graph_edge_count(g));
    for (og_node_id i = 0; i < og_graph_node_count(g); i++) {
        assert_string_equal(og_graph_node_id(s, i), og_graph_node_id(g, i));
        assert_string_equal(og_graph_node_label(s, i), og_graph_node_label(g, i));
        assert_int_equal(og_graph_node_type(s, i), og_graph_node_type(g, i));
        assert_int_equal(og_graph_node_alias_count(s, i), og_graph_node_alias_count(g, i));
        assert_int_equal(og_graph_node_attr_count(s, i), og_graph_node_attr_count(g, i));
        assert_int_equal(og_graph_node_source_count(s, i), og_graph_node_source_count(g, i));
        assert_int_equal(og_graph_node_mentions(s, i), og_graph_node_mentions(g, i));
    }
    for (og_edge_id e = 0; e < og_graph_edge_count(g); e++) {
        assert_int_equal(og_graph_edge_subject(s, e), og_graph_edge_subject(g, e));
        assert_int_equal(og_graph_edge_object(s, e), og_graph_edge_object(g, e));
        assert_int_equal(og_graph_edge_predicate(s, e), og_graph_edge_predicate(g, e));
        assert_int_equal(og_graph_edge_evidence_count(s, e), og_graph_edge_evidence_count(g, e));
        assert_int_equal(og_graph_edge_evidence_kept(s, e), og_graph_edge_evidence_kept(g, e));
        assert_true(og_graph_edge_confidence(s, e) == og_graph_edge_confidence(g, e));
    }
    /* byte-identical canonical dumps */
    og_sink *a = og_sink_memory(), *b = og_sink_memory();
    og_test_ok(og_graph_dump(g, a, &err), &err);
    og_test_ok(og_graph_dump(s, b, &err), &err);
    size_t la, lb;
    const char *da = og_sink_memory_data(a, &la), *db = og_sink_memory_data(b, &lb);
    assert_int_equal(la, lb);
    assert_memory_equal(da, db, la);
    og_sink_free(a);
    og_sink_free(b);
    og_graph_free(s);
    og_graph_free(g);
}

static void test_parse_lists(void **state)
{
    (void)state;
    og_error err = {0};
    unsigned m = 99;
    og_test_ok(og_select_parse_types(&m, "Organisation, standard ,Partnership", &err), &err);
    assert_int_equal(m, (1u << OG_ORGANISATION) | (1u << OG_STANDARD) | (1u << OG_PARTNERSHIP));
    og_test_ok(og_select_parse_predicates(&m, "part_of,develops", &err), &err);
    assert_int_equal(m, (1u << OG_PART_OF) | (1u << OG_DEVELOPS));
    og_test_ok(og_select_parse_types(&m, "", &err), &err);
    assert_int_equal(m, 0);

    m = 7;
    assert_int_equal(og_select_parse_types(&m, "Organisation,Company", &err), OG_ENOTFOUND);
    assert_int_equal(m, 7);
    assert_non_null(strstr(err.message, "'Company'"));
    og_error_clear(&err);
    assert_int_equal(og_select_parse_predicates(&m, "part_of, owns", &err), OG_ENOTFOUND);
    assert_non_null(strstr(err.message, "'owns'"));
}

static int warned;
static void count_warn(const og_error *w, void *payload)
{
    (void)payload;
    if (strstr(w->message, "--top") && strstr(w->message, "left out"))
        warned++;
}

static void test_diagram_trim(void **state)
{
    (void)state;
    og_graph *g = fixture("star");
    og_error err = {0};
    og_graph *t = NULL;
    og_test_ok(og_diagram_trim(&t, g, 10, count_warn, NULL, &err), &err);
    assert_null(t); /* small enough */
    assert_int_equal(warned, 0);
    og_test_ok(og_diagram_trim(&t, g, 3, count_warn, NULL, &err), &err);
    assert_non_null(t);
    assert_true(og_graph_node_count(t) <= 3 && og_graph_node_count(t) >= 2);
    assert_int_equal(warned, 1);
    og_graph_free(t);
    og_test_ok(og_diagram_trim(&t, g, OG_DIAGRAM_ALL, count_warn, NULL, &err), &err);
    assert_null(t);
    og_graph_free(g);

    /* structure comes along: ITU's sectors (degree 1, which plain top-N by
     * degree would cut) and the parties of ISO/IEC JTC 1 */
    g = fixture("seedlike");
    og_test_ok(og_diagram_trim(&t, g, 7, NULL, NULL, &err), &err);
    assert_non_null(t);
    assert_true(og_graph_node_count(t) <= 7);
    assert_true(has(t, "International Telecommunication Union"));
    assert_true(has(t, "ITU-T") && has(t, "ITU-R") && has(t, "ITU-D"));
    assert_true(has(t, "ISO/IEC JTC 1"));
    og_graph_free(t);
    og_select_options o = OG_SELECT_OPTIONS_INIT;
    o.top = 7;
    t = select_with(g, &o);
    assert_false(has(t, "ITU-T") && has(t, "ITU-R"));
    og_graph_free(t);
    og_graph_free(g);
}


/* Every allocation failure inside og_select and og_export_dot is reported as
 * OG_ENOMEM (or the sink's error), never a crash; ASan/LSan catch leaks. */
static void test_out_of_memory(void **state)
{
    (void)state;
    og_graph *g = fixture("seedlike");
    og_select_options o = OG_SELECT_OPTIONS_INIT;
    o.ego = "ITU";
    o.depth = 2;
    o.top = 8;
    int succeeded = 0;
    for (long k = 0; k < 5000 && !succeeded; k++) {
        og_error err = {0};
        og_graph *s = NULL;
        og_test_chaos_left = k;
        og_set_allocator(&og_test_chaos);
        int rc = og_select(&s, g, &o, &err);
        og_set_allocator(NULL);
        og_test_chaos_left = -1;
        if (rc == 0) {
            succeeded = 1;
            assert_non_null(s);
        } else {
            assert_int_equal(rc, OG_ENOMEM);
            assert_null(s);
        }
        og_graph_free(s);
    }
    assert_true(succeeded);

    succeeded = 0;
    for (long k = 0; k < 5000 && !succeeded; k++) {
        og_error err = {0};
        og_graph *t = NULL;
        og_test_chaos_left = k;
        og_set_allocator(&og_test_chaos);
        int rc = og_diagram_trim(&t, g, 5, NULL, NULL, &err);
        og_set_allocator(NULL);
        og_test_chaos_left = -1;
        if (rc == 0) {
            succeeded = 1;
            assert_non_null(t);
        } else {
            assert_int_equal(rc, OG_ENOMEM);
            assert_null(t);
        }
        og_graph_free(t);
    }
    assert_true(succeeded);

    succeeded = 0;
    for (long k = 0; k < 5000 && !succeeded; k++) {
        og_error err = {0};
        og_sink *sink = og_sink_memory();
        assert_non_null(sink);
        og_test_chaos_left = k;
        og_set_allocator(&og_test_chaos);
        int rc = og_export_dot(g, NULL, sink, &err);
        og_set_allocator(NULL);
        og_test_chaos_left = -1;
        if (rc == 0)
            succeeded = 1;
        else
            assert_true(rc == OG_ENOMEM || rc == OG_EIO);
        og_sink_free(sink);
    }
    assert_true(succeeded);
    og_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ego_depths),
        cmocka_unit_test(test_ego_by_alias_and_id),
        cmocka_unit_test(test_unknown_ego_suggests),
        cmocka_unit_test(test_types_predicates_confidence),
        cmocka_unit_test(test_top_with_ties),
        cmocka_unit_test(test_copy_is_faithful),
        cmocka_unit_test(test_parse_lists),
        cmocka_unit_test(test_diagram_trim),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
