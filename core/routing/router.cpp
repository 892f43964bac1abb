#include "routing/router.h"

#include <QMutexLocker>

namespace whoowns {

QString reasonName(RedirectReason reason)
{
    switch (reason) {
    case RedirectReason::Owner:
        return QStringLiteral("owner");
    case RedirectReason::Delegate:
        return QStringLiteral("delegate");
    case RedirectReason::Backup:
        return QStringLiteral("backup");
    case RedirectReason::Team:
        return QStringLiteral("team");
    case RedirectReason::Escalation:
        return QStringLiteral("escalation");
    case RedirectReason::Self:
        return QStringLiteral("self");
    case RedirectReason::Fallback:
        return QStringLiteral("fallback");
    }
    return {};
}

QString numberKindName(NumberKind kind)
{
    switch (kind) {
    case NumberKind::None:
        return {};
    case NumberKind::Direct:
        return QStringLiteral("direct");
    case NumberKind::TeamLine:
        return QStringLiteral("team");
    case NumberKind::Extension:
        return QStringLiteral("extension");
    case NumberKind::Switchboard:
        return QStringLiteral("switchboard");
    }
    return {};
}

// One step of a chain: a person or a team line offered for a reason.
struct Router::Candidate
{
    RedirectReason reason;
    const Person *person = nullptr;
    const Team *team = nullptr;
    QString extraHours; // for a team line: hours to use when the team has none
    QString role;       // "owner", "backup", "team line", ... for notes
};

namespace {

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

QString teamKey(const QString &org, const QString &id)
{
    return org + QChar(0x1f) + id;
}

} // namespace

Router::Router(const Directory &directory, RoutingConfig config, const Clock *clock)
    : m_directory(directory), m_config(std::move(config)), m_clock(clock ? clock : &systemClock()),
      m_defaultZone(m_config.defaultZone.isValid() ? m_config.defaultZone
                                                   : QTimeZone::systemTimeZone())
{
}

// ---- places, zones, hours ------------------------------------------------------------------

QTimeZone Router::knownZone(const QString &ianaId) const
{
    if (ianaId.isEmpty())
        return {};
    auto it = m_cache->zones.constFind(ianaId);
    if (it == m_cache->zones.cend())
        it = m_cache->zones.insert(ianaId, QTimeZone(ianaId.toUtf8())); // invalid if unknown
    return *it;
}

QTimeZone Router::zoneNamed(const QString &ianaId) const
{
    QMutexLocker lock(&m_cache->mutex);
    const QTimeZone zone = knownZone(ianaId.trimmed());
    return zone.isValid() ? zone : m_defaultZone;
}

const WeeklyHours *Router::hoursFor(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return nullptr;
    QMutexLocker lock(&m_cache->mutex);
    auto it = m_cache->hours.constFind(text);
    if (it == m_cache->hours.cend()) {
        // Unreadable hours count as unknown: importers report them, routing must still answer.
        auto parsed = WeeklyHours::parse(text);
        it = m_cache->hours.insert(text,
                                   parsed ? std::make_shared<const WeeklyHours>(*parsed) : nullptr);
    }
    return it->get();
}

QTimeZone Router::zoneOf(const Person &person) const
{
    return zoneNamed(person.timezone);
}

const Team *Router::teamOf(const Person &person) const
{
    if (person.team.isEmpty())
        return nullptr;
    if (const Team *t = m_directory.team(person.org, person.team))
        return t;
    return m_directory.teamByName(person.org, person.team);
}

void Router::buildMemberTallies() const
{
    // Tally by the people's own team text first (cheap), then fold those few distinct texts
    // onto teams: ids or names, as teamOf() matches them.
    QHash<QString, MemberTally> byText;
    for (const Person &p : m_directory.people) {
        if (p.status == PersonStatus::Left || p.team.isEmpty())
            continue;
        MemberTally &tally = byText[p.org + QChar(0x1f) + p.team];
        if (!p.timezone.isEmpty())
            ++tally.zones[p.timezone];
        if (!p.location.isEmpty())
            ++tally.locations[p.location];
    }
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        Person probe;
        probe.org = it.key().section(QChar(0x1f), 0, 0);
        probe.team = it.key().section(QChar(0x1f), 1);
        const Team *t = teamOf(probe);
        if (!t)
            continue;
        MemberTally &tally = m_cache->memberTallies[teamKey(t->org, t->id)];
        for (auto z = it->zones.cbegin(); z != it->zones.cend(); ++z)
            tally.zones[z.key().trimmed()] += z.value();
        for (auto l = it->locations.cbegin(); l != it->locations.cend(); ++l)
            tally.locations[l.key().trimmed()] += l.value();
    }
    m_cache->memberTalliesBuilt = true;
}

Router::TeamPlace Router::placeOf(const Team &team) const
{
    // A team's zone: its lead's, else the most common among its members, else the default.
    // Its location (for holidays): its own, else its lead's, else the most common member one.
    // Members are only counted (one pass over the directory) when the lead does not tell.
    QMutexLocker lock(&m_cache->mutex);
    const QString key = teamKey(team.org, team.id);
    if (const auto it = m_cache->teamPlaces.constFind(key); it != m_cache->teamPlaces.cend())
        return *it;
    auto cachedZone = [this](const QString &id) { return knownZone(id); };
    auto mostCommon = [](const QHash<QString, int> &counts) {
        QString best;
        int bestCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
            }
        return best;
    };
    const Person *lead = m_directory.person(team.org, team.leadId);
    TeamPlace place;
    place.zone = cachedZone(lead ? lead->timezone.view().trimmed().toString() : QString());
    place.location = team.location.trimmed();
    if (place.location.isEmpty() && lead)
        place.location = lead->location.view().trimmed().toString();
    if (!place.zone.isValid() || place.location.isEmpty()) {
        if (!m_cache->memberTalliesBuilt)
            buildMemberTallies();
        const MemberTally tally = m_cache->memberTallies.value(key);
        if (!place.zone.isValid())
            place.zone = cachedZone(mostCommon(tally.zones));
        if (place.location.isEmpty())
            place.location = mostCommon(tally.locations);
    }
    if (!place.zone.isValid())
        place.zone = m_defaultZone;
    m_cache->teamPlaces.insert(key, place);
    return place;
}

QTimeZone Router::zoneOf(const Team &team) const
{
    return placeOf(team).zone;
}

// ---- availability --------------------------------------------------------------------------

namespace {

// "2026-03-31" (QDate::fromString would also take "2026-03-31T13:00" as a date).
bool isDateOnly(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

// out_of_office_until: a date (out through that whole day in the person's zone) or a
// date-time (with an offset, or else in the person's zone). The end instant, exclusive;
// nullopt when empty or unreadable.
std::optional<QDateTime> absenceEnd(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (isDateOnly(t))
        return QDate::fromString(t, Qt::ISODate).addDays(1).startOfDay(zone);
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no offset written: the person's own wall clock
        dt = QDateTime(dt.date(), dt.time(), zone);
    return dt;
}

} // namespace

OpeningRules Router::personRules(const Person &p) const
{
    OpeningRules rules;
    rules.zone = zoneOf(p);
    rules.hours = hoursFor(p.hours);
    rules.holidays = &m_config.holidays;
    rules.location = p.location;
    if (p.status == PersonStatus::Left) {
        rules.never = true;
        rules.neverWhy = QStringLiteral("left");
        return rules;
    }
    const auto end = absenceEnd(p.outOfOfficeUntil, rules.zone);
    if (end) {
        rules.closedUntilMs = end->toMSecsSinceEpoch();
        const bool dateOnly = isDateOnly(p.outOfOfficeUntil.view().trimmed().toString());
        rules.closedWhy =
            QStringLiteral("%1 until %2")
                .arg(p.status == PersonStatus::OnLeave ? QStringLiteral("on leave")
                                                       : QStringLiteral("out of office"),
                     dateOnly ? p.outOfOfficeUntil.view().trimmed().toString()
                              : end->toTimeZone(rules.zone).toString(Qt::ISODate));
    }
    if (p.status == PersonStatus::OnLeave && !end) {
        // On leave with no return date: not reachable, and no time to give.
        rules.never = true;
        rules.neverWhy = QStringLiteral("on leave");
    } else if (p.status == PersonStatus::OnLeave) {
        rules.neverWhy = QStringLiteral("on leave");
    }
    return rules;
}

Availability Router::personAvailability(const Person &person, const QDateTime &at,
                                        bool reachableOnly) const
{
    return evaluateOpening(personRules(person), at, reachableOnly);
}

bool Router::isReachable(const Person &person, const QDateTime &at) const
{
    return personAvailability(person, at, true).reachable;
}

bool Router::isOutOfOffice(const Person &person, const QDateTime &at) const
{
    const auto end = absenceEnd(person.outOfOfficeUntil, zoneOf(person));
    return end && at < *end;
}

OpeningRules Router::teamRules(const Team &team, const QString &extraHours) const
{
    const TeamPlace place = placeOf(team);
    OpeningRules rules;
    rules.zone = place.zone;
    rules.location = place.location;
    rules.holidays = &m_config.holidays;
    rules.hours = hoursFor(team.hours.trimmed().isEmpty() ? extraHours : team.hours);
    if (team.phone.trimmed().isEmpty()) {
        rules.never = true;
        rules.neverWhy = QStringLiteral("no team line");
    }
    return rules;
}

Availability Router::teamAvailability(const Team &team, const QDateTime &at,
                                      const QString &extraHours, bool reachableOnly) const
{
    Availability a = evaluateOpening(teamRules(team, extraHours), at, reachableOnly);
    if (!a.reachable && a.why == QLatin1String("outside working hours"))
        a.why = QStringLiteral("line closed");
    return a;
}

// ---- redirects -----------------------------------------------------------------------------

Redirect Router::personRedirect(const Person &p, RedirectReason reason,
                                const Availability &availability) const
{
    Redirect r;
    r.reason = reason;
    r.org = p.org;
    r.personId = p.id;
    r.name = p.name; // the full name, as in search results (notes use the preferred one)
    r.team = p.team;
    r.extension = p.extension;
    r.email = p.email;
    // Transferable first: the direct line, else the team line; an extension is internal only;
    // a mobile is never offered.
    const Team *team = teamOf(p);
    if (team)
        r.team = team->name;
    if (!p.phone.view().trimmed().isEmpty()) {
        r.phone = p.phone.view().trimmed().toString();
        r.numberKind = NumberKind::Direct;
        r.transferable = true;
    } else if (team && !team->phone.trimmed().isEmpty()) {
        r.phone = team->phone.trimmed();
        r.numberKind = NumberKind::TeamLine;
        r.transferable = true;
    } else if (!p.extension.view().trimmed().isEmpty()) {
        r.phone = p.extension.view().trimmed().toString();
        r.numberKind = NumberKind::Extension;
        r.transferable = false;
    }
    r.reachableNow = availability.reachable;
    r.timeZone = QString::fromUtf8(zoneOf(p).id());
    r.localTime = availability.localTime;
    r.reachableUntil = availability.until;
    r.backAt = availability.backAt;
    return r;
}

Redirect Router::teamRedirect(const Team &t, RedirectReason reason,
                              const Availability &availability) const
{
    Redirect r;
    r.reason = reason;
    r.org = t.org;
    r.teamId = t.id;
    r.name = t.name;
    r.team = t.name;
    r.email = t.email;
    if (!t.phone.trimmed().isEmpty()) {
        r.phone = t.phone.trimmed();
        r.numberKind = NumberKind::TeamLine;
        r.transferable = true;
    }
    r.reachableNow = availability.reachable;
    r.timeZone = QString::fromUtf8(zoneOf(t).id());
    r.localTime = availability.localTime;
    r.reachableUntil = availability.until;
    r.backAt = availability.backAt;
    return r;
}

Redirect Router::contact(const Person &person, RedirectReason reason, const QDateTime &at) const
{
    Redirect r = personRedirect(person, reason, personAvailability(person, at));
    if (!r.reachableNow && person.status != PersonStatus::Left)
        r.note = personAvailability(person, at, true).why;
    else if (person.status == PersonStatus::Left)
        r.note = QStringLiteral("left");
    return r;
}

Redirect Router::contact(const Team &team, const QDateTime &at) const
{
    const Availability a = teamAvailability(team, at);
    Redirect r = teamRedirect(team, RedirectReason::Team, a);
    if (!a.reachable)
        r.note = a.why;
    return r;
}

Redirect Router::fallbackRedirect(const QDateTime &at) const
{
    Redirect r;
    r.reason = RedirectReason::Fallback;
    r.name = m_config.fallback.name;
    r.phone = m_config.fallback.phone;
    if (!r.phone.isEmpty()) {
        r.numberKind = NumberKind::Switchboard;
        r.transferable = true;
    }
    // The switchboard's hours are not modelled: it is offered as open.
    r.reachableNow = !m_config.fallback.isEmpty();
    r.timeZone = QString::fromUtf8(m_defaultZone.id());
    r.localTime = at.toTimeZone(m_defaultZone);
    if (m_config.fallback.isEmpty())
        r.note = QStringLiteral("nobody can take this call and no fallback contact is set");
    return r;
}

Redirect Router::decide(const QList<Candidate> &chain, const QDateTime &at) const
{
    // Steps in order: the first reachable contact wins. Notes say why earlier ones were passed.
    QStringList passed;
    auto label = [](const Candidate &c) {
        return c.person ? QStringLiteral("%1 %2").arg(c.role, c.person->displayName())
                        : QStringLiteral("%1 %2").arg(c.role, c.team->name);
    };
    auto availability = [&](const Candidate &c, bool reachableOnly) {
        return c.person ? personAvailability(*c.person, at, reachableOnly)
                        : teamAvailability(*c.team, at, c.extraHours, reachableOnly);
    };
    auto redirect = [&](const Candidate &c, const Availability &a) {
        Redirect r =
            c.person ? personRedirect(*c.person, c.reason, a) : teamRedirect(*c.team, c.reason, a);
        if (c.person && c.team) // a team's lead, offered for the team
            r.teamId = c.team->id;
        r.note = passed.join(QStringLiteral("; "));
        return r;
    };
    for (const Candidate &c : chain) {
        const Availability quick = availability(c, true);
        if (quick.reachable)
            return redirect(c, availability(c, false));
        passed.append(QStringLiteral("%1: %2").arg(label(c), quick.why));
    }
    // Nobody now: whoever is back soonest (the first listed on a tie); leavers never.
    const Candidate *best = nullptr;
    Availability bestAvailability;
    for (const Candidate &c : chain) {
        const Availability a = availability(c, false);
        if (a.backAt.isValid() && (!best || a.backAt < bestAvailability.backAt)) {
            best = &c;
            bestAvailability = a;
        }
    }
    if (best)
        return redirect(*best, bestAvailability);
    Redirect r = fallbackRedirect(at);
    if (!passed.isEmpty())
        r.note = r.note.isEmpty()
                     ? passed.join(QStringLiteral("; "))
                     : passed.join(QStringLiteral("; ")) + QStringLiteral("; ") + r.note;
    return r;
}

Redirect Router::forResponsibility(const Responsibility &resp, const QDateTime &at) const
{
    const Person *owner = m_directory.person(resp.org, resp.ownerId);
    const Team *team = m_directory.team(resp.org, resp.ownerTeamId);
    if (!team && resp.ownerTeamId.isEmpty() && owner)
        team = teamOf(*owner);
    QList<Candidate> chain;
    if (owner)
        chain.append({RedirectReason::Owner, owner, nullptr, {}, QStringLiteral("owner")});
    // The delegate stands in while the owner is out of office, on leave, or gone.
    if (owner && (owner->status != PersonStatus::Active || isOutOfOffice(*owner, at)))
        if (const Person *d = m_directory.person(owner->org, owner->delegateId); d && d != owner)
            chain.append({RedirectReason::Delegate, d, nullptr, {}, QStringLiteral("delegate")});
    if (const Person *b = m_directory.person(resp.org, resp.backupId))
        chain.append({RedirectReason::Backup, b, nullptr, {}, QStringLiteral("backup")});
    if (team && !team->phone.trimmed().isEmpty())
        chain.append({RedirectReason::Team, nullptr, team, resp.hours, QStringLiteral("team")});
    if (const Person *e = m_directory.person(resp.org, resp.escalationId))
        chain.append({RedirectReason::Escalation, e, nullptr, {}, QStringLiteral("escalation")});
    return decide(chain, at);
}

Redirect Router::forPerson(const Person &person, const QDateTime &at) const
{
    QList<Candidate> chain;
    chain.append({RedirectReason::Self, &person, nullptr, {}, QString()});
    if (person.status != PersonStatus::Active || isOutOfOffice(person, at))
        if (const Person *d = m_directory.person(person.org, person.delegateId); d && d != &person)
            chain.append({RedirectReason::Delegate, d, nullptr, {}, QStringLiteral("delegate")});
    const Team *team = teamOf(person);
    if (team && !team->phone.trimmed().isEmpty())
        chain.append({RedirectReason::Team, nullptr, team, {}, QStringLiteral("team")});
    chain.first().role = QStringLiteral("self");
    // Rule 2: nobody reachable -> the person themselves with the time they will be back
    // (unless they have left: then whoever is back soonest, else the fallback).
    const Redirect r = decide(chain, at);
    if (person.status == PersonStatus::Left || r.reachableNow)
        return r;
    const Availability a = personAvailability(person, at);
    Redirect self = personRedirect(person, RedirectReason::Self, a);
    self.note = r.note;
    return self;
}

Redirect Router::forTeam(const Team &team, const QDateTime &at) const
{
    QList<Candidate> chain;
    if (!team.phone.trimmed().isEmpty())
        chain.append({RedirectReason::Team, nullptr, &team, {}, QStringLiteral("team")});
    if (const Person *lead = m_directory.person(team.org, team.leadId))
        chain.append({RedirectReason::Team, lead, &team, {}, QStringLiteral("team lead")});
    return decide(chain, at);
}

Redirect Router::forEntity(EntityKind kind, const QString &org, const QString &id,
                           const QDateTime &at) const
{
    switch (kind) {
    case EntityKind::Responsibility:
        if (const Responsibility *r = m_directory.responsibility(org, id))
            return forResponsibility(*r, at);
        break;
    case EntityKind::Person:
        if (const Person *p = m_directory.person(org, id))
            return forPerson(*p, at);
        break;
    case EntityKind::Team:
        if (const Team *t = m_directory.team(org, id))
            return forTeam(*t, at);
        break;
    }
    return fallbackRedirect(at);
}

} // namespace whoowns
