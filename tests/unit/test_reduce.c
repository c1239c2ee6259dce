/* test_reduce.c - og_reduce: identity across fragments (names in a type
 * class, lexicon ids), labels, types, ids and collisions, merged evidence,
 * sources and attributes, curation rules, and the laws: order independence,
 * associativity and idempotence (compared through og_graph_dump). */
#include <stdlib.h>
#include <string.h>

#include "og_test.h"
#include "graph_impl.h"

#define N_FRAGS 7

static og_node_id node(og_graph *g, og_node_type t, const char *name, const char *doc)
{
    og_error err = {0};
    og_node_id id = 0;
    og_test_ok(og_graph_add_node(g, t, name, 1, &id, &err), &err);
    if (doc)
        og_test_ok(og_graph_node_add_source(g, id, doc, &err), &err);
    return id;
}

static void edge(og_graph *g, og_node_id s, og_predicate p, og_node_id o, const char *doc, unsigned line,
                 const char *sentence, double conf)
{
    og_error err = {0};
    og_evidence ev = {doc, line, 1, sentence, conf};
    og_test_ok(og_graph_add_edge(g, s, p, o, &ev, NULL, &err), &err);
}

/* Seven small fragments with overlapping entities, one per "document". */
static og_graph *make_fragment(int i)
{
    og_error err = {0};
    og_graph *g = og_graph_new();
    char doc[32];
    snprintf(doc, sizeof doc, "doc%d.txt", i);
    switch (i) {
    case 0: {
        og_node_id itu = node(g, OG_ORGANISATION, "International Telecommunication Union", doc);
        og_test_ok(og_graph_node_add_alias(g, itu, "ITU", &err), &err);
        og_node_id gen = node(g, OG_PLACE, "Geneva", doc);
        edge(g, itu, OG_LOCATED_IN, gen, doc, 2, "The ITU is based in Geneva.", 0.9);
        og_test_ok(og_graph_node_set_attr_str(g, itu, OG_ATTR_ESTABLISHED, "1865", &err), &err);
        break;
    }
    case 1: {
        og_node_id itu = node(g, OG_ORGANISATION, "ITU", doc);
        og_node_id giga = node(g, OG_INITIATIVE, "Giga", doc);
        og_node_id unicef = node(g, OG_ORGANISATION, "UNICEF", doc);
        edge(g, itu, OG_PARTNER_IN, giga, doc, 5, "ITU and UNICEF run Giga together.", 0.6);
        edge(g, unicef, OG_PARTNER_IN, giga, doc, 5, "ITU and UNICEF run Giga together.", 0.6);
        edge(g, itu, OG_COLLABORATES_WITH, unicef, doc, 5, "ITU and UNICEF run Giga together.", 0.5);
        break;
    }
    case 2: {
        og_node_id uit = node(g, OG_ORGANISATION, "UIT", doc);
        og_test_ok(og_graph_node_add_alias(g, uit, "ITU", &err), &err);
        og_node_id gen = node(g, OG_PLACE, "Gen\xC3\xA8ve", doc);
        og_test_ok(og_graph_node_add_alias(g, gen, "Geneva", &err), &err);
        edge(g, uit, OG_LOCATED_IN, gen, doc, 1, "L'UIT a son siege a Geneve.", 0.8);
        og_test_ok(og_graph_node_set_attr_str(g, uit, OG_ATTR_ESTABLISHED, "1865-05-17", &err), &err);
        og_test_ok(og_graph_node_set_attr_str(g, uit, OG_ATTR_WEBSITE, "https://www.itu.int", &err), &err);
        break;
    }
    case 3: {
        og_node_id giga = node(g, OG_PARTNERSHIP, "Giga", doc);
        og_test_ok(og_graph_node_fix_type(g, giga, OG_PARTNERSHIP, &err), &err);
        og_node_id unicef = node(g, OG_ORGANISATION, "United Nations Children's Fund", doc);
        og_test_ok(og_graph_node_add_alias(g, unicef, "UNICEF", &err), &err);
        og_node_id itu = node(g, OG_ORGANISATION, "ITU", doc);
        edge(g, unicef, OG_COLLABORATES_WITH, itu, doc, 3, "UNICEF works with the ITU.", 0.7);
        edge(g, unicef, OG_PARTNER_IN, giga, doc, 3, "UNICEF is a partner in Giga.", 0.8);
        break;
    }
    case 4: {
        og_node_id who = node(g, OG_ORGANISATION, "WHO", doc);
        og_node_id who2 = node(g, OG_ORGANISATION, "World Health Organization", doc);
        og_test_ok(og_graph_merge_nodes(g, who2, who, &err), &err);
        og_node_id x = node(g, OG_ORGANISATION, "who", doc); /* a pronoun mis-read: not WHO */
        og_node_id ai = node(g, OG_TOPIC, "Artificial intelligence", doc);
        who2 = 0;
        edge(g, who2, OG_WORKS_ON, ai, doc, 7, "WHO works on artificial intelligence.", 0.4);
        (void)x;
        break;
    }
    case 5: {
        /* The same edge seen many times, beyond the cap */
        og_node_id itu = node(g, OG_ORGANISATION, "ITU", doc);
        og_node_id gen = node(g, OG_PLACE, "Geneva", doc);
        for (unsigned l = 10; l < 16; l++)
            edge(g, itu, OG_LOCATED_IN, gen, doc, l, "ITU, Geneva.", 0.3);
        og_node_id a = node(g, OG_ORGANISATION, "AI Lab", doc);
        og_node_id b = node(g, OG_ORGANISATION, "AI-Lab", doc);
        edge(g, a, OG_SUPPORTS, b, doc, 20, "AI Lab funds AI-Lab.", 0.5);
        og_node_id p1 = node(g, OG_PERSON, "Paris", doc);
        og_node_id p2 = node(g, OG_PLACE, "Paris", doc);
        edge(g, p1, OG_LOCATED_IN, p2, doc, 21, "Paris lives in Paris.", 0.2);
        break;
    }
    case 6: {
        og_node_id x = node(g, OG_STANDARD, "ISO/IEC 27001", doc);
        og_test_ok(og_graph_node_set_lexicon_id(g, x, "std:iso-iec-27001", &err), &err);
        og_node_id y = node(g, OG_STANDARD, "ISO 27001", doc);
        og_test_ok(og_graph_node_set_lexicon_id(g, y, "std:iso-iec-27001", &err), &err);
        og_node_id iso = node(g, OG_ORGANISATION, "ISO", doc);
        og_node_id isoc = node(g, OG_ORGANISATION, "ISOC", doc);
        edge(g, iso, OG_DEVELOPS, x, doc, 4, "ISO publishes ISO/IEC 27001.", 0.9);
        edge(g, isoc, OG_SUPPORTS, y, doc, 6, "ISOC endorses ISO 27001.", 0.5);
        og_value v = {OG_VAL_INT, {.i = 2013}};
        og_test_ok(og_graph_node_set_attr(g, x, "edition", &v, &err), &err);
        break;
    }
    }
    og_test_ok(og_graph_check(g, 0, &err), &err);
    return g;
}

static char *dump(const og_graph *g)
{
    og_error err = {0};
    og_sink *s = og_sink_memory();
    og_test_ok(og_graph_dump(g, s, &err), &err);
    char *text = og_strdup(og_sink_memory_data(s, NULL));
    og_sink_free(s);
    return text;
}

static og_graph *reduce(const og_graph *const *parts, size_t n, const og_curation *cur)
{
    og_error err = {0};
    og_graph *out = NULL;
    og_reduce_options opts = OG_REDUCE_OPTIONS_INIT;
    opts.curation = cur;
    og_test_ok(og_reduce(&out, parts, n, &opts, &err), &err);
    og_test_ok(og_graph_check(out, 1, &err), &err);
    return out;
}

static og_graph *frags[N_FRAGS];

static int setup(void **state)
{
    (void)state;
    for (int i = 0; i < N_FRAGS; i++)
        frags[i] = make_fragment(i);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (int i = 0; i < N_FRAGS; i++)
        og_graph_free(frags[i]);
    return 0;
}

static og_node_id by_id(const og_graph *g, const char *id)
{
    og_node_id n = 0;
    if (og_graph_find_id(g, id, &n) != 0)
        fail_msg("no node with id %s", id);
    return n;
}

static void test_identity_labels_ids(void **state)
{
    (void)state;
    og_graph *g = reduce((const og_graph *const *)frags, N_FRAGS, NULL);
    og_node_id itu = by_id(g, "organisation:international-telecommunication-union");
    assert_string_equal(og_graph_node_label(g, itu), "International Telecommunication Union");
    og_node_id f;
    assert_int_equal(og_graph_find(g, "UIT", &f), 0);
    assert_int_equal(f, itu);
    assert_int_equal(og_graph_node_alias_count(g, itu), 2); /* ITU, UIT */
    assert_int_equal(og_graph_node_mentions(g, itu), 5);
    assert_int_equal(og_graph_node_source_count(g, itu), 5);
    assert_int_equal(og_graph_node_sources_kept(g, itu), 5);
    /* conflicting string attributes: the bytewise smallest */
    assert_string_equal(og_graph_node_attr_str(g, itu, OG_ATTR_ESTABLISHED), "1865");
    assert_string_equal(og_graph_node_attr_str(g, itu, OG_ATTR_WEBSITE), "https://www.itu.int");
    /* "Genève" and "Geneva": joined through the alias; the longest name (in characters, then bytes) */
    og_node_id gen = by_id(g, "place:geneva");
    (void)gen;
    /* a proper name beats an acronym */
    og_node_id unicef = by_id(g, "organisation:united-nations-children-s-fund");
    assert_int_equal(og_graph_find(g, "UNICEF", &f), 0);
    assert_int_equal(f, unicef);
    by_id(g, "organisation:world-health-organization");
    by_id(g, "organisation:who"); /* "who" stays apart from "WHO" */
    by_id(g, "organisation:iso");
    by_id(g, "organisation:isoc");
    /* fixed type wins over votes */
    og_node_id giga = by_id(g, "partnership:giga");
    assert_true(og_graph_node_type_fixed(g, giga));
    assert_int_equal(og_graph_node_type_votes(g, giga, OG_INITIATIVE), 1);
    /* lexicon ids join names and give the id */
    og_node_id std = by_id(g, "std:iso-iec-27001");
    assert_int_equal(og_graph_node_alias_count(g, std), 1);
    assert_string_equal(og_graph_node_label(g, std), "ISO/IEC 27001");
    assert_int_equal(og_graph_node_attr(g, std, "edition")->u.i, 2013);
    /* type classes: a person and a place of one name stay two nodes */
    by_id(g, "person:paris");
    by_id(g, "place:paris");
    /* slug collision: "AI Lab" < "AI-Lab" bytewise, so AI-Lab gets the suffix */
    og_node_id lab = by_id(g, "organisation:ai-lab");
    assert_string_equal(og_graph_node_label(g, lab), "AI Lab");
    og_node_id lab2 = by_id(g, "organisation:ai-lab-2");
    assert_string_equal(og_graph_node_label(g, lab2), "AI-Lab");
    /* nodes sorted by id */
    for (size_t i = 1; i < og_graph_node_count(g); i++)
        assert_true(strcmp(og_graph_node_id(g, (og_node_id)i - 1), og_graph_node_id(g, (og_node_id)i)) < 0);
    og_graph_free(g);
}

static void test_edges_merged(void **state)
{
    (void)state;
    og_graph *g = reduce((const og_graph *const *)frags, N_FRAGS, NULL);
    og_node_id itu = by_id(g, "organisation:international-telecommunication-union");
    og_node_id gen = by_id(g, "place:geneva");
    og_node_id unicef = by_id(g, "organisation:united-nations-children-s-fund");
    og_edge_id e = og__edge_find(g, itu, OG_LOCATED_IN, gen);
    assert_int_not_equal(e, OG__NO_EDGE);
    assert_int_equal(og_graph_edge_evidence_count(g, e), 8);
    assert_int_equal(og_graph_edge_evidence_kept(g, e), 5);
    assert_string_equal(og_graph_edge_evidence(g, e, 0)->doc, "doc0.txt");
    assert_string_equal(og_graph_edge_evidence(g, e, 1)->doc, "doc2.txt");
    assert_int_equal(og_graph_edge_evidence(g, e, 2)->line, 10);
    /* collaborates_with from both directions: one edge, smaller index first */
    og_node_id lo = itu < unicef ? itu : unicef, hi = itu < unicef ? unicef : itu;
    e = og__edge_find(g, lo, OG_COLLABORATES_WITH, hi);
    assert_int_not_equal(e, OG__NO_EDGE);
    assert_int_equal(og_graph_edge_evidence_count(g, e), 2);
    /* edges sorted by (subject, predicate, object) */
    for (og_edge_id i = 1; i < og_graph_edge_count(g); i++) {
        og_node_id s0 = og_graph_edge_subject(g, i - 1), s1 = og_graph_edge_subject(g, i);
        assert_true(s0 < s1 || (s0 == s1 && (og_graph_edge_predicate(g, i - 1) < og_graph_edge_predicate(g, i) ||
                                             (og_graph_edge_predicate(g, i - 1) == og_graph_edge_predicate(g, i) &&
                                              og_graph_edge_object(g, i - 1) < og_graph_edge_object(g, i)))));
    }
    og_graph_free(g);
}

static void shuffle(const og_graph **a, size_t n, unsigned *seed)
{
    for (size_t i = n - 1; i > 0; i--) {
        *seed = *seed * 1103515245u + 12345u;
        size_t j = (*seed >> 8) % (i + 1);
        const og_graph *t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static void test_order_independent_and_associative(void **state)
{
    (void)state;
    og_graph *ref = reduce((const og_graph *const *)frags, N_FRAGS, NULL);
    char *want = dump(ref);
    unsigned seed = 12345;
    for (int round = 0; round < 40; round++) {
        const og_graph *perm[N_FRAGS];
        for (int i = 0; i < N_FRAGS; i++)
            perm[i] = frags[i];
        shuffle(perm, N_FRAGS, &seed);
        /* flat, in a shuffled order */
        og_graph *flat = reduce(perm, N_FRAGS, NULL);
        char *got = dump(flat);
        assert_string_equal(got, want);
        og_free(got);
        og_graph_free(flat);
        /* nested: reduce a random split point's prefix and suffix, then both */
        seed = seed * 1103515245u + 12345u;
        size_t cut = 1 + (seed >> 8) % (N_FRAGS - 1);
        og_graph *left = reduce(perm, cut, NULL);
        og_graph *right = reduce(perm + cut, N_FRAGS - cut, NULL);
        const og_graph *pair[2] = {right, left};
        og_graph *nested = reduce(pair, 2, NULL);
        got = dump(nested);
        assert_string_equal(got, want);
        og_free(got);
        /* and one part reduced against the raw rest */
        const og_graph *mixed[N_FRAGS];
        size_t n = 0;
        mixed[n++] = left;
        for (size_t i = cut; i < N_FRAGS; i++)
            mixed[n++] = perm[i];
        og_graph *m = reduce(mixed, n, NULL);
        got = dump(m);
        assert_string_equal(got, want);
        og_free(got);
        og_graph_free(m);
        og_graph_free(nested);
        og_graph_free(left);
        og_graph_free(right);
    }
    /* idempotent */
    const og_graph *one[1] = {ref};
    og_graph *again = reduce(one, 1, NULL);
    char *got = dump(again);
    assert_string_equal(got, want);
    og_free(got);
    og_graph_free(again);
    og_free(want);
    og_graph_free(ref);
}

static og_curation *cur(const char *text)
{
    og_error err = {0};
    og_curation *c = NULL;
    og_test_ok(og_curation_parse(&c, "test.cur", text, strlen(text), &err), &err);
    return c;
}

static void test_curation_applied(void **state)
{
    (void)state;
    og_curation *c = cur("same WHO | who\n"
                         "different ISO 27001 | ISO/IEC 27001\n"
                         "drop Paris\n"
                         "type Giga Initiative\n"
                         "alias UNICEF | Fonds des Nations Unies pour l'enfance\n"
                         "different AI Lab | AI-Lab\n");
    og_graph *g = reduce((const og_graph *const *)frags, N_FRAGS, c);
    og_node_id who = by_id(g, "organisation:world-health-organization");
    og_node_id f;
    assert_int_equal(og_graph_find(g, "who", &f), 0);
    assert_int_equal(f, who);
    /* different: the lexicon id would join them; the rule keeps them apart, and both keep the lexicon id */
    by_id(g, "std:iso-iec-27001");
    by_id(g, "std:iso-iec-27001-2");
    assert_int_equal(og_graph_find(g, "Paris", &f), OG_ENOTFOUND);
    og_node_id giga = by_id(g, "initiative:giga");
    assert_true(og_graph_node_type_fixed(g, giga));
    /* the alias is now the longest proper name, so it becomes the label */
    og_node_id unicef = by_id(g, "organisation:fonds-des-nations-unies-pour-l-enfance");
    assert_int_equal(og_graph_find(g, "UNICEF", &f), 0);
    assert_int_equal(f, unicef);
    assert_int_equal(og_graph_find(g, "fonds des nations unies pour l'enfance", &f), 0);
    assert_int_equal(f, unicef);
    og_graph_free(g);
    /* order independence holds with curation too */
    og_graph *ref = reduce((const og_graph *const *)frags, N_FRAGS, c);
    char *want = dump(ref);
    unsigned seed = 99;
    for (int round = 0; round < 10; round++) {
        const og_graph *perm[N_FRAGS];
        for (int i = 0; i < N_FRAGS; i++)
            perm[i] = frags[i];
        shuffle(perm, N_FRAGS, &seed);
        og_graph *x = reduce(perm, N_FRAGS, c);
        char *got = dump(x);
        assert_string_equal(got, want);
        og_free(got);
        og_graph_free(x);
        /* nested, with the same curation at both levels */
        size_t cut = 1 + (size_t)round % (N_FRAGS - 1);
        og_graph *left = reduce(perm, cut, c);
        const og_graph *rest[N_FRAGS];
        size_t n = 0;
        for (size_t i = cut; i < N_FRAGS; i++)
            rest[n++] = perm[i];
        rest[n++] = left;
        x = reduce(rest, n, c);
        got = dump(x);
        assert_string_equal(got, want);
        og_free(got);
        og_graph_free(x);
        og_graph_free(left);
    }
    og_free(want);
    og_graph_free(ref);
    og_curation_free(c);
}

/* Graphs read back from files keep ids but not lexicon ids: a non-generated id acts as one. */
static void test_read_back_ids(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *read = og_graph_new();
    og_node_id a, b;
    og_test_ok(og_graph_new_node(read, OG_ORGANISATION, "International Telecommunication Union", &a, &err), &err);
    og_test_ok(og_graph_node_set_id(read, a, "itu", &err), &err);
    og_test_ok(og_graph_new_node(read, OG_ORGANISATION, "Old Label", &b, &err), &err);
    og_test_ok(og_graph_node_set_id(read, b, "organisation:old-label", &err), &err);
    og_graph *frag = og_graph_new();
    og_node_id x, y;
    og_test_ok(og_graph_add_node(frag, OG_ORGANISATION, "UIT", 1, &x, &err), &err);
    og_test_ok(og_graph_node_set_lexicon_id(frag, x, "itu", &err), &err);
    og_test_ok(og_graph_add_node(frag, OG_ORGANISATION, "Old Label", 1, &y, &err), &err);
    og_test_ok(og_graph_node_add_alias(frag, y, "A Much Longer Label", &err), &err);
    const og_graph *parts[2] = {read, frag};
    og_graph *g = reduce(parts, 2, NULL);
    assert_int_equal(og_graph_node_count(g), 2);
    og_node_id itu = by_id(g, "itu");
    assert_string_equal(og_graph_node_label(g, itu), "International Telecommunication Union");
    assert_string_equal(og_graph_node_lexicon_id(g, itu), "itu");
    /* a generated id is recomputed from the new label */
    by_id(g, "organisation:a-much-longer-label");
    og_graph_free(g);
    og_graph_free(frag);
    og_graph_free(read);
}

static void test_empty_and_bad_arguments(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_reduce(&g, NULL, 0, NULL, &err), &err);
    assert_int_equal(og_graph_node_count(g), 0);
    og_graph_free(g);
    const og_graph *parts[1] = {NULL};
    assert_int_equal(og_reduce(&g, parts, 1, NULL, &err), OG_EINVAL);
    og_error_clear(&err);
    og_reduce_options bad = OG_REDUCE_OPTIONS_INIT;
    bad.version = 77;
    assert_int_equal(og_reduce(&g, (const og_graph *const *)frags, 1, &bad, &err), OG_EINVAL);
    /* max_evidence applies to the output */
    og_reduce_options one = OG_REDUCE_OPTIONS_INIT;
    one.max_evidence = 1;
    og_error_clear(&err);
    og_test_ok(og_reduce(&g, (const og_graph *const *)frags, N_FRAGS, &one, &err), &err);
    og_test_ok(og_graph_check(g, 1, &err), &err);
    assert_int_equal(og_graph_max_evidence(g), 1);
    og_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identity_labels_ids),
        cmocka_unit_test(test_edges_merged),
        cmocka_unit_test(test_order_independent_and_associative),
        cmocka_unit_test(test_curation_applied),
        cmocka_unit_test(test_read_back_ids),
        cmocka_unit_test(test_empty_and_bad_arguments),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
