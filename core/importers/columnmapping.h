#pragma once

#include "model/person.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace whoowns {

// What a column of a people export can mean. Beyond the canonical person fields there are the
// parts that build one (first and last name), a matrix (dotted-line) manager that is checked but
// not stored, and "ignore".
enum class ImportField {
    Id,
    Name,
    PreferredName,
    Title,
    Department,
    Team,
    Manager,
    Email,
    Phone,
    Extension,
    Mobile,
    Location,
    Timezone,
    Hours,
    Status,
    OutOfOffice,
    Delegate,
    Function,
    FirstName,
    LastName,
    MatrixManager,
    Count
};
constexpr int kImportFieldCount = int(ImportField::Count);

QString importFieldName(ImportField field);
// Accepts the canonical column names (manager_id, delegate_id, ...) and a few obvious synonyms.
bool importFieldFromName(const QString &name, ImportField *field);

// "Employee #" -> "employeenumber", "E-mail Address" -> "emailaddress": the form in which
// header names are compared, so spacing, case and punctuation do not matter.
QString headerKey(const QString &header);

// Which columns of a table feed which field. A field may have several columns, tried in order
// until one is non-empty (Entra: employeeId, else userPrincipalName).
class ColumnMapping
{
public:
    // Guesses the mapping from the header names.
    static ColumnMapping detect(const QStringList &headers);

    // An explicit "Header=field" entry (field "ignore" drops the column); false with a message
    // when the header or the field is unknown.
    bool override(const QString &entry, QString *problem);

    const QList<int> &sources(ImportField field) const { return m_sources[int(field)]; }
    bool has(ImportField field) const { return !m_sources[int(field)].isEmpty(); }
    // A name can be made: a name column or a first/last name pair.
    bool canMakeName() const;
    // "Employee ID -> id" lines for the report, in header order.
    QStringList describe() const;
    const QStringList &headers() const { return m_headers; }

    // The value of a field in a row: the first non-empty mapped cell, trimmed.
    QString value(const QStringList &cells, ImportField field) const;

private:
    QStringList m_headers;
    QList<int> m_sources[kImportFieldCount];
};

// Real exports write "N/D", "Vacant", "N/A", "-" where a value is unknown or withheld.
bool isPlaceholder(const QString &value);

// Status words of HR systems: "Active", "Leave of Absence", "On Leave", "Terminated",
// "Inactive", Entra's accountEnabled "True"/"False". ok is false for words we do not know.
PersonStatus statusFromExport(const QString &text, bool *ok);

// "+49 30 5557 1234 x51234" -> phone "+49 30 5557 1234", extension "51234".
void splitPhoneExtension(QString &phone, QString &extension);

} // namespace whoowns
