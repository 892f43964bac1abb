#pragma once

#include <QString>

struct sqlite3;

namespace whoowns::db {

// A SQLite connection. We use the SQLite C API through this thin RAII layer rather than Qt SQL:
// we need exact control of PRAGMAs (WAL, foreign keys, application_id, user_version), the file
// mode on creation, savepoints and the backup API, and raw speed for million-row imports,
// without depending on a Qt SQL driver plugin being installed at run time.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };
    bool open(const QString &path, Mode mode = Mode::ReadWriteCreate);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // Runs one or more statements without results. Returns false and sets lastError() on error.
    bool exec(const QString &sql);
    // Runs a statement that returns one integer (e.g. a PRAGMA); fallback on error.
    qint64 scalarInt(const QString &sql, qint64 fallback = -1);

    QString lastError() const { return m_lastError; }
    // SQLite's (extended) result code of the last failure of exec() or scalarInt().
    int lastErrorCode() const { return m_lastErrorCode; }
    // The file exists but is not an SQLite database (SQLITE_NOTADB).
    bool lastErrorWasNotADatabase() const;
    void setLastError(const QString &error) { m_lastError = error; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    qint64 changes() const;
    bool inTransaction() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_lastError;
    int m_lastErrorCode = 0;
};

// One transaction, rolled back unless commit() succeeds. Writes go through this so that a
// failed command leaves the database exactly as it was. Inside another Transaction it becomes
// a savepoint, so composed writes (the demo company: people, teams, responsibilities) still
// commit or roll back as one.
class Transaction
{
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    QString m_savepoint; // non-empty when nested
};

} // namespace whoowns::db
