#include "io/personresolver.h"

namespace whoowns {

QString PersonResolver::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

void PersonResolver::add(const Person &person)
{
    m_ids.insert(person.id, &person);
    m_people.append(&person);
    m_indexed = false;
}

void PersonResolver::addIndexed(const QList<const Person *> &people, IdLookup lookup)
{
    m_people += people;
    m_lookup = std::move(lookup);
    m_indexed = false;
}

void PersonResolver::addAlias(const QString &key, const QString &id)
{
    m_aliases.insert(key, id);
}

void PersonResolver::buildIndexes() const
{
    m_emails.clear();
    m_names.clear();
    m_ambiguousNames.clear();
    for (const Person *p : m_people) {
        const auto own = m_ids.constFind(p->id);
        if (own != m_ids.cend() && *own != p)
            continue; // replaced by a later addition of the same id
        if (!p->email.isEmpty())
            m_emails.insert(p->email.view().toString().toCaseFolded(), p->id);
        const QString keys[] = {nameKey(p->name),
                                p->preferredName.isEmpty()
                                    ? QString()
                                    : nameKey(p->preferredName + QLatin1Char(' ') +
                                              p->name.toString().section(QLatin1Char(' '), -1))};
        for (const QString &key : keys) {
            if (key.isEmpty() || m_ambiguousNames.contains(key))
                continue;
            const auto it = m_names.constFind(key);
            if (it == m_names.cend()) {
                m_names.insert(key, p->id);
            } else if (*it != p->id) {
                m_names.remove(key);
                m_ambiguousNames.insert(key);
            }
        }
    }
    m_indexed = true;
}

PersonResolver::Result PersonResolver::resolve(const QString &reference) const
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return {};
    if (m_lookup) {
        if (const Person *p = m_lookup(ref))
            return {Outcome::Found, p->id};
    }
    if (const auto it = m_ids.constFind(ref); it != m_ids.cend())
        return {Outcome::Found, (*it)->id};
    if (const auto it = m_aliases.constFind(ref); it != m_aliases.cend())
        return {Outcome::Found, *it};
    if (!m_indexed)
        buildIndexes();
    const auto email = m_emails.constFind(ref.toCaseFolded());
    if (email != m_emails.cend())
        return {Outcome::Found, *email};
    const QString key = nameKey(ref);
    if (m_ambiguousNames.contains(key))
        return {Outcome::Ambiguous, QString()};
    const auto named = m_names.constFind(key);
    if (named != m_names.cend())
        return {Outcome::Found, *named};
    return {};
}

} // namespace whoowns
