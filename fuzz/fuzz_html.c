/*
 * fuzz_html.c - libFuzzer target for the HTML front end (libxml2 parse,
 * iterative walk, anchors, sentences).
 *
 * First byte picks options: bit 0 sniffed (AUTO, extensionless name) instead
 * of forced HTML; bit 1 also runs og_extract_document; bit 2 with the default
 * lexicon; bit 3 keeps hedged relations. The rest is the page.
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
    og_doc_format fmt = (opt & 1) ? OG_FORMAT_AUTO : OG_FORMAT_HTML;
    const char *name = (opt & 1) ? "fuzz" : "fuzz.html";
    og_fuzz_run_doc(name, (const char *)data + 1, size - 1, fmt, opt >> 1);
    return 0;
}
