/*
 * fuzz_text.c - libFuzzer target for the plain-text front end.
 *
 * First byte picks options: bit 0 AUTO format with an extensionless name
 * (else TEXT as "fuzz.txt"); bit 1 also runs og_extract_document; bit 2
 * gives it the default lexicon; bit 3 keeps hedged relations. The rest is
 * the document. Checks the og__doc invariants (ranges, order, anchors) and,
 * for extraction, og_graph_check(); any violation aborts.
 */
#include <stdint.h>
#include <stdlib.h>
#include "../extract/doc.h"
#include "fuzz_doc_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned opt = data[0];
    og_doc_format fmt = (opt & 1) ? OG_FORMAT_AUTO : OG_FORMAT_TEXT;
    const char *name = (opt & 1) ? "fuzz" : "fuzz.txt";
    og_fuzz_run_doc(name, (const char *)data + 1, size - 1, fmt, opt >> 1);
    return 0;
}
