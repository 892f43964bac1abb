#pragma once

#include <QString>
#include <QStringList>

namespace whoowns {

// One entry of the responsibility map: a topic and who owns it.
struct Responsibility
{
    QString org;
    QString id;
    QString topic;
    QString description;
    QStringList keywords;
    QString ownerTeamId;
    QString ownerId;
    QString backupId;
    QString escalationId;
    QString hours;
    QString notes; // what to tell the customer

    bool operator==(const Responsibility &) const = default;
};

// Keywords travel as one comma-separated cell ("refund, broken on arrival, RMA").
QStringList splitKeywords(const QString &text);
QString joinKeywords(const QStringList &keywords);

} // namespace whoowns
