#pragma once

#include <QStringList>

class QTextStream;

namespace whoowns {

// Exit codes of whoowns-cli (spec/cli.md).
enum ExitCode { ExitOk = 0, ExitInputProblem = 1, ExitUsage = 2, ExitDatabase = 3 };

// Runs one whoowns-cli command line (arguments without the program name). Output goes to out,
// errors to err, one per line. Needs a QCoreApplication.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace whoowns
