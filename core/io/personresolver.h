#pragma once

#include "model/person.h"

#include <QHash>
#include <QString>

namespace whoowns {

// Resolves a reference to a person as written in an input file: an id, an email or a full
// (or preferred) name, in that order. Names are compared case- and space-insensitively.
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
    Result resolve(const QString &reference) const;
    bool containsId(const QString &id) const { return m_ids.contains(id); }

private:
    static QString nameKey(const QString &name);
    QHash<QString, bool> m_ids;
    QHash<QString, QString> m_emails;
    QHash<QString, QStringList> m_names; // key -> distinct ids
};

} // namespace whoowns
