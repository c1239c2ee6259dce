/*
 * mention.h - the recognisers' shared state (private to extract/).
 *
 * One extraction run (og__ex) walks a loaded og__doc: it tokenises every
 * sentence once (og__tok, one array for the whole document, no per-token
 * allocation), collects candidate mentions (og__mention: span, type guess,
 * source of evidence, confidence) from the recognisers (lexicon, acronym
 * definitions, profiles, standard/event patterns, head-word names, persons,
 * partnership names), keeps the leftmost-longest non-overlapping set, resolves
 * them within the document to nodes of the fragment graph, and reads
 * relations around them.
 *
 * Ownership: everything reachable from og__ex is owned by it and released by
 * og__ex_free(); the fragment graph (ex->g) is handed to the caller by
 * og_extract_document().
 */
#ifndef OG_EXTRACT_MENTION_H
#define OG_EXTRACT_MENTION_H

#include <stddef.h>
#include <stdint.h>
#include "orgraph.h"
#include "doc.h"
#include "lexicon.h"

/** At most this many mentions of one sentence take part in relation rules. */
#define OG__MAX_MENTIONS_PER_SENTENCE 64
/** Longest name (bytes) the recognisers build; longer spans are not names. */
#define OG__MAX_NAME 200
/** Evidence sentences are trimmed to this many bytes (at a UTF-8 boundary). */
#define OG__MAX_EVIDENCE_SENTENCE 300

/* ---- tokens ---- */
enum {
    OG__TK_WORD = 1u << 0,   /* letters/digits (with inner - / . & ') */
    OG__TK_PUNCT = 1u << 1,  /* one punctuation character */
    OG__TK_CAP = 1u << 2,    /* first letter upper case */
    OG__TK_UPPER = 1u << 3,  /* acronym-like: >= 2 letters/digits, no lower-case letter, >= 1 letter */
    OG__TK_DIGIT = 1u << 4,  /* starts with a digit */
    OG__TK_LOWER = 1u << 5,  /* first letter lower case */
    OG__TK_FIRST = 1u << 6,  /* first word of its sentence (or after a list marker) */
    OG__TK_POSS = 1u << 7,   /* the possessive 's / ’s split off a word */
    OG__TK_MIXED = 1u << 8,  /* an upper-case letter after the first character (eFBL, SiDLab) */
    OG__TK_NL_BEFORE = 1u << 9 /* a line break precedes the token */
};

typedef struct og__tok {
    size_t start, end;  /* byte span in doc->text */
    uint32_t sent;      /* sentence index */
    uint16_t flags;
    int16_t word;       /* index into the word table (og__word_at) or -1 */
} og__tok;

/* ---- the word table: closed-class words, head words, triggers ---- */
enum {
    OG__W_CONNECTOR = 1u << 0, /* of, for, on, and, the, de, ... inside names */
    OG__W_DET = 1u << 1,       /* the, a, an, this, its ... (trimmed at a name's start) */
    OG__W_HEAD = 1u << 2,      /* name head word; `type` gives its default type */
    OG__W_TITLE = 1u << 3,     /* person title/role word (Dr, Director, CEO, ...) */
    OG__W_COMMON = 1u << 4,    /* ordinary word that is capitalised only sentence-initially */
    OG__W_CLASS = 1u << 5,     /* class noun ("startup", "initiative"): `type` */
    OG__W_HEDGE = 1u << 6,     /* may, might, could, would, plans, expected ... */
    OG__W_NEG = 1u << 7,       /* not, never, no */
    OG__W_AUX = 1u << 8,       /* is, was, are, were, be, been, being, has, have, had */
    OG__W_TRIGGER = 1u << 9,   /* relation trigger: `pred` */
    OG__W_REF = 1u << 10,      /* short-reference noun inside profiles (institute, organisation) */
    OG__W_GENERIC = 1u << 11,  /* makes a candidate name generic (national, member, various ...) */
    OG__W_MONTH = 1u << 12,    /* month and day names */
    OG__W_PRONOUN = 1u << 13   /* it, its, they, we, our */
};

typedef struct og__word {
    const char *w;       /* lower-case ASCII */
    unsigned flags;
    og_node_type type;   /* for HEAD and CLASS */
    int pred;            /* for TRIGGER: og_predicate, or -1 */
    unsigned tflags;     /* for TRIGGER: OG__TR_* */
} og__word;

enum {
    OG__TR_PASSIVE_ONLY = 1u << 0, /* only meaningful as "<participle> by" (backed by) */
    OG__TR_NEEDS_IN = 1u << 1,     /* "invests in", "partner in", "participates in" */
    OG__TR_NEEDS_WITH = 1u << 2,   /* "works with", "partnered with" */
    OG__TR_NEEDS_OF = 1u << 3,     /* "member of", "part of" (nouns) */
    OG__TR_PARTICIPLE = 1u << 4    /* a past participle ("hosted", "launched") */
};

/** Word table entry `i` (from og__tok.word). */
const og__word *og__word_at(int i);
/** Looks up a lower-cased ASCII word; -1 if absent. Thread-safe after og__words_init(). */
int og__word_find(const char *s, size_t len);
/** Builds the word table once per process (idempotent, thread-safe). */
void og__words_init(void);

/* ---- mentions ---- */
typedef enum og__msrc {
    OG__SRC_LEXICON = 0,
    OG__SRC_PROFILE,     /* profile subject name line */
    OG__SRC_ACRONYM_DEF, /* "Full Name (ACR)" */
    OG__SRC_PATTERN,     /* standard / event patterns */
    OG__SRC_PARTNERSHIP, /* a name encoding parties */
    OG__SRC_HEADWORD,    /* capitalised name ending in a head word */
    OG__SRC_CUE,         /* class-noun cue: "AI startup Anthropic", "X is an initiative" */
    OG__SRC_PERSON,
    OG__SRC_ACRONYM,     /* bare acronym resolved through the document/lexicon */
    OG__SRC_REF,         /* short reference ("the Institute", "It") -> `ref` */
    OG__SRC_PLACE,
    OG__SRC_WEAK         /* capitalised span/acronym with no evidence: a node only if a relation needs it */
} og__msrc;

typedef struct og__mention {
    size_t start, end;      /* span in doc->text */
    size_t alias_start, alias_end; /* an alias span (the ACR of "Name (ACR)"), or 0,0 */
    uint32_t tok_start, tok_end;   /* token range [tok_start, tok_end) */
    uint32_t sent;
    og_node_type type;
    og__msrc src;
    float conf;
    int32_t lex;            /* lexicon entry or -1 */
    int32_t ref;            /* REF: the mention index it stands for (or -1); profile index for profile subjects */
    const char *name;       /* NULL: built from the span; else an owned override (og_strdup) */
    og_node_id node;
    uint8_t has_node;
    uint8_t dead;           /* dropped by the overlap selection */
    uint8_t fixed;          /* type is certain (lexicon) */
    uint8_t prom;           /* weak: 1 may become a node for a relation, 2 may not, 4 only right next to a trigger, 5 only as a place (og__select_mentions) */
} og__mention;

typedef struct og__mentions {
    og__mention *v;
    size_t n, cap;
} og__mentions;

/** Appends a copy of *m; returns its index or a negative status. */
int og__mentions_push(og__mentions *ms, const og__mention *m);
void og__mentions_free(og__mentions *ms);

/* ---- profiles ---- */
typedef struct og__profile {
    size_t name_start, name_end; /* the name line */
    size_t first_block, end_block; /* blocks the profile covers, [first, end) */
    int32_t subject;             /* mention index of the subject, or -1 */
} og__profile;

/* ---- one extraction run ---- */
typedef struct og__ex {
    const og__doc *doc;
    const og_lexicon *lex;
    const og_extract_options *opts;
    og_graph *g;
    og_error *err;
    og__tok *toks;
    size_t n_toks, cap_toks;
    uint32_t *sent_tok;       /* sentence i has tokens [sent_tok[i], sent_tok[i+1]) */
    og__mentions m;
    unsigned char *block_skip;  /* per block: 1 = social-media handle line, ignored */
    int32_t *block_profile;     /* per block: profile index or -1 */
    og__profile *profiles;
    size_t n_profiles;
    int adjacent;             /* relation.c: the candidate sits right next to its trigger */
    int want_place;           /* relation.c: the candidate is the object of "based in" */
    char name[OG__MAX_NAME * 2 + 8]; /* scratch for names */
    char name2[OG__MAX_NAME * 2 + 8];
    char sentence[OG__MAX_EVIDENCE_SENTENCE + 8];
} og__ex;

/* mention.c: tokens and text helpers */
int og__tokenize(og__ex *ex);
/** 1 if token `t` is the lower-case ASCII word `w`. */
int og__tok_is(const og__ex *ex, size_t t, const char *w);
/** Word flags of token t (0 if not in the table). */
unsigned og__tok_wflags(const og__ex *ex, size_t t);
/** Copies text[start,end) with white space runs folded to one space into buf (cap bytes); returns length or 0 if too long. */
size_t og__span_name(const og__ex *ex, size_t start, size_t end, char *buf, size_t cap);
/** The name of mention `m` (override or span) in ex->name; NULL if unusable. */
const char *og__mention_name(og__ex *ex, const og__mention *m);
/** Token index whose span starts at or after `off` (binary search). */
size_t og__tok_at(const og__ex *ex, size_t off);

/* recognisers: each appends candidate mentions to ex->m */
int og__find_lexicon(og__ex *ex);
int og__find_profiles(og__ex *ex);     /* profile.c: also attrs, places, topics after resolution */
int og__find_acronyms(og__ex *ex);     /* acronym.c */
int og__find_patterns(og__ex *ex);     /* patterns.c: standards, events, head-word names, cues */
int og__find_persons(og__ex *ex);      /* person.c */
/* person.c: where the role of a leadership card starts ("Jane Doe | Director", a <dt> name over a
 * <dd> title), for the name ending at token e of sentence si; 0 if none. */
size_t og__card_role(const og__ex *ex, size_t si, size_t e);
int og__find_partnership_names(og__ex *ex); /* partnership.c */

/** acronym.c: 1 if the letters of `acr` fit the initials/letters of `full` (Schwartz-Hearst). */
int og__acronym_fits(const char *acr, size_t acr_len, const char *full, size_t full_len);

/** acronym.c: 1 if `acr`'s letters are exactly the word initials of `full` (connectors skipped,
 *  all-capitals words give all their letters), or those of all but its last word. */
int og__acronym_strict(const char *acr, size_t acr_len, const char *full, size_t full_len);

/** patterns.c: the head-word type of a name given as tokens [a, b); -1 if none. */
int og__name_head_type(const og__ex *ex, size_t a, size_t b);

/* resolve.c */
int og__select_mentions(og__ex *ex);   /* overlap selection, sorted by start */
int og__resolve(og__ex *ex);           /* mentions -> nodes */
/** Sorts the (selected) mentions again after additions and re-maps profile subjects. */
int og__resort_mentions(og__ex *ex);
/** profile.c: a document without a profile gets its main organisation as subject (short references). */
int og__doc_subject(og__ex *ex);
/** Makes sure mention i has a node (promotes weak mentions). */
int og__mention_node(og__ex *ex, size_t i, og_node_id *out);

/* profile.c, after resolution */
int og__profile_facts(og__ex *ex);
/** profile.c: infobox lines (Headquarters, Parent organization, Head, Founder, Type) of a document's subject. */
int og__infobox_facts(og__ex *ex);

/* partnership.c, after resolution */
int og__partnership_relations(og__ex *ex);

/* relation.c */
int og__relations(og__ex *ex);
/** Adds subject -p-> object with evidence at text offset `at` from sentence `sent`. */
int og__emit(og__ex *ex, og_node_id s, og_predicate p, og_node_id o, uint32_t sent, size_t at, double conf,
             int hedged);
/** Same, between two mentions (promoting weak ones). Type checks the pair; returns 0 when skipped. */
int og__emit_mm(og__ex *ex, size_t ms, og_predicate p, size_t mo, size_t at, double conf, int hedged);

/* pdfrepair.c (front end): 1 if `w` (n bytes, any case) is an ordinary English word of the shipped list. */
int og__wordlist_has(const char *w, size_t n);

/* relation_names.c */
int og__name_relations(og__ex *ex);

#endif
