#include "db/statement.h"

#include "db/database.h"

#include <sqlite3.h>

namespace whoowns::db {

Statement::Statement(Database &db, const QString &sql) : m_db(db)
{
    if (!db.handle()) {
        m_lastError = QStringLiteral("database is not open");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db.handle(), text.constData(), int(text.size()), &m_stmt, nullptr) !=
        SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        db.setLastError(m_lastError);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::bind(int pos, const QString &value)
{
    if (value.isNull())
        bindNull(pos);
    else
        bindText(pos, value);
}

void Statement::bindText(int pos, const QString &value)
{
    if (!m_stmt)
        return;
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, pos, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int pos, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, pos, value);
}

void Statement::bind(int pos, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, pos, value);
}

void Statement::bindNull(int pos)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, pos);
}

Statement::Step Statement::step()
{
    if (!m_stmt)
        return Step::Error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    m_db.setLastError(m_lastError);
    return Step::Error;
}

bool Statement::exec()
{
    Step s = step();
    while (s == Step::Row)
        s = step();
    reset();
    return s == Step::Done;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

qint64 Statement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

} // namespace whoowns::db
