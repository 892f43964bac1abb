#pragma once

#include "io/importreport.h"
#include "model/directory.h"

#include <QString>

#include <functional>

class QIODevice;

namespace whoowns {

// A row read from an input file, with the line it starts on, before references are resolved:
// manager, delegate, owner, ... still hold whatever the file said (an id, an email or a name).
struct PersonRow
{
    Person person;
    qint64 line = 0;
};
struct TeamRow
{
    Team team;
    qint64 line = 0;
};
struct ResponsibilityRow
{
    Responsibility responsibility;
    qint64 line = 0;
};

// Reads a canonical CSV file (formats.md): strict RFC 4180, UTF-8, header row. Calls onRow
// with each data row as column -> cell for the known columns. Unknown columns are reported
// as warnings and ignored; missing required columns and malformed rows are errors.
bool readCanonicalTable(QIODevice *device, const QStringList &columns, const QStringList &required,
                        ImportReport &report,
                        const std::function<void(qint64 line, const QStringList &cells)> &onRow);

QList<PersonRow> readCanonicalPeople(QIODevice *device, ImportReport &report);
QList<TeamRow> readCanonicalTeams(QIODevice *device, ImportReport &report);
QList<ResponsibilityRow> readCanonicalResponsibilities(QIODevice *device, ImportReport &report);

// Canonical export, re-importable without loss.
bool writeCanonicalPeople(const Directory &directory, QIODevice *device);
bool writeCanonicalTeams(const Directory &directory, QIODevice *device);
bool writeCanonicalResponsibilities(const Directory &directory, QIODevice *device);

} // namespace whoowns
