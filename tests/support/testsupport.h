#pragma once

#include <catch2/catch.hpp>

#include "model/text.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>

namespace whoowns::test {

// Path of a fixture in tests/data.
QString dataPath(const QString &name);

// A scratch folder, removed at the end of the test.
class ScratchDir
{
public:
    ScratchDir();
    QString path(const QString &name) const;
    QString write(const QString &name, const QByteArray &content) const;

private:
    QTemporaryDir m_dir;
};

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A demo-company database built once per test run by the real CLI (`demo`); tests that write
// work on a copy (copyOfDemo) so the shared one stays as built.
QString demoDatabase();
QString copyOfDemo(const ScratchDir &dir, const QString &name = QStringLiteral("copy.sqlite"));

// Runs a whoowns-cli command line inside the test process (no spawn): exit code and output.
// Commands that write to stdout themselves (export without --out) are not captured.
ProcessResult runCliInProcess(const QStringList &arguments);

// Runs whoowns-cli with the arguments (and optional standard input), like a user would.
ProcessResult runCli(const QStringList &arguments, const QByteArray &input = {},
                     const QStringList &extraEnvironment = {});

} // namespace whoowns::test

// Let Catch print QStrings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &s);
namespace whoowns {
// Found by argument-dependent lookup, so it lives in Text's namespace.
std::ostream &operator<<(std::ostream &os, const Text &s);
} // namespace whoowns
