#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace whoowns::search {

class WordNeighbours;
class SpellingWords;

// The language knowledge search uses besides the directory itself: stop words, synonym groups
// (the shipped thesaurus plus the admins' own) and nicknames. Words are kept folded; phrases
// are keyed by the Snowball stems of their words joined by spaces.
class Lexicon
{
    // A word of a pooled phrase: indexes into m_strings.
    struct PhraseWord
    {
        std::uint32_t word : 31;
        std::uint32_t stop : 1;
        std::uint32_t stem;
    };

public:
    // One phrase of a synonym group, a view into the lexicon's pools: 24,000 phrases as their
    // own strings and vectors cost 10 MB, as indexes into shared words 1.5 MB.
    class Phrase
    {
    public:
        size_t size() const { return m_entry->size; }
        const std::string &word(size_t k) const { return m_lex->m_strings[at(k).word]; }
        const std::string &stem(size_t k) const { return m_lex->m_strings[at(k).stem]; }
        bool stop(size_t k) const { return at(k).stop; }
        // As written, for explanations.
        QString text() const;

    private:
        friend class Lexicon;
        struct Entry
        {
            std::uint32_t firstWord; // in m_phraseWords
            std::uint32_t text;      // in m_phraseText
            std::uint16_t size;      // words
            std::uint16_t textLength;
        };
        Phrase(const Lexicon *lex, const Entry *entry) : m_lex(lex), m_entry(entry) {}
        const PhraseWord &at(size_t k) const
        {
            return m_lex->m_phraseWords[m_entry->firstWord + k];
        }
        const Lexicon *m_lex;
        const Entry *m_entry;
    };

    // The phrases of one group, by value (each a view).
    class Group
    {
    public:
        class iterator
        {
        public:
            using iterator_category = std::input_iterator_tag;
            using value_type = Phrase;
            using difference_type = std::ptrdiff_t;
            using pointer = void;
            using reference = Phrase;
            iterator(const Lexicon *lex, size_t i) : m_lex(lex), m_i(i) {}
            Phrase operator*() const { return m_lex->phraseAt(m_i); }
            iterator &operator++()
            {
                ++m_i;
                return *this;
            }
            iterator operator++(int)
            {
                iterator old = *this;
                ++m_i;
                return old;
            }
            bool operator==(const iterator &o) const { return m_i == o.m_i; }
            bool operator!=(const iterator &o) const { return m_i != o.m_i; }

        private:
            const Lexicon *m_lex;
            size_t m_i;
        };
        iterator begin() const { return {m_lex, m_begin}; }
        iterator end() const { return {m_lex, m_end}; }
        size_t size() const { return m_end - m_begin; }
        Phrase operator[](size_t i) const { return m_lex->phraseAt(m_begin + i); }

    private:
        friend class Lexicon;
        Group(const Lexicon *lex, size_t begin, size_t end) : m_lex(lex), m_begin(begin), m_end(end)
        {
        }
        const Lexicon *m_lex;
        size_t m_begin, m_end;
    };

    // The data compiled in from resources/lang (thesaurus.txt, stopwords.txt, nicknames.txt,
    // commonverbs.txt, englishwords.txt).
    static std::shared_ptr<const Lexicon> builtIn();

    Lexicon() = default;

    // Text in the formats of resources/lang: "a | b | c" per line, '#' comments.
    void addStopwords(const QString &text);
    void addThesaurus(const QString &text);
    void addNicknames(const QString &text);
    // One group of words or phrases that mean the same (admins' synonyms).
    void addSynonymGroup(const QStringList &terms);
    // Call once loaded: gives back the spare capacity the tables grew while loading (a few MB
    // with the shipped thesaurus, which matters beside a million people) and indexes the
    // words a misspelt one may stand for (spellingWords).
    void compact();

    bool isStopword(const std::string &folded) const { return m_stopwords.count(folded) != 0; }
    // The same for a word as typed: a stop word written with an apostrophe ("i'd", "i'll") is
    // one only when typed with it, since folding drops it and "id" or "ill" mean something.
    bool isStopword(const std::string &folded, QStringView typed) const;
    // The Snowball stem of one of the most frequent verbs of English (commonverbs.txt): every
    // form of the verb ("takes", "taking") has it.
    bool isCommonVerb(const std::string &stem) const { return m_commonVerbs.count(stem) != 0; }
    // Text in the format of commonverbs.txt: one word per line, '#' comments.
    void addCommonVerbs(const QString &text);
    // The Snowball stem of a word of English (englishwords.txt, from WordNet): in a sentence
    // a caller says, such a word is what was said, not a typo of a directory word.
    bool isEnglishWord(std::string_view stem) const;
    // Text in the format of englishwords.txt: one word per line, '#' comments.
    void addEnglishWords(const QString &text);
    // A word of the language data (stop words, thesaurus, nicknames), folded or stemmed: a
    // real word, so not a typo.
    bool isKnownWord(const std::string &word) const
    {
        return m_stopwords.count(word) != 0 || m_contractions.count(word) != 0 ||
               m_stringIds.count(word) != 0 || m_nicknames.count(word) != 0;
    }
    // A word of the thesaurus or a stop word, folded or stemmed: it means something besides
    // being a name ("bill", "will", "grant"), so in a sentence it is read as that meaning.
    bool isOrdinaryWord(const std::string &word) const
    {
        return m_stopwords.count(word) != 0 || m_stringIds.count(word) != 0;
    }
    // Groups that contain the phrase (stems joined by ' '); empty when none.
    // May, rarely, hold a group whose phrase only shares the key's hash: callers compare the
    // phrase's words with what was typed anyway.
    struct PhraseKey
    {
        std::uint64_t hash; // of the phrase's stems joined by ' '
        int group;
        auto operator<=>(const PhraseKey &) const = default;
    };
    std::span<const PhraseKey> groupsOf(std::string_view phraseKey) const;
    Group group(int id) const
    {
        const auto g = static_cast<size_t>(id);
        return {this, m_groupStarts.at(g), m_groupStarts.at(g + 1)};
    }
    int maxPhraseWords() const { return m_maxPhraseWords; }
    int groupCount() const { return static_cast<int>(m_groupStarts.size()) - 1; }
    // A phrase of two or more words besides stop words, by the stem of its first such word:
    // phrases said with other words inside them are looked for from there.
    struct PhraseStart
    {
        int group;
        int phrase; // in group(group)
        int first;  // index of its first word that is not a stop word
    };
    const std::vector<PhraseStart> *phrasesStartingWith(const std::string &stem) const;
    // Groups with a phrase of several words that contains this stem ("move" -> the group of
    // "moved house"), or nullptr: related ideas for a word the directory does not know.
    const std::vector<int> *groupsWithWord(const std::string &stem) const;
    // Other forms of a first name (bob -> robert, bobby, ...), folded; nullptr when none.
    const std::vector<std::string> *nameVariants(const std::string &folded) const;
    // The words of the synonym groups (not stop words), by how often the groups use them: what
    // a caller's misspelt word may stand for. Empty until compact().
    SpellingWords spellingWords() const;

private:
    std::unordered_set<std::string> m_stopwords;
    std::unordered_set<std::string> m_contractions; // stop words only when typed with "'"
    std::unordered_set<std::string> m_commonVerbs;  // stems
    // Stems of English words, sorted, as views into one buffer: 64,000 of them in under 1 MB.
    std::string m_englishText;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_englishStems; // offset, length
    // Phrases of every group, pooled: groups are runs of m_phrases (group g is
    // [m_groupStarts[g], m_groupStarts[g + 1])), their words runs of m_phraseWords, and every
    // distinct word or stem one string of m_strings.
    std::uint32_t intern(const std::string &s);
    std::vector<std::string> m_strings; // every word of the thesaurus, and their stems
    std::unordered_map<std::string, std::uint32_t> m_stringIds;
    std::vector<PhraseWord> m_phraseWords;
    std::vector<Phrase::Entry> m_phrases;
    std::vector<size_t> m_groupStarts{0};
    std::string m_phraseText; // UTF-8, as written
    // Groups by the hash of each phrase's key, sorted: 20,000 keys as strings in a hash map
    // cost 2.4 MB, as this array 240 kB.
    void addGroup(const QStringList &terms);
    void sortPhraseKeys(size_t sortedUpTo);
    std::vector<PhraseKey> m_phraseKeys;
    Phrase phraseAt(size_t i) const { return {this, &m_phrases[i]}; }
    std::unordered_map<std::string, std::vector<int>> m_wordGroups;
    std::unordered_map<std::string, std::vector<PhraseStart>> m_phraseStarts;
    std::unordered_map<std::string, std::vector<std::string>> m_nicknames;
    int m_maxPhraseWords = 1;
    // The spelling index of the first m_spellingCovers phrase words, shared by copies (the
    // admins' lexicon starts as a copy of the built-in one), and of the words added after.
    std::shared_ptr<const WordNeighbours> m_spelling;
    std::shared_ptr<const WordNeighbours> m_addedSpelling;
    size_t m_spellingCovers = 0;
};

// Splits "a | b | c" data lines into groups, skipping comments and blank lines.
QList<QStringList> parseGroups(const QString &text);

} // namespace whoowns::search
