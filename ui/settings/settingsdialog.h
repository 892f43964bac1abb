#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace whoowns::ui {

class DirectorySession;

// Where the database lives (used from the next start), the fallback contact offered when
// nothing is found (stored in the database, shared by everyone using it), and the rep's own
// time zone and call link type (per user).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(DirectorySession &session, QWidget *parent = nullptr);

    void accept() override; // saves

signals:
    void saved();

private:
    DirectorySession &m_session;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_fallbackName = nullptr;
    QLineEdit *m_fallbackPhone = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_callScheme = nullptr;
};

} // namespace whoowns::ui
