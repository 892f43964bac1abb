// The window notices another process's commit and swaps in the new snapshot.
#include "uifixture.h"

#include <QSignalSpy>

using namespace whoowns;
using whoowns::test::UiFixture;

TEST_CASE("a commit by another connection is loaded in the background", "[ui][session]")
{
    UiFixture f;
    f.session->setPollInterval(20);
    QSignalSpy changed(f.session.get(), &ui::DirectorySession::snapshotChanged);
    {
        DirectoryStore other; // like `whoowns-cli import` in another process
        REQUIRE(other.open(f.dbPath()));
        db::Transaction tx(other.database());
        Responsibility r;
        r.id = QStringLiteral("R9");
        r.topic = QStringLiteral("Warranty extensions");
        r.ownerId = QStringLiteral("P2");
        REQUIRE(other.upsertResponsibility(r));
        REQUIRE(tx.commit());
    }
    REQUIRE(changed.wait(5000));
    CHECK(f.session->directory()->responsibility(QString(), QStringLiteral("R9")) != nullptr);
    CHECK(!f.session->engine()->search(QStringLiteral("warranty")).isEmpty());
}
