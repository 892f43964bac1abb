#include "org/orgbrowser.h"

#include "org/orgtree.h"
#include "session/directorysession.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMetaObject>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace whoowns::ui {

using ItemKind = OrgTree::Kind;

OrgBrowser::OrgBrowser(DirectorySession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("orgBrowser"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("orgTree"));
    m_tree->setAccessibleName(tr("Departments, teams and people"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->hide();
    m_model = new OrgTreeModel(this);
    m_tree->setModel(m_model);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("orgDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *chainLabel = new QLabel(tr("&Chain of command (top first)"), side);
    m_chain = new QListWidget(side);
    m_chain->setObjectName(QStringLiteral("chainOfCommand"));
    m_chain->setAccessibleName(tr("Chain of command"));
    chainLabel->setBuddy(m_chain);
    auto *reportsLabel = new QLabel(tr("&Direct reports"), side);
    m_reports = new QListWidget(side);
    m_reports->setObjectName(QStringLiteral("directReports"));
    m_reports->setAccessibleName(tr("Direct reports"));
    reportsLabel->setBuddy(m_reports);
    m_open = new QPushButton(tr("Open &answer card"), side);
    m_open->setObjectName(QStringLiteral("openAnswerButton"));
    m_open->setAccessibleName(tr("Open answer card"));
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(chainLabel);
    sideLayout->addWidget(m_chain, 1);
    sideLayout->addWidget(reportsLabel);
    sideLayout->addWidget(m_reports, 2);
    sideLayout->addWidget(m_open, 0, Qt::AlignLeft);
    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);
    setTabOrder(m_tree, m_chain);
    setTabOrder(m_chain, m_reports);
    setTabOrder(m_reports, m_open);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrgBrowser::onCurrentChanged);
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (!m_personId.isEmpty())
            emit answerRequested(m_org, m_personId);
    });
    connect(m_chain, &QListWidget::itemActivated, this, &OrgBrowser::openListItem);
    connect(m_reports, &QListWidget::itemActivated, this, &OrgBrowser::openListItem);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_personId.isEmpty())
            emit answerRequested(m_org, m_personId);
    });
    connect(&session, &DirectorySession::snapshotChanged, this, [this] {
        if (isVisible())
            rebuild();
    });
    m_open->setEnabled(false);
    m_pool.setMaxThreadCount(1);
}

OrgBrowser::~OrgBrowser()
{
    ++m_generation;
    m_pool.waitForDone(); // the task posts to this object: it must outlive it
}

void OrgBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shown != m_session.directory() && m_buildingFor != m_session.directory())
        rebuild(); // built lazily: a large directory costs nothing until the page is opened
}

void OrgBrowser::rebuild()
{
    auto directory = m_session.directory();
    if (!directory)
        return;
    // A large directory takes a while to lay out: do it off the GUI thread.
    const quint64 generation = ++m_generation;
    m_building = true;
    m_buildingFor = directory;
    m_pool.start([this, generation, directory]() {
        auto tree = OrgTree::build(*directory);
        QMetaObject::invokeMethod(
            this, [this, generation, directory, tree]() { install(generation, directory, tree); },
            Qt::QueuedConnection);
    });
}

void OrgBrowser::install(quint64 generation, std::shared_ptr<const Directory> directory,
                         std::shared_ptr<const OrgTree> tree)
{
    if (generation != m_generation)
        return;
    m_building = false;
    m_buildingFor.reset();
    m_shown = std::move(directory);
    m_model->setTree(std::move(tree));
    if (!m_pendingPerson.isEmpty())
        showPerson(m_org, m_pendingPerson);
    else if (!m_pendingTeam.isEmpty())
        showTeam(m_org, m_pendingTeam);
}

void OrgBrowser::showPerson(const QString &org, const QString &id)
{
    m_org = org;
    const int node = m_model->tree() && !m_building
                         ? m_model->tree()->people.value(OrgTree::key(org, id), -1)
                         : -1;
    m_pendingPerson = node >= 0 ? QString() : id;
    m_pendingTeam.clear();
    if (node < 0)
        return;
    const QModelIndex index = m_model->indexOfNode(node);
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void OrgBrowser::showTeam(const QString &org, const QString &id)
{
    m_org = org;
    const int node = m_model->tree() && !m_building
                         ? m_model->tree()->teams.value(OrgTree::key(org, id), -1)
                         : -1;
    m_pendingTeam = node >= 0 ? QString() : id;
    m_pendingPerson.clear();
    if (node < 0)
        return;
    const QModelIndex index = m_model->indexOfNode(node);
    m_tree->expand(index);
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void OrgBrowser::onCurrentChanged()
{
    const QModelIndex index = m_tree->currentIndex();
    m_chain->clear();
    m_reports->clear();
    m_personId.clear();
    m_open->setEnabled(false);
    if (!m_shown || !index.isValid()) {
        m_details->clear();
        return;
    }
    const auto kind = ItemKind(index.data(OrgTreeModel::KindRole).toInt());
    const QString org = index.data(OrgTreeModel::OrgRole).toString();
    const QString id = index.data(OrgTreeModel::IdRole).toString();
    if (kind == ItemKind::Person) {
        if (const Person *p = m_shown->person(org, id))
            fillPerson(*p);
        return;
    }
    if (kind == ItemKind::Team) {
        if (const Team *t = m_shown->team(org, id)) {
            const Person *lead = m_shown->person(t->org, t->leadId);
            m_details->setText(tr("<b>%1</b><br>%2<br>Lead: %3<br>%4")
                                   .arg(t->name.toHtmlEscaped(), t->department.toHtmlEscaped(),
                                        lead ? lead->displayName().toHtmlEscaped() : tr("unknown"),
                                        t->phone.toHtmlEscaped()));
        }
        return;
    }
    m_details->setText(QStringLiteral("<b>%1</b>").arg(index.data().toString().toHtmlEscaped()));
}

void OrgBrowser::fillPerson(const Person &p)
{
    m_org = p.org;
    m_personId = p.id;
    m_open->setEnabled(true);
    m_details->setText(
        QStringLiteral("<b>%1</b><br>%2<br>%3<br>%4")
            .arg(p.displayName().toHtmlEscaped(), p.title.toString().toHtmlEscaped(),
                 (p.team.isEmpty() ? p.department : p.team).toString().toHtmlEscaped(),
                 p.phone.toString().toHtmlEscaped()));
    // Walk up; a loop in bad data must not hang the window.
    QList<const Person *> chain;
    QSet<QString> seen{p.id};
    for (const Person *m = m_shown->person(p.org, p.managerId); m && !seen.contains(m->id);
         m = m_shown->person(m->org, m->managerId)) {
        seen.insert(m->id);
        chain.prepend(m);
    }
    auto add = [](QListWidget *list, const Person *person) {
        auto *item = new QListWidgetItem(
            person->displayName() + QStringLiteral(" — ") + person->title, list);
        item->setData(Qt::UserRole, person->id.toString());
    };
    for (const Person *m : chain)
        add(m_chain, m);
    for (const Person *r : m_shown->reportsOf(p))
        if (r->status != PersonStatus::Left)
            add(m_reports, r);
}

void OrgBrowser::openListItem(QListWidgetItem *item)
{
    showPerson(m_org, item->data(Qt::UserRole).toString());
}

QStringList OrgBrowser::chainOfCommand() const
{
    QStringList out;
    for (int i = 0; i < m_chain->count(); ++i)
        out.append(m_chain->item(i)->text());
    return out;
}

QStringList OrgBrowser::directReports() const
{
    QStringList out;
    for (int i = 0; i < m_reports->count(); ++i)
        out.append(m_reports->item(i)->text());
    return out;
}

} // namespace whoowns::ui
