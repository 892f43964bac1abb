#include "cli/cli.h"
#include "cli/command.h"
#include "importers/importhistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace whoowns::cli {

// Lists the recorded imports, newest first: when, what, file, counts, who ran it.
int cmdHistory(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {}, {QStringLiteral("json")});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    if (!a.positional.isEmpty())
        return ctx.usage(QStringLiteral("history takes no arguments"));
    if (!ctx.openStore())
        return ExitDatabase;
    const QList<ImportHistoryEntry> entries = importHistory(ctx.store());
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &e : entries)
            list.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                    {QStringLiteral("at"), e.at},
                                    {QStringLiteral("what"), e.what},
                                    {QStringLiteral("file"), e.file},
                                    {QStringLiteral("format"), e.format},
                                    {QStringLiteral("added"), e.added},
                                    {QStringLiteral("updated"), e.updated},
                                    {QStringLiteral("unchanged"), e.unchanged},
                                    {QStringLiteral("left"), e.left},
                                    {QStringLiteral("warnings"), e.warnings},
                                    {QStringLiteral("user"), e.user},
                                    {QStringLiteral("undone"), e.undone}});
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    if (entries.isEmpty())
        ctx.out << "no imports yet\n";
    for (const auto &e : entries) {
        ctx.out << e.seq << "  " << e.at << "  " << e.what << "  " << e.file;
        if (!e.format.isEmpty())
            ctx.out << " (" << e.format << ")";
        ctx.out << "  " << e.added << " added, " << e.updated << " updated, " << e.unchanged
                << " unchanged, " << e.left << " left, " << e.warnings << " warnings";
        if (!e.user.isEmpty())
            ctx.out << "  by " << e.user;
        if (e.undone)
            ctx.out << "  [undone]";
        ctx.out << "\n";
    }
    return ExitOk;
}

} // namespace whoowns::cli
