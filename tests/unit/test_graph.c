/* test_graph.c - the node side of the graph model: the alias index (name
 * keys, type classes), node building, attributes, lookups, copy, check,
 * dump, type and predicate names, and og_error. */
#include <stdlib.h>
#include <string.h>

#include "og_test.h"
#include "graph_impl.h"

static og_node_id add(og_graph *g, og_node_type t, const char *name)
{
    og_error err = {0};
    og_node_id id = 12345;
    og_test_ok(og_graph_add_node(g, t, name, 1, &id, &err), &err);
    return id;
}

static void test_itu_aliases_one_node(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id itu = add(g, OG_ORGANISATION, "International Telecommunication Union");
    og_test_ok(og_graph_node_add_alias(g, itu, "ITU", &err), &err);
    og_test_ok(og_graph_node_add_alias(g, itu, "UIT", &err), &err);
    assert_int_equal(add(g, OG_ORGANISATION, "ITU"), itu);
    assert_int_equal(add(g, OG_ORGANISATION, "UIT"), itu);
    assert_int_equal(add(g, OG_ORGANISATION, "international telecommunication union"), itu);
    assert_int_equal(add(g, OG_ORGANISATION, "The International  Telecommunication\nUnion"), itu);
    assert_int_equal(og_graph_node_count(g), 1);
    assert_int_equal(og_graph_node_mentions(g, itu), 5); /* add_alias is not a mention */
    /* every surface form is a name; aliases sorted, label excluded */
    assert_int_equal(og_graph_node_alias_count(g, itu), 4);
    assert_string_equal(og_graph_node_alias(g, itu, 0), "ITU");
    assert_string_equal(og_graph_node_label(g, itu), "International Telecommunication Union");
    for (size_t i = 1; i < og_graph_node_alias_count(g, itu); i++)
        assert_true(strcmp(og_graph_node_alias(g, itu, i - 1), og_graph_node_alias(g, itu, i)) < 0);
    og_node_id found;
    assert_int_equal(og_graph_find(g, "the ITU", &found), 0);
    assert_int_equal(found, itu);
    assert_int_equal(og_graph_find(g, "itu", &found), OG_ENOTFOUND);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    og_graph_free(g);
}

static void test_acronyms_case_sensitive(void **state)
{
    (void)state;
    og_graph *g = og_graph_new();
    og_node_id who = add(g, OG_ORGANISATION, "WHO");
    og_node_id who_lower = add(g, OG_ORGANISATION, "who");
    og_node_id iso = add(g, OG_STANDARD, "ISO");
    og_node_id isoc = add(g, OG_ORGANISATION, "ISOC");
    og_node_id it = add(g, OG_ORGANISATION, "IT");
    og_node_id it_lower = add(g, OG_ORGANISATION, "it");
    assert_int_not_equal(who, who_lower);
    assert_int_not_equal(iso, isoc);
    assert_int_not_equal(it, it_lower);
    assert_int_equal(og_graph_node_count(g), 6);
    /* Acronyms with punctuation keep their own identity */
    og_node_id itut = add(g, OG_ORGANISATION, "ITU-T");
    og_node_id itut2 = add(g, OG_ORGANISATION, "ITU\xE2\x80\x93T"); /* en dash */
    og_node_id cefact = add(g, OG_ORGANISATION, "UN/CEFACT");
    og_node_id jtc = add(g, OG_PARTNERSHIP, "ISO/IEC JTC 1");
    og_node_id jtc2 = add(g, OG_PARTNERSHIP, "ISO/IEC  JTC\t1");
    assert_int_equal(itut, itut2);
    assert_int_equal(jtc, jtc2);
    assert_int_not_equal(cefact, jtc);
    assert_int_equal(add(g, OG_ORGANISATION, "the WHO"), who);
    og_graph_free(g);
}

static void test_quotes_dashes_the(void **state)
{
    (void)state;
    og_graph *g = og_graph_new();
    og_node_id a = add(g, OG_INITIATIVE, "Women\xE2\x80\x99s Digital Skills \xE2\x80\x94 Programme");
    assert_int_equal(add(g, OG_INITIATIVE, "women's digital skills - programme"), a);
    assert_int_equal(add(g, OG_INITIATIVE, "The Women's Digital Skills \xE2\x80\x90 Programme"), a);
    og_node_id q = add(g, OG_AGREEMENT, "\xE2\x80\x9C" "Digital Compact\xE2\x80\x9D");
    assert_int_equal(add(g, OG_AGREEMENT, "\"digital compact\""), q);
    /* "the" alone or inside a name is not dropped */
    og_node_id the = add(g, OG_TOPIC, "the");
    og_node_id other = add(g, OG_ORGANISATION, "Other Theory Lab");
    assert_int_not_equal(the, other);
    assert_int_not_equal(add(g, OG_ORGANISATION, "Theory Lab"), other);
    /* Unicode case folding */
    og_node_id s = add(g, OG_PLACE, "Stra\xC3\x9F" "e Gen\xC3\xA8ve");
    assert_int_equal(add(g, OG_PLACE, "STRASSE gen\xC3\xA8ve"), s);
    og_graph_free(g);
}

static void test_type_classes(void **state)
{
    (void)state;
    og_graph *g = og_graph_new();
    og_node_id org = add(g, OG_ORGANISATION, "Jordan");
    og_node_id place = add(g, OG_PLACE, "Jordan");
    og_node_id person = add(g, OG_PERSON, "Jordan");
    og_node_id topic = add(g, OG_TOPIC, "Jordan");
    assert_int_equal(og_graph_node_count(g), 4);
    assert_int_not_equal(org, place);
    assert_int_not_equal(place, person);
    assert_int_not_equal(person, topic);
    /* Organisation, Initiative, Standard... share one class: votes decide the type */
    og_node_id x = add(g, OG_INITIATIVE, "Jordan");
    assert_int_equal(x, org);
    og_node_id y = add(g, OG_INITIATIVE, "Jordan");
    assert_int_equal(y, org);
    assert_int_equal(og_graph_node_type(g, org), OG_INITIATIVE);
    assert_int_equal(og_graph_node_type_votes(g, org, OG_ORGANISATION), 1);
    assert_int_equal(og_graph_node_type_votes(g, org, OG_INITIATIVE), 2);
    /* a tie goes to the lowest enum */
    og_node_id t = add(g, OG_STANDARD, "Tie");
    add(g, OG_INITIATIVE, "Tie");
    assert_int_equal(og_graph_node_type(g, t), OG_INITIATIVE);
    og_error err = {0};
    og_test_ok(og_graph_node_fix_type(g, t, OG_STANDARD, &err), &err);
    add(g, OG_INITIATIVE, "Tie");
    assert_int_equal(og_graph_node_type(g, t), OG_STANDARD);
    assert_true(og_graph_node_type_fixed(g, t));
    og_node_id found;
    assert_int_equal(og_graph_find(g, "jordan", &found), 0);
    assert_int_equal(found, org); /* lowest index among all classes */
    og_graph_free(g);
}

static void test_labels_ids_attrs(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id n;
    og_test_ok(og_graph_new_node(g, OG_ORGANISATION, "CERN", &n, &err), &err);
    og_node_id n2;
    og_test_ok(og_graph_new_node(g, OG_ORGANISATION, "CERN", &n2, &err), &err);
    assert_int_not_equal(n, n2); /* new_node never looks up */
    og_test_ok(og_graph_node_set_label(g, n, "European Organization for Nuclear Research", &err), &err);
    og_node_id f;
    assert_int_equal(og_graph_find(g, "CERN", &f), 0);
    assert_int_equal(f, n2); /* the old label of n was replaced */
    assert_int_equal(og_graph_find(g, "european organization for nuclear research", &f), 0);
    assert_int_equal(f, n);
    /* an alias promoted to label leaves the aliases; the old label goes */
    og_test_ok(og_graph_node_add_alias(g, n2, "Conseil europeen", &err), &err);
    og_test_ok(og_graph_node_set_label(g, n2, "Conseil europeen", &err), &err);
    assert_int_equal(og_graph_node_alias_count(g, n2), 0);
    assert_int_equal(og_graph_find(g, "CERN", &f), OG_ENOTFOUND);
    assert_int_equal(og_graph_find(g, "conseil europeen", &f), 0);
    assert_int_equal(f, n2);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    og_test_ok(og_graph_node_set_id(g, n, "org:cern", &err), &err);
    assert_int_equal(og_graph_find_id(g, "org:cern", &f), 0);
    assert_int_equal(f, n);
    og_test_ok(og_graph_node_set_id(g, n, "org:cern-2", &err), &err);
    assert_int_equal(og_graph_find_id(g, "org:cern", &f), OG_ENOTFOUND);
    assert_string_equal(og_graph_node_id(g, n), "org:cern-2");
    assert_null(og_graph_node_id(g, n2));

    og_test_ok(og_graph_node_set_attr_str(g, n, OG_ATTR_WEBSITE, "https://home.cern", &err), &err);
    og_test_ok(og_graph_node_set_attr_str(g, n, OG_ATTR_ACRONYM, "CERN", &err), &err);
    og_value v = {OG_VAL_INT, {.i = 1954}};
    og_test_ok(og_graph_node_set_attr(g, n, "founded", &v, &err), &err);
    og_test_ok(og_graph_node_set_attr_str(g, n, OG_ATTR_WEBSITE, "https://cern.ch", &err), &err);
    assert_int_equal(og_graph_node_attr_count(g, n), 3);
    assert_string_equal(og_graph_node_attr_str(g, n, OG_ATTR_WEBSITE), "https://cern.ch");
    assert_int_equal(og_graph_node_attr(g, n, "founded")->u.i, 1954);
    assert_null(og_graph_node_attr(g, n2, "founded"));
    const char *key;
    const og_value *val;
    og_graph_node_attr_at(g, n, 0, &key, &val);
    assert_string_equal(key, OG_ATTR_WEBSITE); /* declaration order */
    /* a declared key keeps its kind */
    og_error e2 = {0};
    assert_int_equal(og_graph_node_set_attr_str(g, n, "founded", "1954", &e2), OG_EINVAL);
    assert_non_null(strstr(e2.message, "founded"));
    assert_int_equal(og_graph_key_count(g, 0), 3);
    og_test_ok(og_graph_declare_key(g, 1, "weight", OG_VAL_DOUBLE, &err), &err);
    assert_int_equal(og_graph_key_count(g, 1), 1);
    og_value_kind kind;
    og_graph_key_at(g, 1, 0, &key, &kind);
    assert_string_equal(key, "weight");
    assert_int_equal(kind, OG_VAL_DOUBLE);
    /* bad arguments are values, not crashes */
    assert_int_equal(og_graph_node_set_label(g, 99, "x", NULL), OG_EINVAL);
    assert_int_equal(og_graph_add_node(g, OG_ORGANISATION, "", 1, &f, NULL), OG_EINVAL);
    assert_string_equal(og_graph_node_label(g, 99), "");
    og_test_ok(og_graph_check(g, 0, &err), &err);
    og_graph_free(g);
}

static void test_sources_cap_and_count(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_graph_set_max_evidence(g, 3);
    og_node_id n = add(g, OG_ORGANISATION, "UNECE");
    const char *docs[] = {"e.txt", "b.txt", "d.txt", "a.txt", "b.txt", "c.txt", "f.txt"};
    for (size_t i = 0; i < 7; i++)
        og_test_ok(og_graph_node_add_source(g, n, docs[i], &err), &err);
    assert_int_equal(og_graph_node_sources_kept(g, n), 3);
    assert_string_equal(og_graph_node_source(g, n, 0), "a.txt");
    assert_string_equal(og_graph_node_source(g, n, 1), "b.txt");
    assert_string_equal(og_graph_node_source(g, n, 2), "c.txt");
    assert_int_equal(og_graph_node_source_count(g, n), 6); /* b.txt twice while kept counts once */
    og_test_ok(og_graph_check(g, 0, &err), &err);
    og_graph_set_max_evidence(g, 1);
    assert_int_equal(og_graph_node_sources_kept(g, n), 1);
    assert_string_equal(og_graph_node_source(g, n, 0), "a.txt");
    og_test_ok(og_graph_check(g, 0, &err), &err);
    og_graph_free(g);
}

static void test_copy_and_dump(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id a = add(g, OG_ORGANISATION, "UNICEF");
    og_node_id b = add(g, OG_PARTNERSHIP, "Giga");
    og_test_ok(og_graph_node_add_alias(g, a, "United Nations Children's Fund", &err), &err);
    og_test_ok(og_graph_node_add_source(g, a, "news.txt", &err), &err);
    og_test_ok(og_graph_node_set_attr_str(g, a, OG_ATTR_ACRONYM, "UNICEF", &err), &err);
    og_evidence ev = {"news.txt", 4, 2, "UNICEF and \"ITU\"\tlaunched Giga.", 0.75};
    og_edge_id e;
    og_test_ok(og_graph_add_edge(g, a, OG_PARTNER_IN, b, &ev, &e, &err), &err);
    og_graph *c = og_graph_copy(g);
    assert_non_null(c);
    og_test_ok(og_graph_check(c, 0, &err), &err);
    og_sink *s1 = og_sink_memory(), *s2 = og_sink_memory();
    og_test_ok(og_graph_dump(g, s1, &err), &err);
    og_test_ok(og_graph_dump(c, s2, &err), &err);
    const char *d1 = og_sink_memory_data(s1, NULL);
    assert_string_equal(d1, og_sink_memory_data(s2, NULL));
    assert_non_null(strstr(d1, "node - Organisation label=\"UNICEF\""));
    assert_non_null(strstr(d1, "edge Organisation:\"UNICEF\" partner_in Partnership:\"Giga\" confidence=0.750000"));
    assert_non_null(strstr(d1, "evidence \"news.txt\":4:2 confidence=0.750000 \"UNICEF and \\\"ITU\\\"\\tlaunched Giga.\""));
    /* the copy is independent */
    og_node_id f;
    assert_int_equal(og_graph_find(c, "united nations children's fund", &f), 0);
    og_graph_free(g);
    assert_string_equal(og_graph_node_label(c, f), "UNICEF");
    og_sink_free(s1);
    og_sink_free(s2);
    og_graph_free(c);
}

static void test_check_catches_violations(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id a = add(g, OG_ORGANISATION, "A Org");
    og_node_id b = add(g, OG_ORGANISATION, "B Org");
    og_test_ok(og_graph_add_edge(g, a, OG_MEMBER_OF, b, NULL, NULL, &err), &err);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    assert_int_equal(og_graph_check(g, 1, &err), OG_ERROR);
    assert_non_null(strstr(err.message, "no id"));
    og_error_clear(&err);
    og_test_ok(og_graph_node_set_id(g, a, "x", &err), &err);
    og_test_ok(og_graph_node_set_id(g, b, "x", &err), &err);
    assert_int_equal(og_graph_check(g, 1, &err), OG_ERROR);
    assert_non_null(strstr(err.message, "duplicates"));
    og_error_clear(&err);
    g->nodes[a].degree = 7; /* corrupt on purpose */
    assert_int_equal(og_graph_check(g, 0, &err), OG_ERROR);
    assert_non_null(strstr(err.message, "degree"));
    og_graph_free(g);
}

static void test_type_and_predicate_names(void **state)
{
    (void)state;
    for (int t = 0; t < OG_NODE_TYPE_COUNT; t++) {
        og_node_type back;
        assert_int_equal(og_node_type_parse(og_node_type_name((og_node_type)t), &back), 0);
        assert_int_equal(back, t);
    }
    og_node_type t;
    assert_int_equal(og_node_type_parse("organisation", &t), 0);
    assert_int_equal(t, OG_ORGANISATION);
    assert_int_equal(og_node_type_parse("Company", &t), OG_ENOTFOUND);
    assert_null(og_node_type_name(OG_NODE_TYPE_COUNT));
    assert_string_equal(og_node_type_name(OG_THING), "Thing");
    for (int p = 0; p < OG_PREDICATE_COUNT; p++) {
        og_predicate back;
        assert_int_equal(og_predicate_parse(og_predicate_name((og_predicate)p), &back), 0);
        assert_int_equal(back, p);
    }
    assert_string_equal(og_predicate_name(OG_RELATED), "related_to");
    assert_string_equal(og_predicate_name(OG_COLLABORATES_WITH), "collaborates_with");
    assert_int_equal(og_predicate_parse("partOf", NULL), OG_ENOTFOUND);
}

static void test_error_first_wins_and_path_tail(void **state)
{
    (void)state;
    og_error err = {0};
    char path[600];
    memset(path, 'd', sizeof path);
    memcpy(path, "/very/long/", 11);
    strcpy(path + sizeof path - 20, "/tail/file_name.txt");
    assert_int_equal(og_error_set(&err, OG_EINPUT, path, 3, 17, "bad %s", "byte"), OG_EINPUT);
    assert_int_equal(err.code, OG_EINPUT);
    assert_true(strlen(err.file) < sizeof err.file);
    assert_int_equal(strncmp(err.file, "...", 3), 0);
    assert_non_null(strstr(err.file, "/tail/file_name.txt"));
    assert_int_equal(err.line, 3);
    assert_int_equal(err.column, 17);
    assert_string_equal(err.message, "bad byte");
    /* first error wins */
    assert_int_equal(og_error_set(&err, OG_EIO, "other", 1, 1, "second"), OG_EIO);
    assert_string_equal(err.message, "bad byte");
    og_error_clear(&err);
    assert_int_equal(err.code, OG_OK);
    assert_int_equal(og_error_set(NULL, OG_ENOMEM, NULL, 0, 0, "x"), OG_ENOMEM);
    og_error_set(&err, OG_ERROR, NULL, 0, 0, "%s", "");
    assert_string_equal(err.file, "");
    char longmsg[400];
    memset(longmsg, 'm', sizeof longmsg - 1);
    longmsg[sizeof longmsg - 1] = '\0';
    og_error_clear(&err);
    og_error_set(&err, OG_ERROR, NULL, 0, 0, "%s", longmsg);
    assert_int_equal(strlen(err.message), sizeof err.message - 1);
    assert_string_equal(og_status_string(OG_ENOMEM), "out of memory");
    assert_non_null(og_status_string(-999));
}

/* Many nodes under one name (a foreign file where every label is "Person")
 * must stay linear: inserts are O(1) per node, checks O(V). */
static void test_many_nodes_one_name(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    enum { N = 100000 };
    for (unsigned i = 0; i < N; i++) {
        og_node_id n;
        og_test_ok(og_graph_new_node(g, OG_PERSON, "Person", &n, &err), &err);
        if (i % 2)
            og_test_ok(og_graph_node_add_alias(g, n, "PERSON", &err), &err);
    }
    og_node_id f;
    assert_int_equal(og_graph_find(g, "person", &f), 0);
    assert_int_equal(f, 0);
    assert_int_equal(og_graph_find(g, "PERSON", &f), 0);
    assert_int_equal(f, 1);
    og_test_ok(og_graph_merge_nodes(g, 1, 0, &err), &err);
    og_test_ok(og_graph_node_set_label(g, 5, "Someone Else", &err), &err);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    assert_int_equal(og_graph_node_count(g), N - 1);
    og_graph_free(g);
}

/* Attribute arrays grow geometrically; copies and merges must leave room. */
static void test_many_attributes(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id a, b;
    og_test_ok(og_graph_new_node(g, OG_ORGANISATION, "A", &a, &err), &err);
    og_test_ok(og_graph_new_node(g, OG_ORGANISATION, "B", &b, &err), &err);
    char key[16];
    for (int i = 0; i < 20000; i++) { /* declared in order, set in reverse: inserts at the front */
        snprintf(key, sizeof key, "k%05d", i);
        og_test_ok(og_graph_declare_key(g, 0, key, OG_VAL_STRING, &err), &err);
    }
    for (int i = 19999; i >= 0; i -= 3) {
        snprintf(key, sizeof key, "k%05d", i);
        og_test_ok(og_graph_node_set_attr_str(g, a, key, key, &err), &err);
    }
    for (int i = 0; i < 5; i++) {
        snprintf(key, sizeof key, "k%05d", i);
        og_test_ok(og_graph_node_set_attr_str(g, b, key, "b", &err), &err);
    }
    og_graph *c = og_graph_copy(g);
    assert_non_null(c);
    og_test_ok(og_graph_node_set_attr_str(c, 1, "k00007", "more", &err), &err);
    og_test_ok(og_graph_merge_nodes(c, 1, 0, &err), &err);
    og_test_ok(og_graph_node_set_attr_str(c, 0, "k00008", "more", &err), &err);
    og_test_ok(og_graph_check(c, 0, &err), &err);
    assert_int_equal(og_graph_node_attr_count(c, 0), 6667 + 6 - 3 + 1); /* k1, k4, k7 overlap */
    const char *k0, *k1;
    for (size_t i = 1; i < og_graph_node_attr_count(c, 0); i++) {
        og_graph_node_attr_at(c, 0, i - 1, &k0, NULL);
        og_graph_node_attr_at(c, 0, i, &k1, NULL);
        assert_true(strcmp(k0, k1) < 0); /* declaration order */
    }
    assert_string_equal(og_graph_node_attr_str(c, 0, "k00002"), "b"); /* keep's value wins */
    assert_string_equal(og_graph_node_attr_str(c, 0, "k19999"), "k19999");
    og_graph_free(c);
    og_graph_free(g);
}

static void test_buf(void **state)
{
    (void)state;
    og__buf b = OG__BUF_INIT;
    assert_string_equal(b.ptr, "");
    for (int i = 0; i < 1000; i++)
        og__buf_printf(&b, "%d,", i);
    assert_false(og__buf_failed(&b));
    assert_int_equal(strncmp(b.ptr, "0,1,2,", 6), 0);
    assert_int_equal(b.len, strlen(b.ptr));
    og__buf_truncate(&b, 2);
    assert_string_equal(b.ptr, "0,");
    char *s = og__buf_detach(&b);
    assert_string_equal(s, "0,");
    assert_string_equal(b.ptr, "");
    og_free(s);
    og__buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_itu_aliases_one_node),
        cmocka_unit_test(test_acronyms_case_sensitive),
        cmocka_unit_test(test_quotes_dashes_the),
        cmocka_unit_test(test_type_classes),
        cmocka_unit_test(test_labels_ids_attrs),
        cmocka_unit_test(test_sources_cap_and_count),
        cmocka_unit_test(test_copy_and_dump),
        cmocka_unit_test(test_check_catches_violations),
        cmocka_unit_test(test_type_and_predicate_names),
        cmocka_unit_test(test_error_first_wins_and_path_tail),
        cmocka_unit_test(test_many_nodes_one_name),
        cmocka_unit_test(test_many_attributes),
        cmocka_unit_test(test_buf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
