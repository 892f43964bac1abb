#include "cli/cli.h"
#include "cli/command.h"
#include "io/canonicalcsv.h"

#include <QFile>
#include <cstdio>

namespace whoowns::cli {

int cmdExport(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("out")}, {});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    if (a.positional.size() != 1)
        return ctx.usage(QStringLiteral("export needs what: people, teams or responsibilities"));
    const QString what = a.positional.first();
    bool (*writer)(const Directory &, QIODevice *) = nullptr;
    if (what == QLatin1String("people"))
        writer = writeCanonicalPeople;
    else if (what == QLatin1String("teams"))
        writer = writeCanonicalTeams;
    else if (what == QLatin1String("responsibilities"))
        writer = writeCanonicalResponsibilities;
    else
        return ctx.usage(
            QStringLiteral("export what? people, teams or responsibilities, not \"%1\"").arg(what));
    if (!ctx.openStore())
        return ExitDatabase;
    const Directory d = ctx.store().load();
    ctx.out.flush();
    QFile file;
    if (a.values.contains(QStringLiteral("out"))) {
        file.setFileName(a.values.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            ctx.err << file.fileName() << ": " << file.errorString() << "\n";
            return ExitInputProblem;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return ExitInputProblem;
    }
    return writer(d, &file) ? ExitOk : ExitInputProblem;
}

} // namespace whoowns::cli
