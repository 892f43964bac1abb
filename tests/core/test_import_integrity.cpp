// What refuses an import, what only warns, the diff, re-import, left-marking and undo.
#include "test_import_support.h"

#include "cli/cli.h"
#include "importers/importhistory.h"

using namespace whoowns;
using namespace whoowns::test;

namespace {

const char kVersion1[] = "id,name,title,manager_id,email,team\n"
                         "1,Ann Able,Director,,ann@example.org,Board\n"
                         "2,Bob Baker,Clerk,1,bob@example.org,Office\n"
                         "3,Cy Cole,Clerk,1,cy@example.org,Office\n"
                         "4,Di Dean,Clerk,2,di@example.org,Office\n";
// Bob is promoted, Cy is gone, Eve joins, Ann and Di are unchanged.
const char kVersion2[] = "id,name,title,manager_id,email,team\n"
                         "1,Ann Able,Director,,ann@example.org,Board\n"
                         "2,Bob Baker,Manager,1,bob@example.org,Office\n"
                         "4,Di Dean,Clerk,2,di@example.org,Office\n"
                         "5,Eve Evans,Clerk,Bob Baker,eve@example.org,Office\n";
const char kResponsibilities[] = "id,topic,owner,backup\n"
                                 "R1,Stationery orders,3,2\n"
                                 "R2,Board minutes,1,\n";

// The CLI, run in process.
ProcessResult cli(const QStringList &args)
{
    return runCliInProcess(args);
}

} // namespace

TEST_CASE("refusals: exit with FILE:LINE errors and write nothing", "[import][refuse]")
{
    ScratchDir dir;
    const struct
    {
        const char *file;
        const char *where;
        const char *message;
    } cases[] = {
        {"broken-unterminated.csv", ":2: ", "never closed"},
        {"broken-no-name.csv", ":1: ", "no column can be a name"},
        {"broken-duplicate-id.csv", ":4: ", "id 1 is already used on line 2 with different data"},
        {"broken-ambiguous-manager.csv", ":4: ", "matches more than one person"},
        {"broken-loop.csv", ":", "reporting loop"},
    };
    for (const auto &c : cases) {
        INFO(c.file);
        PeopleImport imp;
        REQUIRE(imp.run(dataPath(QStringLiteral("import/gendir-canonical.csv"))));
        const QString before = imp.exportPeople();
        const qsizetype history = importHistory(*imp.store).size();
        CHECK_FALSE(imp.run(dataPath(QStringLiteral("import/") + QLatin1String(c.file))));
        REQUIRE_FALSE(imp.errors().isEmpty());
        const QString first = imp.errors().first();
        CHECK(first.startsWith(dataPath(QStringLiteral("import/") + QLatin1String(c.file)) +
                               QLatin1String(c.where)));
        CHECK(first.contains(QLatin1String(c.message)));
        CHECK(imp.exportPeople() == before);
        CHECK(importHistory(*imp.store).size() == history);
    }
}

TEST_CASE("a reporting loop is refused; reporting to oneself makes a root", "[import][refuse]")
{
    PeopleImport imp;
    CHECK_FALSE(imp.run(dataPath(QStringLiteral("import/broken-loop.csv"))));
    REQUIRE(imp.errors().size() == 1); // A -> C -> B -> A; D reports to D: a root, no error
    CHECK(imp.errors().first().contains(QStringLiteral("A -> C -> B -> A")));

    ScratchDir dir;
    PeopleImport self;
    REQUIRE(self.run(dir.write(QStringLiteral("self.csv"), "id,name,manager_id\nD,Di Dean,D\n")));
    CHECK(self.directory().person(QString(), QStringLiteral("D"))->managerId.isEmpty());
}

TEST_CASE("an empty file and an unknown status word", "[import][refuse]")
{
    ScratchDir dir;
    PeopleImport empty;
    CHECK_FALSE(empty.run(dir.write(QStringLiteral("empty.csv"), "\n\n")));
    REQUIRE(empty.errors().size() == 1);
    CHECK(empty.errors().first().contains(QStringLiteral("empty.csv:1: the file is empty")));

    PeopleImport status;
    REQUIRE(
        status.run(dir.write(QStringLiteral("status.csv"),
                             "id,name,status\n1,Ann Able,Sabbatical\n2,Bob Baker,Terminated\n")));
    CHECK(
        status.warned(QStringLiteral("status.csv:2: warning: status \"Sabbatical\" is not known")));
    CHECK(status.directory().person(QString(), QStringLiteral("2"))->status == PersonStatus::Left);
}

TEST_CASE("fields over 64 KiB are refused with a clear message", "[import][refuse]")
{
    ScratchDir dir;
    const QByteArray huge = "id,name,function\n1,Ann Able,\"" + QByteArray(70 * 1024, 'x') + "\"\n";
    PeopleImport imp;
    CHECK_FALSE(imp.run(dir.write(QStringLiteral("huge.csv"), huge)));
    REQUIRE_FALSE(imp.errors().isEmpty());
    CHECK(imp.errors().first().contains(QStringLiteral("a field is longer than")));
    CHECK(imp.directory().people.isEmpty());
}

TEST_CASE("warnings do not refuse: unknown manager, placeholder, bad email, several roots",
          "[import][warn]")
{
    PeopleImport imp;
    REQUIRE(imp.run(dataPath(QStringLiteral("import/warnings.csv"))));
    CHECK(imp.directory().people.size() == 5);
    CHECK(imp.warned(
        QStringLiteral("warnings.csv:3: warning: malformed email \"bob-at-example.org\"")));
    CHECK(imp.warned(QStringLiteral("warnings.csv:4: warning: \"N/A\" is a placeholder")));
    CHECK(imp.warned(
        QStringLiteral("warnings.csv:5: warning: manager \"Nobody Known\" is not a known person")));
    CHECK(imp.warned(QStringLiteral("warnings.csv:2: warning: 2 people have no manager")));
    CHECK(imp.report.warningCount() == 4);
}

TEST_CASE("dry run shows the diff and writes nothing; re-import is idempotent", "[import][diff]")
{
    ScratchDir dir;
    const QString v1 = dir.write(QStringLiteral("v1.csv"), kVersion1);
    const QString v2 = dir.write(QStringLiteral("v2.csv"), kVersion2);
    PeopleImport imp;
    REQUIRE(imp.run(v1));
    CHECK(imp.report.added.size() == 4);
    const QString after1 = imp.exportPeople();

    ImportOptions dry;
    dry.dryRun = true;
    REQUIRE(imp.run(v2, {}, dry));
    REQUIRE(imp.report.added.size() == 1);
    CHECK(imp.report.added.first().id == QLatin1String("5"));
    REQUIRE(imp.report.changed.size() == 1);
    CHECK(imp.report.changed.first().id == QLatin1String("2"));
    REQUIRE(imp.report.changed.first().fields.size() == 1);
    const FieldChange &f = imp.report.changed.first().fields.first();
    CHECK(f.field == QLatin1String("title"));
    CHECK(f.before == QLatin1String("Clerk"));
    CHECK(f.after == QLatin1String("Manager"));
    CHECK(imp.report.unchanged == 2);
    REQUIRE(imp.report.left.size() == 1);
    CHECK(imp.report.left.first().id == QLatin1String("3"));
    CHECK(imp.exportPeople() == after1);
    CHECK(importHistory(*imp.store).size() == 1);

    REQUIRE(imp.run(v1));
    CHECK(imp.report.added.isEmpty());
    CHECK(imp.report.changed.isEmpty());
    CHECK(imp.report.unchanged == 4);
    CHECK(imp.exportPeople() == after1);
}

TEST_CASE("re-import without ids is keyed by email", "[import][diff]")
{
    PeopleImport imp;
    REQUIRE(imp.run(dataPath(QStringLiteral("import/outlook.csv"))));
    ScratchDir dir;
    QFile f(dataPath(QStringLiteral("import/outlook.csv")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray changed = f.readAll();
    changed.replace("Engineer,Engineering,+44 20 7946 0003",
                    "Scientist,Engineering,+44 20 7946 0003");
    REQUIRE(imp.run(dir.write(QStringLiteral("outlook2.csv"), changed)));
    CHECK(imp.report.added.isEmpty());
    REQUIRE(imp.report.changed.size() == 1);
    CHECK(imp.report.changed.first().id == QLatin1String("alan@example.org"));
}

TEST_CASE("people missing from a full export are marked left, never deleted; ownership at risk",
          "[import][diff]")
{
    ScratchDir dir;
    PeopleImport imp;
    REQUIRE(imp.run(dir.write(QStringLiteral("v1.csv"), kVersion1)));
    ImportReport r;
    REQUIRE(importCanonicalFile(*imp.store, QStringLiteral("responsibilities"),
                                dir.write(QStringLiteral("r.csv"), kResponsibilities), {}, r));
    REQUIRE(imp.run(dir.write(QStringLiteral("v2.csv"), kVersion2)));
    const Directory d = imp.directory();
    REQUIRE(d.person(QString(), QStringLiteral("3")));
    CHECK(d.person(QString(), QStringLiteral("3"))->status == PersonStatus::Left);
    REQUIRE(imp.report.atRisk.size() == 1);
    CHECK(imp.report.atRisk.first().startsWith(QLatin1String("R1")));
    CHECK(d.person(QString(), QStringLiteral("5"))->managerId == QLatin1String("2"));

    // A partial export leaves the others alone.
    ImportOptions partial;
    partial.full = false;
    REQUIRE(
        imp.run(dir.write(QStringLiteral("one.csv"), "id,name,title,manager_id,email,team\n"
                                                     "6,Flo Ford,Clerk,2,flo@example.org,Office\n"),
                {}, partial));
    CHECK(imp.report.left.isEmpty());
    CHECK(imp.directory().person(QString(), QStringLiteral("5"))->status == PersonStatus::Active);
}

TEST_CASE("undo restores the state before the last import exactly", "[import][undo]")
{
    ScratchDir dir;
    PeopleImport imp;
    auto teams = [&]() {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        writeCanonicalTeams(imp.store->load(), &b);
        return b.data();
    };
    const QString empty = imp.exportPeople();
    REQUIRE(imp.run(dir.write(QStringLiteral("v1.csv"), kVersion1)));
    const QString people1 = imp.exportPeople();
    const QByteArray teams1 = teams();
    REQUIRE(imp.run(dir.write(QStringLiteral("v2.csv"), kVersion2)));
    REQUIRE(imp.exportPeople() != people1);
    // A later team file renames a derived team; undo must put that back too.
    ImportReport tr;
    REQUIRE(importCanonicalFile(
        *imp.store, QStringLiteral("teams"),
        dir.write(QStringLiteral("t.csv"), "id,name,lead_id\nT-OFF,Office,2\n"), {}, tr));
    const QString people2 = imp.exportPeople();

    ImportHistoryEntry undone;
    QString problem;
    REQUIRE(undoLastImport(*imp.store, &undone, &problem));
    CHECK(undone.what == QLatin1String("teams"));
    CHECK(imp.exportPeople() == people2);
    REQUIRE(undoLastImport(*imp.store, &undone, &problem));
    CHECK(undone.file == QLatin1String("v2.csv"));
    CHECK(imp.exportPeople() == people1);
    CHECK(teams() == teams1);
    REQUIRE(undoLastImport(*imp.store, &undone, &problem));
    CHECK(imp.exportPeople() == empty);
    CHECK(imp.directory().teams.isEmpty());
    CHECK_FALSE(undoLastImport(*imp.store, &undone, &problem));
    CHECK(problem.contains(QStringLiteral("no import to undo")));
    const auto history = importHistory(*imp.store);
    REQUIRE(history.size() == 3);
    for (const auto &h : history)
        CHECK(h.undone);
}

TEST_CASE("CLI: history, undo, dry-run diff, presets and info lines", "[import][cli]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    const QString v1 = dir.write(QStringLiteral("v1.csv"), kVersion1);
    const QString custom = dir.write(QStringLiteral("custom.csv"),
                                     "Emp No,Full Name,Boss\n1,Ann Able,\n2,Bob Baker,1\n");
    ProcessResult r =
        cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), v1});
    REQUIRE(r.exitCode == ExitOk);
    CHECK(r.out.contains(QStringLiteral("people: 4 added")));
    CHECK(r.err.contains(QStringLiteral("info: format canonical")));
    CHECK(r.err.contains(QStringLiteral("info: column manager_id -> manager_id")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"),
             dir.write(QStringLiteral("v2.csv"), kVersion2), QStringLiteral("--dry-run")});
    REQUIRE(r.exitCode == ExitOk);
    CHECK(r.out.contains(QStringLiteral("+ 5 Eve Evans")));
    CHECK(r.out.contains(QStringLiteral("~ 2 Bob Baker\n    title: \"Clerk\" -> \"Manager\"")));
    CHECK(r.out.contains(QStringLiteral("- 3 Cy Cole (will be marked as left)")));
    CHECK(r.out.contains(QStringLiteral("dry run, nothing written")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), custom,
             QStringLiteral("--org"), QStringLiteral("custom"), QStringLiteral("--map"),
             QStringLiteral("Boss=manager_id"), QStringLiteral("--save-preset"),
             QStringLiteral("bossy")});
    REQUIRE(r.exitCode == ExitOk);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), custom,
             QStringLiteral("--org"), QStringLiteral("custom2"), QStringLiteral("--preset"),
             QStringLiteral("bossy")});
    REQUIRE(r.exitCode == ExitOk);
    CHECK(r.err.contains(QStringLiteral("info: column Boss -> manager_id")));
    CHECK_FALSE(r.err.contains(QStringLiteral("several roots")));

    const QString mappingFile =
        dir.write(QStringLiteral("map.txt"), "# Our HR system's report\nBoss -> manager_id\n");
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), custom,
             QStringLiteral("--org"), QStringLiteral("custom2"), QStringLiteral("--mapping"),
             mappingFile, QStringLiteral("--dry-run")});
    REQUIRE(r.exitCode == ExitOk);
    CHECK(r.err.contains(QStringLiteral("info: column Boss -> manager_id")));
    CHECK(r.out.contains(QStringLiteral("2 unchanged")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("history")});
    REQUIRE(r.exitCode == ExitOk);
    CHECK(r.out.count(QLatin1Char('\n')) == 3);
    CHECK(r.out.contains(QStringLiteral("v1.csv (canonical)  4 added")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("undo")});
    REQUIRE(r.exitCode == ExitOk);
    CHECK(r.out.contains(QStringLiteral("custom.csv")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"),
             dataPath(QStringLiteral("import/broken-loop.csv"))});
    CHECK(r.exitCode == ExitInputProblem);
    CHECK(r.err.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("broken-loop.csv:")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), v1,
             QStringLiteral("--preset"), QStringLiteral("missing")});
    CHECK(r.exitCode == ExitUsage);
}
