#include "importers/personbuilder.h"

namespace whoowns {

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
    // Values that repeat across a file (titles, teams, managers) are kept once; values of one
    // person are packed (see StringPool).
    auto shared = [pool](const QString &s) { return pool ? pool->intern(s) : Text(s); };
    auto own = [pool](const QString &s) { return pool ? pool->pack(s) : Text(s); };
    QString phone = v[F::Phone];
    QString extension = v[F::Extension];
    splitPhoneExtension(phone, extension);
    p.name = own(name);
    p.preferredName = shared(v[F::PreferredName]);
    p.title = shared(v[F::Title]);
    p.department = shared(v[F::Department]);
    p.team = shared(v[F::Team]);
    p.managerId = shared(v[F::Manager]);
    p.email = own(v[F::Email]);
    p.phone = own(phone);
    p.extension = own(extension);
    p.mobile = own(v[F::Mobile]);
    p.location = shared(v[F::Location]);
    p.timezone = shared(v[F::Timezone]);
    p.hours = shared(v[F::Hours]);
    p.outOfOfficeUntil = shared(v[F::OutOfOffice]);
    p.delegateId = shared(v[F::Delegate]);
    p.function = shared(v[F::Function]);
    bool known = true;
    p.status = statusFromExport(v[F::Status], &known);
    if (!known)
        report.warning(line,
                       QStringLiteral("status \"%1\" is not known; the person is taken as active")
                           .arg(v[F::Status]));
    // Keyed by the source id, else the email, else the name.
    if (!v[F::Id].isEmpty())
        p.id = own(v[F::Id]);
    else if (!p.email.isEmpty())
        p.id = p.email;
    else if (!p.name.isEmpty() && !v[F::Name].isEmpty() && !isPlaceholder(v[F::Name]))
        p.id = p.name;
    else
        p.id =
            own(QStringList{v[F::FirstName], v[F::LastName]}.join(QLatin1Char(' ')).simplified());
    return row;
}

} // namespace whoowns
