/*
 * lexicon.c - the lexicon of known actors: TSV parsing (id, name, type,
 * aliases), the default lexicon embedded in the library (extract/lexicon.tsv
 * compiled in as bytes), entry access, and the one Aho-Corasick automaton
 * over every name and alias (rebuilt after each successful add).
 *
 * Matching rules decided here: a name or alias with no lower-case letter
 * (an acronym: "WHO", "ISO/IEC 27001") matches exactly; any other matches
 * ASCII-case-insensitively ("World Bank", "WORLD BANK", "World bank"),
 * except that a capital initial stays required ("world bank" and "apple" are
 * common words, not names). Names containing an apostrophe
 * also match with the other kind (' vs U+2019).
 * TSV: '#' starts a comment line; blank lines are skipped; fields are
 * separated by one TAB; 3 or 4 fields. A later TSV (another add call) may
 * redefine an id: the entry is replaced in place. Within one TSV a repeated
 * id is an error. Errors name line:column and leave the lexicon unchanged.
 * Does not: scan documents for anything but names (recognisers do the rest).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ahocorasick.h"
#include "frontend.h"
#include "lexicon.h"

extern const unsigned char og__lexicon_tsv[];
extern const size_t og__lexicon_tsv_len;

struct og_lexicon {
    og__lex_entry *entries;
    size_t n, cap;
    og__ac *ac;
};

static void entry_free(og__lex_entry *e)
{
    og_free((char *)e->id);
    og_free((char *)e->name);
    for (size_t i = 0; i < e->n_aliases; i++)
        og_free((char *)e->aliases[i]);
    og_free((void *)e->aliases);
    memset(e, 0, sizeof *e);
}

int og_lexicon_new_empty(og_lexicon **out, og_error *err)
{
    if (!out)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og_lexicon_new_empty: out != NULL failed");
    *out = og_malloc(sizeof **out);
    if (!*out)
        return og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory creating a lexicon");
    memset(*out, 0, sizeof **out);
    return 0;
}

int og_lexicon_new_default(og_lexicon **out, og_error *err)
{
    int rc = og_lexicon_new_empty(out, err);
    if (rc)
        return rc;
    rc = og_lexicon_add_tsv(*out, "lexicon.tsv", (const char *)og__lexicon_tsv, og__lexicon_tsv_len, err);
    if (rc) {
        og_lexicon_free(*out);
        *out = NULL;
    }
    return rc;
}

void og_lexicon_free(og_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->n; i++)
        entry_free(&lex->entries[i]);
    og_free(lex->entries);
    og__ac_free(lex->ac);
    og_free(lex);
}

size_t og_lexicon_size(const og_lexicon *lex) { return lex ? lex->n : 0; }

const og__lex_entry *og__lexicon_entry(const og_lexicon *lex, size_t i)
{
    return lex && i < lex->n ? &lex->entries[i] : NULL;
}

int og__lexicon_scan(const og_lexicon *lex, const char *text, size_t len, og__lex_hit **out, size_t *n,
                     og_error *err)
{
    if (!out || !n)
        return og_error_set(err, OG_EINVAL, NULL, 0, 0, "og__lexicon_scan: out != NULL && n != NULL failed");
    *out = NULL;
    *n = 0;
    if (!lex || !lex->ac)
        return 0;
    return og__ac_scan(lex->ac, text, len, out, n, err);
}

/* ---- parsing ----------------------------------------------------------- */

static const struct {
    const char *name;
    og_node_type type;
} type_names[] = {
    {"organisation", OG_ORGANISATION}, {"organization", OG_ORGANISATION}, {"initiative", OG_INITIATIVE},
    {"standard", OG_STANDARD},         {"partnership", OG_PARTNERSHIP},   {"agreement", OG_AGREEMENT},
    {"event", OG_EVENT},               {"person", OG_PERSON},             {"place", OG_PLACE},
    {"topic", OG_TOPIC},
};

static int parse_type(const char *s, size_t n, og_node_type *out)
{
    for (size_t i = 0; i < sizeof type_names / sizeof *type_names; i++) {
        const char *t = type_names[i].name;
        if (strlen(t) != n)
            continue;
        size_t k = 0;
        while (k < n && (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]) == t[k])
            k++;
        if (k == n) {
            *out = type_names[i].type;
            return 0;
        }
    }
    return OG_ENOTFOUND;
}

/* Column (1-based, in characters) of byte `off` within the line at `ls`. */
static unsigned column_of(const char *text, size_t ls, size_t off)
{
    unsigned col = 1;
    for (size_t i = ls; i < off; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            col++;
    return col;
}

static char *dup_n(const char *s, size_t n)
{
    char *p = og_malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

/* Trims blanks; returns the new length and moves *s. */
static size_t trim(const char **s, size_t n)
{
    while (n && (**s == ' ' || **s == '\r')) {
        ++*s;
        n--;
    }
    while (n && ((*s)[n - 1] == ' ' || (*s)[n - 1] == '\r'))
        n--;
    return n;
}

typedef struct staged {
    og__lex_entry *e;
    size_t n, cap;
    unsigned *lines;
} staged;

static void staged_free(staged *st)
{
    for (size_t i = 0; i < st->n; i++)
        entry_free(&st->e[i]);
    og_free(st->e);
    og_free(st->lines);
}

static int is_acronym(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
    /* Non-ASCII lower-case letters count too ("ÉCOLE" is fine, "École" is not). */
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = og__utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp >= 0x80 && og__is_lower_cp(cp))
            return 0;
        i += k;
    }
    return 1;
}

/* Builds the pattern list and the automaton for the current entries. */
static int rebuild(og_lexicon *lex, og_error *err)
{
    size_t np = 0;
    for (size_t i = 0; i < lex->n; i++)
        np += 1 + lex->entries[i].n_aliases;
    np *= 2; /* room for apostrophe variants */
    og__ac_pattern *pats = og_malloc((np ? np : 1) * sizeof *pats);
    char **variants = og_malloc((np ? np : 1) * sizeof *variants);
    size_t nv = 0, k = 0;
    int rc = 0;
    if (!pats || !variants) {
        rc = og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory building the lexicon");
        goto done;
    }
    for (size_t i = 0; i < lex->n; i++) {
        const og__lex_entry *e = &lex->entries[i];
        for (size_t a = 0; a <= e->n_aliases; a++) {
            const char *s = a == 0 ? e->name : e->aliases[a - 1];
            size_t n = strlen(s);
            int fold = !is_acronym(s, n);
            /* A capital initial stays required ("Apple" is not "apple",
             * "World Bank" not "world bank"): lower-case text is a common
             * noun or phrase, and the scan can skip lower-case words. */
            int cap_first = fold && s[0] >= 'A' && s[0] <= 'Z';
            pats[k++] = (og__ac_pattern){s, n, (uint32_t)i, fold, cap_first};
            /* Apostrophe variant: ' <-> U+2019. */
            const char *straight = memchr(s, '\'', n);
            const char *curly = strstr(s, "\xE2\x80\x99");
            if (straight || curly) {
                /* Every ' becomes U+2019 (3 bytes), or the other way round. */
                size_t vn = n;
                for (size_t j = 0; j < n; j++)
                    if (straight && s[j] == '\'')
                        vn += 2;
                    else if (!straight && j + 2 < n && memcmp(s + j, "\xE2\x80\x99", 3) == 0)
                        vn -= 2, j += 2;
                char *v = og_malloc(vn + 1);
                if (!v) {
                    rc = og_error_set(err, OG_ENOMEM, NULL, 0, 0, "out of memory building the lexicon");
                    goto done;
                }
                size_t o = 0;
                for (size_t j = 0; j < n; j++) {
                    if (straight && s[j] == '\'') {
                        memcpy(v + o, "\xE2\x80\x99", 3);
                        o += 3;
                    } else if (!straight && j + 2 < n && memcmp(s + j, "\xE2\x80\x99", 3) == 0) {
                        v[o++] = '\'';
                        j += 2;
                    } else {
                        v[o++] = s[j];
                    }
                }
                v[o] = 0;
                variants[nv++] = v;
                pats[k++] = (og__ac_pattern){v, o, (uint32_t)i, fold, cap_first};
            }
        }
    }
    og__ac *ac = NULL;
    rc = og__ac_build(&ac, pats, k, err);
    if (rc == 0) {
        og__ac_free(lex->ac);
        lex->ac = ac;
    }
done:
    for (size_t i = 0; i < nv; i++)
        og_free(variants[i]);
    og_free(variants);
    og_free(pats);
    return rc;
}

typedef struct id_ref {
    const char *id;
    size_t idx;
} id_ref;

static int cmp_id(const void *a, const void *b)
{
    const id_ref *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->idx < y->idx ? -1 : (x->idx > y->idx));
}

/* A repeated id within one TSV is an error naming the later line. O(n log n). */
static int check_duplicates(const staged *st, const char *name, og_error *err)
{
    id_ref *r = og_malloc(st->n * sizeof *r);
    if (!r)
        return OG_ENOMEM;
    for (size_t i = 0; i < st->n; i++)
        r[i].id = st->e[i].id, r[i].idx = i;
    qsort(r, st->n, sizeof *r, cmp_id);
    int rc = 0;
    for (size_t i = 1; i < st->n; i++)
        if (!strcmp(r[i - 1].id, r[i].id)) {
            rc = og_error_set(err, OG_EINPUT, name, st->lines[r[i].idx], 1, "duplicate id '%s' (first on line %u)",
                              r[i].id, st->lines[r[i - 1].idx]);
            break;
        }
    og_free(r);
    return rc;
}

int og_lexicon_add_tsv(og_lexicon *lex, const char *name, const char *text, size_t len, og_error *err)
{
    if (!lex || (!text && len))
        return og_error_set(err, OG_EINVAL, name, 0, 0, "og_lexicon_add_tsv: lex != NULL && text != NULL failed");
    staged st = {0};
    unsigned line = 0;
    size_t ls = 0;
    int rc = 0;
    while (ls < len && rc == 0) {
        line++;
        const char *nl = memchr(text + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - text) : len;
        size_t next = le + 1;
        if (le > ls && text[le - 1] == '\r')
            le--;
        /* Validate UTF-8 and reject control bytes other than TAB. */
        for (size_t i = ls; i < le;) {
            uint32_t cp;
            size_t k = og__utf8_decode((const unsigned char *)text + i, le - i, &cp);
            if ((cp == 0xFFFD && k == 1) || (cp < 0x20 && cp != '\t')) {
                rc = og_error_set(err, OG_EINPUT, name, line, column_of(text, ls, i),
                                  cp < 0x20 ? "control character 0x%02x in lexicon" : "invalid UTF-8 byte 0x%02x in lexicon",
                                  (unsigned char)text[i]);
                break;
            }
            i += k;
        }
        if (rc)
            break;
        size_t p = ls;
        while (p < le && text[p] == ' ')
            p++;
        if (p == le || text[p] == '#') {
            ls = next;
            continue;
        }
        /* Split into fields. */
        size_t fs[8], fe[8];
        unsigned nf = 0;
        size_t f = ls;
        for (size_t i = ls; i <= le; i++) {
            if (i == le || text[i] == '\t') {
                if (nf < 8) {
                    fs[nf] = f, fe[nf] = i;
                }
                nf++;
                f = i + 1;
            }
        }
        if (nf < 3 || nf > 4) {
            size_t at = nf < 3 ? le : fs[4 < nf ? 4 : nf - 1];
            rc = og_error_set(err, OG_EINPUT, name, line, column_of(text, ls, at),
                              "expected 3 or 4 TAB-separated fields (id, name, type, aliases), found %u", nf);
            break;
        }
        const char *id = text + fs[0], *nm = text + fs[1], *ty = text + fs[2];
        size_t idn = trim(&id, fe[0] - fs[0]), nmn = trim(&nm, fe[1] - fs[1]), tyn = trim(&ty, fe[2] - fs[2]);
        if (idn == 0) {
            rc = og_error_set(err, OG_EINPUT, name, line, column_of(text, ls, fs[0]), "empty id");
            break;
        }
        for (size_t i = 0; i < idn; i++) {
            char c = id[i];
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("-_./:+", c))) {
                rc = og_error_set(err, OG_EINPUT, name, line, column_of(text, ls, (size_t)(id + i - text)),
                                  "invalid character '%c' in id (use a-z, 0-9, - _ . / : +)", c);
                break;
            }
        }
        if (rc)
            break;
        if (nmn == 0) {
            rc = og_error_set(err, OG_EINPUT, name, line, column_of(text, ls, fs[1]), "empty name");
            break;
        }
        og_node_type type;
        if (parse_type(ty, tyn, &type)) {
            rc = og_error_set(err, OG_EINPUT, name, line, column_of(text, ls, fs[2]),
                              "unknown type '%.*s' (expected Organisation, Initiative, Standard, Partnership, "
                              "Agreement, Event, Person, Place or Topic)",
                              (int)(tyn > 40 ? 40 : tyn), ty);
            break;
        }
        if (st.n == st.cap) {
            size_t ncap = st.cap ? st.cap * 2 : 256;
            og__lex_entry *ne = og_realloc(st.e, ncap * sizeof *ne);
            if (!ne) {
                rc = OG_ENOMEM;
                break;
            }
            st.e = ne;
            unsigned *nl2 = og_realloc(st.lines, ncap * sizeof *nl2);
            if (!nl2) {
                rc = OG_ENOMEM;
                break;
            }
            st.lines = nl2, st.cap = ncap;
        }
        og__lex_entry *e = &st.e[st.n];
        memset(e, 0, sizeof *e);
        st.lines[st.n] = line;
        st.n++;
        e->type = type;
        e->id = dup_n(id, idn);
        e->name = dup_n(nm, nmn);
        if (!e->id || !e->name) {
            rc = OG_ENOMEM;
            break;
        }
        if (nf == 4 && fe[3] > fs[3]) {
            size_t cnt = 1;
            for (size_t i = fs[3]; i < fe[3]; i++)
                cnt += text[i] == '|';
            e->aliases = og_malloc(cnt * sizeof *e->aliases);
            if (!e->aliases) {
                rc = OG_ENOMEM;
                break;
            }
            size_t a0 = fs[3];
            for (size_t i = fs[3]; i <= fe[3] && rc == 0; i++) {
                if (i < fe[3] && text[i] != '|')
                    continue;
                const char *al = text + a0;
                size_t aln = trim(&al, i - a0);
                if (aln == 0) {
                    rc = og_error_set(err, OG_EINPUT, name, line, column_of(text, ls, a0), "empty alias");
                    break;
                }
                char *d = dup_n(al, aln);
                if (!d) {
                    rc = OG_ENOMEM;
                    break;
                }
                e->aliases[e->n_aliases++] = d;
                a0 = i + 1;
            }
        }
        ls = next;
    }
    if (rc == 0 && st.n > 1)
        rc = check_duplicates(&st, name, err);
    if (rc == OG_ENOMEM)
        og_error_set(err, OG_ENOMEM, name, line, 0, "out of memory reading the lexicon");
    if (rc) {
        staged_free(&st);
        return rc;
    }
    /* Commit: replace entries with the same id, append the others. Keep the
     * old state until the automaton is built, so a failure changes nothing. */
    size_t old_n = lex->n;
    size_t need = lex->n + st.n;
    if (need > lex->cap) {
        og__lex_entry *ne = og_realloc(lex->entries, need * sizeof *ne);
        if (!ne) {
            staged_free(&st);
            return og_error_set(err, OG_ENOMEM, name, 0, 0, "out of memory reading the lexicon");
        }
        lex->entries = ne, lex->cap = need;
    }
    size_t *replaced = og_malloc((st.n ? st.n : 1) * sizeof *replaced);
    og__lex_entry *saved = og_malloc((st.n ? st.n : 1) * sizeof *saved);
    if (!replaced || !saved) {
        og_free(replaced);
        og_free(saved);
        staged_free(&st);
        return og_error_set(err, OG_ENOMEM, name, 0, 0, "out of memory reading the lexicon");
    }
    size_t nrep = 0;
    for (size_t i = 0; i < st.n; i++) {
        size_t j = 0;
        for (; j < old_n; j++)
            if (!strcmp(lex->entries[j].id, st.e[i].id))
                break;
        if (j < old_n) {
            replaced[nrep] = j;
            saved[nrep++] = lex->entries[j];
            lex->entries[j] = st.e[i];
        } else {
            lex->entries[lex->n++] = st.e[i];
        }
    }
    rc = rebuild(lex, err);
    if (rc) {
        /* Roll back. */
        for (size_t i = 0; i < nrep; i++) {
            og__lex_entry tmp = lex->entries[replaced[i]];
            lex->entries[replaced[i]] = saved[i];
            saved[i] = tmp;
            entry_free(&saved[i]);
        }
        for (size_t i = old_n; i < lex->n; i++)
            entry_free(&lex->entries[i]);
        lex->n = old_n;
    } else {
        for (size_t i = 0; i < nrep; i++)
            entry_free(&saved[i]);
    }
    og_free(replaced);
    og_free(saved);
    og_free(st.e);
    og_free(st.lines);
    return rc;
}

int og_lexicon_add_file(og_lexicon *lex, const char *path, og_error *err)
{
    if (!lex || !path)
        return og_error_set(err, OG_EINVAL, path, 0, 0, "og_lexicon_add_file: lex != NULL && path != NULL failed");
    FILE *f = fopen(path, "rb");
    if (!f)
        return og_error_set(err, OG_EIO, path, 0, 0, "cannot open lexicon file");
    size_t cap = 1 << 16, len = 0;
    char *buf = og_malloc(cap);
    int rc = 0;
    while (buf) {
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (len < cap) {
            if (ferror(f))
                rc = og_error_set(err, OG_EIO, path, 0, 0, "cannot read lexicon file");
            break;
        }
        char *nb = og_realloc(buf, cap * 2);
        if (!nb) {
            og_free(buf);
            buf = NULL;
            break;
        }
        buf = nb, cap *= 2;
    }
    fclose(f);
    if (!buf)
        return og_error_set(err, OG_ENOMEM, path, 0, 0, "out of memory reading lexicon file");
    if (rc == 0)
        rc = og_lexicon_add_tsv(lex, path, buf, len, err);
    og_free(buf);
    return rc;
}
