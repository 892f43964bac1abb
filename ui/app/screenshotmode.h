#pragma once

#include <QString>

namespace whoowns::ui {

class MainWindow;

// For the documentation pictures (packaging/screenshots.sh): once the first results are on
// screen, optionally switches to another view, waits for painting to settle, saves the
// window (or the dialog on top) as a PNG and quits.
struct ScreenshotRequest
{
    QString file;
    QString show; // "", "org", "unanswered", "import", "editor", "settings"
    QString importFile;
};

void arrangeScreenshot(MainWindow &window, const ScreenshotRequest &request);

} // namespace whoowns::ui
