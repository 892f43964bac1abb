#pragma once

#include <QWizardPage>

class QTableWidget;
class QLabel;

namespace whoowns::ui {

struct ImportPlan;

// Step 2: which column feeds which field, with a live preview of the first rows as they will
// be read. Starts from the detected mapping; every change updates the preview at once.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportMappingPage(ImportPlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // Test hook: the field chosen for a column ("ignore" when none).
    QString fieldFor(const QString &header) const;
    void setFieldFor(const QString &header, const QString &field);

private:
    QStringList currentEntries() const;
    void updatePreview();

    ImportPlan &m_plan;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace whoowns::ui
