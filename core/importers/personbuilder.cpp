#include "importers/personbuilder.h"

namespace whoowns {

namespace {

// A copy without the spare capacity that a string built character by character carries (the
// CSV reader's cells): kept for every row of the file, the slack adds up.
QString tight(const QString &s)
{
    return s.isEmpty() ? QString() : QString(s.constData(), s.size());
}

} // namespace

QString StringPool::intern(const QString &value)
{
    if (value.isEmpty())
        return value;
    const auto it = m_strings.constFind(value);
    if (it != m_strings.cend())
        return *it;
    const QString kept = tight(value);
    m_strings.insert(kept);
    return kept;
}

PersonRow buildPerson(FieldValues &v, qint64 line, ImportReport &report, StringPool *pool)
{
    using F = ImportField;
    PersonRow row;
    row.line = line;
    Person &p = row.person;

    // Contact details written as placeholders are simply unknown.
    for (F f : {F::Email, F::Phone, F::Extension, F::Mobile, F::Location, F::Title,
                F::PreferredName, F::Manager, F::Delegate, F::Department, F::Team, F::Function})
        if (isPlaceholder(v[f]))
            v[f].clear();

    QString name = v[F::Name];
    if (name.isEmpty() || isPlaceholder(name)) {
        const QString joined =
            QStringList{v[F::FirstName], v[F::LastName]}.join(QLatin1Char(' ')).simplified();
        if (!joined.isEmpty() && !isPlaceholder(joined) && !isPlaceholder(v[F::FirstName]))
            name = joined;
    }
    // A post without a holder (a vacancy, a withheld name) is still a post of the chart: it
    // is listed under its title so that reporting lines through it hold.
    const bool placeholder = isPlaceholder(name);
    if (placeholder || (name.isEmpty() && (!v[F::Title].isEmpty() || !v[F::Id].isEmpty()))) {
        const QString shown =
            v[F::Title].isEmpty() ? QStringLiteral("post %1").arg(v[F::Id]) : v[F::Title];
        report.warning(line, placeholder ? QStringLiteral("\"%1\" is a placeholder, not a name; "
                                                          "the post is listed as \"%2\"")
                                               .arg(name, shown)
                                         : QStringLiteral("no name is given; the post is "
                                                          "listed as \"%1\"")
                                               .arg(shown));
        name = shown;
    }
    p.name = name;
    p.preferredName = v[F::PreferredName];
    p.title = v[F::Title];
    p.department = v[F::Department];
    p.team = v[F::Team];
    p.managerId = v[F::Manager];
    p.email = v[F::Email];
    p.phone = v[F::Phone];
    p.extension = v[F::Extension];
    splitPhoneExtension(p.phone, p.extension);
    p.mobile = v[F::Mobile];
    p.location = v[F::Location];
    p.timezone = v[F::Timezone];
    p.hours = v[F::Hours];
    p.outOfOfficeUntil = v[F::OutOfOffice];
    p.delegateId = v[F::Delegate];
    p.function = v[F::Function];
    bool known = true;
    p.status = statusFromExport(v[F::Status], &known);
    if (!known)
        report.warning(line,
                       QStringLiteral("status \"%1\" is not known; the person is taken as active")
                           .arg(v[F::Status]));
    // Keyed by the source id, else the email, else the name.
    p.id = v[F::Id];
    if (p.id.isEmpty())
        p.id = p.email;
    if (p.id.isEmpty() && !p.name.isEmpty() && !v[F::Name].isEmpty() && !isPlaceholder(v[F::Name]))
        p.id = p.name;
    if (p.id.isEmpty())
        p.id = QStringList{v[F::FirstName], v[F::LastName]}.join(QLatin1Char(' ')).simplified();
    if (pool) {
        for (QString *s :
             {&p.title, &p.department, &p.team, &p.managerId, &p.delegateId, &p.location,
              &p.timezone, &p.hours, &p.function, &p.preferredName, &p.outOfOfficeUntil})
            *s = pool->intern(*s);
        for (QString *s : {&p.id, &p.name, &p.email, &p.phone, &p.extension, &p.mobile})
            *s = tight(*s);
    }
    return row;
}

} // namespace whoowns
