#pragma once

#include <QString>

namespace whoowns {

// A team of the directory. Teams come from teams.csv or are derived from people's team names.
struct Team
{
    QString org;
    QString id; // source id, or the team name when the team was derived from people
    QString name;
    QString department;
    QString parentId;
    QString email;
    QString phone; // the team's shared line, may be given to customers
    QString hours;
    QString leadId;
    QString location;

    bool operator==(const Team &) const = default;
};

} // namespace whoowns
