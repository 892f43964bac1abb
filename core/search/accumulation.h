#pragma once

#include "search/queryplan.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

// The best match of every concept in every entity a query touches, and the base score of each
// (search/ranking.md, steps 3 to 6).

namespace whoowns::search {

// A matcher as a record holds it: 16 bits, since a query has far fewer matchers (matchers
// past kNoMatcher are not accumulated). Records are per entity touched, up to a third of a
// million people for one query, so every byte per word counts.
using MatcherRef = std::uint16_t;
constexpr MatcherRef kNoMatcher = 0xFFFF;

// A match value in 0..1 in 16 bits (for the second-best synonym, which only adds a little).
inline std::uint16_t packValue(float v)
{
    return static_cast<std::uint16_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 65535.0f));
}
inline float unpackValue(std::uint16_t v)
{
    return static_cast<float>(v) / 65535.0f;
}

struct Record
{
    std::uint32_t doc;
    float best[kMaxWords];
    // The best synonym match of another synonym than the best one: a document several of a
    // word's synonyms point to is about that idea (packValue).
    std::uint16_t otherSynonym[kMaxWords];
    MatcherRef matcher[kMaxWords];
    Field field[kMaxWords];
};

// Per-thread scratch space, reused between queries: a dense doc -> record slot map stamped
// with a generation number, so nothing is cleared between queries.
struct Scratch
{
    std::vector<std::uint32_t> stamp;
    std::vector<std::uint32_t> slot;
    std::uint32_t generation = 0;
    // Reserved for every document at once: a query may touch a third of a million people, and
    // a vector growing to that holds up to twice the records it needs (capacity doubles) and,
    // while it grows, the old copy as well: 40 MB of records cost 90 MB at the peak. A
    // reservation this large is its own mapping, whose pages become resident only when a
    // query first writes them.
    std::vector<Record> records;

    void begin(std::size_t docs)
    {
        if (stamp.size() < docs) {
            stamp.assign(docs, 0);
            slot.assign(docs, 0);
            generation = 0;
            records = {};
            records.reserve(docs);
        }
        if (++generation == 0) {
            std::fill(stamp.begin(), stamp.end(), 0);
            generation = 1;
        }
        records.clear();
    }
    Record &at(std::uint32_t doc)
    {
        if (stamp[doc] != generation) {
            stamp[doc] = generation;
            slot[doc] = static_cast<std::uint32_t>(records.size());
            Record r;
            r.doc = doc;
            std::fill(std::begin(r.best), std::end(r.best), 0.0f);
            std::fill(std::begin(r.otherSynonym), std::end(r.otherSynonym), std::uint16_t{0});
            std::fill(std::begin(r.matcher), std::end(r.matcher), kNoMatcher);
            std::fill(std::begin(r.field), std::end(r.field), Field::Topic);
            records.push_back(r);
        }
        return records[slot[doc]];
    }
    // The record of a document already touched in this query, or null.
    Record *find(std::uint32_t doc)
    {
        return stamp[doc] == generation ? &records[slot[doc]] : nullptr;
    }
};

// The accumulated matches of one query on this thread (valid until its next query), or null
// when the query was cancelled.
Scratch *accumulate(const SearchIndex &x, const QueryPlan &plan, const SearchOptions &options);

// The entities touched, by base score: at most kRerankPool of them, best first.
struct Candidates
{
    struct Scored
    {
        std::uint32_t record;
        float score;
    };
    std::vector<Scored> scored;
    float totalWeight = 0; // of the concepts that count (not a stop word read as a name)
    std::unordered_map<std::uint32_t, float> feedbackBoost; // doc -> boost
};
Candidates scoreCandidates(const Directory &d, const SearchIndex &x, const QueryPlan &plan,
                           const SearchOptions &options, Scratch &scratch);

} // namespace whoowns::search
