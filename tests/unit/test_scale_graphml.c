/* test_scale_graphml.c - an orgraph GraphML file carries what the reduce
 * needs (type votes, fixed type, lexicon id), so adding fragments to a graph
 * read back from GraphML (`extract --into`) equals reducing everything at
 * once: reduce(read(write(reduce(A))), B) == reduce(A, B), with votes that
 * would flip the type if they were lost, and a fixed type that new votes must
 * not override. Also: the new keys round-trip byte for byte. */
#include <stdlib.h>
#include <string.h>

#include "og_test.h"

static char *graphml(const og_graph *g)
{
    og_error err = {0};
    og_sink *s = og_sink_memory();
    og_test_ok(og_export_graphml(g, NULL, s, &err), &err);
    size_t len;
    const char *d = og_sink_memory_data(s, &len);
    char *copy = malloc(len + 1);
    memcpy(copy, d, len + 1);
    og_sink_free(s);
    return copy;
}

static og_graph *reduce(og_graph **parts, size_t n)
{
    og_error err = {0};
    og_graph *r = NULL;
    og_test_ok(og_reduce(&r, (const og_graph *const *)parts, n, NULL, &err), &err);
    return r;
}

static og_graph *through_graphml(const og_graph *g)
{
    og_error err = {0};
    char *text = graphml(g);
    og_graph *back = NULL;
    og_test_ok(og_read_graphml_memory(&back, "mem.graphml", text, strlen(text), &err), &err);
    free(text);
    return back;
}

/* Old documents: Alpha Network voted Organisation 5 times; the lexicon fixed
 * IETF as an Organisation although names voted Initiative. */
static og_graph *old_fragment(void)
{
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id a, i, p;
    og_test_ok(og_graph_add_node(g, OG_ORGANISATION, "Alpha Network", 5, &a, &err), &err);
    og_test_ok(og_graph_add_node(g, OG_INITIATIVE, "Internet Engineering Task Force", 2, &i, &err), &err);
    og_test_ok(og_graph_node_add_alias(g, i, "IETF", &err), &err);
    og_test_ok(og_graph_node_fix_type(g, i, OG_ORGANISATION, &err), &err);
    og_test_ok(og_graph_node_set_lexicon_id(g, i, "ietf", &err), &err);
    og_test_ok(og_graph_add_node(g, OG_PLACE, "Geneva", 1, &p, &err), &err);
    og_evidence ev = {"old.txt", 4, 2, "Alpha Network is based in Geneva.", 0.7};
    og_test_ok(og_graph_add_edge(g, a, OG_LOCATED_IN, p, &ev, NULL, &err), &err);
    og_test_ok(og_graph_node_add_source(g, a, "old.txt", &err), &err);
    return g;
}

/* New documents: Alpha Network and IETF read as initiatives three times. */
static og_graph *new_fragment(void)
{
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id a, i;
    og_test_ok(og_graph_add_node(g, OG_INITIATIVE, "Alpha Network", 3, &a, &err), &err);
    og_test_ok(og_graph_add_node(g, OG_INITIATIVE, "IETF", 3, &i, &err), &err);
    og_evidence ev = {"new.txt", 1, 1, "Alpha Network supports the IETF.", 0.6};
    og_test_ok(og_graph_add_edge(g, a, OG_SUPPORTS, i, &ev, NULL, &err), &err);
    og_test_ok(og_graph_node_add_source(g, a, "new.txt", &err), &err);
    return g;
}

static void test_into_equals_whole(void **state)
{
    (void)state;
    og_graph *frags[2] = {old_fragment(), new_fragment()};
    og_graph *whole = reduce(frags, 2);
    og_graph *old = reduce(frags, 1);
    og_graph *old_back = through_graphml(old);
    og_graph *parts[2] = {old_back, frags[1]};
    og_graph *into = reduce(parts, 2);
    char *a = graphml(whole), *b = graphml(into);
    assert_string_equal(a, b);
    /* the types the votes and the lexicon decided */
    og_node_id n;
    assert_int_equal(og_graph_find(whole, "Alpha Network", &n), 0);
    assert_int_equal(og_graph_node_type(whole, n), OG_ORGANISATION);
    assert_int_equal(og_graph_find(whole, "IETF", &n), 0);
    assert_int_equal(og_graph_node_type(whole, n), OG_ORGANISATION);
    assert_int_equal(og_graph_find(old_back, "IETF", &n), 0);
    assert_true(og_graph_node_type_fixed(old_back, n));
    assert_string_equal(og_graph_node_lexicon_id(old_back, n), "ietf");
    assert_int_equal(og_graph_node_type_votes(old_back, n, OG_INITIATIVE), 2);
    assert_int_equal(og_graph_find(old_back, "Alpha Network", &n), 0);
    assert_int_equal(og_graph_node_type_votes(old_back, n, OG_ORGANISATION), 5);
    free(a), free(b);
    og_graph_free(into), og_graph_free(old_back), og_graph_free(old), og_graph_free(whole);
    og_graph_free(frags[0]), og_graph_free(frags[1]);
}

static void test_keys_round_trip(void **state)
{
    (void)state;
    og_graph *f = old_fragment();
    og_graph *g = reduce(&f, 1);
    char *a = graphml(g);
    assert_non_null(strstr(a, "attr.name=\"type_votes\""));
    assert_non_null(strstr(a, "attr.name=\"type_fixed\""));
    assert_non_null(strstr(a, "attr.name=\"lexicon_id\""));
    assert_non_null(strstr(a, ">Organisation:5<"));
    assert_non_null(strstr(a, ">Initiative:2<"));
    og_graph *back = through_graphml(g);
    char *b = graphml(back);
    assert_string_equal(a, b);
    free(a), free(b);
    og_graph_free(back), og_graph_free(g), og_graph_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_into_equals_whole),
        cmocka_unit_test(test_keys_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
