/* test_graph_chaos.c - the chaos allocator: fail the k-th og_malloc/realloc
 * for every k while building, merging, copying, reducing and dumping a
 * graph; every failure must come back as OG_ENOMEM, leave the graph valid
 * (og_graph_check) and leak nothing (live block count back to zero; the
 * ASan build checks the same with its leak detector). */
#include <stdlib.h>
#include <string.h>

#include "og_test.h"

static long chaos_countdown = -1; /* fail when it reaches 0; -1 = never */
static long live_blocks;
static int failed_once;

static int should_fail(void)
{
    if (chaos_countdown < 0)
        return 0;
    if (chaos_countdown-- == 0) {
        failed_once = 1;
        return 1;
    }
    return 0;
}

static void *chaos_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    void *p = malloc(n);
    if (p)
        live_blocks++;
    return p;
}

static void *chaos_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    void *q = realloc(p, n);
    if (q && !p)
        live_blocks++;
    return q;
}

static void chaos_free(void *p)
{
    if (p)
        live_blocks--;
    free(p);
}

static const og_allocator chaos = {chaos_malloc, chaos_realloc, chaos_free};

#define STEP(expr)                                                                               \
    do {                                                                                         \
        rc = (expr);                                                                             \
        if (rc)                                                                                  \
            goto out;                                                                            \
    } while (0)

/* Checks the graph with injection paused (the checker allocates too). */
static void check_valid(const og_graph *g)
{
    if (!g)
        return;
    long saved = chaos_countdown;
    chaos_countdown = -1;
    og_error err = {0};
    og_test_ok(og_graph_check(g, 0, &err), &err);
    chaos_countdown = saved;
}

static int scenario(void)
{
    og_error err = {0};
    int rc = 0;
    og_graph *g = NULL, *h = NULL, *copy = NULL, *red = NULL;
    og_curation *cur = NULL;
    og_sink *sink = NULL;
    og_node_id a, b, c, d;
    og_edge_id e;
    g = og_graph_new();
    h = og_graph_new();
    if (!g || !h) {
        rc = OG_ENOMEM;
        goto out;
    }
    og_graph_set_max_evidence(g, 2);
    STEP(og_graph_add_node(g, OG_ORGANISATION, "International Telecommunication Union", 1, &a, &err));
    STEP(og_graph_node_add_alias(g, a, "ITU", &err));
    STEP(og_graph_add_node(g, OG_ORGANISATION, "UIT", 2, &b, &err));
    STEP(og_graph_add_node(g, OG_PARTNERSHIP, "Giga", 1, &c, &err));
    STEP(og_graph_add_node(g, OG_PLACE, "Gen\xC3\xA8ve", 1, &d, &err));
    STEP(og_graph_node_add_alias(g, d, "Geneva", &err));
    STEP(og_graph_node_set_attr_str(g, a, OG_ATTR_ACRONYM, "ITU", &err));
    STEP(og_graph_node_set_attr_str(g, b, OG_ATTR_WEBSITE, "https://www.itu.int", &err));
    for (int i = 0; i < 4; i++) {
        char doc[16];
        snprintf(doc, sizeof doc, "d%d.txt", 3 - i);
        STEP(og_graph_node_add_source(g, a, doc, &err));
        og_evidence ev = {doc, (unsigned)i + 1, 1, "ITU and UNICEF launched Giga.", 0.5};
        STEP(og_graph_add_edge(g, a, OG_PARTNER_IN, c, &ev, &e, &err));
        STEP(og_graph_add_edge(g, b, OG_PARTNER_IN, c, &ev, &e, &err));
    }
    STEP(og_graph_add_edge(g, b, OG_LOCATED_IN, d, NULL, &e, &err));
    og_value v = {OG_VAL_DOUBLE, {.d = 0.25}};
    STEP(og_graph_edge_set_attr(g, e, "weight", &v, &err));
    STEP(og_graph_node_set_id(g, d, "place:geneva", &err));
    STEP(og_graph_node_set_lexicon_id(g, a, "itu", &err));
    STEP(og_graph_node_set_label(g, d, "Geneva", &err));
    STEP(og_graph_merge_nodes(g, a, b, &err));
    copy = og_graph_copy(g);
    if (!copy) {
        rc = OG_ENOMEM;
        goto out;
    }
    STEP(og_graph_add_node(h, OG_ORGANISATION, "ITU", 1, &a, &err));
    STEP(og_graph_add_node(h, OG_PLACE, "Geneva", 1, &d, &err));
    STEP(og_graph_add_edge(h, a, OG_LOCATED_IN, d, NULL, NULL, &err));
    static const char rules[] = "same UIT | ITU\ndifferent Giga | Geneva\ndrop Nothing\nalias ITU | I.T.U.\n";
    STEP(og_curation_parse(&cur, "c.txt", rules, sizeof rules - 1, &err));
    og_reduce_options opts = OG_REDUCE_OPTIONS_INIT;
    opts.curation = cur;
    const og_graph *parts[3] = {g, h, copy};
    STEP(og_reduce(&red, parts, 3, &opts, &err));
    sink = og_sink_memory();
    if (!sink) {
        rc = OG_ENOMEM;
        goto out;
    }
    STEP(og_graph_dump(red, sink, &err));
out:
    if (rc) {
        assert_int_equal(rc, OG_ENOMEM);
        assert_int_equal(err.code == OG_OK || err.code == OG_ENOMEM, 1);
    }
    check_valid(g);
    check_valid(h);
    check_valid(red);
    og_sink_free(sink);
    og_curation_free(cur);
    og_graph_free(red);
    og_graph_free(copy);
    og_graph_free(h);
    og_graph_free(g);
    return rc;
}

static void test_fail_every_allocation(void **state)
{
    (void)state;
    og_set_allocator(&chaos);
    long k;
    for (k = 0; k < 100000; k++) {
        chaos_countdown = k;
        failed_once = 0;
        live_blocks = 0;
        int rc = scenario();
        chaos_countdown = -1;
        if (live_blocks != 0)
            fail_msg("failing allocation #%ld leaked %ld blocks", k, live_blocks);
        if (!failed_once) {
            assert_int_equal(rc, 0);
            break;
        }
        assert_int_equal(rc, OG_ENOMEM);
    }
    og_set_allocator(NULL);
    print_message("scenario survived %ld injected failures\n", k);
    assert_true(k > 100);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fail_every_allocation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
