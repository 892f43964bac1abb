#pragma once

#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace whoowns::db {

class Database;

// A prepared statement, finalized on destruction (after zealdocs/zeal's util/statement).
// Every query in the project goes through one of these: values are always bound, never
// pasted into SQL text.
class Statement
{
public:
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Binding: 1-based positions. A null QString binds SQL NULL; use bindText for '' vs NULL.
    void bind(int pos, const QString &value);
    void bindText(int pos, const QString &value); // empty string stays ''
    void bind(int pos, qint64 value);
    void bind(int pos, int value) { bind(pos, static_cast<qint64>(value)); }
    void bind(int pos, double value);
    void bindNull(int pos);

    enum class Step { Row, Done, Error };
    Step step();
    // Runs to completion, for statements without results. Resets afterwards so it can be reused.
    bool exec();
    void reset();

    int columnCount() const;
    QString text(int col) const;
    qint64 integer(int col) const;
    double real(int col) const;
    bool isNull(int col) const;
    QByteArray blob(int col) const;

    QString lastError() const { return m_lastError; }

private:
    void checkBind(int rc);

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_lastError;
    bool m_bindFailed = false; // until reset(): step() refuses to run with a missing value
};

} // namespace whoowns::db
