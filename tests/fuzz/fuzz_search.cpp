// Fuzzes the search query path as the CLI and the app run it: the query text (UTF-8, as typed
// or pasted) against the built-in demo company, then the redirect of the best result.
#include "fuzzsupport.h"

#include "io/demo.h"
#include "routing/router.h"
#include "search/searchengine.h"
#include "store/directorystore.h"

#include <QDateTime>

using namespace whoowns;

namespace {

struct Fixture
{
    std::shared_ptr<const Directory> directory;
    std::unique_ptr<SearchEngine> engine;
    std::unique_ptr<Router> router;
};

const Fixture &fixture()
{
    static const Fixture *f = [] {
        fuzz::ensureApplication();
        DirectoryStore store;
        ImportReport report;
        FUZZ_CHECK(store.open(QStringLiteral(":memory:")) && loadDemoCompany(store, report));
        auto *fx = new Fixture;
        fx->directory = std::make_shared<Directory>(store.load());
        fx->engine = std::make_unique<SearchEngine>(fx->directory);
        fx->router = std::make_unique<Router>(*fx->directory);
        return fx;
    }();
    return *f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fixture &fx = fixture();
    const auto [selector, input] = fuzz::select(data, size);
    SearchOptions options;
    options.limit = 1 + selector % 20;
    const QString query = QString::fromUtf8(input);
    const QList<SearchResult> results = fx.engine->search(query, options);
    FUZZ_CHECK(results.size() <= options.limit);
    // A fixed instant keeps runs reproducible: Monday 2026-03-02 10:30 UTC.
    const QDateTime at(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
    // The redirect of the best answer, as the app shows it (routing every result would make
    // each run several times slower for little more coverage).
    if (!results.isEmpty()) {
        const SearchResult &r = results.first();
        (void)fx.router->forEntity(r.kind, r.org, r.id, at);
    }
    return 0;
}
