#pragma once

#include <QStyledItemDelegate>

namespace whoowns::ui {

// Paints one result in two lines: a kind badge (with text) and the title with the matched
// characters in bold and underlined; below, the subtitle and the availability (symbol and
// words). Colours come from the palette only, so light and dark themes both work.
class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace whoowns::ui
