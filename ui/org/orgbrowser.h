#pragma once

#include "model/directory.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace whoowns::ui {

class DirectorySession;

// Departments and teams as a tree with their people; for the selected person their chain of
// command to the top and their direct reports. Any person opens in the answer card.
class OrgBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit OrgBrowser(DirectorySession &session, QWidget *parent = nullptr);

    void showPerson(const QString &org, const QString &id);
    void showTeam(const QString &org, const QString &id);
    QString currentPersonId() const { return m_personId; }
    QStringList chainOfCommand() const; // names, top first (tests)
    QStringList directReports() const;  // names (tests)

signals:
    void answerRequested(const QString &org, const QString &personId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void onCurrentChanged();
    void fillPerson(const Person &person);
    void openListItem(QListWidgetItem *item);

    DirectorySession &m_session;
    std::shared_ptr<const Directory> m_shown; // the snapshot the tree was built from
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QHash<QString, QStandardItem *> m_personItems; // org + id -> item
    QHash<QString, QStandardItem *> m_teamItems;
    QLabel *m_details = nullptr;
    QListWidget *m_chain = nullptr;
    QListWidget *m_reports = nullptr;
    QPushButton *m_open = nullptr;
    QString m_org;
    QString m_personId;
    QString m_pendingPerson; // shown once the tree is built
    QString m_pendingTeam;
};

} // namespace whoowns::ui
