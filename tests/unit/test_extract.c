/* test_extract.c - unit tests of the recognisers (og_extract_document): acronym
 * definitions, profiles, partnership names, sub-units, relations with voice
 * and hedging, persons, caps on hostile input. Each case builds a small
 * document in memory and checks the fragment through the public graph API. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "og_test.h"
#include "mention.h"

static og_graph *extract_with(const char *text, const og_lexicon *lex, int keep_hedged) {
    og_error err = {0};
    og_extract_options o = OG_EXTRACT_OPTIONS_INIT;
    o.lexicon = lex;
    o.keep_hedged = keep_hedged;
    og_graph *g = NULL;
    og_test_ok(og_extract_document(&g, "t.txt", text, strlen(text), OG_FORMAT_TEXT, &o, &err), &err);
    og_test_ok(og_graph_check(g, 0, &err), &err);
    return g;
}

static og_graph *extract(const char *text) { return extract_with(text, NULL, 0); }

static og_node_id node(const og_graph *g, const char *name) {
    og_node_id n = 0;
    if (og_graph_find(g, name, &n) != 0)
        fail_msg("no node named '%s'", name);
    return n;
}

static int has_node(const og_graph *g, const char *name) {
    og_node_id n;
    return og_graph_find(g, name, &n) == 0;
}

/* The edge s -p-> o, or -1. */
static long edge(const og_graph *g, const char *s, og_predicate p, const char *o) {
    og_node_id a, b;
    if (og_graph_find(g, s, &a) != 0 || og_graph_find(g, o, &b) != 0)
        return -1;
    for (size_t e = 0; e < og_graph_edge_count(g); e++) {
        og_node_id es = og_graph_edge_subject(g, (og_edge_id)e), eo = og_graph_edge_object(g, (og_edge_id)e);
        if (og_graph_edge_predicate(g, (og_edge_id)e) != p)
            continue;
        if ((es == a && eo == b) || (p == OG_COLLABORATES_WITH && es == b && eo == a))
            return (long)e;
    }
    return -1;
}

static void assert_edge(const og_graph *g, const char *s, og_predicate p, const char *o) {
    if (edge(g, s, p, o) < 0)
        fail_msg("missing edge %s -%s-> %s", s, og_predicate_name(p), o);
}

static void test_acronym_definition(void **state) {
    (void)state;
    og_graph *g = extract("The International Widget Union (IWU) met in 2020. IWU launched the Widget Initiative.\n");
    og_node_id n = node(g, "IWU");
    assert_int_equal(n, node(g, "International Widget Union"));
    assert_int_equal(og_graph_node_type(g, n), OG_ORGANISATION);
    assert_int_equal(og_graph_node_type(g, node(g, "Widget Initiative")), OG_INITIATIVE);
    assert_edge(g, "IWU", OG_LAUNCHES, "Widget Initiative");
    /* mentions are counted: the full name and the acronym twice */
    assert_true(og_graph_node_mentions(g, n) >= 2);
    assert_int_equal(og_graph_node_source_count(g, n), 1);
    og_graph_free(g);
}

static void test_acronym_fit(void **state) {
    (void)state;
    const char *u = "United Nations Children's Fund";
    assert_true(og__acronym_fits("UNICEF", 6, u, strlen(u)));
    assert_false(og__acronym_fits("WHO", 3, u, strlen(u)));
    const char *c = "UN International Computing Centre";
    assert_true(og__acronym_strict("UNICC", 5, c, strlen(c)));
    /* loose letters inside words are not an acronym-only merge */
    const char *t = "International Telecommunications Union";
    assert_false(og__acronym_strict("IMT", 3, t, strlen(t)));
    assert_true(og__acronym_strict("ITU", 3, t, strlen(t)));
}

static void test_profile(void **state) {
    (void)state;
    og_graph *g = extract("Example Research Institute\n\nAcronym: ERI, IER\n\nEstablished: 1950\n\n"
                          "Address: Rue du Lac 1, 1211 Geneva 10, Switzerland\n\nWebsite: https://eri.example\n\n"
                          "The Institute hosts the Widget Observatory Project.\n\nDigital policy issues\n\n"
                          "Cybersecurity\n\nThe Institute studies attacks.\n\nSocial media channels\n\n"
                          "Twitter @eri\n");
    og_node_id s = node(g, "Example Research Institute");
    assert_int_equal(s, node(g, "ERI"));
    assert_int_equal(s, node(g, "IER"));
    assert_string_equal(og_graph_node_attr_str(g, s, OG_ATTR_ACRONYM), "ERI");
    assert_string_equal(og_graph_node_attr_str(g, s, OG_ATTR_ESTABLISHED), "1950");
    assert_string_equal(og_graph_node_attr_str(g, s, OG_ATTR_WEBSITE), "https://eri.example");
    assert_int_equal(og_graph_node_type(g, node(g, "Geneva")), OG_PLACE);
    assert_edge(g, "Example Research Institute", OG_LOCATED_IN, "Geneva");
    assert_edge(g, "Geneva", OG_LOCATED_IN, "Switzerland");
    assert_edge(g, "Example Research Institute", OG_HOSTS, "Widget Observatory Project");
    assert_int_equal(og_graph_node_type(g, node(g, "Cybersecurity")), OG_TOPIC);
    assert_edge(g, "Example Research Institute", OG_WORKS_ON, "Cybersecurity");
    /* social-media handles are not entities */
    assert_false(has_node(g, "Twitter"));
    assert_false(has_node(g, "Social media channels"));
    og_graph_free(g);
}

static void test_partnership_names(void **state) {
    (void)state;
    og_graph *g = extract("Widgetnet is a UNICEF-ITU global initiative to connect schools.\n\n"
                          "The ISO/IEC JTC 1/SC 42 committee met, and JTC 1 approved it.\n\n"
                          "The ITU/WHO Focus Group on AI for Health published a report.\n");
    og_node_id w = node(g, "Widgetnet");
    assert_int_equal(og_graph_node_type(g, w), OG_PARTNERSHIP);
    assert_edge(g, "UNICEF", OG_PARTNER_IN, "Widgetnet");
    assert_edge(g, "ITU", OG_PARTNER_IN, "Widgetnet");
    assert_false(has_node(g, "UNICEF-ITU"));
    assert_int_equal(node(g, "JTC 1"), node(g, "ISO/IEC JTC 1"));
    assert_int_equal(og_graph_node_type(g, node(g, "ISO/IEC JTC 1")), OG_PARTNERSHIP);
    assert_edge(g, "SC 42", OG_PART_OF, "ISO/IEC JTC 1");
    assert_edge(g, "ISO", OG_PARTNER_IN, "ISO/IEC JTC 1");
    assert_edge(g, "IEC", OG_PARTNER_IN, "ISO/IEC JTC 1");
    assert_edge(g, "WHO", OG_PARTNER_IN, "ITU/WHO Focus Group on AI for Health");
    og_graph_free(g);
}

static void test_subunits_and_possessives(void **state) {
    (void)state;
    og_graph *g = extract("ITU-T develops standards with the ITU. UNECE’s subsidiary body UN/CEFACT develops ebXML.\n");
    assert_edge(g, "ITU-T", OG_PART_OF, "ITU");
    assert_true(node(g, "ITU-T") != node(g, "ITU"));
    assert_edge(g, "UN/CEFACT", OG_PART_OF, "UNECE");
    og_graph_free(g);
}

static void test_voice_and_lists(void **state) {
    (void)state;
    og_graph *g = extract("The Widget Platform, backed by Acme Corporation, was launched by the Gadget Foundation.\n\n"
                          "In collaboration with the Widget Association, the Gadget Agency developed the Sprocket "
                          "Standard.\n\n"
                          "The Alpha Institute, the Beta Institute and the Gamma Institute are members of the Delta "
                          "Alliance.\n\n"
                          "The Omega Centre, hosted at the Sigma University, studies widgets.\n");
    assert_edge(g, "Acme Corporation", OG_SUPPORTS, "Widget Platform");
    assert_edge(g, "Gadget Foundation", OG_LAUNCHES, "Widget Platform");
    assert_edge(g, "Gadget Agency", OG_DEVELOPS, "Sprocket Standard");
    assert_edge(g, "Widget Association", OG_COLLABORATES_WITH, "Gadget Agency");
    assert_edge(g, "Alpha Institute", OG_MEMBER_OF, "Delta Alliance");
    assert_edge(g, "Beta Institute", OG_MEMBER_OF, "Delta Alliance");
    assert_edge(g, "Gamma Institute", OG_MEMBER_OF, "Delta Alliance");
    assert_edge(g, "Sigma University", OG_HOSTS, "Omega Centre");
    /* evidence: line, column, sentence */
    long e = edge(g, "Sigma University", OG_HOSTS, "Omega Centre");
    const og_evidence *ev = og_graph_edge_evidence(g, (og_edge_id)e, 0);
    assert_non_null(ev);
    assert_string_equal(ev->doc, "t.txt");
    assert_int_equal(ev->line, 7);
    assert_true(ev->column >= 1);
    assert_non_null(strstr(ev->sentence, "hosted at the Sigma University"));
    og_graph_free(g);
}

static void test_joint_launch(void **state) {
    (void)state;
    og_graph *g = extract("In 2019, the Alpha Agency and the Beta Organization launched Zeta, a global effort.\n");
    assert_edge(g, "Alpha Agency", OG_PARTNER_IN, "Zeta");
    assert_edge(g, "Beta Organization", OG_PARTNER_IN, "Zeta");
    assert_int_equal(og_graph_node_type(g, node(g, "Zeta")), OG_PARTNERSHIP);
    og_graph_free(g);
}

static void test_hedging(void **state) {
    (void)state;
    const char *text = "The Acme Corporation may join the Widget Alliance. The Gadget Agency is not a member of "
                       "the Widget Alliance.\n";
    og_graph *g = extract(text);
    assert_true(edge(g, "Acme Corporation", OG_MEMBER_OF, "Widget Alliance") < 0);
    assert_true(edge(g, "Gadget Agency", OG_MEMBER_OF, "Widget Alliance") < 0);
    og_graph_free(g);
    g = extract_with(text, NULL, 1);
    long e = edge(g, "Acme Corporation", OG_MEMBER_OF, "Widget Alliance");
    assert_true(e >= 0);
    assert_true(og_graph_edge_hedged(g, (og_edge_id)e));
    assert_true(og_graph_edge_confidence(g, (og_edge_id)e) < 0.3);
    og_graph_free(g);
}

static void test_persons(void **state) {
    (void)state;
    og_graph *g = extract("Jane Roe, the head of the Widget Agency, opened the meeting. The centre is directed by "
                          "former Ambassador and Visiting Lecturer Kofi Mensah. Secretary-General Ana Lima spoke.\n");
    assert_int_equal(og_graph_node_type(g, node(g, "Jane Roe")), OG_PERSON);
    assert_edge(g, "Jane Roe", OG_LAUNCHES, "Widget Agency");
    assert_int_equal(og_graph_node_type(g, node(g, "Kofi Mensah")), OG_PERSON);
    assert_int_equal(og_graph_node_type(g, node(g, "Ana Lima")), OG_PERSON);
    /* job titles are not entities */
    assert_false(has_node(g, "Secretary-General"));
    og_graph_free(g);
}

static void test_patterns(void **state) {
    (void)state;
    og_graph *g = extract("ISO/IEC 42001:2023 and IEC 62443 apply. ITU-T X.509 and H.264 are old; RFC 9110 too. "
                          "UN Regulation No. 155 binds. Delegates met at WRC-19, IGF 2023 and the WSIS Forum 2021. "
                          "IMT-2020 follows. The Tunis Agenda for the Information Society was agreed.\n");
    const char *std[] = {"ISO/IEC 42001:2023", "IEC 62443", "ITU-T X.509", "H.264", "RFC 9110", "UN Regulation No. 155",
                         "IMT-2020"};
    for (size_t i = 0; i < sizeof std / sizeof std[0]; i++)
        assert_int_equal(og_graph_node_type(g, node(g, std[i])), OG_STANDARD);
    const char *evt[] = {"WRC-19", "IGF 2023", "WSIS Forum 2021"};
    for (size_t i = 0; i < sizeof evt / sizeof evt[0]; i++)
        assert_int_equal(og_graph_node_type(g, node(g, evt[i])), OG_EVENT);
    assert_int_equal(og_graph_node_type(g, node(g, "Tunis Agenda for the Information Society")), OG_AGREEMENT);
    og_graph_free(g);
}

static void test_no_junk(void **state) {
    (void)state;
    og_graph *g = extract("Digital activities\n\nAs part of its strategy, the organisation works with national "
                          "standards bodies. The Chief Technology Officer said so. Moreover, Digital Tools help.\n");
    assert_int_equal(og_graph_node_count(g), 0);
    og_graph_free(g);
}

static void test_lexicon_wins(void **state) {
    (void)state;
    og_error err = {0};
    og_lexicon *lex = NULL;
    og_test_ok(og_lexicon_new_empty(&lex, &err), &err);
    const char *tsv = "ietf\tInternet Engineering Task Force\tOrganisation\tIETF\n";
    og_test_ok(og_lexicon_add_tsv(lex, "t.tsv", tsv, strlen(tsv), &err), &err);
    og_graph *g = extract_with("The Internet Engineering Task Force (IETF) publishes RFC 9110.\n", lex, 0);
    og_node_id n = node(g, "IETF");
    assert_int_equal(og_graph_node_type(g, n), OG_ORGANISATION);
    assert_string_equal(og_graph_node_lexicon_id(g, n), "ietf");
    og_graph_free(g);
    og_lexicon_free(lex);
}

/* A sentence listing thousands of names and a document of repeated acronyms stay fast. */
static void test_hostile_sizes(void **state) {
    (void)state;
    size_t n = 20000;
    char *buf = malloc(n * 80 + 64);
    assert_non_null(buf);
    size_t o = 0;
    o += (size_t)sprintf(buf + o, "Members include ");
    for (size_t i = 0; i < n; i++)
        o += (size_t)sprintf(buf + o, "the Widget Institute %zu, ", i);
    o += (size_t)sprintf(buf + o, "and ITU.\n");
    for (size_t i = 0; i < n; i++)
        o += (size_t)sprintf(buf + o, "ITU UNICC (ABC) ");
    buf[o] = '\0';
    clock_t t0 = clock();
    og_graph *g = extract(buf);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(secs < 10.0);
    og_graph_free(g);
    free(buf);
}

static void test_infobox_and_about_page(void **state) {
    (void)state;
    og_graph *g = extract("Widget Standards Union\n\nHeadquarters\tLyonnaise City, Freedonia\n\n"
                          "Head\tMaria Okonkwo (Secretary-General)\n\n"
                          "The Widget Standards Union (WSU) sets widget norms. The Union was set up in 1990 by the "
                          "Gadget Agency and the Sprocket Council.\n\n"
                          "Its members include the Alpha Institute, Beta Labs and the Gamma Institute.\n\n"
                          "WSU 12 took place in Berlin, and the Delta Forum 2024 was held in Oslo.\n");
    assert_edge(g, "Widget Standards Union", OG_LOCATED_IN, "Lyonnaise City");
    assert_int_equal(og_graph_node_type(g, node(g, "Maria Okonkwo")), OG_PERSON);
    assert_edge(g, "Maria Okonkwo", OG_LAUNCHES, "Widget Standards Union");
    /* "the Union" is the document's subject; two founders make a partnership */
    assert_edge(g, "Gadget Agency", OG_PARTNER_IN, "Widget Standards Union");
    assert_edge(g, "Sprocket Council", OG_PARTNER_IN, "Widget Standards Union");
    assert_edge(g, "Alpha Institute", OG_MEMBER_OF, "Widget Standards Union");
    assert_edge(g, "Gamma Institute", OG_MEMBER_OF, "Widget Standards Union");
    assert_edge(g, "Delta Forum 2024", OG_LOCATED_IN, "Oslo");
    og_graph_free(g);
}

static void test_pronoun_subjects(void **state) {
    (void)state;
    og_graph *g = extract("Acme Industries AG is a technology company. It is a founding member of the Open Widget "
                          "Alliance and a member of the Gadget Consortium.\n\n"
                          "The IETF Chair, Rana Okoro, also chairs the Widget Steering Group.\n");
    assert_edge(g, "Acme Industries AG", OG_MEMBER_OF, "Gadget Consortium");
    assert_edge(g, "Acme Industries AG", OG_MEMBER_OF, "Open Widget Alliance");
    assert_true(edge(g, "Open Widget Alliance", OG_MEMBER_OF, "Gadget Consortium") < 0);
    assert_int_equal(og_graph_node_type(g, node(g, "Rana Okoro")), OG_PERSON);
    assert_edge(g, "Rana Okoro", OG_LAUNCHES, "Widget Steering Group");
    og_graph_free(g);
}

/* An About page: navigation and footer give no entities; a member list under a heading gives member_of. */
static void test_html_about_page(void **state) {
    (void)state;
    const char *html = "<html><body><nav><ul><li><a href='/'>Home</a></li><li>About Us</li><li>Contact Us</li></ul></nav>"
                       "<h1>About the Widget Standards Union</h1><p>The Widget Standards Union (WSU) develops widget "
                       "standards. It was founded in 1990 by the Gadget Agency and the Sprocket Council.</p>"
                       "<h2>Our Members</h2><ul><li>Alpha Institute</li><li>Beta Laboratory</li></ul>"
                       "<footer><p>Privacy Policy | Terms of Use | Follow us</p></footer></body></html>";
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_extract_document(&g, "about.html", html, strlen(html), OG_FORMAT_HTML, NULL, &err), &err);
    assert_edge(g, "Alpha Institute", OG_MEMBER_OF, "Widget Standards Union");
    assert_edge(g, "Beta Laboratory", OG_MEMBER_OF, "Widget Standards Union");
    assert_edge(g, "Gadget Agency", OG_PARTNER_IN, "Widget Standards Union");
    assert_false(has_node(g, "Privacy Policy"));
    assert_false(has_node(g, "Home"));
    assert_false(has_node(g, "Contact Us"));
    og_graph_free(g);
}

/* Leadership as a <dl>, members as a <table>: persons with roles and member_of edges. */
static void test_html_cards_and_member_table(void **state) {
    (void)state;
    const char *html = "<html><body><h1>About the Widget Standards Union</h1><p>The Widget Standards Union (WSU) "
                       "develops widget standards. Its headquarters are in Lisbon.</p>"
                       "<h2>Governance</h2><dl><dt>Maria Okonkwo</dt><dd>Executive Director</dd>"
                       "<dt>Tomas Lindqvist</dt><dd>Chief Technology Officer</dd></dl>"
                       "<h2>Members</h2><table><tr><th>Tier</th><th>Members</th></tr>"
                       "<tr><td>Gold</td><td>Alpha Institute, Beta Laboratory</td></tr></table></body></html>";
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_extract_document(&g, "about.html", html, strlen(html), OG_FORMAT_HTML, NULL, &err), &err);
    assert_int_equal(og_graph_node_type(g, node(g, "Maria Okonkwo")), OG_PERSON);
    assert_edge(g, "Maria Okonkwo", OG_LAUNCHES, "Widget Standards Union");
    assert_edge(g, "Tomas Lindqvist", OG_MEMBER_OF, "Widget Standards Union");
    assert_edge(g, "Alpha Institute", OG_MEMBER_OF, "Widget Standards Union");
    assert_edge(g, "Beta Laboratory", OG_MEMBER_OF, "Widget Standards Union");
    assert_edge(g, "Widget Standards Union", OG_LOCATED_IN, "Lisbon");
    assert_false(has_node(g, "Tier"));
    assert_false(has_node(g, "Gold"));
    assert_false(has_node(g, "Chief Technology Officer"));
    og_graph_free(g);
}

/* Relative clauses, "partner of", class-noun references, committee codes, "<body> standards include". */
static void test_relation_round2(void **state) {
    (void)state;
    og_graph *g = extract("Widget Council\n\n"
                          "The Widget Council (WC) is an international body. It is one of the founding partners of "
                          "the Gadget Partnership Project. In 2019, the organisation adopted the Sprocket Charter. "
                          "\n\n"
                          "The council is the home of the Lever Engineering Task Force (LETF), which develops ISO 30030. "
                          "It was developed by WC TC 12 together with partners.\n\n"
                          "Professor Ana Ruiz, Associate Professor and Senior Research Fellow\n");
    assert_edge(g, "Widget Council", OG_PARTNER_IN, "Gadget Partnership Project");
    assert_edge(g, "Widget Council", OG_ADOPTS, "Sprocket Charter");
    assert_edge(g, "Lever Engineering Task Force", OG_DEVELOPS, "ISO 30030");
    assert_int_equal(og_graph_node_type(g, node(g, "WC TC 12")), OG_ORGANISATION);
    assert_edge(g, "WC TC 12", OG_PART_OF, "Widget Council");
    assert_false(has_node(g, "Senior Research Fellow"));
    og_graph_free(g);
    g = extract("The grid idea was proposed in 1999 by Ana Lopez and Ben Carter. The Gear Makers Association is a founding member of "
                "the Charter of Gears. Well-known GMA members meet yearly.\n");
    assert_int_equal(og_graph_node_type(g, node(g, "Ana Lopez")), OG_PERSON);
    assert_int_equal(og_graph_node_type(g, node(g, "Ben Carter")), OG_PERSON);
    assert_edge(g, "Gear Makers Association", OG_MEMBER_OF, "Charter of Gears");
    assert_int_equal(og_graph_node_type(g, node(g, "Charter of Gears")), OG_ORGANISATION);
    assert_false(has_node(g, "Well-known GMA"));
    og_graph_free(g);
    g = extract("The Gadget Makers Association (GMA) is an industry body. Well-known GMA standards include ISO 26200 "
                "and ISO 40400.\n");
    assert_edge(g, "Gadget Makers Association", OG_DEVELOPS, "ISO 26200");
    assert_edge(g, "Gadget Makers Association", OG_DEVELOPS, "ISO 40400");
    og_graph_free(g);
}

static void test_empty_input(void **state) {
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    assert_int_equal(og_extract_document(&g, "e.txt", "", 0, OG_FORMAT_TEXT, NULL, &err), OG_EINPUT);
    assert_null(g);
    assert_int_equal(og_extract_document(NULL, "e.txt", "x", 1, OG_FORMAT_TEXT, NULL, &err), OG_EINVAL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_acronym_definition), cmocka_unit_test(test_acronym_fit),
        cmocka_unit_test(test_profile),
        cmocka_unit_test(test_partnership_names),  cmocka_unit_test(test_subunits_and_possessives),
        cmocka_unit_test(test_voice_and_lists),    cmocka_unit_test(test_joint_launch),
        cmocka_unit_test(test_hedging),            cmocka_unit_test(test_persons),
        cmocka_unit_test(test_patterns),           cmocka_unit_test(test_no_junk),
        cmocka_unit_test(test_lexicon_wins),       cmocka_unit_test(test_hostile_sizes),
        cmocka_unit_test(test_infobox_and_about_page), cmocka_unit_test(test_pronoun_subjects),
        cmocka_unit_test(test_html_about_page),    cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_html_cards_and_member_table), cmocka_unit_test(test_relation_round2),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
