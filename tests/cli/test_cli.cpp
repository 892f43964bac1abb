// whoowns-cli end to end, spawned as a process like a script would: exit codes, error lines,
// database selection, the demo, JSON shapes, the interactive --stdin mode, export and import.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <cmath>

using namespace whoowns::test;

namespace {

QString canonical(const QString &name)
{
    return dataPath(QStringLiteral("canonical/") + name);
}

QByteArray checksum(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonObject jsonObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO("JSON: " << text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject stats(const QString &db)
{
    const ProcessResult r =
        runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    return jsonObject(r.out);
}

QString exportOf(const QString &db, const QString &what)
{
    const ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), what});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString exportAll(const QString &db)
{
    return exportOf(db, QStringLiteral("people")) + exportOf(db, QStringLiteral("teams")) +
           exportOf(db, QStringLiteral("responsibilities"));
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}

void checkSearchAnswer(const QJsonObject &o, const QString &query)
{
    CHECK(o.value(QStringLiteral("query")).toString() == query);
    CHECK(isInteger(o.value(QStringLiteral("took_us"))));
    CHECK(o.value(QStringLiteral("took_us")).toDouble() >= 0);
    REQUIRE(o.value(QStringLiteral("results")).isArray());
    const QStringList kinds = {QStringLiteral("responsibility"), QStringLiteral("person"),
                               QStringLiteral("team")};
    const QStringList reasons = {QStringLiteral("owner"),      QStringLiteral("delegate"),
                                 QStringLiteral("backup"),     QStringLiteral("team"),
                                 QStringLiteral("escalation"), QStringLiteral("self"),
                                 QStringLiteral("fallback")};
    for (const QJsonValue &v : o.value(QStringLiteral("results")).toArray()) {
        REQUIRE(v.isObject());
        const QJsonObject r = v.toObject();
        CHECK(kinds.contains(r.value(QStringLiteral("kind")).toString()));
        CHECK_FALSE(r.value(QStringLiteral("id")).toString().isEmpty());
        CHECK(r.value(QStringLiteral("title")).isString());
        CHECK(r.value(QStringLiteral("subtitle")).isString());
        CHECK(r.value(QStringLiteral("score")).isDouble());
        REQUIRE(r.value(QStringLiteral("why")).isArray());
        for (const QJsonValue &w : r.value(QStringLiteral("why")).toArray())
            CHECK(w.isString());
        REQUIRE(r.value(QStringLiteral("redirect")).isObject());
        const QJsonObject d = r.value(QStringLiteral("redirect")).toObject();
        for (const char *key : {"person_id", "name", "team", "phone", "extension", "email"}) {
            INFO("redirect." << key);
            CHECK(d.value(QString::fromLatin1(key)).isString());
        }
        CHECK(reasons.contains(d.value(QStringLiteral("reason")).toString()));
    }
}

} // namespace

TEST_CASE("CLI usage errors exit 2 and touch no database", "[cli]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("never.sqlite"));
    const QList<QStringList> cases = {
        {QStringLiteral("frobnicate")},
        {},
        {QStringLiteral("stats"), QStringLiteral("--bogus")},
        {QStringLiteral("stats"), QStringLiteral("extra")},
        {QStringLiteral("search"), QStringLiteral("--limit")},
        {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("zero"),
         QStringLiteral("x")},
        {QStringLiteral("search"), QStringLiteral("--at"), QStringLiteral("yesterday"),
         QStringLiteral("x")},
        {QStringLiteral("search")},
        {QStringLiteral("import"), QStringLiteral("people")},
        {QStringLiteral("import"), QStringLiteral("widgets"), QStringLiteral("f.csv")},
        {QStringLiteral("import"), QStringLiteral("people"), QStringLiteral("f.csv"),
         QStringLiteral("--nope")},
        {QStringLiteral("export")},
        {QStringLiteral("export"), QStringLiteral("widgets")},
        {QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--out")},
        {QStringLiteral("demo"), QStringLiteral("now")},
    };
    for (const QStringList &args : cases) {
        DYNAMIC_SECTION("whoowns-cli " << args.join(QLatin1Char(' ')).toStdString())
        {
            const ProcessResult r = runCli(QStringList{QStringLiteral("--db"), db} + args);
            CHECK(r.exitCode == 2);
            CHECK_FALSE(r.err.isEmpty());
            CHECK(r.out.isEmpty());
            CHECK_FALSE(QFileInfo::exists(db));
        }
    }
    SECTION("--db without a path")
    {
        const ProcessResult r = runCli({QStringLiteral("stats"), QStringLiteral("--db")});
        CHECK(r.exitCode == 2);
    }
}

TEST_CASE("CLI help and version exit 0", "[cli]")
{
    const ProcessResult help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("usage")));
    const ProcessResult version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("whoowns-cli ")));
}

TEST_CASE("CLI refuses a database that is not ours or too new with exit 3", "[cli]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("db.sqlite"));
    QString expected;
    SECTION("garbage")
    {
        dir.write(QStringLiteral("db.sqlite"), QByteArray("not a database\n").repeated(100));
        expected = QStringLiteral("not a whoowns database");
    }
    SECTION("another program's SQLite file")
    {
        // Made by our own CLI, then given another program's mark and tables.
        REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("stats")}).exitCode == 0);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        // application_id lives at offset 68 of the SQLite header.
        REQUIRE(f.seek(68));
        REQUIRE(f.write(QByteArray::fromHex("12345678")) == 4);
        f.close();
        expected = QStringLiteral("not a whoowns database");
    }
    SECTION("newer than this program")
    {
        REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("stats")}).exitCode == 0);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        // user_version lives at offset 60 of the SQLite header.
        REQUIRE(f.seek(60));
        REQUIRE(f.write(QByteArray::fromHex("000003e7")) == 4); // 999
        f.close();
        expected = QStringLiteral("newer");
    }
    const QByteArray before = checksum(path);
    const QList<QStringList> commands = {
        {QStringLiteral("stats")},
        {QStringLiteral("demo")},
        {QStringLiteral("search"), QStringLiteral("refund")},
        {QStringLiteral("export"), QStringLiteral("people")},
        {QStringLiteral("import"), QStringLiteral("people"),
         canonical(QStringLiteral("people.csv"))},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = runCli(QStringList{QStringLiteral("--db"), path} + command);
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(path));
        CHECK(r.err.contains(expected));
        CHECK(r.out.isEmpty());
        CHECK(checksum(path) == before);
    }
}

TEST_CASE("CLI exits 3 when the database cannot be opened at all", "[cli]")
{
    ScratchDir dir;
    // A path below a plain file: neither the folder nor the database can be created.
    const QString blocker = dir.write(QStringLiteral("plain.txt"), "not a folder\n");
    const QString path = blocker + QStringLiteral("/directory.sqlite");
    const ProcessResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("stats")});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(path));
    QFile f(blocker);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "not a folder\n");
}

TEST_CASE("CLI picks the database from --db, then WHOOWNS_DB, then the user's data folder", "[cli]")
{
    ScratchDir dir;
    const QString fromFlag = dir.path(QStringLiteral("flag.sqlite"));
    const QString fromEnv = dir.path(QStringLiteral("env.sqlite"));
    const QString env = QStringLiteral("WHOOWNS_DB=") + fromEnv;
    const QStringList isolatedHome = {QStringLiteral("HOME=") + dir.path(QStringLiteral("home")),
                                      QStringLiteral("XDG_DATA_HOME=") +
                                          dir.path(QStringLiteral("xdg"))};

    // --db wins over WHOOWNS_DB.
    REQUIRE(runCli({QStringLiteral("--db"), fromFlag, QStringLiteral("stats")}, {},
                   QStringList{env} + isolatedHome)
                .exitCode == 0);
    CHECK(QFileInfo::exists(fromFlag));
    CHECK_FALSE(QFileInfo::exists(fromEnv));
    // --db=PATH and --db after the command work too.
    REQUIRE(runCli({QStringLiteral("stats"), QStringLiteral("--db=") + fromFlag}, {}, isolatedHome)
                .exitCode == 0);

    // Without --db, WHOOWNS_DB.
    REQUIRE(runCli({QStringLiteral("stats")}, {}, QStringList{env} + isolatedHome).exitCode == 0);
    CHECK(QFileInfo::exists(fromEnv));

    // Without either, the per-user data location.
    const QString fallback = dir.path(QStringLiteral("xdg/whoowns/directory.sqlite"));
    CHECK_FALSE(QFileInfo::exists(fallback));
    REQUIRE(runCli({QStringLiteral("stats")}, {}, isolatedHome).exitCode == 0);
    CHECK(QFileInfo::exists(fallback));

    for (const QString &created : {fromFlag, fromEnv, fallback}) {
        INFO(created.toStdString());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        CHECK((QFileInfo(created).permissions() & others) == QFileDevice::Permissions());
        CHECK(QFileInfo(created).permissions().testFlag(QFileDevice::ReadOwner));
    }
}

TEST_CASE("CLI demo fills an empty database once", "[cli][demo]")
{
    const QJsonObject s = stats(demoDatabase());
    for (const char *key : {"people", "teams", "responsibilities"})
        CHECK(isInteger(s.value(QString::fromLatin1(key))));
    CHECK(s.value(QStringLiteral("people")).toInt() >= 300);
    CHECK(s.value(QStringLiteral("teams")).toInt() >= 25);
    CHECK(s.value(QStringLiteral("responsibilities")).toInt() >= 80);

    ScratchDir dir;
    const QString db = copyOfDemo(dir, QStringLiteral("again.sqlite"));
    const QByteArray before = checksum(db);
    const ProcessResult again = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("empty")));
    CHECK(checksum(db) == before);
    CHECK(stats(db) == s);
}

TEST_CASE("CLI search --json has the documented shape", "[cli][search]")
{
    const QString query = QStringLiteral("refund damaged");
    const ProcessResult r =
        runCli({QStringLiteral("--db"), demoDatabase(), QStringLiteral("search"),
                QStringLiteral("--json"), QStringLiteral("refund"), QStringLiteral("damaged")});
    REQUIRE(r.exitCode == 0);
    // took_us is written as an integer, not 412.0.
    CHECK(QRegularExpression(QStringLiteral("\"took_us\":\\d+[,}]")).match(r.out).hasMatch());
    const QJsonObject o = jsonObject(r.out);
    checkSearchAnswer(o, query);
    CHECK_FALSE(o.value(QStringLiteral("results")).toArray().isEmpty());

    const ProcessResult limited = runCli(
        {QStringLiteral("--db"), demoDatabase(), QStringLiteral("search"), QStringLiteral("--json"),
         QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("refund")});
    REQUIRE(limited.exitCode == 0);
    CHECK(jsonObject(limited.out).value(QStringLiteral("results")).toArray().size() <= 2);

    const ProcessResult none =
        runCli({QStringLiteral("--db"), demoDatabase(), QStringLiteral("search"),
                QStringLiteral("--json"), QStringLiteral("qqxxzzvv")});
    REQUIRE(none.exitCode == 0);
    checkSearchAnswer(jsonObject(none.out), QStringLiteral("qqxxzzvv"));
}

TEST_CASE("CLI search --stdin answers each line as it arrives", "[cli][search]")
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WHOOWNS_DB"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WHOOWNS_CLI_PATH),
                  {QStringLiteral("--db"), demoDatabase(), QStringLiteral("search"),
                   QStringLiteral("--stdin")});
    REQUIRE(process.waitForStarted());
    const QStringList queries = {QStringLiteral("refund"), QStringLiteral("invoice copy"),
                                 QStringLiteral("qqxxzzvv"), QStringLiteral("Rückgabe défaut")};
    for (const QString &q : queries) {
        INFO("query: " << q.toStdString());
        // One line in, one line out, before the next line is written: the answer must be
        // flushed while standard input is still open.
        process.write(q.toUtf8() + '\n');
        while (!process.canReadLine())
            REQUIRE(process.waitForReadyRead(30000));
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        checkSearchAnswer(jsonObject(line), q);
        CHECK_FALSE(process.canReadLine()); // exactly one line per query
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK(process.readAllStandardOutput().isEmpty());
}

TEST_CASE("CLI export writes re-importable canonical CSV", "[cli][export]")
{
    ScratchDir dir;
    const QString demo = demoDatabase();
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    for (const char *kind : {"people", "teams", "responsibilities"}) {
        const QString what = QString::fromLatin1(kind);
        const QString out = dir.path(what + QStringLiteral(".csv"));
        const ProcessResult r = runCli({QStringLiteral("--db"), demo, QStringLiteral("export"),
                                        what, QStringLiteral("--out"), out});
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.isEmpty());
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(f.readAll()) == exportOf(demo, what));
    }
    for (const char *kind : {"people", "teams", "responsibilities"}) {
        const QString what = QString::fromLatin1(kind);
        const ProcessResult r = runCli({QStringLiteral("--db"), copy, QStringLiteral("import"),
                                        what, dir.path(what + QStringLiteral(".csv"))});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(what + QStringLiteral(": ")));
        CHECK(r.out.contains(QStringLiteral(" added")));
    }
    CHECK(exportAll(copy) == exportAll(demo));

    // An export that cannot be written fails and leaves no file behind.
    const QString nowhere = dir.path(QStringLiteral("no/such/folder/people.csv"));
    const ProcessResult r = runCli({QStringLiteral("--db"), demo, QStringLiteral("export"),
                                    QStringLiteral("people"), QStringLiteral("--out"), nowhere});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(nowhere));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("CLI import refuses bad input with FILE:LINE and exit 1, writing nothing",
          "[cli][import]")
{
    ScratchDir dir;
    const QString db = copyOfDemo(dir, QStringLiteral("bad.sqlite"));
    const QString before = exportAll(db);
    const QByteArray bytesBefore = checksum(db);
    struct Case
    {
        const char *what;
        const char *file;
        qint64 line;
    };
    const Case cases[] = {
        {"people", "canonical/people_parse_error.csv", 3},
        {"people", "canonical/people_duplicate_conflict.csv", 4},
        {"people", "canonical/people_ambiguous_manager.csv", 4},
        {"people", "canonical/people_loop.csv", 2},
        // People files go through format detection, which reads a file that is not UTF-8 as
        // Windows-1252 and tolerates short rows; the canonical-only kinds refuse both.
        {"responsibilities", "canonical/responsibilities_invalid_utf8.csv", 3},
        {"responsibilities", "canonical/responsibilities_wrong_field_count.csv", 3},
        {"responsibilities", "canonical/responsibilities_unknown_owner.csv", 2},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.file)
        {
            const QString file = dataPath(QString::fromLatin1(c.file));
            const ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                            QString::fromLatin1(c.what), file});
            CHECK(r.exitCode == 1);
            INFO(r.err.toStdString());
            CHECK(r.err.contains(QStringLiteral("%1:%2: ").arg(file).arg(c.line)));
            // Every error line has the FILE:LINE: or FILE: form.
            for (const QString &line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                CHECK(line.startsWith(file + QLatin1Char(':')));
            CHECK(checksum(db) == bytesBefore);
            CHECK(exportAll(db) == before);
        }
    }
    SECTION("a file that does not exist")
    {
        const QString missing = dir.path(QStringLiteral("missing.csv"));
        const ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                        QStringLiteral("people"), missing});
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(missing + QLatin1Char(':')));
        CHECK(checksum(db) == bytesBefore);
    }
}

TEST_CASE("CLI import --dry-run writes nothing", "[cli][import]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("dry.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("stats")}).exitCode == 0);
    const QByteArray before = checksum(db);
    const ProcessResult r =
        runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"),
                canonical(QStringLiteral("people.csv")), QStringLiteral("--dry-run")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("+ E1 ")));
    CHECK(r.out.contains(QStringLiteral("dry run")));
    CHECK(checksum(db) == before);
    CHECK(stats(db).value(QStringLiteral("people")).toInt() == 0);

    // The same import for real does write.
    const ProcessResult real =
        runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"),
                canonical(QStringLiteral("people.csv"))});
    REQUIRE(real.exitCode == 0);
    CHECK(stats(db).value(QStringLiteral("people")).toInt() == 5); // E6 has left
}
