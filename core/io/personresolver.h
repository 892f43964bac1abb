#pragma once

#include "model/person.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace whoowns {

// Resolves a reference to a person as written in an input file: an id, an email or a full
// (or preferred) name, in that order. Names are compared case- and space-insensitively.
//
// The resolver keeps pointers to the people added (they must outlive it) and builds its email
// and name indexes only when a reference is not an id: a million-row export whose managers are
// given by id never pays for them.
class PersonResolver
{
public:
    enum class Outcome { Found, NotFound, Ambiguous };
    struct Result
    {
        Outcome outcome = Outcome::NotFound;
        QString id;
    };

    // Later additions of the same id replace earlier ones (file rows over stored rows).
    void add(const Person &person);
    // Another key that names the person with this id (an employee number, an LDAP DN).
    void addAlias(const QString &key, const QString &id);
    // People whose ids the caller already indexes (the rows of a large file): found through
    // lookup, so the resolver does not keep a second id index of its own.
    using IdLookup = std::function<const Person *(const QString &id)>;
    void addIndexed(const QList<const Person *> &people, IdLookup lookup);
    Result resolve(const QString &reference) const;
    bool containsId(const QString &id) const
    {
        return m_ids.contains(id) || (m_lookup && m_lookup(id));
    }

private:
    static QString nameKey(const QString &name);
    void buildIndexes() const;

    QHash<QString, const Person *> m_ids;
    QList<const Person *> m_people; // in the order added
    QHash<QString, QString> m_aliases;
    IdLookup m_lookup;
    mutable bool m_indexed = false;
    mutable QHash<QString, QString> m_emails;
    mutable QHash<QString, QString> m_names; // key -> id, when one person has that name
    mutable QSet<QString> m_ambiguousNames;
};

} // namespace whoowns
