#include "editor/responsibilityeditor.h"

#include "editor/responsibilitychange.h"
#include "editor/responsibilityform.h"
#include "session/directorysession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace whoowns::ui {

ResponsibilityEditor::ResponsibilityEditor(DirectorySession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("responsibilityEditor"));
    setWindowTitle(tr("Responsibilities"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("topicFilter"));
    m_filter->setAccessibleName(tr("Filter topics"));
    m_filter->setPlaceholderText(tr("Filter topics"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("topicList"));
    m_list->setAccessibleName(tr("Topics"));
    auto *newButton = new QPushButton(tr("&New topic"), left);
    newButton->setObjectName(QStringLiteral("newTopicButton"));
    newButton->setAccessibleName(tr("New topic"));
    m_delete = new QPushButton(tr("De&lete topic"), left);
    m_delete->setObjectName(QStringLiteral("deleteTopicButton"));
    m_delete->setAccessibleName(tr("Delete topic"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_delete);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new ResponsibilityForm(right);
    m_problems = new QLabel(right);
    m_problems->setObjectName(QStringLiteral("topicProblems"));
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems"));
    rightLayout->addWidget(m_form, 1);
    rightLayout->addWidget(m_problems);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveTopicButton"));
    box->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save topic"));
    layout->addWidget(box);

    connect(box->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ResponsibilityEditor::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, [this] { startNew(); });
    connect(m_delete, &QPushButton::clicked, this, &ResponsibilityEditor::removeCurrent);
    connect(m_filter, &QLineEdit::textChanged, this, &ResponsibilityEditor::fillList);
    connect(m_list, &QListWidget::currentRowChanged, this,
            &ResponsibilityEditor::onCurrentRowChanged);
    connect(&session, &DirectorySession::snapshotChanged, this, [this] {
        m_directory = m_session.directory();
        m_form->setDirectory(m_directory);
        fillList();
    });
    m_directory = session.directory();
    m_form->setDirectory(m_directory);
    fillList();
    resize(900, 600);
}

void ResponsibilityEditor::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_directory)
        return;
    const QString filter = m_filter->text().trimmed();
    int select = -1;
    for (const Responsibility &r : m_directory->responsibilities) {
        if (!filter.isEmpty() && !r.topic.contains(filter, Qt::CaseInsensitive) &&
            !r.id.contains(filter, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(r.topic, m_list);
        item->setData(Qt::UserRole, r.org);
        item->setData(Qt::UserRole + 1, r.id);
        if (r.org == m_currentOrg && r.id == m_currentId)
            select = m_list->count() - 1;
    }
    if (select >= 0)
        m_list->setCurrentRow(select);
}

void ResponsibilityEditor::onCurrentRowChanged(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || !m_directory)
        return;
    select(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
}

void ResponsibilityEditor::select(const QString &org, const QString &id)
{
    const Responsibility *r = m_directory ? m_directory->responsibility(org, id) : nullptr;
    if (!r)
        return;
    m_isNew = false;
    m_confirmDelete = false;
    m_delete->setText(tr("De&lete topic"));
    m_delete->setEnabled(true);
    m_currentOrg = org;
    m_currentId = id;
    m_form->load(*r, false);
    m_problems->clear();
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole + 1).toString() == id &&
            m_list->item(row)->data(Qt::UserRole).toString() == org)
            m_list->setCurrentRow(row);
}

void ResponsibilityEditor::startNew(const QString &keywordHint)
{
    Responsibility r;
    int n = m_directory ? int(m_directory->responsibilities.size()) + 1 : 1;
    do
        r.id = QStringLiteral("R-%1").arg(n++, 4, 10, QLatin1Char('0'));
    while (m_directory && m_directory->responsibility(r.org, r.id));
    if (!keywordHint.isEmpty())
        r.keywords = {keywordHint};
    m_isNew = true;
    m_currentOrg.clear();
    m_currentId.clear();
    m_list->clearSelection();
    m_delete->setEnabled(false);
    m_form->load(r, true);
    m_problems->setText(tr("New topic: fill in the topic and who owns it, then save."));
    m_form->topicField()->setFocus();
}

bool ResponsibilityEditor::save()
{
    if (!m_directory)
        return false;
    QStringList problems;
    const Responsibility r = m_form->read(&problems);
    problems += validateResponsibility(*m_directory, r, m_isNew);
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Not saved:") + QLatin1Char(' ') + problems.join(QLatin1Char(' ')));
        return false;
    }
    QString problem;
    if (!saveResponsibility(m_session.store(), r, m_isNew, &problem)) {
        m_problems->setText(tr("Not saved: %1").arg(problem));
        return false;
    }
    m_isNew = false;
    m_currentOrg = r.org;
    m_currentId = r.id;
    m_problems->setText(tr("Saved “%1”.").arg(r.topic));
    emit message(tr("Saved the topic “%1”").arg(r.topic));
    m_session.reload(); // our own write: data_version only notices other connections
    return true;
}

bool ResponsibilityEditor::removeCurrent()
{
    const Responsibility *r =
        m_directory ? m_directory->responsibility(m_currentOrg, m_currentId) : nullptr;
    if (!r)
        return false;
    if (!m_confirmDelete) { // two presses, no blocking confirmation dialog
        m_confirmDelete = true;
        m_delete->setText(tr("Press again to de&lete"));
        return false;
    }
    const Responsibility copy = *r;
    QString problem;
    if (!deleteResponsibility(m_session.store(), copy, &problem)) {
        m_problems->setText(tr("Not deleted: %1").arg(problem));
        return false;
    }
    m_currentId.clear();
    m_confirmDelete = false;
    m_delete->setText(tr("De&lete topic"));
    emit message(tr("Deleted the topic “%1”").arg(copy.topic));
    m_session.reload();
    return true;
}

QString ResponsibilityEditor::problemText() const
{
    return m_problems->text();
}

} // namespace whoowns::ui
