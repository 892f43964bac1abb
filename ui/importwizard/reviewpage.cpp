#include "importwizard/reviewpage.h"

#include "importwizard/importplan.h"
#include "importwizard/importrunner.h"
#include "session/directorysession.h"

#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace whoowns::ui {

ImportReviewPage::ImportReviewPage(DirectorySession &session, ImportPlan &plan, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_plan(plan)
{
    setObjectName(QStringLiteral("importReviewPage"));
    setTitle(tr("Check the changes"));
    setSubTitle(tr("Nothing has been written yet. Commit applies all of it in one step; it can "
                   "be undone afterwards."));
    setButtonText(QWizard::FinishButton, tr("&Commit import"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    auto *messagesLabel = new QLabel(tr("&Errors and warnings"), this);
    m_messages = new QListWidget(this);
    m_messages->setObjectName(QStringLiteral("importMessages"));
    m_messages->setAccessibleName(tr("Errors and warnings"));
    messagesLabel->setBuddy(m_messages);
    layout->addWidget(messagesLabel);
    layout->addWidget(m_messages, 1);
    auto *diffLabel = new QLabel(tr("&Changes"), this);
    m_diff = new QTreeWidget(this);
    m_diff->setObjectName(QStringLiteral("importDiff"));
    m_diff->setAccessibleName(tr("Changes the import makes"));
    m_diff->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    diffLabel->setBuddy(m_diff);
    layout->addWidget(diffLabel);
    layout->addWidget(m_diff, 2);
    m_runner = new ImportRunner(session.store(), this);
    connect(m_runner, &ImportRunner::finished, this, &ImportReviewPage::onChecked);
}

bool ImportReviewPage::isChecking() const
{
    return m_runner->isRunning();
}

void ImportReviewPage::initializePage()
{
    m_report = {};
    m_ok = false;
    m_messages->clear();
    m_diff->clear();
    m_summary->setText(tr("Checking the file…"));
    emit completeChanged();
    m_runner->start(m_plan, true); // a dry run, off the GUI thread
}

void ImportReviewPage::onChecked(bool ok, const ImportReport &report)
{
    m_report = report;
    m_ok = ok;
    m_messages->clear();
    for (const ImportMessage &m : m_report.messages) {
        if (m.severity == ImportMessage::Severity::Info)
            continue;
        const QString prefix =
            m.severity == ImportMessage::Severity::Error ? tr("✖ error: ") : tr("⚠ warning: ");
        m_messages->addItem(prefix + m.format());
    }
    if (m_messages->count() == 0)
        m_messages->addItem(tr("✔ no errors or warnings"));
    m_summary->setText(m_ok ? tr("Ready: %1").arg(m_report.summary())
                            : tr("This file cannot be imported as it is: fix the errors "
                                 "below and try again. Nothing was changed."));
    fillDiff();
    emit completeChanged();
    emit checked();
}

void ImportReviewPage::fillDiff()
{
    m_diff->clear();
    auto group = [this](const QString &title, const QList<EntityChange> &changes) {
        auto *top = new QTreeWidgetItem(m_diff, {title.arg(changes.size())});
        for (const EntityChange &c : changes) {
            auto *item = new QTreeWidgetItem(
                top, {c.name.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id)});
            for (const FieldChange &f : c.fields)
                new QTreeWidgetItem(item, {f.field, f.before, f.after});
        }
        return top;
    };
    group(tr("Added (%1)"), m_report.added);
    group(tr("Changed (%1)"), m_report.changed)->setExpanded(m_report.changed.size() <= 20);
    group(tr("Left (%1)"), m_report.left);
    auto *risk =
        new QTreeWidgetItem(m_diff, {tr("Ownership at risk (%1)").arg(m_report.atRisk.size())});
    for (const QString &r : m_report.atRisk)
        new QTreeWidgetItem(risk, {r});
    risk->setExpanded(true);
    m_diff->resizeColumnToContents(0);
}

bool ImportReviewPage::isComplete() const
{
    return m_ok && !m_report.hasErrors() && !m_runner->isRunning();
}

void ImportReviewPage::showCommitProblem(const QString &problem)
{
    m_summary->setText(problem);
}

} // namespace whoowns::ui
