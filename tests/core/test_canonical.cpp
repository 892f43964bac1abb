// The canonical CSV formats: lossless import -> export -> import, references given as id,
// email or name in any order, and refusals that leave the database exactly as it was.
#include "test_canonical_support.h"

#include "importers/importhistory.h"

#include <QBuffer>

using namespace whoowns;
using namespace whoowns::test;

namespace {

QString canonical(const QString &name)
{
    return dataPath(QStringLiteral("canonical/") + name);
}

void importFixtures(DirectoryStore &store)
{
    importAll(store, canonical(QStringLiteral("people.csv")),
              canonical(QStringLiteral("teams.csv")),
              canonical(QStringLiteral("responsibilities.csv")));
}

} // namespace

TEST_CASE("Canonical import -> export -> import -> export is lossless", "[canonical]")
{
    ScratchDir dir;
    DirectoryStore first;
    REQUIRE(first.open(dir.path(QStringLiteral("first.sqlite"))));
    importFixtures(first);
    const Exports once = exportAll(first);

    writeExports(dir, QStringLiteral("once-"), once);
    DirectoryStore second;
    REQUIRE(second.open(dir.path(QStringLiteral("second.sqlite"))));
    importAll(second, dir.path(QStringLiteral("once-people.csv")),
              dir.path(QStringLiteral("once-teams.csv")),
              dir.path(QStringLiteral("once-responsibilities.csv")));
    const Exports twice = exportAll(second);

    CHECK(twice.people == once.people);
    CHECK(twice.teams == once.teams);
    CHECK(twice.responsibilities == once.responsibilities);

    const Directory a = first.load();
    const Directory b = second.load();
    CHECK(a.people == b.people);
    CHECK(a.teams == b.teams);
    CHECK(a.responsibilities == b.responsibilities);

    // Importing an export into the store it came from changes nothing.
    for (const char *kind : {"people", "teams", "responsibilities"}) {
        ImportReport report;
        const QString what = QString::fromLatin1(kind);
        REQUIRE(importFile(first, what,
                           dir.path(QStringLiteral("once-") + what + QStringLiteral(".csv")),
                           report));
        CHECK(report.added.isEmpty());
        CHECK(report.changed.isEmpty());
        CHECK(report.left.isEmpty());
    }
    CHECK(exportAll(first) == once);
}

TEST_CASE("Canonical import keeps every tricky value", "[canonical]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("s.sqlite"))));
    importFixtures(store);
    const Directory d = store.load();
    auto p = [&](const char *id) {
        const Person *found = d.person(QString(), QString::fromLatin1(id));
        REQUIRE(found);
        return *found;
    };
    auto r = [&](const char *id) {
        const Responsibility *found = d.responsibility(QString(), QString::fromLatin1(id));
        REQUIRE(found);
        return *found;
    };

    // References resolved from id, email (any case), full name and preferred name.
    CHECK(p("E3").managerId == QStringLiteral("E2"));
    CHECK(p("E4").managerId == QStringLiteral("E3"));
    CHECK(p("E5").managerId == QStringLiteral("E1"));
    CHECK(p("E1").managerId.isEmpty());
    CHECK(p("E3").delegateId == QStringLiteral("E4"));
    CHECK(p("E3").outOfOfficeUntil == QStringLiteral("2030-01-15"));
    CHECK(p("E2").status == PersonStatus::OnLeave);
    CHECK(p("E6").status == PersonStatus::Left);
    CHECK(p("E3").preferredName == QStringLiteral("Shiv"));
    CHECK(p("E3").title == QStringLiteral("Returns lead, \"acting\""));
    CHECK(p("E5").name == QStringLiteral("Łukasz Żółć"));
    // Formula-like cells are data.
    CHECK(p("E4").title == QStringLiteral("=Specialist"));
    CHECK(p("E4").phone == QStringLiteral("-4417"));
    CHECK(p("E1").phone == QStringLiteral("@switchboard"));
    CHECK(p("E2").phone == QStringLiteral("'quoted"));

    const Team *t3 = d.team(QString(), QStringLiteral("T3"));
    REQUIRE(t3);
    CHECK(t3->leadId == QStringLiteral("E3"));
    CHECK(t3->parentId == QStringLiteral("T2"));
    const Team *t2 = d.team(QString(), QStringLiteral("T2"));
    REQUIRE(t2);
    CHECK(t2->parentId == QStringLiteral("T1")); // given by name
    CHECK(t2->leadId == QStringLiteral("E2"));   // given by name
    const Team *t4 = d.team(QString(), QStringLiteral("T4"));
    REQUIRE(t4);
    CHECK(t4->name == QStringLiteral("Billing, Invoices & \"Dunning\""));
    CHECK(t4->phone == QStringLiteral("=1+1"));

    CHECK(r("R-REF-DMG").notes ==
          QStringLiteral("Say: \"We are sorry.\" Then:\nask for the order number,\nand a photo."));
    CHECK(r("R-REF-DMG").keywords == QStringList{QStringLiteral("refund"),
                                                 QStringLiteral("broken on arrival"),
                                                 QStringLiteral("RMA")});
    CHECK(r("R-REF-DMG").escalationId == QStringLiteral("E2"));
    CHECK(r("R-INVOICE").ownerTeamId == QStringLiteral("T4"));
    CHECK(r("R-INVOICE").ownerId == QStringLiteral("E5"));
    CHECK(r("R-INVOICE").notes == QStringLiteral("=HYPERLINK(\"x\")"));
    CHECK(r("R-CEO").ownerTeamId == QStringLiteral("T1"));
    CHECK(r("R-CEO").ownerId == QStringLiteral("E1"));
    CHECK(r("R-CEO").backupId == QStringLiteral("E2"));
    CHECK(r("R-CEO").notes == QStringLiteral("'Apostrophe first"));
    CHECK(r("R-NOTEAM").notes == QStringLiteral("+ call back"));

    // In the export, formula-like cells carry the apostrophe a spreadsheet needs.
    const Exports e = exportAll(store);
    CHECK(e.people.contains("'=Specialist"));
    CHECK(e.people.contains("'+49 30 5557 4417"));
    CHECK(e.people.contains("''quoted"));
    CHECK(e.responsibilities.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(e.responsibilities.contains("''Apostrophe first"));
    CHECK(e.people.startsWith("id,name,preferred_name,"));
}

TEST_CASE("Managers given by id, email or name resolve in any row order", "[canonical]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("m.sqlite"))));
    ImportReport report;
    REQUIRE(importFile(store, QStringLiteral("people"),
                       canonical(QStringLiteral("people_managers_any_order.csv")), report));
    CHECK(report.warningCount() == 0);
    const Directory d = store.load();
    auto managerOf = [&](const char *id) {
        const Person *p = d.person(QString(), QString::fromLatin1(id));
        REQUIRE(p);
        return p->managerId;
    };
    CHECK(managerOf("M4") == QStringLiteral("M2")); // email
    CHECK(managerOf("M3") == QStringLiteral("M2")); // name
    CHECK(managerOf("M2") == QStringLiteral("M1")); // id, manager on a later row
    CHECK(managerOf("M5") == QStringLiteral("M1")); // name with odd case and spaces
    CHECK(managerOf("M1").isEmpty());
}

TEST_CASE("Refused imports leave the database exactly as it was", "[canonical][refusal]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("r.sqlite"))));
    importFixtures(store);
    const Exports before = exportAll(store);
    const qint64 historyBefore = historyCount(store);

    struct Case
    {
        const char *what;
        const char *file;
        const char *message;
        qint64 line;
    };
    const Case cases[] = {
        {"people", "canonical/people_parse_error.csv", "never closed", 3},
        {"people", "canonical/people_wrong_field_count.csv", "has 5 fields, the header has 17", 3},
        {"people", "canonical/people_duplicate_conflict.csv",
         "already used on line 2 with different data", 4},
        {"people", "canonical/people_ambiguous_manager.csv", "matches more than one person", 4},
        {"people", "canonical/people_loop.csv", "reporting loop", 2},
        {"people", "canonical/people_unknown_delegate.csv", "\"P99\" is not a known person", 3},
        {"people", "canonical/people_bad_status.csv", "status must be", 2},
        {"people", "canonical/people_missing_column.csv", "required column \"name\"", 1},
        {"people", "canonical/people_invalid_utf8.csv", "not valid UTF-8", 3},
        {"people", "csv/empty.csv", "empty", 1},
        {"responsibilities", "canonical/responsibilities_invalid_utf8.csv", "not valid UTF-8", 3},
        {"responsibilities", "canonical/responsibilities_wrong_field_count.csv",
         "has 4 fields, the header has 10", 3},
        {"people", "csv/unterminated_quote.csv", "never closed", 3},
        {"teams", "canonical/teams_unknown_lead.csv", "is not a known person", 2},
        {"responsibilities", "canonical/responsibilities_unknown_owner.csv",
         "owner \"Nobody Known\" is not a known person", 2},
        {"responsibilities", "canonical/responsibilities_unknown_team.csv",
         "\"T999\" is not a known team", 2},
        {"responsibilities", "canonical/responsibilities_team_slip.csv",
         "\"Executive Ofice\" is not a known team (did you mean \"Executive Office\"?)", 2},
        {"responsibilities", "canonical/responsibilities_new_team_slip.csv",
         "\"Partnershps\" is not a known team (did you mean \"Partnerships\"?)", 3},
    };
    for (const Case &c : cases) {
        for (bool dryRun : {false, true}) {
            DYNAMIC_SECTION(c.file << (dryRun ? " (dry run)" : ""))
            {
                const QString path = dataPath(QString::fromLatin1(c.file));
                ImportReport report;
                ImportOptions options;
                options.dryRun = dryRun;
                CHECK_FALSE(importFile(store, QString::fromLatin1(c.what), path, report, options));
                REQUIRE(report.hasErrors());
                CHECK_FALSE(report.committed);
                const QString prefix = QStringLiteral("%1:%2: ").arg(path).arg(c.line);
                bool found = false;
                for (const ImportMessage &m : report.messages) {
                    UNSCOPED_INFO(m.format());
                    if (m.severity == ImportMessage::Severity::Error &&
                        m.format().startsWith(prefix) &&
                        m.text.contains(QString::fromUtf8(c.message)))
                        found = true;
                }
                CHECK(found);
                CHECK(exportAll(store) == before);
                CHECK(historyCount(store) == historyBefore);
                CHECK_FALSE(store.database().inTransaction());
            }
        }
    }
}

TEST_CASE("A dry run reports the change and writes nothing", "[canonical]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("d.sqlite"))));
    const Exports before = exportAll(store);
    ImportReport report;
    ImportOptions options;
    options.dryRun = true;
    REQUIRE(importFile(store, QStringLiteral("people"), canonical(QStringLiteral("people.csv")),
                       report, options));
    CHECK(report.added.size() == 6);
    CHECK_FALSE(report.committed);
    CHECK(exportAll(store) == before);
    CHECK(historyCount(store) == 0);
}

TEST_CASE("Teams the responsibility map names but the directory lacks are added, and undone",
          "[canonical]")
{
    // An Entra export gives departments, not teams: the map's owner teams are new to the
    // directory. Each is added once, with a warning on the line that first names it.
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("n.sqlite"))));
    importFixtures(store);
    const Exports before = exportAll(store);
    const QString path = canonical(QStringLiteral("responsibilities_new_teams.csv"));

    ImportReport dry;
    ImportOptions dryRun;
    dryRun.dryRun = true;
    REQUIRE(importFile(store, QStringLiteral("responsibilities"), path, dry, dryRun));
    CHECK(exportAll(store) == before);

    ImportReport report;
    REQUIRE(importFile(store, QStringLiteral("responsibilities"), path, report, {}));
    const auto warnings = [](const ImportReport &r) {
        QStringList out;
        for (const ImportMessage &m : r.messages)
            if (m.severity == ImportMessage::Severity::Warning)
                out.append(m.format());
        return out;
    };
    CHECK(warnings(dry) == warnings(report)); // the dry run tells the same
    CHECK(warnings(report) ==
          QStringList{
              path + QStringLiteral(":2: warning: owner team \"Loyalty Program\" is not in the "
                                    "directory: added as a new team"),
              path + QStringLiteral(":4: warning: owner team \"Partnerships\" is not in the "
                                    "directory: added as a new team"),
              path + QStringLiteral(":6: warning: owner team \"Support 1\" is not in the "
                                    "directory: added as a new team"),
              path + QStringLiteral(":7: warning: owner team \"Support 2\" is not in the "
                                    "directory: added as a new team")});
    const Directory d = store.load();
    const Team *loyalty = d.teamByName(QString(), QStringLiteral("Loyalty Program"));
    REQUIRE(loyalty);
    CHECK(d.responsibility(QString(), QStringLiteral("R-L2"))->ownerTeamId == loyalty->id);
    // Named again in other letters: the same team, not a second one.
    CHECK(d.responsibility(QString(), QStringLiteral("R-L3"))->ownerTeamId == loyalty->id);
    CHECK(d.teamByName(QString(), QStringLiteral("Partnerships")));
    // A number is not a slip: "Support 2" is another team than "Support 1".
    CHECK(d.teamByName(QString(), QStringLiteral("Support 1")));
    CHECK(d.teamByName(QString(), QStringLiteral("Support 2")));

    ImportHistoryEntry undone;
    QString problem;
    REQUIRE(undoLastImport(store, &undone, &problem));
    CHECK(exportAll(store) == before);
}

TEST_CASE("Accepted input with findings", "[canonical]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("w.sqlite"))));
    ImportReport report;
    auto warningAt = [&](qint64 line, const char *text) {
        for (const ImportMessage &m : report.messages)
            if (m.severity == ImportMessage::Severity::Warning && m.line == line &&
                m.text.contains(QString::fromUtf8(text)))
                return true;
        return false;
    };
    auto people = [&]() { return store.load().people; };

    SECTION("an unknown manager is left empty with a warning")
    {
        REQUIRE(importFile(store, QStringLiteral("people"),
                           canonical(QStringLiteral("people_unknown_manager.csv")), report));
        CHECK(warningAt(3, "\"Nobody Known\" is not a known person"));
        REQUIRE(people().size() == 2);
        CHECK(people().at(1).managerId.isEmpty());
    }
    SECTION("an exact duplicate row is a warning")
    {
        REQUIRE(importFile(store, QStringLiteral("people"),
                           canonical(QStringLiteral("people_duplicate_identical.csv")), report));
        CHECK(warningAt(3, "repeats line 2"));
        CHECK(people().size() == 1);
    }
    SECTION("blank trailing rows are not data")
    {
        REQUIRE(importFile(store, QStringLiteral("people"),
                           canonical(QStringLiteral("people_blank_trailing_rows.csv")), report));
        CHECK_FALSE(report.hasErrors());
        CHECK(people().size() == 1);
    }
    SECTION("CRLF line ends and a byte order mark")
    {
        REQUIRE(importFile(store, QStringLiteral("people"),
                           canonical(QStringLiteral("people_crlf_bom.csv")), report));
        REQUIRE(people().size() == 2);
        CHECK(people().at(1).managerId == QStringLiteral("P1"));
        CHECK(people().at(1).name == QStringLiteral("Bob"));
    }
    SECTION("a people file with a header and no rows is refused: it would empty the directory")
    {
        CHECK_FALSE(importFile(store, QStringLiteral("people"),
                               dataPath(QStringLiteral("csv/header_only.csv")), report));
        REQUIRE(report.hasErrors());
        CHECK(report.messages.first().line == 1);
        CHECK(store.isEmpty());
    }
}

TEST_CASE("Canonical headers: unknown and repeated columns are warnings, order is free",
          "[canonical]")
{
    QByteArray bytes = "Lead_ID,Name,colour,ID,name\n"
                       "E1,Support,blue,T1,Ignored\n"
                       "\"E2\",\"Sales, EMEA\",red,T2,x\n";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportReport report;
    const QList<TeamRow> rows = readCanonicalTeams(&buffer, report);
    CHECK_FALSE(report.hasErrors());
    CHECK(report.warningCount() == 2);
    for (const ImportMessage &m : report.messages)
        CHECK(m.line == 1);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).team.id == QStringLiteral("T1"));
    CHECK(rows.at(0).team.name == QStringLiteral("Support"));
    CHECK(rows.at(0).team.leadId == QStringLiteral("E1"));
    CHECK(rows.at(1).team.name == QStringLiteral("Sales, EMEA"));
    CHECK(rows.at(1).line == 3);
}
