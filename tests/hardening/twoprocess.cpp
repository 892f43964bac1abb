// Two processes: a long-lived `whoowns-cli search --stdin` (as the desktop app would, all day)
// keeps answering while another process imports. Every answer must succeed and show one
// whole version of the directory, never a mix; once an import commits, the searcher shows the
// new data by itself, without a restart.
#include "hardeningsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <iostream>

using namespace whoowns::test;
using namespace whoowns::test::hardening;

namespace {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WHOOWNS_DB"));
    return env;
}

// Which version one search answer shows: 'A', 'B', or '?' (mixed, empty or unreadable).
char versionOf(const QByteArray &line, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("not a JSON object: ") + QString::fromUtf8(line);
        return '?';
    }
    const QJsonArray results = doc.object().value(QStringLiteral("results")).toArray();
    int alpha = 0, bravo = 0;
    for (const QJsonValue &v : results) {
        const QByteArray text = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        alpha += text.contains("Alpha Analyst");
        bravo += text.contains("Bravo Analyst");
    }
    *why = QStringLiteral("%1 results, %2 of version A, %3 of version B: %4")
               .arg(results.size())
               .arg(alpha)
               .arg(bravo)
               .arg(QString::fromUtf8(line.left(400)));
    if (results.isEmpty() || alpha + bravo != results.size() || (alpha && bravo))
        return '?';
    return alpha ? 'A' : 'B';
}

class Searcher
{
public:
    explicit Searcher(const QString &database)
    {
        m_process.setProcessEnvironment(cliEnvironment());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(WHOOWNS_CLI_PATH),
                        {QStringLiteral("--db"), database, QStringLiteral("search"),
                         QStringLiteral("--stdin"), QStringLiteral("--limit"),
                         QStringLiteral("20")});
        REQUIRE(m_process.waitForStarted());
    }
    ~Searcher()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }

    // One query, one answer line.
    QByteArray ask(const QByteArray &query)
    {
        REQUIRE(m_process.state() == QProcess::Running);
        m_process.write(query + "\n");
        while (!m_process.canReadLine()) {
            INFO("the searcher stopped answering");
            REQUIRE(m_process.waitForReadyRead(60000));
        }
        return m_process.readLine().trimmed();
    }

    bool finishedCleanly()
    {
        m_process.closeWriteChannel();
        return m_process.waitForFinished(30000) && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }

private:
    QProcess m_process;
};

} // namespace

TEST_CASE("a searcher in another process never sees half an import and picks up new data",
          "[hardening][twoprocess]")
{
    ScratchDir dir;
    const int rows = hardeningRows(20000) / 2;
    const QString fileA = dir.write(QStringLiteral("a.csv"), generatedPeople(rows, Version::A));
    const QString fileB = dir.write(QStringLiteral("b.csv"), generatedPeople(rows, Version::B));
    const QString database = dir.path(QStringLiteral("directory.db"));
    importPeopleOrFail(database, fileA);

    Searcher searcher(database);
    QString why;
    REQUIRE(versionOf(searcher.ask("kestrel"), &why) == 'A');

    int answers = 0;
    for (int round = 0; round < 4; ++round) {
        const char target = round % 2 == 0 ? 'B' : 'A';
        const char previous = target == 'B' ? 'A' : 'B';
        QProcess importer;
        startImport(importer, database, target == 'B' ? fileB : fileA);
        // While the import runs: each answer is one whole version, and once the new version
        // has been seen the old one never comes back.
        bool seenNew = false;
        while (importer.state() != QProcess::NotRunning) {
            const char v = versionOf(searcher.ask("kestrel"), &why);
            INFO("round " << round << ": " << why);
            REQUIRE((v == previous || v == target));
            REQUIRE(!(seenNew && v == previous));
            seenNew = seenNew || v == target;
            ++answers;
            importer.waitForFinished(20);
        }
        INFO(QString::fromUtf8(importer.readAllStandardError()));
        REQUIRE(importer.exitStatus() == QProcess::NormalExit);
        REQUIRE(importer.exitCode() == 0);
        // The import has committed: the very next answer shows it, without a restart.
        const char v = versionOf(searcher.ask("kestrel"), &why);
        INFO("after round " << round << ": " << why);
        REQUIRE(v == target);
    }
    REQUIRE(searcher.finishedCleanly());
    std::cout << "two processes: " << rows << " rows, " << answers
              << " answers during 4 imports, all consistent\n";
}
