// The HR import wizard end to end: detection, mapping, dry-run diff, commit, and undo.
#include "uifixture.h"

#include "importwizard/filepage.h"
#include "importwizard/importwizard.h"
#include "importwizard/mappingpage.h"
#include "importwizard/reviewpage.h"
#include "mainwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace whoowns;
using namespace whoowns::ui;
using whoowns::test::UiFixture;

namespace {

// A Workday-style export of the fixture company: Tom Baker has a new title, Nina Roth is new.
const QByteArray kExport =
    "Employee ID,Legal First Name,Legal Last Name,Business Title,Primary Work Email,"
    "Primary Work Phone,Manager Employee ID,Worker Status\n"
    "P3,Anna,Weber,Head of Service,anna.weber@example.com,+49 30 3333,,Active\n"
    "P1,Maria,Lopez,Refunds Lead,maria.lopez@example.com,+49 30 1111,P3,Active\n"
    "P2,Tom,Baker,Senior Refunds Advisor,tom.baker@example.com,+49 30 2222,P3,Active\n"
    "P4,Omar,Haddad,Billing Clerk,omar.haddad@example.com,+49 30 4444,P3,Active\n"
    "P5,Lena,Fischer,Billing Clerk,lena.fischer@example.com,+49 30 5555,P3,Active\n"
    "P6,Nina,Roth,Refunds Advisor,nina.roth@example.com,+49 30 6666,P1,Active\n";

QString titleOf(const UiFixture &f, const char *id)
{
    const Person *p = f.session->directory()->person(QString(), QString::fromLatin1(id));
    return p ? p->title.toString() : QString();
}

} // namespace

TEST_CASE("the import wizard commits a file end to end and undo restores it", "[ui][import]")
{
    UiFixture f;
    const QString file = f.scratch.write(QStringLiteral("workday.csv"), kExport);
    MainWindow window(*f.session);
    window.show();

    ImportWizard *wizard = window.openImportWizard(file);
    auto *detected = wizard->findChild<QLabel *>(QStringLiteral("detectedFormat"));
    CHECK(detected->text().contains(QStringLiteral("UTF-8")));
    CHECK(detected->text().contains(QStringLiteral("comma")));
    REQUIRE(wizard->filePage()->isComplete());

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    CHECK(wizard->mappingPage()->fieldFor(QStringLiteral("Employee ID")) == QStringLiteral("id"));
    CHECK(wizard->mappingPage()->fieldFor(QStringLiteral("Business Title")) ==
          QStringLiteral("title"));

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::ReviewPage);
    REQUIRE(whoowns::test::waitUntil([&] { return !wizard->reviewPage()->isChecking(); }));
    const ImportReport &dry = wizard->reviewPage()->dryRun();
    REQUIRE(wizard->reviewPage()->isComplete());
    REQUIRE(dry.added.size() == 1);
    CHECK(dry.added.at(0).id == QStringLiteral("P6"));
    REQUIRE(dry.changed.size() >= 1);
    // The dry run wrote nothing.
    CHECK(titleOf(f, "P2") == QStringLiteral("Refunds Advisor"));

    QSignalSpy reloaded(f.session.get(), &DirectorySession::snapshotChanged);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    wizard->accept();
    REQUIRE(imported.wait(5000));
    REQUIRE((!reloaded.isEmpty() || reloaded.wait(5000)));
    CHECK(titleOf(f, "P2") == QStringLiteral("Senior Refunds Advisor"));
    CHECK(f.session->directory()->person(QString(), QStringLiteral("P6")) != nullptr);

    // Undo, from a fresh wizard's first page.
    ImportWizard *again = window.openImportWizard();
    auto *undo = again->findChild<QPushButton *>(QStringLiteral("undoImportButton"));
    REQUIRE(undo->isEnabled());
    undo->click();
    REQUIRE(reloaded.wait(5000));
    CHECK(titleOf(f, "P2") == QStringLiteral("Refunds Advisor"));
    CHECK(f.session->directory()->person(QString(), QStringLiteral("P6")) == nullptr);
    again->reject();
}

TEST_CASE("the import wizard refuses a broken file and changes nothing", "[ui][import]")
{
    UiFixture f;
    const QString file = f.scratch.write(
        QStringLiteral("loop.csv"), "id,name,manager_id\nP1,Maria Lopez,P2\nP2,Tom Baker,P1\n");
    MainWindow window(*f.session);
    ImportWizard *wizard = window.openImportWizard(file);
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::ReviewPage);
    REQUIRE(whoowns::test::waitUntil([&] { return !wizard->reviewPage()->isChecking(); }));
    CHECK_FALSE(wizard->reviewPage()->isComplete());
    bool lineNamed = false;
    for (const ImportMessage &m : wizard->reviewPage()->dryRun().messages)
        lineNamed = lineNamed || (m.severity == ImportMessage::Severity::Error && m.line > 0);
    CHECK(lineNamed);
    CHECK(titleOf(f, "P1") == QStringLiteral("Refunds Lead"));
    wizard->reject();
}
