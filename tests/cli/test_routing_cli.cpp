// whoowns-cli, as a user runs it: holidays imported from files change what `show --at` says,
// and the JSON carries the reason, the number kind and the times.
#include "db/database.h"
#include "routing/routingconfig.h"
#include "store/directorystore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace whoowns;
using namespace whoowns::test;

namespace {

Person person(const char *id, const char *name, const char *zone, const char *location,
              const char *team, const char *phone)
{
    Person p;
    p.id = QString::fromUtf8(id);
    p.name = QString::fromUtf8(name);
    p.timezone = QString::fromUtf8(zone);
    p.location = QString::fromUtf8(location);
    p.team = QString::fromUtf8(team);
    p.phone = QString::fromUtf8(phone);
    p.extension = p.id.view().right(3).toString();
    p.hours = QStringLiteral("Mon-Fri 09:00-17:00");
    return p;
}

// Berta (Berlin) owns R-REF with Sam (Sydney) as backup, the Returns line (Berlin) and Nate
// (New York) for escalation.
QString makeDatabase(const ScratchDir &dir)
{
    const QString path = dir.path(QStringLiteral("routing.sqlite"));
    DirectoryStore store;
    REQUIRE(store.open(path));
    db::Transaction tx(store.database());
    REQUIRE(store.upsertPerson(
        person("BER", "Berta Berlin", "Europe/Berlin", "Berlin", "Returns", "+49 30 100")));
    REQUIRE(store.upsertPerson(
        person("SYD", "Sam Sydney", "Australia/Sydney", "Sydney", "Returns", "+61 2 5550 0100")));
    REQUIRE(store.upsertPerson(
        person("NYC", "Nate York", "America/New_York", "New York", "US Support", "")));
    Team returns;
    returns.id = QStringLiteral("T-RET");
    returns.name = QStringLiteral("Returns");
    returns.phone = QStringLiteral("+49 30 5550");
    returns.hours = QStringLiteral("Mon-Fri 08:00-18:00");
    returns.location = QStringLiteral("Berlin");
    returns.leadId = QStringLiteral("BER");
    REQUIRE(store.upsertTeam(returns));
    Responsibility r;
    r.id = QStringLiteral("R-REF");
    r.topic = QStringLiteral("Refunds for damaged items");
    r.ownerId = QStringLiteral("BER");
    r.backupId = QStringLiteral("SYD");
    r.ownerTeamId = QStringLiteral("T-RET");
    r.escalationId = QStringLiteral("NYC");
    REQUIRE(store.upsertResponsibility(r));
    REQUIRE(store.setSetting(fallbackContactKey(), QStringLiteral("Switchboard +44 20 7946 0000")));
    REQUIRE(tx.commit());
    return path;
}

QJsonObject showJson(const QString &db, const QString &id, const QString &at)
{
    const ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("show"), id,
                                    QStringLiteral("--json"), QStringLiteral("--at"), at});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object().value(QStringLiteral("redirect")).toObject();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QString::fromLatin1(key)).toString();
}

} // namespace

TEST_CASE("cli: show --json --at carries the routing decision and its times", "[routing][cli]")
{
    const ScratchDir dir;
    const QString db = makeDatabase(dir);

    // Thursday 2 April 2026, 08:00 UTC = 10:00 in Berlin: the owner, until 17:00 there.
    const QJsonObject owner =
        showJson(db, QStringLiteral("R-REF"), QStringLiteral("2026-04-02T08:00:00Z"));
    CHECK(text(owner, "reason") == QStringLiteral("owner"));
    CHECK(text(owner, "person_id") == QStringLiteral("BER"));
    CHECK(text(owner, "name") == QStringLiteral("Berta Berlin"));
    CHECK(text(owner, "team") == QStringLiteral("Returns"));
    CHECK(text(owner, "phone") == QStringLiteral("+49 30 100"));
    CHECK(text(owner, "extension") == QStringLiteral("BER"));
    CHECK(text(owner, "email").isEmpty());
    CHECK(text(owner, "number_kind") == QStringLiteral("direct"));
    CHECK(owner.value(QStringLiteral("transferable")).toBool());
    CHECK(owner.value(QStringLiteral("reachable")).toBool());
    CHECK(text(owner, "time_zone") == QStringLiteral("Europe/Berlin"));
    CHECK(text(owner, "local_time") == QStringLiteral("2026-04-02T10:00:00+02:00"));
    CHECK(text(owner, "until") == QStringLiteral("2026-04-02T17:00:00+02:00"));
    CHECK_FALSE(owner.contains(QStringLiteral("back_at")));

    // Good Friday, before the holidays are imported: still the owner.
    const QString goodFriday = QStringLiteral("2026-04-03T08:00:00Z");
    CHECK(text(showJson(db, QStringLiteral("R-REF"), goodFriday), "reason") ==
          QStringLiteral("owner"));

    const ProcessResult imported =
        runCli({QStringLiteral("--db"), db, QStringLiteral("holidays"), QStringLiteral("import"),
                dataPath(QStringLiteral("routing/holidays.csv"))});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("holidays: 3 imported")));

    // Berlin is closed; Sydney is off (19:00 there); New York's escalation contact is back
    // first, at 09:00 New York time. Nate has no direct line and no team line: his extension,
    // marked internal.
    const QJsonObject closed = showJson(db, QStringLiteral("R-REF"), goodFriday);
    CHECK(text(closed, "reason") == QStringLiteral("escalation"));
    CHECK(text(closed, "person_id") == QStringLiteral("NYC"));
    CHECK_FALSE(closed.value(QStringLiteral("reachable")).toBool());
    CHECK(text(closed, "local_time") == QStringLiteral("2026-04-03T04:00:00-04:00"));
    CHECK(text(closed, "back_at") == QStringLiteral("2026-04-03T09:00:00-04:00"));
    CHECK_FALSE(closed.contains(QStringLiteral("until")));
    CHECK(text(closed, "phone") == QStringLiteral("NYC"));
    CHECK(text(closed, "number_kind") == QStringLiteral("extension"));
    CHECK_FALSE(closed.value(QStringLiteral("transferable")).toBool());
    CHECK(text(closed, "note").contains(QStringLiteral("Good Friday")));

    // A person: Sam in Sydney at 10:00 there (Thursday 2 April, AEDT).
    const QJsonObject self =
        showJson(db, QStringLiteral("SYD"), QStringLiteral("2026-04-01T23:00:00Z"));
    CHECK(text(self, "reason") == QStringLiteral("self"));
    CHECK(text(self, "local_time") == QStringLiteral("2026-04-02T10:00:00+11:00"));
    CHECK(text(self, "until") == QStringLiteral("2026-04-02T17:00:00+11:00"));

    // Text output says the same.
    const ProcessResult plain =
        runCli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("R-REF"),
                QStringLiteral("--at"), goodFriday});
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.contains(QStringLiteral("[escalation]")));
    CHECK(plain.out.contains(QStringLiteral("internal")));
    CHECK(plain.out.contains(QStringLiteral("back at 2026-04-03T09:00:00-04:00")));
}

TEST_CASE("cli: holidays import, list and refusal of a bad file", "[routing][cli]")
{
    const ScratchDir dir;
    const QString db = makeDatabase(dir);
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("holidays")};

    const ProcessResult ics =
        runCli(base + QStringList{QStringLiteral("import"),
                                  dataPath(QStringLiteral("routing/us-holidays.ics")),
                                  QStringLiteral("--location"), QStringLiteral("New York")});
    INFO(ics.err);
    CHECK(ics.exitCode == 0);
    CHECK(ics.out.contains(QStringLiteral("holidays: 6 imported (New York)")));
    CHECK(ics.err.contains(QStringLiteral(":24: warning: \"Office party\"")));

    const QString bad = dataPath(QStringLiteral("routing/holidays-bad.csv"));
    const ProcessResult refused = runCli(base + QStringList{QStringLiteral("import"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(bad + QStringLiteral(":3: \"03/04/2026\" is not a date")));
    CHECK(refused.err.contains(bad + QStringLiteral(":4: no date")));

    // The refused file wrote nothing: only the six New York days are there.
    const ProcessResult list =
        runCli(base + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    CHECK(rows.size() == 6);
    for (const QJsonValue &v : rows)
        CHECK(v.toObject().value(QStringLiteral("location")).toString() ==
              QStringLiteral("New York"));

    // Thanksgiving closes New York: Nate is off, back on Monday.
    const QJsonObject nate =
        showJson(db, QStringLiteral("NYC"), QStringLiteral("2026-11-26T15:00:00Z"));
    CHECK(text(nate, "reason") == QStringLiteral("self"));
    CHECK(text(nate, "back_at") == QStringLiteral("2026-11-30T09:00:00-05:00"));

    // The plain list is CSV that imports again.
    const ProcessResult csv = runCli(base + QStringList{QStringLiteral("list")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("location,date,name\nNew York,2026-07-03,")));
    CHECK(csv.out.contains(QStringLiteral("\"Thanksgiving, and the day after\"")));
    const ScratchDir other;
    const QString copy = other.write(QStringLiteral("copy.csv"), csv.out.toUtf8());
    const QString db2 = other.path(QStringLiteral("copy.sqlite"));
    const ProcessResult again = runCli(
        {QStringLiteral("--db"), db2, QStringLiteral("holidays"), QStringLiteral("import"), copy});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("holidays: 6 imported (New York)")));

    CHECK(runCli(base + QStringList{QStringLiteral("import")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("R-REF"),
                  QStringLiteral("--at"), QStringLiteral("next tuesday")})
              .exitCode == 2);
}
