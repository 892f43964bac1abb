#include "importers/peoplefile.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "importers/organogram.h"
#include "importers/recordformats.h"
#include "importers/textsniffer.h"
#include "io/personresolver.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace whoowns {

namespace {

constexpr int kHeaderSearchRows = 10;

// Names a delimited table's format from its header, for the report (the mapping itself comes
// from the header names, whatever the system).
QString tableFormatName(const QStringList &headers)
{
    QSet<QString> keys;
    QSet<QString> raw;
    for (const QString &h : headers) {
        keys.insert(headerKey(h));
        raw.insert(h.trimmed());
    }
    auto all = [&](std::initializer_list<const char *> names) {
        for (const char *n : names)
            if (!keys.contains(QLatin1String(n)))
                return false;
        return true;
    };
    if (raw.contains(QStringLiteral("id")) && raw.contains(QStringLiteral("name")) &&
        (raw.contains(QStringLiteral("manager_id")) || raw.contains(QStringLiteral("email"))))
        return QStringLiteral("canonical");
    if (all({"employeenumber", "reportingto"}) || all({"employeenumber", "workext"}))
        return QStringLiteral("bamboo");
    if (all({"legalfirstname"}) || all({"manageremployeeid"}) || all({"supervisoryorganization"}))
        return QStringLiteral("workday");
    if (all({"userprincipalname"}) || all({"displayname", "givenname"}))
        return QStringLiteral("entra");
    if (all({"emailaddressrequired"}) || all({"firstnamerequired"}))
        return QStringLiteral("google");
    if (all({"personid", "supervisorid"}) || all({"altreportsto"}))
        return QStringLiteral("orgchartnow");
    if (all({"emailaddress", "businessphone"}) || all({"managersname"}))
        return QStringLiteral("outlook");
    if (raw.contains(QStringLiteral("Reports_To")) || all({"reportsto", "telephone"}))
        return QStringLiteral("visio");
    if (all({"supervisor"}) || all({"reportsto"}) || all({"manager"}) || all({"manageremail"}))
        return QStringLiteral("personio");
    return QStringLiteral("csv");
}

QString describeDelimiter(QChar d)
{
    if (d == QLatin1Char('\t'))
        return QStringLiteral("tab");
    if (d == QLatin1Char(';'))
        return QStringLiteral("semicolon");
    if (d == QLatin1Char('|'))
        return QStringLiteral("pipe");
    return QStringLiteral("comma");
}

bool isBlankRecord(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

// A delimited people table (every CSV-like format, organograms included).
bool readTable(QIODevice *file, const DetectedEncoding &encoding, const PeopleFileOptions &options,
               PeopleFileContent &content, ImportReport &report)
{
    const QString head = readHead(file, encoding);
    CsvReader::Options csv;
    csv.encoding = encoding.name;
    csv.delimiter = detectDelimiter(head);
    // The canonical format is what we write ourselves: strict RFC 4180. Other exports get the
    // benefit of the doubt about stray quotes.
    csv.strict = options.format == QLatin1String("canonical");
    // The limit: files of more than 5 million people are refused (the header row
    // counts as a record of the reader).
    csv.maxRecords = 5'000'001;
    CsvReader reader(file, csv);
    report.info(QStringLiteral("encoding %1%2, delimiter %3")
                    .arg(QString::fromLatin1(encoding.name),
                         encoding.hasBom ? QStringLiteral(" (with BOM)") : QString(),
                         describeDelimiter(csv.delimiter)));

    // The header is the first of the first rows from which a name can be made (some exports
    // put a title or a date above it).
    QList<CsvRecord> early;
    CsvRecord record;
    int headerAt = -1;
    ColumnMapping mapping;
    while (early.size() < kHeaderSearchRows && reader.next(record)) {
        early.append(record);
        const ColumnMapping m = ColumnMapping::detect(record.fields);
        if (m.canMakeName() || organogramKind(record.fields) != OrganogramKind::None) {
            headerAt = int(early.size()) - 1;
            mapping = m;
            break;
        }
    }
    if (reader.hasError()) {
        report.error(reader.errorLine(), reader.errorString());
        return false;
    }
    if (early.isEmpty()) {
        report.error(1, QStringLiteral("the file is empty (a header row is needed)"));
        return false;
    }
    if (headerAt < 0) {
        report.error(early.first().line,
                     QStringLiteral("no column can be a name (the header has: %1); give one "
                                    "with --map \"COLUMN=name\"")
                         .arg(early.first().fields.join(QStringLiteral(", "))));
        return false;
    }
    const CsvRecord header = early.at(headerAt);
    for (const QString &entry : options.mappings) {
        QString problem;
        if (!mapping.override(entry, &problem)) {
            report.error(header.line, problem);
            return false;
        }
    }
    if (!mapping.canMakeName() && organogramKind(header.fields) != OrganogramKind::Junior) {
        report.error(header.line, QStringLiteral("no column can be a name"));
        return false;
    }
    const OrganogramKind organogram = organogramKind(header.fields);
    OrganogramRows organogramRows(organogram, header.fields);
    if (organogram == OrganogramKind::Senior)
        content.format = QStringLiteral("organogram");
    else if (organogram == OrganogramKind::Junior)
        content.format = QStringLiteral("organogram-junior");
    else
        content.format = tableFormatName(header.fields);
    if (!options.format.isEmpty() && options.format != QLatin1String("csv") &&
        !(options.format == QLatin1String("organogram") && organogram != OrganogramKind::None))
        content.format = options.format;
    content.partial = organogram == OrganogramKind::Junior;
    report.mapping = mapping.describe();
    for (const QString &line : report.mapping)
        report.info(QStringLiteral("column %1").arg(line));
    QSet<QString> seenHeaders;
    for (const QString &h : header.fields) {
        const QString key = headerKey(h);
        if (!key.isEmpty() && seenHeaders.contains(key))
            report.warning(
                header.line,
                QStringLiteral("column \"%1\" appears twice; the first one is used").arg(h));
        seenHeaders.insert(key);
    }

    const bool canonical = content.format == QLatin1String("canonical");
    // Reserve the row list from the file size and the sample's bytes per line, so that a large
    // file is not copied while the list grows.
    {
        const qsizetype lines = qMax<qsizetype>(1, head.count(QLatin1Char('\n')));
        const double bytesPerLine = double(head.toUtf8().size()) / lines;
        if (bytesPerLine > 0)
            content.rows.reserve(qsizetype(double(file->size()) / bytesPerLine * 1.15) + 16);
    }
    StringPool pool;
    auto handle = [&](const CsvRecord &r) {
        if (isBlankRecord(r.fields))
            return;
        if (r.fields.size() > header.fields.size() &&
            !isBlankRecord(r.fields.mid(header.fields.size())))
            report.warning(r.line, QStringLiteral("this row has %1 fields, the header has %2; "
                                                  "the extra fields are ignored")
                                       .arg(r.fields.size())
                                       .arg(header.fields.size()));
        if (content.organisation.isEmpty() && organogram != OrganogramKind::None)
            content.organisation = organogramRows.organisation(r.fields);
        if (organogram == OrganogramKind::Junior) {
            organogramRows.addJunior(r.fields, r.line);
            return;
        }
        FieldValues v;
        for (int f = 0; f < kImportFieldCount; ++f) {
            QString value = mapping.value(r.fields, ImportField(f));
            if (canonical)
                value = CsvWriter::restoreFormula(value);
            v.values[f] = std::move(value);
        }
        if (organogram == OrganogramKind::Senior)
            organogramRows.completeSenior(r.fields, v);
        if (!v[ImportField::MatrixManager].isEmpty() &&
            !isPlaceholder(v[ImportField::MatrixManager]))
            content.matrixManagers.append({r.line, v[ImportField::MatrixManager]});
        content.rows.append(buildPerson(v, r.line, report, &pool));
    };
    for (int i = headerAt + 1; i < early.size(); ++i)
        handle(early.at(i));
    early.clear();
    while (reader.next(record))
        handle(record);
    if (reader.hasError()) {
        report.error(reader.errorLine(), reader.errorString());
        return false;
    }
    if (organogram == OrganogramKind::Junior)
        content.rows = organogramRows.juniorRows();
    if (organogram == OrganogramKind::Senior)
        separateJobShares(content.rows, report);
    return true;
}

QString sniffStructuredFormat(const QString &head, const QString &suffix)
{
    const QString start = head.left(4096).trimmed();
    if (start.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive))
        return QStringLiteral("vcard");
    if (start.startsWith(QLatin1Char('[')) || start.startsWith(QLatin1Char('{')))
        return QStringLiteral("json");
    for (const QString &line : start.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        if (l.startsWith(QLatin1String("dn:"), Qt::CaseInsensitive) ||
            l.startsWith(QLatin1String("version:"), Qt::CaseInsensitive))
            return QStringLiteral("ldif");
        break;
    }
    if (suffix == QLatin1String("vcf"))
        return QStringLiteral("vcard");
    if (suffix == QLatin1String("ldif"))
        return QStringLiteral("ldif");
    if (suffix == QLatin1String("json"))
        return QStringLiteral("json");
    return QString();
}

} // namespace

QStringList peopleFormatNames()
{
    return {
        QStringLiteral("canonical"), QStringLiteral("csv"),        QStringLiteral("bamboo"),
        QStringLiteral("workday"),   QStringLiteral("entra"),      QStringLiteral("google"),
        QStringLiteral("personio"),  QStringLiteral("visio"),      QStringLiteral("orgchartnow"),
        QStringLiteral("outlook"),   QStringLiteral("organogram"), QStringLiteral("vcard"),
        QStringLiteral("ldif"),      QStringLiteral("json")};
}

bool readPeopleFile(const QString &path, const PeopleFileOptions &options,
                    PeopleFileContent &content, ImportReport &report)
{
    report.file = path;
    report.what = QStringLiteral("people");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error(0, QStringLiteral("cannot read: %1").arg(file.errorString()));
        return false;
    }
    if (!options.format.isEmpty() && !peopleFormatNames().contains(options.format)) {
        report.error(0, QStringLiteral("unknown format \"%1\" (known: %2)")
                            .arg(options.format, peopleFormatNames().join(QStringLiteral(", "))));
        return false;
    }
    const DetectedEncoding encoding = detectEncoding(&file);
    if (encoding.guessed)
        report.warning(1, QStringLiteral("the file is not UTF-8; it is read as Windows-1252"));
    const QString head = readHead(&file, encoding);
    QString format = options.format;
    const QString structured = sniffStructuredFormat(head, QFileInfo(path).suffix().toLower());
    if (format.isEmpty())
        format = structured;
    bool ok = false;
    if (format == QLatin1String("vcard") || format == QLatin1String("ldif") ||
        format == QLatin1String("json")) {
        content.format = format;
        report.info(QStringLiteral("encoding %1").arg(QString::fromLatin1(encoding.name)));
        ok = readRecordFormat(format, &file, encoding.name, options, content, report);
    } else {
        PeopleFileOptions table = options;
        table.format = format;
        ok = readTable(&file, encoding, table, content, report);
    }
    report.format = content.format;
    report.messages.insert(0, {ImportMessage::Severity::Info, path, 0,
                               QStringLiteral("format %1").arg(content.format)});
    return ok && !report.hasErrors();
}

bool importPeopleFile(DirectoryStore &store, const QString &path, const PeopleFileOptions &file,
                      ImportOptions options, ImportReport &report)
{
    PeopleFileContent content;
    if (!readPeopleFile(path, file, content, report))
        return false;
    if (options.org.isEmpty() && !content.organisation.isEmpty()) {
        options.org = content.organisation;
        report.info(QStringLiteral("organisation \"%1\" (ids are kept apart per organisation)")
                        .arg(options.org));
    }
    if (content.partial && options.full) {
        options.full = false;
        report.info(QStringLiteral("this file lists part of an organisation: nobody is marked "
                                   "as left"));
    }
    if (!content.matrixManagers.isEmpty()) {
        PersonResolver people;
        for (const PersonRow &row : content.rows)
            people.add(row.person);
        for (const auto &[line, ref] : content.matrixManagers) {
            const auto r = people.resolve(ref);
            if (r.outcome == PersonResolver::Outcome::Ambiguous)
                report.error(line, QStringLiteral("matrix manager \"%1\" matches more than one "
                                                  "person; use the id or email")
                                       .arg(ref));
            else if (r.outcome == PersonResolver::Outcome::NotFound)
                report.warning(line,
                               QStringLiteral("matrix manager \"%1\" is not in the file").arg(ref));
        }
        report.info(QStringLiteral("matrix managers are checked, not stored"));
        if (report.hasErrors())
            return false;
    }
    return importPeople(store, std::move(content.rows), options, report);
}

} // namespace whoowns
