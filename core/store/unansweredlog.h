#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace whoowns {

class DirectoryStore;

struct UnansweredQuestion
{
    QString query;
    qint64 count = 0;
    QDateTime firstAt;
    QDateTime lastAt;
};

// Questions the reps searched for and found no owner for, counted, so whoever maintains the
// responsibility map can add the missing topic or synonym. Each write is one transaction.
class UnansweredLog
{
public:
    explicit UnansweredLog(DirectoryStore &store) : m_store(store) {}

    // The same question (ignoring case and extra spaces) is counted, not repeated.
    bool record(const QString &query, const QDateTime &at);
    // Most asked first, then most recent.
    QList<UnansweredQuestion> questions();
    bool remove(const QString &query);

    static QString normalise(const QString &query);

private:
    DirectoryStore &m_store;
};

} // namespace whoowns
