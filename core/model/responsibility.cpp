#include "model/responsibility.h"

namespace whoowns {

QStringList splitKeywords(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString k = part.simplified();
        if (!k.isEmpty())
            out.append(k);
    }
    return out;
}

QString joinKeywords(const QStringList &keywords)
{
    return keywords.join(QStringLiteral(", "));
}

} // namespace whoowns
