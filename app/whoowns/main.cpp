// whoowns: the desktop app. Everything lives in the ui and core libraries.
#include "app/application.h"

int main(int argc, char *argv[])
{
    return whoowns::ui::runDesktopApp(argc, argv);
}
