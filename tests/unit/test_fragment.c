/* test_fragment.c - NDJSON fragments (exporters/fragment*.c): write -> read ->
 * write is byte-identical; reduce(read(write(f))) == reduce(f); a merged
 * fragment merges again (associativity through the file format); extraction
 * of real documents survives the trip; errors name line and column; limits
 * (line length), blank lines, CRLF and chunk boundaries in files. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "og_test.h"

/* ---- helpers ---- */

static char *to_fragment(const og_graph *g)
{
    og_error err = {0};
    og_sink *s = og_sink_memory();
    assert_non_null(s);
    og_test_ok(og_export_fragment(g, NULL, s, &err), &err);
    size_t len;
    const char *d = og_sink_memory_data(s, &len);
    char *copy = malloc(len + 1);
    memcpy(copy, d, len + 1);
    og_sink_free(s);
    return copy;
}

static char *dump(const og_graph *g)
{
    og_error err = {0};
    og_sink *s = og_sink_memory();
    og_test_ok(og_graph_dump(g, s, &err), &err);
    og_test_ok(og_export_graphml(g, NULL, s, &err), &err);
    size_t len;
    const char *d = og_sink_memory_data(s, &len);
    char *copy = malloc(len + 1);
    memcpy(copy, d, len + 1);
    og_sink_free(s);
    return copy;
}

static og_graph *from_fragment(const char *line)
{
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_read_fragment_line(&g, "mem", 1, line, strlen(line), &err), &err);
    return g;
}

static char *reduce_dump(og_graph **parts, size_t n)
{
    og_error err = {0};
    og_graph *r = NULL;
    og_test_ok(og_reduce(&r, (const og_graph *const *)parts, n, NULL, &err), &err);
    char *d = dump(r);
    og_graph_free(r);
    return d;
}

/* A fragment that uses every field: votes of two classes, a fixed type,
 * lexicon id, id, attributes of every kind, many sources, edges with and
 * without evidence, hedged, edge attributes, and awkward strings. */
static og_graph *rich_fragment(void)
{
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id itu, giga, gen, std, x;
    og_graph_set_max_evidence(g, 3);
    og_test_ok(og_graph_add_node(g, OG_ORGANISATION, "International Telecommunication Union", 3, &itu, &err), &err);
    og_test_ok(og_graph_node_add_alias(g, itu, "ITU", &err), &err);
    og_test_ok(og_graph_node_add_alias(g, itu, "UIT", &err), &err);
    og_test_ok(og_graph_node_set_lexicon_id(g, itu, "itu", &err), &err);
    og_test_ok(og_graph_node_fix_type(g, itu, OG_ORGANISATION, &err), &err);
    og_test_ok(og_graph_node_set_attr_str(g, itu, OG_ATTR_ESTABLISHED, "1865", &err), &err);
    og_value vi = {OG_VAL_INT, {.i = -42}}, vd = {OG_VAL_DOUBLE, {.d = 0.1}}, vb = {OG_VAL_BOOL, {.b = 1}};
    og_test_ok(og_graph_node_set_attr(g, itu, "members", &vi, &err), &err);
    og_test_ok(og_graph_node_set_attr(g, itu, "score", &vd, &err), &err);
    og_test_ok(og_graph_node_set_attr(g, itu, "un_agency", &vb, &err), &err);
    for (int i = 0; i < 6; i++) {
        char doc[32];
        snprintf(doc, sizeof doc, "docs/d%d.txt", 5 - i);
        og_test_ok(og_graph_node_add_source(g, itu, doc, &err), &err);
    }
    og_test_ok(og_graph_add_node(g, OG_INITIATIVE, "Giga", 2, &giga, &err), &err);
    og_test_ok(og_graph_add_node(g, OG_PARTNERSHIP, "Giga", 1, &giga, &err), &err);
    og_test_ok(og_graph_add_node(g, OG_PLACE, "Gen\xC3\xA8ve \"quoted\" \\ \t tab", 1, &gen, &err), &err);
    og_test_ok(og_graph_add_node(g, OG_STANDARD, "ITU-T Y.3172", 1, &std, &err), &err);
    og_test_ok(og_graph_node_set_id(g, std, "standard:itu-t-y-3172", &err), &err);
    og_test_ok(og_graph_add_node(g, OG_PERSON, "Ada \xE2\x80\x9CX\xE2\x80\x9D Lovelace", 1, &x, &err), &err);
    og_evidence ev = {"docs/d1.txt", 3, 7, "ITU and UNICEF launched Giga.", 0.8};
    og_edge_id e;
    og_test_ok(og_graph_add_edge(g, itu, OG_PARTNER_IN, giga, &ev, &e, &err), &err);
    for (unsigned k = 0; k < 5; k++) {
        og_evidence more = {"docs/d2.txt", 10 + k, 1, "Giga is run by the ITU.", 0.55};
        og_test_ok(og_graph_add_edge(g, itu, OG_PARTNER_IN, giga, &more, &e, &err), &err);
    }
    og_test_ok(og_graph_edge_set_attr(g, e, "weight", &vd, &err), &err);
    og_test_ok(og_graph_add_edge(g, itu, OG_LOCATED_IN, gen, NULL, &e, &err), &err);
    og_evidence hedge = {"docs/d3.txt", 1, 1, "ITU may develop it.", 0.2};
    og_test_ok(og_graph_add_edge(g, itu, OG_DEVELOPS, std, &hedge, &e, &err), &err);
    og_graph_edge_set_hedged(g, e, 1);
    og_evidence c = {"docs/d4.txt", 2, 2, "Ada works with ITU.", 0.5};
    og_test_ok(og_graph_add_edge(g, x, OG_COLLABORATES_WITH, itu, &c, NULL, &err), &err);
    og_test_ok(og_graph_declare_key(g, 1, "unused_edge_key", OG_VAL_STRING, &err), &err);
    return g;
}

/* A one-document fragment from the real extractor. */
static og_graph *extract(const char *name, const char *text, const og_lexicon *lex)
{
    og_error err = {0};
    og_extract_options o = OG_EXTRACT_OPTIONS_INIT;
    o.lexicon = lex;
    og_graph *g = NULL;
    og_test_ok(og_extract_document(&g, name, text, strlen(text), OG_FORMAT_TEXT, &o, &err), &err);
    return g;
}

static const char *const docs[] = {
    "The International Telecommunication Union (ITU) is based in Geneva, Switzerland.\n"
    "ITU and UNICEF launched Giga in 2019. ITU-T is part of the ITU.\n",
    "Giga is a partnership of UNICEF and the ITU. UNICEF supports Giga.\n"
    "The World Health Organization (WHO) collaborates with ITU on AI for health.\n",
    "ISO and IEC formed ISO/IEC JTC 1. ISO/IEC JTC 1/SC 42 develops ISO/IEC 42001.\n"
    "The ITU may join the initiative. CERN is located in Geneva.\n",
};

/* ---- tests ---- */

static void test_round_trip_bytes(void **state)
{
    (void)state;
    og_graph *g = rich_fragment();
    char *a = to_fragment(g);
    assert_non_null(strchr(a, '\n'));
    assert_int_equal(strchr(a, '\n') - a, (long)strlen(a) - 1); /* exactly one line */
    assert_non_null(strstr(a, "\"orgraph_fragment\":1}"));
    assert_non_null(strstr(a, "\"votes\":{\"Initiative\":2,\"Partnership\":1}"));
    assert_non_null(strstr(a, "\"fixed\":true"));
    assert_non_null(strstr(a, "\"lexicon_id\":\"itu\""));
    assert_non_null(strstr(a, "\"hedged\":true"));
    og_graph *back = from_fragment(a);
    char *b = to_fragment(back);
    assert_string_equal(a, b);
    /* and the dump (names, votes, counts, evidence) is the same graph */
    char *d1 = dump(g), *d2 = dump(back);
    assert_string_equal(d1, d2);
    assert_int_equal(og_graph_node_source_count(back, 0), 6);
    assert_int_equal(og_graph_node_sources_kept(back, 0), 3);
    assert_int_equal(og_graph_node_type_votes(back, 1, OG_INITIATIVE), 2);
    assert_int_equal(og_graph_node_type_votes(back, 1, OG_PARTNERSHIP), 1);
    assert_int_equal(og_graph_node_mentions(back, 0), og_graph_node_mentions(g, 0));
    free(a), free(b), free(d1), free(d2);
    og_graph_free(back);
    og_graph_free(g);
}

static void test_reduce_equal(void **state)
{
    (void)state;
    og_graph *g = rich_fragment();
    char *line = to_fragment(g);
    og_graph *back = from_fragment(line);
    char *r1 = reduce_dump(&g, 1), *r2 = reduce_dump(&back, 1);
    assert_string_equal(r1, r2);
    free(line), free(r1), free(r2);
    og_graph_free(back);
    og_graph_free(g);
}

static void test_extracted_merge_tree(void **state)
{
    (void)state;
    og_error err = {0};
    og_lexicon *lex = NULL;
    og_test_ok(og_lexicon_new_default(&lex, &err), &err);
    og_graph *f[3], *rf[3];
    for (int i = 0; i < 3; i++) {
        char name[16];
        snprintf(name, sizeof name, "doc%d.txt", i);
        f[i] = extract(name, docs[i], lex);
        char *line = to_fragment(f[i]);
        rf[i] = from_fragment(line);
        char *again = to_fragment(rf[i]);
        assert_string_equal(line, again);
        free(line), free(again);
    }
    char *whole = reduce_dump(f, 3), *via_files = reduce_dump(rf, 3);
    assert_string_equal(whole, via_files);
    /* ((0 1) written, read) + 2 == (0 1 2): a merged fragment merges again */
    og_graph *ab = NULL;
    og_test_ok(og_reduce(&ab, (const og_graph *const *)f, 2, NULL, &err), &err);
    char *line = to_fragment(ab);
    og_graph *ab_back = from_fragment(line);
    og_graph *parts[2] = {ab_back, f[2]};
    char *tree = reduce_dump(parts, 2);
    assert_string_equal(whole, tree);
    /* and the other way round: 2 + (0 1) */
    og_graph *parts2[2] = {f[2], ab_back};
    char *tree2 = reduce_dump(parts2, 2);
    assert_string_equal(whole, tree2);
    free(whole), free(via_files), free(line), free(tree), free(tree2);
    og_graph_free(ab), og_graph_free(ab_back);
    for (int i = 0; i < 3; i++)
        og_graph_free(f[i]), og_graph_free(rf[i]);
    og_lexicon_free(lex);
}

typedef struct collect {
    og_graph *g[8];
    unsigned line[8];
    size_t n;
    int stop_at; /* return 7 when n reaches this (0 = never) */
} collect;

static int on_frag(og_graph *frag, unsigned line, void *payload)
{
    collect *c = payload;
    if (c->n == 8) {
        og_graph_free(frag);
        return 99;
    }
    c->g[c->n] = frag;
    c->line[c->n++] = line;
    return c->stop_at && (int)c->n == c->stop_at ? 7 : 0;
}

static void collect_free(collect *c)
{
    for (size_t i = 0; i < c->n; i++)
        og_graph_free(c->g[i]);
    c->n = 0;
}

static void test_stream_memory(void **state)
{
    (void)state;
    og_graph *g = rich_fragment();
    char *line = to_fragment(g);
    size_t l = strlen(line);
    char *text = malloc(3 * l + 16);
    /* blank line, CRLF line, plain line, last line without newline */
    strcpy(text, "\n");
    strncat(text, line, l - 1);
    strcat(text, "\r\n  \n");
    strcat(text, line);
    strncat(text, line, l - 1);
    collect c = {0};
    og_error err = {0};
    og_test_ok(og_read_fragments_memory("m.ndjson", text, strlen(text), 0, on_frag, &c, &err), &err);
    assert_int_equal(c.n, 3);
    assert_int_equal(c.line[0], 2);
    assert_int_equal(c.line[1], 4);
    assert_int_equal(c.line[2], 5);
    char *again = to_fragment(c.g[2]);
    assert_string_equal(again, line);
    free(again);
    collect_free(&c);
    /* the callback's value stops the stream */
    c.stop_at = 1;
    assert_int_equal(og_read_fragments_memory("m.ndjson", text, strlen(text), 0, on_frag, &c, &err), 7);
    assert_int_equal(c.n, 1);
    collect_free(&c);
    /* a line longer than the limit */
    c.stop_at = 0;
    memset(&err, 0, sizeof err);
    assert_int_equal(og_read_fragments_memory("m.ndjson", text, strlen(text), 100, on_frag, &c, &err), OG_EINPUT);
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.message, "longer than 100"));
    collect_free(&c);
    free(text), free(line);
    og_graph_free(g);
}

typedef struct count_ctx {
    size_t n;
    const char *want; /* every fragment must write back as this line */
    int bad;
} count_ctx;

static int on_frag_count(og_graph *frag, unsigned line, void *payload)
{
    count_ctx *c = payload;
    c->n++;
    if (line != c->n)
        c->bad++;
    if (c->n % 97 == 1) { /* spot-check the bytes */
        char *again = to_fragment(frag);
        c->bad += strcmp(again, c->want) != 0;
        free(again);
    }
    og_graph_free(frag);
    return 0;
}

static void test_stream_file(void **state)
{
    (void)state;
    /* enough lines to cross the reader's 64 KiB chunks several times */
    og_graph *g = rich_fragment();
    char *line = to_fragment(g);
    char path[] = "/tmp/og_fragment_test_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    size_t n_lines = 200000 / strlen(line) + 50;
    for (size_t i = 0; i < n_lines; i++)
        fputs(line, f);
    fclose(f);
    count_ctx c = {0, line, 0};
    og_error err = {0};
    og_test_ok(og_read_fragments_file(path, 0, on_frag_count, &c, &err), &err);
    assert_int_equal(c.n, n_lines);
    assert_int_equal(c.bad, 0);
    /* limit: each line is longer than 64 bytes */
    memset(&err, 0, sizeof err);
    c.n = 0;
    assert_int_equal(og_read_fragments_file(path, 64, on_frag_count, &c, &err), OG_EINPUT);
    assert_int_equal(err.line, 1);
    memset(&err, 0, sizeof err);
    assert_int_equal(og_read_fragments_file("/nonexistent/x.ndjson", 0, on_frag_count, &c, &err), OG_EIO);
    unlink(path);
    free(line);
    og_graph_free(g);
}

static void test_errors(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        unsigned line, column;
        const char *says;
    } cases[] = {
        {"{\"orgraph_fragment\":1,\"nodes\":[}\n", 1, 32, "fragment"},
        {"\n\n{\"nodes\":[]}\n", 3, 0, "not an orgraph fragment"},
        {"{\"orgraph_fragment\":2}", 1, 0, "version 2"},
        {"{\"orgraph_fragment\":1,\"nodes\":[{\"label\":\"X\",\"type\":\"Alien\",\"mentions\":1,\"source_count\":0}]}",
         1, 0, "nodes[0].type"},
        {"{\"orgraph_fragment\":1,\"nodes\":[{\"label\":\"\",\"type\":\"Topic\",\"mentions\":1,\"source_count\":0}]}",
         1, 0, "nodes[0].label"},
        {"{\"orgraph_fragment\":1,\"nodes\":[{\"label\":\"A\",\"type\":\"Topic\",\"mentions\":1,\"source_count\":0}],"
         "\"edges\":[{\"s\":0,\"o\":5,\"p\":\"part_of\",\"confidence\":1,\"evidence_count\":0}]}",
         1, 0, "edges[0]: s or o"},
        {"{\"orgraph_fragment\":1,\"nodes\":[{\"label\":\"A\",\"type\":\"Topic\",\"mentions\":1,\"source_count\":0},"
         "{\"label\":\"B\",\"type\":\"Topic\",\"mentions\":1,\"source_count\":0}],"
         "\"edges\":[{\"s\":0,\"o\":1,\"p\":\"likes\",\"confidence\":1,\"evidence_count\":0}]}",
         1, 0, "edges[0].p"},
        {"{\"orgraph_fragment\":1,\"orgraph_fragment\":1}", 1, 0, "duplicate"},
        {"{\"orgraph_fragment\":1,\"nodes\":[{\"label\":\"A\",\"type\":\"Topic\",\"mentions\":-1,\"source_count\":0}]}",
         1, 0, "mentions"},
        {"{\"orgraph_fragment\":1,\"keys\":{\"node\":[[\"k\",\"float\"]]}}", 1, 0, "keys.node[0]"},
        {"{\"orgraph_fragment\":1,\"keys\":{\"node\":[[\"k\",\"int\"]]},\"nodes\":[{\"label\":\"A\",\"type\":\"Topic\","
         "\"mentions\":1,\"source_count\":0,\"attrs\":{\"k\":\"text\"}}]}",
         1, 0, "attrs"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        collect c = {0};
        og_error err = {0};
        int rc = og_read_fragments_memory("bad.ndjson", cases[i].text, strlen(cases[i].text), 0, on_frag, &c, &err);
        if (rc != OG_EINPUT || err.line != cases[i].line || (cases[i].column && err.column != cases[i].column) ||
            !strstr(err.message, cases[i].says) || strcmp(err.file, "bad.ndjson"))
            fail_msg("case %zu: rc %d at %s:%u:%u: %s", i, rc, err.file, err.line, err.column, err.message);
        assert_int_equal(c.n, 0);
    }
}

static void test_bad_utf8(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = og_graph_new();
    og_node_id n;
    og_test_ok(og_graph_add_node(g, OG_ORGANISATION, "Bad \xFF name", 1, &n, &err), &err);
    og_sink *s = og_sink_memory();
    assert_int_equal(og_export_fragment(g, NULL, s, &err), OG_EINPUT);
    assert_non_null(strstr(err.message, "UTF-8"));
    og_sink_free(s);
    og_graph_free(g);
}

static void test_empty_graph(void **state)
{
    (void)state;
    og_graph *g = og_graph_new();
    char *line = to_fragment(g);
    assert_string_equal(line, "{\"edges\":[],\"keys\":{\"edge\":[],\"node\":[]},\"max_evidence\":5,\"nodes\":[],"
                              "\"orgraph_fragment\":1}\n");
    og_graph *back = from_fragment(line);
    assert_int_equal(og_graph_node_count(back), 0);
    free(line);
    og_graph_free(back);
    og_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip_bytes), cmocka_unit_test(test_reduce_equal),
        cmocka_unit_test(test_extracted_merge_tree), cmocka_unit_test(test_stream_memory),
        cmocka_unit_test(test_stream_file), cmocka_unit_test(test_errors),
        cmocka_unit_test(test_bad_utf8), cmocka_unit_test(test_empty_graph),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
