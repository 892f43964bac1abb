#pragma once

#include "routing/router.h"
#include "search/searchengine.h"

#include <memory>

namespace whoowns::ui {

// One immutable view of the directory: the search index and the router (with its caches of
// parsed hours and zones and the routing settings) over the same snapshot. Built off the GUI
// thread, shared by the search workers and the GUI, replaced as a whole.
struct Snapshot
{
    Snapshot(std::shared_ptr<const SearchEngine> searchEngine, RoutingConfig config,
             const Clock *clock)
        : engine(std::move(searchEngine)),
          router(std::make_unique<const Router>(engine->directory(), std::move(config), clock))
    {
    }
    const Directory &directory() const { return engine->directory(); }

    std::shared_ptr<const SearchEngine> engine; // owns the directory the router refers to
    std::unique_ptr<const Router> router;
};

} // namespace whoowns::ui
