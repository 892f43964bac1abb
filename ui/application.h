#pragma once

#include <QStringList>

namespace whoowns::ui {

// Starts the desktop app: opens the database (loading the demo company into an empty one),
// shows the main window, runs the event loop. Returns the exit code.
int runDesktopApp(int argc, char *argv[]);

} // namespace whoowns::ui
