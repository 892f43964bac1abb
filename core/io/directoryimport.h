#pragma once

#include "io/canonicalcsv.h"
#include "io/importreport.h"

namespace whoowns {

class DirectoryStore;

struct ImportOptions
{
    bool dryRun = false;
    // A full export: people of the organisation missing from the file are marked as left.
    bool full = true;
    // A full import that would mark most of an organisation as left is refused unless this is
    // set: a truncated export must not empty the directory.
    bool allowMassLeaving = false;
    QString org;  // organisation the ids belong to ('' for the default one)
    QString user; // who ran it, for the history
};

// Each import resolves the references of its rows, validates them, computes the change against
// the store and, unless it is a dry run or an error was found, applies it in one transaction.
// Returns true when the import was (or, for a dry run, would be) committed.
bool importPeople(DirectoryStore &store, QList<PersonRow> rows, const ImportOptions &options,
                  ImportReport &report);
bool importTeams(DirectoryStore &store, QList<TeamRow> rows, const ImportOptions &options,
                 ImportReport &report);
bool importResponsibilities(DirectoryStore &store, QList<ResponsibilityRow> rows,
                            const ImportOptions &options, ImportReport &report);

// Reads a canonical CSV file of the given kind (people, teams, responsibilities) and imports it.
bool importCanonicalFile(DirectoryStore &store, const QString &what, const QString &path,
                         const ImportOptions &options, ImportReport &report);

// Records a committed import in import_history (inside the caller's transaction), with the
// serialized UndoLog (importers/importhistory.h) that lets `undo` restore the state before it.
bool recordImport(DirectoryStore &store, const ImportReport &report, const ImportOptions &options,
                  const QString &undoData = QString());

} // namespace whoowns
