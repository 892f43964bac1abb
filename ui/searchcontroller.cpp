#include "searchcontroller.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace whoowns::ui {

SearchController::SearchController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<whoowns::SearchResult>>();
    m_pool.setMaxThreadCount(2);
}

SearchController::~SearchController()
{
    if (m_cancelCurrent)
        m_cancelCurrent->store(true);
    m_pool.waitForDone(); // tasks post to this object: it must outlive them
}

void SearchController::setEngine(std::shared_ptr<const SearchEngine> engine)
{
    m_engine = std::move(engine);
}

void SearchController::search(const QString &query)
{
    if (m_cancelCurrent)
        m_cancelCurrent->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelCurrent = cancel;
    const quint64 generation = ++m_generation;
    auto engine = m_engine;
    if (!engine || query.trimmed().isEmpty()) {
        emit resultsReady(query, {}, 0);
        return;
    }
    const int limit = m_limit;
    m_pool.start([=, this]() {
        QElapsedTimer timer;
        timer.start();
        SearchOptions options;
        options.limit = limit;
        options.cancel = cancel.get();
        QList<SearchResult> results = engine->search(query, options);
        const qint64 tookUs = timer.nsecsElapsed() / 1000;
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, query, results = std::move(results), tookUs]() {
                if (generation == m_generation) // a newer query may have started meanwhile
                    emit resultsReady(query, results, tookUs);
            },
            Qt::QueuedConnection);
    });
}

} // namespace whoowns::ui
