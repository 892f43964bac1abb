#include "importers/recordformats.h"

#include "importers/personbuilder.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace whoowns {

namespace {

constexpr qsizetype kMaxFieldChars = 64 * 1024;
constexpr qsizetype kMaxRecords = 5'000'000;
constexpr qint64 kMaxStructuredBytes = qint64(512) * 1024 * 1024;

// A logical line of a folded format (vCard, LDIF): continuation lines start with one space or
// tab, which is dropped.
struct LogicalLine
{
    QString text;
    qint64 line = 0;
};

QList<LogicalLine> unfold(const QString &text)
{
    QList<LogicalLine> out;
    qint64 n = 0;
    for (QStringView raw : QStringView(text).split(QLatin1Char('\n'))) {
        ++n;
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (!raw.isEmpty() &&
            (raw.front() == QLatin1Char(' ') || raw.front() == QLatin1Char('\t')) &&
            !out.isEmpty() && !out.last().text.isEmpty()) {
            out.last().text += raw.mid(1);
            continue;
        }
        out.append({raw.toString(), n});
    }
    return out;
}

bool tooLong(const QString &value, qint64 line, ImportReport &report)
{
    if (value.size() <= kMaxFieldChars)
        return false;
    report.error(line, QStringLiteral("a field is longer than %1 KiB").arg(kMaxFieldChars / 1024));
    return true;
}

bool tooMany(qsizetype count, qint64 line, ImportReport &report)
{
    if (count < kMaxRecords)
        return false;
    report.error(line, QStringLiteral("more than %1 records").arg(kMaxRecords));
    return true;
}

// vCard text values escape \n, \, \; and \\.
QString vcardUnescape(QStringView v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v[++i];
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += v[i];
        }
    }
    return out;
}

// Splits a structured vCard value (N, ORG) on unescaped semicolons.
QStringList vcardComponents(QStringView v)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\')) {
            ++i;
        } else if (v[i] == QLatin1Char(';')) {
            parts.append(vcardUnescape(v.mid(start, i - start)).trimmed());
            start = i + 1;
        }
    }
    parts.append(vcardUnescape(v.mid(start)).trimmed());
    return parts;
}

QString stripUriScheme(QString v)
{
    for (const char *scheme : {"mailto:", "urn:uuid:", "uid:"})
        if (v.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return v.mid(int(qstrlen(scheme)));
    return v;
}

// LDAP distinguished names compare case-insensitively and ignore spaces around separators.
QString normalizeDn(const QString &dn)
{
    QStringList rdns;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= dn.size(); ++i) {
        if (i < dn.size() && dn.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (i == dn.size() || dn.at(i) == QLatin1Char(',')) {
            QString rdn = dn.mid(start, i - start).trimmed();
            const qsizetype eq = rdn.indexOf(QLatin1Char('='));
            if (eq > 0)
                rdn = rdn.left(eq).trimmed() + QLatin1Char('=') + rdn.mid(eq + 1).trimmed();
            rdns.append(rdn.toCaseFolded());
            start = i + 1;
        }
    }
    return rdns.join(QLatin1Char(','));
}

// Line numbers of the elements of a top-level JSON array (or of the first array found), by a
// scan that tracks strings and nesting depth: QJsonDocument keeps no positions.
QList<qint64> jsonElementLines(const QByteArray &text)
{
    QList<qint64> lines;
    qint64 line = 1;
    int depth = 0;
    int arrayDepth = -1;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (arrayDepth >= 0 && depth == arrayDepth + 1 && c == '{')
                lines.append(line);
            if (c == '[' && arrayDepth < 0)
                arrayDepth = depth;
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return lines;
}

QString jsonScalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return qAbs(d) < 1e15 && d == double(qint64(d)) ? QString::number(qint64(d)) // in range
                                                        : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object: {
        // A reference written as an object: {"id": "E1"} or {"email": ...}.
        const QJsonObject o = v.toObject();
        for (const char *k : {"id", "email", "mail", "name"})
            if (o.contains(QLatin1String(k)))
                return jsonScalar(o.value(QLatin1String(k)));
        return QString();
    }
    default:
        return QString();
    }
}

} // namespace

bool readVCards(const QString &text, PeopleFileContent &content, ImportReport &report)
{
    using F = ImportField;
    FieldValues v;
    bool inCard = false;
    qint64 cardLine = 0;
    bool havePhone = false, haveEmail = false;
    for (const LogicalLine &l : unfold(text)) {
        if (l.text.trimmed().isEmpty())
            continue;
        const qsizetype colon = l.text.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            if (inCard)
                report.warning(l.line, QStringLiteral("a vCard line without \":\" is ignored"));
            continue;
        }
        QStringList nameAndParams = l.text.left(colon).split(QLatin1Char(';'));
        QString name = nameAndParams.takeFirst().trimmed().toUpper();
        if (const qsizetype dot = name.indexOf(QLatin1Char('.')); dot >= 0)
            name = name.mid(dot + 1); // "item1.EMAIL": Apple's property groups
        const QString params = nameAndParams.join(QLatin1Char(';')).toLower();
        const QStringView value = QStringView(l.text).mid(colon + 1);
        if (name == QLatin1String("BEGIN")) {
            if (inCard) {
                report.error(l.line, QStringLiteral("a vCard starts before the previous one "
                                                    "ends (END:VCARD missing)"));
                return false;
            }
            inCard = true;
            cardLine = l.line;
            v = FieldValues();
            havePhone = haveEmail = false;
            continue;
        }
        if (!inCard) {
            report.error(l.line, QStringLiteral("text outside BEGIN:VCARD ... END:VCARD"));
            return false;
        }
        if (value.size() > kMaxFieldChars) {
            report.error(
                l.line, QStringLiteral("a field is longer than %1 KiB").arg(kMaxFieldChars / 1024));
            return false;
        }
        if (name == QLatin1String("END")) {
            inCard = false;
            if (tooMany(content.rows.size(), cardLine, report))
                return false;
            content.rows.append(buildPerson(v, cardLine, report));
            continue;
        }
        const QString text1 = vcardUnescape(value).trimmed();
        if (name == QLatin1String("FN")) {
            v[F::Name] = text1;
        } else if (name == QLatin1String("N")) {
            const QStringList n = vcardComponents(value);
            v[F::LastName] = n.value(0);
            v[F::FirstName] =
                QStringList{n.value(1), n.value(2)}.join(QLatin1Char(' ')).simplified();
        } else if (name == QLatin1String("NICKNAME")) {
            v[F::PreferredName] = text1.section(QLatin1Char(','), 0, 0).trimmed();
        } else if (name == QLatin1String("UID") || name == QLatin1String("X-EMPLOYEEID") ||
                   name == QLatin1String("X-EMPLOYEE-ID")) {
            if (v[F::Id].isEmpty() || name != QLatin1String("UID"))
                v[F::Id] = stripUriScheme(text1);
        } else if (name == QLatin1String("TITLE")) {
            v[F::Title] = text1;
        } else if (name == QLatin1String("ROLE") || name == QLatin1String("X-RESPONSIBILITIES")) {
            v[F::Function] = text1;
        } else if (name == QLatin1String("ORG")) {
            const QStringList parts = vcardComponents(value);
            v[F::Department] = parts.size() > 1 ? parts.at(1) : parts.value(0);
            if (parts.size() > 2)
                v[F::Team] = parts.at(2);
        } else if (name == QLatin1String("EMAIL")) {
            const bool preferred =
                params.contains(QLatin1String("work")) || params.contains(QLatin1String("pref"));
            if (!haveEmail || preferred)
                v[F::Email] = stripUriScheme(text1);
            haveEmail = haveEmail || preferred;
        } else if (name == QLatin1String("TEL")) {
            const QString number = stripUriScheme(text1).remove(QStringLiteral("tel:"));
            if (params.contains(QLatin1String("cell")) ||
                params.contains(QLatin1String("mobile"))) {
                v[F::Mobile] = number;
            } else if (!params.contains(QLatin1String("fax")) &&
                       !params.contains(QLatin1String("home"))) {
                const bool work = params.contains(QLatin1String("work"));
                if (!havePhone || work)
                    v[F::Phone] = number;
                havePhone = havePhone || work;
            }
        } else if (name == QLatin1String("ADR")) {
            const QStringList parts = vcardComponents(value);
            if (v[F::Location].isEmpty())
                v[F::Location] = parts.value(3);
        } else if (name == QLatin1String("TZ")) {
            if (text1.contains(QLatin1Char('/')))
                v[F::Timezone] = text1;
        } else if (name == QLatin1String("X-MANAGER") || name == QLatin1String("X-MS-MANAGER") ||
                   (name == QLatin1String("RELATED") &&
                    params.contains(QLatin1String("manager")))) {
            v[F::Manager] = stripUriScheme(text1);
        } else if (name == QLatin1String("X-ASSISTANT") ||
                   (name == QLatin1String("RELATED") &&
                    params.contains(QLatin1String("delegate")))) {
            v[F::Delegate] = stripUriScheme(text1);
        }
    }
    if (inCard) {
        report.error(cardLine, QStringLiteral("this vCard is never closed (END:VCARD missing)"));
        return false;
    }
    if (content.rows.isEmpty())
        report.error(1, QStringLiteral("no vCard found"));
    return !content.rows.isEmpty();
}

bool readLdif(const QString &text, PeopleFileContent &content, ImportReport &report)
{
    using F = ImportField;
    struct Entry
    {
        QString dn;
        qint64 line = 0;
        FieldValues v;
        bool person = false;
    };
    QList<Entry> entries;
    Entry cur;
    bool open = false;
    auto finish = [&]() {
        if (open && cur.person)
            entries.append(cur);
        cur = Entry();
        open = false;
    };
    static const QHash<QString, ImportField> attributes = {
        {QStringLiteral("employeenumber"), F::Id},
        {QStringLiteral("employeeid"), F::Id},
        {QStringLiteral("cn"), F::Name},
        {QStringLiteral("displayname"), F::Name},
        {QStringLiteral("givenname"), F::FirstName},
        {QStringLiteral("sn"), F::LastName},
        {QStringLiteral("title"), F::Title},
        {QStringLiteral("department"), F::Department},
        {QStringLiteral("departmentnumber"), F::Team},
        {QStringLiteral("physicaldeliveryofficename"), F::Location},
        {QStringLiteral("l"), F::Location},
        {QStringLiteral("telephonenumber"), F::Phone},
        {QStringLiteral("mobile"), F::Mobile},
        {QStringLiteral("mail"), F::Email},
        {QStringLiteral("manager"), F::Manager},
        {QStringLiteral("description"), F::Function},
    };
    QString uid; // uid / sAMAccountName: the id when there is no employee number
    for (const LogicalLine &l : unfold(text)) {
        if (l.text.startsWith(QLatin1Char('#')))
            continue;
        if (l.text.trimmed().isEmpty()) {
            if (open && cur.v[F::Id].isEmpty() && !uid.isEmpty())
                cur.v[F::Id] = uid;
            uid.clear();
            finish();
            continue;
        }
        const qsizetype colon = l.text.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            report.error(l.line, QStringLiteral("not an LDIF line (\"attribute: value\")"));
            return false;
        }
        const QString attr = l.text.left(colon).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        QString value;
        if (l.text.mid(colon + 1).startsWith(QLatin1Char(':'))) {
            const QByteArray decoded =
                QByteArray::fromBase64(l.text.mid(colon + 2).trimmed().toLatin1());
            value = QString::fromUtf8(decoded);
        } else if (l.text.mid(colon + 1).startsWith(QLatin1Char('<'))) {
            continue; // a value given by URL: not followed
        } else {
            value = l.text.mid(colon + 1).trimmed();
        }
        if (tooLong(value, l.line, report))
            return false;
        if (attr == QLatin1String("version"))
            continue;
        if (attr == QLatin1String("dn")) {
            finish();
            open = true;
            cur.dn = value;
            cur.line = l.line;
            if (tooMany(entries.size(), l.line, report))
                return false;
            continue;
        }
        if (!open)
            continue;
        if (attr == QLatin1String("objectclass")) {
            const QString c = value.toLower();
            if (c == QLatin1String("person") || c == QLatin1String("inetorgperson") ||
                c == QLatin1String("user") || c == QLatin1String("organizationalperson"))
                cur.person = true;
            continue;
        }
        if (attr == QLatin1String("uid") || attr == QLatin1String("samaccountname")) {
            if (uid.isEmpty())
                uid = value;
            continue;
        }
        const auto it = attributes.constFind(attr);
        if (it == attributes.cend())
            continue;
        if (*it == F::Name || *it == F::FirstName || *it == F::LastName || *it == F::Email)
            cur.person = true;
        QString &slot = cur.v[*it];
        if (slot.isEmpty() || (attr == QLatin1String("displayname")))
            slot = value;
    }
    if (open && cur.v[F::Id].isEmpty() && !uid.isEmpty())
        cur.v[F::Id] = uid;
    finish();
    // manager: is a DN; people are known by their DN only within the file.
    QHash<QString, QString> idOfDn;
    QList<PersonRow> rows;
    rows.reserve(entries.size());
    for (Entry &e : entries) {
        if (e.v[F::Id].isEmpty() && e.v[F::Email].isEmpty())
            e.v[F::Id] = e.dn;
        rows.append(buildPerson(e.v, e.line, report));
        idOfDn.insert(normalizeDn(e.dn), rows.last().person.id);
    }
    for (PersonRow &row : rows) {
        for (Text *ref : {&row.person.managerId, &row.person.delegateId}) {
            if (ref->view().contains(QLatin1Char('='))) {
                const QString id = idOfDn.value(normalizeDn(*ref));
                if (!id.isEmpty())
                    *ref = id;
            }
        }
    }
    content.rows = std::move(rows);
    if (content.rows.isEmpty())
        report.error(1, QStringLiteral("no person entry found in the LDIF file"));
    return !content.rows.isEmpty();
}

bool readJsonPeople(const QByteArray &utf8, const PeopleFileOptions &options,
                    PeopleFileContent &content, ImportReport &report)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 line = utf8.left(error.offset).count('\n') + 1;
        report.error(line, QStringLiteral("not valid JSON: %1").arg(error.errorString()));
        return false;
    }
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else {
        const QJsonObject o = doc.object();
        for (const char *k : {"people", "users", "employees", "value", "data"})
            if (o.value(QLatin1String(k)).isArray()) {
                array = o.value(QLatin1String(k)).toArray();
                break;
            }
    }
    if (array.isEmpty()) {
        report.error(1, QStringLiteral("expected an array of people (objects)"));
        return false;
    }
    if (tooMany(array.size(), 1, report))
        return false;
    const QList<qint64> lines = jsonElementLines(utf8);
    QStringList keys;
    for (const QJsonValue &e : array)
        for (const QString &k : e.toObject().keys())
            if (!keys.contains(k))
                keys.append(k);
    ColumnMapping mapping = ColumnMapping::detect(keys);
    for (const QString &entry : options.mappings) {
        QString problem;
        if (!mapping.override(entry, &problem)) {
            report.error(1, problem);
            return false;
        }
    }
    if (!mapping.canMakeName()) {
        report.error(
            1,
            QStringLiteral("no key can be a name (keys: %1)").arg(keys.join(QStringLiteral(", "))));
        return false;
    }
    report.mapping = mapping.describe();
    for (const QString &line : report.mapping)
        report.info(QStringLiteral("key %1").arg(line));
    QStringList cells(keys.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qint64 line = i < lines.size() ? lines.at(i) : 1;
        if (!array.at(i).isObject()) {
            report.error(line, QStringLiteral("element %1 is not an object").arg(i + 1));
            return false;
        }
        const QJsonObject o = array.at(i).toObject();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            cells[k] = jsonScalar(o.value(keys.at(k)));
            if (tooLong(cells.at(k), line, report))
                return false;
        }
        FieldValues v;
        for (int f = 0; f < kImportFieldCount; ++f)
            v.values[f] = mapping.value(cells, ImportField(f));
        content.rows.append(buildPerson(v, line, report));
    }
    return true;
}

bool readRecordFormat(const QString &format, QIODevice *device, const QByteArray &encoding,
                      const PeopleFileOptions &options, PeopleFileContent &content,
                      ImportReport &report)
{
    if (device->size() > kMaxStructuredBytes) {
        report.error(1, QStringLiteral("the file is larger than %1 MiB; export it as CSV")
                            .arg(kMaxStructuredBytes >> 20));
        return false;
    }
    const QByteArray bytes = device->readAll();
    QStringDecoder decoder(encoding.constData(), QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (format == QLatin1String("vcard"))
        return readVCards(text, content, report);
    if (format == QLatin1String("ldif"))
        return readLdif(text, content, report);
    return readJsonPeople(text.toUtf8(), options, content, report);
}

} // namespace whoowns
