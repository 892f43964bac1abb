#pragma once

// The weights of search ranking, named so that tests and ranking.md can speak about them
// (after fzy's match.h). What the numbers mean and why each has its value: ranking.md.

#include <cstddef>
#include <cstdint>

namespace whoowns::ranking {

// Where in an entity a word was found. Stored in 4 bits of every posting (the last two are
// only used for numbers, which have their own index).
enum class Field : std::uint8_t {
    Topic,         // responsibility title
    Keywords,      // responsibility keywords
    Description,   // responsibility description
    Notes,         // what to tell the customer
    OwnerTeam,     // name of the team that owns a responsibility
    Name,          // person's full name
    PreferredName, // person's preferred name
    Email,         // local part of a person's e-mail address
    JobTitle,      // person's job title
    Function,      // what a person's post does
    Team,          // person's team name
    Department,    // person's or team's department
    Location,      // person's or team's site
    TeamName,      // a team's own name
    KeywordPart,   // one word of a keyword phrase ("out" of "locked out")
    Extension,     // internal extension (numbers have their own index: never in postings)
    Phone,         // direct line (likewise)
};
inline constexpr int kFieldCount = 17;

// How much a word found in a field says that the entity is the answer (0..1).
inline constexpr float fieldWeight(Field f)
{
    switch (f) {
    case Field::Topic:
    case Field::Name:
    case Field::PreferredName:
    case Field::TeamName:
    case Field::Extension:
        return 1.0f;
    case Field::Keywords:
        return 0.9f;
    case Field::KeywordPart:
        return 0.6f;
    case Field::Phone:
        return 0.9f;
    case Field::Email:
        return 0.8f;
    case Field::Description:
        return 0.55f;
    case Field::Function:
        return 0.5f;
    case Field::OwnerTeam:
        return 0.4f;
    case Field::Notes:
        return 0.35f;
    case Field::JobTitle:
        return 0.35f;
    case Field::Team:
        return 0.25f;
    case Field::Location:
        return 0.2f;
    case Field::Department:
        return 0.15f;
    }
    return 0.0f;
}

// The field that is shown as the result's title (and highlighted).
inline constexpr bool isTitleField(Field f)
{
    return f == Field::Topic || f == Field::Name || f == Field::PreferredName ||
           f == Field::TeamName;
}

// The fields that name a person or a team (not a responsibility's topic, which is made of
// ordinary words by nature).
inline constexpr bool isNameField(Field f)
{
    return f == Field::Name || f == Field::PreferredName || f == Field::Email ||
           f == Field::TeamName;
}

// The fields that name one person. A synonym never lands here: "invoice" ~ "bill" is about
// billing, not about every William called Bill; nicknames have their own matcher.
inline constexpr bool isPersonalNameField(Field f)
{
    return f == Field::Name || f == Field::PreferredName || f == Field::Email;
}

// How well a query word matched a word of the entity (0..1).
inline constexpr float kExact = 1.0f;       // the same word after folding
inline constexpr float kStem = 0.95f;       // same Snowball stem (refunds = refund)
inline constexpr float kNickname = 0.9f;    // Bob = Robert
inline constexpr float kPrefix = 0.85f;     // the last word, still being typed
inline constexpr float kInnerPrefix = 0.7f; // an earlier word left short ("jan do")
// Earlier words (not the last) count as prefixes only up to this length ("jan do").
inline constexpr int kInnerPrefixMaxLength = 4;
// A prefix loses up to this much for the share of the word not yet typed ("invoi" is closer
// to "invoice" than to "invoices").
inline constexpr float kPrefixShortfall = 0.1f;
// In a sentence, a last word that is already a whole word ("... being called off") was most
// likely finished: its completions ("official") count this share of a prefix match.
inline constexpr float kWholeWordPrefix = 0.375f;
inline constexpr float kSynonym = 0.77f; // thesaurus or admin synonym
// A thesaurus phrase said with other words inside it ("walked out with a saw without paying"):
// its words must lie within the phrase's length plus this many, and its group counts this much
// less than when the phrase is said whole, since the words may belong to different thoughts.
// 5, not the first 3: callers put more between ("took the money off my card two times"); 5 won
// 2 first results on the catalogs fitted on and 2 on the clean ones, more won nothing more.
inline constexpr size_t kPhraseGapWords = 5;
inline constexpr float kGappedPhrase = 0.93f;
// In a sentence, a word typed as part of a thesaurus phrase found whole that covers two or more
// query words besides stop words ("wants her money back"), found in an entity by its own
// matches ("take back"), counts this share of them: the caller meant the phrase, whose group
// still reaches what it means. Not when some entity holds all the words of the typed phrase
// ("human resources"). On the customer-words queries: +1 first result of 422 on the catalogs
// fitted on, +2 of 465 on heldout11-20 and +3 of 380 on heldout21-28; 0.3 and 0.7 won less
// (ranking-history.md).
inline constexpr float kPhraseWordAlone = 0.5f;
// A word two different synonyms of which are found in the document ("broke" -> "repair" in the
// title and "warranty" in the keywords): that share of the second one is added.
inline constexpr float kOtherSynonyms = 0.15f;
// Of the directory words a query word's synonyms land on, the rarest says the most: another
// one counts (its idf / the rarest one's idf) to this power of its quality: "furious" ~
// "complaint" ~ "grievance" points at the one entity about grievances before the many titles
// with "complaints" in them. 2 won 4 first results of the 1,075
// customer-words queries of every catalog (3 on the four written last, which took no part),
// 7 of all 6,041 queries and 2 of 9,502 organogram queries, and lost none on any of them; 1
// won less and 3 lost 3 on heldout11-20.
inline constexpr float kSynonymSpecificity = 2.0f;
inline constexpr float kRelated = 0.45f; // a group one of whose phrases contains the word
// Beyond this many groups a word is too general to follow. It was 4 when the thesaurus had
// 1,800 groups; at 5,000 most words are in more, and raising it to 48 won 8 first results of
// 422 customer-words queries on the catalogs fitted on (and the sample none lost). More groups
// won little and cost time: the p99 of every catalog's customer-words query at 100,000 people
// went 1.6 -> 2.3 ms at 48 and 4 ms at 104.
inline constexpr int kRelatedMaxGroups = 48;
inline constexpr float kTypo1 = 0.6f;  // one Damerau-Levenshtein edit
inline constexpr float kTypo2 = 0.45f; // two edits (words of 8+ letters)
// A word found in the phrases of more than kGenericWordGroups thesaurus groups, and more than
// kGenericWordShare of them all ("work", "pay", "card", "account"), is a generic word of
// complaints: its idf weight is scaled by kGenericWord, so the specific word beside it decides
// ("voucher won't work" is about the voucher). Set at 30 of 1,815 groups (1.68%), raised to 2%
// (89 of 4,463) when round 9's domain sections repeated their own nouns in many phrasings
// ("bus stop", "didn't stop at the stop" made "stop" generic, and "stop the monthly box" lost
// its cancel), and set to 1.5% (92 of 6,140) after rounds 10 and 11, whose writers kept such
// words rare: best on the catalogs fitted on of 1.25-3%. The share keeps a wider thesaurus
// from silently turning everyday words generic (the count alone had to be raised from 20 to 30
// when domain sections gave "car" and "room" that many ideas); the count keeps a small admins'
// list from making every word of it generic.
inline constexpr int kGenericWordGroups = 30;
inline constexpr float kGenericWordShare = 0.015f;
inline constexpr float kGenericWord = 0.45f;
// In a sentence-shaped query, one of the most frequent verbs of English (commonverbs.txt:
// "take", "read", "start") has its idf weight scaled by this: "it takes ten minutes to boot"
// is about the computer, however rare "taking" is in the directory.
inline constexpr float kCommonVerb = 0.5f;

// Typo tolerance by the length of the typed word.
inline constexpr int kTypoMinLength1 = 4;
inline constexpr int kTypoMinLength2 = 8;
// A word of the directory is still corrected when at most this many entities spell it so and
// it is no word of English or of the language data: real directories hold misspellings ("Head
// of Web Sevices"), and the same slip typed must still find the "Services" meant. On the
// organograms (names-organograms.py): 4 more first results of 1,844 queries with a typo at 1
// or 2 (none more at 3 or 5), the catalogs unchanged.
inline constexpr size_t kMisspeltMaxEntities = 2;

// Added after the weighted match: share of the title's words the query covered, so that a
// result whose whole name was typed beats one that merely contains the words.
inline constexpr float kTitleCoverage = 0.11f;
// Added when the query is the title word for word, stop words and order included: of two
// teams holding the same words, the one whose name was typed comes first. Small: it only
// settles near-ties.
inline constexpr float kTypedAsWritten = 0.02f;
// Added for a result the reps opened for similar queries (decayed weight, capped at 1).
inline constexpr float kFeedback = 0.25f;
// Feedback halves every this many days.
inline constexpr double kFeedbackHalfLifeDays = 30.0;

// A prefix expands to its shortest completions until this many postings are taken (typing
// "s" must not visit every word starting with s in a million people). For an initial or a stop
// word read as a name, a completion with more postings than are left is skipped rather than
// ending the expansion, so one common word ("and") does not hide "andrew".
inline constexpr unsigned kPrefixPostingBudget = 12000;
// People and teams in the answer to a sentence-shaped query (3+ content words and some stop
// words) are scaled by this: a described problem is usually a responsibility.
inline constexpr float kSentenceOtherKinds = 0.85f;
// In a sentence-shaped query, an entity that explains only one of its words is scaled by this:
// the problem described is usually explained by several of them, one alone ("TV news crew
// asking about the fire" and a title with "crews") is as often a coincidence.
inline constexpr float kSentenceOneWord = 0.6f;
// In a sentence-shaped query, a match of an ordinary word of the language (a thesaurus or
// stop word: "bill", "sales") in a name field (isNameField) is scaled by this: the customer
// said the word, not the name, so it weighs about as little as the team a person is in.
inline constexpr float kSentenceOrdinaryName = 0.225f;
// An unknown word is read as two words of the directory (a missing space) when both parts
// have at least this many letters.
inline constexpr size_t kSplitMinPart = 3;
// A query of at most this many words, one of them a stop word and that one first or last, may
// be a name: the stop word is read as part of it ("and curr" for Andrew Curran, "j hope",
// "d evans", "mik well"; between two words it joins them: "benefits and credits"). It
// matches only name fields (isNameField), only in an entity another word of the query names,
// and only adds to the score, so "payments and cards" still finds the team. Measured on 192
// real organograms (7,972 name queries made as gendir makes them): initials 74.8 -> 99.8 %
// first, all 95.4 -> 98.9 %; the catalogs' queries unchanged.
inline constexpr size_t kNameQueryMaxWords = 3;
// Only this many best candidates are re-ranked with coverage and explained.
inline constexpr int kRerankPool = 64;
// Query words beyond this many are ignored (a long sentence, not a search); 12 holds an org
// chart's unit path typed whole.
inline constexpr int kMaxQueryWords = 12;

} // namespace whoowns::ranking
