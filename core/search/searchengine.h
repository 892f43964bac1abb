#pragma once

#include "model/directory.h"
#include "search/searchresult.h"

#include <atomic>
#include <memory>

namespace whoowns {

struct SearchOptions
{
    int limit = 10;
    // Set by the caller when a newer query makes this one pointless; search() then returns
    // early with whatever it has (possibly nothing).
    const std::atomic_bool *cancel = nullptr;
};

// Builds an index over one directory snapshot and answers queries against it. Immutable after
// construction, so one engine may serve several threads at once.
class SearchEngine
{
public:
    explicit SearchEngine(std::shared_ptr<const Directory> directory);
    ~SearchEngine();

    QList<SearchResult> search(const QString &query, const SearchOptions &options = {}) const;
    const Directory &directory() const { return *m_directory; }
    std::shared_ptr<const Directory> sharedDirectory() const { return m_directory; }

private:
    struct Index;
    std::shared_ptr<const Directory> m_directory;
    std::unique_ptr<Index> m_index;
};

} // namespace whoowns
