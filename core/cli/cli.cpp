#include "cli/cli.h"

#include "cli/command.h"

#include <QCoreApplication>

namespace whoowns {

namespace cli {

namespace {

const char kUsage[] = R"(usage: whoowns-cli [--db PATH] COMMAND [ARGS]

Commands:
  import people|teams|responsibilities FILE [--dry-run] [--format NAME] [--org NAME] [--partial] [--allow-leavers]
              [--map "COLUMN=field"]... [--mapping FILE] [--preset NAME] [--save-preset NAME]
  history     the imports recorded so far [--json]
  undo        restore the directory as it was before the last import
  search QUERY... [--json] [--stdin] [--limit N] [--at ISO-8601]
  show ID [--json] [--at ISO-8601]
  synonyms import FILE | list | clear    the admins' own synonyms (CSV term,synonyms)
  feedback record QUERY KIND ID [--org ORG] | reset | list    learning from choices
  export people|teams|responsibilities [--out FILE]
  demo        load the built-in demo company into an empty database
  stats       counts of people, teams, responsibilities [--json]
  holidays import FILE [--location NAME] [--replace] [--dry-run]
              company holidays (CSV location,date,name or .ics); also list [--json], remove

The database is --db PATH, else $WHOOWNS_DB, else the per-user data location.
Exit codes: 0 ok, 1 problem in the input (nothing written), 2 usage, 3 database.
)";

struct CommandEntry
{
    const char *name;
    CommandFunction run;
};

// Adding a command: a cmd_NAME.cpp file, its declaration in command.h, one line here.
const CommandEntry kCommands[] = {
    {"import", cmdImport},     {"search", cmdSearch},     {"show", cmdShow},
    {"export", cmdExport},     {"demo", cmdDemo},         {"stats", cmdStats},
    {"holidays", cmdHolidays}, {"history", cmdHistory},   {"undo", cmdUndo},
    {"synonyms", cmdSynonyms}, {"feedback", cmdFeedback},
};

} // namespace

Args parseArgs(const QStringList &in, const QSet<QString> &withValue, const QSet<QString> &flags)
{
    Args a;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QString &t = in.at(i);
        if (t == QLatin1String("--")) {
            a.positional += in.mid(i + 1);
            break;
        }
        if (!t.startsWith(QLatin1String("--")) || t.size() <= 2) {
            a.positional.append(t);
            continue;
        }
        QString name = t.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (withValue.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= in.size()) {
                    a.error = QStringLiteral("--%1 needs a value").arg(name);
                    return a;
                }
                value = in.at(++i);
            }
            a.values.insert(name, value);
        } else if (flags.contains(name) && !inlineValue) {
            a.switches.insert(name);
        } else {
            a.error = QStringLiteral("unknown option --%1").arg(name);
            return a;
        }
    }
    return a;
}

int Context::usage(const QString &message)
{
    err << "whoowns-cli: " << message << "\n" << kUsage;
    err.flush();
    return ExitUsage;
}

bool Context::openStore()
{
    if (!m_store.open(DirectoryStore::resolvePath(m_dbPath))) {
        err << "whoowns-cli: " << m_store.lastError() << "\n";
        err.flush();
        return false;
    }
    return true;
}

std::optional<QDateTime> Context::instant(const Args &a) const
{
    if (!a.values.contains(QStringLiteral("at")))
        return QDateTime::currentDateTimeUtc();
    const QString text = a.values.value(QStringLiteral("at"));
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at;
}

} // namespace cli

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    QString dbPath;
    // --db may come before or after the command.
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                cli::Context(out, err, {}).usage(QStringLiteral("--db needs a path"));
                return ExitUsage;
            }
            dbPath = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (args.at(i).startsWith(QLatin1String("--db="))) {
            dbPath = args.at(i).mid(5);
            args.remove(i);
            --i;
        }
    }
    cli::Context context(out, err, dbPath);
    int code = ExitUsage;
    if (args.isEmpty()) {
        code = context.usage(QStringLiteral("no command given"));
    } else if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        out << cli::kUsage;
        code = ExitOk;
    } else if (args.first() == QLatin1String("--version")) {
        out << "whoowns-cli " << WHOOWNS_VERSION << "\n";
        code = ExitOk;
    } else {
        const QString name = args.takeFirst();
        bool known = false;
        for (const auto &c : cli::kCommands) {
            if (name == QLatin1String(c.name)) {
                known = true;
                code = c.run(context, args);
                break;
            }
        }
        if (!known)
            code = context.usage(QStringLiteral("unknown command \"%1\"").arg(name));
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace whoowns
