#pragma once

#include "session/directorysession.h"
#include "store/directorystore.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QTest>

#include <memory>

namespace whoowns::test {

// A small company in a scratch database, a fixed clock (Monday 23 Nov 2026, 10:00 UTC) and a
// session with the snapshot loaded. Everyone the GUI tests rely on is named here:
//   P1 Maria Lopez  Refunds Lead, Returns Desk, +49 30 1111 ext 1111, reports to P3
//   P2 Tom Baker    Refunds Advisor, Returns Desk, backup for refunds, reports to P3
//   P3 Anna Weber   Head of Service, the escalation contact
//   P4 Omar Haddad  Billing Clerk, out of office until 2030; delegate P5
//   P5 Lena Fischer Billing Clerk
//   R1 "Refunds for damaged goods" (refund, damaged, money back): owner P1, backup P2, esc. P3
//   R2 "Invoice copies" (invoice): owner P4 (away), backup P5
struct UiFixture
{
    UiFixture();
    ~UiFixture();

    QString dbPath() const { return scratch.path(QStringLiteral("directory.sqlite")); }

    ScratchDir scratch;
    DirectoryStore store;
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<ui::DirectorySession> session;
};

// Processes events until the predicate holds or the timeout passes (tests only).
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs = 5000);

} // namespace whoowns::test
