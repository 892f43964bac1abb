#include "io/personresolver.h"

namespace whoowns {

QString PersonResolver::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

void PersonResolver::add(const Person &person)
{
    m_ids.insert(person.id, true);
    if (!person.email.isEmpty())
        m_emails.insert(person.email.toCaseFolded(), person.id);
    const QString keys[] = {nameKey(person.name),
                            person.preferredName.isEmpty()
                                ? QString()
                                : nameKey(person.preferredName + QLatin1Char(' ') +
                                          person.name.section(QLatin1Char(' '), -1))};
    for (const QString &key : keys) {
        if (key.isEmpty())
            continue;
        QStringList &ids = m_names[key];
        if (!ids.contains(person.id))
            ids.append(person.id);
    }
}

PersonResolver::Result PersonResolver::resolve(const QString &reference) const
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return {};
    if (m_ids.contains(ref))
        return {Outcome::Found, ref};
    const auto email = m_emails.constFind(ref.toCaseFolded());
    if (email != m_emails.cend())
        return {Outcome::Found, *email};
    const auto named = m_names.constFind(nameKey(ref));
    if (named != m_names.cend()) {
        if (named->size() == 1)
            return {Outcome::Found, named->first()};
        return {Outcome::Ambiguous, QString()};
    }
    return {};
}

} // namespace whoowns
