#include "io/demo.h"

#include "io/directoryimport.h"
#include "store/directorystore.h"

#include <QFile>

namespace whoowns {

bool loadDemoCompany(DirectoryStore &store, ImportReport &report)
{
    report.file = QStringLiteral("demo");
    report.what = QStringLiteral("demo");
    // The write lock first, then the emptiness check: another process cannot fill the
    // database in between.
    db::Transaction tx(store.database());
    if (!tx.isActive()) {
        report.error(
            0, QStringLiteral("cannot write the database: %1").arg(store.database().lastError()));
        return false;
    }
    if (!store.isEmpty()) {
        report.error(0, QStringLiteral("the database already holds a directory; the demo company "
                                       "is only loaded into an empty one"));
        return false;
    }
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
    if (!tx.commit()) {
        report.error(
            0, QStringLiteral("cannot write the database: %1").arg(store.database().lastError()));
        return false;
    }
    return true;
}

} // namespace whoowns
