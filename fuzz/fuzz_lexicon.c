/*
 * fuzz_lexicon.c - libFuzzer target for lexicon TSV parsing and scanning.
 *
 * First byte picks options: bit 0 starts from a small base lexicon (else
 * empty). The rest is split at the first form feed (0x0C): TSV before, text
 * to scan after (no form feed: the whole rest is both). Checks that errors
 * carry a line, that a failed add leaves the size unchanged, and that hits
 * are in bounds, ordered, non-overlapping and name existing entries.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../extract/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned opt = data[0];
    const char *rest = (const char *)data + 1;
    size_t n = size - 1;
    const char *ff = memchr(rest, '\f', n);
    size_t tsv_len = ff ? (size_t)(ff - rest) : n;
    const char *text = ff ? ff + 1 : rest;
    size_t text_len = ff ? n - tsv_len - 1 : n;

    og_lexicon *lex = NULL;
    og_error err;
    memset(&err, 0, sizeof err);
    if (og_lexicon_new_empty(&lex, &err) != 0)
        return 0;
    if (opt & 1) {
        /* A small base, so that the fuzzed TSV can redefine ids. */
        static const char base[] = "itu\tInternational Telecommunication Union\tOrganisation\tITU|UIT\n"
                                   "who\tWorld Health Organization\tOrganisation\tWHO\n"
                                   "geneva\tGeneva\tPlace\tGen\xC3\xA8ve\n";
        if (og_lexicon_add_tsv(lex, "base.tsv", base, sizeof base - 1, &err) != 0)
            abort();
    }
    size_t before = og_lexicon_size(lex);
    memset(&err, 0, sizeof err);
    int rc = og_lexicon_add_tsv(lex, "fuzz.tsv", rest, tsv_len, &err);
    if (rc != 0) {
        if (rc != OG_EINPUT && rc != OG_ENOMEM)
            abort();
        if (rc == OG_EINPUT && (err.line == 0 || err.message[0] == '\0'))
            abort();
        if (og_lexicon_size(lex) != before)
            abort();
    }
    og__lex_hit *hits = NULL;
    size_t nh = 0;
    memset(&err, 0, sizeof err);
    if (og__lexicon_scan(lex, text, text_len, &hits, &nh, &err) == 0) {
        for (size_t i = 0; i < nh; i++) {
            if (hits[i].start >= hits[i].end || hits[i].end > text_len || hits[i].entry >= og_lexicon_size(lex))
                abort();
            if (i && hits[i].start < hits[i - 1].end)
                abort();
        }
        og_free(hits);
    }
    og_lexicon_free(lex);
    return 0;
}
