#include "search/searchengine.h"

#include "search/accumulation.h"
#include "search/lexicon.h"
#include "search/queryplan.h"
#include "search/results.h"
#include "search/searchindex.h"

namespace whoowns {

using namespace search;

SearchEngine::SearchEngine(std::shared_ptr<const Directory> directory)
    : SearchEngine(std::move(directory), Lexicon::builtIn())
{
}

SearchEngine::SearchEngine(std::shared_ptr<const Directory> directory,
                           std::shared_ptr<const Lexicon> lexicon)
    : m_directory(std::move(directory)),
      m_index(std::make_unique<const SearchIndex>(*m_directory, lexicon ? std::move(lexicon)
                                                                        : Lexicon::builtIn()))
{
}

SearchEngine::~SearchEngine() = default;

const Lexicon &SearchEngine::lexicon() const
{
    return *m_index->lexicon;
}

std::size_t SearchEngine::indexMemoryBytes() const
{
    return m_index->memoryBytes();
}

// The steps of search/ranking.md, each in its own file: read the query (queryplan.cpp), find
// what each word may stand for (termmatchers.cpp, synonymmatchers.cpp), weigh the words,
// accumulate and score the entities touched (accumulation.cpp), re-rank the best and explain
// them (results.cpp). A new keystroke's cancel flag is checked between steps.
QList<SearchResult> SearchEngine::search(const QString &query, const SearchOptions &options) const
{
    const SearchIndex &x = *m_index;
    if (options.limit <= 0)
        return {};
    QueryPlan plan;
    if (!readQuery(query, x, plan))
        return {};
    addTermMatchers(x, plan);
    if (cancelled(options))
        return {};
    addSynonymMatchers(x, plan);
    addEmailMatchers(x, plan);
    addLastResortTypos(x, plan);
    weighConcepts(x, plan);
    weakenPhraseWordsFoundAlone(plan);
    Scratch *scratch = accumulate(x, plan, options);
    if (!scratch)
        return {};
    const Candidates candidates = scoreCandidates(*m_directory, x, plan, options, *scratch);
    return rankResults(*m_directory, x, plan, *scratch, candidates, options.limit);
}

} // namespace whoowns
