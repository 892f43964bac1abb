#pragma once

// Shared by the hardening tests: generated people files (two versions of one company, so a
// reader can tell which one it sees), database copies and checks, and running whoowns-cli.

#include "testsupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QProcess;

namespace whoowns::test::hardening {

// Which version of the generated company a file holds. Version B changes every person's title
// (Alpha -> Bravo), drops the last tenth of the people and adds as many new ones, so its
// import rewrites every row and marks people as left.
enum class Version { A, B };

// A canonical people file of `rows` people (about 160 bytes a row). Everyone's surname is
// "Kestrel" so one query finds many people at once.
QByteArray generatedPeople(int rows, Version version);

// The number of rows the big tests use: WHOOWNS_HARDENING_ROWS, else the fallback.
int hardeningRows(int fallback);

// Copies a database file (and its -wal, when present) to another path, replacing it.
void copyDatabase(const QString &from, const QString &to);

// PRAGMA integrity_check of a database file ("ok" when sound), opened read-write so that a
// hot journal left by a killed writer is recovered first, as any later user would do.
QString integrityCheck(const QString &path);

// `whoowns-cli --db PATH export people`: the canonical CSV, or fails the test.
QString exportPeople(const QString &databasePath);

// `whoowns-cli --db PATH import people FILE`; fails the test unless it succeeds.
void importPeopleOrFail(const QString &databasePath, const QString &file);

// Starts `whoowns-cli --db PATH import people FILE` in `process` (without WHOOWNS_DB from
// the environment, its errors discarded) and waits until it has started; the caller decides
// whether to wait for it, kill it, or work beside it.
void startImport(QProcess &process, const QString &databasePath, const QString &file);

} // namespace whoowns::test::hardening
