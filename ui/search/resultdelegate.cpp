#include "search/resultdelegate.h"

#include "search/resultsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace whoowns::ui {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 8;

QFont smallerFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.88 : 9.0);
    return f;
}

QList<QTextLayout::FormatRange> matchFormats(const QVariantList &ranges)
{
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &v : ranges) {
        const QPoint p = v.toPoint();
        QTextLayout::FormatRange f;
        f.start = p.x();
        f.length = p.y();
        f.format.setFontWeight(QFont::Bold);
        f.format.setFontUnderline(true);
        formats.append(f);
    }
    return formats;
}

} // namespace

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : pal.color(QPalette::PlaceholderText);
    const QRect r = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QFontMetrics fm(opt.font);
    const QFont small = smallerFont(opt.font);
    const QFontMetrics sfm(small);

    painter->save();
    // Badge: the kind in words inside an outline.
    const QString badge = index.data(ResultsModel::KindTextRole).toString();
    const int badgeWidth = sfm.horizontalAdvance(badge) + 10;
    const QRect badgeRect(r.left(), r.top() + (fm.height() - sfm.height()) / 2, badgeWidth,
                          sfm.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(dim);
    painter->setBrush(selected ? Qt::NoBrush : pal.brush(QPalette::AlternateBase));
    painter->drawRoundedRect(badgeRect, 4, 4);
    painter->setFont(small);
    painter->setPen(text);
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    // Title with the matched characters emphasised.
    const int titleLeft = badgeRect.right() + kGap;
    const QString title = fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                        r.right() - titleLeft);
    QTextLayout layout(title, opt.font);
    layout.setFormats(matchFormats(index.data(ResultsModel::MatchRangesRole).toList()));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(r.right() - titleLeft);
    layout.endLayout();
    painter->setPen(text);
    layout.draw(painter, QPointF(titleLeft, r.top()));

    // Second line: who/what it is, and availability as symbol plus words.
    const QString availability = index.data(ResultsModel::AvailabilityTextRole).toString();
    const int availWidth = sfm.horizontalAdvance(availability);
    const QRect second(titleLeft, r.top() + fm.height() + 2, r.right() - titleLeft, sfm.height());
    painter->setFont(small);
    painter->setPen(text);
    painter->drawText(second, Qt::AlignRight | Qt::AlignVCenter, availability);
    painter->setPen(dim);
    const QString subtitle = sfm.elidedText(index.data(ResultsModel::SubtitleRole).toString(),
                                            Qt::ElideRight, second.width() - availWidth - kGap);
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(smallerFont(option.font));
    return {fm.horizontalAdvance(QLatin1Char('x')) * 40, fm.height() + sfm.height() + 2 + kMargin};
}

} // namespace whoowns::ui
