// The streaming CSV reader: RFC 4180 cases, every broken fixture with its error line, lenient
// mode, limits, and input built so that tricky sequences straddle the 256 KiB read chunk.
#include "testsupport.h"

#include "csv/csvreader.h"

#include <QBuffer>
#include <QFile>

using namespace whoowns;
using namespace whoowns::test;

namespace {

struct ReadResult
{
    QList<QStringList> rows;
    QList<qint64> lines;
    bool error = false;
    QString message;
    qint64 errorLine = 0;
    bool decodingFailed = false;
};

ReadResult readDevice(QIODevice *device, const CsvReader::Options &options)
{
    CsvReader reader(device, options);
    ReadResult r;
    CsvRecord record;
    while (reader.next(record)) {
        r.rows.append(record.fields);
        r.lines.append(record.line);
    }
    r.error = reader.hasError();
    r.message = reader.errorString();
    r.errorLine = reader.errorLine();
    r.decodingFailed = reader.decodingFailed();
    return r;
}

ReadResult readBytes(QByteArray bytes, const CsvReader::Options &options = {})
{
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return readDevice(&buffer, options);
}

ReadResult readFixture(const QString &name, const CsvReader::Options &options = {})
{
    QFile file(dataPath(QStringLiteral("csv/") + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return readDevice(&file, options);
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList out;
    for (const char *c : cells)
        out.append(QString::fromUtf8(c));
    return out;
}

constexpr qsizetype kChunk = 256 * 1024; // the reader's read size

} // namespace

TEST_CASE("CSV reader follows RFC 4180", "[csv]")
{
    struct Case
    {
        const char *name;
        QByteArray input;
        QList<QStringList> rows;
        QList<qint64> lines;
    };
    const QList<Case> cases = {
        {"simple", "a,b,c\n", {row({"a", "b", "c"})}, {1}},
        {"no final line end", "a,b,c", {row({"a", "b", "c"})}, {1}},
        {"quoted delimiter", "a,\"b,c\",d\n", {row({"a", "b,c", "d"})}, {1}},
        {"doubled quote", "\"a\"\"b\"\n", {row({"a\"b"})}, {1}},
        {"quoted empty field", "\"\",x\n", {row({"", "x"})}, {1}},
        {"empty fields", ",\n", {row({"", ""})}, {1}},
        {"trailing empty field", "a,b,\n", {row({"a", "b", ""})}, {1}},
        {"blank lines skipped", "a\n\n\nb\n", {row({"a"}), row({"b"})}, {1, 4}},
        {"CRLF", "a,b\r\nc,d\r\n", {row({"a", "b"}), row({"c", "d"})}, {1, 2}},
        {"lone CR", "a\rb\r", {row({"a"}), row({"b"})}, {1, 2}},
        {"multi-line field", "\"x\ny\",z\nw\n", {row({"x\ny", "z"}), row({"w"})}, {1, 3}},
        {"CRLF inside quotes kept", "\"x\r\ny\"\nw\n", {row({"x\r\ny"}), row({"w"})}, {1, 3}},
        {"lone CR inside quotes", "\"x\ry\"\nw\n", {row({"x\ry"}), row({"w"})}, {1, 3}},
        {"spaces kept", " a , b \n", {row({" a ", " b "})}, {1}},
        {"quote then line end", "\"a\"\r\n\"b\"", {row({"a"}), row({"b"})}, {1, 2}},
        {"non-ASCII", "Zoë,Łukasz Żółć,日本\n", {row({"Zoë", "Łukasz Żółć", "日本"})}, {1}},
        {"only line ends", "\n\r\n\r", {}, {}},
        {"empty input", "", {}, {}},
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const ReadResult r = readBytes(c.input);
            CHECK_FALSE(r.error);
            CHECK(r.rows == c.rows);
            CHECK(r.lines == c.lines);
        }
    }
}

TEST_CASE("CSV reader honours another delimiter", "[csv]")
{
    CsvReader::Options options;
    options.delimiter = QLatin1Char(';');
    const ReadResult r = readBytes("a;\"b;c\";d,e\n", options);
    REQUIRE_FALSE(r.error);
    CHECK(r.rows == QList<QStringList>{row({"a", "b;c", "d,e"})});
}

TEST_CASE("CSV reader reports each broken fixture at its line", "[csv]")
{
    struct Case
    {
        const char *file;
        const char *message; // a part of the error text
        qint64 line;
        qsizetype rowsBefore; // records delivered before the error
    };
    const Case cases[] = {
        {"unterminated_quote.csv", "never closed", 3, 2},
        {"quote_in_unquoted.csv", "quote inside an unquoted field", 4, 3},
        {"text_after_quote.csv", "after the closing quote", 2, 1},
        {"invalid_utf8.csv", "not valid UTF-8", 3, 2},
        {"truncated_utf8.csv", "not valid UTF-8", 3, 2},
        {"windows1252.csv", "not valid UTF-8", 2, 1},
    };
    for (const Case &c : cases) {
        SECTION(c.file)
        {
            const ReadResult r = readFixture(QString::fromLatin1(c.file));
            REQUIRE(r.error);
            CHECK(r.message.contains(QString::fromUtf8(c.message)));
            CHECK(r.errorLine == c.line);
            CHECK(r.rows.size() == c.rowsBefore);
        }
    }
}

TEST_CASE("CSV reader decodes invalid UTF-8 as an error, another encoding when told", "[csv]")
{
    CHECK(readFixture(QStringLiteral("invalid_utf8.csv")).decodingFailed);
    CsvReader::Options latin;
    latin.encoding = "windows-1252";
    const ReadResult r = readFixture(QStringLiteral("windows1252.csv"), latin);
    REQUIRE_FALSE(r.error);
    CHECK(r.rows.last() == row({"E1", "Renée"}));

    CsvReader::Options unknown;
    unknown.encoding = "no-such-encoding";
    const ReadResult u = readBytes("a\n", unknown);
    CHECK(u.error);
    CHECK(u.rows.isEmpty());
}

TEST_CASE("CSV reader reads the well-formed fixtures", "[csv]")
{
    SECTION("CRLF with a CRLF inside quotes")
    {
        const ReadResult r = readFixture(QStringLiteral("crlf.csv"));
        REQUIRE_FALSE(r.error);
        CHECK(r.rows == QList<QStringList>{row({"id", "name", "notes"}),
                                           row({"E1", "Ann", "two\r\nlines"}),
                                           row({"E2", "Bob", "plain"})});
        CHECK(r.lines == QList<qint64>{1, 2, 4});
    }
    SECTION("UTF-8 byte order mark is dropped")
    {
        const ReadResult r = readFixture(QStringLiteral("bom.csv"));
        REQUIRE_FALSE(r.error);
        CHECK(r.rows.first().first() == QStringLiteral("id"));
        CHECK(r.rows.last() == row({"E1", "Zoë"}));
    }
    SECTION("quoted multi-line fields keep later line numbers right")
    {
        const ReadResult r = readFixture(QStringLiteral("multiline.csv"));
        REQUIRE_FALSE(r.error);
        REQUIRE(r.rows.size() == 4);
        CHECK(r.rows.at(1).at(2) == QStringLiteral("line one\nline two\nline three"));
        CHECK(r.rows.at(2).at(2) == QStringLiteral("a \"quoted\" word, and a comma"));
        CHECK(r.lines == QList<qint64>{1, 2, 5, 6});
    }
    SECTION("blank trailing rows")
    {
        const ReadResult r = readFixture(QStringLiteral("blank_trailing_rows.csv"));
        REQUIRE_FALSE(r.error);
        // Empty lines are skipped; a line of delimiters is a record of empty fields (the
        // canonical importer drops those).
        CHECK(r.rows == QList<QStringList>{row({"id", "name"}), row({"E1", "Ann"}),
                                           row({"E2", "Bob"}), row({"", ""}), row({"", ""})});
        CHECK(r.lines == QList<qint64>{1, 2, 3, 5, 6});
    }
    SECTION("empty file")
    {
        const ReadResult r = readFixture(QStringLiteral("empty.csv"));
        CHECK_FALSE(r.error);
        CHECK(r.rows.isEmpty());
    }
    SECTION("header only")
    {
        const ReadResult r = readFixture(QStringLiteral("header_only.csv"));
        CHECK_FALSE(r.error);
        CHECK(r.rows == QList<QStringList>{row({"id", "name"})});
    }
}

TEST_CASE("CSV reader in lenient mode keeps stray quotes as text", "[csv]")
{
    CsvReader::Options lenient;
    lenient.strict = false;
    SECTION("quote inside an unquoted field")
    {
        const ReadResult r = readFixture(QStringLiteral("quote_in_unquoted.csv"), lenient);
        REQUIRE_FALSE(r.error);
        CHECK(r.rows.last() == row({"3", "Al\"ice"}));
    }
    SECTION("text after a closing quote")
    {
        const ReadResult r = readFixture(QStringLiteral("text_after_quote.csv"), lenient);
        REQUIRE_FALSE(r.error);
        CHECK(r.rows.last() == row({"1", "Annx"}));
    }
    SECTION("an unterminated quote is still an error")
    {
        const ReadResult r = readFixture(QStringLiteral("unterminated_quote.csv"), lenient);
        CHECK(r.error);
        CHECK(r.errorLine == 3);
    }
    SECTION("invalid UTF-8 is still an error")
    {
        const ReadResult r = readFixture(QStringLiteral("invalid_utf8.csv"), lenient);
        CHECK(r.error);
        CHECK(r.errorLine == 3);
    }
}

TEST_CASE("CSV reader enforces its limits", "[csv][limits]")
{
    CsvReader::Options small;
    small.maxFieldChars = 10;
    small.maxRecords = 3;
    small.maxColumns = 4;

    SECTION("a field at the limit is read")
    {
        const ReadResult r = readBytes("0123456789,\"0123456789\"\n", small);
        REQUIRE_FALSE(r.error);
        CHECK(r.rows.first() == row({"0123456789", "0123456789"}));
    }
    const struct
    {
        const char *name;
        QByteArray input;
        const char *message;
        qint64 line;
    } refused[] = {
        {"unquoted field too long", "a\nb\n01234567890\n", "longer than 10 characters", 3},
        {"quoted field too long", "a\n\"0123\n4567890\"\n", "longer than 10 characters", 2},
        {"long field at end of input", "a\n01234567890", "longer than 10 characters", 2},
        {"too many rows", "1\n2\n3\n\n4\n", "more than 3 rows", 5},
        {"too many rows without final line end", "1\n2\n3\n4", "more than 3 rows", 4},
        {"too many columns", "a\n1,2,3,4,5\n", "more than 4 columns", 2},
    };
    for (const auto &c : refused) {
        SECTION(c.name)
        {
            const ReadResult r = readBytes(c.input, small);
            REQUIRE(r.error);
            CHECK(r.message.contains(QString::fromLatin1(c.message)));
            CHECK(r.errorLine == c.line);
        }
    }
    SECTION("generated input at the row limit")
    {
        CsvReader::Options rows;
        rows.maxRecords = 1000;
        QByteArray input;
        for (int i = 0; i < 1000; ++i)
            input += "row" + QByteArray::number(i) + ",x\n";
        CHECK(readBytes(input, rows).rows.size() == 1000);
        input += "one,more\n";
        const ReadResult r = readBytes(input, rows);
        CHECK(r.error);
        CHECK(r.errorLine == 1001);
        CHECK(r.rows.size() == 1000);
    }
    SECTION("generated field at the default size limit")
    {
        const CsvReader::Options defaults;
        const QByteArray big(defaults.maxFieldChars, 'x');
        CHECK_FALSE(readBytes("a\n\"" + big + "\"\n").error);
        const ReadResult r = readBytes("a\n\"" + big + "y\"\n");
        CHECK(r.error);
        CHECK(r.errorLine == 2);
    }
}

TEST_CASE("CSV reader streams across read chunks", "[csv][stream]")
{
    // Fills with short records up to `at` bytes (at least), returning the line count so far.
    auto padTo = [](QByteArray &out, qsizetype at) {
        qint64 lines = 0;
        while (at - out.size() > 20) {
            out += "pad,0000000\n";
            ++lines;
        }
        // Exactly at: one last record (never a blank line) whose length makes up the rest.
        out += QByteArray(at - out.size() - 1, 'p') + "\n";
        ++lines;
        REQUIRE(out.size() == at);
        return lines;
    };

    for (qsizetype shift : {-3, -2, -1, 0, 1, 2}) {
        DYNAMIC_SECTION("quoted field spanning the chunk boundary, shift " << shift)
        {
            QByteArray input;
            const qint64 padLines = padTo(input, kChunk - 20 + shift);
            // The quoted field opens before the boundary and closes well after it, with line
            // ends, doubled quotes and a two-byte character in between.
            const QByteArray field =
                "begin \"\"q\"\" é\nsecond line\r\nthird " + QByteArray(40, 'z') + " end";
            input += "spanning,\"" + field + "\",tail\n";
            input += "after,1,2\n";
            const ReadResult r = readBytes(input);
            REQUIRE_FALSE(r.error);
            REQUIRE(r.rows.size() == padLines + 2);
            QByteArray expected = field;
            expected.replace("\"\"", "\"");
            CHECK(r.rows.at(padLines) == QStringList{QStringLiteral("spanning"),
                                                     QString::fromUtf8(expected),
                                                     QStringLiteral("tail")});
            CHECK(r.lines.at(padLines) == padLines + 1);
            CHECK(r.lines.at(padLines + 1) == padLines + 4); // the field holds two line ends
            CHECK(r.rows.last() == row({"after", "1", "2"}));
        }
    }
    for (qsizetype crAt : {kChunk - 2, kChunk - 1, kChunk}) {
        DYNAMIC_SECTION("CRLF split across the boundary, CR at " << crAt)
        {
            QByteArray input;
            const qint64 padLines = padTo(input, crAt - 4);
            input += "last";
            REQUIRE(input.size() == crAt);
            input += "\r\nnext,row\r\n\r\nfinal\r\n";
            const ReadResult r = readBytes(input);
            REQUIRE_FALSE(r.error);
            REQUIRE(r.rows.size() == padLines + 3);
            CHECK(r.rows.at(padLines) == row({"last"}));
            CHECK(r.rows.at(padLines + 1) == row({"next", "row"}));
            CHECK(r.lines.at(padLines + 1) == padLines + 2);
            CHECK(r.lines.at(padLines + 2) == padLines + 4);
        }
    }
    SECTION("CRLF inside a quoted field, split across the boundary")
    {
        QByteArray input;
        const qint64 padLines = padTo(input, kChunk - 3);
        input += "\"a\r\nb\",c\nd\n"; // the CR is the last byte of the first chunk
        const ReadResult r = readBytes(input);
        REQUIRE_FALSE(r.error);
        CHECK(r.rows.at(padLines) == QStringList{QStringLiteral("a\r\nb"), QStringLiteral("c")});
        CHECK(r.lines.at(padLines + 1) == padLines + 3);
    }
    for (qsizetype at : {kChunk - 2, kChunk - 1}) {
        DYNAMIC_SECTION("a multi-byte character split across the boundary at " << at)
        {
            QByteArray input;
            const qint64 padLines = padTo(input, at);
            input += "\xe2\x82\xac euro,\xc5\x81\n"; // three-byte €, two-byte Ł
            const ReadResult r = readBytes(input);
            REQUIRE_FALSE(r.error);
            CHECK(r.rows.at(padLines) == row({"€ euro", "Ł"}));
        }
    }
    SECTION("invalid byte after the first chunk is reported at its line")
    {
        QByteArray input;
        const qint64 padLines = padTo(input, kChunk + 100);
        input += "ok,line\nbad,\xff\n";
        const ReadResult r = readBytes(input);
        REQUIRE(r.error);
        CHECK(r.errorLine == padLines + 2);
        CHECK(r.rows.size() == padLines + 1);
    }
}

TEST_CASE("CSV reader refuses UTF-16 with unpaired surrogates, keeps pairs split across chunks",
          "[csv]")
{
    CsvReader::Options utf16;
    utf16.encoding = "UTF-16LE";
    auto utf16le = [](const QString &text) {
        return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    };
    // A lone high surrogate on line 2: undecodable text, reported on its line.
    const ReadResult lone = readBytes(
        utf16le(QStringLiteral("id,name\n1,A") + QChar(0xD83D) + QStringLiteral("x\n")), utf16);
    CHECK(lone.error);
    CHECK(lone.decodingFailed);
    CHECK(lone.errorLine == 2);
    // A lone low surrogate, and a high surrogate ending the file.
    CHECK(readBytes(utf16le(QStringLiteral("a,") + QChar(0xDE00) + QStringLiteral("\n")), utf16)
              .decodingFailed);
    CHECK(readBytes(utf16le(QStringLiteral("a,b") + QChar(0xD83D)), utf16).decodingFailed);

    // A valid pair (U+1F600) whose halves fall into two read chunks is one character.
    QString text = QStringLiteral("id,name\n");
    while (text.size() < kChunk / 2 - 100)
        text += QStringLiteral("1,aaaaaaaaaaaaaaaaaaaa\n");
    text += QStringLiteral("2,");
    text += QString(int(kChunk / 2 - 1 - text.size()), QLatin1Char('a'));
    text += QString::fromUcs4(U"\U0001F600") + QStringLiteral("\n");
    const QByteArray bytes = utf16le(text);
    REQUIRE(bytes.mid(kChunk - 2, 2) == utf16le(QChar(0xD83D)));
    const ReadResult split = readBytes(bytes, utf16);
    REQUIRE_FALSE(split.error);
    CHECK(split.rows.last().at(1).endsWith(QString::fromUcs4(U"\U0001F600")));
}
