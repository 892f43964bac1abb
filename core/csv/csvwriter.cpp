#include "csv/csvwriter.h"

#include <QIODevice>

namespace whoowns {

namespace {
bool startsLikeFormula(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

QString CsvWriter::neutraliseFormula(const QString &field)
{
    // A phone number such as "+49 30 5557" is data, not a formula, but a spreadsheet would
    // still evaluate it; the apostrophe is what spreadsheets themselves use to mean "text".
    // Cells that already start with an apostrophe get one more, so restore is exact.
    if (startsLikeFormula(field) || field.startsWith(QLatin1Char('\'')))
        return QLatin1Char('\'') + field;
    return field;
}

QString CsvWriter::restoreFormula(const QString &field)
{
    if (field.size() >= 2 && field.front() == QLatin1Char('\'') &&
        (startsLikeFormula(field.mid(1)) || field.at(1) == QLatin1Char('\'')))
        return field.mid(1);
    return field;
}

QString CsvWriter::escape(const QString &field)
{
    const QString f = neutraliseFormula(field);
    // A leading U+FEFF would read as a byte order mark at the start of a file, and readers
    // drop it; inside quotes it is plainly data.
    if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
        f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
        f.startsWith(QChar(QChar::ByteOrderMark))) {
        QString q = f;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return f;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line.append(QLatin1Char(','));
        line.append(escape(fields.at(i)));
    }
    line.append(QLatin1Char('\n'));
    const QByteArray bytes = line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}

} // namespace whoowns
