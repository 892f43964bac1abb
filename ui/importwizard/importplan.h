#pragma once

#include "importers/textsniffer.h"
#include "io/importreport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace whoowns {
class DirectoryStore;
}

namespace whoowns::ui {

// What the import wizard has learnt about the chosen file and what the HR person chose. The
// import itself runs through the same core code as `whoowns-cli import` (importPeopleFile,
// importCanonicalFile), dry run first.
struct ImportPlan
{
    QString path;
    QString kind = QStringLiteral("people"); // people, teams, responsibilities
    bool fullExport = true;                  // people missing from the file have left
    DetectedEncoding encoding;
    QChar delimiter = QLatin1Char(',');
    QString format; // detected format name (people)
    QStringList headers;
    qint64 headerLine = 0;
    QList<QStringList> sample; // the first data rows, for the live preview
    QStringList mappings;      // "Header=field" entries the user chose (people)
    QString problem;           // why the file cannot be read, when it cannot

    bool isPeople() const { return kind == QLatin1String("people"); }
};

// Reads the start of the file: encoding, delimiter, header row, a few sample rows, and (people)
// the detected format. Returns false with plan.problem set when the file cannot be read.
bool inspectImportFile(ImportPlan &plan);

// Runs the import as planned; a dry run computes the diff and the findings without writing.
bool runImport(DirectoryStore &store, const ImportPlan &plan, bool dryRun, ImportReport &report);

QString delimiterName(QChar delimiter);

} // namespace whoowns::ui
