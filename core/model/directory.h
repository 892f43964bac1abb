#pragma once

#include "model/person.h"
#include "model/responsibility.h"
#include "model/rowindex.h"
#include "model/team.h"

#include <QHash>
#include <QList>

#include <cstdint>
#include <vector>

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

    // What the lookup tables occupy, for benchmarks.
    std::size_t indexMemoryBytes() const;

private:
    static QString key(const QString &org, const QString &id) { return org + QChar(0x1f) + id; }
    // The lookup tables hold row numbers only; the keys are read back from the rows, so a
    // million people cost a few megabytes of index instead of a million concatenated keys.
    RowIndex m_people;
    RowIndex m_teams;
    RowIndex m_responsibilities;
    QHash<QString, qsizetype> m_teamNames; // few teams; keyed by case-folded name
    // Reports grouped by (org, manager id), in directory order: the group of a manager is
    // found through m_reportGroups (whose entries are group numbers, compared through the
    // group's first report), its rows are m_reportRows[m_reportOffsets[g] .. [g + 1]).
    RowIndex m_reportGroups;
    std::vector<std::uint32_t> m_reportFirst;
    std::vector<std::uint32_t> m_reportOffsets;
    std::vector<std::uint32_t> m_reportRows;
};

} // namespace whoowns
