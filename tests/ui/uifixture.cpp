#include "uifixture.h"

#include "db/database.h"

namespace whoowns::test {

namespace {

Person person(const char *id, const char *name, const char *title, const char *team,
              const char *manager, const char *phone, const char *ext)
{
    Person p;
    p.id = QString::fromLatin1(id);
    p.name = QString::fromLatin1(name);
    p.title = QString::fromLatin1(title);
    p.department = QStringLiteral("Customer Service");
    p.team = QString::fromLatin1(team);
    p.managerId = QString::fromLatin1(manager);
    p.phone = QString::fromLatin1(phone);
    p.extension = QString::fromLatin1(ext);
    p.email = p.name.toString().toLower().replace(QLatin1Char(' '), QLatin1Char('.')) +
              QStringLiteral("@example.com");
    p.timezone = QStringLiteral("Europe/Berlin");
    p.hours = QStringLiteral("Mon-Fri 09:00-17:00");
    return p;
}

} // namespace

UiFixture::UiFixture()
{
    REQUIRE(store.open(dbPath()));
    db::Transaction tx(store.database());
    Person omar =
        person("P4", "Omar Haddad", "Billing Clerk", "Billing", "P3", "+49 30 4444", "4444");
    omar.outOfOfficeUntil = QStringLiteral("2030-01-01");
    omar.delegateId = QStringLiteral("P5");
    for (const Person &p :
         {person("P3", "Anna Weber", "Head of Service", "Service Leadership", "", "+49 30 3333",
                 "3333"),
          person("P1", "Maria Lopez", "Refunds Lead", "Returns Desk", "P3", "+49 30 1111", "1111"),
          person("P2", "Tom Baker", "Refunds Advisor", "Returns Desk", "P3", "+49 30 2222", "2222"),
          omar,
          person("P5", "Lena Fischer", "Billing Clerk", "Billing", "P3", "+49 30 5555", "5555")})
        REQUIRE(store.upsertPerson(p));
    Team returns;
    returns.id = QStringLiteral("T1");
    returns.name = QStringLiteral("Returns Desk");
    returns.department = QStringLiteral("Customer Service");
    returns.phone = QStringLiteral("+49 30 1000");
    returns.leadId = QStringLiteral("P1");
    Team leadership;
    leadership.id = QStringLiteral("T2");
    leadership.name = QStringLiteral("Service Leadership");
    leadership.department = QStringLiteral("Customer Service");
    leadership.leadId = QStringLiteral("P3");
    Team billing;
    billing.id = QStringLiteral("T3");
    billing.name = QStringLiteral("Billing");
    billing.department = QStringLiteral("Finance");
    REQUIRE(store.upsertTeam(returns));
    REQUIRE(store.upsertTeam(leadership));
    REQUIRE(store.upsertTeam(billing));
    Responsibility refunds;
    refunds.id = QStringLiteral("R1");
    refunds.topic = QStringLiteral("Refunds for damaged goods");
    refunds.keywords = {QStringLiteral("refund"), QStringLiteral("damaged"),
                        QStringLiteral("money back")};
    refunds.ownerTeamId = QStringLiteral("T1");
    refunds.ownerId = QStringLiteral("P1");
    refunds.backupId = QStringLiteral("P2");
    refunds.escalationId = QStringLiteral("P3");
    refunds.notes = QStringLiteral("Ask for the order number before transferring.");
    Responsibility invoices;
    invoices.id = QStringLiteral("R2");
    invoices.topic = QStringLiteral("Invoice copies");
    invoices.keywords = {QStringLiteral("invoice"), QStringLiteral("receipt")};
    invoices.ownerTeamId = QStringLiteral("T3");
    invoices.ownerId = QStringLiteral("P4");
    invoices.backupId = QStringLiteral("P5");
    REQUIRE(store.upsertResponsibility(refunds));
    REQUIRE(store.upsertResponsibility(invoices));
    REQUIRE(tx.commit());
    session = std::make_unique<ui::DirectorySession>(store, clock);
    session->reloadNow();
}

UiFixture::~UiFixture()
{
    session.reset();
}

bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

} // namespace whoowns::test
