// The directory snapshot: DirectoryStore::load() gives back every field exactly as written (in
// every organisation), and the lookups by (org, id), team name and manager find the right rows.
#include "testsupport.h"

#include "db/database.h"
#include "store/directorystore.h"

using namespace whoowns;

namespace {

// Every field different from every other, so a column read into the wrong member shows.
Person fullPerson(const QString &org, const QString &id, const QString &manager,
                  const QString &delegate, PersonStatus status)
{
    Person p;
    p.org = org;
    p.id = id;
    p.name = QStringLiteral("Zoë Łukasz ") + id;
    p.preferredName = QStringLiteral("Zo ") + id;
    p.title = QStringLiteral("Refunds Specialist");
    p.department = QStringLiteral("Operations");
    p.team = QStringLiteral("Returns & Refunds");
    p.managerId = manager;
    p.email = id.toLower() + QStringLiteral("@example.com");
    p.phone = QStringLiteral("+49 30 5557 ") + id;
    p.extension = QStringLiteral("x") + id;
    p.mobile = QStringLiteral("+49 170 ") + id;
    p.location = QStringLiteral("Berlin");
    p.timezone = QStringLiteral("Europe/Berlin");
    p.hours = QStringLiteral("Mon-Fri 09:00-17:00");
    p.status = status;
    p.outOfOfficeUntil = status == PersonStatus::OnLeave ? QStringLiteral("2026-12-24") : QString();
    p.delegateId = delegate;
    p.function = QStringLiteral("refunds for ") + org;
    return p;
}

Team fullTeam(const QString &org, const QString &id, const QString &name, const QString &lead)
{
    return {org,
            id,
            name,
            QStringLiteral("Dept ") + id,
            QString(),
            id + QStringLiteral("@team.example"),
            QStringLiteral("+44 20 ") + id,
            QStringLiteral("Mon-Fri 08:00-18:00"),
            lead,
            QStringLiteral("London ") + org};
}

Responsibility fullResponsibility(const QString &org, const QString &id, const QString &team,
                                  const QString &owner, const QString &backup)
{
    Responsibility r;
    r.org = org;
    r.id = id;
    r.topic = QStringLiteral("Refund questions ") + id;
    r.description = QStringLiteral("Money back for ") + org;
    r.keywords = {QStringLiteral("refund"), QStringLiteral("broken on arrival"), id};
    r.ownerTeamId = team;
    r.ownerId = owner;
    r.backupId = backup;
    r.escalationId = owner;
    r.hours = QStringLiteral("Mon-Sat 08:00-20:00");
    r.notes = QStringLiteral("Say: ") + id;
    return r;
}

// The same ids in two organisations: the default one ('') and "acme".
Directory written()
{
    Directory d;
    for (const QString &org : {QString(), QStringLiteral("acme")}) {
        d.people.append(fullPerson(org, QStringLiteral("E3"), QStringLiteral("M1"),
                                   QStringLiteral("E4"), PersonStatus::Active));
        d.people.append(
            fullPerson(org, QStringLiteral("M1"), QString(), QString(), PersonStatus::Active));
        d.people.append(fullPerson(org, QStringLiteral("E4"), QStringLiteral("M1"), QString(),
                                   PersonStatus::OnLeave));
        d.people.append(fullPerson(org, QStringLiteral("S1"), QStringLiteral("S1"), QString(),
                                   PersonStatus::Left));
        d.teams.append(fullTeam(org, QStringLiteral("T1"), QStringLiteral("Returns & Refunds"),
                                QStringLiteral("M1")));
        d.responsibilities.append(fullResponsibility(org, QStringLiteral("R1"),
                                                     QStringLiteral("T1"), QStringLiteral("E3"),
                                                     QStringLiteral("E4")));
    }
    // Only in acme: a second team, and a report whose manager is only in acme.
    d.teams.append(fullTeam(QStringLiteral("acme"), QStringLiteral("T2"), QStringLiteral("Payroll"),
                            QString()));
    d.people.append(fullPerson(QStringLiteral("acme"), QStringLiteral("E5"), QStringLiteral("E3"),
                               QString(), PersonStatus::Active));
    d.index();
    return d;
}

Directory roundTrip(const Directory &d)
{
    DirectoryStore store;
    REQUIRE(store.open(QStringLiteral(":memory:")));
    db::Transaction tx(store.database());
    for (const Person &p : d.people)
        REQUIRE(store.upsertPerson(p));
    for (const Team &t : d.teams)
        REQUIRE(store.upsertTeam(t));
    for (const Responsibility &r : d.responsibilities)
        REQUIRE(store.upsertResponsibility(r));
    REQUIRE(tx.commit());
    bool ok = false;
    Directory loaded = store.load(&ok);
    REQUIRE(ok);
    return loaded;
}

QStringList ids(const QList<const Person *> &people)
{
    QStringList out;
    for (const Person *p : people)
        out.append(p->org + QLatin1Char('/') + p->id);
    return out;
}

} // namespace

TEST_CASE("load() gives back every field of every row exactly, in every organisation")
{
    const Directory original = written();
    const Directory loaded = roundTrip(original);
    REQUIRE(loaded.people.size() == original.people.size());
    for (qsizetype i = 0; i < original.people.size(); ++i) {
        INFO("person " << original.people.at(i).org.toStdString() << "/"
                       << original.people.at(i).id.toStdString());
        CHECK(loaded.people.at(i) == original.people.at(i));
    }
    CHECK(loaded.teams == original.teams);
    CHECK(loaded.responsibilities == original.responsibilities);
}

TEST_CASE("load() keeps repeated values and referenced ids once")
{
    const Directory d = roundTrip(written());
    const Person *report = d.person(QString(), QStringLiteral("E3"));
    const Person *manager = d.person(QString(), QStringLiteral("M1"));
    REQUIRE(report);
    REQUIRE(manager);
    // Equal text, one buffer: the manager id is the manager's own id string.
    CHECK(report->managerId.view().data() == manager->id.view().data());
    CHECK(report->department.view().data() == manager->department.view().data());
    CHECK(report->timezone.view().data() == manager->timezone.view().data());
    // Sharing never crosses organisations in a way that changes a value.
    const Person *acmeReport = d.person(QStringLiteral("acme"), QStringLiteral("E3"));
    REQUIRE(acmeReport);
    CHECK(acmeReport->org == QLatin1String("acme"));
    CHECK(acmeReport->function == QLatin1String("refunds for acme"));
}

TEST_CASE("Lookups by (org, id), team name and manager")
{
    // Both the loaded snapshot and one filled by hand (as importers do) must answer alike.
    const Directory fromStore = roundTrip(written());
    const Directory byHand = written();
    for (const Directory *d : {&fromStore, &byHand}) {
        const QString acme = QStringLiteral("acme");
        const QString none;

        struct Case
        {
            QString org, id;
            bool found;
        };
        const Case people[] = {{none, QStringLiteral("E3"), true},
                               {acme, QStringLiteral("E3"), true},
                               {acme, QStringLiteral("E5"), true},
                               {none, QStringLiteral("E5"), false},
                               {none, QStringLiteral("e3"), false},
                               {QStringLiteral("other"), QStringLiteral("E3"), false},
                               {none, QString(), false}};
        for (const Case &c : people) {
            INFO(c.org.toStdString() << "/" << c.id.toStdString());
            const Person *p = d->person(c.org, c.id);
            REQUIRE((p != nullptr) == c.found);
            if (p) {
                CHECK(p->org == c.org);
                CHECK(p->id == c.id);
            }
        }

        REQUIRE(d->team(acme, QStringLiteral("T2")));
        CHECK(d->team(acme, QStringLiteral("T2"))->name == QLatin1String("Payroll"));
        CHECK(!d->team(none, QStringLiteral("T2")));
        REQUIRE(d->teamByName(none, QStringLiteral("RETURNS & refunds")));
        CHECK(d->teamByName(none, QStringLiteral("RETURNS & refunds"))->org.isEmpty());
        REQUIRE(d->teamByName(acme, QStringLiteral("returns & refunds")));
        CHECK(d->teamByName(acme, QStringLiteral("returns & refunds"))->org == acme);
        CHECK(!d->teamByName(none, QStringLiteral("Payroll")));
        REQUIRE(d->responsibility(acme, QStringLiteral("R1")));
        CHECK(d->responsibility(acme, QStringLiteral("R1"))->org == acme);
        CHECK(!d->responsibility(none, QStringLiteral("R2")));

        // Reports in directory order, per organisation; managing oneself is not a report.
        CHECK(ids(d->reportsOf(*d->person(none, QStringLiteral("M1")))) ==
              QStringList{QStringLiteral("/E3"), QStringLiteral("/E4")});
        CHECK(ids(d->reportsOf(*d->person(acme, QStringLiteral("M1")))) ==
              QStringList{QStringLiteral("acme/E3"), QStringLiteral("acme/E4")});
        CHECK(ids(d->reportsOf(*d->person(acme, QStringLiteral("E3")))) ==
              QStringList{QStringLiteral("acme/E5")});
        CHECK(d->reportsOf(*d->person(none, QStringLiteral("E3"))).isEmpty());
        CHECK(d->reportsOf(*d->person(none, QStringLiteral("S1"))).isEmpty());
    }
}

TEST_CASE("A directory filled by hand: the last of two equal keys wins, index() can be redone")
{
    Directory d;
    Person first;
    first.id = QStringLiteral("A");
    first.name = QStringLiteral("First");
    Person second = first;
    second.name = QStringLiteral("Second");
    d.people = {first, second};
    d.index();
    REQUIRE(d.person(QString(), QStringLiteral("A")));
    CHECK(d.person(QString(), QStringLiteral("A"))->name == QLatin1String("Second"));

    // Many rows (the tables grow past their first size) and a rebuilt index.
    d.people.clear();
    for (int i = 0; i < 5000; ++i) {
        Person p;
        p.id = QString::number(i);
        p.managerId = i == 0 ? QString() : QString::number(i / 10);
        d.people.append(p);
    }
    d.index();
    d.index();
    for (int i = 0; i < 5000; i += 7) {
        const Person *p = d.person(QString(), QString::number(i));
        REQUIRE(p);
        CHECK(p->id == QString::number(i));
        const QList<const Person *> reports = d.reportsOf(*p);
        QStringList expected;
        for (int r = std::max(1, i * 10); r < std::min(5000, i * 10 + 10); ++r)
            expected.append(QLatin1Char('/') + QString::number(r));
        CHECK(ids(reports) == expected);
    }
    CHECK(!d.person(QString(), QStringLiteral("5000")));
}
