#include "importwizard/importplan.h"

#include "csv/csvreader.h"
#include "importers/columnmapping.h"
#include "importers/peoplefile.h"
#include "io/directoryimport.h"
#include "store/directorystore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace whoowns::ui {

namespace {

constexpr int kSampleRows = 8;
constexpr int kHeaderSearchRows = 10;

// Translations of this file, in their own context (no QObject here).
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(whoowns::ui::ImportPlan)
};

} // namespace

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return PlanText::tr("tab");
    if (delimiter == QLatin1Char(';'))
        return PlanText::tr("semicolon");
    if (delimiter == QLatin1Char('|'))
        return PlanText::tr("pipe");
    return PlanText::tr("comma");
}

bool inspectImportFile(ImportPlan &plan)
{
    plan.problem.clear();
    plan.headers.clear();
    plan.sample.clear();
    plan.format.clear();
    QFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.problem = PlanText::tr("%1: cannot open: %2").arg(plan.path, file.errorString());
        return false;
    }
    plan.encoding = detectEncoding(&file);
    const QString head = readHead(&file, plan.encoding);
    plan.delimiter = detectDelimiter(head);
    QByteArray headBytes = head.toUtf8();
    QBuffer buffer(&headBytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = plan.delimiter;
    options.strict = false;
    CsvReader reader(&buffer, options);
    CsvRecord record;
    // The header is the first row from which a name can be made (exports may put a title
    // above it); canonical teams and responsibilities files start with theirs.
    int searched = 0;
    while (plan.headers.isEmpty() && searched++ < kHeaderSearchRows && reader.next(record)) {
        if (!plan.isPeople() || ColumnMapping::detect(record.fields).canMakeName()) {
            plan.headers = record.fields;
            plan.headerLine = record.line;
        }
    }
    if (plan.headers.isEmpty()) {
        plan.problem = PlanText::tr("%1: no header row found (a column for the name is needed)")
                           .arg(plan.path);
        return false;
    }
    while (plan.sample.size() < kSampleRows && reader.next(record))
        plan.sample.append(record.fields);
    if (plan.isPeople()) {
        PeopleFileContent content;
        ImportReport report;
        readPeopleFile(plan.path, {}, content, report);
        plan.format = content.format;
    } else {
        plan.format = PlanText::tr("canonical %1 CSV").arg(plan.kind);
    }
    return true;
}

bool runImport(DirectoryStore &store, const ImportPlan &plan, bool dryRun, ImportReport &report)
{
    ImportOptions options;
    options.dryRun = dryRun;
    options.full = plan.fullExport;
    options.user = qEnvironmentVariable("USER");
    if (plan.isPeople()) {
        PeopleFileOptions file;
        file.mappings = plan.mappings;
        return importPeopleFile(store, plan.path, file, options, report);
    }
    return importCanonicalFile(store, plan.kind, plan.path, options, report);
}

} // namespace whoowns::ui
