#include "io/demo.h"

#include "io/directoryimport.h"
#include "store/directorystore.h"

#include <QFile>

namespace whoowns {

bool loadDemoCompany(DirectoryStore &store, ImportReport &report)
{
    report.file = QStringLiteral("demo");
    report.what = QStringLiteral("demo");
    if (!store.isEmpty()) {
        report.error(0, QStringLiteral("the database already holds a directory; the demo company "
                                       "is only loaded into an empty one"));
        return false;
    }
    db::Transaction tx(store.database());
    ImportOptions options;
    options.user = QStringLiteral("demo");
    for (const char *what : {"people", "teams", "responsibilities"}) {
        const QString kind = QString::fromLatin1(what);
        ImportReport part;
        if (!importCanonicalFile(store, kind, QStringLiteral(":/whoowns/demo/%1.csv").arg(kind),
                                 options, part)) {
            report.messages += part.messages;
            return false;
        }
        report.added += part.added;
    }
    return tx.commit();
}

} // namespace whoowns
