// Fuzzes the streaming CSV reader with every delimiter, strict and lenient mode and the
// encodings real exports arrive in, with small limits so that the limit paths are reached.
// Properties checked besides "no crash": limits hold, lines never go backwards, and every
// record read cleanly survives a write/read round trip through CsvWriter.
#include "fuzzsupport.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>

using namespace whoowns;

namespace {

QList<CsvRecord> readAll(const QByteArray &input, const CsvReader::Options &options, bool *clean)
{
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<CsvRecord> out;
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        FUZZ_CHECK(record.line >= lastLine);
        FUZZ_CHECK(record.fields.size() <= options.maxColumns);
        for (const QString &f : record.fields)
            FUZZ_CHECK(f.size() <= options.maxFieldChars + 1);
        lastLine = record.line;
        out.append(record);
    }
    FUZZ_CHECK(out.size() <= options.maxRecords + 1);
    if (reader.hasError())
        FUZZ_CHECK(!reader.errorString().isEmpty());
    *clean = !reader.hasError() && !reader.decodingFailed();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [selector, input] = fuzz::select(data, size);
    static const char *const encodings[] = {"UTF-8", "UTF-16", "windows-1252", "UTF-8"};
    static const char delimiters[] = {',', ';', '\t', '|'};
    CsvReader::Options options;
    options.delimiter = QLatin1Char(delimiters[selector & 3]);
    options.encoding = encodings[(selector >> 2) & 3];
    options.strict = (selector & 16) != 0;
    options.maxFieldChars = 256;
    options.maxColumns = 64;
    options.maxRecords = 1000;

    bool clean = false;
    const QList<CsvRecord> records = readAll(input, options, &clean);

    // Round trip: what we read, written by our writer (comma, UTF-8), reads back the same.
    if (!clean || options.delimiter != QLatin1Char(','))
        return 0;
    QByteArray written;
    QBuffer out(&written);
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out);
    QList<QStringList> expected;
    for (const CsvRecord &r : records) {
        // A record of one empty field is a blank line once written, and blank lines are
        // skipped by design.
        if (r.fields.size() == 1 && r.fields.first().isEmpty())
            continue;
        FUZZ_CHECK(writer.writeRecord(r.fields));
        expected.append(r.fields);
    }
    out.close();
    CsvReader::Options back;
    back.maxFieldChars = options.maxFieldChars + 2; // the writer may add one apostrophe
    back.maxColumns = options.maxColumns;
    back.maxRecords = options.maxRecords + 1;
    bool backClean = false;
    const QList<CsvRecord> reread = readAll(written, back, &backClean);
    FUZZ_CHECK(backClean);
    FUZZ_CHECK(reread.size() == expected.size());
    for (qsizetype i = 0; i < reread.size(); ++i) {
        FUZZ_CHECK(reread.at(i).fields.size() == expected.at(i).size());
        for (qsizetype j = 0; j < expected.at(i).size(); ++j)
            FUZZ_CHECK(CsvWriter::restoreFormula(reread.at(i).fields.at(j)) ==
                       expected.at(i).at(j));
    }
    return 0;
}
