#include "search/editdistance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace whoowns::search {

int editDistance(std::string_view a, std::string_view b, int maxEdits)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    if (std::abs(n - m) > maxEdits)
        return maxEdits + 1;
    // Three rows of the classic table: two back (for swaps), previous, current.
    thread_local std::vector<int> rows;
    rows.assign(static_cast<size_t>(3 * (m + 1)), 0);
    int *back = rows.data();
    int *prev = back + (m + 1);
    int *cur = prev + (m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[static_cast<size_t>(i - 1)] == b[static_cast<size_t>(j - 1)] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<size_t>(i - 1)] == b[static_cast<size_t>(j - 2)] &&
                a[static_cast<size_t>(i - 2)] == b[static_cast<size_t>(j - 1)])
                v = std::min(v, back[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > maxEdits)
            return maxEdits + 1;
        int *t = back;
        back = prev;
        prev = cur;
        cur = t;
    }
    return std::min(prev[m], maxEdits + 1);
}

} // namespace whoowns::search
