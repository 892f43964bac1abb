#include "cli/cli.h"
#include "cli/command.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace whoowns::cli {

int cmdStats(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {}, {QStringLiteral("json")});
    if (!a.error.isEmpty() || !a.positional.isEmpty())
        return ctx.usage(a.error.isEmpty() ? QStringLiteral("stats takes no arguments") : a.error);
    if (!ctx.openStore())
        return ExitDatabase;
    const DirectoryCounts c = ctx.store().counts();
    if (a.has(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("people"), c.people);
        o.insert(QStringLiteral("people_left"), c.peopleLeft);
        o.insert(QStringLiteral("teams"), c.teams);
        o.insert(QStringLiteral("responsibilities"), c.responsibilities);
        o.insert(QStringLiteral("schema_version"), ctx.store().schemaVersion());
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        ctx.out << "people: " << c.people << " (" << c.peopleLeft << " left)\nteams: " << c.teams
                << "\nresponsibilities: " << c.responsibilities << "\n";
    }
    return ExitOk;
}

} // namespace whoowns::cli
