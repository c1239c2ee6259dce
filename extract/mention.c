/*
 * mention.c - the mention list, the tokeniser and the word table shared by
 * the recognisers.
 *
 * Does: split each sentence of an og__doc into word and punctuation tokens in
 * one linear pass (flags for case, acronym shape, possessive), look every
 * word up once in a closed word table (connectors, head words, titles,
 * triggers, hedges) built once per process, and keep the growing list of
 * candidate mentions. Does not: decide what is an entity (patterns.c,
 * acronym.c, person.c, profile.c), or allocate per token (one array per
 * document, grown geometrically).
 */
#include <string.h>
#include <threads.h>
#include <utf8proc.h>
#include "mention.h"

/* ------------------------------------------------------------------------ */
/* Word table                                                                */
/* ------------------------------------------------------------------------ */

#define C OG__W_CONNECTOR
#define D OG__W_DET
#define H OG__W_HEAD
#define T OG__W_TITLE
#define K OG__W_COMMON
#define CL OG__W_CLASS
#define HG OG__W_HEDGE
#define NG OG__W_NEG
#define AX OG__W_AUX
#define TR OG__W_TRIGGER
#define RF OG__W_REF
#define GN OG__W_GENERIC
#define MO OG__W_MONTH
#define PR OG__W_PRONOUN
#define ORG OG_ORGANISATION
#define INI OG_INITIATIVE
#define STD OG_STANDARD
#define AGR OG_AGREEMENT
#define EVT OG_EVENT
#define PS OG__TR_PASSIVE_ONLY
#define NI OG__TR_NEEDS_IN
#define NW OG__TR_NEEDS_WITH
#define NO OG__TR_NEEDS_OF
#define PP OG__TR_PARTICIPLE

static const og__word words[] = {
    /* connectors and determiners */
    {"of", C, 0, -1, 0}, {"for", C, 0, -1, 0}, {"on", C, 0, -1, 0}, {"and", C | K, 0, -1, 0},
    {"the", C | D | K, 0, -1, 0}, {"de", C, 0, -1, 0}, {"du", C, 0, -1, 0}, {"des", C, 0, -1, 0},
    {"la", C, 0, -1, 0}, {"le", C, 0, -1, 0}, {"&", C, 0, -1, 0}, {"in", C | K, 0, -1, 0},
    {"to", K, 0, -1, 0}, {"von", C, 0, -1, 0}, {"van", C, 0, -1, 0}, {"der", C, 0, -1, 0},
    {"et", C, 0, -1, 0}, {"d", C, 0, -1, 0}, {"y", C, 0, -1, 0}, {"del", C, 0, -1, 0},
    {"a", D | K, 0, -1, 0}, {"an", D | K, 0, -1, 0}, {"this", D | K, 0, -1, 0},
    {"these", D | K, 0, -1, 0}, {"those", D | K, 0, -1, 0}, {"that", D | K, 0, -1, 0},
    {"its", D | K | PR, 0, -1, 0}, {"their", D | K | PR, 0, -1, 0}, {"our", D | K | PR, 0, -1, 0},
    {"his", D | K, 0, -1, 0}, {"her", D | K, 0, -1, 0}, {"it", K | PR, 0, -1, 0},
    {"they", K | PR, 0, -1, 0}, {"we", K | PR, 0, -1, 0}, {"former", D | K, 0, -1, 0},
    /* head words: organisations */
    {"union", H | RF, ORG, -1, 0}, {"organization", H | CL | RF, ORG, -1, 0},
    {"organisation", H | CL | RF, ORG, -1, 0}, {"commission", H | RF, ORG, -1, 0},
    {"committee", H | CL | RF, ORG, -1, 0}, {"forum", H | RF, ORG, -1, 0},
    {"institute", H | CL | RF, ORG, -1, 0}, {"university", H | CL | RF, ORG, -1, 0},
    {"agency", H | CL | RF, ORG, -1, 0}, {"centre", H | CL | RF, ORG, -1, 0},
    {"center", H | CL | RF, ORG, -1, 0}, {"office", H | RF, ORG, -1, 0},
    {"council", H | RF, ORG, -1, 0}, {"association", H | CL | RF, ORG, -1, 0},
    {"associations", H, ORG, -1, 0}, {"foundation", H | CL | RF, ORG, -1, 0},
    {"bank", H | CL | RF, ORG, -1, 0}, {"group", H, ORG, -1, 0}, {"network", H | CL | RF, ORG, -1, 0},
    {"secretariat", H | RF, ORG, -1, 0}, {"ministry", H | CL, ORG, -1, 0},
    {"department", H, ORG, -1, 0}, {"bureau", H | RF, ORG, -1, 0}, {"board", H, ORG, -1, 0},
    {"sector", H, ORG, -1, 0}, {"administration", H, ORG, -1, 0}, {"authority", H, ORG, -1, 0},
    {"alliance", H | CL | RF, ORG, -1, 0}, {"consortium", H | CL | RF, ORG, -1, 0},
    {"society", H | RF, ORG, -1, 0}, {"federation", H | RF, ORG, -1, 0}, {"academy", H, ORG, -1, 0},
    {"laboratory", H, ORG, -1, 0}, {"lab", H, ORG, -1, 0}, {"school", H, ORG, -1, 0},
    {"court", H, ORG, -1, 0}, {"parliament", H, ORG, -1, 0}, {"company", H | CL | RF, ORG, -1, 0},
    {"corporation", H | CL, ORG, -1, 0}, {"inc", H, ORG, -1, 0}, {"ltd", H, ORG, -1, 0},
    {"division", H, ORG, -1, 0}, {"fund", H, ORG, -1, 0}, {"collaborative", H, ORG, -1, 0},
    {"college", H, ORG, -1, 0}, {"cluster", H, ORG, -1, 0}, {"panel", H, ORG, -1, 0},
    {"party", H, ORG, -1, 0}, {"assembly", H, ORG, -1, 0}, {"agencies", H, ORG, -1, 0},
    {"institution", CL | RF, ORG, -1, 0}, {"body", CL, ORG, -1, 0}, {"firm", CL, ORG, -1, 0},
    {"startup", CL, ORG, -1, 0}, {"start-up", CL, ORG, -1, 0}, {"ngo", CL, ORG, -1, 0},
    {"regulator", CL, ORG, -1, 0}, {"giant", CL, ORG, -1, 0}, {"operator", CL, ORG, -1, 0},
    {"unit", H, ORG, -1, 0}, {"services", 0, ORG, -1, 0}, {"faculty", H, ORG, -1, 0},
    /* head words: initiatives */
    {"initiative", H | CL, INI, -1, 0}, {"project", H | CL, INI, -1, 0},
    {"programme", H | CL, INI, -1, 0}, {"program", H | CL, INI, -1, 0},
    {"platform", H | CL, INI, -1, 0}, {"portal", H | CL, INI, -1, 0}, {"hub", H, INI, -1, 0},
    {"challenge", H | CL, INI, -1, 0}, {"campaign", H | CL, INI, -1, 0},
    {"database", H | CL, INI, -1, 0}, {"observatory", H, INI, -1, 0}, {"force", H, INI, -1, 0},
    {"coalition", H | CL, INI, -1, 0}, {"accelerator", H, INI, -1, 0},
    {"facility", H, INI, -1, 0}, {"partnership", CL | TR, INI, OG_COLLABORATES_WITH, NW}, {"tool", CL, INI, -1, 0},
    /* head words: standards */
    {"standard", H | CL, STD, -1, 0}, {"recommendation", H | CL, STD, -1, 0},
    {"regulation", H, STD, -1, 0}, {"specification", H | CL, STD, -1, 0},
    {"protocol", H | CL, STD, -1, 0}, {"format", CL, STD, -1, 0},
    /* head words: agreements */
    {"agreement", H | CL, AGR, -1, 0}, {"convention", H | CL, AGR, -1, 0},
    {"treaty", H | CL, AGR, -1, 0}, {"declaration", H | CL, AGR, -1, 0},
    {"agenda", H, AGR, -1, 0}, {"compact", H, AGR, -1, 0}, {"charter", H, AGR, -1, 0},
    {"accord", H, AGR, -1, 0}, {"pact", H, AGR, -1, 0}, {"arrangement", H, AGR, -1, 0},
    {"act", H, AGR, -1, 0}, {"memorandum", H, AGR, -1, 0},
    /* head words: events */
    {"summit", H | CL, EVT, -1, 0}, {"conference", H | CL, EVT, -1, 0},
    {"congress", H | CL, EVT, -1, 0}, {"meeting", H | CL, EVT, -1, 0}, {"week", H, EVT, -1, 0},
    {"symposium", H, EVT, -1, 0}, {"colloquium", H, EVT, -1, 0}, {"expo", H, EVT, -1, 0},
    {"festival", H, EVT, -1, 0}, {"hackathon", H, EVT, -1, 0}, {"event", CL, EVT, -1, 0},
    /* person titles and roles */
    {"dr", T, 0, -1, 0}, {"prof", T, 0, -1, 0}, {"professor", T, 0, -1, 0}, {"mr", T, 0, -1, 0},
    {"mrs", T, 0, -1, 0}, {"ms", T, 0, -1, 0}, {"sir", T, 0, -1, 0}, {"dame", T, 0, -1, 0},
    {"director", T, 0, -1, 0}, {"director-general", T, 0, -1, 0}, {"ambassador", T, 0, -1, 0},
    {"president", T, 0, -1, 0}, {"vice-president", T, 0, -1, 0},
    {"secretary-general", T, 0, -1, 0}, {"chair", T, 0, -1, 0}, {"chairman", T, 0, -1, 0},
    {"chairwoman", T, 0, -1, 0}, {"chairperson", T, 0, -1, 0}, {"ceo", T, 0, -1, 0},
    {"cto", T, 0, -1, 0}, {"cfo", T, 0, -1, 0}, {"founder", T, 0, -1, 0},
    {"co-founder", T, 0, -1, 0}, {"minister", T, 0, -1, 0}, {"commissioner", T, 0, -1, 0},
    {"senator", T, 0, -1, 0}, {"governor", T, 0, -1, 0}, {"mayor", T, 0, -1, 0},
    {"rector", T, 0, -1, 0}, {"vice-rector", T, 0, -1, 0}, {"dean", T, 0, -1, 0},
    {"judge", T, 0, -1, 0}, {"lecturer", T, 0, -1, 0}, {"chief", T, 0, -1, 0},
    {"officer", T, 0, -1, 0}, {"executive", T, 0, -1, 0}, {"deputy", T, 0, -1, 0},
    {"envoy", T, 0, -1, 0}, {"rapporteur", T, 0, -1, 0}, {"head", T, 0, -1, 0},
    {"secretary", T, 0, -1, 0}, {"premier", T, 0, -1, 0}, {"visiting", T, 0, -1, 0},
    {"under-secretary-general", T, 0, -1, 0}, {"assistant", T, 0, -1, 0},
    {"vice", T, 0, -1, 0}, {"king", T, 0, -1, 0}, {"queen", T, 0, -1, 0},
    {"manager", T, 0, -1, 0}, {"researcher", T, 0, -1, 0}, {"scientist", T, 0, -1, 0},
    /* hedges, negations, auxiliaries */
    {"may", HG | MO, 0, -1, 0}, {"might", HG, 0, -1, 0}, {"could", HG, 0, -1, 0},
    {"would", HG, 0, -1, 0}, {"should", HG, 0, -1, 0}, {"plans", HG, 0, -1, 0},
    {"plan", HG, 0, -1, 0}, {"planned", HG, 0, -1, 0}, {"planning", HG, 0, -1, 0},
    {"expected", HG, 0, -1, 0}, {"expects", HG, 0, -1, 0}, {"intends", HG, 0, -1, 0},
    {"intend", HG, 0, -1, 0}, {"intended", HG, 0, -1, 0}, {"considering", HG, 0, -1, 0},
    {"proposed", HG, 0, -1, 0}, {"proposes", HG, 0, -1, 0}, {"potentially", HG, 0, -1, 0},
    {"possibly", HG, 0, -1, 0}, {"reportedly", HG, 0, -1, 0}, {"whether", HG, 0, -1, 0},
    {"if", HG | K, 0, -1, 0}, {"hopes", HG, 0, -1, 0}, {"talks", HG, 0, -1, 0},
    {"not", NG, 0, -1, 0}, {"never", NG, 0, -1, 0}, {"no", NG | K, 0, -1, 0},
    {"neither", NG, 0, -1, 0}, {"nor", NG, 0, -1, 0}, {"isn't", NG, 0, -1, 0},
    {"doesn't", NG, 0, -1, 0}, {"didn't", NG, 0, -1, 0}, {"wasn't", NG, 0, -1, 0},
    {"cannot", NG, 0, -1, 0}, {"won't", NG, 0, -1, 0}, {"aren't", NG, 0, -1, 0},
    {"is", AX, 0, -1, 0}, {"was", AX, 0, -1, 0}, {"are", AX, 0, -1, 0}, {"were", AX, 0, -1, 0},
    {"be", AX, 0, -1, 0}, {"been", AX, 0, -1, 0}, {"being", AX, 0, -1, 0},
    {"has", AX, 0, -1, 0}, {"have", AX, 0, -1, 0}, {"had", AX, 0, -1, 0},
    {"will", AX, 0, -1, 0}, {"also", AX | K, 0, -1, 0}, {"jointly", AX, 0, -1, 0},
    {"recently", AX | K, 0, -1, 0}, {"now", AX | K, 0, -1, 0}, {"officially", AX, 0, -1, 0},
    /* triggers: launches */
    {"launch", TR, 0, OG_LAUNCHES, 0}, {"launches", TR, 0, OG_LAUNCHES, 0},
    {"launched", TR, 0, OG_LAUNCHES, PP}, {"create", TR, 0, OG_LAUNCHES, 0},
    {"creates", TR, 0, OG_LAUNCHES, 0}, {"created", TR, 0, OG_LAUNCHES, PP},
    {"creating", TR, 0, OG_LAUNCHES, 0}, {"establish", TR, 0, OG_LAUNCHES, 0},
    {"establishes", TR, 0, OG_LAUNCHES, 0}, {"established", TR, 0, OG_LAUNCHES, PP},
    {"founded", TR, 0, OG_LAUNCHES, PP}, {"founds", TR, 0, OG_LAUNCHES, 0},
    {"initiated", TR, 0, OG_LAUNCHES, PP}, {"initiates", TR, 0, OG_LAUNCHES, 0},
    {"leads", TR, 0, OG_LAUNCHES, 0}, {"led", TR, 0, OG_LAUNCHES, PP}, {"lead", TR, 0, OG_LAUNCHES, 0},
    {"runs", TR, 0, OG_LAUNCHES, 0}, {"run", TR, 0, OG_LAUNCHES, PP | PS},
    {"chairs", TR, 0, OG_LAUNCHES, 0}, {"chaired", TR, 0, OG_LAUNCHES, PP},
    {"heads", TR, 0, OG_LAUNCHES, 0}, {"headed", TR, 0, OG_LAUNCHES, PP},
    {"directs", TR, 0, OG_LAUNCHES, 0}, {"directed", TR, 0, OG_LAUNCHES, PP},
    {"spearheaded", TR, 0, OG_LAUNCHES, PP}, {"spearheads", TR, 0, OG_LAUNCHES, 0},
    {"unveiled", TR, 0, OG_LAUNCHES, PP}, {"unveils", TR, 0, OG_LAUNCHES, 0},
    {"started", TR, 0, OG_LAUNCHES, PP}, {"coordinates", TR, 0, OG_LAUNCHES, 0},
    {"coordinated", TR, 0, OG_LAUNCHES, PP}, {"manages", TR, 0, OG_LAUNCHES, 0},
    {"managed", TR, 0, OG_LAUNCHES, PP},
    {"co-chaired", TR, 0, OG_LAUNCHES, PP}, {"co-chairs", TR, 0, OG_LAUNCHES, 0},
    {"co-founded", TR, 0, OG_LAUNCHES, PP}, {"co-led", TR, 0, OG_LAUNCHES, PP},
    {"co-leads", TR, 0, OG_LAUNCHES, 0}, {"co-developed", TR, 0, OG_DEVELOPS, PP},
    {"co-hosted", TR, 0, OG_HOSTS, PP}, {"co-hosts", TR, 0, OG_HOSTS, 0},
    {"co-organised", TR, 0, OG_HOSTS, PP}, {"co-organized", TR, 0, OG_HOSTS, PP},
    {"co-funded", TR, 0, OG_SUPPORTS, PP}, {"co-sponsored", TR, 0, OG_SUPPORTS, PP},
    {"co-founder", T, 0, -1, 0},
    /* hosts */
    {"host", TR, 0, OG_HOSTS, 0}, {"hosts", TR, 0, OG_HOSTS, 0},
    {"hosted", TR, 0, OG_HOSTS, PP}, {"houses", TR, 0, OG_HOSTS, 0},
    {"housed", TR, 0, OG_HOSTS, PP}, {"organises", TR, 0, OG_HOSTS, 0},
    {"organizes", TR, 0, OG_HOSTS, 0}, {"organised", TR, 0, OG_HOSTS, PP},
    {"organized", TR, 0, OG_HOSTS, PP}, {"convenes", TR, 0, OG_HOSTS, 0},
    {"convened", TR, 0, OG_HOSTS, PP},
    /* supports */
    {"support", TR, 0, OG_SUPPORTS, 0}, {"supports", TR, 0, OG_SUPPORTS, 0},
    {"supported", TR, 0, OG_SUPPORTS, PP}, {"funds", TR, 0, OG_SUPPORTS, 0},
    {"funded", TR, 0, OG_SUPPORTS, PP}, {"finances", TR, 0, OG_SUPPORTS, 0},
    {"financed", TR, 0, OG_SUPPORTS, PP}, {"sponsors", TR, 0, OG_SUPPORTS, 0},
    {"sponsored", TR, 0, OG_SUPPORTS, PP}, {"invest", TR, 0, OG_SUPPORTS, NI},
    {"invests", TR, 0, OG_SUPPORTS, NI}, {"invested", TR, 0, OG_SUPPORTS, NI},
    {"investing", TR, 0, OG_SUPPORTS, NI}, {"investment", TR, 0, OG_SUPPORTS, NI},
    {"backed", TR, 0, OG_SUPPORTS, PP | PS}, {"backs", TR, 0, OG_SUPPORTS, 0},
    {"endorsed", TR, 0, OG_SUPPORTS, PP}, {"endorses", TR, 0, OG_SUPPORTS, 0},
    /* develops */
    {"develop", TR, 0, OG_DEVELOPS, 0}, {"develops", TR, 0, OG_DEVELOPS, 0},
    {"developed", TR, 0, OG_DEVELOPS, PP}, {"publishes", TR, 0, OG_DEVELOPS, 0},
    {"published", TR, 0, OG_DEVELOPS, PP}, {"maintains", TR, 0, OG_DEVELOPS, 0},
    {"maintained", TR, 0, OG_DEVELOPS, PP}, {"authored", TR, 0, OG_DEVELOPS, PP},
    {"drafted", TR, 0, OG_DEVELOPS, PP}, {"edited", TR, 0, OG_DEVELOPS, PP},
    {"produced", TR, 0, OG_DEVELOPS, PP}, {"produces", TR, 0, OG_DEVELOPS, 0},
    {"set", TR, 0, OG_LAUNCHES, PP},
    /* adopts */
    {"adopt", TR, 0, OG_ADOPTS, 0}, {"adopts", TR, 0, OG_ADOPTS, 0},
    {"adopted", TR, 0, OG_ADOPTS, PP}, {"applies", TR, 0, OG_ADOPTS, 0},
    {"applied", TR, 0, OG_ADOPTS, PP}, {"administers", TR, 0, OG_ADOPTS, 0},
    {"administered", TR, 0, OG_ADOPTS, PP}, {"implements", TR, 0, OG_ADOPTS, 0},
    {"implemented", TR, 0, OG_ADOPTS, PP}, {"ratified", TR, 0, OG_ADOPTS, PP},
    {"signed", TR, 0, OG_ADOPTS, PP},
    /* member_of, part_of */
    {"member", TR, 0, OG_MEMBER_OF, NO}, {"members", TR, 0, OG_MEMBER_OF, NO},
    {"joined", TR, 0, OG_MEMBER_OF, 0}, {"joins", TR, 0, OG_MEMBER_OF, 0},
    {"join", TR, 0, OG_MEMBER_OF, 0}, {"part", TR, 0, OG_PART_OF, NO},
    {"subsidiary", TR, 0, OG_PART_OF, NO},
    {"adoption", TR, 0, OG_ADOPTS, NO}, {"implementation", TR, 0, OG_ADOPTS, NO},
    {"development", TR, 0, OG_DEVELOPS, NO}, {"launch", TR, 0, OG_LAUNCHES, NO},
    /* collaborates_with, partner_in */
    {"collaborates", TR, 0, OG_COLLABORATES_WITH, NW},
    {"collaborated", TR, 0, OG_COLLABORATES_WITH, NW},
    {"collaborate", TR, 0, OG_COLLABORATES_WITH, NW},
    {"collaboration", TR, 0, OG_COLLABORATES_WITH, NW},
    {"cooperates", TR, 0, OG_COLLABORATES_WITH, NW},
    {"cooperation", TR, 0, OG_COLLABORATES_WITH, NW},
    {"cooperated", TR, 0, OG_COLLABORATES_WITH, NW},
    {"partnered", TR, 0, OG_COLLABORATES_WITH, NW},
    {"partners", TR, 0, OG_COLLABORATES_WITH, NW},
    {"works", TR, 0, OG_COLLABORATES_WITH, NW}, {"worked", TR, 0, OG_COLLABORATES_WITH, NW},
    {"working", TR, 0, OG_COLLABORATES_WITH, NW}, {"together", TR, 0, OG_COLLABORATES_WITH, NW},
    {"partner", TR, 0, OG_PARTNER_IN, NI}, {"participates", TR, 0, OG_PARTNER_IN, NI},
    {"participate", TR, 0, OG_PARTNER_IN, NI},
    /* located_in */
    {"based", TR, 0, OG_LOCATED_IN, NI}, {"headquartered", TR, 0, OG_LOCATED_IN, NI},
    {"located", TR, 0, OG_LOCATED_IN, NI}, {"situated", TR, 0, OG_LOCATED_IN, NI},
    {"held", TR, 0, OG_LOCATED_IN, NI}, {"place", TR, 0, OG_LOCATED_IN, NI},
    /* ordinary words that start sentences or headings */
    {"as", K, 0, -1, 0}, {"at", K, 0, -1, 0}, {"by", K, 0, -1, 0}, {"from", K, 0, -1, 0},
    {"with", K, 0, -1, 0}, {"without", K, 0, -1, 0}, {"through", K, 0, -1, 0},
    {"since", K, 0, -1, 0}, {"during", K, 0, -1, 0}, {"after", K, 0, -1, 0},
    {"before", K, 0, -1, 0}, {"under", K, 0, -1, 0}, {"over", K, 0, -1, 0},
    {"between", K, 0, -1, 0}, {"among", K, 0, -1, 0}, {"according", K, 0, -1, 0},
    {"following", K, 0, -1, 0}, {"despite", K, 0, -1, 0}, {"although", K, 0, -1, 0},
    {"while", K, 0, -1, 0}, {"when", K, 0, -1, 0}, {"where", K, 0, -1, 0},
    {"which", K, 0, -1, 0}, {"who", K, 0, -1, 0}, {"what", K, 0, -1, 0}, {"why", K, 0, -1, 0},
    {"how", K, 0, -1, 0}, {"however", K, 0, -1, 0}, {"moreover", K, 0, -1, 0},
    {"furthermore", K, 0, -1, 0}, {"additionally", K, 0, -1, 0}, {"then", K, 0, -1, 0},
    {"thus", K, 0, -1, 0}, {"therefore", K, 0, -1, 0}, {"today", K, 0, -1, 0},
    {"currently", K, 0, -1, 0}, {"finally", K, 0, -1, 0}, {"first", K, 0, -1, 0},
    {"second", K, 0, -1, 0}, {"third", K, 0, -1, 0}, {"some", K | GN, 0, -1, 0},
    {"many", K | GN, 0, -1, 0}, {"most", K | GN, 0, -1, 0}, {"several", K | GN, 0, -1, 0},
    {"all", K | GN, 0, -1, 0}, {"each", K | GN, 0, -1, 0}, {"every", K | GN, 0, -1, 0},
    {"both", K | GN, 0, -1, 0}, {"other", K | GN, 0, -1, 0}, {"another", K | GN, 0, -1, 0},
    {"such", K | GN, 0, -1, 0}, {"more", K, 0, -1, 0}, {"less", K, 0, -1, 0},
    {"only", K, 0, -1, 0}, {"there", K, 0, -1, 0}, {"here", K, 0, -1, 0}, {"he", K, 0, -1, 0},
    {"she", K, 0, -1, 0}, {"you", K, 0, -1, 0}, {"your", K, 0, -1, 0}, {"i", K, 0, -1, 0},
    {"my", K, 0, -1, 0}, {"one", K, 0, -1, 0}, {"two", K, 0, -1, 0}, {"new", K | GN, 0, -1, 0},
    {"key", K, 0, -1, 0}, {"main", K, 0, -1, 0}, {"further", K, 0, -1, 0},
    {"including", K, 0, -1, 0}, {"about", K, 0, -1, 0}, {"via", K, 0, -1, 0},
    {"within", K, 0, -1, 0}, {"across", K, 0, -1, 0}, {"against", K, 0, -1, 0},
    {"like", K, 0, -1, 0}, {"read", K, 0, -1, 0}, {"learn", K, 0, -1, 0}, {"see", K, 0, -1, 0},
    {"visit", K, 0, -1, 0}, {"click", K, 0, -1, 0}, {"contact", K, 0, -1, 0},
    {"home", K, 0, -1, 0}, {"menu", K, 0, -1, 0}, {"search", K, 0, -1, 0},
    {"skip", K, 0, -1, 0}, {"share", K, 0, -1, 0}, {"follow", K, 0, -1, 0},
    {"subscribe", K, 0, -1, 0}, {"login", K, 0, -1, 0}, {"sign", K, 0, -1, 0},
    {"next", K, 0, -1, 0}, {"previous", K, 0, -1, 0}, {"news", K, 0, -1, 0},
    {"why", K, 0, -1, 0}, {"yet", K, 0, -1, 0}, {"even", K, 0, -1, 0}, {"upon", K, 0, -1, 0},
    {"because", K, 0, -1, 0}, {"unlike", K, 0, -1, 0}, {"given", K, 0, -1, 0},
    {"once", K, 0, -1, 0}, {"only", K, 0, -1, 0}, {"our", K, 0, -1, 0}, {"here", K, 0, -1, 0},
    {"national", GN, 0, -1, 0}, {"international", GN, 0, -1, 0}, {"various", GN, 0, -1, 0},
    {"local", GN, 0, -1, 0}, {"regional", GN, 0, -1, 0}, {"relevant", GN, 0, -1, 0},
    {"respective", GN, 0, -1, 0}, {"related", GN, 0, -1, 0}, {"public", GN, 0, -1, 0},
    {"private", GN, 0, -1, 0}, {"leading", GN, 0, -1, 0}, {"major", GN, 0, -1, 0},
    {"specialized", GN, 0, -1, 0}, {"specialised", GN, 0, -1, 0}, {"standards", GN, 0, -1, 0},
    {"research", 0, 0, -1, 0},
    /* months, days */
    {"january", MO, 0, -1, 0}, {"february", MO, 0, -1, 0}, {"march", MO, 0, -1, 0},
    {"april", MO, 0, -1, 0}, {"june", MO, 0, -1, 0}, {"july", MO, 0, -1, 0},
    {"august", MO, 0, -1, 0}, {"september", MO, 0, -1, 0}, {"october", MO, 0, -1, 0},
    {"november", MO, 0, -1, 0}, {"december", MO, 0, -1, 0}, {"monday", MO, 0, -1, 0},
    {"tuesday", MO, 0, -1, 0}, {"wednesday", MO, 0, -1, 0}, {"thursday", MO, 0, -1, 0},
    {"friday", MO, 0, -1, 0}, {"saturday", MO, 0, -1, 0}, {"sunday", MO, 0, -1, 0},
    {"sept", MO, 0, -1, 0}, {"oct", MO, 0, -1, 0}, {"nov", MO, 0, -1, 0}, {"dec", MO, 0, -1, 0},
};

#undef C
#undef D
#undef H
#undef T
#undef K
#undef CL
#undef HG
#undef NG
#undef AX
#undef TR
#undef RF
#undef GN
#undef MO
#undef PR
#undef ORG
#undef INI
#undef STD
#undef AGR
#undef EVT
#undef PS
#undef NI
#undef NW
#undef NO
#undef PP

#define WORD_SLOTS 2048u /* power of two, > 2 x entries */
static int16_t word_slots[WORD_SLOTS];
static once_flag words_once = ONCE_FLAG_INIT;

static uint32_t fnv_lower(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        h = (h ^ c) * 16777619u;
    }
    return h;
}

static int eq_lower(const char *s, size_t len, const char *w) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (w[i] == '\0' || (unsigned char)w[i] != c)
            return 0;
    }
    return w[len] == '\0';
}

static void words_build(void) {
    for (size_t i = 0; i < WORD_SLOTS; i++)
        word_slots[i] = -1;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t len = strlen(words[i].w);
        uint32_t h = fnv_lower(words[i].w, len) & (WORD_SLOTS - 1);
        int dup = 0;
        while (word_slots[h] >= 0) {
            if (strcmp(words[word_slots[h]].w, words[i].w) == 0) {
                dup = 1; /* first entry wins */
                break;
            }
            h = (h + 1) & (WORD_SLOTS - 1);
        }
        if (!dup)
            word_slots[h] = (int16_t)i;
    }
}

void og__words_init(void) { call_once(&words_once, words_build); }

const og__word *og__word_at(int i) { return i >= 0 ? &words[i] : NULL; }

int og__word_find(const char *s, size_t len) {
    if (len == 0 || len > 30)
        return -1;
    uint32_t h = fnv_lower(s, len) & (WORD_SLOTS - 1);
    while (word_slots[h] >= 0) {
        if (eq_lower(s, len, words[word_slots[h]].w))
            return word_slots[h];
        h = (h + 1) & (WORD_SLOTS - 1);
    }
    return -1;
}

/* ------------------------------------------------------------------------ */
/* Mentions                                                                  */
/* ------------------------------------------------------------------------ */

int og__mentions_push(og__mentions *ms, const og__mention *m) {
    if (ms->n == ms->cap) {
        size_t cap = ms->cap ? ms->cap + ms->cap / 2 : 64;
        og__mention *v = og_realloc(ms->v, cap * sizeof *v);
        if (!v)
            return OG_ENOMEM;
        ms->v = v;
        ms->cap = cap;
    }
    ms->v[ms->n] = *m;
    return (int)(ms->n++ & 0x7fffffff);
}

void og__mentions_free(og__mentions *ms) {
    for (size_t i = 0; i < ms->n; i++)
        og_free((void *)ms->v[i].name);
    og_free(ms->v);
    ms->v = NULL;
    ms->n = ms->cap = 0;
}

/* ------------------------------------------------------------------------ */
/* Tokeniser                                                                 */
/* ------------------------------------------------------------------------ */

/* Decodes the code point at s[i] (i < len); returns its byte length (>= 1). */
static size_t cp_at(const char *s, size_t i, size_t len, int32_t *cp) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), cp);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    return (size_t)n;
}

/* ASCII classes for the tokeniser's fast path: letters by case, digits, white space. */
enum { AC_UP = 1, AC_LO = 2, AC_DG = 4, AC_SP = 8 };
static const unsigned char ascii_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0,
    0, AC_SP, AC_SP, AC_SP, AC_SP, AC_SP, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    AC_SP, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    AC_DG, AC_DG, AC_DG, AC_DG, AC_DG, AC_DG, AC_DG, AC_DG,
    AC_DG, AC_DG, 0, 0, 0, 0, 0, 0,
    0, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP,
    AC_UP, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP,
    AC_UP, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP, AC_UP,
    AC_UP, AC_UP, AC_UP, 0, 0, 0, 0, 0,
    0, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO,
    AC_LO, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO,
    AC_LO, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO, AC_LO,
    AC_LO, AC_LO, AC_LO, 0, 0, 0, 0, 0,
};

/* 0 other, 1 letter/digit/mark, 2 space */
static int cp_class(int32_t cp) {
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))
            return 1;
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
            return 2;
        return 0;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NO:
        return 1;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CF:
        return 2;
    default:
        return 0;
    }
}

static int is_joiner(int32_t cp) {
    return cp == '-' || cp == '/' || cp == '.' || cp == '&' || cp == '\'' || cp == 0x2019 || cp == '_' ||
           cp == 0x2010 || cp == 0x2011;
}

static int push_tok(og__ex *ex, const og__tok *t) {
    if (ex->n_toks == ex->cap_toks) {
        size_t cap = ex->cap_toks ? ex->cap_toks * 2 : 1024;
        og__tok *v = og_realloc(ex->toks, cap * sizeof *v);
        if (!v)
            return OG_ENOMEM;
        ex->toks = v;
        ex->cap_toks = cap;
    }
    ex->toks[ex->n_toks++] = *t;
    return 0;
}

int og__tokenize(og__ex *ex) {
    const og__doc *doc = ex->doc;
    const char *s = doc->text;
    ex->sent_tok = og_malloc((doc->n_sents + 1) * sizeof *ex->sent_tok);
    if (!ex->sent_tok)
        return og_error_set(ex->err, OG_ENOMEM, doc->name, 0, 0, "out of memory");
    for (size_t si = 0; si < doc->n_sents; si++) {
        size_t i = doc->sents[si].start, end = doc->sents[si].end;
        if (end > doc->len)
            end = doc->len;
        ex->sent_tok[si] = (uint32_t)ex->n_toks;
        int first = 1, nl = 0;
        while (i < end) {
            unsigned char b0 = (unsigned char)s[i];
            if (b0 < 0x80 && (ascii_class[b0] & AC_SP)) { /* fast path: ASCII white space */
                if (b0 == '\n')
                    nl = 1;
                i++;
                continue;
            }
            int32_t cp;
            size_t n = cp_at(s, i, end, &cp);
            int cls = cp_class(cp);
            if (cls == 2) {
                if (cp == '\n')
                    nl = 1;
                i += n;
                continue;
            }
            og__tok t = {i, i + n, (uint32_t)si, 0, -1};
            if (nl)
                t.flags |= OG__TK_NL_BEFORE;
            nl = 0;
            if (cls == 0) {
                /* possessive 's split off the previous word */
                if ((cp == '\'' || cp == 0x2019) && i + n < end && (s[i + n] == 's' || s[i + n] == 'S') &&
                    ex->n_toks > ex->sent_tok[si] && ex->toks[ex->n_toks - 1].end == i) {
                    int32_t nx = ' ';
                    if (i + n + 1 < end)
                        cp_at(s, i + n + 1, end, &nx);
                    if (cp_class(nx) != 1) {
                        t.end = i + n + 1;
                        t.flags = OG__TK_POSS;
                        if (push_tok(ex, &t) < 0)
                            return og_error_set(ex->err, OG_ENOMEM, doc->name, 0, 0, "out of memory");
                        i = t.end;
                        continue;
                    }
                }
                t.flags |= OG__TK_PUNCT;
                if (cp == '&')
                    t.word = (int16_t)og__word_find("&", 1);
                if (push_tok(ex, &t) < 0)
                    return og_error_set(ex->err, OG_ENOMEM, doc->name, 0, 0, "out of memory");
                i += n;
                continue;
            }
            /* a word */
            size_t j = i;
            unsigned letters = 0, lowers = 0, uppers_after = 0, alnum = 0;
            int first_letter = 0; /* 1 upper, 2 lower */
            int first_digit = (cp >= '0' && cp <= '9');
            int ascii = 1;
            while (j < end) {
                unsigned char b = (unsigned char)s[j];
                unsigned ac = b < 0x80 ? ascii_class[b] : 0;
                if (ac & (AC_UP | AC_LO | AC_DG)) { /* fast path: an ASCII letter or digit */
                    alnum++;
                    if (ac & AC_UP) {
                        letters++;
                        if (!first_letter)
                            first_letter = 1;
                        else if (j > i)
                            uppers_after++;
                    } else if (ac & AC_LO) {
                        letters++;
                        lowers++;
                        if (!first_letter)
                            first_letter = 2;
                    }
                    j++;
                    continue;
                }
                int32_t c2;
                size_t n2 = cp_at(s, j, end, &c2);
                int k = cp_class(c2);
                if (k == 1) {
                    if (c2 >= 0x80)
                        ascii = 0;
                    alnum++;
                    utf8proc_category_t cat = c2 < 0x80
                        ? ((c2 >= 'A' && c2 <= 'Z') ? UTF8PROC_CATEGORY_LU
                           : (c2 >= 'a' && c2 <= 'z') ? UTF8PROC_CATEGORY_LL : UTF8PROC_CATEGORY_ND)
                        : utf8proc_category(c2);
                    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
                        letters++;
                        if (!first_letter)
                            first_letter = 1;
                        else if (j > i)
                            uppers_after++;
                    } else if (cat == UTF8PROC_CATEGORY_LL) {
                        letters++;
                        lowers++;
                        if (!first_letter)
                            first_letter = 2;
                    } else if (cat == UTF8PROC_CATEGORY_LO) {
                        letters++;
                        if (!first_letter)
                            first_letter = 1;
                    }
                    j += n2;
                    continue;
                }
                if (is_joiner(c2) && j + n2 < end && j > i) {
                    int32_t c3;
                    cp_at(s, j + n2, end, &c3);
                    if (cp_class(c3) == 1) {
                        /* possessive: stop before 's at the end of a word */
                        if ((c2 == '\'' || c2 == 0x2019) && (c3 == 's' || c3 == 'S')) {
                            int32_t c4 = ' ';
                            if (j + n2 + 1 < end)
                                cp_at(s, j + n2 + 1, end, &c4);
                            if (cp_class(c4) != 1)
                                break;
                        }
                        if (c2 >= 0x80)
                            ascii = 0;
                        j += n2;
                        continue;
                    }
                }
                break;
            }
            t.end = j;
            t.flags |= OG__TK_WORD;
            if (first_digit)
                t.flags |= OG__TK_DIGIT;
            else if (first_letter == 1)
                t.flags |= OG__TK_CAP;
            else if (first_letter == 2)
                t.flags |= OG__TK_LOWER;
            if (letters >= 1 && lowers == 0 && alnum >= 2 && !first_digit)
                t.flags |= OG__TK_UPPER;
            if (uppers_after && lowers)
                t.flags |= OG__TK_MIXED;
            if (first)
                t.flags |= OG__TK_FIRST;
            first = 0;
            if (ascii)
                t.word = (int16_t)og__word_find(s + i, j - i);
            if (push_tok(ex, &t) < 0)
                return og_error_set(ex->err, OG_ENOMEM, doc->name, 0, 0, "out of memory");
            i = j;
        }
    }
    ex->sent_tok[doc->n_sents] = (uint32_t)ex->n_toks;
    return 0;
}

int og__tok_is(const og__ex *ex, size_t t, const char *w) {
    if (t >= ex->n_toks)
        return 0;
    const og__tok *k = &ex->toks[t];
    const char *s = ex->doc->text + k->start;
    unsigned char c = (unsigned char)s[0];
    if (c >= 'A' && c <= 'Z')
        c = (unsigned char)(c - 'A' + 'a');
    if (c != (unsigned char)w[0]) /* cheap reject: most calls differ in the first letter */
        return 0;
    return eq_lower(s, k->end - k->start, w);
}

unsigned og__tok_wflags(const og__ex *ex, size_t t) {
    if (t >= ex->n_toks || ex->toks[t].word < 0)
        return 0;
    return words[ex->toks[t].word].flags;
}

size_t og__span_name(const og__ex *ex, size_t start, size_t end, char *buf, size_t cap) {
    const char *s = ex->doc->text;
    size_t o = 0;
    int space = 0;
    for (size_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = o > 0;
            continue;
        }
        /* U+00A0 no-break space */
        if (c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xA0) {
            space = o > 0;
            i++;
            continue;
        }
        if (o + 2 >= cap)
            return 0;
        if (space)
            buf[o++] = ' ';
        space = 0;
        buf[o++] = (char)c;
    }
    buf[o] = '\0';
    return o;
}

const char *og__mention_name(og__ex *ex, const og__mention *m) {
    if (m->name)
        return m->name;
    size_t n = og__span_name(ex, m->start, m->end, ex->name, sizeof ex->name);
    return n ? ex->name : NULL;
}

size_t og__tok_at(const og__ex *ex, size_t off) {
    size_t lo = 0, hi = ex->n_toks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ex->toks[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
