#include "search/termindex.h"

#include "search/editdistance.h"
#include "search/textfold.h"
#include "search/wordneighbours.h"

#include <algorithm>
#include <unordered_set>

namespace whoowns::search {

namespace {

bool isAlphabetic(const std::string &s)
{
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::uint32_t TermIndex::intern(const std::string &term)
{
    auto [it, added] = m_ids.try_emplace(term, static_cast<std::uint32_t>(m_terms.size()));
    if (added) {
        m_terms.push_back(term);
        m_building.emplace_back();
    }
    return it->second;
}

void TermIndex::add(std::uint32_t term, std::uint32_t doc, ranking::Field field)
{
    const std::uint32_t posting = doc << 4 | static_cast<std::uint32_t>(field);
    std::vector<std::uint32_t> &list = m_building[term];
    // The same word twice in one field of one entity counts once.
    if (!list.empty() && list.back() == posting)
        return;
    list.push_back(posting);
}

void TermIndex::finish(TextFolder &folder)
{
    const auto n = static_cast<std::uint32_t>(m_terms.size());
    m_offsets.assign(n + 1, 0);
    std::size_t total = 0;
    for (std::uint32_t t = 0; t < n; ++t) {
        m_offsets[t] = static_cast<std::uint32_t>(total);
        total += m_building[t].size();
    }
    m_offsets[n] = static_cast<std::uint32_t>(total);
    m_postings.resize(total);
    m_documents.assign(n, 0);
    for (std::uint32_t t = 0; t < n; ++t) {
        std::uint32_t last = kNone;
        for (std::uint32_t posting : m_building[t]) {
            const std::uint32_t doc = docOf(posting);
            m_documents[t] += doc != last;
            last = doc;
        }
        std::copy(m_building[t].begin(), m_building[t].end(), m_postings.begin() + m_offsets[t]);
        std::vector<std::uint32_t>().swap(m_building[t]);
    }
    std::vector<std::vector<std::uint32_t>>().swap(m_building);

    m_sorted.resize(n);
    for (std::uint32_t t = 0; t < n; ++t)
        m_sorted[t] = t;
    std::sort(m_sorted.begin(), m_sorted.end(),
              [this](std::uint32_t a, std::uint32_t b) { return m_terms[a] < m_terms[b]; });

    // Stem groups: terms that share a Snowball stem.
    m_stemOf.assign(n, kNone);
    std::vector<std::uint32_t> groupSize;
    for (std::uint32_t t = 0; t < n; ++t) {
        auto [it, added] = m_stemIds.try_emplace(folder.stem(m_terms[t]),
                                                 static_cast<std::uint32_t>(groupSize.size()));
        if (added)
            groupSize.push_back(0);
        m_stemOf[t] = it->second;
        ++groupSize[it->second];
    }
    m_stemOffsets.assign(groupSize.size() + 1, 0);
    for (size_t g = 0; g < groupSize.size(); ++g)
        m_stemOffsets[g + 1] = m_stemOffsets[g] + groupSize[g];
    m_stemMembers.resize(n);
    std::vector<std::uint32_t> fill(m_stemOffsets.begin(), m_stemOffsets.end() - 1);
    for (std::uint32_t t = 0; t < n; ++t)
        m_stemMembers[fill[m_stemOf[t]]++] = t;

    // Deletion neighbourhood of words (not numbers), deep enough for the longest allowed typo.
    std::unordered_set<std::string> dels;
    for (std::uint32_t t = 0; t < n; ++t) {
        const std::string &w = m_terms[t];
        const int depth = deletionDepthFor(w.size());
        if (depth == 0 || !isAlphabetic(w))
            continue;
        dels.clear();
        deletionNeighbourhood(w, depth, dels);
        for (const std::string &d : dels)
            m_deletions.push_back({deletionHash(d), t});
    }
    // Stems that are not themselves words of the directory ("enquiri" of "enquiries") are in
    // the neighbourhood too, so that "emquiry" (stem "emquiri") finds "enquiries".
    m_stemTexts.assign(groupSize.size(), std::string());
    for (const auto &[stem, group] : m_stemIds)
        m_stemTexts[group] = stem;
    for (std::uint32_t g = 0; g < m_stemTexts.size(); ++g) {
        const std::string &w = m_stemTexts[g];
        const int depth = deletionDepthFor(w.size());
        if (depth == 0 || !isAlphabetic(w) || m_ids.count(w))
            continue;
        dels.clear();
        deletionNeighbourhood(w, depth, dels);
        for (const std::string &d : dels)
            m_deletions.push_back({deletionHash(d), g | kStemFlag});
    }
    std::sort(m_deletions.begin(), m_deletions.end());
    m_deletions.shrink_to_fit();
}

std::uint32_t TermIndex::find(std::string_view term) const
{
    auto it = m_ids.find(std::string(term));
    return it == m_ids.end() ? kNone : it->second;
}

std::uint32_t TermIndex::findStem(std::string_view stem) const
{
    auto it = m_stemIds.find(std::string(stem));
    return it == m_stemIds.end() ? kNone : it->second;
}

std::span<const std::uint32_t> TermIndex::stemGroup(std::uint32_t group) const
{
    return {m_stemMembers.data() + m_stemOffsets[group],
            m_stemOffsets[group + 1] - m_stemOffsets[group]};
}

bool TermIndex::hasPrefix(std::string_view prefix) const
{
    auto it = std::lower_bound(
        m_sorted.begin(), m_sorted.end(), prefix,
        [this](std::uint32_t t, std::string_view p) { return std::string_view(m_terms[t]) < p; });
    return it != m_sorted.end() && m_terms[*it].compare(0, prefix.size(), prefix) == 0;
}

void TermIndex::forEachWithPrefix(std::string_view prefix,
                                  const std::function<void(std::uint32_t)> &visit) const
{
    auto it = std::lower_bound(
        m_sorted.begin(), m_sorted.end(), prefix,
        [this](std::uint32_t t, std::string_view p) { return std::string_view(m_terms[t]) < p; });
    for (; it != m_sorted.end(); ++it) {
        const std::string &t = m_terms[*it];
        if (t.compare(0, prefix.size(), prefix) != 0)
            break;
        visit(*it);
    }
}

void TermIndex::forEachTypo(std::string_view word, int maxEdits,
                            const std::function<void(std::uint32_t, int)> &visit) const
{
    if (maxEdits <= 0)
        return;
    for (std::uint32_t t : deletionCandidates(m_deletions, std::string(word), maxEdits)) {
        if (t & kStemFlag) {
            const std::uint32_t g = t & ~kStemFlag;
            const int d = editDistance(word, m_stemTexts[g], maxEdits);
            if (d <= maxEdits && d > 0)
                for (std::uint32_t member : stemGroup(g))
                    visit(member, d);
            continue;
        }
        const std::string &candidate = m_terms[t];
        if (candidate == word)
            continue;
        const int d = editDistance(word, candidate, maxEdits);
        if (d <= maxEdits)
            visit(t, d);
    }
}

std::size_t TermIndex::memoryBytes() const
{
    std::size_t bytes = m_postings.size() * 4 + m_offsets.size() * 4 + m_sorted.size() * 4 +
                        m_documents.size() * 4 + m_stemOf.size() * 4 + m_stemMembers.size() * 4 +
                        m_deletions.size() * sizeof(DeletionEntry);
    for (const std::string &t : m_terms)
        bytes += sizeof(std::string) + (t.size() > 15 ? t.size() + 1 : 0) + 32; // + hash node
    return bytes;
}

} // namespace whoowns::search
