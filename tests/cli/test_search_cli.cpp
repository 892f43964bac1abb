// whoowns-cli search learning end to end: the admins' synonyms (`synonyms import|list|clear`)
// and the reps' choices (`feedback record|list|reset`) change what `search` answers, spawned
// as a process on a copy of the demo company.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace whoowns::test;

namespace {

ProcessResult cli(const QString &db, const QStringList &arguments)
{
    const ProcessResult r = runCli(QStringList{QStringLiteral("--db"), db} + arguments);
    INFO("whoowns-cli " << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
                        << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

// The results of `search QUERY --json`, best first.
QJsonArray search(const QString &db, const QString &query)
{
    const ProcessResult r = cli(db, {QStringLiteral("search"), query, QStringLiteral("--json"),
                                     QStringLiteral("--limit"), QStringLiteral("10")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO("JSON: " << r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object().value(QStringLiteral("results")).toArray();
}

QStringList ids(const QJsonArray &results)
{
    QStringList out;
    for (const QJsonValue &v : results)
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

} // namespace

TEST_CASE("synonyms import: a word only an admin's synonym explains finds the entity",
          "[cli][search]")
{
    ScratchDir dir;
    const QString db = copyOfDemo(dir);
    const QString invented = QStringLiteral("zorbulate"); // in no directory and no thesaurus
    REQUIRE(search(db, invented).isEmpty());
    const QStringList direct = ids(search(db, QStringLiteral("cancellation")));
    REQUIRE_FALSE(direct.isEmpty());

    const QString csv =
        dir.write(QStringLiteral("synonyms.csv"), "term,synonyms\nzorbulate,cancellation\n");
    const ProcessResult imported =
        cli(db, {QStringLiteral("synonyms"), QStringLiteral("import"), csv});
    CHECK(imported.out.contains(QStringLiteral("1 groups added")));
    CHECK(cli(db, {QStringLiteral("synonyms"), QStringLiteral("list")})
              .out.contains(QStringLiteral("zorbulate | cancellation")));

    const QJsonArray viaSynonym = search(db, invented);
    REQUIRE_FALSE(viaSynonym.isEmpty());
    // The same best answer as typing the directory's own word, explained as a synonym.
    CHECK(ids(viaSynonym).first() == direct.first());
    const QJsonArray why = viaSynonym.first().toObject().value(QStringLiteral("why")).toArray();
    CHECK(why.contains(QJsonValue(QStringLiteral("synonym: zorbulate~cancellation"))));

    cli(db, {QStringLiteral("synonyms"), QStringLiteral("clear")});
    CHECK(search(db, invented).isEmpty());
}

TEST_CASE("feedback record: the chosen result ranks higher for the same query; reset undoes it",
          "[cli][search]")
{
    ScratchDir dir;
    const QString db = copyOfDemo(dir);
    const QString query = QStringLiteral("refund");
    const QStringList before = ids(search(db, query));
    REQUIRE(before.size() >= 3);
    // A result the rep had to look down the list for.
    const QString chosen = before.at(2);
    const QJsonObject chosenResult = search(db, query).at(2).toObject();
    const QString kind = chosenResult.value(QStringLiteral("kind")).toString();

    const ProcessResult recorded =
        cli(db, {QStringLiteral("feedback"), QStringLiteral("record"), query, kind, chosen});
    CHECK(recorded.out.contains(QStringLiteral("recorded")));
    CHECK(cli(db, {QStringLiteral("feedback"), QStringLiteral("list")}).out.contains(chosen));

    const QStringList after = ids(search(db, query));
    REQUIRE(after.contains(chosen));
    CHECK(after.indexOf(chosen) < before.indexOf(chosen));

    // An unrelated query is not affected.
    const QString other = QStringLiteral("password");
    const QStringList otherBefore = ids(search(demoDatabase(), other));
    CHECK(ids(search(db, other)) == otherBefore);

    cli(db, {QStringLiteral("feedback"), QStringLiteral("reset")});
    CHECK(ids(search(db, query)) == before);
    CHECK_FALSE(cli(db, {QStringLiteral("feedback"), QStringLiteral("list")}).out.contains(chosen));
}

TEST_CASE("feedback record refuses an unknown kind with a usage error", "[cli][search]")
{
    ScratchDir dir;
    const QString db = copyOfDemo(dir);
    const ProcessResult r =
        runCli({QStringLiteral("--db"), db, QStringLiteral("feedback"), QStringLiteral("record"),
                QStringLiteral("refund"), QStringLiteral("gadget"), QStringLiteral("R-REF-DMG")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
}
