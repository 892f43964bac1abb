#pragma once

#include "io/canonicalcsv.h"
#include "io/directoryimport.h"

#include <QStringList>

namespace whoowns {

class DirectoryStore;

// The people formats that import recognises (formats.md); "" means detect.
QStringList peopleFormatNames();

struct PeopleFileOptions
{
    QString format;       // one of peopleFormatNames(), or empty to detect
    QStringList mappings; // explicit "Column=field" entries, applied over the detected mapping
};

// What reading a people file found besides the rows.
struct PeopleFileContent
{
    QList<PersonRow> rows;
    QString format;
    QString organisation; // from the file, when the format names one (organograms)
    bool partial = false; // the file lists only part of the organisation (junior organograms)
    // Matrix (dotted-line) managers by line: checked like managers, not stored (the directory
    // has no field for them).
    QList<QPair<qint64, QString>> matrixManagers;
};

// Reads a people file of any supported format: detects the encoding, the delimiter, the
// header row and the format, maps the columns (reporting the mapping as info lines), and
// produces rows whose references are still unresolved. Errors and warnings go to the report.
bool readPeopleFile(const QString &path, const PeopleFileOptions &options,
                    PeopleFileContent &content, ImportReport &report);

// readPeopleFile + importPeople. The organisation is options.org when given, else the one the
// file names, else the default one; a file that lists only part of an organisation is never
// treated as a full export.
bool importPeopleFile(DirectoryStore &store, const QString &path, const PeopleFileOptions &file,
                      ImportOptions options, ImportReport &report);

} // namespace whoowns
