#pragma once

#include "model/person.h"
#include "model/responsibility.h"
#include "model/team.h"

#include <QHash>
#include <QList>

namespace whoowns {

// An in-memory snapshot of the whole directory, read in one transaction. Search and routing
// work on a snapshot so that a concurrent import in another process is never half-seen.
class Directory
{
public:
    QList<Person> people;
    QList<Team> teams;
    QList<Responsibility> responsibilities;

    // Rebuilds the lookup tables; call after filling the lists.
    void index();

    const Person *person(const QString &org, const QString &id) const;
    const Team *team(const QString &org, const QString &id) const;
    const Team *teamByName(const QString &org, const QString &name) const;
    const Responsibility *responsibility(const QString &org, const QString &id) const;
    // Direct reports of a person, in directory order.
    QList<const Person *> reportsOf(const Person &manager) const;

private:
    static QString key(const QString &org, const QString &id) { return org + QChar(0x1f) + id; }
    QHash<QString, qsizetype> m_people;
    QHash<QString, qsizetype> m_teams;
    QHash<QString, qsizetype> m_teamNames;
    QHash<QString, qsizetype> m_responsibilities;
    QMultiHash<QString, qsizetype> m_reports;
};

} // namespace whoowns
