#include "importwizard/importwizard.h"

#include "importwizard/filepage.h"
#include "importwizard/importrunner.h"
#include "importwizard/mappingpage.h"
#include "importwizard/reviewpage.h"
#include "session/directorysession.h"

#include <QAbstractButton>

namespace whoowns::ui {

ImportWizard::ImportWizard(DirectorySession &session, QWidget *parent)
    : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from HR"));
    setAccessibleName(tr("Import from HR"));
    setWizardStyle(QWizard::ClassicStyle); // plain and the same on every desktop
    setOption(QWizard::NoBackButtonOnLastPage, false);
    m_file = new ImportFilePage(session, m_plan, this);
    m_mapping = new ImportMappingPage(m_plan, this);
    m_review = new ImportReviewPage(session, m_plan, this);
    setPage(FilePage, m_file);
    setPage(MappingPage, m_mapping);
    setPage(ReviewPage, m_review);
    connect(m_file, &ImportFilePage::undone, this, &ImportWizard::message);
    m_runner = new ImportRunner(session.store(), this);
    connect(m_runner, &ImportRunner::finished, this, &ImportWizard::onCommitted);
    resize(820, 620);
}

void ImportWizard::accept()
{
    if (m_runner->isRunning() || !m_review->isComplete())
        return;
    m_review->showCommitProblem(tr("Importing…"));
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_runner->start(m_plan, false);
}

void ImportWizard::onCommitted(bool ok, const ImportReport &report)
{
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
    if (!ok || !report.committed) {
        QStringList errors;
        for (const ImportMessage &m : report.messages)
            if (m.severity == ImportMessage::Severity::Error)
                errors.append(m.format());
        m_review->showCommitProblem(tr("The import was refused and nothing was changed: %1")
                                        .arg(errors.join(QStringLiteral("; "))));
        return;
    }
    m_committed = report;
    m_session.reload();
    const QString summary = tr("Imported %1").arg(report.summary());
    emit message(summary);
    emit imported(summary);
    QWizard::accept();
}

} // namespace whoowns::ui
