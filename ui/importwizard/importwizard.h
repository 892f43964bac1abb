#pragma once

#include "importwizard/importplan.h"

#include <QWizard>

namespace whoowns::ui {

class DirectorySession;
class ImportFilePage;
class ImportMappingPage;
class ImportReviewPage;
class ImportRunner;

// The HR import: file -> detected format, encoding, delimiter -> column mapping with a live
// preview -> errors, warnings and the diff (dry run) -> commit. Undo of the last import is on
// the first page. Uses the same core import code as the CLI.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, ReviewPage };

    ImportWizard(DirectorySession &session, QWidget *parent = nullptr);

    ImportFilePage *filePage() const { return m_file; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportReviewPage *reviewPage() const { return m_review; }
    const ImportReport &committedReport() const { return m_committed; }

    void accept() override; // commits (off the GUI thread); closes when it is committed

signals:
    void message(const QString &text);
    void imported(const QString &summary);

private:
    void onCommitted(bool ok, const ImportReport &report);

    DirectorySession &m_session;
    ImportRunner *m_runner = nullptr;
    ImportPlan m_plan;
    ImportReport m_committed;
    ImportFilePage *m_file = nullptr;
    ImportMappingPage *m_mapping = nullptr;
    ImportReviewPage *m_review = nullptr;
};

} // namespace whoowns::ui
