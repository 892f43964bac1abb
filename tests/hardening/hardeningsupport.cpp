#include "hardeningsupport.h"

#include "db/database.h"
#include "db/statement.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace whoowns::test::hardening {

QByteArray generatedPeople(int rows, Version version)
{
    const bool b = version == Version::B;
    const int dropped = b ? rows / 10 : 0;
    QByteArray out = "id,name,title,department,team,manager_id,email,phone,location,timezone,"
                     "hours,status\n";
    out.reserve(qsizetype(rows) * 170);
    auto person = [&](int n) {
        const QByteArray id = "P" + QByteArray::number(n).rightJustified(7, '0');
        // A tree: everyone reports to the person with half their number.
        const QByteArray manager =
            n > 1 ? "P" + QByteArray::number(n / 2).rightJustified(7, '0') : QByteArray();
        out += id + ",Given" + QByteArray::number(n) + " Kestrel," +
               (b ? "Bravo Analyst" : "Alpha Analyst") + ",Dept" + QByteArray::number(n % 50) +
               ",Team" + QByteArray::number(n % 400) + "," + manager + ",p" +
               QByteArray::number(n) + "@example.org,+44 20 7946 " +
               QByteArray::number(n % 10000).rightJustified(4, '0') +
               ",London,Europe/London,Mon-Fri 09:00-17:00,active\n";
    };
    for (int n = 1; n <= rows - dropped; ++n)
        person(n);
    for (int n = rows + 1; n <= rows + dropped; ++n)
        person(n);
    return out;
}

int hardeningRows(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("WHOOWNS_HARDENING_ROWS", &ok);
    return ok && n > 0 ? n : fallback;
}

void copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && suffix != QLatin1String("-shm"))
            REQUIRE(QFile::copy(from + suffix, to + suffix));
    }
}

QString integrityCheck(const QString &path)
{
    db::Database database;
    if (!database.open(path, db::Database::Mode::ReadWrite))
        return QStringLiteral("cannot open: ") + database.lastError();
    db::Statement st(database, QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (st.step() == db::Statement::Step::Row)
        lines.append(st.text(0));
    return lines.join(QLatin1Char('\n'));
}

QString exportPeople(const QString &databasePath)
{
    const ProcessResult r = runCli(
        {QStringLiteral("--db"), databasePath, QStringLiteral("export"), QStringLiteral("people")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return r.out;
}

void importPeopleOrFail(const QString &databasePath, const QString &file)
{
    const ProcessResult r = runCli({QStringLiteral("--db"), databasePath, QStringLiteral("import"),
                                    QStringLiteral("people"), file});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
}

void startImport(QProcess &process, const QString &databasePath, const QString &file)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WHOOWNS_DB"));
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(QStringLiteral(WHOOWNS_CLI_PATH),
                  {QStringLiteral("--db"), databasePath, QStringLiteral("import"),
                   QStringLiteral("people"), file});
    REQUIRE(process.waitForStarted());
}

} // namespace whoowns::test::hardening
