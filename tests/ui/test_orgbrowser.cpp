// The org browser: chain of command, direct reports, and click-through to the answer card.
#include "uifixture.h"

#include "answer/answercard.h"
#include "mainwindow.h"
#include "org/orgbrowser.h"
#include "search/searchpage.h"

#include <QAction>
#include <QListView>

using namespace whoowns;
using namespace whoowns::ui;
using whoowns::test::UiFixture;

TEST_CASE("the org browser shows the chain of command and direct reports", "[ui][org]")
{
    UiFixture f;
    MainWindow window(*f.session);
    window.show();
    window.showPage(MainWindow::Page::OrgChart);
    OrgBrowser *org = window.orgBrowser();
    org->showPerson(QString(), QStringLiteral("P1")); // shown once the tree is built
    REQUIRE(
        whoowns::test::waitUntil([&] { return org->currentPersonId() == QStringLiteral("P1"); }));
    CHECK(org->chainOfCommand() == QStringList{QStringLiteral("Anna Weber — Head of Service")});
    CHECK(org->directReports().isEmpty());
    org->showPerson(QString(), QStringLiteral("P3"));
    const QStringList reports = org->directReports();
    CHECK(reports.size() == 4);
    CHECK(reports.contains(QStringLiteral("Maria Lopez — Refunds Lead")));
    CHECK(org->chainOfCommand().isEmpty());
}

TEST_CASE("show in org chart and back to the answer card", "[ui][org]")
{
    UiFixture f;
    MainWindow window(*f.session);
    window.show();
    window.searchPage()->setQuery(QStringLiteral("invoice"));
    REQUIRE(
        whoowns::test::waitUntil([&] { return window.searchPage()->answerCard()->hasAnswer(); }));
    window.findChild<QAction *>(QStringLiteral("orgChartAction"))->trigger();
    CHECK(window.currentPage() == MainWindow::Page::OrgChart);
    CHECK(whoowns::test::waitUntil([&] {
        return window.orgBrowser()->currentPersonId() == QStringLiteral("P4"); // the owner
    }));
    emit window.orgBrowser()->answerRequested(QString(), QStringLiteral("P5"));
    CHECK(window.currentPage() == MainWindow::Page::Search);
    CHECK(window.searchPage()->answerCard()->answer().now.redirect.name ==
          QStringLiteral("Lena Fischer"));
}

TEST_CASE("the window remembers its last page and geometry", "[ui][settings]")
{
    UiFixture f;
    QRect geometry;
    {
        MainWindow window(*f.session);
        window.show();
        window.resize(900, 640);
        window.showPage(MainWindow::Page::OrgChart);
        geometry = window.geometry();
        window.close();
    }
    MainWindow again(*f.session);
    CHECK(again.currentPage() == MainWindow::Page::OrgChart);
    CHECK(again.size() == geometry.size());
    again.showPage(MainWindow::Page::Search);
    again.close(); // leave the search page for the next test run
}
