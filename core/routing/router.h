#pragma once

#include "model/directory.h"
#include "model/entitykind.h"
#include "routing/availability.h"
#include "routing/redirect.h"
#include "routing/routingconfig.h"
#include "util/clock.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <memory>

namespace whoowns {

// Decides the redirect for a responsibility, a person or a team at a given instant, by the
// rule in routing/routing.md. Cheap enough to call for every result of every keystroke:
// parsed hours and time zones are cached (thread-safe) for the life of the Router.
class Router
{
public:
    // The clock gives "now" for the overloads without an instant; nullptr: the system clock.
    // The directory (and clock) must outlive the Router.
    explicit Router(const Directory &directory, RoutingConfig config = {},
                    const Clock *clock = nullptr);

    Redirect forResponsibility(const Responsibility &responsibility, const QDateTime &at) const;
    Redirect forPerson(const Person &person, const QDateTime &at) const;
    Redirect forTeam(const Team &team, const QDateTime &at) const;
    // Any entity by kind and id; a Fallback redirect when it does not exist.
    Redirect forEntity(EntityKind kind, const QString &org, const QString &id,
                       const QDateTime &at) const;
    Redirect forEntity(EntityKind kind, const QString &org, const QString &id) const
    {
        return forEntity(kind, org, id, now());
    }

    // One person or team line as a contact, with their own number, times and availability,
    // without following the rule (for showing "the owner" or "the backup" beside the answer).
    Redirect contact(const Person &person, RedirectReason reason, const QDateTime &at) const;
    Redirect contact(const Team &team, const QDateTime &at) const;

    QDateTime now() const { return m_clock->now(); }
    const RoutingConfig &config() const { return m_config; }

    // Reachable: active, not out of office at that instant, inside working hours in their own
    // zone and not on a holiday of their location (unknown hours count as open).
    bool isReachable(const Person &person, const QDateTime &at) const;
    Availability personAvailability(const Person &person, const QDateTime &at,
                                    bool reachableOnly = false) const;
    // A team line: open in the team's hours (else extraHours, e.g. the responsibility's) in the
    // team's zone; never when the team has no phone.
    Availability teamAvailability(const Team &team, const QDateTime &at,
                                  const QString &extraHours = {}, bool reachableOnly = false) const;
    // Out of office at that instant (out_of_office_until still ahead).
    bool isOutOfOffice(const Person &person, const QDateTime &at) const;

    QTimeZone zoneOf(const Person &person) const;
    QTimeZone zoneOf(const Team &team) const;
    // The team a person belongs to (by team id or name), or nullptr.
    const Team *teamOf(const Person &person) const;

private:
    struct TeamPlace
    {
        QTimeZone zone;
        QString location;
    };
    struct Candidate; // one step of a chain, see router.cpp

    OpeningRules personRules(const Person &person) const;
    OpeningRules teamRules(const Team &team, const QString &extraHours) const;
    const WeeklyHours *hoursFor(const QString &text) const;
    QTimeZone zoneNamed(const QString &ianaId) const;
    TeamPlace placeOf(const Team &team) const;
    Redirect personRedirect(const Person &person, RedirectReason reason,
                            const Availability &availability) const;
    Redirect teamRedirect(const Team &team, RedirectReason reason,
                          const Availability &availability) const;
    Redirect decide(const QList<Candidate> &chain, const QDateTime &at) const;
    Redirect fallbackRedirect(const QDateTime &at) const;

    const Directory &m_directory;
    RoutingConfig m_config;
    const Clock *m_clock;
    QTimeZone m_defaultZone;

    struct MemberTally
    {
        QHash<QString, int> zones;
        QHash<QString, int> locations;
    };
    // Parsed hours, zones and team places, filled lazily; shared so that Router stays copyable.
    struct Cache
    {
        QMutex mutex;
        QHash<QString, std::shared_ptr<const WeeklyHours>> hours;
        QHash<QString, QTimeZone> zones;      // invalid for unknown ids
        QHash<QString, TeamPlace> teamPlaces; // org + 0x1f + team id
        bool memberTalliesBuilt = false;
        QHash<QString, MemberTally> memberTallies; // org + 0x1f + team id
    };
    // With the cache mutex held:
    QTimeZone knownZone(const QString &ianaId) const; // invalid for empty or unknown ids
    void buildMemberTallies() const;
    std::shared_ptr<Cache> m_cache = std::make_shared<Cache>();
};

} // namespace whoowns
