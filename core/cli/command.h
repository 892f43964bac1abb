#pragma once

#include "store/directorystore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace whoowns::cli {

// The arguments of one command: positionals and --flags (with or without a value).
struct Args
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> switches;
    QString error; // non-empty: a usage error

    bool has(const QString &name) const { return switches.contains(name) || values.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return values.value(name, fallback);
    }
};

// withValue: options that take a value (--limit 5 or --limit=5); flags: options that do not.
Args parseArgs(const QStringList &arguments, const QSet<QString> &withValue,
               const QSet<QString> &flags);

// What every command gets: the output streams, the database, and shared helpers.
class Context
{
public:
    Context(QTextStream &output, QTextStream &errors, QString dbPath)
        : out(output), err(errors), m_dbPath(std::move(dbPath))
    {
    }

    QTextStream &out;
    QTextStream &err;

    int usage(const QString &message); // prints the message and the usage; returns ExitUsage
    bool openStore();                  // prints the error itself
    DirectoryStore &store() { return m_store; }
    // --at ISO-8601, or now; nullopt when the value is not a date-time.
    std::optional<QDateTime> instant(const Args &args) const;

private:
    QString m_dbPath;
    DirectoryStore m_store;
};

using CommandFunction = int (*)(Context &, const QStringList &);

// One function per command, each in its own cmd_*.cpp file.
int cmdImport(Context &context, const QStringList &arguments);
int cmdSearch(Context &context, const QStringList &arguments);
int cmdSynonyms(Context &context, const QStringList &arguments);
int cmdFeedback(Context &context, const QStringList &arguments);
int cmdShow(Context &context, const QStringList &arguments);
int cmdExport(Context &context, const QStringList &arguments);
int cmdDemo(Context &context, const QStringList &arguments);
int cmdStats(Context &context, const QStringList &arguments);
int cmdHistory(Context &context, const QStringList &arguments);
int cmdUndo(Context &context, const QStringList &arguments);
int cmdHolidays(Context &context, const QStringList &arguments);

} // namespace whoowns::cli
