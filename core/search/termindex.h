#pragma once

#include "search/ranking.h"
#include "search/wordneighbours.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace whoowns::search {

class TextFolder;

// The inverted index of folded words: a vocabulary of terms, for each term the entities
// (documents) and fields it occurs in, the terms sharing a Snowball stem, the terms in sorted
// order (for prefixes) and a deletion neighbourhood (SymSpell) for typo candidates.
// Postings are flat arrays of (doc << 4 | field): a few bytes per word of the directory.
class TermIndex
{
public:
    static constexpr std::uint32_t kNone = 0xffffffffu;

    // Building, in increasing doc order.
    std::uint32_t intern(const std::string &term);
    void add(std::uint32_t term, std::uint32_t doc, ranking::Field field);
    void finish(TextFolder &folder);

    // Querying.
    std::uint32_t find(std::string_view term) const;
    std::uint32_t findStem(std::string_view stem) const; // stem group, or kNone
    std::span<const std::uint32_t> stemGroup(std::uint32_t group) const;
    std::uint32_t stemGroupOf(std::uint32_t term) const { return m_stemOf[term]; }
    std::span<const std::uint32_t> postings(std::uint32_t term) const
    {
        return {m_postings.data() + m_offsets[term], m_offsets[term + 1] - m_offsets[term]};
    }
    // How many documents have the term (postings are per field, in document order).
    std::uint32_t documents(std::uint32_t term) const { return m_documents[term]; }
    const std::string &text(std::uint32_t term) const { return m_terms[term]; }
    std::size_t termCount() const { return m_terms.size(); }
    // Whether some term begins with prefix (a word that may still be being typed).
    bool hasPrefix(std::string_view prefix) const;
    // Terms starting with prefix (the prefix itself included), in sorted order.
    void forEachWithPrefix(std::string_view prefix,
                           const std::function<void(std::uint32_t)> &visit) const;
    // Terms within maxEdits Damerau-Levenshtein edits of word (the word itself excluded), or
    // whose stem is.
    void forEachTypo(std::string_view word, int maxEdits,
                     const std::function<void(std::uint32_t, int)> &visit) const;

    static std::uint32_t docOf(std::uint32_t posting) { return posting >> 4; }
    static ranking::Field fieldOf(std::uint32_t posting)
    {
        return static_cast<ranking::Field>(posting & 0xfu);
    }

    std::size_t memoryBytes() const;

private:
    std::vector<std::string> m_terms;
    std::unordered_map<std::string, std::uint32_t> m_ids;
    std::vector<std::vector<std::uint32_t>> m_building; // per term, until finish()
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_postings;
    std::vector<std::uint32_t> m_documents; // per term: documents with it
    std::vector<std::uint32_t> m_sorted;    // term ids by text
    std::vector<std::uint32_t> m_stemOf;
    std::unordered_map<std::string, std::uint32_t> m_stemIds;
    std::vector<std::uint32_t> m_stemOffsets;
    std::vector<std::uint32_t> m_stemMembers;
    std::vector<DeletionEntry> m_deletions; // sorted; ids are terms or kStemFlag | stem group
    std::vector<std::string> m_stemTexts;
    static constexpr std::uint32_t kStemFlag = 0x80000000u; // a stem group in m_deletions
};

} // namespace whoowns::search
