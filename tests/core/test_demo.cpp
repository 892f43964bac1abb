// The built-in demo company: big enough to show the product, internally consistent, loaded in
// one transaction into an empty database only, and itself a lossless canonical round trip.
#include "test_canonical_support.h"

#include "io/demo.h"

using namespace whoowns;
using namespace whoowns::test;

TEST_CASE("The demo company loads into an empty database", "[demo]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("demo.sqlite"))));
    ImportReport report;
    const bool loaded = loadDemoCompany(store, report);
    for (const ImportMessage &m : report.messages)
        UNSCOPED_INFO(m.format());
    REQUIRE(loaded);
    CHECK_FALSE(store.database().inTransaction());

    const DirectoryCounts c = store.counts();
    CHECK(c.people >= 300);
    CHECK(c.teams >= 25);
    CHECK(c.responsibilities >= 80);

    const Directory d = store.load();
    // Every responsibility leads somewhere: an owner, or at least an owning team.
    for (const Responsibility &r : d.responsibilities) {
        INFO(r.id.toStdString());
        CHECK((!r.ownerId.isEmpty() || !r.ownerTeamId.isEmpty()));
        CHECK_FALSE(r.topic.isEmpty());
    }

    SECTION("a second load is refused and changes nothing")
    {
        const Exports before = exportAll(store);
        ImportReport again;
        CHECK_FALSE(loadDemoCompany(store, again));
        CHECK(again.hasErrors());
        CHECK(exportAll(store) == before);
    }
    SECTION("its export re-imports without loss")
    {
        const Exports once = exportAll(store);
        writeExports(dir, QStringLiteral("demo-"), once);
        DirectoryStore copy;
        REQUIRE(copy.open(dir.path(QStringLiteral("copy.sqlite"))));
        importAll(copy, dir.path(QStringLiteral("demo-people.csv")),
                  dir.path(QStringLiteral("demo-teams.csv")),
                  dir.path(QStringLiteral("demo-responsibilities.csv")));
        const Exports twice = exportAll(copy);
        CHECK(twice.people == once.people);
        CHECK(twice.teams == once.teams);
        CHECK(twice.responsibilities == once.responsibilities);
        const Directory a = store.load();
        const Directory b = copy.load();
        CHECK(a.people == b.people);
        CHECK(a.teams == b.teams);
        CHECK(a.responsibilities == b.responsibilities);
    }
}

TEST_CASE("The demo company is refused by a database that holds a directory", "[demo]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("busy.sqlite"))));
    {
        db::Transaction tx(store.database());
        Person p;
        p.id = QStringLiteral("X1");
        p.name = QStringLiteral("Existing Person");
        REQUIRE(store.upsertPerson(p));
        REQUIRE(tx.commit());
    }
    ImportReport report;
    CHECK_FALSE(loadDemoCompany(store, report));
    CHECK(store.counts().people == 1);
}
