/*
 * text.c - plain text and Markdown input: UTF-8 repair (utf8.c), then PDF
 * artefact repair and line joining (pdfrepair.c), then segmentation
 * (segment.c). Markdown is read as text: '#' headings and '-'/'*' bullets are
 * recognised by the segmenter; other markup is left in place.
 *
 * Does not: sniff formats or check for binary/empty input (doc.c).
 */
#include "frontend.h"

int og__text_load(og__doc *doc, const char *data, size_t len, og_warn_fn warn, void *payload,
                  og_error *err)
{
    char *clean = NULL;
    size_t clean_len = 0;
    int rc = og__utf8_repair(&clean, &clean_len, data, len, doc->name, warn, payload, err);
    if (rc)
        return rc;
    og__textbuf tb = {0};
    int in_place = og__text_repair_in_place_ok(clean, clean_len);
    if (in_place) {
        tb.text = clean; /* tb takes the buffer; the repair never outgrows it */
        tb.cap = clean_len + 1;
    }
    rc = og__text_repair(&tb, clean, clean_len, err);
    if (!in_place)
        og_free(clean);
    if (rc == 0 && og__tb_finish(&tb, doc))
        rc = OG_ENOMEM;
    og__tb_free(&tb);
    if (rc == OG_ENOMEM)
        return og_error_set(err, OG_ENOMEM, doc->name, 0, 0, "out of memory reading the document");
    if (rc)
        return rc;
    rc = og__segment_blocks(doc, err);
    if (rc == 0)
        rc = og__segment_sentences(doc, err);
    return rc;
}
