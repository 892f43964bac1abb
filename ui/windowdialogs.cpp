#include "windowdialogs.h"

namespace whoowns::ui {

void runImportWizard(DirectorySession &, QWidget *) {}
void runResponsibilityEditor(DirectorySession &, const QString &, QWidget *) {}
bool runSettingsDialog(DirectorySession &, QWidget *)
{
    return false;
}

} // namespace whoowns::ui
