#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace whoowns {

// Writes RFC 4180 CSV (UTF-8, comma, CRLF-free "\n" line ends, quotes only where needed).
// Cells that a spreadsheet would run as a formula (=, +, -, @ and tab/CR at the start) are
// neutralised with a leading apostrophe; the canonical importer removes it again.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device) : m_device(device) {}
    bool writeRecord(const QStringList &fields);
    static QString escape(const QString &field);
    static QString neutraliseFormula(const QString &field);
    static QString restoreFormula(const QString &field);

private:
    QIODevice *m_device;
};

} // namespace whoowns
