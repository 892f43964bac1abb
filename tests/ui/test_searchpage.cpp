// The rep's flow on the search page: typing selects the expected result, Enter copies the
// transfer number, the answer card shows who takes the call, and nothing found offers the
// fallback and logs the question.
#include "uifixture.h"

#include "answer/answercard.h"
#include "answer/nothingfound.h"
#include "mainwindow.h"
#include "search/resultsmodel.h"
#include "search/searchfield.h"
#include "search/searchpage.h"
#include "settings/preferences.h"
#include "store/unansweredlog.h"
#include "unanswered/unansweredview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace whoowns;
using namespace whoowns::ui;
using whoowns::test::UiFixture;
using whoowns::test::waitUntil;

namespace {

struct Window
{
    explicit Window(UiFixture &f) : window(*f.session)
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        page = window.searchPage();
    }
    // Types like a user (one key at a time) and waits for the results of the full text.
    void type(const QString &text)
    {
        QSignalSpy shown(page, &SearchPage::resultsShown);
        QTest::keyClicks(page->searchField(), text);
        REQUIRE(waitUntil(
            [&] { return !shown.isEmpty() && shown.last().at(0).toString() == page->query(); }));
    }
    QString selectedTitle() const
    {
        return page->resultsView()->currentIndex().data(Qt::DisplayRole).toString();
    }
    MainWindow window;
    SearchPage *page = nullptr;
};

} // namespace

TEST_CASE("typing a query selects the expected result and shows its answer", "[ui][search]")
{
    UiFixture f;
    Window w(f);
    CHECK(w.page->searchField()->hasFocus());
    w.type(QStringLiteral("refund"));
    REQUIRE(w.page->resultsModel()->rowCount() >= 1);
    CHECK(w.selectedTitle() == QStringLiteral("Refunds for damaged goods"));
    const QString card = w.page->answerCard()->text();
    CHECK(card.contains(QStringLiteral("Maria Lopez")));
    CHECK(card.contains(QStringLiteral("+49 30 1111")));
    CHECK(card.contains(QStringLiteral("Tom Baker")));  // backup
    CHECK(card.contains(QStringLiteral("Anna Weber"))); // escalation
    CHECK(card.contains(QStringLiteral("Ask for the order number")));
    CHECK(card.contains(QStringLiteral("Available")));
}

TEST_CASE("Enter copies the transfer number of the selected result", "[ui][search]")
{
    UiFixture f;
    Window w(f);
    QApplication::clipboard()->clear();
    w.type(QStringLiteral("damaged"));
    QTest::keyClick(w.page->searchField(), Qt::Key_Return);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("+49 30 1111"));
}

TEST_CASE("Down moves to the next result while typing stays in the field", "[ui][search]")
{
    UiFixture f;
    Window w(f);
    w.type(QStringLiteral("billing"));
    REQUIRE(w.page->resultsModel()->rowCount() >= 2);
    const QString first = w.selectedTitle();
    QTest::keyClick(w.page->searchField(), Qt::Key_Down);
    CHECK(w.page->resultsView()->currentIndex().row() == 1);
    CHECK(w.selectedTitle() != first);
    CHECK(w.page->searchField()->hasFocus());
    QTest::keyClick(w.page->searchField(), Qt::Key_Up);
    CHECK(w.page->resultsView()->currentIndex().row() == 0);
}

TEST_CASE("the answer card shows the delegate for a person who is away", "[ui][answer]")
{
    UiFixture f;
    Window w(f);
    w.type(QStringLiteral("Omar"));
    REQUIRE(w.selectedTitle() == QStringLiteral("Omar Haddad"));
    const QString card = w.page->answerCard()->text();
    CHECK(card.contains(QStringLiteral("out of office until 2030-01-01")));
    CHECK(card.contains(QStringLiteral("Delegate: Lena Fischer")));
    CHECK(w.page->answerCard()->answer().now.redirect.name == QStringLiteral("Lena Fischer"));
    // The availability of the result is marked with a symbol and words, not colour alone.
    const QString availability =
        w.page->resultsView()->currentIndex().data(ResultsModel::AvailabilityTextRole).toString();
    CHECK(availability.contains(QStringLiteral("Lena Fischer")));
}

TEST_CASE("the handoff note names the owner, team, topic and backup", "[ui][answer]")
{
    UiFixture f;
    Window w(f);
    w.type(QStringLiteral("refund"));
    w.window.findChild<QAction *>(QStringLiteral("copyHandoffAction"))->trigger();
    CHECK(QApplication::clipboard()->text() ==
          QStringLiteral("Transferring you to Maria Lopez in Returns Desk about Refunds for "
                         "damaged goods; if they are unavailable, Tom Baker is the backup."));
}

TEST_CASE("call and email open tel: and mailto: links", "[ui][answer]")
{
    UiFixture f;
    Window w(f);
    QList<QUrl> opened;
    w.page->answerCard()->setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    w.type(QStringLiteral("refund"));
    w.window.findChild<QAction *>(QStringLiteral("callAction"))->trigger();
    w.window.findChild<QAction *>(QStringLiteral("emailAction"))->trigger();
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(0).toString() == QStringLiteral("tel:+49301111"));
    CHECK(opened.at(1).scheme() == QStringLiteral("mailto"));
    CHECK(opened.at(1).path() == QStringLiteral("maria.lopez@example.com"));
    CHECK(opened.at(1).query(QUrl::FullyDecoded) ==
          QStringLiteral("subject=Refunds for damaged goods"));
}

TEST_CASE("nothing found offers the fallback and Enter logs the question", "[ui][unanswered]")
{
    UiFixture f;
    REQUIRE(f.store.setSetting(QLatin1String(kFallbackNameKey), QStringLiteral("Switchboard")));
    REQUIRE(f.store.setSetting(QLatin1String(kFallbackPhoneKey), QStringLiteral("+49 30 0000")));
    f.session->reloadNow(); // the fallback is part of the routing settings of a snapshot
    Window w(f);
    w.page->applySettings();
    w.type(QStringLiteral("xylophone"));
    CHECK(w.page->resultsModel()->rowCount() == 0);
    auto *nothing = w.window.findChild<NothingFound *>(QStringLiteral("nothingFound"));
    REQUIRE(nothing);
    CHECK(nothing->isVisible());
    CHECK(nothing->fallbackPhone() == QStringLiteral("+49 30 0000"));
    QTest::keyClick(w.page->searchField(), Qt::Key_Return);
    QTest::keyClick(w.page->searchField(), Qt::Key_Return);
    const auto questions = UnansweredLog(f.store).questions();
    REQUIRE(questions.size() == 1);
    CHECK(questions.at(0).query == QStringLiteral("xylophone"));
    CHECK(questions.at(0).count == 2);

    w.window.showPage(MainWindow::Page::Unanswered);
    UnansweredView *view = w.window.unansweredView();
    REQUIRE(view->rowCount() == 1);
    CHECK(view->queryAt(0) == QStringLiteral("xylophone"));
    CHECK(view->countAt(0) == 2);
}

TEST_CASE("Esc clears the search and Ctrl+K focuses it from another page", "[ui][keyboard]")
{
    UiFixture f;
    Window w(f);
    w.type(QStringLiteral("refund"));
    QTest::keyClick(w.page->searchField(), Qt::Key_Escape);
    CHECK(w.page->query().isEmpty());
    w.window.showPage(MainWindow::Page::OrgChart);
    QTest::keyClick(&w.window, Qt::Key_K, Qt::ControlModifier);
    CHECK(w.window.currentPage() == MainWindow::Page::Search);
    CHECK(w.page->searchField()->hasFocus());
}

TEST_CASE("the results model passes QAbstractItemModelTester", "[ui][model]")
{
    UiFixture f;
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ResultRow> rows;
    for (const auto &r : f.session->engine()->search(QStringLiteral("billing"))) {
        ResultRow row;
        row.result = r;
        rows.append(row);
    }
    REQUIRE(rows.size() >= 2);
    model.setRows(rows);
    CHECK(model.rowCount() == rows.size());
    CHECK(model.index(0).data(ResultsModel::KindTextRole).toString().size() > 0);
    model.setRows({});
    CHECK(model.rowCount() == 0);
}
