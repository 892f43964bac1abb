#pragma once

#include "search/ranking.h"
#include "search/termindex.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace whoowns::search {

// A binary search in a posting list costs about this many postings scanned in a row.
inline constexpr size_t kLookUpCost = 32;

// Per-thread scratch for multi-word synonyms: which documents contain every word of a phrase,
// and the weakest field each word was found in.
struct PhraseScratch
{
    // doc -> 1 + its slot in the vectors below; 0 for a document the phrase has not touched.
    // Only this is per document (4 bytes each: 4 MB beside a million people); the rest is per
    // touched document, which the rarest word of the phrase bounds (kPrefixPostingBudget).
    std::vector<std::uint32_t> slotOf;
    std::vector<std::uint32_t> touched; // by slot
    std::vector<std::uint16_t> count;   // words of the phrase found so far
    std::vector<float> value;           // min over words of the best field weight
    std::vector<float> wordBest;        // best field weight of the current word

    void begin(std::size_t docs)
    {
        if (slotOf.size() < docs)
            slotOf.assign(docs, 0);
        for (std::uint32_t doc : touched)
            slotOf[doc] = 0;
        touched.clear();
        count.clear();
        value.clear();
        wordBest.clear();
    }
    void see(std::uint32_t doc, size_t word, float weight)
    {
        std::uint32_t slot = slotOf[doc];
        if (slot == 0) {
            if (word != 0)
                return;
            touched.push_back(doc);
            count.push_back(0);
            value.push_back(1.0f);
            wordBest.push_back(0.0f);
            slot = slotOf[doc] = static_cast<std::uint32_t>(touched.size());
        }
        --slot;
        if (count[slot] == word) {
            count[slot] = static_cast<std::uint16_t>(word + 1);
            wordBest[slot] = weight;
        } else if (count[slot] == word + 1) {
            wordBest[slot] = std::max(wordBest[slot], weight);
        }
    }
    // Documents that hold the first `words` words of the phrase.
    size_t holding(size_t words) const
    {
        return static_cast<size_t>(std::count(count.begin(), count.end(), words));
    }
    // Every posting of a term of the phrase's word `word`.
    void scan(std::span<const std::uint32_t> postings, size_t word, float (*weight)(ranking::Field))
    {
        for (std::uint32_t posting : postings)
            see(TermIndex::docOf(posting), word, weight(TermIndex::fieldOf(posting)));
    }
    // The same for the documents holding the words before it only, looked up in the postings
    // (which are in document order): cheaper when they are few and the word is common.
    void lookUp(std::span<const std::uint32_t> postings, size_t word,
                float (*weight)(ranking::Field))
    {
        for (size_t slot = 0; slot < touched.size(); ++slot) {
            if (count[slot] < word)
                continue;
            const std::uint32_t doc = touched[slot];
            auto it = std::lower_bound(postings.begin(), postings.end(), doc,
                                       [](std::uint32_t posting, std::uint32_t wanted) {
                                           return TermIndex::docOf(posting) < wanted;
                                       });
            for (; it != postings.end() && TermIndex::docOf(*it) == doc; ++it)
                see(doc, word, weight(TermIndex::fieldOf(*it)));
        }
    }
    void endWord(size_t word)
    {
        for (size_t slot = 0; slot < touched.size(); ++slot)
            if (count[slot] == word + 1)
                value[slot] = std::min(value[slot], wordBest[slot]);
    }
};

} // namespace whoowns::search
