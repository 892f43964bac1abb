// Fuzzes the canonical CSV readers (people, teams, responsibilities) and, when a file reads
// cleanly, the import itself (reference resolution, loop detection, diff, writes) against a
// small in-memory directory. Each import runs inside an outer transaction that is rolled
// back, so every input starts from the same directory.
#include "fuzzsupport.h"

#include "db/database.h"
#include "io/canonicalcsv.h"
#include "io/directoryimport.h"
#include "store/directorystore.h"

#include <QBuffer>

using namespace whoowns;

namespace {

DirectoryStore &baseStore()
{
    static DirectoryStore *store = [] {
        fuzz::ensureApplication();
        auto *s = new DirectoryStore;
        FUZZ_CHECK(s->open(QStringLiteral(":memory:")));
        QByteArray people = "id,name,team,manager_id,email,status,delegate_id\n"
                            "E1,Ada Example,Core,,ada@example.org,active,\n"
                            "E2,Bob Example,Core,E1,bob@example.org,active,E1\n"
                            "E3,Cy Example,Edge,Ada Example,cy@example.org,left,\n";
        QBuffer buffer(&people);
        buffer.open(QIODevice::ReadOnly);
        ImportReport report;
        auto rows = readCanonicalPeople(&buffer, report);
        FUZZ_CHECK(!report.hasErrors() && importPeople(*s, rows, ImportOptions(), report));
        return s;
    }();
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    DirectoryStore &store = baseStore();
    auto [selector, input] = fuzz::select(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    ImportReport report;
    ImportOptions options;
    options.full = (selector & 4) != 0;
    options.dryRun = (selector & 8) != 0;

    db::Transaction outer(store.database());
    FUZZ_CHECK(outer.isActive());
    bool imported = false;
    switch (selector & 3) {
    case 0:
    case 3: {
        auto rows = readCanonicalPeople(&buffer, report);
        if (!report.hasErrors())
            imported = importPeople(store, std::move(rows), options, report);
        break;
    }
    case 1: {
        auto rows = readCanonicalTeams(&buffer, report);
        if (!report.hasErrors())
            imported = importTeams(store, std::move(rows), options, report);
        break;
    }
    case 2: {
        auto rows = readCanonicalResponsibilities(&buffer, report);
        if (!report.hasErrors())
            imported = importResponsibilities(store, std::move(rows), options, report);
        break;
    }
    }
    // A refused import says why; an accepted one has no error.
    FUZZ_CHECK(imported != report.hasErrors());
    for (const ImportMessage &m : report.messages)
        (void)m.format();
    (void)report.summary();
    if (imported && !options.dryRun)
        (void)store.load(); // what was written reads back
    outer.rollback();
    return 0;
}
