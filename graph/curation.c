/*
 * curation.c - parsing analyst curation files.
 *
 * Line format (one rule a line; '#' starts a comment line; blank lines and
 * surrounding white space are ignored):
 *   same A | B          A and B are one entity
 *   different A | B     never merge entities named A and B
 *   drop NAME           remove the entity named NAME and its edges
 *   type NAME Type      force the type (Organisation, Initiative, ...)
 *   alias NAME | ALIAS  ALIAS is another name of NAME (and joins identity)
 * Names match like the alias index (name.c). Errors are OG_EINPUT with the
 * file name, line and column (1-based, in bytes) and what was expected.
 * Does not: apply the rules (reduce.c does) or check that names exist.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "curation.h"
#include "graph_impl.h"

void og_curation_free(og_curation *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_rules; i++) {
        og_free(c->rules[i].a);
        og_free(c->rules[i].b);
    }
    og_free(c->rules);
    og_free(c);
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static char *dup_range(const char *s, size_t len)
{
    char *d = og_malloc(len + 1);
    if (d) {
        memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}

/* Trims [*b, *e) of white space. */
static void trim(const char **b, const char **e)
{
    while (*b < *e && is_ws(**b))
        (*b)++;
    while (*e > *b && is_ws((*e)[-1]))
        (*e)--;
}

typedef struct parse_ctx {
    const char *name;
    unsigned line;
    const char *line_start;
    og_error *err;
} parse_ctx;

static int perr(parse_ctx *p, const char *at, const char *fmt, const char *arg)
{
    return og_error_set(p->err, OG_EINPUT, p->name, p->line, (unsigned)(at - p->line_start) + 1, fmt, arg);
}

static int add_rule(og_curation *c, const og__cur_rule *r)
{
    og__cur_rule *rules = og_realloc(c->rules, (c->n_rules + 1) * sizeof *rules);
    if (!rules)
        return OG_ENOMEM;
    c->rules = rules;
    c->rules[c->n_rules++] = *r;
    return 0;
}

/* Parses "A | B" in [b, e). */
static int parse_pair(parse_ctx *p, const char *verb, const char *b, const char *e, og__cur_rule *r)
{
    const char *bar = memchr(b, '|', (size_t)(e - b));
    if (!bar)
        return perr(p, e, "'%s' needs two names separated by '|'", verb);
    const char *ab = b, *ae = bar, *bb = bar + 1, *be = e;
    trim(&ab, &ae);
    trim(&bb, &be);
    if (ab == ae)
        return perr(p, bar, "'%s': empty name before '|'", verb);
    if (bb == be)
        return perr(p, bar + 1, "'%s': empty name after '|'", verb);
    if (memchr(bb, '|', (size_t)(be - bb)))
        return perr(p, memchr(bb, '|', (size_t)(be - bb)), "'%s': more than one '|'", verb);
    r->a = dup_range(ab, (size_t)(ae - ab));
    r->b = dup_range(bb, (size_t)(be - bb));
    return r->a && r->b ? 0 : OG_ENOMEM;
}

static int parse_line(og_curation *c, parse_ctx *p, const char *b, const char *e)
{
    trim(&b, &e);
    if (b == e || *b == '#')
        return 0;
    const char *vb = b, *ve = b;
    while (ve < e && !is_ws(*ve))
        ve++;
    const char *rest = ve;
    while (rest < e && is_ws(*rest))
        rest++;
    og__cur_rule r;
    memset(&r, 0, sizeof r);
    r.line = p->line;
    size_t vlen = (size_t)(ve - vb);
    int rc;
#define VERB(s) (vlen == sizeof(s) - 1 && memcmp(vb, s, vlen) == 0)
    if (VERB("same") || VERB("different") || VERB("alias")) {
        r.kind = VERB("same") ? OG__CUR_SAME : VERB("different") ? OG__CUR_DIFFERENT : OG__CUR_ALIAS;
        char verb[16];
        memcpy(verb, vb, vlen);
        verb[vlen] = '\0';
        if (rest == e)
            return perr(p, rest, "'%s' needs two names separated by '|'", verb);
        rc = parse_pair(p, verb, rest, e, &r);
    } else if (VERB("drop")) {
        r.kind = OG__CUR_DROP;
        if (rest == e)
            return perr(p, rest, "'%s' needs a name", "drop");
        r.a = dup_range(rest, (size_t)(e - rest));
        rc = r.a ? 0 : OG_ENOMEM;
    } else if (VERB("type")) {
        r.kind = OG__CUR_TYPE;
        const char *tb = e;
        while (tb > rest && !is_ws(tb[-1]))
            tb--;
        const char *ne = tb;
        while (ne > rest && is_ws(ne[-1]))
            ne--;
        if (rest == e || ne == rest)
            return perr(p, rest == e ? rest : tb, "'%s' needs a name and a type", "type");
        char tname[32];
        size_t tlen = (size_t)(e - tb);
        og_node_type t;
        if (tlen >= sizeof tname)
            return perr(p, tb, "unknown type '%s'", "(too long)");
        memcpy(tname, tb, tlen);
        tname[tlen] = '\0';
        if (og_node_type_parse(tname, &t) != 0)
            return perr(p, tb, "unknown type '%s' (expected Organisation, Initiative, Standard, Partnership, "
                               "Agreement, Event, Person, Place, Topic or Thing)", tname);
        r.type = t;
        r.a = dup_range(rest, (size_t)(ne - rest));
        rc = r.a ? 0 : OG_ENOMEM;
    } else {
        char verb[40];
        size_t n = vlen < sizeof verb - 1 ? vlen : sizeof verb - 1;
        memcpy(verb, vb, n);
        verb[n] = '\0';
        return perr(p, vb, "unknown rule '%s' (expected same, different, drop, type or alias)", verb);
    }
#undef VERB
    if (rc == 0)
        rc = add_rule(c, &r);
    if (rc) {
        og_free(r.a);
        og_free(r.b);
        if (rc == OG_ENOMEM)
            return og_error_set(p->err, OG_ENOMEM, p->name, p->line, 0, "out of memory");
    }
    return rc;
}

int og_curation_parse(og_curation **out, const char *name, const char *text, size_t len, og_error *err)
{
    if (!out || (!text && len))
        return og_error_set(err, OG_EINVAL, name, 0, 0, "og_curation_parse: NULL argument");
    *out = NULL;
    og_curation *c = og_malloc(sizeof *c);
    if (!c)
        return og_error_set(err, OG_ENOMEM, name, 0, 0, "out of memory");
    memset(c, 0, sizeof *c);
    parse_ctx p = {name ? name : "<curation>", 1, text, err};
    const char *s = text, *end = text + len;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3, p.line_start = s;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *le = nl ? nl : end;
        const char *nul = memchr(s, '\0', (size_t)(le - s));
        p.line_start = s;
        int rc = nul ? perr(&p, nul, "%s", "NUL byte in curation file") : parse_line(c, &p, s, le);
        if (rc) {
            og_curation_free(c);
            return rc;
        }
        p.line++;
        s = nl ? nl + 1 : end;
    }
    *out = c;
    return 0;
}

int og_curation_load(og_curation **out, const char *path, og_error *err)
{
    if (!out || !path)
        return og_error_set(err, OG_EINVAL, path, 0, 0, "og_curation_load: NULL argument");
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return og_error_set(err, OG_EIO, path, 0, 0, "cannot open curation file: %s", strerror(errno));
    og__buf b = OG__BUF_INIT;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        og__buf_put(&b, chunk, n);
    int read_err = ferror(f);
    fclose(f);
    int rc;
    if (read_err)
        rc = og_error_set(err, OG_EIO, path, 0, 0, "cannot read curation file");
    else if (og__buf_failed(&b))
        rc = og_error_set(err, OG_ENOMEM, path, 0, 0, "out of memory");
    else
        rc = og_curation_parse(out, path, b.ptr, b.len, err);
    og__buf_free(&b);
    return rc;
}
