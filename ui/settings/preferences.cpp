#include "settings/preferences.h"

#include <QSettings>

namespace whoowns::ui {

QTimeZone repTimeZone()
{
    const QByteArray id = QSettings().value(QStringLiteral("rep/timeZone")).toByteArray();
    const QTimeZone zone(id);
    return !id.isEmpty() && zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void setRepTimeZone(const QByteArray &ianaId)
{
    QSettings().setValue(QStringLiteral("rep/timeZone"), ianaId);
}

QString callScheme()
{
    const QString s = QSettings().value(QStringLiteral("rep/callScheme")).toString();
    return s == QLatin1String("sip") ? s : QStringLiteral("tel");
}

void setCallScheme(const QString &scheme)
{
    QSettings().setValue(QStringLiteral("rep/callScheme"), scheme);
}

QString databasePathPreference()
{
    return QSettings().value(QStringLiteral("database/path")).toString();
}

void setDatabasePathPreference(const QString &path)
{
    QSettings().setValue(QStringLiteral("database/path"), path);
}

} // namespace whoowns::ui
