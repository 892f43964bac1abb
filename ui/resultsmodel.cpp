#include "resultsmodel.h"

#include <QPoint>

namespace whoowns::ui {

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.title;
    case Qt::ToolTipRole:
        return r.why.join(QLatin1Char('\n'));
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2, %3").arg(kindName(r.kind), r.title, r.subtitle);
    case KindRole:
        return int(r.kind);
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
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(SubtitleRole, "subtitle");
    names.insert(ScoreRole, "score");
    names.insert(WhyRole, "why");
    names.insert(MatchRangesRole, "matchRanges");
    names.insert(AwayRole, "away");
    names.insert(OrgRole, "org");
    return names;
}

void ResultsModel::setResults(const QList<SearchResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const SearchResult *ResultsModel::resultAt(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

} // namespace whoowns::ui
