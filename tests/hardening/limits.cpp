// Limits: inputs far beyond anything real (a 10,000-character query, a 5 GB file, a 1 MB field,
// a line without end, 100,000 columns) each get a clear error or a bounded answer, never
// unbounded memory or time. The big inputs are generated while they are read, or are sparse
// files: nothing of that size is written to disk.
#include "generatordevice.h"
#include "hardeningsupport.h"

#include "csv/csvreader.h"
#include "io/canonicalcsv.h"
#include "io/demo.h"
#include "search/searchengine.h"
#include "store/directorystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

using namespace whoowns;
using namespace whoowns::test;
using namespace whoowns::test::hardening;

namespace {

constexpr qint64 kFiveGB = 5LL * 1000 * 1000 * 1000;
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif
#else
constexpr bool kUnderAddressSanitizer = false;
#endif
const QByteArray kPeopleHeader = "id,name,title,email\n";

// Reads the device to the end (or the first error); returns the records read.
qint64 readToEnd(CsvReader &reader)
{
    CsvRecord record;
    qint64 n = 0;
    while (reader.next(record))
        ++n;
    return n;
}

QString longQuery(int chars)
{
    static const char *const words[] = {"refund",   "invoice",  "broken",    "fridge", "helena",
                                        "delivery", "password", "complaint", "ceo",    "warranty"};
    QString q;
    for (int i = 0; q.size() < chars; ++i)
        q += QString::fromLatin1(words[i % 10]) + QLatin1Char(' ');
    q.truncate(chars);
    return q;
}

} // namespace

TEST_CASE("a query of 10,000 characters gets a bounded answer", "[hardening][limits]")
{
    DirectoryStore store;
    ImportReport report;
    REQUIRE(store.open(QStringLiteral(":memory:")));
    REQUIRE(loadDemoCompany(store, report));
    const SearchEngine engine(std::make_shared<Directory>(store.load()));
    SearchOptions options;
    options.limit = 10;

    const QString words = longQuery(10000);
    // One word of 10,000 letters, all different neighbours: typo matching must not try its
    // length^2 deletions.
    QString oneWord;
    for (int i = 0; i < 10000; ++i)
        oneWord += QChar(QLatin1Char('a').unicode() + (i * 7 + i / 26) % 26);
    QString mixed;
    for (int i = 0; i < 10000; ++i)
        mixed += QChar(0x41 + (i * 7919) % 0x2FF); // Latin, accents, combining marks
    for (const QString &query : {words, oneWord, mixed}) {
        REQUIRE(query.size() == 10000);
        const auto results = engine.search(query, options);
        REQUIRE(results.size() <= options.limit);
    }

    // The same through the CLI, as a script would send it.
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("d.db"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode == 0);
    const ProcessResult r = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--json"), words});
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    REQUIRE(doc.object().value(QStringLiteral("results")).isArray());
}

TEST_CASE("a directory holding a 60,000-letter word is indexed in bounded time",
          "[hardening][limits]")
{
    // A field may hold up to 64 KiB (the CSV reader's limit); a pasted blob is one long word.
    auto directory = std::make_shared<Directory>();
    Person p;
    p.id = QStringLiteral("E1");
    p.name = QStringLiteral("Pat Example");
    QString title;
    for (int i = 0; i < 60000; ++i)
        title += QChar(QLatin1Char('a').unicode() + (i * 11 + i / 26) % 26);
    p.title = title;
    directory->people.append(p);
    directory->index();
    const SearchEngine engine(directory);
    REQUIRE(engine.search(QStringLiteral("pat")).size() == 1);
    REQUIRE(engine.search(title.left(10000)).size() <= 10);
}

TEST_CASE("a 5 GB stream of valid rows is refused with bounded memory", "[hardening][limits]")
{
    // 5 GB of well-formed people rows, made up while read: far more rows than any company.
    // The streaming reader must stop at its row cap with a clear error, in constant memory.
    // (An import keeps the rows it reads: up to the cap, about 1 KiB each; see the report.)
    GeneratorDevice device(kPeopleHeader, "E1,Pat Example,Analyst,pat@example.org\n", kFiveGB);
    REQUIRE(device.open(QIODevice::ReadOnly));
    resetPeakMemory();
    const qint64 peakBefore = peakMemoryMiB();
    CsvReader reader(&device);
    const qint64 records = readToEnd(reader);
    const qint64 peakGrowth = peakMemoryMiB() - peakBefore;
    std::cout << "5 GB stream: read " << device.produced() / (1024 * 1024) << " MiB, " << records
              << " records, then: " << reader.errorString().toStdString() << "; peak memory +"
              << peakGrowth << " MiB\n";
    REQUIRE(reader.hasError());
    REQUIRE(reader.errorString().contains(QStringLiteral("rows")));
    REQUIRE(device.produced() < kFiveGB);
    // AddressSanitizer's quarantine makes resident memory incomparable: checked without it.
    if (!kUnderAddressSanitizer)
        REQUIRE(peakGrowth < 256);
}

TEST_CASE("a 5 GB sparse file is refused by import with a clear error", "[hardening][limits]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("huge.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kPeopleHeader + "E1,Pat Example,Analyst,pat@example.org\n");
        // The rest is a hole: 5 GB long, no disk space used, reads as zero bytes.
        REQUIRE(f.resize(kFiveGB));
    }
    REQUIRE(QFile(path).size() == kFiveGB);
    const QString db = dir.path(QStringLiteral("d.db"));
    const ProcessResult r = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), path});
    INFO(r.err);
    REQUIRE(r.exitCode == 1);
    REQUIRE(r.err.contains(QStringLiteral("huge.csv")));
    // Nothing was written.
    const ProcessResult stats =
        runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    REQUIRE(QJsonDocument::fromJson(stats.out.toUtf8())
                .object()
                .value(QStringLiteral("people"))
                .toInt(-1) == 0);
}

TEST_CASE("a field of 1 MB gets a clear FILE:LINE error", "[hardening][limits]")
{
    ScratchDir dir;
    const QByteArray big(1024 * 1024, 'x');
    struct Case
    {
        const char *name;
        QByteArray content;
    };
    const Case cases[] = {
        {"unquoted", kPeopleHeader + "E1,Pat Example,Analyst,pat@example.org\nE2," + big +
                         ",Analyst,x@example.org\n"},
        {"quoted", kPeopleHeader + "E1,Pat Example,Analyst,pat@example.org\nE2,\"" + big +
                       "\",Analyst,x@example.org\n"},
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const QString path = dir.write(QStringLiteral("big.csv"), c.content);
            const ProcessResult r =
                runCli({QStringLiteral("--db"), dir.path(QStringLiteral("d.db")),
                        QStringLiteral("import"), QStringLiteral("people"), path});
            INFO(r.err);
            REQUIRE(r.exitCode == 1);
            REQUIRE(r.err.contains(QStringLiteral("big.csv:3:")));
        }
    }
}

TEST_CASE("a line without end is cut off with a clear error", "[hardening][limits]")
{
    struct Case
    {
        const char *name;
        QByteArray prefix;
        QByteArray pattern;
    };
    const Case cases[] = {
        {"one endless field", kPeopleHeader + "E1,", "abcdefgh"},
        {"an endless quoted field", kPeopleHeader + "E1,\"", "ab,cd\n"},
        {"endless short fields", kPeopleHeader, "a,"},
        {"endless empty fields", kPeopleHeader, ","},
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            GeneratorDevice device(c.prefix, c.pattern, kFiveGB);
            REQUIRE(device.open(QIODevice::ReadOnly));
            CsvReader reader(&device);
            readToEnd(reader);
            INFO("read " << device.produced() << " bytes");
            REQUIRE(reader.hasError());
            REQUIRE(reader.errorLine() == 2);
            // Stopped within a few read chunks of the limit, not at the end of 5 GB.
            REQUIRE(device.produced() < 16 * 1024 * 1024);

            ImportReport report;
            report.file = QStringLiteral("endless.csv");
            GeneratorDevice again(c.prefix, c.pattern, kFiveGB);
            REQUIRE(again.open(QIODevice::ReadOnly));
            readCanonicalPeople(&again, report);
            REQUIRE(report.hasErrors());
            REQUIRE(again.produced() < 16 * 1024 * 1024);
        }
    }
}

TEST_CASE("100,000 columns get a clear error", "[hardening][limits]")
{
    ScratchDir dir;
    QByteArray header = "id,name";
    QByteArray row = "E1,Pat Example";
    for (int i = 2; i < 100000; ++i) {
        header += ",extra" + QByteArray::number(i);
        row += ",v";
    }
    SECTION("in the header")
    {
        const QString path = dir.write(QStringLiteral("wide.csv"), header + "\n" + "E1,Pat\n");
        const ProcessResult r = runCli({QStringLiteral("--db"), dir.path(QStringLiteral("d.db")),
                                        QStringLiteral("import"), QStringLiteral("people"), path});
        INFO(r.err);
        REQUIRE(r.exitCode == 1);
        REQUIRE(r.err.contains(QStringLiteral("wide.csv:1:")));
        REQUIRE(r.err.contains(QStringLiteral("columns")));
    }
    SECTION("in a row")
    {
        const QString path =
            dir.write(QStringLiteral("wide.csv"), "id,name\nE0,Sam Example\n" + row + "\n");
        const ProcessResult r = runCli({QStringLiteral("--db"), dir.path(QStringLiteral("d.db")),
                                        QStringLiteral("import"), QStringLiteral("people"), path});
        INFO(r.err);
        REQUIRE(r.exitCode == 1);
        REQUIRE(r.err.contains(QStringLiteral("wide.csv:3:")));
    }
}
