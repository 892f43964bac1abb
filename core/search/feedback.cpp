#include "search/feedback.h"

#include "db/database.h"
#include "db/statement.h"
#include "search/lexicon.h"
#include "search/ranking.h"
#include "search/textfold.h"
#include "util/clock.h"

#include <cmath>

namespace whoowns {

QStringList feedbackTerms(const QString &query, const search::Lexicon &lexicon)
{
    search::TextFolder &folder = search::TextFolder::local();
    QStringList all, content;
    for (const search::TextWord &w : search::splitWords(query)) {
        const QStringView typed = QStringView(query).mid(w.start, w.length);
        const std::string f = folder.fold(typed);
        if (f.empty())
            continue;
        const QString s = QString::fromStdString(folder.stem(f));
        all.append(s);
        if (!lexicon.isStopword(f, typed))
            content.append(s);
    }
    QStringList out = content.isEmpty() ? all : content;
    out.sort();
    out.removeDuplicates();
    return out;
}

double FeedbackSnapshot::similarity(const QStringList &queryTerms, bool lastIsPrefix,
                                    const QStringList &entryTerms)
{
    if (queryTerms.isEmpty() || entryTerms.isEmpty())
        return 0.0;
    // queryTerms are sorted, so "the last word typed" is not known here; a prefix of an entry
    // word counts when it has at least 3 letters.
    int shared = 0;
    for (const QString &q : queryTerms) {
        for (const QString &e : entryTerms) {
            if (q == e || (lastIsPrefix && q.size() >= 3 && e.startsWith(q))) {
                ++shared;
                break;
            }
        }
    }
    const int unionSize = static_cast<int>(queryTerms.size() + entryTerms.size()) - shared;
    return unionSize > 0 ? static_cast<double>(shared) / unionSize : 0.0;
}

SearchFeedback::SearchFeedback(db::Database &database, const Clock &clock,
                               const search::Lexicon &lexicon)
    : m_db(database), m_clock(clock), m_lexicon(lexicon)
{
}

double SearchFeedback::decay(double weight, const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return 0.0;
    const double days = std::max<qint64>(0, at.secsTo(now)) / 86400.0;
    return weight * std::pow(0.5, days / ranking::kFeedbackHalfLifeDays);
}

bool SearchFeedback::record(const QString &query, EntityKind kind, const QString &org,
                            const QString &id)
{
    const QString key = feedbackTerms(query, m_lexicon).join(QLatin1Char(' '));
    if (key.isEmpty() || id.isEmpty()) {
        m_error = QStringLiteral("nothing to record: empty query or id");
        return false;
    }
    const QDateTime now = m_clock.now().toUTC();
    db::Transaction tx(m_db);
    double weight = 0.0;
    {
        db::Statement st(m_db,
                         QStringLiteral("SELECT weight, at FROM search_feedback WHERE query = ?1 "
                                        "AND kind = ?2 AND org = ?3 AND id = ?4"));
        st.bindText(1, key);
        st.bindText(2, kindName(kind));
        st.bindText(3, org);
        st.bindText(4, id);
        if (st.step() == db::Statement::Step::Row)
            weight = decay(st.real(0), QDateTime::fromString(st.text(1), Qt::ISODate), now);
    }
    db::Statement up(m_db,
                     QStringLiteral("INSERT OR REPLACE INTO search_feedback (query, kind, org, "
                                    "id, weight, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    up.bindText(1, key);
    up.bindText(2, kindName(kind));
    up.bindText(3, org);
    up.bindText(4, id);
    up.bind(5, weight + 1.0);
    up.bindText(6, now.toString(Qt::ISODate));
    if (!up.exec() || !tx.commit()) {
        m_error = up.lastError().isEmpty() ? m_db.lastError() : up.lastError();
        return false;
    }
    return true;
}

bool SearchFeedback::reset()
{
    db::Transaction tx(m_db);
    if (!m_db.exec(QStringLiteral("DELETE FROM search_feedback")) || !tx.commit()) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

FeedbackSnapshot SearchFeedback::snapshot() const
{
    FeedbackSnapshot snap;
    const QDateTime now = m_clock.now().toUTC();
    db::Statement st(
        m_db, QStringLiteral("SELECT query, kind, org, id, weight, at FROM search_feedback"));
    while (st.step() == db::Statement::Step::Row) {
        FeedbackEntry e;
        e.terms = st.text(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString kind = st.text(1);
        if (kind == kindName(EntityKind::Person))
            e.kind = EntityKind::Person;
        else if (kind == kindName(EntityKind::Team))
            e.kind = EntityKind::Team;
        else
            e.kind = EntityKind::Responsibility;
        e.org = st.text(2);
        e.id = st.text(3);
        e.weight = decay(st.real(4), QDateTime::fromString(st.text(5), Qt::ISODate), now);
        if (e.weight >= 0.01)
            snap.entries.append(e);
    }
    return snap;
}

} // namespace whoowns
