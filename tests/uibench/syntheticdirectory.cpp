#include "syntheticdirectory.h"

#include "db/database.h"
#include "store/directorystore.h"

#include <random>

namespace whoowns::bench {

namespace {

const char *const kFirst[] = {"Anna",  "Ben",   "Chloe", "David", "Elif", "Farid", "Greta",
                              "Hugo",  "Ines",  "Jonas", "Kemal", "Lara", "Mateo", "Nina",
                              "Oskar", "Priya", "Quinn", "Rosa",  "Sven", "Tariq", "Ute",
                              "Vera",  "Wen",   "Xaver", "Yusuf", "Zofia"};
const char *const kLast[] = {"Becker",  "Novak",    "Okafor", "Larsen", "Moreau", "Tanaka",
                             "Schmidt", "Kowalski", "Silva",  "Haddad", "Jensen", "Fischer",
                             "Rossi",   "Nguyen",   "Weber",  "Dubois", "Costa",  "Yilmaz"};
const char *const kDepartments[] = {"Customer Service", "Finance", "Logistics", "Technology",
                                    "People",           "Sales",   "Legal",     "Marketing"};
const char *const kTopics[] = {
    "Refunds for damaged goods", "Invoice copies", "Lost parcels",          "Warranty claims",
    "Account sign-in help",      "Delivery slots", "Price match requests",  "Payroll questions",
    "Data protection",           "Returns labels", "Installation bookings", "Gift cards"};
const char *const kWords[] = {"refund", "invoice", "parcel",  "warranty", "password", "delivery",
                              "price",  "salary",  "privacy", "return",   "install",  "voucher"};

} // namespace

bool fillSyntheticDirectory(DirectoryStore &store, int people)
{
    std::mt19937 rng(42);
    db::Transaction tx(store.database());
    const int teamSize = 12;
    const int teams = std::max(1, people / teamSize);
    // People first: every manager comes before their reports and teams name their leads
    // after, so no deferred foreign key is ever outstanding (SQLite then checks each insert
    // against the unindexed delegate and lead columns, which is quadratic).
    for (int i = 0; i < people; ++i) {
        Person p;
        p.id = QStringLiteral("E%1").arg(i);
        p.name = QStringLiteral("%1 %2").arg(QString::fromLatin1(kFirst[rng() % 26]),
                                             QString::fromLatin1(kLast[rng() % 18]));
        const int team = std::min(i / teamSize, teams - 1);
        p.team =
            QStringLiteral("%1 Team %2").arg(QString::fromLatin1(kDepartments[team % 8])).arg(team);
        p.department = QString::fromLatin1(kDepartments[team % 8]);
        p.title = i % teamSize == 0 ? QStringLiteral("Team Lead") : QStringLiteral("Specialist");
        // Leads report to the lead of team/8; members to their lead.
        p.managerId =
            i % teamSize == 0
                ? (team == 0 ? QString() : QStringLiteral("E%1").arg((team / 8) * teamSize))
                : QStringLiteral("E%1").arg(team * teamSize);
        p.email = QStringLiteral("e%1@example.com").arg(i);
        p.phone = QStringLiteral("+49 30 %1").arg(2000000 + i);
        p.extension = QString::number(10000 + i);
        p.timezone = QStringLiteral("Europe/Berlin");
        p.hours = QStringLiteral("Mon-Fri 09:00-17:00");
        if (i % 97 == 5)
            p.status = PersonStatus::OnLeave;
        if (!store.upsertPerson(p))
            return false;
    }
    for (int t = 0; t < teams; ++t) {
        Team team;
        team.id = QStringLiteral("T%1").arg(t);
        team.name =
            QStringLiteral("%1 Team %2").arg(QString::fromLatin1(kDepartments[t % 8])).arg(t);
        team.department = QString::fromLatin1(kDepartments[t % 8]);
        team.phone = QStringLiteral("+49 30 %1").arg(100000 + t);
        team.leadId = QStringLiteral("E%1").arg(t * teamSize);
        if (!store.upsertTeam(team))
            return false;
    }
    for (int r = 0; r < std::max(12, people / 50); ++r) {
        Responsibility resp;
        resp.id = QStringLiteral("R%1").arg(r);
        resp.topic = QStringLiteral("%1 (%2)").arg(QString::fromLatin1(kTopics[r % 12])).arg(r);
        resp.keywords = {QString::fromLatin1(kWords[r % 12])};
        const int team = int(rng() % uint(teams));
        resp.ownerTeamId = QStringLiteral("T%1").arg(team);
        resp.ownerId = QStringLiteral("E%1").arg(team * teamSize + 1);
        resp.backupId = QStringLiteral("E%1").arg(team * teamSize + 2);
        resp.escalationId = QStringLiteral("E%1").arg(team * teamSize);
        if (team * teamSize + 2 >= people)
            resp.ownerId = resp.backupId = resp.escalationId = QString();
        if (!store.upsertResponsibility(resp))
            return false;
    }
    return tx.commit();
}

} // namespace whoowns::bench
