// The responsibility editor: validation before save, one transaction per save, recorded.
#include "uifixture.h"

#include "db/statement.h"
#include "editor/personpicker.h"
#include "editor/responsibilityeditor.h"
#include "editor/responsibilityform.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>

using namespace whoowns;
using namespace whoowns::ui;
using whoowns::test::UiFixture;

TEST_CASE("the editor refuses an unknown owner and saves a valid topic", "[ui][editor]")
{
    UiFixture f;
    MainWindow window(*f.session);
    ResponsibilityEditor *editor = window.openResponsibilityEditor(QStringLiteral("warranty"));
    ResponsibilityForm *form = editor->form();
    CHECK(form->keywordsField()->text() == QStringLiteral("warranty"));
    form->topicField()->setText(QStringLiteral("Warranty claims"));
    form->ownerField()->setText(QStringLiteral("Nobody Here"));
    CHECK_FALSE(editor->save());
    CHECK(editor->problemText().contains(QStringLiteral("Nobody Here")));
    CHECK(f.session->directory()->responsibilities.size() == 2);

    // A name typed in full is resolved; the completer's "Name — Title (id)" form too.
    form->ownerField()->setText(QStringLiteral("Maria Lopez"));
    form->backupField()->setText(QStringLiteral("Tom Baker — Refunds Advisor (P2)"));
    form->teamField()->setCurrentText(QStringLiteral("Returns Desk (T1)"));
    QSignalSpy reloaded(f.session.get(), &DirectorySession::snapshotChanged);
    REQUIRE(editor->save());
    REQUIRE(reloaded.wait(5000));
    const auto results = f.session->engine()->search(QStringLiteral("warranty"));
    REQUIRE(!results.isEmpty());
    CHECK(results.first().title == QStringLiteral("Warranty claims"));
    const Responsibility *r = f.session->directory()->responsibility(QString(), results.first().id);
    REQUIRE(r);
    CHECK(r->ownerId == QStringLiteral("P1"));
    CHECK(r->backupId == QStringLiteral("P2"));
    CHECK(r->ownerTeamId == QStringLiteral("T1"));
    CHECK(f.store.database().scalarInt(
              QStringLiteral("SELECT count(*) FROM import_history WHERE what = 'edit'")) == 1);
    editor->reject();
}

TEST_CASE("the editor refuses a backup who is the owner", "[ui][editor]")
{
    UiFixture f;
    MainWindow window(*f.session);
    ResponsibilityEditor *editor = window.openResponsibilityEditor();
    editor->select(QString(), QStringLiteral("R1"));
    editor->form()->backupField()->setPersonId(QString(), QStringLiteral("P1"));
    CHECK_FALSE(editor->save());
    CHECK(editor->problemText().contains(QStringLiteral("backup")));
    CHECK(f.session->directory()->responsibility(QString(), QStringLiteral("R1"))->backupId ==
          QStringLiteral("P2"));
    editor->reject();
}
