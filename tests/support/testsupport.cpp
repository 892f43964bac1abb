#include "testsupport.h"

#include "cli/cli.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

namespace whoowns::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(WHOOWNS_TEST_DATA "/") + name;
}

ScratchDir::ScratchDir()
{
    REQUIRE(m_dir.isValid());
}

QString ScratchDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString ScratchDir::write(const QString &name, const QByteArray &content) const
{
    const QString p = path(name);
    QFile f(p);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return p;
}

QString demoDatabase()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("demo.sqlite"));
        const ProcessResult r = runCli({QStringLiteral("--db"), p, QStringLiteral("demo")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        path = p;
    }
    return path;
}

QString copyOfDemo(const ScratchDir &dir, const QString &name)
{
    const QString p = dir.path(name);
    REQUIRE(QFile::copy(demoDatabase(), p));
    return p;
}

ProcessResult runCliInProcess(const QStringList &arguments)
{
    ProcessResult r;
    QTextStream out(&r.out), err(&r.err);
    r.exitCode = whoowns::runCli(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

ProcessResult runCli(const QStringList &arguments, const QByteArray &input,
                     const QStringList &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WHOOWNS_DB"));
    for (const QString &kv : extraEnvironment)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WHOOWNS_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    ProcessResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace whoowns::test

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

std::ostream &whoowns::operator<<(std::ostream &os, const Text &s)
{
    return os << s.toStdString();
}
