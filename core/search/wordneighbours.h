#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace whoowns::search {

// Every string made by deleting up to maxEdits characters of word, the word itself included:
// two words within maxEdits edits of each other share one (SymSpell, Wolf Garbe), so the words
// near a typed word are found by looking up its own deletions instead of comparing it with
// every word.
void deletionNeighbourhood(const std::string &word, int maxEdits,
                           std::unordered_set<std::string> &out);
// How deep a word's neighbourhood must go: a typed word of length L may be up to maxEdits(L)
// edits away (ranking.h: kTypoMinLength1, kTypoMinLength2), so a word is reached by typed
// words up to 2 letters longer.
int deletionDepthFor(size_t length);
std::uint64_t deletionHash(std::string_view deletion);

// One deletion of a word (its hash) and the word's id, in a table sorted by hash.
struct DeletionEntry
{
    std::uint64_t hash;
    std::uint32_t id;
    bool operator<(const DeletionEntry &o) const
    {
        return hash < o.hash || (hash == o.hash && id < o.id);
    }
};
// The ids of a sorted deletion table that share a deletion with word within maxEdits (sorted,
// each once): the candidates whose distance to word is then measured.
std::vector<std::uint32_t> deletionCandidates(const std::vector<DeletionEntry> &table,
                                              const std::string &word, int maxEdits);

// The words of a vocabulary within one or two edits of a typed word, and how often the
// vocabulary uses each: the language data's words a caller's misspelt word may stand for.
class WordNeighbours
{
public:
    // Words with how often each is used; a word may repeat (its uses add up).
    explicit WordNeighbours(std::vector<std::pair<std::string, std::uint32_t>> words);

    // The words within maxEdits edits of word (not word itself), with their distance.
    void forEachWithin(const std::string &word, int maxEdits,
                       const std::function<void(const std::string &, int edits)> &visit) const;
    // How often the vocabulary uses a word it holds.
    std::uint32_t uses(const std::string &word) const;
    // Whether a word of the vocabulary begins with prefix.
    bool hasWordStartingWith(std::string_view prefix) const;
    std::size_t memoryBytes() const;

private:
    std::vector<std::string> m_words; // sorted
    std::vector<std::uint32_t> m_uses;
    std::vector<DeletionEntry> m_deletions; // sorted
};

// The words a misspelt word may stand for, in up to two layers: the built-in thesaurus' words,
// indexed once and shared by every copy of the lexicon, and the few words added after them (the
// admins' synonym groups), so that adding a group does not index the whole thesaurus again (a
// tenth of a second and 12 MB at every start). A word in both layers counts the uses of both.
class SpellingWords
{
public:
    SpellingWords(const WordNeighbours *base, const WordNeighbours *added)
        : m_base(base), m_added(added)
    {
    }
    explicit operator bool() const { return m_base || m_added; }

    void forEachWithin(const std::string &word, int maxEdits,
                       const std::function<void(const std::string &, int edits)> &visit) const;
    std::uint32_t uses(const std::string &word) const;
    bool hasWordStartingWith(std::string_view prefix) const;

private:
    const WordNeighbours *m_base;
    const WordNeighbours *m_added;
};

} // namespace whoowns::search
