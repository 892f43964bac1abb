#pragma once

#include "importers/peoplefile.h"

class QIODevice;

namespace whoowns {

// Address-book and directory formats that hold one record per person rather than a table:
// vCard 3.0/4.0, LDIF (manager: as a DN) and JSON (an array of objects with the canonical
// keys, or the header names of any HR export). format is "vcard", "ldif" or "json".
bool readRecordFormat(const QString &format, QIODevice *device, const QByteArray &encoding,
                      const PeopleFileOptions &options, PeopleFileContent &content,
                      ImportReport &report);

// The pieces, for tests.
bool readVCards(const QString &text, PeopleFileContent &content, ImportReport &report);
bool readLdif(const QString &text, PeopleFileContent &content, ImportReport &report);
bool readJsonPeople(const QByteArray &utf8, const PeopleFileOptions &options,
                    PeopleFileContent &content, ImportReport &report);

} // namespace whoowns
