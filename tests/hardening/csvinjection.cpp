// The exported CSV is safe to open in a spreadsheet: cells that a spreadsheet would run as a
// formula (=, +, -, @ at the start) are neutralised on export, and restored exactly when our
// own export is imported again. End to end through whoowns-cli.
#include "hardeningsupport.h"

#include "csv/csvreader.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace whoowns;
using namespace whoowns::test;
using namespace whoowns::test::hardening;

namespace {

// The exported people as rows of cells, keyed by id.
QHash<QString, QStringList> exportedRows(const QString &csv, QStringList *header)
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    REQUIRE(reader.next(record));
    *header = record.fields;
    QHash<QString, QStringList> rows;
    while (reader.next(record))
        rows.insert(record.fields.value(0), record.fields);
    REQUIRE_FALSE(reader.hasError());
    return rows;
}

} // namespace

TEST_CASE("exported cells cannot run as spreadsheet formulas and re-import unchanged",
          "[hardening][csv]")
{
    struct Dangerous
    {
        const char *id;
        const char *title; // as HR wrote it
    };
    const Dangerous cases[] = {
        {"E1", "=HYPERLINK(\"http://evil.example\",\"click\")"},
        {"E2", "+cmd|' /C calc'!A0"},
        {"E3", "-2+3"},
        {"E4", "@SUM(A1:A9)"},
        {"E5", "'already quoted"},
        {"E6", "Plain Analyst"},
    };
    QByteArray input = "id,name,title,phone\n";
    for (const Dangerous &d : cases)
        input += QByteArray(d.id) + ",Pat " + d.id + ",\"" +
                 QByteArray(d.title).replace("\"", "\"\"") + "\",+49 30 5557 1234\n";

    ScratchDir dir;
    const QString first = dir.path(QStringLiteral("first.db"));
    importPeopleOrFail(first, dir.write(QStringLiteral("in.csv"), input));
    const QString exported = exportPeople(first);

    QStringList header;
    const auto rows = exportedRows(exported, &header);
    const qsizetype title = header.indexOf(QStringLiteral("title"));
    const qsizetype phone = header.indexOf(QStringLiteral("phone"));
    REQUIRE(title >= 0);
    REQUIRE(phone >= 0);
    for (const Dangerous &d : cases) {
        const QString original = QString::fromUtf8(d.title);
        const QString cell = rows.value(QString::fromLatin1(d.id)).value(title);
        INFO(d.id << ": " << cell);
        const QChar c = cell.isEmpty() ? QChar() : cell.front();
        // No exported cell starts with a formula character.
        REQUIRE_FALSE((c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
                       c == QLatin1Char('@')));
        if (original == QLatin1String("Plain Analyst"))
            REQUIRE(cell == original);
        else
            REQUIRE(cell == QLatin1Char('\'') + original);
        REQUIRE(rows.value(QString::fromLatin1(d.id)).value(phone) ==
                QStringLiteral("'+49 30 5557 1234"));
    }

    // Our own export, imported into a fresh database, gives back the original values...
    const QString second = dir.path(QStringLiteral("second.db"));
    importPeopleOrFail(second, dir.write(QStringLiteral("export.csv"), exported.toUtf8()));
    for (const Dangerous &d : cases) {
        const ProcessResult r = runCli({QStringLiteral("--db"), second, QStringLiteral("show"),
                                        QString::fromLatin1(d.id), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        INFO(r.out);
        // The title as it appears inside a JSON string.
        const QByteArray quoted =
            QJsonDocument(QJsonObject{{QStringLiteral("t"), QString::fromUtf8(d.title)}})
                .toJson(QJsonDocument::Compact);
        REQUIRE(r.out.contains(QString::fromUtf8(quoted.mid(6).chopped(2))));
    }
    // ...and exports byte for byte the same file again.
    REQUIRE(exportPeople(second) == exported);
}
