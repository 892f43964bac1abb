#pragma once

#include <QString>

class QWidget;

namespace whoowns::ui {

class DirectorySession;

// The dialogs the main window opens. Each is modal to the window and reloads the session
// after it changed the database.
void runImportWizard(DirectorySession &session, QWidget *parent);
void runResponsibilityEditor(DirectorySession &session, const QString &newTopicHint,
                             QWidget *parent);
bool runSettingsDialog(DirectorySession &session, QWidget *parent);

} // namespace whoowns::ui
