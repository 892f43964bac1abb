#include "cli/cli.h"
#include "cli/command.h"
#include "io/directoryimport.h"

#include <QFile>

namespace whoowns::cli {

int cmdImport(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("format"), QStringLiteral("org")},
                             {QStringLiteral("dry-run"), QStringLiteral("partial")});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    if (a.positional.size() != 2)
        return ctx.usage(
            QStringLiteral("import needs what (people, teams, responsibilities) and a FILE"));
    const QString what = a.positional.at(0);
    if (what != QLatin1String("people") && what != QLatin1String("teams") &&
        what != QLatin1String("responsibilities"))
        return ctx.usage(
            QStringLiteral("import what? people, teams or responsibilities, not \"%1\"").arg(what));
    const QString format = a.values.value(QStringLiteral("format"), QStringLiteral("canonical"));
    if (format != QLatin1String("canonical") && format != QLatin1String("csv"))
        return ctx.usage(QStringLiteral("unknown format \"%1\"").arg(format));
    if (!ctx.openStore())
        return ExitDatabase;
    ImportOptions options;
    options.dryRun = a.has(QStringLiteral("dry-run"));
    options.full = !a.has(QStringLiteral("partial"));
    options.org = a.values.value(QStringLiteral("org"));
    ImportReport report;
    const bool ok = importCanonicalFile(ctx.store(), what, a.positional.at(1), options, report);
    for (const ImportMessage &m : report.messages)
        if (m.severity != ImportMessage::Severity::Info)
            ctx.err << m.format() << "\n";
    ctx.err.flush();
    if (!ok)
        return ExitInputProblem;
    if (options.dryRun) {
        for (const auto &c : report.added)
            ctx.out << "+ " << c.id << " " << c.name << "\n";
        for (const auto &c : report.changed) {
            ctx.out << "~ " << c.id << " " << c.name << "\n";
            for (const auto &f : c.fields)
                ctx.out << "    " << f.field << ": \"" << f.before << "\" -> \"" << f.after
                        << "\"\n";
        }
        for (const auto &c : report.left)
            ctx.out << "- " << c.id << " " << c.name << " (will be marked as left)\n";
    }
    for (const QString &r : report.atRisk)
        ctx.out << "ownership at risk: " << r << "\n";
    ctx.out << (options.dryRun ? "dry run, nothing written: " : "") << report.summary() << "\n";
    return ExitOk;
}

} // namespace whoowns::cli
