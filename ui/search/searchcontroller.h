#pragma once

#include "search/resultrow.h"
#include "session/snapshot.h"
#include "util/clock.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace whoowns::ui {

// Runs queries off the GUI thread. Each new query cancels the one before (an atomic flag the
// engine polls) and only the newest query's results are delivered, by signal.
class SearchController : public QObject
{
    Q_OBJECT
public:
    explicit SearchController(const Clock &clock, QObject *parent = nullptr);
    ~SearchController() override;

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    void setLimit(int limit) { m_limit = limit; }
    QString lastQuery() const { return m_lastQuery; }

public slots:
    void search(const QString &query);

signals:
    void resultsReady(const QString &query, const QList<whoowns::ui::ResultRow> &rows,
                      qint64 tookUs);

private:
    const Clock &m_clock;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::shared_ptr<std::atomic_bool> m_cancelCurrent;
    quint64 m_generation = 0;
    int m_limit = 25;
    QString m_lastQuery;
    QThreadPool m_pool; // our own pool, so the destructor can wait for our tasks only
};

} // namespace whoowns::ui
