#include "model/person.h"

namespace whoowns {

QString statusName(PersonStatus status)
{
    switch (status) {
    case PersonStatus::Active:
        return QStringLiteral("active");
    case PersonStatus::OnLeave:
        return QStringLiteral("on leave");
    case PersonStatus::Left:
        return QStringLiteral("left");
    }
    return QStringLiteral("active");
}

PersonStatus statusFromName(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    if (ok)
        *ok = true;
    if (t.isEmpty() || t == QLatin1String("active"))
        return PersonStatus::Active;
    if (t == QLatin1String("on leave"))
        return PersonStatus::OnLeave;
    if (t == QLatin1String("left"))
        return PersonStatus::Left;
    if (ok)
        *ok = false;
    return PersonStatus::Active;
}

} // namespace whoowns
