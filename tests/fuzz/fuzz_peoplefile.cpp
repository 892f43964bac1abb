// Fuzzes the whole people-file reader as `import people` runs it: encoding detection (BOM,
// UTF-8, UTF-16, Windows-1252), format sniffing, delimiter and header detection, column
// mapping, and every format (CSV styles, organograms, vCard, LDIF, JSON). The selector byte
// picks the file name's suffix and either detection or an explicit --format.
#include "fuzzsupport.h"

#include "importers/peoplefile.h"

#include <QFile>
#include <QTemporaryDir>

using namespace whoowns;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static QTemporaryDir *dir = new QTemporaryDir;
    static const char *const suffixes[] = {"csv", "txt", "vcf", "ldif", "json", "tsv", "", "csv"};
    const auto [selector, input] = fuzz::select(data, size);
    const QString path =
        dir->filePath(QStringLiteral("people.") + QString::fromLatin1(suffixes[selector & 7]));
    {
        QFile f(path);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   f.write(input) == input.size());
    }
    PeopleFileOptions options;
    const QStringList formats = peopleFormatNames();
    if (selector & 8)
        options.format = formats.at((selector >> 4) % formats.size());
    if (selector & 0x80)
        options.mappings = {QStringLiteral("Name=name"), QStringLiteral("Boss=manager")};
    PeopleFileContent content;
    ImportReport report;
    const bool ok = readPeopleFile(path, options, content, report);
    FUZZ_CHECK(!ok || !report.hasErrors());
    for (const ImportMessage &m : report.messages)
        (void)m.format();
    return 0;
}
