#include "search/wordneighbours.h"

#include "search/editdistance.h"
#include "search/ranking.h"

#include <algorithm>

namespace whoowns::search {

void deletionNeighbourhood(const std::string &word, int maxEdits,
                           std::unordered_set<std::string> &out)
{
    out.insert(word);
    // No real word is longer than 48 bytes; a longer one (a pasted blob, a 10,000-letter query)
    // would need length^2 deletions of its own length: unbounded time and memory.
    if (maxEdits <= 0 || word.size() <= 1 || word.size() > 48)
        return;
    for (size_t i = 0; i < word.size(); ++i) {
        std::string shorter = word.substr(0, i) + word.substr(i + 1);
        if (out.count(shorter) && maxEdits == 1)
            continue;
        deletionNeighbourhood(shorter, maxEdits - 1, out);
    }
}

int deletionDepthFor(size_t length)
{
    if (length + 2 >= static_cast<size_t>(ranking::kTypoMinLength2))
        return 2;
    if (length + 1 >= static_cast<size_t>(ranking::kTypoMinLength1))
        return 1;
    return 0;
}

std::uint64_t deletionHash(std::string_view deletion)
{
    return std::hash<std::string_view>{}(deletion);
}

std::vector<std::uint32_t> deletionCandidates(const std::vector<DeletionEntry> &table,
                                              const std::string &word, int maxEdits)
{
    std::unordered_set<std::string> dels;
    deletionNeighbourhood(word, maxEdits, dels);
    std::vector<std::uint32_t> seen;
    for (const std::string &d : dels) {
        const std::uint64_t h = deletionHash(d);
        auto it =
            std::lower_bound(table.begin(), table.end(), h,
                             [](const DeletionEntry &x, std::uint64_t v) { return x.hash < v; });
        for (; it != table.end() && it->hash == h; ++it)
            seen.push_back(it->id);
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    return seen;
}

WordNeighbours::WordNeighbours(std::vector<std::pair<std::string, std::uint32_t>> words)
{
    std::sort(words.begin(), words.end());
    for (auto &[word, uses] : words) {
        if (!m_words.empty() && m_words.back() == word) {
            m_uses.back() += uses;
            continue;
        }
        m_words.push_back(std::move(word));
        m_uses.push_back(uses);
    }
    words = {};
    // At most 1 + L + L(L - 1) / 2 deletions of a word of L letters two deep, 1 + L one deep:
    // reserved at once, since a vector doubling to half a million entries would hold three
    // times what it needs while it grows.
    size_t bound = 0;
    for (const std::string &w : m_words) {
        const size_t length = w.size();
        const int depth = deletionDepthFor(length);
        bound += 1 + (depth >= 1 ? length : 0) + (depth >= 2 ? length * (length - 1) / 2 : 0);
    }
    m_deletions.reserve(bound);
    std::unordered_set<std::string> dels;
    for (std::uint32_t w = 0; w < m_words.size(); ++w) {
        dels.clear();
        deletionNeighbourhood(m_words[w], deletionDepthFor(m_words[w].size()), dels);
        for (const std::string &d : dels)
            m_deletions.push_back({deletionHash(d), w});
    }
    std::sort(m_deletions.begin(), m_deletions.end());
}

void WordNeighbours::forEachWithin(
    const std::string &word, int maxEdits,
    const std::function<void(const std::string &, int edits)> &visit) const
{
    if (maxEdits <= 0)
        return;
    for (std::uint32_t w : deletionCandidates(m_deletions, word, maxEdits)) {
        const std::string &candidate = m_words[w];
        if (candidate == word)
            continue;
        const int d = editDistance(word, candidate, maxEdits);
        if (d <= maxEdits)
            visit(candidate, d);
    }
}

std::uint32_t WordNeighbours::uses(const std::string &word) const
{
    const auto it = std::lower_bound(m_words.begin(), m_words.end(), word);
    return it != m_words.end() && *it == word ? m_uses[static_cast<size_t>(it - m_words.begin())]
                                              : 0;
}

bool WordNeighbours::hasWordStartingWith(std::string_view prefix) const
{
    const auto it =
        std::lower_bound(m_words.begin(), m_words.end(), prefix,
                         [](const std::string &w, std::string_view p) { return w < p; });
    return it != m_words.end() && std::string_view(*it).substr(0, prefix.size()) == prefix;
}

std::size_t WordNeighbours::memoryBytes() const
{
    std::size_t bytes = m_deletions.size() * sizeof(DeletionEntry) + m_uses.size() * 4;
    for (const std::string &w : m_words)
        bytes += sizeof(std::string) + (w.size() > 15 ? w.size() + 1 : 0);
    return bytes;
}

void SpellingWords::forEachWithin(
    const std::string &word, int maxEdits,
    const std::function<void(const std::string &, int edits)> &visit) const
{
    for (const WordNeighbours *layer : {m_base, m_added})
        if (layer)
            layer->forEachWithin(word, maxEdits, visit);
}

std::uint32_t SpellingWords::uses(const std::string &word) const
{
    return (m_base ? m_base->uses(word) : 0) + (m_added ? m_added->uses(word) : 0);
}

bool SpellingWords::hasWordStartingWith(std::string_view prefix) const
{
    return (m_base && m_base->hasWordStartingWith(prefix)) ||
           (m_added && m_added->hasWordStartingWith(prefix));
}

} // namespace whoowns::search
