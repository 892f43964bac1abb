#include "importwizard/importrunner.h"

#include "store/directorystore.h"

#include <QMetaObject>

namespace whoowns::ui {

ImportRunner::ImportRunner(DirectoryStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_pool.setMaxThreadCount(1);
}

ImportRunner::~ImportRunner()
{
    ++m_generation;
    m_pool.waitForDone(); // the task posts to this object: it must outlive it
}

void ImportRunner::start(const ImportPlan &plan, bool dryRun)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    const QString path = m_store.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        ImportReport report;
        const bool ok = runImport(m_store, plan, dryRun, report);
        deliver(generation, ok, report);
        return;
    }
    m_pool.start([this, generation, path, plan, dryRun]() {
        DirectoryStore store;
        ImportReport report;
        bool ok = store.open(path);
        if (ok)
            ok = runImport(store, plan, dryRun, report);
        else
            report.error(0, store.lastError());
        QMetaObject::invokeMethod(
            this, [this, generation, ok, report]() { deliver(generation, ok, report); },
            Qt::QueuedConnection);
    });
}

void ImportRunner::deliver(quint64 generation, bool ok, const ImportReport &report)
{
    if (generation != m_generation)
        return; // superseded (the user went back and changed the plan)
    m_running = false;
    emit finished(ok, report);
}

} // namespace whoowns::ui
