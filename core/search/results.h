#pragma once

#include "search/accumulation.h"
#include "search/searchresult.h"

#include <QList>

// The best candidates re-ranked by how much of their title was typed, then explained: the
// fields and words that matched and the ranges of the title to highlight (search/ranking.md,
// steps 7 and 8, "Explanations and highlights").

namespace whoowns::search {

QList<SearchResult> rankResults(const Directory &d, const SearchIndex &x, const QueryPlan &plan,
                                Scratch &scratch, const Candidates &candidates, int limit);

} // namespace whoowns::search
