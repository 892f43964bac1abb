#include "routing/routingconfig.h"

#include "store/directorystore.h"

namespace whoowns {

FallbackContact FallbackContact::parse(const QString &text)
{
    // The number is the trailing run of digits, spaces and + - ( ) . /; the rest is the name.
    const QString t = text.trimmed();
    qsizetype start = t.size();
    qsizetype digits = 0;
    for (qsizetype i = t.size() - 1; i >= 0; --i) {
        const QChar c = t.at(i);
        if (c.isDigit()) {
            ++digits;
            start = i;
        } else if (c == QLatin1Char('+') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
                   c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/') ||
                   c.isSpace()) {
            if (c == QLatin1Char('+') || c == QLatin1Char('('))
                start = i;
        } else {
            break;
        }
    }
    FallbackContact f;
    if (digits >= 3) {
        f.phone = t.mid(start).trimmed();
        f.name = t.left(start).trimmed();
        while (f.name.endsWith(QLatin1Char(',')) || f.name.endsWith(QLatin1Char(':')) ||
               f.name.endsWith(QLatin1Char('|')))
            f.name = f.name.chopped(1).trimmed();
    } else {
        f.name = t;
    }
    return f;
}

RoutingConfig loadRoutingConfig(DirectoryStore &store)
{
    RoutingConfig config;
    config.holidays = HolidayCalendar(store.holidays());
    const QString name = store.setting(fallbackNameKey()).trimmed();
    const QString phone = store.setting(fallbackPhoneKey()).trimmed();
    if (!name.isEmpty() || !phone.isEmpty())
        config.fallback = {name, phone};
    else
        config.fallback = FallbackContact::parse(store.setting(fallbackContactKey()));
    const QString zone = store.setting(defaultTimeZoneKey()).trimmed();
    if (!zone.isEmpty())
        config.defaultZone = QTimeZone(zone.toUtf8());
    return config;
}

} // namespace whoowns
