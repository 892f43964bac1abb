#include "store/unansweredlog.h"

#include "db/statement.h"
#include "store/directorystore.h"

namespace whoowns {

QString UnansweredLog::normalise(const QString &query)
{
    return query.simplified().toCaseFolded();
}

bool UnansweredLog::record(const QString &query, const QDateTime &at)
{
    const QString q = normalise(query);
    if (q.isEmpty())
        return false;
    db::Transaction tx(m_store.database());
    if (!tx.isActive())
        return false;
    db::Statement st(m_store.database(),
                     QStringLiteral("INSERT INTO unanswered (query, count, first_at, last_at) "
                                    "VALUES (?1, 1, ?2, ?2) ON CONFLICT (query) DO UPDATE SET "
                                    "count = count + 1, last_at = excluded.last_at"));
    st.bindText(1, q);
    st.bindText(2, at.toUTC().toString(Qt::ISODate));
    return st.exec() && tx.commit();
}

QList<UnansweredQuestion> UnansweredLog::questions()
{
    QList<UnansweredQuestion> out;
    db::Statement st(m_store.database(),
                     QStringLiteral("SELECT query, count, first_at, last_at FROM unanswered "
                                    "ORDER BY count DESC, last_at DESC, query"));
    while (st.step() == db::Statement::Step::Row) {
        UnansweredQuestion u;
        u.query = st.text(0);
        u.count = st.integer(1);
        u.firstAt = QDateTime::fromString(st.text(2), Qt::ISODate);
        u.lastAt = QDateTime::fromString(st.text(3), Qt::ISODate);
        out.append(u);
    }
    return out;
}

bool UnansweredLog::remove(const QString &query)
{
    db::Transaction tx(m_store.database());
    if (!tx.isActive())
        return false;
    db::Statement st(m_store.database(), QStringLiteral("DELETE FROM unanswered WHERE query = ?1"));
    st.bindText(1, normalise(query));
    return st.exec() && tx.commit();
}

} // namespace whoowns
