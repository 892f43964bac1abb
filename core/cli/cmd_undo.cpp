#include "cli/cli.h"
#include "cli/command.h"
#include "importers/importhistory.h"

namespace whoowns::cli {

// Restores the directory as it was before the last import (one transaction).
int cmdUndo(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {}, {});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    if (!a.positional.isEmpty())
        return ctx.usage(QStringLiteral("undo takes no arguments (it undoes the last import)"));
    if (!ctx.openStore())
        return ExitDatabase;
    ImportHistoryEntry entry;
    QString problem;
    if (!undoLastImport(ctx.store(), &entry, &problem)) {
        ctx.err << "whoowns-cli: undo: " << problem << "\n";
        return ExitInputProblem;
    }
    ctx.out << "undone: import " << entry.seq << " of " << entry.what << " from " << entry.file
            << " (" << entry.at << ")\n";
    return ExitOk;
}

} // namespace whoowns::cli
