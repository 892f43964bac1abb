#pragma once

#include "db/database.h"
#include "model/directory.h"
#include "routing/holidays.h"

#include <QString>

#include <memory>

namespace whoowns {

namespace db {
class Statement;
}

struct DirectoryCounts
{
    qint64 people = 0; // everyone not marked as left
    qint64 peopleLeft = 0;
    qint64 teams = 0;
    qint64 responsibilities = 0;
};

// The directory database: opening (with checks and migrations), reading a snapshot, and the
// row-level writes that importers and editors perform inside one db::Transaction.
class DirectoryStore
{
public:
    enum class OpenError { None, CannotOpen, NotOurs, TooNew, MigrationFailed };

    DirectoryStore();
    ~DirectoryStore();
    DirectoryStore(const DirectoryStore &) = delete;
    DirectoryStore &operator=(const DirectoryStore &) = delete;

    // Opens (creating if needed) and migrates to the current schema. A file that is not a
    // whoowns database, or is newer than this program, is left untouched.
    bool open(const QString &path);
    OpenError openError() const { return m_openError; }
    QString lastError() const;
    QString path() const { return m_db.path(); }
    db::Database &database() { return m_db; }
    int schemaVersion();

    // The per-user default file, or WHOOWNS_DB when set; an explicit path wins over both.
    static QString resolvePath(const QString &explicitPath = QString());
    static QString defaultPath();

    // Reading
    DirectoryCounts counts();
    bool isEmpty();
    // One consistent snapshot. On a read error, an empty directory and *ok = false.
    Directory load(bool *ok = nullptr);
    // A number that changes whenever another connection commits (PRAGMA data_version),
    // so a long-running reader knows when to reload.
    qint64 dataVersion();

    // Writing: call inside a db::Transaction on database(). Return false on error.
    bool upsertPerson(const Person &person);
    bool upsertTeam(const Team &team);
    bool upsertResponsibility(const Responsibility &responsibility);
    bool removeResponsibility(const QString &org, const QString &id);
    bool setPersonStatus(const QString &org, const QString &id, PersonStatus status);
    bool clearAll(); // empties the directory tables (not history or settings)

    // Company holidays (routing): all of them, ordered by location and date.
    QList<Holiday> holidays();
    bool upsertHoliday(const Holiday &holiday);
    bool removeHolidays(const QString &location); // empty: all locations

    QString setting(const QString &key, const QString &fallback = QString());
    bool setSetting(const QString &key, const QString &value);

private:
    bool migrate();
    db::Statement &cached(int slot, const QString &sql);

    db::Database m_db;
    OpenError m_openError = OpenError::None;
    QString m_openMessage;
    std::unique_ptr<db::Statement> m_statements[8];
};

} // namespace whoowns
