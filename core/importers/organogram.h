#pragma once

#include "importers/personbuilder.h"

#include <QHash>

namespace whoowns {

// The UK government organogram (formats.md): a senior file has one row per senior post
// ("Post Unique Reference", "Reports to Senior Post" = XX at the top); a junior file has counts
// of junior posts by grade and title, each group reporting to a senior post.
enum class OrganogramKind { None, Senior, Junior };
OrganogramKind organogramKind(const QStringList &headers);

// Reads organogram-specific columns of one row of a table whose header is given.
class OrganogramRows
{
public:
    OrganogramRows(OrganogramKind kind, const QStringList &headers);

    OrganogramKind kind() const { return m_kind; }
    // The organisation the posts belong to (Organisation, else Parent Department): the
    // namespace of their ids, so two organograms may both have a post 1.
    QString organisation(const QStringList &cells) const;

    // Senior: fills the fields that the generic mapping does not know (department from the
    // organisation, "XX" as no manager).
    void completeSenior(const QStringList &cells, FieldValues &values) const;

    // Junior: groups of posts, added up per senior post, unit, grade, title and profession.
    void addJunior(const QStringList &cells, qint64 line);
    QList<PersonRow> juniorRows() const;

private:
    QString cell(const QStringList &cells, int column) const;
    OrganogramKind m_kind;
    int m_org = -1, m_parent = -1, m_unit = -1, m_reportsTo = -1, m_grade = -1, m_title = -1,
        m_fte = -1, m_profession = -1;
    struct Group
    {
        PersonRow row;
        double posts = 0;
        QString profession;
        QString grade;
    };
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_groupOf;
};

// Job shares: a senior post listed once per holder. The second holder of a post gets the id
// "POST#2" (with a warning) so that neither is lost; exact repeats are left to the importer.
void separateJobShares(QList<PersonRow> &rows, ImportReport &report);

} // namespace whoowns
