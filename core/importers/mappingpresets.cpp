#include "importers/mappingpresets.h"

#include "db/statement.h"
#include "store/directorystore.h"

#include <QFile>

namespace whoowns {

namespace {
const QString kPrefix = QStringLiteral("import.mapping.");
}

bool readMappingFile(const QString &path, QStringList *entries, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    qint64 n = 0;
    while (!file.atEnd()) {
        ++n;
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        line.replace(QStringLiteral("->"), QStringLiteral("="));
        if (!line.contains(QLatin1Char('='))) {
            *problem = QStringLiteral("%1:%2: expected \"Column=field\"").arg(path).arg(n);
            return false;
        }
        entries->append(line);
    }
    return true;
}

QStringList loadMappingPreset(DirectoryStore &store, const QString &name, bool *found)
{
    const QString text = store.setting(kPrefix + name, QStringLiteral("\x1f"));
    *found = text != QStringLiteral("\x1f");
    if (!*found || text.isEmpty())
        return {};
    return text.split(QLatin1Char('\n'));
}

bool saveMappingPreset(DirectoryStore &store, const QString &name, const QStringList &entries)
{
    return store.setSetting(kPrefix + name, entries.join(QLatin1Char('\n')));
}

QStringList mappingPresetNames(DirectoryStore &store)
{
    QStringList names;
    db::Statement st(store.database(),
                     QStringLiteral("SELECT key FROM settings WHERE key LIKE 'import.mapping.%' "
                                    "ORDER BY key"));
    while (st.step() == db::Statement::Step::Row)
        names.append(st.text(0).mid(kPrefix.size()));
    return names;
}

} // namespace whoowns
