#include "session/directorysession.h"

#include "store/directorystore.h"

#include <QMetaObject>

namespace whoowns::ui {

DirectorySession::DirectorySession(DirectoryStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    m_pool.setMaxThreadCount(1); // loads run one after the other; the newest one wins
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &DirectorySession::checkForChanges);
    m_seenVersion = m_store.dataVersion();
    m_poll.start();
}

DirectorySession::~DirectorySession()
{
    ++m_generation;
    m_pool.waitForDone(); // the tasks post to this object: it must outlive them
}

std::shared_ptr<const SearchEngine> DirectorySession::engine() const
{
    return m_snapshot ? m_snapshot->engine : nullptr;
}

std::shared_ptr<const Directory> DirectorySession::directory() const
{
    return m_snapshot ? m_snapshot->engine->sharedDirectory() : nullptr;
}

void DirectorySession::setPollInterval(int ms)
{
    m_poll.setInterval(ms);
}

void DirectorySession::checkForChanges()
{
    // PRAGMA data_version is a cheap read of the connection's own counter: it changes only
    // when another connection committed.
    const qint64 version = m_store.dataVersion();
    if (version == m_seenVersion)
        return;
    m_seenVersion = version;
    reload();
}

void DirectorySession::reload()
{
    // Remember the version before reading: a commit from now on triggers another load.
    m_seenVersion = m_store.dataVersion();
    const QString path = m_store.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        reloadNow(); // another connection would not see an in-memory database
        return;
    }
    const quint64 generation = ++m_generation;
    const Clock *clock = &m_clock;
    m_pool.start([this, path, generation, clock]() {
        // Our own connection: the GUI thread keeps using the store's while we read.
        DirectoryStore reader;
        if (!reader.open(path)) {
            qWarning("whoowns: cannot reload the directory: %s", qPrintable(reader.lastError()));
            return;
        }
        bool ok = false;
        auto directory = std::make_shared<Directory>(reader.load(&ok));
        if (!ok) { // never show a half-read or empty directory; the next poll tries again
            qWarning("whoowns: cannot read the directory: %s", qPrintable(reader.lastError()));
            QMetaObject::invokeMethod(
                this,
                [this, generation]() {
                    if (generation == m_generation)
                        m_seenVersion = -1;
                },
                Qt::QueuedConnection);
            return;
        }
        auto engine = std::make_shared<SearchEngine>(std::move(directory));
        auto snapshot = std::make_shared<const Snapshot>(engine, loadRoutingConfig(reader), clock);
        QMetaObject::invokeMethod(
            this, [this, generation, snapshot]() { install(generation, snapshot); },
            Qt::QueuedConnection);
    });
}

void DirectorySession::reloadNow()
{
    m_seenVersion = m_store.dataVersion();
    const quint64 generation = ++m_generation;
    bool ok = false;
    auto directory = std::make_shared<Directory>(m_store.load(&ok));
    if (!ok) {
        qWarning("whoowns: cannot read the directory: %s", qPrintable(m_store.lastError()));
        m_seenVersion = -1; // the next poll tries again
        return;
    }
    auto engine = std::make_shared<SearchEngine>(std::move(directory));
    install(generation,
            std::make_shared<const Snapshot>(engine, loadRoutingConfig(m_store), &m_clock));
}

void DirectorySession::install(quint64 generation, std::shared_ptr<const Snapshot> snapshot)
{
    if (generation != m_generation)
        return; // a newer load is on its way
    m_snapshot = std::move(snapshot);
    emit snapshotChanged();
}

} // namespace whoowns::ui
