#pragma once

#include "model/directory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace whoowns::ui {

class DirectorySession;
class ResponsibilityForm;

// Add, edit and delete topics of the responsibility map. Each save is validated first and
// written in one transaction, recorded in the history (and undoable like an import).
class ResponsibilityEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ResponsibilityEditor(DirectorySession &session, QWidget *parent = nullptr);

    ResponsibilityForm *form() const { return m_form; }
    // Starts a new topic (from the unanswered view: the question becomes its first keyword).
    void startNew(const QString &keywordHint = QString());
    void select(const QString &org, const QString &id);
    bool save();
    bool removeCurrent();
    QString problemText() const;

signals:
    void message(const QString &text);

private:
    void fillList();
    void onCurrentRowChanged(int row);

    DirectorySession &m_session;
    std::shared_ptr<const Directory> m_directory;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    ResponsibilityForm *m_form = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_isNew = false;
    bool m_confirmDelete = false;
    QString m_currentOrg;
    QString m_currentId;
};

} // namespace whoowns::ui
