#pragma once

#include "model/directory.h"
#include "search/searchresult.h"

#include <atomic>
#include <memory>

namespace whoowns {

namespace search {
class Lexicon;
struct SearchIndex;
} // namespace search
struct FeedbackSnapshot;

struct SearchOptions
{
    int limit = 10;
    // Set by the caller when a newer query makes this one pointless; search() then returns
    // early with whatever it has (possibly nothing).
    const std::atomic_bool *cancel = nullptr;
    // What reps chose before for similar queries (see search/feedback.h); optional.
    const FeedbackSnapshot *feedback = nullptr;
};

// Builds an index over one directory snapshot and answers queries against it. Immutable after
// construction, so one engine may serve several threads at once. How results are ranked:
// search/ranking.md.
class SearchEngine
{
public:
    // With the language data compiled into the program.
    explicit SearchEngine(std::shared_ptr<const Directory> directory);
    // With other language data (e.g. the built-in one plus the admins' synonyms).
    SearchEngine(std::shared_ptr<const Directory> directory,
                 std::shared_ptr<const search::Lexicon> lexicon);
    ~SearchEngine();

    QList<SearchResult> search(const QString &query, const SearchOptions &options = {}) const;
    const Directory &directory() const { return *m_directory; }
    std::shared_ptr<const Directory> sharedDirectory() const { return m_directory; }
    const search::Lexicon &lexicon() const;
    // Approximate bytes held by the index (not the directory), for the benchmark.
    std::size_t indexMemoryBytes() const;

private:
    std::shared_ptr<const Directory> m_directory;
    std::unique_ptr<const search::SearchIndex> m_index;
};

} // namespace whoowns
