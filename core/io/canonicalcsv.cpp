#include "io/canonicalcsv.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "io/personfields.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace whoowns {

namespace {

QString headerKey(const QString &h)
{
    return h.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

template <typename Field> QStringList columnNames(const QList<Field> &fields)
{
    QStringList out;
    for (const auto &f : fields)
        out.append(QString::fromLatin1(f.column));
    return out;
}

} // namespace

bool readCanonicalTable(QIODevice *device, const QStringList &columns, const QStringList &required,
                        ImportReport &report,
                        const std::function<void(qint64 line, const QStringList &cells)> &onRow)
{
    CsvReader reader(device);
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.hasError())
            report.error(reader.errorLine(), reader.errorString());
        else
            report.error(1, QStringLiteral("the file is empty (a header row is needed)"));
        return false;
    }
    // Map the header to our columns.
    QList<int> sourceOf(columns.size(), -1);
    QSet<QString> seen;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString key = headerKey(record.fields.at(i));
        const qsizetype col = columns.indexOf(key);
        if (key.isEmpty())
            continue;
        if (seen.contains(key)) {
            report.warning(record.line,
                           QStringLiteral("column \"%1\" appears twice; the first one is used")
                               .arg(record.fields.at(i)));
            continue;
        }
        seen.insert(key);
        if (col < 0)
            report.warning(
                record.line,
                QStringLiteral("unknown column \"%1\" is ignored").arg(record.fields.at(i)));
        else
            sourceOf[col] = int(i);
    }
    bool ok = true;
    for (const QString &r : required) {
        if (sourceOf.at(columns.indexOf(r)) < 0) {
            report.error(record.line, QStringLiteral("required column \"%1\" is missing").arg(r));
            ok = false;
        }
    }
    if (!ok)
        return false;
    const qsizetype width = record.fields.size();
    QStringList cells(columns.size());
    while (reader.next(record)) {
        // Spreadsheets leave rows of empty cells (",,,") at the end of an export: not data.
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        if (record.fields.size() != width) {
            report.error(record.line, QStringLiteral("this row has %1 fields, the header has %2")
                                          .arg(record.fields.size())
                                          .arg(width));
            ok = false;
            continue;
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const int s = sourceOf.at(c);
            cells[c] = s < 0 ? QString() : CsvWriter::restoreFormula(record.fields.at(s).trimmed());
        }
        onRow(record.line, cells);
    }
    if (reader.hasError()) {
        report.error(reader.errorLine(), reader.errorString());
        return false;
    }
    return ok;
}

QList<PersonRow> readCanonicalPeople(QIODevice *device, ImportReport &report)
{
    QList<PersonRow> rows;
    const auto &fields = personFields();
    const QStringList columns = columnNames(fields);
    readCanonicalTable(
        device, columns, {QStringLiteral("id"), QStringLiteral("name")}, report,
        [&](qint64 line, const QStringList &cells) {
            PersonRow row;
            row.line = line;
            for (qsizetype c = 0; c < fields.size(); ++c)
                fields.at(c).set(row.person, cells.at(c));
            bool ok = true;
            statusFromName(cells.at(columns.indexOf(QStringLiteral("status"))), &ok);
            if (!ok)
                report.error(line, QStringLiteral("status must be active, on leave or "
                                                  "left, not \"%1\"")
                                       .arg(cells.at(columns.indexOf(QStringLiteral("status")))));
            rows.append(std::move(row));
        });
    return rows;
}

QList<TeamRow> readCanonicalTeams(QIODevice *device, ImportReport &report)
{
    QList<TeamRow> rows;
    const auto &fields = teamFields();
    readCanonicalTable(device, columnNames(fields), {QStringLiteral("name")}, report,
                       [&](qint64 line, const QStringList &cells) {
                           TeamRow row;
                           row.line = line;
                           for (qsizetype c = 0; c < fields.size(); ++c)
                               row.team.*(fields.at(c).member) = cells.at(c);
                           if (row.team.id.isEmpty())
                               row.team.id = row.team.name;
                           rows.append(std::move(row));
                       });
    return rows;
}

QList<ResponsibilityRow> readCanonicalResponsibilities(QIODevice *device, ImportReport &report)
{
    QList<ResponsibilityRow> rows;
    const auto &fields = responsibilityFields();
    readCanonicalTable(device, columnNames(fields), {QStringLiteral("id"), QStringLiteral("topic")},
                       report, [&](qint64 line, const QStringList &cells) {
                           ResponsibilityRow row;
                           row.line = line;
                           for (qsizetype c = 0; c < fields.size(); ++c)
                               fields.at(c).set(row.responsibility, cells.at(c));
                           rows.append(std::move(row));
                       });
    return rows;
}

bool writeCanonicalPeople(const Directory &directory, QIODevice *device)
{
    CsvWriter w(device);
    const auto &fields = personFields();
    bool ok = w.writeRecord(columnNames(fields));
    QStringList cells(fields.size());
    for (const Person &p : directory.people) {
        for (qsizetype c = 0; c < fields.size(); ++c)
            cells[c] = fields.at(c).get(p);
        ok = ok && w.writeRecord(cells);
    }
    return ok;
}

bool writeCanonicalTeams(const Directory &directory, QIODevice *device)
{
    CsvWriter w(device);
    const auto &fields = teamFields();
    bool ok = w.writeRecord(columnNames(fields));
    QStringList cells(fields.size());
    for (const Team &t : directory.teams) {
        for (qsizetype c = 0; c < fields.size(); ++c)
            cells[c] = t.*(fields.at(c).member);
        ok = ok && w.writeRecord(cells);
    }
    return ok;
}

bool writeCanonicalResponsibilities(const Directory &directory, QIODevice *device)
{
    CsvWriter w(device);
    const auto &fields = responsibilityFields();
    bool ok = w.writeRecord(columnNames(fields));
    QStringList cells(fields.size());
    for (const Responsibility &r : directory.responsibilities) {
        for (qsizetype c = 0; c < fields.size(); ++c)
            cells[c] = fields.at(c).get(r);
        ok = ok && w.writeRecord(cells);
    }
    return ok;
}

} // namespace whoowns
