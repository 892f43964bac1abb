#pragma once

#include "model/directory.h"

#include <QThreadPool>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTreeView;

namespace whoowns::ui {

class DirectorySession;
class OrgTreeModel;
struct OrgTree;

// Departments and teams as a tree with their people; for the selected person their chain of
// command to the top and their direct reports. Any person opens in the answer card.
class OrgBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit OrgBrowser(DirectorySession &session, QWidget *parent = nullptr);
    ~OrgBrowser() override;

    void showPerson(const QString &org, const QString &id);
    void showTeam(const QString &org, const QString &id);
    QString currentPersonId() const { return m_personId; }
    QStringList chainOfCommand() const; // names, top first (tests)
    QStringList directReports() const;  // names (tests)
    bool isBuilding() const { return m_building; }

signals:
    void answerRequested(const QString &org, const QString &personId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild(); // builds the tree off the GUI thread, then installs it
    void install(quint64 generation, std::shared_ptr<const Directory> directory,
                 std::shared_ptr<const OrgTree> tree);
    void onCurrentChanged();
    void fillPerson(const Person &person);
    void openListItem(QListWidgetItem *item);

    DirectorySession &m_session;
    std::shared_ptr<const Directory> m_shown; // the snapshot the tree was built from
    QTreeView *m_tree = nullptr;
    OrgTreeModel *m_model = nullptr;
    std::shared_ptr<const Directory> m_buildingFor;
    bool m_building = false;
    quint64 m_generation = 0;
    QThreadPool m_pool;
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
