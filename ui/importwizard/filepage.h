#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace whoowns::ui {

class DirectorySession;
struct ImportPlan;

// Step 1: choose the file and what it holds; shows the detected format, encoding and
// delimiter. Also offers to undo the last import.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(DirectorySession &session, ImportPlan &plan, QWidget *parent = nullptr);

    void setPath(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

signals:
    void undone(const QString &message);

private:
    void inspect();
    void browse();
    void undoLastImport();
    void showLastImport();

    DirectorySession &m_session;
    ImportPlan &m_plan;
    QLineEdit *m_path = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_full = nullptr;
    QLabel *m_detected = nullptr;
    QLabel *m_lastImport = nullptr;
    QPushButton *m_undo = nullptr;
    bool m_ok = false;
};

} // namespace whoowns::ui
