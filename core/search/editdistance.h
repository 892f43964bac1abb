#pragma once

#include <string_view>

namespace whoowns::search {

// Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap of
// two neighbours), or maxEdits + 1 as soon as the distance is known to exceed maxEdits.
int editDistance(std::string_view a, std::string_view b, int maxEdits);

} // namespace whoowns::search
