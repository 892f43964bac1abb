#pragma once
// Shared by the canonical-format and demo tests: import a file, export the whole store.

#include "testsupport.h"

#include "io/canonicalcsv.h"
#include "io/directoryimport.h"
#include "store/directorystore.h"

#include <QBuffer>

namespace whoowns::test {

// The three canonical exports of a store, byte for byte.
struct Exports
{
    QByteArray people;
    QByteArray teams;
    QByteArray responsibilities;
    bool operator==(const Exports &) const = default;
};

inline QByteArray exportOne(const Directory &d, bool (*writer)(const Directory &, QIODevice *))
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(writer(d, &buffer));
    return bytes;
}

inline Exports exportAll(DirectoryStore &store)
{
    bool ok = false;
    const Directory d = store.load(&ok);
    REQUIRE(ok);
    return {exportOne(d, writeCanonicalPeople), exportOne(d, writeCanonicalTeams),
            exportOne(d, writeCanonicalResponsibilities)};
}

inline bool importFile(DirectoryStore &store, const QString &what, const QString &path,
                       ImportReport &report, const ImportOptions &options = {})
{
    return importCanonicalFile(store, what, path, options, report);
}

// Imports people, teams and responsibilities (in that order: teams name their leads, and
// responsibilities name teams and people) and requires each to succeed.
inline void importAll(DirectoryStore &store, const QString &people, const QString &teams,
                      const QString &responsibilities)
{
    const QString files[] = {people, teams, responsibilities};
    const char *kinds[] = {"people", "teams", "responsibilities"};
    for (int i = 0; i < 3; ++i) {
        ImportReport report;
        const bool ok = importFile(store, QString::fromLatin1(kinds[i]), files[i], report);
        for (const ImportMessage &m : report.messages)
            UNSCOPED_INFO(m.format());
        REQUIRE(ok);
        REQUIRE_FALSE(report.hasErrors());
    }
}

inline void writeExports(const ScratchDir &dir, const QString &prefix, const Exports &e)
{
    dir.write(prefix + QStringLiteral("people.csv"), e.people);
    dir.write(prefix + QStringLiteral("teams.csv"), e.teams);
    dir.write(prefix + QStringLiteral("responsibilities.csv"), e.responsibilities);
}

inline qint64 historyCount(DirectoryStore &store)
{
    return store.database().scalarInt(QStringLiteral("SELECT count(*) FROM import_history"));
}

} // namespace whoowns::test
