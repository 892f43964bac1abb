#pragma once

#include "routing/redirect.h"
#include "search/searchresult.h"

#include <QJsonObject>

namespace whoowns {

// The JSON shapes of spec/cli.md, shared by `search --json` and `show --json`.
QJsonObject redirectToJson(const Redirect &redirect);
QJsonObject resultToJson(const SearchResult &result, const Redirect &redirect);

} // namespace whoowns
