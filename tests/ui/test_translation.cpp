// The German catalogue is compiled in and complete enough to show the window in German.
#include "uifixture.h"

#include "mainwindow.h"
#include "search/resultsmodel.h"

#include <QApplication>
#include <QMenuBar>
#include <QTranslator>

using namespace whoowns;
using namespace whoowns::ui;
using whoowns::test::UiFixture;

TEST_CASE("the German translation is compiled in and used", "[ui][i18n]")
{
    UiFixture f;
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/whoowns_de.qm")));
    QApplication::installTranslator(&german);
    {
        MainWindow window(*f.session);
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        CHECK(menus == QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                   QStringLiteral("&Ansicht"), QStringLiteral("A&ntwort")});
        CHECK(window.windowTitle() == QStringLiteral("Wer ist zuständig?"));
        CHECK(ResultsModel::kindText(EntityKind::Responsibility) == QStringLiteral("Thema"));
    }
    QApplication::removeTranslator(&german);
    CHECK(ResultsModel::kindText(EntityKind::Responsibility) == QStringLiteral("Topic"));
}
