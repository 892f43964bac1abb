#pragma once

#include "io/importreport.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace whoowns::ui {

class DirectorySession;
class ImportRunner;
struct ImportPlan;

// Step 3: the dry run. Errors and warnings with their line numbers, then the difference the
// import would make (added, changed field by field, left, ownership at risk). Committing is
// possible only without errors.
class ImportReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportReviewPage(DirectorySession &session, ImportPlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    const ImportReport &dryRun() const { return m_report; }
    bool isChecking() const;
    void showCommitProblem(const QString &problem);

signals:
    void checked(); // the dry run finished

private:
    void onChecked(bool ok, const ImportReport &report);
    void fillDiff();

    DirectorySession &m_session;
    ImportPlan &m_plan;
    ImportRunner *m_runner = nullptr;
    ImportReport m_report;
    bool m_ok = false;
    QLabel *m_summary = nullptr;
    QListWidget *m_messages = nullptr;
    QTreeWidget *m_diff = nullptr;
};

} // namespace whoowns::ui
