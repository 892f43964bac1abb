#pragma once

#include "search/ranking.h"
#include "search/searchengine.h"
#include "search/searchindex.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

// A query read into a plan (search/ranking.md, "Query"): its words, the concepts that count,
// and for each concept the matchers that say which directory words stand for it and how well.
// Built in steps, each in its own file: reading the words (queryplan.cpp), the directory's own
// words for each (termmatchers.cpp), the thesaurus' (synonymmatchers.cpp), then weighing
// each concept (queryplan.cpp).

namespace whoowns::search {

using ranking::Field;

inline constexpr int kMaxWords = ranking::kMaxQueryWords;

enum class MatchKind : std::uint8_t { Exact, Stem, Prefix, Typo, Nickname, Synonym, Email, Number };

// One way a query word can match: a term of the index (or a list of documents for numbers,
// e-mail addresses and multi-word synonyms) with a quality from ranking.h.
struct Matcher
{
    std::uint32_t term = kNoTerm;
    float quality = 0;
    MatchKind kind = MatchKind::Exact;
    QString note; // for explanations: "refnud~refund", "parcel~package"
    // Only in titles (a name, a topic, a team's name): a completion too common to take whole.
    bool titleOnly = false;
};

// A word of the query after analysis.
struct QueryWord
{
    QString text;
    qsizetype start = 0;
    std::string folded;
    std::string stem;
    bool stop = false;
    // Read as a word of the language data one or two edits away (folded and stem are that
    // word's): a caller's misspelt word ("frevzing") still brings its synonyms in.
    bool corrected = false;
    // A comma, full stop or the like between this word and the one before: no thesaurus
    // phrase, typed whole or with other words inside it, runs across it.
    bool afterClauseBreak = false;
};

// What one query word needs to decide, for any word of a title, whether it matched.
struct Concept
{
    int word = 0; // index into the query words
    std::string folded;
    std::string stem;
    bool prefix = false; // may be an unfinished word
    int maxEdits = 0;
    std::unordered_set<std::string> alternatives; // folded nicknames
    std::unordered_set<std::string> synonyms;     // stems of thesaurus alternatives
    float weight = 0;                             // idf
    bool numeric = false;
    // An ordinary word of the language (isOrdinaryWord) in a sentence-shaped query: where it
    // names a person or team, it is weak evidence (kSentenceOrdinaryName).
    bool ordinaryInSentence = false;
    // A stop word read as part of a name ("and curr" for Andrew Curran, "j hope" for Julie
    // Hope): it only matches name fields, only where another word of the query is in a name
    // too, and only adds to a score (kNameQueryMaxWords).
    bool optional = false;
    // What was meant, not a slip to correct: a word of the directory or of the language data,
    // or in a sentence of English (set with the term matchers).
    bool known = false;
    // Typed as a word of a thesaurus phrase of several query words ("wants her money back")
    // that no entity holds all the words of: the caller's phrase, not the directory's name
    // for something (set with the synonym matchers).
    bool inCallersPhrase = false;
};

// Everything a query needs while it runs.
struct QueryPlan
{
    std::vector<QueryWord> words;
    std::vector<Concept> concepts;
    std::vector<Matcher> matchers;
    // per concept: term matchers (matcher indexes)
    std::vector<std::vector<std::uint32_t>> termMatchers;
    // per concept: documents matched directly (numbers, e-mail, multi-word synonyms)
    struct DocHit
    {
        std::uint32_t doc;
        float value;
        Field field;
        std::uint32_t matcher;
    };
    std::vector<std::vector<DocHit>> docHits;
    // concept of each word, -1 for a word that is none (a stop word, a short number)
    std::vector<int> conceptOfWord;

    QString query;              // as typed
    QString trimmed;            // the query without surrounding spaces
    bool endsWithSpace = false; // the last word is finished
    bool wholeNumber = false;   // the query is one number ("+49 30 5557", "x4417")
    bool extensionOnly = false; // ... typed as an extension ("x4417")
    // Two or three words, one of them a stop word first or last: maybe part of a name.
    bool stopWordMayBeName = false;
    // A described problem: 3+ content words with stop words around them.
    bool sentence = false;

    std::uint32_t addMatcher(Matcher m)
    {
        matchers.push_back(std::move(m));
        return static_cast<std::uint32_t>(matchers.size() - 1);
    }
    // The query's last word, still being typed.
    bool isLastWord(const Concept &c) const
    {
        return static_cast<size_t>(c.word) + 1 == words.size() && !endsWithSpace;
    }
};

bool cancelled(const SearchOptions &o);

// Reads the query's words and concepts; false when it has none.
bool readQuery(const QString &query, const SearchIndex &x, QueryPlan &plan);
// The directory's own words for each concept: the word, its stem, completions, typos,
// nicknames; the entities of a number or of an e-mail address typed whole.
void addTermMatchers(const SearchIndex &x, QueryPlan &plan);
void addEmailMatchers(const SearchIndex &x, QueryPlan &plan);
// The thesaurus' and the admins' synonyms: phrases typed whole or with gaps, and the phrases
// an unknown word is part of.
void addSynonymMatchers(const SearchIndex &x, QueryPlan &plan);
// A query without a sentence around it that would find nothing at all: its words the language
// data knows but neither the directory nor the synonyms reach ("coca", a drink's name, typed
// for the unit "CICA") may still be slips for directory words, and are corrected like unknown
// words.
void addLastResortTypos(const SearchIndex &x, QueryPlan &plan);
// Each concept's weight: how telling a word it is (idf, generic words, common verbs).
void weighConcepts(const SearchIndex &x, QueryPlan &plan);
// In a sentence, a word typed as part of the caller's phrase ("wants her money back") means
// what the phrase means: its own matches ("take back"), not its synonyms, count
// kPhraseWordAlone. After weighConcepts, which weighs a word by its best match, not by this.
void weakenPhraseWordsFoundAlone(QueryPlan &plan);

// Whether two words sharing a Snowball stem are forms of one word, not a word and its
// derivation.
bool inflectionsOfOneWord(std::string_view a, std::string_view b);

} // namespace whoowns::search
