#include "search/searchfield.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>

namespace whoowns::ui {

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(
        tr("Who owns this? Type the customer's words, a name or a number  (Ctrl+K)"));
    setAccessibleName(tr("Search"));
    setAccessibleDescription(
        tr("Results update as you type. Up and Down choose a result, Enter copies its number."));
    setClearButtonEnabled(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    setFont(f);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (m_target && m_target->model() && m_target->model()->rowCount() > 0) {
            // The view moves its current index exactly as if it had focus.
            QKeyEvent copy(event->type(), event->key(), event->modifiers());
            QApplication::sendEvent(m_target, &copy);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit activated();
        event->accept();
        return;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace whoowns::ui
