#pragma once

#include <QDateTime>
#include <QString>

namespace whoowns {

enum class RedirectReason { Owner, Delegate, Backup, Team, Escalation, Self, Fallback };

QString reasonName(RedirectReason reason); // "owner", "delegate", ...

// What kind of number Redirect::phone is. Direct lines, team lines and the switchboard may be
// given to customers (transferable); an extension is internal only. Mobiles are never offered.
enum class NumberKind { None, Direct, TeamLine, Extension, Switchboard };

QString numberKindName(NumberKind kind); // "", "direct", "team", "extension", "switchboard"

// Who to hand the caller to at an instant, and why (see routing/routing.md).
struct Redirect
{
    RedirectReason reason = RedirectReason::Fallback;
    QString org;
    QString personId; // empty when the redirect is a team line or the fallback contact
    QString teamId;   // the team whose line it is, for reason Team
    QString name;     // person or team name
    QString team;     // the person's team name
    QString phone;    // the number to give: customer-transferable first (see numberKind)
    QString extension;
    QString email;
    NumberKind numberKind = NumberKind::None;
    bool transferable = false; // phone may be given to / transferred for the customer
    bool reachableNow = false;
    QString timeZone;         // the contact's IANA zone
    QDateTime localTime;      // the contact's local time at the instant asked about
    QDateTime reachableUntil; // while reachable: until when (invalid when not within 14 days)
    QDateTime backAt;         // while not reachable: when they will be (invalid when unknown)
    QString note;             // a short human explanation ("owner Ann Lee: on leave")

    bool isValid() const { return !personId.isEmpty() || !teamId.isEmpty() || !phone.isEmpty(); }
};

} // namespace whoowns
