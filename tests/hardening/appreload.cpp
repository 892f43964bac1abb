// The desktop app's side of two processes: its DirectorySession (the snapshot the window
// searches) stays open while whoowns-cli imports in another process. Every snapshot it
// installs is one whole version of the directory, and it installs the new version by itself
// once the import commits, without a restart. Built when the UI is (WHOOWNS_HAVE_UI).
#ifdef WHOOWNS_HAVE_UI

#include "hardeningsupport.h"

#include "session/directorysession.h"
#include "store/directorystore.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

using namespace whoowns;
using namespace whoowns::test;
using namespace whoowns::test::hardening;

namespace {

// 'A', 'B', or '?' when the snapshot mixes the two versions (or has neither).
char versionOf(const Directory &directory)
{
    qsizetype alpha = 0, bravo = 0;
    for (const Person &p : directory.people) {
        if (p.status == PersonStatus::Left) // people a version drops keep their old title
            continue;
        alpha += p.title == QLatin1String("Alpha Analyst");
        bravo += p.title == QLatin1String("Bravo Analyst");
    }
    if (alpha && bravo)
        return '?';
    return alpha ? 'A' : bravo ? 'B' : '?';
}

} // namespace

TEST_CASE("the app's session installs whole snapshots and picks up an import by itself",
          "[hardening][twoprocess][app]")
{
    ScratchDir dir;
    const int rows = hardeningRows(20000) / 2;
    const QString fileA = dir.write(QStringLiteral("a.csv"), generatedPeople(rows, Version::A));
    const QString fileB = dir.write(QStringLiteral("b.csv"), generatedPeople(rows, Version::B));
    const QString database = dir.path(QStringLiteral("directory.db"));
    importPeopleOrFail(database, fileA);

    DirectoryStore store;
    REQUIRE(store.open(database));
    const SystemClock clock;
    ui::DirectorySession session(store, clock);
    session.setPollInterval(50);
    session.reloadNow();
    REQUIRE(session.isLoaded());
    REQUIRE(versionOf(*session.directory()) == 'A');

    QList<char> seen;
    QObject::connect(&session, &ui::DirectorySession::snapshotChanged,
                     [&] { seen.append(versionOf(*session.directory())); });

    for (const char target : {'B', 'A'}) {
        seen.clear();
        QProcess importer;
        startImport(importer, database, target == 'B' ? fileB : fileA);
        // The app keeps running its event loop (polling, loading in the background) meanwhile.
        while (importer.state() != QProcess::NotRunning) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            importer.waitForFinished(10);
        }
        REQUIRE(importer.exitStatus() == QProcess::NormalExit);
        REQUIRE(importer.exitCode() == 0);
        // Without being told, the session notices the commit and installs the new version.
        QElapsedTimer waited;
        waited.start();
        while (versionOf(*session.directory()) != target && waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        INFO("snapshots installed: " << std::string(seen.begin(), seen.end()));
        REQUIRE(versionOf(*session.directory()) == target);
        REQUIRE_FALSE(seen.contains('?'));
    }
}

#endif
