// CsvWriter quoting and formula neutralisation, checked by reading back with CsvReader.
#include "testsupport.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>

using namespace whoowns;

TEST_CASE("CSV writer quotes only where needed", "[csv]")
{
    CHECK(CsvWriter::escape(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::escape(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::escape(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::escape(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvWriter::escape(QString()) == QString());
}

TEST_CASE("A field starting with U+FEFF survives being the first thing in the file", "[csv]")
{
    // Readers drop a byte order mark at the start of a file (ours, spreadsheets, Qt's own
    // decoder). The same character as data must not be taken for one.
    const QString bom(QChar(QChar::ByteOrderMark));
    const QStringList fields = {bom + bom + QStringLiteral("i"), bom};
    QByteArray bytes;
    {
        QBuffer out(&bytes);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(CsvWriter(&out).writeRecord(fields));
    }
    QBuffer in(&bytes);
    REQUIRE(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in);
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == fields);
    CHECK_FALSE(reader.hasError());
}

TEST_CASE("Formula-like cells are neutralised and restored exactly", "[csv][formula]")
{
    struct Case
    {
        const char *value;
        bool neutralised;
    };
    const Case cases[] = {
        {"=SUM(A1:A9)", true},
        {"+49 30 5557 4417", true},
        {"-4417", true},
        {"@switchboard", true},
        {"'already text", true},
        {"''two apostrophes", true},
        {"'", true},
        {"\tTab first", true},
        {"=HYPERLINK(\"x\")", true},
        {"plain", false},
        {"", false},
        {"a=b", false},
        {"O'Brien", false},
        {"line\n=next", false},
    };
    QByteArray bytes;
    {
        QBuffer out(&bytes);
        REQUIRE(out.open(QIODevice::WriteOnly));
        CsvWriter writer(&out);
        for (const Case &c : cases)
            REQUIRE(writer.writeRecord({QStringLiteral("k"), QString::fromUtf8(c.value)}));
    }
    QBuffer in(&bytes);
    REQUIRE(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in);
    CsvRecord record;
    for (const Case &c : cases) {
        const QString value = QString::fromUtf8(c.value);
        INFO("value: " << value);
        REQUIRE(reader.next(record));
        REQUIRE(record.fields.size() == 2);
        const QString written = record.fields.at(1);
        CHECK(written.startsWith(QLatin1Char('\'')) == c.neutralised);
        if (c.neutralised)
            CHECK(written == QLatin1Char('\'') + value);
        else
            CHECK(written == value);
        CHECK(CsvWriter::restoreFormula(written) == value);
    }
    CHECK_FALSE(reader.next(record));
    CHECK_FALSE(reader.hasError());
}
