/* test_extract_seeds.c - the recognisers' must-haves on the shared seed corpus:
 * each named entity is exactly one node of the right type after the reduce,
 * and each named relation is an edge. Skipped when the seeds are absent. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include "og_test.h"

static og_graph *seeds;

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    *len = b ? fread(b, 1, (size_t)n, f) : 0;
    fclose(f);
    return b;
}

static char *dupstr(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int setup(void **state) {
    (void)state;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/seeds", OG_SHARED_DIR);
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256)
        if (e->d_name[0] != '.')
            names[n++] = dupstr(e->d_name);
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    og_error err = {0};
    og_lexicon *lex = NULL;
    if (og_lexicon_new_default(&lex, &err) != 0)
        return -1;
    og_extract_options o = OG_EXTRACT_OPTIONS_INIT;
    o.lexicon = lex;
    og_graph *parts[256];
    size_t np = 0;
    for (size_t i = 0; i < n; i++) {
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t len;
        char *data = slurp(path, &len);
        if (data && og_extract_document(&parts[np], names[i], data, len, OG_FORMAT_AUTO, &o, &err) == 0)
            np++;
        free(data);
        free(names[i]);
    }
    int rc = og_reduce(&seeds, (const og_graph *const *)parts, np, NULL, &err);
    for (size_t i = 0; i < np; i++)
        og_graph_free(parts[i]);
    og_lexicon_free(lex);
    return rc;
}

static int teardown(void **state) {
    (void)state;
    og_graph_free(seeds);
    return 0;
}

/* Exactly one node answers to `name` (label or alias), of type `t`. */
static og_node_id one(const char *name, og_node_type t) {
    og_node_id found = 0;
    size_t hits = 0;
    for (size_t i = 0; i < og_graph_node_count(seeds); i++) {
        int match = strcmp(og_graph_node_label(seeds, (og_node_id)i), name) == 0;
        for (size_t a = 0; !match && a < og_graph_node_alias_count(seeds, (og_node_id)i); a++)
            match = strcmp(og_graph_node_alias(seeds, (og_node_id)i, a), name) == 0;
        if (match) {
            found = (og_node_id)i;
            hits++;
        }
    }
    if (hits != 1)
        fail_msg("'%s': %zu nodes", name, hits);
    if (og_graph_node_type(seeds, found) != t)
        fail_msg("'%s' is a %s, expected %s", name, og_node_type_name(og_graph_node_type(seeds, found)),
                 og_node_type_name(t));
    return found;
}

static void must_edge(const char *s, og_predicate p, const char *o) {
    og_node_id a, b;
    if (og_graph_find(seeds, s, &a) != 0 || og_graph_find(seeds, o, &b) != 0)
        fail_msg("edge %s -%s-> %s: a node is missing", s, og_predicate_name(p), o);
    for (size_t e = 0; e < og_graph_edge_count(seeds); e++)
        if (og_graph_edge_predicate(seeds, (og_edge_id)e) == p &&
            ((og_graph_edge_subject(seeds, (og_edge_id)e) == a && og_graph_edge_object(seeds, (og_edge_id)e) == b) ||
             (p == OG_COLLABORATES_WITH && og_graph_edge_subject(seeds, (og_edge_id)e) == b &&
              og_graph_edge_object(seeds, (og_edge_id)e) == a)))
            return;
    fail_msg("missing edge %s -%s-> %s", s, og_predicate_name(p), o);
}

static void test_nodes(void **state) {
    (void)state;
    if (!seeds)
        skip();
    one("ITU", OG_ORGANISATION);
    one("UNICEF", OG_ORGANISATION);
    one("Giga", OG_PARTNERSHIP);
    one("ISO", OG_ORGANISATION);
    one("IEC", OG_ORGANISATION);
    one("ISO/IEC JTC 1", OG_PARTNERSHIP);
    one("SC 42", OG_ORGANISATION);
    one("ISO/IEC 42001", OG_STANDARD);
    one("ISO/IEC 27001", OG_STANDARD);
    one("IEC 62443", OG_STANDARD);
    one("UN/CEFACT", OG_ORGANISATION);
    one("ebXML", OG_STANDARD);
    one("CERN openlab", OG_INITIATIVE);
    one("I-DAIR", OG_INITIATIVE);
    one("UNIGE", OG_ORGANISATION);
    one("Tunis Agenda", OG_AGREEMENT);
}

static void test_edges(void **state) {
    (void)state;
    if (!seeds)
        skip();
    must_edge("UNICEF", OG_PARTNER_IN, "Giga");
    must_edge("ITU", OG_PARTNER_IN, "Giga");
    must_edge("ISO", OG_PARTNER_IN, "ISO/IEC JTC 1");
    must_edge("IEC", OG_PARTNER_IN, "ISO/IEC JTC 1");
    must_edge("ITU-T", OG_PART_OF, "ITU");
    must_edge("UN/CEFACT", OG_PART_OF, "UNECE");
    must_edge("UNECE", OG_COLLABORATES_WITH, "OASIS");
    must_edge("Geneva Graduate Institute", OG_HOSTS, "I-DAIR");
    must_edge("GESDA", OG_SUPPORTS, "I-DAIR");
    must_edge("Amazon", OG_SUPPORTS, "Anthropic");
    must_edge("ITU", OG_LOCATED_IN, "Geneva");
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_nodes), cmocka_unit_test(test_edges)};
    return cmocka_run_group_tests(tests, setup, teardown);
}
