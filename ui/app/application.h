#pragma once

namespace whoowns::ui {

// Starts the desktop app: parses the command line, installs the translation, opens the
// database (loading the demo company into an empty one), shows the main window at once while
// the directory loads and indexes in the background, and runs the event loop.
//   --query TEXT             start with this query
//   --exit-after-results     print the milliseconds since process start when the first
//                            results are on screen, then quit (the start-up benchmark)
int runDesktopApp(int argc, char *argv[]);

} // namespace whoowns::ui
