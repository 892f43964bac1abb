#include "cli/cli.h"

#include "cli/jsonview.h"
#include "io/canonicalcsv.h"
#include "io/demo.h"
#include "io/directoryimport.h"
#include "routing/router.h"
#include "search/searchengine.h"
#include "store/directorystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace whoowns {

namespace {

const char kUsage[] = R"(usage: whoowns-cli [--db PATH] COMMAND [ARGS]

Commands:
  import people|teams|responsibilities FILE [--dry-run] [--format NAME] [--org NAME] [--partial]
  search QUERY... [--json] [--stdin] [--limit N] [--at ISO-8601]
  show ID [--json] [--at ISO-8601]
  export people|teams|responsibilities [--out FILE]
  demo        load the built-in demo company into an empty database
  stats       counts of people, teams, responsibilities [--json]

The database is --db PATH, else $WHOOWNS_DB, else the per-user data location.
Exit codes: 0 ok, 1 problem in the input (nothing written), 2 usage, 3 database.
)";

// The arguments of one command: positionals and --flags (with or without a value).
struct Args
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> switches;
    QString error;

    bool has(const QString &s) const { return switches.contains(s) || values.contains(s); }
};

Args parseArgs(const QStringList &in, const QSet<QString> &withValue, const QSet<QString> &flags)
{
    Args a;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QString &t = in.at(i);
        if (t == QLatin1String("--")) {
            a.positional += in.mid(i + 1);
            break;
        }
        if (t.startsWith(QLatin1String("--")) && t.size() > 2) {
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
        } else {
            a.positional.append(t);
        }
    }
    return a;
}

class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);

private:
    int usage(const QString &message)
    {
        m_err << "whoowns-cli: " << message << "\n" << kUsage;
        m_err.flush();
        return ExitUsage;
    }
    bool openStore();
    std::optional<QDateTime> parseAt(const Args &a);

    int cmdImport(const QStringList &rest);
    int cmdSearch(const QStringList &rest);
    int cmdShow(const QStringList &rest);
    int cmdExport(const QStringList &rest);
    int cmdDemo(const QStringList &rest);
    int cmdStats(const QStringList &rest);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    DirectoryStore m_store;
};

bool Cli::openStore()
{
    if (!m_store.open(DirectoryStore::resolvePath(m_dbPath))) {
        m_err << "whoowns-cli: " << m_store.lastError() << "\n";
        m_err.flush();
        return false;
    }
    return true;
}

std::optional<QDateTime> Cli::parseAt(const Args &a)
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

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--db")) {
            if (args.isEmpty())
                return usage(QStringLiteral("--db needs a path"));
            m_dbPath = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--db="))) {
            m_dbPath = opt.mid(5);
        } else if (opt == QLatin1String("--help")) {
            m_out << kUsage;
            return ExitOk;
        } else if (opt == QLatin1String("--version")) {
            m_out << "whoowns-cli " << WHOOWNS_VERSION << "\n";
            return ExitOk;
        } else {
            return usage(QStringLiteral("unknown option %1").arg(opt));
        }
    }
    if (args.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    // --db may also follow the command.
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size()) {
            m_dbPath = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (args.at(i).startsWith(QLatin1String("--db="))) {
            m_dbPath = args.at(i).mid(5);
            args.remove(i);
            --i;
        }
    }
    if (command == QLatin1String("import"))
        return cmdImport(args);
    if (command == QLatin1String("search"))
        return cmdSearch(args);
    if (command == QLatin1String("show"))
        return cmdShow(args);
    if (command == QLatin1String("export"))
        return cmdExport(args);
    if (command == QLatin1String("demo"))
        return cmdDemo(args);
    if (command == QLatin1String("stats"))
        return cmdStats(args);
    if (command == QLatin1String("help")) {
        m_out << kUsage;
        return ExitOk;
    }
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

int Cli::cmdImport(const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("format"), QStringLiteral("org")},
                             {QStringLiteral("dry-run"), QStringLiteral("partial")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 2)
        return usage(QStringLiteral("import needs what (people, teams, responsibilities) and a FILE"));
    const QString what = a.positional.at(0);
    if (what != QLatin1String("people") && what != QLatin1String("teams") &&
        what != QLatin1String("responsibilities"))
        return usage(QStringLiteral("import what? people, teams or responsibilities, not \"%1\"").arg(what));
    const QString format = a.values.value(QStringLiteral("format"), QStringLiteral("canonical"));
    if (format != QLatin1String("canonical") && format != QLatin1String("csv"))
        return usage(QStringLiteral("unknown format \"%1\"").arg(format));
    if (!openStore())
        return ExitDatabase;
    ImportOptions options;
    options.dryRun = a.has(QStringLiteral("dry-run"));
    options.full = !a.has(QStringLiteral("partial"));
    options.org = a.values.value(QStringLiteral("org"));
    ImportReport report;
    const bool ok = importCanonicalFile(m_store, what, a.positional.at(1), options, report);
    for (const ImportMessage &m : report.messages)
        if (m.severity != ImportMessage::Severity::Info)
            m_err << m.format() << "\n";
    m_err.flush();
    if (!ok)
        return ExitInputProblem;
    if (options.dryRun) {
        for (const auto &c : report.added)
            m_out << "+ " << c.id << " " << c.name << "\n";
        for (const auto &c : report.changed) {
            m_out << "~ " << c.id << " " << c.name << "\n";
            for (const auto &f : c.fields)
                m_out << "    " << f.field << ": \"" << f.before << "\" -> \"" << f.after << "\"\n";
        }
        for (const auto &c : report.left)
            m_out << "- " << c.id << " " << c.name << " (will be marked as left)\n";
    }
    for (const QString &r : report.atRisk)
        m_out << "ownership at risk: " << r << "\n";
    m_out << (options.dryRun ? "dry run, nothing written: " : "") << report.summary() << "\n";
    return ExitOk;
}

int Cli::cmdSearch(const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("limit"), QStringLiteral("at")},
                             {QStringLiteral("json"), QStringLiteral("stdin")});
    if (!a.error.isEmpty())
        return usage(a.error);
    bool limitOk = true;
    const int limit = a.values.value(QStringLiteral("limit"), QStringLiteral("10")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usage(QStringLiteral("--limit needs a positive number"));
    const auto at = parseAt(a);
    if (!at)
        return usage(QStringLiteral("--at needs an ISO-8601 date and time"));
    const bool fromStdin = a.has(QStringLiteral("stdin"));
    if (!fromStdin && a.positional.isEmpty())
        return usage(QStringLiteral("search needs a query (or --stdin)"));
    const bool json = a.has(QStringLiteral("json")) || fromStdin;
    if (!openStore())
        return ExitDatabase;

    auto directory = std::make_shared<Directory>(m_store.load());
    const SearchEngine engine(directory);
    const Router router(*directory);
    SearchOptions options;
    options.limit = limit;

    auto answer = [&](const QString &query) {
        QElapsedTimer timer;
        timer.start();
        const QList<SearchResult> results = engine.search(query, options);
        const qint64 tookUs = timer.nsecsElapsed() / 1000;
        if (json) {
            QJsonArray list;
            for (const SearchResult &r : results)
                list.append(resultToJson(r, router.forEntity(r.kind, r.org, r.id, *at)));
            QJsonObject o;
            o.insert(QStringLiteral("query"), query);
            o.insert(QStringLiteral("took_us"), tookUs);
            o.insert(QStringLiteral("results"), list);
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else {
            if (results.isEmpty())
                m_out << "No owner found for \"" << query << "\".\n";
            for (const SearchResult &r : results) {
                const Redirect d = router.forEntity(r.kind, r.org, r.id, *at);
                m_out << kindName(r.kind) << "\t" << r.id << "\t" << r.title;
                if (!r.subtitle.isEmpty())
                    m_out << " (" << r.subtitle << ")";
                if (d.isValid())
                    m_out << "\t-> " << d.name << " " << d.phone << " [" << reasonName(d.reason) << "]";
                m_out << "\n";
            }
        }
        m_out.flush();
    };

    if (fromStdin) {
        QTextStream in(stdin);
        in.setEncoding(QStringConverter::Utf8);
        QString line;
        while (in.readLineInto(&line))
            answer(line);
    } else {
        answer(a.positional.join(QLatin1Char(' ')));
    }
    return ExitOk;
}

int Cli::cmdShow(const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("at")}, {QStringLiteral("json")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1)
        return usage(QStringLiteral("show needs one ID"));
    const auto at = parseAt(a);
    if (!at)
        return usage(QStringLiteral("--at needs an ISO-8601 date and time"));
    if (!openStore())
        return ExitDatabase;
    const Directory d = m_store.load();
    const Router router(d);
    const QString id = a.positional.first();
    SearchResult r;
    bool found = false;
    for (const Responsibility &x : d.responsibilities)
        if (!found && x.id == id) {
            const Team *t = d.team(x.org, x.ownerTeamId);
            r = {EntityKind::Responsibility, x.org, x.id, x.topic, t ? t->name : QString(), 1.0, {}, {}, false};
            found = true;
        }
    for (const Person &x : d.people)
        if (!found && x.id == id) {
            r = {EntityKind::Person, x.org, x.id, x.name, x.title, 1.0, {}, {}, x.status == PersonStatus::OnLeave};
            found = true;
        }
    for (const Team &x : d.teams)
        if (!found && (x.id == id || x.name == id)) {
            r = {EntityKind::Team, x.org, x.id, x.name, x.department, 1.0, {}, {}, false};
            found = true;
        }
    if (!found) {
        m_err << "whoowns-cli: no responsibility, person or team has the id \"" << id << "\"\n";
        return ExitInputProblem;
    }
    const Redirect redirect = router.forEntity(r.kind, r.org, r.id, *at);
    if (a.has(QStringLiteral("json"))) {
        m_out << QJsonDocument(resultToJson(r, redirect)).toJson(QJsonDocument::Indented);
    } else {
        m_out << kindName(r.kind) << " " << r.id << ": " << r.title << "\n";
        if (!r.subtitle.isEmpty())
            m_out << "  " << r.subtitle << "\n";
        m_out << "  redirect to: " << redirect.name << " " << redirect.phone << " ("
              << reasonName(redirect.reason) << ")\n";
    }
    return ExitOk;
}

int Cli::cmdExport(const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("out")}, {});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1)
        return usage(QStringLiteral("export needs what: people, teams or responsibilities"));
    const QString what = a.positional.first();
    bool (*writer)(const Directory &, QIODevice *) = nullptr;
    if (what == QLatin1String("people"))
        writer = writeCanonicalPeople;
    else if (what == QLatin1String("teams"))
        writer = writeCanonicalTeams;
    else if (what == QLatin1String("responsibilities"))
        writer = writeCanonicalResponsibilities;
    else
        return usage(QStringLiteral("export what? people, teams or responsibilities, not \"%1\"").arg(what));
    if (!openStore())
        return ExitDatabase;
    const Directory d = m_store.load();
    m_out.flush();
    QFile file;
    if (a.values.contains(QStringLiteral("out"))) {
        file.setFileName(a.values.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_err << file.fileName() << ": " << file.errorString() << "\n";
            return ExitInputProblem;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return ExitInputProblem;
    }
    return writer(d, &file) ? ExitOk : ExitInputProblem;
}

int Cli::cmdDemo(const QStringList &rest)
{
    const Args a = parseArgs(rest, {}, {});
    if (!a.error.isEmpty() || !a.positional.isEmpty())
        return usage(a.error.isEmpty() ? QStringLiteral("demo takes no arguments") : a.error);
    if (!openStore())
        return ExitDatabase;
    ImportReport report;
    if (!loadDemoCompany(m_store, report)) {
        for (const ImportMessage &m : report.messages)
            m_err << m.format() << "\n";
        return ExitInputProblem;
    }
    const DirectoryCounts c = m_store.counts();
    m_out << "demo company loaded: " << c.people << " people, " << c.teams << " teams, "
          << c.responsibilities << " responsibilities\n";
    return ExitOk;
}

int Cli::cmdStats(const QStringList &rest)
{
    const Args a = parseArgs(rest, {}, {QStringLiteral("json")});
    if (!a.error.isEmpty() || !a.positional.isEmpty())
        return usage(a.error.isEmpty() ? QStringLiteral("stats takes no arguments") : a.error);
    if (!openStore())
        return ExitDatabase;
    const DirectoryCounts c = m_store.counts();
    if (a.has(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("people"), c.people);
        o.insert(QStringLiteral("people_left"), c.peopleLeft);
        o.insert(QStringLiteral("teams"), c.teams);
        o.insert(QStringLiteral("responsibilities"), c.responsibilities);
        o.insert(QStringLiteral("schema_version"), m_store.schemaVersion());
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_out << "people: " << c.people << " (" << c.peopleLeft << " left)\nteams: " << c.teams
              << "\nresponsibilities: " << c.responsibilities << "\n";
    }
    return ExitOk;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Cli cli(out, err);
    const int code = cli.run(arguments);
    out.flush();
    err.flush();
    return code;
}

} // namespace whoowns
