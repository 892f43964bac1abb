// Routing cost: the answer card and `search` route up to 10 results per keystroke, so one
// redirect must cost microseconds. Prints figures; asserts nothing about time.
//   bench_routing [--short]
#include "routing/router.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace whoowns;

namespace {

Directory makeDirectory(int people, int teams, int responsibilities)
{
    static const char *const zones[] = {
        "Europe/Berlin", "America/New_York",    "Australia/Sydney", "Asia/Manila",
        "Europe/London", "America/Los_Angeles", "Asia/Kolkata",     ""};
    static const char *const locations[] = {"Berlin", "New York",    "Sydney", "Manila",
                                            "London", "Los Angeles", "Pune",   ""};
    static const char *const hours[] = {
        "Mon-Fri 09:00-17:00", "Mon-Thu 08:00-16:00; Fri 08:00-12:00",
        "Mon-Sun 00:00-24:00", "Mon-Sat 22:00-06:00",
        "Mo-Fr 07:30-15:30",   ""};
    QRandomGenerator rng(42);
    Directory d;
    for (int t = 0; t < teams; ++t) {
        Team team;
        team.id = QStringLiteral("T%1").arg(t);
        team.name = QStringLiteral("Team %1").arg(t);
        team.phone = t % 3 ? QStringLiteral("+1 555 %1").arg(t) : QString();
        team.hours = QString::fromLatin1(hours[t % 6]);
        team.leadId = QStringLiteral("P%1").arg(t * (people / teams));
        d.teams.append(team);
    }
    for (int i = 0; i < people; ++i) {
        Person p;
        p.id = QStringLiteral("P%1").arg(i);
        p.name = QStringLiteral("Person %1").arg(i);
        const int z = int(rng.bounded(8));
        p.timezone = QString::fromLatin1(zones[z]);
        p.location = QString::fromLatin1(locations[z]);
        p.hours = QString::fromLatin1(hours[rng.bounded(6)]);
        p.team = QStringLiteral("Team %1").arg(rng.bounded(teams));
        p.phone = i % 4 ? QStringLiteral("+1 555 0%1").arg(i) : QString();
        p.extension = QString::number(1000 + i);
        const quint32 roll = rng.bounded(100);
        if (roll < 3)
            p.status = PersonStatus::Left;
        else if (roll < 6)
            p.status = PersonStatus::OnLeave;
        else if (roll < 12)
            p.outOfOfficeUntil = QStringLiteral("2026-03-%1").arg(20 + rng.bounded(10));
        if (roll < 12)
            p.delegateId = QStringLiteral("P%1").arg(rng.bounded(people));
        d.people.append(p);
    }
    for (int r = 0; r < responsibilities; ++r) {
        Responsibility x;
        x.id = QStringLiteral("R%1").arg(r);
        x.topic = x.id;
        x.ownerId = QStringLiteral("P%1").arg(rng.bounded(people));
        x.backupId = QStringLiteral("P%1").arg(rng.bounded(people));
        x.escalationId = QStringLiteral("P%1").arg(rng.bounded(people));
        x.ownerTeamId = QStringLiteral("T%1").arg(rng.bounded(teams));
        d.responsibilities.append(x);
    }
    d.index();
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool shortRun = app.arguments().contains(QStringLiteral("--short"));
    QTextStream out(stdout);
    const int people = shortRun ? 2000 : 20000;
    const Directory d = makeDirectory(people, people / 20, people / 5);
    RoutingConfig config;
    config.holidays = HolidayCalendar({{QStringLiteral("Berlin"), QDate(2026, 4, 3), {}},
                                       {QStringLiteral("*"), QDate(2026, 12, 25), {}}});
    config.defaultZone = QTimeZone::utc();
    // Instants spread over a week, so every step of the rule is taken.
    QList<QDateTime> instants;
    for (int h = 0; h < 7 * 24; h += 5)
        instants.append(
            QDateTime(QDate(2026, 3, 23), QTime(0, 17), QTimeZone::utc()).addSecs(h * 3600));

    QElapsedTimer timer;
    timer.start();
    const Router router(d, config);
    const qint64 constructUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    router.zoneOf(d.teams.at(1));
    const qint64 placesUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    // The first team redirect also works out every team's zone and location.
    const Redirect first = router.forTeam(d.teams.at(1), instants.first());
    const qint64 coldUs = timer.nsecsElapsed() / 1000;

    const int rounds = shortRun ? 2 : 10;
    QList<double> perCallUs;
    int reasons[7] = {0, 0, 0, 0, 0, 0, 0};
    for (int round = 0; round < rounds; ++round) {
        for (const QDateTime &at : instants) {
            // One "keystroke": ten results.
            const int start =
                int(QRandomGenerator::global()->bounded(d.responsibilities.size() - 10));
            timer.restart();
            for (int i = 0; i < 10; ++i) {
                const Redirect r = router.forResponsibility(d.responsibilities.at(start + i), at);
                ++reasons[int(r.reason)];
            }
            perCallUs.append(double(timer.nsecsElapsed()) / 1000.0 / 10.0);
        }
    }
    std::sort(perCallUs.begin(), perCallUs.end());
    auto pct = [&](double p) { return perCallUs.at(qsizetype(p * double(perCallUs.size() - 1))); };
    out << "bench_routing: " << d.people.size() << " people, " << d.teams.size() << " teams, "
        << d.responsibilities.size() << " responsibilities\n";
    out << "  Router construction: " << constructUs << " us; team zones and places: " << placesUs
        << " us\n";
    out << "  first team redirect: " << coldUs << " us (" << reasonName(first.reason) << ")\n";
    out << "  per responsibility redirect: median " << pct(0.5) << " us, p95 " << pct(0.95)
        << " us, max " << perCallUs.last() << " us\n";
    out << "  ten results (one keystroke): median " << pct(0.5) * 10 << " us, p95 "
        << pct(0.95) * 10 << " us\n";
    out << "  reasons:";
    for (int r = 0; r < 7; ++r)
        out << " " << reasonName(RedirectReason(r)) << "=" << reasons[r];
    out << "\n";
    return 0;
}
