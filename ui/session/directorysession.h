#pragma once

#include "model/directory.h"
#include "session/snapshot.h"
#include "util/clock.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace whoowns {
class DirectoryStore;
}

namespace whoowns::ui {

// The directory the window shows: one immutable snapshot and its search index, loaded and
// indexed off the GUI thread and swapped in on it. Polls the store's data_version so that a
// commit by another process (an import from the CLI) is noticed and loaded in the background.
class DirectorySession : public QObject
{
    Q_OBJECT
public:
    DirectorySession(DirectoryStore &store, const Clock &clock, QObject *parent = nullptr);
    ~DirectorySession() override;

    DirectoryStore &store() { return m_store; }
    const Clock &clock() const { return m_clock; }
    // Null until the first load finished.
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    std::shared_ptr<const SearchEngine> engine() const;
    std::shared_ptr<const Directory> directory() const;
    bool isLoaded() const { return m_snapshot != nullptr; }

    // Starts a background load (the previous one, if any, is superseded).
    void reload();
    // Loads on the calling thread; for tests and in-memory databases.
    void reloadNow();
    void setPollInterval(int ms);

signals:
    // A new snapshot is in place (engine() and directory() return it).
    void snapshotChanged();

private:
    void checkForChanges();
    void install(quint64 generation, std::shared_ptr<const Snapshot> snapshot);

    DirectoryStore &m_store;
    const Clock &m_clock;
    std::shared_ptr<const Snapshot> m_snapshot;
    QTimer m_poll;
    qint64 m_seenVersion = -1;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

} // namespace whoowns::ui
