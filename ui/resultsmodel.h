#pragma once

#include "search/searchresult.h"

#include <QAbstractListModel>

namespace whoowns::ui {

// The ranked results of the current query, flat, one row per result.
class ResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        SubtitleRole,
        ScoreRole,
        WhyRole,
        MatchRangesRole, // QList<QPoint>(start, length) in the title
        AwayRole,
        OrgRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setResults(const QList<SearchResult> &results);
    const SearchResult *resultAt(int row) const;

private:
    QList<SearchResult> m_results;
};

} // namespace whoowns::ui
