#pragma once

#include "search/searchresult.h"

#include <QMetaType>

namespace whoowns::ui {

// One row of the results list: the search result plus who it routes to right now, worked out
// off the GUI thread together with the search.
struct ResultRow
{
    SearchResult result;
    bool reachable = false;  // the person or line it routes to can take a call now
    bool viaStandIn = false; // routed to a backup, delegate or team line instead of the owner
    QString redirectName;    // who it routes to now
};

} // namespace whoowns::ui

Q_DECLARE_METATYPE(whoowns::ui::ResultRow)
