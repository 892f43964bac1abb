#include "cli/cli.h"
#include "cli/command.h"
#include "io/canonicalcsv.h"

#include <QFile>
#include <QSaveFile>
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
    bool loaded = false;
    const Directory d = ctx.store().load(&loaded);
    if (!loaded) {
        ctx.err << "whoowns-cli: " << ctx.store().path()
                << ": cannot read the database: " << ctx.store().lastError() << "\n";
        return ExitDatabase;
    }
    ctx.out.flush();
    if (a.values.contains(QStringLiteral("out"))) {
        // Written aside and renamed into place: a failed export never leaves half a file
        // where a good one was.
        QSaveFile file(a.values.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || !writer(d, &file) || !file.commit()) {
            ctx.err << file.fileName() << ": cannot write: " << file.errorString() << "\n";
            return ExitInputProblem;
        }
        return ExitOk;
    }
    QFile file;
    if (!file.open(stdout, QIODevice::WriteOnly) || !writer(d, &file) || !file.flush()) {
        ctx.err << "whoowns-cli: cannot write to standard output\n";
        return ExitInputProblem;
    }
    return ExitOk;
}

} // namespace whoowns::cli
