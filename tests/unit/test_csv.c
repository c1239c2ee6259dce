/*
 * test_csv.c - unit tests of the CSV pair exporter: neo4j-admin headers,
 * RFC 4180 records (parsed back here field by field), arrays joined with
 * ';', and the pair's atomicity: an allocation failing at every possible
 * point leaves neither file (and no temp file), and old files stay as they
 * were; a folder in the way is refused before anything is written.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "og_test.h"
#include "../rdf/fixtures.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    assert_non_null(s);
    assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
    s[n] = '\0';
    fclose(f);
    return s;
}

static void spit(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* RFC 4180 reader: the number of fields of each record into counts[]; returns records. */
static size_t records(const char *s, size_t *counts, size_t max)
{
    size_t nrec = 0, fields = 1;
    int quoted = 0, at_start = 1;
    for (const char *p = s; *p; p++) {
        if (quoted) {
            if (*p == '"' && p[1] == '"')
                p++;
            else if (*p == '"')
                quoted = 0;
            continue;
        }
        if (*p == '"') {
            if (!at_start)
                fail_msg("quote inside an unquoted field at offset %ld", (long)(p - s));
            quoted = 1;
            at_start = 0;
        } else if (*p == ',') {
            fields++;
            at_start = 1;
        } else if (*p == '\n') {
            assert_true(nrec < max);
            counts[nrec++] = fields;
            fields = 1;
            at_start = 1;
        } else {
            at_start = 0;
        }
    }
    assert_false(quoted);
    return nrec;
}

static char *tmpdir(void)
{
    char tmpl[] = "/tmp/og_test_csv.XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    char *copy = malloc(strlen(d) + 1);
    strcpy(copy, d);
    return copy;
}

static char *path_in(const char *dir, const char *name)
{
    char *p = malloc(strlen(dir) + strlen(name) + 2);
    sprintf(p, "%s/%s", dir, name);
    return p;
}

static size_t dir_entries(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

static void rm_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    for (struct dirent *e; (e = readdir(d));) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char *p = path_in(dir, e->d_name);
        struct stat st;
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
            rm_dir(p);
        else
            unlink(p);
        free(p);
    }
    closedir(d);
    rmdir(dir);
}

static void test_giga(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    char *dir = tmpdir();
    char *sub = path_in(dir, "out"); /* created by the exporter */
    og_test_ok(og_export_csv_dir(g, NULL, sub, &err), &err);
    char *np = path_in(sub, "nodes.csv"), *rp = path_in(sub, "relationships.csv");
    char *nodes = slurp(np), *rels = slurp(rp);
    assert_non_null(nodes);
    assert_non_null(rels);
    assert_int_equal(dir_entries(sub), 2);
    const char *nh = "id:ID,name,:LABEL,acronym,aliases:string[],established,address,website,stakeholder_group,"
                     "sources:string[],source_count:long,mentions:long\n";
    const char *rh = ":START_ID,:END_ID,:TYPE,confidence:double,evidence_count:int,sentence,hedged:boolean,"
                     "sources:string[],evidence\n";
    assert_int_equal(strncmp(nodes, nh, strlen(nh)), 0);
    assert_int_equal(strncmp(rels, rh, strlen(rh)), 0);
    size_t counts[64];
    size_t nn = records(nodes, counts, 64);
    assert_int_equal(nn, og_graph_node_count(g) + 1);
    for (size_t i = 0; i < nn; i++)
        assert_int_equal(counts[i], 12);
    size_t nr = records(rels, counts, 64);
    assert_int_equal(nr, og_graph_edge_count(g) + 1);
    for (size_t i = 0; i < nr; i++)
        assert_int_equal(counts[i], 9);

    og_node_id itu, unicef, giga;
    assert_int_equal(og_graph_find(g, "ITU", &itu), 0);
    assert_int_equal(og_graph_find(g, "UNICEF", &unicef), 0);
    assert_int_equal(og_graph_find(g, "Giga", &giga), 0);
    char want[512];
    snprintf(want, sizeof want, "\n%s,International Telecommunication Union,Organisation,ITU,ITU;UIT,1865,"
             "\"Place des Nations, 1211 Geneva 20, Switzerland\",www.itu.int,Intergovernmental organisation,"
             "news/digest.txt;profiles/itu.txt,2,", og_graph_node_id(g, itu));
    assert_non_null(strstr(nodes, want));
    snprintf(want, sizeof want, "\n%s,%s,partner_in,", og_graph_node_id(g, unicef), og_graph_node_id(g, giga));
    const char *row = strstr(rels, want);
    assert_non_null(row);
    assert_non_null(strstr(row, ",2,Giga is run jointly by UNICEF and ITU to connect every school.,false,"));

    /* a second export replaces both files */
    og_test_ok(og_export_csv_dir(g, NULL, sub, &err), &err);
    assert_int_equal(dir_entries(sub), 2);
    free(nodes);
    free(rels);
    free(np);
    free(rp);
    rm_dir(dir);
    free(sub);
    free(dir);
    og_graph_free(g);
}

static void test_escape_records(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_escape(&g, &err), &err);
    char *dir = tmpdir();
    og_test_ok(og_export_csv_dir(g, NULL, dir, &err), &err);
    char *np = path_in(dir, "nodes.csv"), *rp = path_in(dir, "relationships.csv");
    char *nodes = slurp(np), *rels = slurp(rp);
    size_t counts[16];
    size_t nn = records(nodes, counts, 16); /* quoted newlines and quotes parse back */
    assert_int_equal(nn, 4);
    for (size_t i = 0; i < nn; i++)
        assert_int_equal(counts[i], 16); /* 12 + rank, score, not_a_number, verified */
    assert_non_null(strstr(nodes, ",rank:long,score:double,not_a_number:double,verified:boolean\n"));
    assert_non_null(strstr(nodes, "\"org:weird id/\xC3\xA4#%?<>\"\"{}|^`\\.\""));
    assert_null(strstr(nodes, "\xFF"));
    size_t nr = records(rels, counts, 16);
    assert_int_equal(nr, 3);
    for (size_t i = 0; i < nr; i++)
        assert_int_equal(counts[i], 10); /* 9 + weight */
    free(nodes);
    free(rels);
    free(np);
    free(rp);
    rm_dir(dir);
    free(dir);
    og_graph_free(g);
}


static void test_pair_is_atomic(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_escape(&g, &err), &err);
    char *dir = tmpdir();
    char *np = path_in(dir, "nodes.csv"), *rp = path_in(dir, "relationships.csv");
    spit(np, "old nodes\n");
    spit(rp, "old rels\n");
    og_set_allocator(&og_test_chaos);
    int succeeded = 0;
    long failures = 0;
    for (long k = 0; k < 2000 && !succeeded; k++) {
        og_error e2 = {0};
        og_test_chaos_left = k;
        int rc = og_export_csv_dir(g, NULL, dir, &e2);
        og_test_chaos_left = -1;
        if (rc == 0) {
            succeeded = 1;
            break;
        }
        failures++;
        if (rc != OG_ENOMEM && rc != OG_EIO)
            fail_msg("allocation %ld failing gave %d (%s)", k, rc, e2.message);
        /* neither file changed, no temp file left */
        char *n = slurp(np), *r = slurp(rp);
        assert_string_equal(n, "old nodes\n");
        assert_string_equal(r, "old rels\n");
        free(n);
        free(r);
        if (dir_entries(dir) != 2)
            fail_msg("allocation %ld failing left %lu files", k, (unsigned long)dir_entries(dir));
    }
    og_set_allocator(NULL);
    assert_true(succeeded);
    assert_true(failures > 3);
    assert_int_equal(dir_entries(dir), 2);
    char *n = slurp(np);
    assert_int_equal(strncmp(n, "id:ID,", 6), 0);
    free(n);
    free(np);
    free(rp);
    rm_dir(dir);
    free(dir);
    og_graph_free(g);
}

static void test_refusals(void **state)
{
    (void)state;
    og_error err = {0};
    og_graph *g = NULL;
    og_test_ok(og_fixture_giga(&g, &err), &err);
    char *dir = tmpdir();
    char *np = path_in(dir, "nodes.csv"), *rp = path_in(dir, "relationships.csv");
    /* relationships.csv is a folder: refused before nodes.csv is touched */
    spit(np, "old nodes\n");
    assert_int_equal(mkdir(rp, 0777), 0);
    og_error e2 = {0};
    assert_int_equal(og_export_csv_dir(g, NULL, dir, &e2), OG_EIO);
    assert_non_null(strstr(e2.message, "folder"));
    char *n = slurp(np);
    assert_string_equal(n, "old nodes\n");
    free(n);
    assert_int_equal(dir_entries(dir), 2);
    /* the output folder is a file */
    og_error e3 = {0};
    assert_int_equal(og_export_csv_dir(g, NULL, np, &e3), OG_EIO);
    og_error e4 = {0};
    assert_int_equal(og_export_csv_dir(g, NULL, "", &e4), OG_EINVAL);
    free(np);
    free(rp);
    rm_dir(dir);
    free(dir);
    og_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_giga),
        cmocka_unit_test(test_escape_records),
        cmocka_unit_test(test_pair_is_atomic),
        cmocka_unit_test(test_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
