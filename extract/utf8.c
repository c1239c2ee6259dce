/*
 * utf8.c - UTF-8 validation and repair for input documents.
 *
 * Does: binary sniffing; BOM stripping; CRLF/CR -> LF; invalid bytes and NUL
 * -> U+FFFD, one per byte, each reported (up to OG__MAX_UTF8_WARNINGS, then
 * one summary) with byte offset and line:column; other C0 controls -> space.
 * Because each source character becomes exactly one output character, the
 * output keeps every character's line and column: no anchors are needed.
 * Also small code-point helpers (decode, letter/upper/lower classes).
 * Does not: transcode other encodings, normalise Unicode, or segment.
 */
#include <string.h>
#include <utf8proc.h>
#include "frontend.h"

size_t og__utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3; v = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4; v = c & 0x07; min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < need) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return need;
}

int og__is_word_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '_';
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

int og__is_upper_cp(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    int c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int og__is_lower_cp(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

int og__looks_binary(const char *data, size_t len)
{
    size_t n = len < 8192 ? len : 8192, ctl = 0;
    const unsigned char *s = (const unsigned char *)data;
    if (memchr(data, 0, n))
        return 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 0x20 && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && s[i] != '\f')
            ctl++;
    /* Text has almost no control bytes; 10% is far beyond any real document. */
    return n > 0 && ctl * 10 > n;
}

/* Reports one repaired byte. */
static void warn_byte(const char *name, og_warn_fn warn, void *payload, unsigned char byte, size_t off,
                      unsigned line, unsigned col)
{
    og_error w;
    memset(&w, 0, sizeof w);
    if (byte == 0)
        og_error_set(&w, OG_EINPUT, name, line, col, "NUL byte at offset %zu replaced by U+FFFD", off);
    else
        og_error_set(&w, OG_EINPUT, name, line, col, "invalid UTF-8 byte 0x%02x at offset %zu replaced by U+FFFD",
                     byte, off);
    w.offset = off;
    warn(&w, payload);
}

int og__utf8_repair(char **out, size_t *out_len, const char *data, size_t len, const char *name,
                    og_warn_fn warn, void *payload, og_error *err)
{
    const unsigned char *s = (const unsigned char *)data;
    size_t i = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    /* Worst case every byte becomes a 3-byte U+FFFD. */
    size_t cap = (len - i) + 1;
    char *buf = og_malloc(cap);
    if (!buf)
        return og_error_set(err, OG_ENOMEM, name, 0, 0, "out of memory decoding %zu bytes", len);
    size_t o = 0, n_bad = 0;
    unsigned line = 1, col = 1;
    size_t first_bad_off = 0;
    while (i < len) {
        /* Fast path: plain printable ASCII. */
        size_t j = i;
        while (j < len && s[j] >= 0x20 && s[j] < 0x7F)
            j++;
        if (j > i) {
            if (o + (j - i) + 1 > cap)
                goto grow_fail; /* cannot happen: output never outgrows input here */
            memcpy(buf + o, s + i, j - i);
            o += j - i;
            col += (unsigned)(j - i);
            i = j;
            if (i >= len)
                break;
        }
        unsigned char c = s[i];
        if (c == '\n') {
            buf[o++] = '\n';
            line++, col = 1, i++;
            continue;
        }
        if (c == '\r') {
            buf[o++] = '\n';
            line++, col = 1;
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '\t') {
            buf[o++] = '\t';
            col++, i++;
            continue;
        }
        if (c < 0x80 && c != 0) { /* other controls and DEL */
            buf[o++] = ' ';
            col++, i++;
            continue;
        }
        uint32_t cp;
        size_t k = c ? og__utf8_decode(s + i, len - i, &cp) : 1;
        if (c == 0 || (k == 1 && c >= 0x80)) {
            /* U+FFFD is 3 bytes for 1 input byte: make room. */
            if (o + 3 + (len - i) > cap) {
                size_t ncap = cap + cap / 2 + 16;
                if (ncap < o + 3 + (len - i) + 1)
                    ncap = o + 3 + (len - i) + 1;
                char *nb = og_realloc(buf, ncap);
                if (!nb)
                    goto grow_fail;
                buf = nb, cap = ncap;
            }
            if (n_bad == 0)
                first_bad_off = i;
            if (warn && n_bad < OG__MAX_UTF8_WARNINGS)
                warn_byte(name, warn, payload, c, i, line, col);
            n_bad++;
            memcpy(buf + o, "\xEF\xBF\xBD", 3);
            o += 3, col++, i++;
            continue;
        }
        memcpy(buf + o, s + i, k);
        o += k, col++, i += k;
    }
    if (warn && n_bad > OG__MAX_UTF8_WARNINGS) {
        og_error w;
        memset(&w, 0, sizeof w);
        og_error_set(&w, OG_EINPUT, name, 0, 0,
                     "%zu invalid UTF-8 bytes in total replaced by U+FFFD (first at offset %zu)", n_bad,
                     first_bad_off);
        w.offset = first_bad_off;
        warn(&w, payload);
    }
    buf[o] = '\0';
    *out = buf;
    *out_len = o;
    return 0;
grow_fail:
    og_free(buf);
    return og_error_set(err, OG_ENOMEM, name, 0, 0, "out of memory decoding %zu bytes", len);
}
