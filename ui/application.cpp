#include "application.h"

#include "io/demo.h"
#include "mainwindow.h"
#include "store/directorystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace whoowns::ui {

int runDesktopApp(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("whoowns"));
    QApplication::setApplicationDisplayName(QObject::tr("Who Owns This"));
    QApplication::setApplicationVersion(QStringLiteral(WHOOWNS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Find who owns a request, fast."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Directory database file."),
                                QStringLiteral("path"));
    QCommandLineOption queryOption(QStringLiteral("query"), QObject::tr("Start with this query."),
                                   QStringLiteral("text"));
    parser.addOption(dbOption);
    parser.addOption(queryOption);
    parser.process(app);

    DirectoryStore store;
    if (!store.open(DirectoryStore::resolvePath(parser.value(dbOption)))) {
        QMessageBox::critical(nullptr, QObject::tr("Who Owns This"), store.lastError());
        return 3;
    }
    if (store.isEmpty()) {
        ImportReport report;
        loadDemoCompany(store, report);
    }
    SystemClock clock;
    MainWindow window(store, clock);
    window.show();
    if (parser.isSet(queryOption))
        window.setQuery(parser.value(queryOption));
    return app.exec();
}

} // namespace whoowns::ui
