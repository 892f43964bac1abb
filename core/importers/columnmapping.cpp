#include "importers/columnmapping.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace whoowns {

namespace {

const char *const kFieldNames[kImportFieldCount] = {
    "id",
    "name",
    "preferred_name",
    "title",
    "department",
    "team",
    "manager_id",
    "email",
    "phone",
    "extension",
    "mobile",
    "location",
    "timezone",
    "hours",
    "status",
    "out_of_office_until",
    "delegate_id",
    "function",
    "first_name",
    "last_name",
    "matrix_manager",
};

// One way a header can be read. Higher priority wins when two headers claim a field. An
// alternate reading applies only when the header lost its first reading to a better column
// (BambooHR's "Department" is the team when a "Division" column holds the department).
struct Alias
{
    const char *key; // headerKey() form
    ImportField field;
    int priority;
    bool alternate = false;
};

// Header names of the HR systems of formats.md (and their obvious variants). Where several
// columns can give a field, the more precise one has the higher priority; the others remain
// as fallbacks for rows where it is empty.
const QList<Alias> &aliases()
{
    using F = ImportField;
    static const QList<Alias> list = {
        // ids: employee numbers, post references, then account names
        {"id", F::Id, 10},
        {"employeeid", F::Id, 9},
        {"employeenumber", F::Id, 9},
        {"employeeno", F::Id, 9},
        {"empno", F::Id, 9},
        {"empid", F::Id, 9},
        {"personid", F::Id, 9},
        {"postuniquereference", F::Id, 9},
        {"staffid", F::Id, 9},
        {"staffnumber", F::Id, 9},
        {"workerid", F::Id, 9},
        {"personnelnumber", F::Id, 9},
        {"personalnummer", F::Id, 9},
        {"uniqueid", F::Id, 8},
        {"userid", F::Id, 5},
        {"userprincipalname", F::Id, 2},
        // names
        {"name", F::Name, 10},
        {"fullname", F::Name, 9},
        {"displayname", F::Name, 9},
        {"employeename", F::Name, 8},
        {"legalname", F::Name, 7},
        {"postholder", F::Name, 7},
        {"firstname", F::FirstName, 10},
        {"givenname", F::FirstName, 9},
        {"legalfirstname", F::FirstName, 9},
        {"firstnamerequired", F::FirstName, 9},
        {"forename", F::FirstName, 8},
        {"vorname", F::FirstName, 8},
        {"lastname", F::LastName, 10},
        {"surname", F::LastName, 9},
        {"familyname", F::LastName, 9},
        {"legallastname", F::LastName, 9},
        {"lastnamerequired", F::LastName, 9},
        {"nachname", F::LastName, 8},
        {"preferredname", F::PreferredName, 10},
        {"preferredfirstname", F::PreferredName, 9},
        {"nickname", F::PreferredName, 8},
        {"knownas", F::PreferredName, 8},
        // jobs
        {"title", F::Title, 10},
        {"jobtitle", F::Title, 10},
        {"businesstitle", F::Title, 9},
        {"employeetitle", F::Title, 9},
        {"positiontitle", F::Title, 9},
        {"position", F::Title, 8},
        {"role", F::Title, 6},
        {"designation", F::Title, 6},
        {"function", F::Function, 10},
        {"jobteamfunction", F::Function, 10},
        {"responsibilities", F::Function, 9},
        {"jobdescription", F::Function, 8},
        {"duties", F::Function, 8},
        {"description", F::Function, 6},
        // organisation
        {"division", F::Department, 10},
        {"costcenter", F::Department, 8},
        {"costcentre", F::Department, 8},
        {"department", F::Department, 6},
        {"department", F::Team, 4, true},
        {"departmentname", F::Department, 6},
        {"abteilung", F::Department, 6},
        {"team", F::Team, 10},
        {"teamname", F::Team, 9},
        {"supervisoryorganization", F::Team, 9},
        {"supervisoryorganisation", F::Team, 9},
        {"unit", F::Team, 8},
        {"group", F::Team, 5},
        // managers: ids before emails before names
        {"managerid", F::Manager, 10},
        {"manageremployeeid", F::Manager, 10},
        {"supervisorid", F::Manager, 10},
        {"reportstoseniorpost", F::Manager, 10},
        {"reportingseniorpost", F::Manager, 10},
        {"manageremail", F::Manager, 8},
        {"supervisoremail", F::Manager, 8},
        {"manager", F::Manager, 7},
        {"reportsto", F::Manager, 7},
        {"reportingto", F::Manager, 7},
        {"supervisor", F::Manager, 7},
        {"linemanager", F::Manager, 7},
        {"managername", F::Manager, 6},
        {"managersname", F::Manager, 6},
        {"vorgesetzter", F::Manager, 6},
        {"delegateid", F::Delegate, 10},
        {"delegate", F::Delegate, 9},
        {"deputy", F::Delegate, 8},
        {"stellvertreter", F::Delegate, 8},
        {"altreportsto", F::MatrixManager, 10},
        {"matrixmanager", F::MatrixManager, 10},
        {"dottedlinemanager", F::MatrixManager, 9},
        {"secondarymanager", F::MatrixManager, 9},
        // contact
        {"email", F::Email, 10},
        {"mail", F::Email, 10},
        {"workemail", F::Email, 10},
        {"primaryworkemail", F::Email, 10},
        {"emailaddress", F::Email, 9},
        {"emailaddressrequired", F::Email, 9},
        {"contactemail", F::Email, 9},
        {"businessemail", F::Email, 9},
        {"userprincipalname", F::Email, 2},
        {"phone", F::Phone, 10},
        {"workphone", F::Phone, 10},
        {"primaryworkphone", F::Phone, 10},
        {"businessphone", F::Phone, 10},
        {"telephonenumber", F::Phone, 9},
        {"telephone", F::Phone, 9},
        {"officephone", F::Phone, 9},
        {"contactphone", F::Phone, 9},
        {"directline", F::Phone, 9},
        {"phonenumber", F::Phone, 8},
        {"extension", F::Extension, 10},
        {"workext", F::Extension, 10},
        {"ext", F::Extension, 9},
        {"phoneextension", F::Extension, 9},
        {"mobile", F::Mobile, 10},
        {"mobilephone", F::Mobile, 10},
        {"cellphone", F::Mobile, 9},
        {"cell", F::Mobile, 9},
        {"mobilenumber", F::Mobile, 9},
        {"location", F::Location, 10},
        {"worklocation", F::Location, 10},
        {"officelocation", F::Location, 10},
        {"office", F::Location, 8},
        {"site", F::Location, 8},
        {"city", F::Location, 6},
        {"building", F::Location, 5},
        {"standort", F::Location, 8},
        {"timezone", F::Timezone, 10},
        {"tz", F::Timezone, 8},
        {"hours", F::Hours, 10},
        {"workinghours", F::Hours, 9},
        {"workhours", F::Hours, 9},
        {"status", F::Status, 10},
        {"employmentstatus", F::Status, 10},
        {"workerstatus", F::Status, 10},
        {"employeestatus", F::Status, 10},
        {"accountenabled", F::Status, 8},
        {"outofofficeuntil", F::OutOfOffice, 10},
        {"awayuntil", F::OutOfOffice, 9},
        {"absentuntil", F::OutOfOffice, 9},
    };
    return list;
}

} // namespace

QString importFieldName(ImportField field)
{
    return QString::fromLatin1(kFieldNames[int(field)]);
}

bool importFieldFromName(const QString &name, ImportField *field)
{
    const QString key = name.trimmed().toLower();
    for (int i = 0; i < kImportFieldCount; ++i) {
        const QString canonical = QString::fromLatin1(kFieldNames[i]);
        if (key == canonical || headerKey(key) == headerKey(canonical)) {
            *field = ImportField(i);
            return true;
        }
    }
    static const QHash<QString, ImportField> synonyms = {
        {QStringLiteral("manager"), ImportField::Manager},
        {QStringLiteral("delegate"), ImportField::Delegate},
        {QStringLiteral("first"), ImportField::FirstName},
        {QStringLiteral("last"), ImportField::LastName},
        {QStringLiteral("surname"), ImportField::LastName},
        {QStringLiteral("ooo"), ImportField::OutOfOffice},
        {QStringLiteral("responsibilities"), ImportField::Function},
    };
    const auto it = synonyms.constFind(key);
    if (it == synonyms.cend())
        return false;
    *field = *it;
    return true;
}

QString headerKey(const QString &header)
{
    QString out;
    out.reserve(header.size() + 8);
    for (const QChar c : header) {
        if (c == QLatin1Char('#'))
            out += QLatin1String("number");
        else if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

ColumnMapping ColumnMapping::detect(const QStringList &headers)
{
    ColumnMapping m;
    m.m_headers = headers;
    struct Claim
    {
        int column;
        const Alias *alias;
    };
    QList<Claim> claims;
    QHash<QString, int> firstOfKey;
    for (int c = 0; c < headers.size(); ++c) {
        const QString key = headerKey(headers.at(c));
        if (key.isEmpty() || firstOfKey.contains(key))
            continue; // unnamed index columns and repeated headers: the first one counts
        firstOfKey.insert(key, c);
        for (const Alias &a : aliases())
            if (key == QLatin1String(a.key))
                claims.append({c, &a});
    }
    std::stable_sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) {
        return a.alias->priority > b.alias->priority;
    });
    QList<bool> lostPrimary(headers.size(), false);
    // Primary readings, best first. Department and team take one column each (the better one);
    // other fields keep the weaker columns as fallbacks for rows where the better one is empty.
    for (const Claim &cl : claims) {
        if (cl.alias->alternate)
            continue;
        auto &list = m.m_sources[int(cl.alias->field)];
        const bool exclusive =
            cl.alias->field == ImportField::Department || cl.alias->field == ImportField::Team;
        if (!list.isEmpty() && exclusive) {
            lostPrimary[cl.column] = true;
            continue;
        }
        list.append(cl.column);
    }
    for (const Claim &cl : claims) {
        if (!cl.alias->alternate || !lostPrimary.at(cl.column))
            continue;
        auto &list = m.m_sources[int(cl.alias->field)];
        if (list.isEmpty())
            list.append(cl.column);
    }
    return m;
}

bool ColumnMapping::override(const QString &entry, QString *problem)
{
    const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
    if (eq <= 0) {
        *problem = QStringLiteral("mapping \"%1\" is not of the form \"Column=field\"").arg(entry);
        return false;
    }
    const QString header = entry.left(eq).trimmed();
    const QString fieldName = entry.mid(eq + 1).trimmed();
    int column = int(m_headers.indexOf(header));
    if (column < 0) {
        const QString key = headerKey(header);
        for (int c = 0; c < m_headers.size() && column < 0; ++c)
            if (headerKey(m_headers.at(c)) == key)
                column = c;
    }
    if (column < 0) {
        *problem =
            QStringLiteral("mapping \"%1\": the file has no column \"%2\"").arg(entry, header);
        return false;
    }
    ImportField field = ImportField::Count;
    const bool ignore = fieldName.isEmpty() || fieldName == QLatin1String("ignore");
    if (!ignore && !importFieldFromName(fieldName, &field)) {
        QStringList names;
        for (const char *n : kFieldNames)
            names.append(QString::fromLatin1(n));
        *problem = QStringLiteral("mapping \"%1\": unknown field \"%2\" (known: %3, ignore)")
                       .arg(entry, fieldName, names.join(QStringLiteral(", ")));
        return false;
    }
    for (auto &list : m_sources)
        list.removeAll(column);
    if (!ignore)
        m_sources[int(field)] = {column};
    return true;
}

bool ColumnMapping::canMakeName() const
{
    return has(ImportField::Name) || has(ImportField::FirstName) || has(ImportField::LastName);
}

QStringList ColumnMapping::describe() const
{
    QStringList out;
    for (int c = 0; c < m_headers.size(); ++c) {
        QStringList fields;
        for (int f = 0; f < kImportFieldCount; ++f) {
            const qsizetype at = m_sources[f].indexOf(c);
            if (at == 0)
                fields.append(importFieldName(ImportField(f)));
            else if (at > 0)
                fields.append(importFieldName(ImportField(f)) + QStringLiteral(" (fallback)"));
        }
        const QString shown = m_headers.at(c).isEmpty()
                                  ? QStringLiteral("(unnamed column %1)").arg(c + 1)
                                  : m_headers.at(c);
        out.append(QStringLiteral("%1 -> %2")
                       .arg(shown, fields.isEmpty() ? QStringLiteral("(ignored)")
                                                    : fields.join(QStringLiteral(", "))));
    }
    return out;
}

QString ColumnMapping::value(const QStringList &cells, ImportField field) const
{
    for (int c : m_sources[int(field)]) {
        if (c < cells.size()) {
            const QString v = cells.at(c).trimmed();
            if (!v.isEmpty())
                return v;
        }
    }
    return QString();
}

bool isPlaceholder(const QString &value)
{
    static const QStringList words = {
        QStringLiteral("n/d"),        QStringLiteral("n/a"),     QStringLiteral("na"),
        QStringLiteral("vacant"),     QStringLiteral("vacancy"), QStringLiteral("-"),
        QStringLiteral("--"),         QStringLiteral("tbc"),     QStringLiteral("tba"),
        QStringLiteral("null"),       QStringLiteral("none"),    QStringLiteral("not disclosed"),
        QStringLiteral("nd"),         QStringLiteral("?"),       QStringLiteral("vacant post"),
        QStringLiteral("eliminated"), QStringLiteral("withheld")};
    const QString v = value.trimmed().toLower();
    return words.contains(v);
}

PersonStatus statusFromExport(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.simplified().toLower();
    if (t.isEmpty())
        return PersonStatus::Active;
    static const QStringList active = {QStringLiteral("active"),    QStringLiteral("true"),
                                       QStringLiteral("yes"),       QStringLiteral("enabled"),
                                       QStringLiteral("employed"),  QStringLiteral("current"),
                                       QStringLiteral("aktiv"),     QStringLiteral("full-time"),
                                       QStringLiteral("part-time"), QStringLiteral("1")};
    static const QStringList gone = {
        QStringLiteral("left"),          QStringLiteral("terminated"), QStringLiteral("inactive"),
        QStringLiteral("false"),         QStringLiteral("disabled"),   QStringLiteral("former"),
        QStringLiteral("departed"),      QStringLiteral("no"),         QStringLiteral("0"),
        QStringLiteral("ausgeschieden"), QStringLiteral("retired"),    QStringLiteral("resigned")};
    if (active.contains(t))
        return PersonStatus::Active;
    if (gone.contains(t) || t.startsWith(QLatin1String("terminated")))
        return PersonStatus::Left;
    if (t.contains(QLatin1String("leave")) || t == QLatin1String("away") ||
        t.contains(QLatin1String("absence")) || t == QLatin1String("abwesend"))
        return PersonStatus::OnLeave;
    *ok = false;
    return PersonStatus::Active;
}

void splitPhoneExtension(QString &phone, QString &extension)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.*?\S)\s*(?:x|ext\.?|extension|dw\.?|durchwahl)\s*(\d{1,8})$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(phone);
    if (!m.hasMatch())
        return;
    if (extension.isEmpty())
        extension = m.captured(2);
    phone = m.captured(1);
}

} // namespace whoowns
