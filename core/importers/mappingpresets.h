#pragma once

#include <QString>
#include <QStringList>

namespace whoowns {

class DirectoryStore;

// An explicit column mapping is a list of "Column=field" entries: given as --map flags, read
// from a small file (one entry a line, "#" comments), or saved under a name in the database's
// settings so that next month's export of the same system imports with --preset NAME.
bool readMappingFile(const QString &path, QStringList *entries, QString *problem);
QStringList loadMappingPreset(DirectoryStore &store, const QString &name, bool *found);
bool saveMappingPreset(DirectoryStore &store, const QString &name, const QStringList &entries);
QStringList mappingPresetNames(DirectoryStore &store);

} // namespace whoowns
