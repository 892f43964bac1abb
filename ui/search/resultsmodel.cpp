#include "search/resultsmodel.h"

#include <QPoint>

namespace whoowns::ui {

QString ResultsModel::kindText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Responsibility:
        return tr("Topic");
    case EntityKind::Person:
        return tr("Person");
    case EntityKind::Team:
        return tr("Team");
    }
    return {};
}

QString ResultsModel::availabilityText(const ResultRow &row)
{
    // A symbol and words: availability must not depend on colour alone.
    if (row.redirectName.isEmpty())
        return tr("? no contact");
    if (!row.reachable)
        return tr("○ away");
    if (row.viaStandIn)
        return tr("◐ via %1").arg(row.redirectName);
    return tr("● available");
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultRow &row = m_rows.at(index.row());
    const SearchResult &r = row.result;
    switch (role) {
    case Qt::DisplayRole:
        return r.title;
    case Qt::ToolTipRole:
        return r.why.join(QLatin1Char('\n'));
    case Qt::AccessibleTextRole:
        return tr("%1: %2, %3, %4")
            .arg(kindText(r.kind), r.title, r.subtitle, availabilityText(row));
    case KindRole:
        return int(r.kind);
    case KindTextRole:
        return kindText(r.kind);
    case IdRole:
        return r.id;
    case OrgRole:
        return r.org;
    case SubtitleRole:
        return r.subtitle;
    case ScoreRole:
        return r.score;
    case WhyRole:
        return r.why;
    case MatchRangesRole: {
        QVariantList ranges;
        for (const MatchRange &m : r.titleMatches)
            ranges.append(QPoint(m.start, m.length));
        return ranges;
    }
    case AwayRole:
        return r.away;
    case ReachableRole:
        return row.reachable;
    case AvailabilityTextRole:
        return availabilityText(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindTextRole, "kindText");
    names.insert(IdRole, "id");
    names.insert(OrgRole, "org");
    names.insert(SubtitleRole, "subtitle");
    names.insert(ScoreRole, "score");
    names.insert(WhyRole, "why");
    names.insert(MatchRangesRole, "matchRanges");
    names.insert(AwayRole, "away");
    names.insert(ReachableRole, "reachable");
    names.insert(AvailabilityTextRole, "availability");
    return names;
}

void ResultsModel::setRows(const QList<ResultRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const ResultRow *ResultsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const SearchResult *ResultsModel::resultAt(int row) const
{
    const ResultRow *r = rowAt(row);
    return r ? &r->result : nullptr;
}

} // namespace whoowns::ui
