/*
 * name.c - normalised name keys for identity (the alias index), type
 * classes, and small UTF-8 helpers.
 *
 * Does: names with a lower-case letter fold case (utf8proc casefold) and go
 * to the 'n' key space; acronym-like names (no lower-case letter: "ITU",
 * "UN/CEFACT", "ISO/IEC JTC 1") keep their case and go to the 'A' space, so
 * "WHO" != "who" and "IT" != "it". In both spaces curly quotes become
 * straight ones, every dash becomes '-', runs of white space one space
 * (trimmed), format characters (soft hyphen, zero-width space) vanish, and
 * a leading "the " is dropped before the space is decided ("the ITU" is ITU).
 * Does not: strip accents, expand acronyms, or drop punctuation such as '.'
 * ("U.N." and "UN" differ; extraction's resolver handles such variants).
 * ASCII bytes take a fast path that gives the same keys without utf8proc.
 */
#include <string.h>
#include <utf8proc.h>

#include "graph_impl.h"

int og__type_class(og_node_type t)
{
    switch (t) {
    case OG_PERSON: return 1;
    case OG_PLACE: return 2;
    case OG_TOPIC: return 3;
    default: return 0;
    }
}

/* Next code point of s[0..len); invalid bytes come back as -1 - byte, one at a time. */
static utf8proc_ssize_t next_cp(const char *s, size_t len, utf8proc_int32_t *cp)
{
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, cp);
    if (n <= 0) {
        *cp = -1 - (utf8proc_int32_t)(unsigned char)s[0];
        return 1;
    }
    return n;
}

size_t og__utf8_length(const char *s)
{
    size_t len = strlen(s), count = 0;
    for (size_t i = 0; i < len; count++) {
        utf8proc_int32_t cp;
        i += (size_t)next_cp(s + i, len - i, &cp);
    }
    return count;
}

int og__has_lower(const char *name)
{
    size_t len = strlen(name);
    for (size_t i = 0; i < len;) {
        unsigned char b = (unsigned char)name[i];
        if (b < 0x80) { /* fast path: ASCII */
            if (b >= 'a' && b <= 'z')
                return 1;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        i += (size_t)next_cp(name + i, len - i, &cp);
        if (cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
            return 1;
    }
    return 0;
}

static int is_space(utf8proc_int32_t cp)
{
    if (cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r' || cp == ' ')
        return 1;
    if (cp < 0x80)
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
           cp == 0x85;
}

/* Maps quotes and dashes; returns the code point to use, or -2 to drop it. */
static utf8proc_int32_t fold_punct(utf8proc_int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return '"';
    case 0x2212: case 0x2010: case 0x2011: case 0xFE63: case 0xFF0D:
        return '-';
    default:
        break;
    }
    if (cp < 0x80)
        return cp;
    utf8proc_category_t c = utf8proc_category(cp);
    if (c == UTF8PROC_CATEGORY_PD)
        return '-';
    if (c == UTF8PROC_CATEGORY_CF)
        return -2;
    return cp;
}

static void put_cp(og__buf *out, utf8proc_int32_t cp)
{
    if (cp < 0) { /* an invalid byte: keep it as is */
        og__buf_putc(out, (char)(unsigned char)(-1 - cp));
        return;
    }
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, tmp);
    og__buf_put(out, tmp, (size_t)n);
}

/* Skips a leading "the" + white space (any case); returns the offset of the rest. */
static size_t skip_article(const char *name, size_t len)
{
    size_t i = 0;
    while (i < len && (name[i] == ' ' || name[i] == '\t' || name[i] == '\n' || name[i] == '\r'))
        i++;
    if (len - i < 5)
        return 0;
    if ((name[i] != 't' && name[i] != 'T') || (name[i + 1] != 'h' && name[i + 1] != 'H') ||
        (name[i + 2] != 'e' && name[i + 2] != 'E'))
        return 0;
    size_t j = i + 3;
    if (name[j] != ' ' && name[j] != '\t' && name[j] != '\n' && name[j] != '\r')
        return 0;
    while (j < len && (name[j] == ' ' || name[j] == '\t' || name[j] == '\n' || name[j] == '\r'))
        j++;
    return j < len ? j : 0;
}

int og__name_key(og__buf *out, const char *name)
{
    og__buf_clear(out);
    size_t len = strlen(name);
    size_t start = skip_article(name, len);
    const char *s = name + start;
    len -= start;
    int fold = og__has_lower(s);
    og__buf_putc(out, fold ? 'n' : 'A');
    int pending_space = 0;
    for (size_t i = 0; i < len;) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) { /* fast path: ASCII needs no utf8proc (casefold is A-Z only, '`' is a quote) */
            i++;
            if (b == ' ' || (b >= '\t' && b <= '\r')) {
                pending_space = out->len > 1;
                continue;
            }
            if (pending_space) {
                og__buf_putc(out, ' ');
                pending_space = 0;
            }
            if (b == '`')
                b = '\'';
            else if (fold && b >= 'A' && b <= 'Z')
                b = (unsigned char)(b - 'A' + 'a');
            og__buf_putc(out, (char)b);
            continue;
        }
        utf8proc_int32_t cp;
        i += (size_t)next_cp(s + i, len - i, &cp);
        if (cp >= 0 && is_space(cp)) {
            pending_space = out->len > 1;
            continue;
        }
        if (cp >= 0)
            cp = fold_punct(cp);
        if (cp == -2)
            continue;
        if (pending_space) {
            og__buf_putc(out, ' ');
            pending_space = 0;
        }
        if (fold && cp >= 0) {
            utf8proc_int32_t folded[8];
            int last = 0;
            utf8proc_ssize_t n = utf8proc_decompose_char(cp, folded, 8, UTF8PROC_CASEFOLD, &last);
            if (n > 0 && n <= 8) {
                for (utf8proc_ssize_t k = 0; k < n; k++)
                    put_cp(out, folded[k]);
                continue;
            }
        }
        put_cp(out, cp);
    }
    return og__buf_failed(out) ? OG_ENOMEM : 0;
}
