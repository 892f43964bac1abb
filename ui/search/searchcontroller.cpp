#include "search/searchcontroller.h"

#include "routing/router.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace whoowns::ui {

namespace {

QList<ResultRow> withRouting(const Router &router, QList<SearchResult> results,
                             const QDateTime &now)
{
    QList<ResultRow> rows;
    rows.reserve(results.size());
    for (SearchResult &r : results) {
        const Redirect d = router.forEntity(r.kind, r.org, r.id, now);
        ResultRow row;
        row.reachable = d.reachableNow;
        row.viaStandIn = d.reason == RedirectReason::Delegate ||
                         d.reason == RedirectReason::Backup ||
                         d.reason == RedirectReason::Escalation ||
                         (d.reason == RedirectReason::Team && r.kind != EntityKind::Team);
        row.redirectName = d.name;
        row.result = std::move(r);
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace

SearchController::SearchController(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    qRegisterMetaType<QList<whoowns::ui::ResultRow>>();
    m_pool.setMaxThreadCount(2);
}

SearchController::~SearchController()
{
    if (m_cancelCurrent)
        m_cancelCurrent->store(true);
    m_pool.waitForDone(); // tasks post to this object: it must outlive them
}

void SearchController::setSnapshot(std::shared_ptr<const Snapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    if (m_snapshot && !m_lastQuery.trimmed().isEmpty())
        search(m_lastQuery); // a new snapshot: the results on screen may be stale
}

void SearchController::search(const QString &query)
{
    m_lastQuery = query;
    if (m_cancelCurrent)
        m_cancelCurrent->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelCurrent = cancel;
    const quint64 generation = ++m_generation;
    auto snapshot = m_snapshot;
    if (query.trimmed().isEmpty()) {
        emit resultsReady(query, {}, 0);
        return;
    }
    if (!snapshot)
        return; // still loading: setSnapshot() runs the query once the index is there
    const int limit = m_limit;
    const QDateTime now = m_clock.now();
    m_pool.start([=, this]() {
        QElapsedTimer timer;
        timer.start();
        SearchOptions options;
        options.limit = limit;
        options.cancel = cancel.get();
        QList<ResultRow> rows =
            withRouting(*snapshot->router, snapshot->engine->search(query, options), now);
        const qint64 tookUs = timer.nsecsElapsed() / 1000;
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, query, rows = std::move(rows), tookUs]() {
                if (generation == m_generation) // a newer query may have started meanwhile
                    emit resultsReady(query, rows, tookUs);
            },
            Qt::QueuedConnection);
    });
}

} // namespace whoowns::ui
