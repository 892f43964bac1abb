#pragma once

#include <QLineEdit>

class QAbstractItemView;

namespace whoowns::ui {

// The one search field. Up/Down/PageUp/PageDown move through the results while typing goes
// on here; Enter acts on the selected result; Esc clears (a second Esc is left to the window).
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);

    // The list whose current row the navigation keys move.
    void setNavigationTarget(QAbstractItemView *view) { m_target = view; }

signals:
    void activated(); // Enter

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QAbstractItemView *m_target = nullptr;
};

} // namespace whoowns::ui
