#pragma once

#include "importwizard/importplan.h"

#include <QObject>
#include <QThreadPool>

namespace whoowns::ui {

// Runs an import (dry run or commit) off the GUI thread on its own database connection, so a
// large HR file never freezes the window; the report arrives by signal. An in-memory database
// cannot be shared between connections and is imported on the calling thread.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(DirectoryStore &store, QObject *parent = nullptr);
    ~ImportRunner() override;

    void start(const ImportPlan &plan, bool dryRun);
    bool isRunning() const { return m_running; }

signals:
    void finished(bool ok, const whoowns::ImportReport &report);

private:
    void deliver(quint64 generation, bool ok, const ImportReport &report);

    DirectoryStore &m_store;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace whoowns::ui
