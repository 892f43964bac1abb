// The answer card and `whoowns-cli show --at` give the same decision for the same instant:
// both go through core/routing, and this test keeps it that way.
#include "uifixture.h"

#include "answer/answercard.h"
#include "mainwindow.h"
#include "search/searchfield.h"
#include "search/searchpage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace whoowns;
using namespace whoowns::ui;
using whoowns::test::UiFixture;
using whoowns::test::waitUntil;

TEST_CASE("the answer card shows the same redirect as the CLI at the same instant", "[ui][routing]")
{
    UiFixture f;
    MainWindow window(*f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SearchPage *page = window.searchPage();

    // Monday 10:00 UTC (everyone in hours), Monday 20:00 UTC (Berlin closed), Sunday noon.
    const QDateTime instants[] = {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC),
                                  QDateTime(QDate(2026, 11, 23), QTime(20, 0), Qt::UTC),
                                  QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};
    // A query for each responsibility and for the away person, with the id the CLI shows.
    const struct
    {
        const char *query;
        const char *id;
    } cases[] = {{"refund", "R1"}, {"invoice copies", "R2"}, {"omar haddad", "P4"}};

    for (const QDateTime &at : instants) {
        f.clock.set(at);
        for (const auto &c : cases) {
            const QString query = QString::fromLatin1(c.query);
            INFO("query " << c.query << " at " << at.toString(Qt::ISODate).toStdString());
            QSignalSpy shown(page, &SearchPage::resultsShown);
            page->searchField()->clear();
            QTest::keyClicks(page->searchField(), query);
            REQUIRE(waitUntil([&] {
                return !shown.isEmpty() && shown.last().at(0).toString() == page->query();
            }));
            const Answer &answer = page->answerCard()->answer();
            REQUIRE(answer.result.id == QString::fromLatin1(c.id));
            const Redirect &card = answer.now.redirect;

            const auto cli =
                test::runCli({QStringLiteral("--db"), f.dbPath(), QStringLiteral("show"),
                              QString::fromLatin1(c.id), QStringLiteral("--json"),
                              QStringLiteral("--at"), at.toString(Qt::ISODate)});
            REQUIRE(cli.exitCode == 0);
            const QJsonObject redirect = QJsonDocument::fromJson(cli.out.toUtf8())
                                             .object()
                                             .value(QStringLiteral("redirect"))
                                             .toObject();
            CHECK(redirect.value(QStringLiteral("reason")).toString() == reasonName(card.reason));
            CHECK(redirect.value(QStringLiteral("person_id")).toString() == card.personId);
            CHECK(redirect.value(QStringLiteral("name")).toString() == card.name);
            CHECK(redirect.value(QStringLiteral("phone")).toString() == card.phone);
            CHECK(redirect.value(QStringLiteral("reachable")).toBool() == card.reachableNow);
        }
    }
}
