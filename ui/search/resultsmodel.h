#pragma once

#include "search/resultrow.h"

#include <QAbstractListModel>

namespace whoowns::ui {

// The ranked results of the current query, flat, one row per result.
class ResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(EntityKind)
        KindTextRole,                // "Topic", "Person", "Team" (translated)
        IdRole,
        OrgRole,
        SubtitleRole,
        ScoreRole,
        WhyRole,
        MatchRangesRole, // QVariantList of QPoint(start, length) in the title
        AwayRole,
        ReachableRole,
        AvailabilityTextRole, // symbol and words, never colour alone
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<ResultRow> &rows);
    const ResultRow *rowAt(int row) const;
    const SearchResult *resultAt(int row) const;

    static QString kindText(EntityKind kind);
    static QString availabilityText(const ResultRow &row);

private:
    QList<ResultRow> m_rows;
};

} // namespace whoowns::ui
