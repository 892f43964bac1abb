#pragma once

#include "routing/holidays.h"

#include <QString>
#include <QTimeZone>

namespace whoowns {

class DirectoryStore;

// The contact offered when nobody else can be: the settings value `fallback_contact`, such as
// "Switchboard +44 20 7946 0000" (a name, then a number).
struct FallbackContact
{
    QString name;
    QString phone;

    bool isEmpty() const { return name.isEmpty() && phone.isEmpty(); }
    static FallbackContact parse(const QString &text);
};

// Everything routing needs besides the directory snapshot.
struct RoutingConfig
{
    HolidayCalendar holidays;
    FallbackContact fallback;
    // For people and teams without a (valid) time zone: the `default_timezone` setting, else
    // the system zone.
    QTimeZone defaultZone;
};

// Setting keys.
inline QString fallbackContactKey()
{
    return QStringLiteral("fallback_contact");
}
// The desktop settings dialog stores the fallback as two fields; when either is set they win
// over fallback_contact.
inline QString fallbackNameKey()
{
    return QStringLiteral("fallback.name");
}
inline QString fallbackPhoneKey()
{
    return QStringLiteral("fallback.phone");
}
inline QString defaultTimeZoneKey()
{
    return QStringLiteral("default_timezone");
}

// Reads holidays and settings from an open store.
RoutingConfig loadRoutingConfig(DirectoryStore &store);

} // namespace whoowns
