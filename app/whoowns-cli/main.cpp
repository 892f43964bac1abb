// whoowns-cli: the command-line face of the core library (spec/cli.md).
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("whoowns"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return whoowns::runCli(QCoreApplication::arguments().mid(1), out, err);
}
