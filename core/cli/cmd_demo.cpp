#include "cli/cli.h"
#include "cli/command.h"
#include "io/demo.h"

namespace whoowns::cli {

int cmdDemo(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {}, {});
    if (!a.error.isEmpty() || !a.positional.isEmpty())
        return ctx.usage(a.error.isEmpty() ? QStringLiteral("demo takes no arguments") : a.error);
    if (!ctx.openStore())
        return ExitDatabase;
    ImportReport report;
    if (!loadDemoCompany(ctx.store(), report)) {
        for (const ImportMessage &m : report.messages)
            ctx.err << m.format() << "\n";
        return ExitInputProblem;
    }
    const DirectoryCounts c = ctx.store().counts();
    ctx.out << "demo company loaded: " << c.people << " people, " << c.teams << " teams, "
            << c.responsibilities << " responsibilities\n";
    return ExitOk;
}

} // namespace whoowns::cli
