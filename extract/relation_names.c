/*
 * relation_names.c - relations encoded in names.
 *
 * Does:
 *  - "ITU-T", "ITU-R", "ITU-D": a unit code after a hyphen -> part_of the
 *    body before it (created if the document never names it alone);
 *  - a name that starts with another node's acronym: "ITU-D SG1" part_of
 *    "ITU-D", "ITU Council" part_of "ITU"; by the named thing's type:
 *    Organisation -> part_of, Initiative -> launches ("CERN openlab"),
 *    Standard/Agreement -> develops ("ISO 19079"), Event -> hosts;
 *  - possessives: "UNECE's subsidiary body UN/CEFACT", "UNECE's
 *    intergovernmental body UN/CEFACT" -> part_of; "UNIGE's Digital Law
 *    Center" (a unit head word) -> part_of; "ITU's ITRs" -> develops.
 * Does not: read sentence verbs (relation.c) or "/"-joined party names
 * (partnership.c).
 */
#include <stdio.h>
#include <string.h>
#include "mention.h"

static int unit_word(const og__ex *ex, size_t t) {
    static const char *const w[] = {"subsidiary", "body", "unit", "arm", "division", "agency", "department",
                                    "secretariat", "office", "bureau", "sector", "branch", "affiliate", "organ",
                                    "committee", "council", "centre", "center", "lab", "laboratory"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (og__tok_is(ex, t, w[i]))
            return 1;
    return 0;
}

static og_predicate pred_for(og_node_type t, int *ok) {
    *ok = 1;
    switch (t) {
    case OG_ORGANISATION: return OG_PART_OF;
    case OG_INITIATIVE: return OG_LAUNCHES;
    case OG_STANDARD: case OG_AGREEMENT: return OG_DEVELOPS;
    case OG_EVENT: return OG_HOSTS;
    default: *ok = 0; return OG_RELATED;
    }
}

/* Emits parent -> child edges with the direction each predicate needs. */
static int emit_owner(og__ex *ex, og_node_id owner, og_node_id unit, og_node_type ut, const og__mention *m,
                      double conf) {
    int ok;
    og_predicate p = pred_for(ut, &ok);
    if (!ok)
        return 0;
    og_node_type ot = og_graph_node_type(ex->g, owner);
    if (!(ot == OG_ORGANISATION || ot == OG_PARTNERSHIP))
        return 0;
    if (p == OG_PART_OF)
        return og__emit(ex, unit, p, owner, m->sent, m->start, conf, 0);
    return og__emit(ex, owner, p, unit, m->sent, m->start, conf, 0);
}

int og__name_relations(og__ex *ex) {
    char buf[OG__MAX_NAME * 2 + 8];
    for (size_t i = 0; i < ex->m.n; i++) {
        og__mention *m = &ex->m.v[i];
        if (m->dead || m->type == OG_PERSON || m->type == OG_PLACE)
            continue;
        if (m->src == OG__SRC_REF) {
            /* "the Commission's Working Group on X": a unit of the document's subject */
            size_t t = m->tok_end;
            if (m->has_node && t < ex->n_toks && (ex->toks[t].flags & OG__TK_POSS) && i + 1 < ex->m.n) {
                og__mention *b = &ex->m.v[i + 1];
                if (b->sent == m->sent && b->tok_start == t + 1 && b->has_node && b->node != m->node &&
                    og_graph_node_type(ex->g, b->node) == OG_ORGANISATION) {
                    int rc = og__emit(ex, b->node, OG_PART_OF, m->node, m->sent, m->start, 0.55, 0);
                    if (rc < 0)
                        return rc;
                }
            }
            continue;
        }
        if (!m->has_node) {
            /* a bare acronym before "'s <unit word>": "UNECE's subsidiary body UN/CEFACT" */
            size_t t = m->tok_end;
            if (!(m->src == OG__SRC_WEAK && m->prom == 1 && m->tok_end == m->tok_start + 1 &&
                  (ex->toks[m->tok_start].flags & OG__TK_UPPER) && t + 1 < ex->n_toks &&
                  (ex->toks[t].flags & OG__TK_POSS) && unit_word(ex, t + 1)))
                continue;
            og_node_id an;
            if (og__mention_node(ex, i, &an) != 0)
                continue;
        }
        const char *name = og__mention_name(ex, m);
        if (!name)
            continue;
        snprintf(buf, sizeof buf, "%s", name);
        og_node_type ut = og_graph_node_type(ex->g, m->node);
        size_t n = strlen(buf);
        const char *sp = strchr(buf, ' ');
        const char *dash = strchr(buf, '-');
        int rc = 0;
        /* "ITU-T": ACRONYM-X or ACRONYM-XY */
        if (!sp && dash && dash > buf + 1 && (size_t)(buf + n - dash) <= 3 && ut == OG_ORGANISATION) {
            int up = 1;
            for (const char *p = buf; *p; p++)
                if (!((*p >= 'A' && *p <= 'Z') || *p == '-'))
                    up = 0;
            if (up && dash[1]) {
                *(char *)dash = '\0';
                og_node_id parent;
                rc = og_graph_add_node(ex->g, OG_ORGANISATION, buf, 1, &parent, ex->err);
                if (!rc)
                    rc = og__emit(ex, m->node, OG_PART_OF, parent, m->sent, m->start, 0.85, 0);
                if (rc < 0)
                    return rc;
                continue;
            }
        }
        /* "ITU-D SG1", "ITU Council", "CERN openlab" */
        if (sp && ut != OG_PARTNERSHIP) {
            size_t fl = (size_t)(sp - buf);
            int upper = fl >= 2;
            for (size_t k = 0; k < fl; k++)
                if ((buf[k] >= 'a' && buf[k] <= 'z') || buf[k] == '/')
                    upper = 0;
            if (upper) {
                buf[fl] = '\0';
                og_node_id owner;
                /* not "IEC develops IEC 62430": a standard's number names no developer (the text does) */
                if (og_graph_find(ex->g, buf, &owner) == 0 && owner != m->node && ut != OG_STANDARD) {
                    rc = emit_owner(ex, owner, m->node, ut, m, 0.6);
                    if (rc < 0)
                        return rc;
                }
            }
        }
        /* "Food and Agriculture Organization of the United Nations": a body "of" a known organisation */
        if (sp && ut == OG_ORGANISATION) {
            const char *of = NULL;
            for (const char *q = strstr(buf, " of "); q; q = strstr(q + 1, " of "))
                of = q;
            if (of) {
                const char *tail = of + 4;
                if (strncmp(tail, "the ", 4) == 0)
                    tail += 4;
                og_node_id owner;
                if (*tail && og_graph_find(ex->g, tail, &owner) == 0 && owner != m->node &&
                    og_graph_node_type(ex->g, owner) == OG_ORGANISATION) {
                    rc = og__emit(ex, m->node, OG_PART_OF, owner, m->sent, m->start, 0.55, 0);
                    if (rc < 0)
                        return rc;
                }
            }
        }
        /* "Amazon Web Services": a name that starts with a known organisation's one-word name */
        if (sp && ut == OG_ORGANISATION && buf[0] >= 'A' && buf[0] <= 'Z') {
            size_t fl = strcspn(buf, " ");
            char first[64];
            if (fl < sizeof first) {
                memcpy(first, buf, fl);
                first[fl] = '\0';
                og_node_id owner;
                int lower_rest = 0;
                for (size_t k = 1; k < fl; k++)
                    lower_rest |= first[k] >= 'a' && first[k] <= 'z';
                static const char *const corp[] = {" Corporation", " Corp", " Inc", " Ltd", " AG", " Group", " Company",
                                                   " LLC", " SA", " GmbH", " plc", " Limited", " Holdings"};
                for (size_t k = 0; k < sizeof corp / sizeof corp[0]; k++)
                    if (strncmp(buf + fl, corp[k], strlen(corp[k])) == 0)
                        lower_rest = 0; /* "NVIDIA Corporation" is NVIDIA itself */
                if (lower_rest && og_graph_find(ex->g, first, &owner) == 0 && owner != m->node &&
                    og_graph_node_type(ex->g, owner) == OG_ORGANISATION) {
                    rc = og__emit(ex, m->node, OG_PART_OF, owner, m->sent, m->start, 0.5, 0);
                    if (rc < 0)
                        return rc;
                }
            }
        }
        /* "the Department of Computer Science of the Faculty of Science", "a Digital Law Center (DLC) at the
         * Faculty of Law": a unit right before "of/at (the)" and another body */
        if (ut == OG_ORGANISATION && i + 1 < ex->m.n) {
            size_t nx = i + 1;
            if (ex->m.v[nx].has_node && ex->m.v[nx].node == m->node && nx + 1 < ex->m.n)
                nx++; /* the "(ACR)" echo */
            og__mention *b = &ex->m.v[nx];
            size_t q = ex->m.v[nx - 1].tok_end;
            if (q < ex->n_toks && ex->toks[q].flags & OG__TK_PUNCT && ex->doc->text[ex->toks[q].start] == ')')
                q++;
            int unit = 0;
            for (size_t k = m->tok_start; k < m->tok_end; k++)
                unit |= unit_word(ex, k) || og__tok_is(ex, k, "faculty") || og__tok_is(ex, k, "school") ||
                        og__tok_is(ex, k, "institute");
            if (unit && b->sent == m->sent && b->has_node && b->node != m->node && !b->dead &&
                (og__tok_is(ex, q, "of") || og__tok_is(ex, q, "at"))) {
                size_t r = q + 1;
                if (og__tok_is(ex, r, "the"))
                    r++;
                og_node_type bt = og_graph_node_type(ex->g, b->node);
                if (r == b->tok_start && (bt == OG_ORGANISATION || bt == OG_PARTNERSHIP)) {
                    rc = og__emit(ex, m->node, OG_PART_OF, b->node, m->sent, m->start, 0.55, 0);
                    if (rc < 0)
                        return rc;
                }
            }
        }
        /* possessives: A 's [words] B */
        size_t t = m->tok_end;
        if (t < ex->n_toks && (ex->toks[t].flags & OG__TK_POSS) && i + 1 < ex->m.n) {
            og__mention *b = &ex->m.v[i + 1];
            if (b->sent != m->sent || b->tok_start <= t || b->tok_start - t > 4)
                continue;
            int unit = 0, lower = 0;
            for (size_t q = t + 1; q < b->tok_start; q++) {
                if (unit_word(ex, q))
                    unit = 1;
                if (ex->toks[q].flags & OG__TK_LOWER)
                    lower = 1;
                else if (!((ex->toks[q].flags & OG__TK_PUNCT) && ex->doc->text[ex->toks[q].start] == ','))
                    lower = 2; /* something else in between */
            }
            if (lower == 2 || (!b->has_node && !unit))
                continue;
            og_node_id bn;
            if (og__mention_node(ex, i + 1, &bn) != 0)
                continue;
            og_node_type bt = og_graph_node_type(ex->g, bn);
            if (unit && (bt == OG_ORGANISATION || bt == OG_PARTNERSHIP)) {
                rc = og__emit(ex, bn, OG_PART_OF, m->node, m->sent, m->start, 0.75, 0);
            } else if (!lower) {
                int headunit = unit_word(ex, b->tok_end - 1);
                if (bt == OG_ORGANISATION && headunit)
                    rc = emit_owner(ex, m->node, bn, bt, m, 0.6);
                else if (bt == OG_STANDARD || bt == OG_AGREEMENT || bt == OG_INITIATIVE)
                    rc = emit_owner(ex, m->node, bn, bt, m, 0.55);
            }
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}
