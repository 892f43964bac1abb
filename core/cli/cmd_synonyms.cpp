#include "cli/cli.h"
#include "cli/command.h"
#include "search/synonymstore.h"

namespace whoowns::cli {

// synonyms import FILE | list | clear: the directory admins' own synonym groups.
int cmdSynonyms(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {}, {QStringLiteral("dry-run")});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    const QString action = a.positional.value(0);
    if (action == QLatin1String("import")) {
        if (a.positional.size() != 2)
            return ctx.usage(QStringLiteral("synonyms import needs one FILE"));
        QList<QStringList> groups;
        QStringList errors;
        if (!SynonymStore::readCsv(a.positional.at(1), &groups, &errors)) {
            for (const QString &e : errors)
                ctx.err << e << "\n";
            ctx.err.flush();
            return ExitInputProblem;
        }
        if (a.has(QStringLiteral("dry-run"))) {
            ctx.out << "synonyms: " << groups.size() << " groups would be added\n";
            return ExitOk;
        }
        if (!ctx.openStore())
            return ExitDatabase;
        SynonymStore store(ctx.store().database());
        if (!store.addGroups(groups)) {
            ctx.err << "whoowns-cli: " << store.lastError() << "\n";
            return ExitDatabase;
        }
        ctx.out << "synonyms: " << groups.size() << " groups added\n";
        return ExitOk;
    }
    if (action == QLatin1String("list") || action == QLatin1String("clear")) {
        if (a.positional.size() != 1)
            return ctx.usage(QStringLiteral("synonyms %1 takes no arguments").arg(action));
        if (!ctx.openStore())
            return ExitDatabase;
        SynonymStore store(ctx.store().database());
        if (action == QLatin1String("clear")) {
            if (!store.clear()) {
                ctx.err << "whoowns-cli: " << store.lastError() << "\n";
                return ExitDatabase;
            }
            ctx.out << "synonyms: cleared\n";
            return ExitOk;
        }
        for (const QStringList &g : store.groups())
            ctx.out << g.join(QStringLiteral(" | ")) << "\n";
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("synonyms needs import FILE, list or clear"));
}

} // namespace whoowns::cli
