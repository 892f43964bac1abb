#include "model/directory.h"

namespace whoowns {

void Directory::index()
{
    m_people.clear();
    m_teams.clear();
    m_teamNames.clear();
    m_responsibilities.clear();
    m_reports.clear();
    m_people.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        const Person &p = people.at(i);
        m_people.insert(key(p.org, p.id), i);
        if (!p.managerId.isEmpty() && p.managerId != p.id)
            m_reports.insert(key(p.org, p.managerId), i);
    }
    for (qsizetype i = 0; i < teams.size(); ++i) {
        m_teams.insert(key(teams.at(i).org, teams.at(i).id), i);
        m_teamNames.insert(key(teams.at(i).org, teams.at(i).name.toCaseFolded()), i);
    }
    for (qsizetype i = 0; i < responsibilities.size(); ++i)
        m_responsibilities.insert(key(responsibilities.at(i).org, responsibilities.at(i).id), i);
}

const Person *Directory::person(const QString &org, const QString &id) const
{
    const auto it = m_people.constFind(key(org, id));
    return it == m_people.cend() ? nullptr : &people.at(*it);
}

const Team *Directory::team(const QString &org, const QString &id) const
{
    const auto it = m_teams.constFind(key(org, id));
    return it == m_teams.cend() ? nullptr : &teams.at(*it);
}

const Team *Directory::teamByName(const QString &org, const QString &name) const
{
    const auto it = m_teamNames.constFind(key(org, name.toCaseFolded()));
    return it == m_teamNames.cend() ? nullptr : &teams.at(*it);
}

const Responsibility *Directory::responsibility(const QString &org, const QString &id) const
{
    const auto it = m_responsibilities.constFind(key(org, id));
    return it == m_responsibilities.cend() ? nullptr : &responsibilities.at(*it);
}

QList<const Person *> Directory::reportsOf(const Person &manager) const
{
    QList<qsizetype> rows = m_reports.values(key(manager.org, manager.id));
    std::sort(rows.begin(), rows.end());
    QList<const Person *> out;
    out.reserve(rows.size());
    for (qsizetype r : rows)
        out.append(&people.at(r));
    return out;
}

} // namespace whoowns
