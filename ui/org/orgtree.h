#pragma once

#include "model/directory.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace whoowns::ui {

// Departments, teams (nested under their parent team) and people as plain nodes, built from a
// snapshot off the GUI thread; OrgTreeModel shows it without copying.
struct OrgTree
{
    enum class Kind { Department, Team, Person };
    struct Node
    {
        Kind kind;
        QString org;
        QString id;
        QString label;
        int parent = -1; // index into nodes, -1 for the top level
        int row = 0;     // position among its siblings
        QList<int> children;
    };
    QList<Node> nodes;
    QList<int> roots;
    QHash<QString, int> people; // org + 0x1f + id -> node
    QHash<QString, int> teams;

    static std::shared_ptr<const OrgTree> build(const Directory &directory);
    static QString key(const QString &org, const QString &id) { return org + QChar(0x1f) + id; }
};

class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, OrgRole, IdRole };

    using QAbstractItemModel::QAbstractItemModel;

    void setTree(std::shared_ptr<const OrgTree> tree);
    const OrgTree *tree() const { return m_tree.get(); }
    QModelIndex indexOfNode(int node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    std::shared_ptr<const OrgTree> m_tree;
};

} // namespace whoowns::ui
