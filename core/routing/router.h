#pragma once

#include "model/directory.h"
#include "model/entitykind.h"
#include "routing/redirect.h"

#include <QDateTime>

namespace whoowns {

// Decides the redirect for a responsibility, a person or a team at a given instant.
class Router
{
public:
    explicit Router(const Directory &directory) : m_directory(directory) {}

    Redirect forResponsibility(const Responsibility &responsibility, const QDateTime &at) const;
    Redirect forPerson(const Person &person, const QDateTime &at) const;
    Redirect forTeam(const Team &team, const QDateTime &at) const;
    // Any entity by kind and id; a Fallback redirect when it does not exist.
    Redirect forEntity(EntityKind kind, const QString &org, const QString &id,
                       const QDateTime &at) const;

    // Reachable: active, not out of office at that instant, inside working hours.
    bool isReachable(const Person &person, const QDateTime &at) const;

private:
    Redirect personRedirect(const Person &person, RedirectReason reason, const QDateTime &at) const;
    Redirect teamRedirect(const Team &team, const QDateTime &at) const;

    const Directory &m_directory;
};

} // namespace whoowns
