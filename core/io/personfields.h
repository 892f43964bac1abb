#pragma once

#include "model/person.h"
#include "model/responsibility.h"
#include "model/team.h"

#include <QList>
#include <QString>

namespace whoowns {

// The canonical columns of each entity, in export order, with accessors. Import, export and
// the diff all walk these tables, so adding a field is one line here.
struct PersonField
{
    const char *column;
    QString (*get)(const Person &);
    void (*set)(Person &, const QString &);
};
struct TeamField
{
    const char *column;
    QString Team::*member;
};
struct ResponsibilityField
{
    const char *column;
    QString (*get)(const Responsibility &);
    void (*set)(Responsibility &, const QString &);
};

const QList<PersonField> &personFields();
const QList<TeamField> &teamFields();
const QList<ResponsibilityField> &responsibilityFields();

} // namespace whoowns
