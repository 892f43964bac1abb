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
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db.handle(), text.constData(), int(text.size()), &m_stmt, &tail) !=
        SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        db.setLastError(m_lastError);
        m_stmt = nullptr;
        return;
    }
    // A second statement in the text would silently never run: refuse it instead.
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        m_lastError = QStringLiteral("more than one SQL statement in one Statement");
        db.setLastError(m_lastError);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

void Statement::checkBind(int rc)
{
    // A failed bind (position out of range, value too big) would otherwise store NULL.
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_lastError =
            QStringLiteral("cannot bind a value: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
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
    // Never a null pointer: that would bind NULL instead of ''.
    checkBind(sqlite3_bind_text(m_stmt, pos, utf8.isNull() ? "" : utf8.constData(),
                                int(utf8.size()), SQLITE_TRANSIENT));
}

void Statement::bind(int pos, qint64 value)
{
    if (m_stmt)
        checkBind(sqlite3_bind_int64(m_stmt, pos, value));
}

void Statement::bind(int pos, double value)
{
    if (m_stmt)
        checkBind(sqlite3_bind_double(m_stmt, pos, value));
}

void Statement::bindNull(int pos)
{
    if (m_stmt)
        checkBind(sqlite3_bind_null(m_stmt, pos));
}

Statement::Step Statement::step()
{
    if (!m_stmt)
        return Step::Error;
    if (m_bindFailed) {
        m_db.setLastError(m_lastError);
        return Step::Error;
    }
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
    m_bindFailed = false;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Statement::text(int col) const
{
    if (!m_stmt)
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

qint64 Statement::integer(int col) const
{
    if (!m_stmt)
        return 0;
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    if (!m_stmt)
        return 0;
    return sqlite3_column_double(m_stmt, col);
}

bool Statement::isNull(int col) const
{
    if (!m_stmt)
        return true;
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QByteArray Statement::blob(int col) const
{
    if (!m_stmt)
        return {};
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

} // namespace whoowns::db
