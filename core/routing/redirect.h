#pragma once

#include <QDateTime>
#include <QString>

namespace whoowns {

enum class RedirectReason { Owner, Delegate, Backup, Team, Escalation, Self, Fallback };

QString reasonName(RedirectReason reason); // "owner", "delegate", ...

// Who to hand the caller to right now, and why (see routing/routing.md).
struct Redirect
{
    RedirectReason reason = RedirectReason::Fallback;
    QString org;
    QString personId; // empty when the redirect is a team line or the fallback contact
    QString teamId;   // the team whose line it is, for reason Team
    QString name;     // person or team name
    QString team;     // the person's team name
    QString phone;    // the number to transfer to (customer-transferable first)
    QString extension;
    QString email;
    bool reachableNow = false;
    QDateTime localTime;      // the contact's local time at the instant asked about
    QDateTime reachableUntil; // while reachable: until when (invalid when unknown/always)
    QDateTime backAt;         // while not reachable: when they will be (invalid when unknown)
    QString note;             // a short human explanation ("owner on leave; backup")

    bool isValid() const { return !personId.isEmpty() || !teamId.isEmpty() || !phone.isEmpty(); }
};

} // namespace whoowns
