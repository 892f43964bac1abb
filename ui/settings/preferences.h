#pragma once

#include <QString>
#include <QTimeZone>

namespace whoowns::ui {

// Shared by everyone using the same database (settings table).
inline constexpr const char *kFallbackNameKey = "fallback.name";
inline constexpr const char *kFallbackPhoneKey = "fallback.phone";

// The rep's own preferences (QSettings, per user).
QTimeZone repTimeZone(); // the system zone unless the rep chose another
void setRepTimeZone(const QByteArray &ianaId);
QString callScheme(); // "tel" or "sip"
void setCallScheme(const QString &scheme);
QString databasePathPreference(); // empty: the default location
void setDatabasePathPreference(const QString &path);

} // namespace whoowns::ui
