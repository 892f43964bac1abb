#include "org/orgtree.h"

#include <QCoreApplication>

namespace whoowns::ui {

namespace {

struct OrgText
{
    Q_DECLARE_TR_FUNCTIONS(whoowns::ui::OrgBrowser)
};

} // namespace

std::shared_ptr<const OrgTree> OrgTree::build(const Directory &d)
{
    auto tree = std::make_shared<OrgTree>();
    QHash<QString, int> departments;
    auto add = [&](Kind kind, const QString &org, const QString &id, const QString &label) {
        tree->nodes.append({kind, org, id, label, -1, 0, {}});
        return int(tree->nodes.size()) - 1;
    };
    auto attach = [&](int node, int parent) {
        OrgTree::Node &n = tree->nodes[node];
        n.parent = parent;
        QList<int> &siblings = parent < 0 ? tree->roots : tree->nodes[parent].children;
        n.row = int(siblings.size());
        siblings.append(node);
    };
    auto department = [&](const QString &org, const QString &name) {
        const QString label = name.isEmpty() ? OrgText::tr("(no department)") : name;
        const QString k = key(org, label);
        auto it = departments.constFind(k);
        if (it != departments.cend())
            return *it;
        const int node = add(Kind::Department, org, name, label);
        attach(node, -1);
        departments.insert(k, node);
        return node;
    };
    QHash<QString, int> teamsByName;
    for (const Team &t : d.teams) {
        const int node = add(Kind::Team, t.org, t.id, t.name);
        tree->teams.insert(key(t.org, t.id), node);
        teamsByName.insert(key(t.org, t.name.toCaseFolded()), node);
    }
    // Teams nest under their parent team when it is known, else under their department.
    for (const Team &t : d.teams) {
        const int node = tree->teams.value(key(t.org, t.id));
        const int parent = t.parentId.isEmpty() || t.parentId == t.id
                               ? -1
                               : tree->teams.value(key(t.org, t.parentId), -1);
        attach(node, parent >= 0 ? parent : department(t.org, t.department));
    }
    for (const Person &p : d.people) {
        if (p.status == PersonStatus::Left)
            continue;
        QString label = p.displayName();
        if (!p.title.isEmpty())
            label += QStringLiteral(" — ") + p.title;
        if (p.status == PersonStatus::OnLeave)
            label += QLatin1Char(' ') + OrgText::tr("(on leave)");
        const int node = add(Kind::Person, p.org, p.id, label);
        tree->people.insert(key(p.org, p.id), node);
        const int team = teamsByName.value(key(p.org, p.team.toString().toCaseFolded()), -1);
        attach(node, team >= 0 ? team : department(p.org, p.department));
    }
    return tree;
}

void OrgTreeModel::setTree(std::shared_ptr<const OrgTree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

QModelIndex OrgTreeModel::indexOfNode(int node) const
{
    if (!m_tree || node < 0 || node >= m_tree->nodes.size())
        return {};
    return createIndex(m_tree->nodes.at(node).row, 0, quintptr(node));
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || column != 0 || row < 0)
        return {};
    const QList<int> &children =
        parent.isValid() ? m_tree->nodes.at(int(parent.internalId())).children : m_tree->roots;
    return row < children.size() ? createIndex(row, 0, quintptr(children.at(row))) : QModelIndex();
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid())
        return {};
    return indexOfNode(m_tree->nodes.at(int(child.internalId())).parent);
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree)
        return 0;
    if (!parent.isValid())
        return int(m_tree->roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_tree->nodes.at(int(parent.internalId())).children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_tree || !index.isValid())
        return {};
    const OrgTree::Node &n = m_tree->nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return n.label;
    case KindRole:
        return int(n.kind);
    case OrgRole:
        return n.org;
    case IdRole:
        return n.id;
    default:
        return {};
    }
}

} // namespace whoowns::ui
