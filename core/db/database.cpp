#include "db/database.h"

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <utility>

namespace whoowns::db {

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_lastError(std::move(other.m_lastError))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_lastError = std::move(other.m_lastError);
    }
    return *this;
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const bool inMemory = path.isEmpty() || path == QLatin1String(":memory:");
    if (!inMemory && mode == Mode::ReadWriteCreate && !QFileInfo::exists(path)) {
        // The directory holds personal data: the file is for its owner only. Create it empty
        // with that mode (not chmod-ed afterwards, so it is never readable by others, not even
        // for a moment) before SQLite opens it; SQLite gives its -wal and -shm files the same
        // permissions as the main file. NewOnly: a file appearing meanwhile is not truncated.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
            !QFileInfo::exists(path)) {
            m_lastError = f.errorString();
            return false;
        }
        f.close();
    }
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_lastError =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    // Readers wait for a writer in another process instead of failing at once.
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const QString &sql)
{
    if (!m_db) {
        m_lastError = QStringLiteral("database is not open");
        return false;
    }
    char *err = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_exec(m_db, text.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        m_lastErrorCode = sqlite3_extended_errcode(m_db);
        m_lastError = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return false;
    }
    return true;
}

qint64 Database::scalarInt(const QString &sql, qint64 fallback)
{
    if (!m_db)
        return fallback;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        m_lastErrorCode = sqlite3_extended_errcode(m_db);
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
        return fallback;
    }
    qint64 value = fallback;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
    } else if (rc != SQLITE_DONE) {
        m_lastErrorCode = sqlite3_extended_errcode(m_db);
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_finalize(stmt);
    return value;
}

bool Database::lastErrorWasNotADatabase() const
{
    return (m_lastErrorCode & 0xff) == SQLITE_NOTADB;
}

qint64 Database::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Transaction::Transaction(Database &db, bool immediate) : m_db(db)
{
    if (m_db.inTransaction()) {
        static std::atomic_int counter{0};
        m_savepoint = QStringLiteral("sp%1").arg(++counter);
        m_active = m_db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
        return;
    }
    m_active =
        m_db.exec(immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN DEFERRED"));
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const QString sql =
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (!m_db.exec(sql)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        const QString error = m_db.lastError();
        if (m_savepoint.isEmpty())
            m_db.exec(QStringLiteral("ROLLBACK"));
        else
            m_db.exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint));
        m_db.setLastError(error); // keep the error that caused the rollback
        m_active = false;
    }
}

} // namespace whoowns::db
