#include "application.h"

#include "app/screenshotmode.h"
#include "io/demo.h"
#include "mainwindow.h"
#include "search/searchpage.h"
#include "session/directorysession.h"
#include "settings/preferences.h"
#include "store/directorystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace whoowns::ui {

namespace {

// Milliseconds since the kernel started this process (not since main()), so the start-up
// figure includes loading the program and its libraries.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) counts from after the ")" of the name.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("whoowns"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

} // namespace

int runDesktopApp(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs, false);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("whoowns"));
    QApplication::setApplicationName(QStringLiteral("whoowns"));
    QApplication::setApplicationVersion(QStringLiteral(WHOOWNS_VERSION));
    installTranslations(app);
    QApplication::setApplicationDisplayName(QObject::tr("Who Owns This"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Find who owns a request, fast."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Directory database file."),
                                QStringLiteral("path"));
    QCommandLineOption queryOption(QStringLiteral("query"), QObject::tr("Start with this query."),
                                   QStringLiteral("text"));
    QCommandLineOption exitOption(
        QStringLiteral("exit-after-results"),
        QObject::tr("Print the milliseconds from process start to the first results, then quit."));
    parser.addOption(dbOption);
    parser.addOption(queryOption);
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QObject::tr("Save the window as a PNG once the first results are shown, then quit."),
        QStringLiteral("file"));
    QCommandLineOption showOption(
        QStringLiteral("show"),
        QObject::tr("With --screenshot: org, unanswered, import, editor or settings."),
        QStringLiteral("view"));
    QCommandLineOption importFileOption(QStringLiteral("import-file"),
                                        QObject::tr("With --show import: the file to open."),
                                        QStringLiteral("path"));
    QCommandLineOption atOption(QStringLiteral("at"),
                                QObject::tr("Answer as if it were this instant (ISO 8601)."),
                                QStringLiteral("datetime"));
    for (QCommandLineOption *o : {&screenshotOption, &showOption, &importFileOption, &atOption})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitOption);
    parser.addOption(screenshotOption);
    parser.addOption(showOption);
    parser.addOption(importFileOption);
    parser.addOption(atOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("WHOOWNS_DB"))
        path = databasePathPreference();
    DirectoryStore store;
    if (!store.open(DirectoryStore::resolvePath(path))) {
        QMessageBox::critical(nullptr, QObject::tr("Who Owns This"), store.lastError());
        return 3;
    }
    if (store.isEmpty()) {
        ImportReport report;
        loadDemoCompany(store, report);
    }
    SystemClock systemClock;
    const QDateTime at = QDateTime::fromString(parser.value(atOption), Qt::ISODate);
    FixedClock fixedClock(at);
    const Clock &clock = at.isValid() ? static_cast<const Clock &>(fixedClock) : systemClock;
    DirectorySession session(store, clock);
    MainWindow window(session);
    const bool exitAfterResults = parser.isSet(exitOption);
    if (exitAfterResults) {
        QObject::connect(window.searchPage(), &SearchPage::resultsShown, &app,
                         [&](const QString &query, int count) {
                             if (query.trimmed().isEmpty())
                                 return;
                             std::printf("whoowns: %d results for \"%s\" on screen %.1f ms after "
                                         "process start (%lld ms after main)\n",
                                         count, qPrintable(query), msSinceProcessStart(),
                                         static_cast<long long>(sinceMain.elapsed()));
                             std::fflush(stdout);
                             QTimer::singleShot(0, &app, &QApplication::quit);
                         });
    }
    if (parser.isSet(screenshotOption))
        arrangeScreenshot(window, {parser.value(screenshotOption), parser.value(showOption),
                                   parser.value(importFileOption)});
    window.show(); // the window first; the directory loads and indexes in the background
    if (parser.isSet(queryOption)) {
        window.showPage(MainWindow::Page::Search); // over the remembered page
        window.searchPage()->setQuery(parser.value(queryOption));
    }
    session.reload();
    return app.exec();
}

} // namespace whoowns::ui
