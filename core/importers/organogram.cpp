#include "importers/organogram.h"

#include <QCryptographicHash>

namespace whoowns {

namespace {

int columnOf(const QStringList &headers, const char *key)
{
    for (int c = 0; c < headers.size(); ++c)
        if (headerKey(headers.at(c)) == QLatin1String(key))
            return c;
    return -1;
}

} // namespace

OrganogramKind organogramKind(const QStringList &headers)
{
    if (columnOf(headers, "postuniquereference") >= 0 &&
        columnOf(headers, "reportstoseniorpost") >= 0)
        return OrganogramKind::Senior;
    if (columnOf(headers, "reportingseniorpost") >= 0 &&
        (columnOf(headers, "numberofpostsinfte") >= 0 || columnOf(headers, "genericjobtitle") >= 0))
        return OrganogramKind::Junior;
    return OrganogramKind::None;
}

OrganogramRows::OrganogramRows(OrganogramKind kind, const QStringList &headers) : m_kind(kind)
{
    m_org = columnOf(headers, "organisation");
    m_parent = columnOf(headers, "parentdepartment");
    m_unit = columnOf(headers, "unit");
    m_reportsTo = columnOf(headers, kind == OrganogramKind::Junior ? "reportingseniorpost"
                                                                   : "reportstoseniorpost");
    m_grade = columnOf(headers, kind == OrganogramKind::Junior ? "grade" : "gradeorequivalent");
    m_title = columnOf(headers, "genericjobtitle");
    m_fte = columnOf(headers, "numberofpostsinfte");
    m_profession = columnOf(headers, "professionaloccupationalgroup");
}

QString OrganogramRows::cell(const QStringList &cells, int column) const
{
    if (column < 0 || column >= cells.size())
        return QString();
    const QString v = cells.at(column).trimmed();
    return isPlaceholder(v) ? QString() : v;
}

QString OrganogramRows::organisation(const QStringList &cells) const
{
    const QString org = cell(cells, m_org);
    return org.isEmpty() ? cell(cells, m_parent) : org;
}

void OrganogramRows::completeSenior(const QStringList &cells, FieldValues &v) const
{
    if (v[ImportField::Department].isEmpty())
        v[ImportField::Department] = organisation(cells);
    const QString top = v[ImportField::Manager].trimmed();
    // The top post reports to "XX"; some files write "xx", "N/A" or "0" for the same thing.
    if (top.compare(QLatin1String("XX"), Qt::CaseInsensitive) == 0)
        v[ImportField::Manager].clear();
}

void OrganogramRows::addJunior(const QStringList &cells, qint64 line)
{
    const QString seniorPost = cell(cells, m_reportsTo);
    const QString unit = cell(cells, m_unit);
    const QString grade = cell(cells, m_grade);
    const QString title = cell(cells, m_title);
    const QString profession = cell(cells, m_profession);
    const QString key = QStringList{seniorPost, unit, grade, title, profession}.join(QChar(0x1f));
    bool isNumber = false;
    const double posts = cell(cells, m_fte).toDouble(&isNumber);
    const auto it = m_groupOf.constFind(key);
    if (it != m_groupOf.cend()) {
        m_groups[*it].posts += isNumber ? posts : 0;
        return;
    }
    Group g;
    g.row.line = line;
    Person &p = g.row.person;
    // A stable id from what identifies the group, so that a re-import updates it.
    p.id = QStringLiteral("junior-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    p.name = title.isEmpty() ? QStringLiteral("Junior posts") : title;
    p.title = grade.isEmpty() ? p.name : Text(QStringLiteral("%1 (%2)").arg(p.name, grade));
    p.department = organisation(cells);
    p.team = unit;
    p.managerId = seniorPost;
    g.posts = isNumber ? posts : 0;
    g.profession = profession;
    g.grade = grade;
    m_groupOf.insert(key, m_groups.size());
    m_groups.append(std::move(g));
}

QList<PersonRow> OrganogramRows::juniorRows() const
{
    QList<PersonRow> out;
    out.reserve(m_groups.size());
    for (const Group &g : m_groups) {
        PersonRow row = g.row;
        QString what = QStringLiteral("%1 junior post(s) in FTE").arg(g.posts);
        if (!g.profession.isEmpty())
            what += QStringLiteral("; %1").arg(g.profession);
        if (!row.person.team.isEmpty())
            what += QStringLiteral("; %1").arg(row.person.team);
        row.person.function = what;
        out.append(std::move(row));
    }
    return out;
}

void separateJobShares(QList<PersonRow> &rows, ImportReport &report)
{
    QHash<QString, QList<qsizetype>> holders;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        PersonRow &row = rows[i];
        const QList<qsizetype> earlier = holders.value(row.person.id);
        bool repeat = false;
        for (qsizetype j : earlier)
            if (rows.at(j).person == row.person)
                repeat = true;
        if (!earlier.isEmpty() && !repeat) {
            const QString base = row.person.id;
            QString id;
            for (int n = int(earlier.size()) + 1;; ++n) {
                id = QStringLiteral("%1#%2").arg(base).arg(n);
                if (!holders.contains(id))
                    break;
            }
            report.warning(row.line, QStringLiteral("post %1 is listed more than once with "
                                                    "different holders (a job share?); this "
                                                    "row is imported as %2")
                                         .arg(base, id));
            holders[base].append(i);
            row.person.id = id;
            holders[id].append(i);
            continue;
        }
        holders[row.person.id].append(i);
    }
}

} // namespace whoowns
