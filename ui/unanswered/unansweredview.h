#pragma once

#include <QWidget>

class QStandardItemModel;
class QTableView;
class QPushButton;

namespace whoowns::ui {

class DirectorySession;

// The questions reps logged because nothing matched, most asked first, so whoever maintains
// the responsibility map can add the missing topic or keyword (or dismiss the entry).
class UnansweredView : public QWidget
{
    Q_OBJECT
public:
    explicit UnansweredView(DirectorySession &session, QWidget *parent = nullptr);

    void refresh();
    int rowCount() const;
    QString queryAt(int row) const;
    int countAt(int row) const;

signals:
    void addTopicRequested(const QString &query);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString currentQuery() const;

    DirectorySession &m_session;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_addTopic = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace whoowns::ui
