#pragma once

#include "model/entitykind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace whoowns {

class Clock;

namespace db {
class Database;
}

namespace search {
class Lexicon;
}

// The words of a query that feedback compares: folded, stemmed, without stop words, sorted
// and unique ("My refunds!" and "refund" give the same key).
QStringList feedbackTerms(const QString &query, const search::Lexicon &lexicon);

// What reps opened for which queries, with weights already decayed to one instant.
struct FeedbackEntry
{
    QStringList terms;
    EntityKind kind = EntityKind::Responsibility;
    QString org;
    QString id;
    double weight = 0.0; // 1 per choice, halved every ranking::kFeedbackHalfLifeDays
};

struct FeedbackSnapshot
{
    QList<FeedbackEntry> entries;
    // How similar a query (its feedbackTerms) is to an entry's query: shared words over all
    // words (Jaccard); the query's last word may be a prefix of a word still being typed.
    static double similarity(const QStringList &queryTerms, bool lastIsPrefix,
                             const QStringList &entryTerms);
};

// Learning from choices: stored locally in search_feedback, decays with time, can be reset.
// The clock is injected so that tests can move time.
class SearchFeedback
{
public:
    SearchFeedback(db::Database &database, const Clock &clock, const search::Lexicon &lexicon);

    // A rep opened this result for this query.
    bool record(const QString &query, EntityKind kind, const QString &org, const QString &id);
    // Forgets everything learnt.
    bool reset();
    // Every entry, decayed to clock.now(); entries that decayed to nothing are left out.
    FeedbackSnapshot snapshot() const;
    QString lastError() const { return m_error; }

    static double decay(double weight, const QDateTime &at, const QDateTime &now);

private:
    db::Database &m_db;
    const Clock &m_clock;
    const search::Lexicon &m_lexicon;
    mutable QString m_error;
};

} // namespace whoowns
