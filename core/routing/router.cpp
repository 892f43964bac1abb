#include "routing/router.h"

#include <QTimeZone>

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

namespace {
bool outOfOfficeAt(const Person &p, const QDateTime &at)
{
    if (p.outOfOfficeUntil.isEmpty())
        return false;
    QDateTime until = QDateTime::fromString(p.outOfOfficeUntil, Qt::ISODate);
    if (!until.isValid()) {
        const QDate d = QDate::fromString(p.outOfOfficeUntil, Qt::ISODate);
        if (!d.isValid())
            return false;
        until = d.endOfDay(QTimeZone::utc());
    }
    return at < until;
}
} // namespace

bool Router::isReachable(const Person &person, const QDateTime &at) const
{
    return person.status == PersonStatus::Active && !outOfOfficeAt(person, at);
}

Redirect Router::personRedirect(const Person &p, RedirectReason reason, const QDateTime &at) const
{
    Redirect r;
    r.reason = reason;
    r.org = p.org;
    r.personId = p.id;
    r.name = p.displayName() == p.name ? p.name : p.name;
    r.team = p.team;
    r.phone = p.phone;
    r.extension = p.extension;
    r.email = p.email;
    r.reachableNow = isReachable(p, at);
    const QTimeZone tz(p.timezone.toUtf8());
    r.localTime = tz.isValid() ? at.toTimeZone(tz) : at;
    return r;
}

Redirect Router::teamRedirect(const Team &t, const QDateTime &at) const
{
    Redirect r;
    r.reason = RedirectReason::Team;
    r.org = t.org;
    r.teamId = t.id;
    r.name = t.name;
    r.team = t.name;
    r.phone = t.phone;
    r.email = t.email;
    r.reachableNow = !t.phone.isEmpty();
    r.localTime = at;
    return r;
}

Redirect Router::forResponsibility(const Responsibility &resp, const QDateTime &at) const
{
    const Person *owner = m_directory.person(resp.org, resp.ownerId);
    if (owner && isReachable(*owner, at))
        return personRedirect(*owner, RedirectReason::Owner, at);
    if (const Person *backup = m_directory.person(resp.org, resp.backupId);
        backup && isReachable(*backup, at))
        return personRedirect(*backup, RedirectReason::Backup, at);
    if (const Team *team = m_directory.team(resp.org, resp.ownerTeamId);
        team && !team->phone.isEmpty())
        return teamRedirect(*team, at);
    if (const Person *esc = m_directory.person(resp.org, resp.escalationId);
        esc && isReachable(*esc, at))
        return personRedirect(*esc, RedirectReason::Escalation, at);
    if (owner && owner->status != PersonStatus::Left)
        return personRedirect(*owner, RedirectReason::Owner, at);
    Redirect r;
    r.reason = RedirectReason::Fallback;
    return r;
}

Redirect Router::forPerson(const Person &person, const QDateTime &at) const
{
    if (isReachable(person, at))
        return personRedirect(person, RedirectReason::Self, at);
    if (const Person *d = m_directory.person(person.org, person.delegateId);
        d && outOfOfficeAt(person, at))
        return personRedirect(*d, RedirectReason::Delegate, at);
    if (const Team *t = m_directory.teamByName(person.org, person.team); t && !t->phone.isEmpty())
        return teamRedirect(*t, at);
    return personRedirect(person, RedirectReason::Self, at);
}

Redirect Router::forTeam(const Team &team, const QDateTime &at) const
{
    if (!team.phone.isEmpty())
        return teamRedirect(team, at);
    if (const Person *lead = m_directory.person(team.org, team.leadId))
        return personRedirect(*lead, RedirectReason::Team, at);
    return teamRedirect(team, at);
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
    return {};
}

} // namespace whoowns
