// A truncated export must not empty the directory: a full import that would mark most people
// as left is refused unless the user says the file is complete.
#include "testsupport.h"

#include <QFile>

using namespace whoowns;
using namespace whoowns::test;

namespace {

// The CLI, run in process.
ProcessResult cli(const QStringList &args)
{
    return runCliInProcess(args);
}

// The canonical export of the people table (export writes to a file, not to the streams).
QByteArray exportPeople(const ScratchDir &dir, const QString &db)
{
    const QString path = dir.path(QStringLiteral("export.csv"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("people"),
                 QStringLiteral("--out"), path})
                .exitCode == 0);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray peopleFile(int first, int last)
{
    QByteArray csv = "id,name,email\n";
    for (int i = first; i <= last; ++i)
        csv += QStringLiteral("P%1,Person Number%1,p%1@example.org\n").arg(i).toUtf8();
    return csv;
}

} // namespace

TEST_CASE("a full import that would mark most people as left is refused", "[import][guard]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("d.sqlite"));
    const QString all = dir.write(QStringLiteral("all.csv"), peopleFile(1, 40));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), all})
            .exitCode == 0);
    const QByteArray before = exportPeople(dir, db);
    REQUIRE(before.count('\n') == 41);

    SECTION("a header-only file")
    {
        const QString empty = dir.write(QStringLiteral("empty.csv"), "id,name,email\n");
        const ProcessResult r = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                     QStringLiteral("people"), empty});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("empty.csv:1: the file holds no people")));
    }
    SECTION("a file with a quarter of the people")
    {
        const QString part = dir.write(QStringLiteral("part.csv"), peopleFile(1, 10));
        const ProcessResult r = cli(
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), part});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("30 of the 40 people")));
        CHECK(r.err.contains(QStringLiteral("--allow-leavers")));
    }
    // Refused either way: the directory is exactly as it was.
    CHECK(exportPeople(dir, db) == before);
}

TEST_CASE("--allow-leavers and --partial accept a file with most people missing", "[import][guard]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("d.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"),
                 dir.write(QStringLiteral("all.csv"), peopleFile(1, 40))})
                .exitCode == 0);
    const QString part = dir.write(QStringLiteral("part.csv"), peopleFile(1, 10));

    const ProcessResult partial =
        cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), part,
             QStringLiteral("--partial")});
    CHECK(partial.exitCode == 0);
    CHECK(partial.out.contains(QStringLiteral("0 left")));

    const ProcessResult leavers =
        cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), part,
             QStringLiteral("--allow-leavers")});
    CHECK(leavers.exitCode == 0);
    CHECK(leavers.out.contains(QStringLiteral("30 left")));

    // A few leavers (no more than ten) never need the flag.
    const ProcessResult few =
        cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"),
             dir.write(QStringLiteral("nine.csv"), peopleFile(2, 10))});
    CHECK(few.exitCode == 0);
    CHECK(few.out.contains(QStringLiteral("1 left")));
}
