#include "model/directory.h"

#include <QHashFunctions>

namespace whoowns {

namespace {

std::size_t keyHash(const QString &org, const QString &id)
{
    return qHash(QStringView(id), qHash(QStringView(org), 0x9e3779b9u));
}

template <typename Row> auto sameKey(const QList<Row> &rows, const QString &org, const QString &id)
{
    return [&rows, &org, &id](std::uint32_t r) {
        const Row &row = rows.at(r);
        return row.id == id && row.org == org;
    };
}

template <typename Row> void indexRows(RowIndex &index, const QList<Row> &rows)
{
    index.clear();
    index.reserve(rows.size());
    // The last of two equal keys wins, as with QHash::insert.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        index.replace(keyHash(row.org, row.id), static_cast<std::uint32_t>(i),
                      sameKey(rows, row.org, row.id));
    }
}

} // namespace

void Directory::index()
{
    indexRows(m_people, people);
    indexRows(m_teams, teams);
    indexRows(m_responsibilities, responsibilities);
    m_teamNames.clear();
    for (qsizetype i = 0; i < teams.size(); ++i)
        m_teamNames.insert(key(teams.at(i).org, teams.at(i).name.toCaseFolded()), i);

    // Reports: number the distinct (org, manager id) pairs, count, then lay the rows out.
    m_reportGroups.clear();
    m_reportFirst.clear();
    m_reportOffsets.clear();
    m_reportRows.clear();
    std::vector<std::uint32_t> groupOf(static_cast<std::size_t>(people.size()), RowIndex::npos);
    std::vector<std::uint32_t> counts;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const Person &p = people.at(i);
        if (p.managerId.isEmpty() || p.managerId == p.id)
            continue;
        const auto next = static_cast<std::uint32_t>(m_reportFirst.size());
        const std::uint32_t g =
            m_reportGroups.insert(keyHash(p.org, p.managerId), next, [&](std::uint32_t group) {
                const Person &first = people.at(m_reportFirst[group]);
                return first.managerId == p.managerId && first.org == p.org;
            });
        if (g == next) {
            m_reportFirst.push_back(static_cast<std::uint32_t>(i));
            counts.push_back(0);
        }
        ++counts[g];
        groupOf[static_cast<std::size_t>(i)] = g;
    }
    m_reportOffsets.assign(counts.size() + 1, 0);
    for (std::size_t g = 0; g < counts.size(); ++g)
        m_reportOffsets[g + 1] = m_reportOffsets[g] + counts[g];
    m_reportRows.resize(m_reportOffsets.back());
    std::vector<std::uint32_t> fill(m_reportOffsets.begin(), m_reportOffsets.end() - 1);
    for (std::size_t i = 0; i < groupOf.size(); ++i)
        if (groupOf[i] != RowIndex::npos)
            m_reportRows[fill[groupOf[i]]++] = static_cast<std::uint32_t>(i);
    m_reportFirst.shrink_to_fit();
}

const Person *Directory::person(const QString &org, const QString &id) const
{
    const std::uint32_t r = m_people.find(keyHash(org, id), sameKey(people, org, id));
    return r == RowIndex::npos ? nullptr : &people.at(r);
}

const Team *Directory::team(const QString &org, const QString &id) const
{
    const std::uint32_t r = m_teams.find(keyHash(org, id), sameKey(teams, org, id));
    return r == RowIndex::npos ? nullptr : &teams.at(r);
}

const Team *Directory::teamByName(const QString &org, const QString &name) const
{
    const auto it = m_teamNames.constFind(key(org, name.toCaseFolded()));
    return it == m_teamNames.cend() ? nullptr : &teams.at(*it);
}

const Responsibility *Directory::responsibility(const QString &org, const QString &id) const
{
    const std::uint32_t r =
        m_responsibilities.find(keyHash(org, id), sameKey(responsibilities, org, id));
    return r == RowIndex::npos ? nullptr : &responsibilities.at(r);
}

QList<const Person *> Directory::reportsOf(const Person &manager) const
{
    QList<const Person *> out;
    const std::uint32_t g =
        m_reportGroups.find(keyHash(manager.org, manager.id), [&](std::uint32_t group) {
            const Person &first = people.at(m_reportFirst[group]);
            return first.managerId == manager.id && first.org == manager.org;
        });
    if (g == RowIndex::npos)
        return out;
    out.reserve(m_reportOffsets[g + 1] - m_reportOffsets[g]);
    for (std::uint32_t i = m_reportOffsets[g]; i < m_reportOffsets[g + 1]; ++i)
        out.append(&people.at(m_reportRows[i]));
    return out;
}

std::size_t Directory::indexMemoryBytes() const
{
    return m_people.memoryBytes() + m_teams.memoryBytes() + m_responsibilities.memoryBytes() +
           m_reportGroups.memoryBytes() +
           (m_reportFirst.capacity() + m_reportOffsets.capacity() + m_reportRows.capacity()) *
               sizeof(std::uint32_t);
}

} // namespace whoowns
