// Company holidays: the CSV and iCalendar readers, the calendar lookup and the store.
#include "db/database.h"
#include "routing/holidays.h"
#include "routing/routingconfig.h"
#include "store/directorystore.h"
#include "testsupport.h"

#include <QFile>

using namespace whoowns;
using whoowns::test::dataPath;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(dataPath(QStringLiteral("routing/") + QString::fromLatin1(name)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList errors(const ImportReport &report)
{
    QStringList out;
    for (const ImportMessage &m : report.messages)
        if (m.severity != ImportMessage::Severity::Info)
            out.append(m.format());
    return out;
}

} // namespace

TEST_CASE("holidays: CSV with a header", "[routing][holidays]")
{
    ImportReport report;
    const QList<Holiday> list =
        readHolidayFile(dataPath(QStringLiteral("routing/holidays.csv")), {}, report);
    CHECK(errors(report).isEmpty());
    CHECK(report.format == QStringLiteral("csv"));
    REQUIRE(list.size() == 3);
    CHECK(list.at(0) ==
          Holiday{QStringLiteral("Berlin"), QDate(2026, 4, 3), QStringLiteral("Good Friday")});
    CHECK(list.at(2).location == QStringLiteral("*"));
}

TEST_CASE("holidays: CSV without a header, columns in another order, location override",
          "[routing][holidays]")
{
    ImportReport report;
    const QList<Holiday> plain = readHolidayCsv("Sydney,2026-01-26,Australia Day\n", {}, report);
    REQUIRE(plain.size() == 1);
    CHECK(plain.first().location == QStringLiteral("Sydney"));
    CHECK(plain.first().date == QDate(2026, 1, 26));

    const QList<Holiday> reordered =
        readHolidayCsv("Date,Name,Location\n20260612,Independence Day,\n", {}, report);
    REQUIRE(reordered.size() == 1);
    CHECK(reordered.first().date == QDate(2026, 6, 12));
    CHECK(reordered.first().name == QStringLiteral("Independence Day"));
    CHECK(reordered.first().location == QStringLiteral("*")); // empty: every location

    const QList<Holiday> forced = readHolidayCsv("location,date,name\nBerlin,2026-05-01,Labour\n",
                                                 QStringLiteral("Manila"), report);
    REQUIRE(forced.size() == 1);
    CHECK(forced.first().location == QStringLiteral("Manila"));
    CHECK(errors(report).isEmpty());
}

TEST_CASE("holidays: bad dates are reported with their line", "[routing][holidays]")
{
    ImportReport report;
    const QString path = dataPath(QStringLiteral("routing/holidays-bad.csv"));
    readHolidayFile(path, {}, report);
    CHECK(report.hasErrors());
    CHECK(errors(report) ==
          QStringList{path + QStringLiteral(":3: \"03/04/2026\" is not a date (use YYYY-MM-DD)"),
                      path + QStringLiteral(":4: no date")});
}

TEST_CASE("holidays: iCalendar all-day events", "[routing][holidays]")
{
    ImportReport report;
    report.file = QStringLiteral("us-holidays.ics");
    const QList<Holiday> list =
        readHolidayIcs(fixture("us-holidays.ics"), QStringLiteral("New York"), report);
    CHECK_FALSE(report.hasErrors());
    // The timed office party is not a holiday: skipped with a warning at its BEGIN line.
    CHECK(errors(report) ==
          QStringList{QStringLiteral(
              "us-holidays.ics:24: warning: \"Office party\" is not an all-day event; "
              "skipped")});
    QList<QDate> dates;
    for (const Holiday &h : list) {
        CHECK(h.location == QStringLiteral("New York"));
        dates.append(h.date);
    }
    // DTEND is exclusive (two days of Thanksgiving); the yearly rule gives three Christmases.
    CHECK(dates == QList<QDate>{QDate(2026, 7, 3), QDate(2026, 11, 26), QDate(2026, 11, 27),
                                QDate(2026, 12, 25), QDate(2027, 12, 25), QDate(2028, 12, 25)});
    // Folded and escaped text is read back whole.
    CHECK(list.at(1).name == QStringLiteral("Thanksgiving, and the day after"));
}

TEST_CASE("holidays: a small file cannot expand to unbounded holiday days", "[routing][holidays]")
{
    // Each event: Jan 1 to Dec 31 (exclusive), repeated for 50 years: 364 days a year plus
    // the 12 leap days of 2028..2072, from about 120 bytes.
    const qsizetype perEvent = 364 * 50 + 12;
    QByteArray ics = "BEGIN:VCALENDAR\n";
    const int events = int(kMaxHolidayDays / perEvent) + 2;
    for (int i = 0; i < events; ++i)
        ics += "BEGIN:VEVENT\nSUMMARY:Long\nDTSTART;VALUE=DATE:20260101\n"
               "DTEND;VALUE=DATE:20261231\nRRULE:FREQ=YEARLY;COUNT=50\nEND:VEVENT\n";
    ics += "END:VCALENDAR\n";
    ImportReport report;
    report.file = QStringLiteral("long.ics");
    const QList<Holiday> list = readHolidayIcs(ics, QStringLiteral("Berlin"), report);
    CHECK(list.size() == kMaxHolidayDays);
    REQUIRE(report.hasErrors());
    // Reported at the BEGIN line of the event that went over.
    const qsizetype over = kMaxHolidayDays / perEvent; // events before it fit whole
    const int line = 2 + int(over) * 6;
    INFO(errors(report).last().toStdString());
    CHECK(errors(report).last().startsWith(QStringLiteral("long.ics:%1: more than").arg(line)));
    // Below the limit nothing is lost.
    ImportReport fine;
    CHECK(readHolidayIcs("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\n"
                         "DTEND;VALUE=DATE:20261231\nRRULE:FREQ=YEARLY;COUNT=50\nEND:VEVENT\n",
                         {}, fine)
              .size() == perEvent);
    CHECK_FALSE(fine.hasErrors());
}

TEST_CASE("holidays: not an iCalendar file", "[routing][holidays]")
{
    ImportReport report;
    readHolidayIcs("BEGIN:VEVENT\nEND:VEVENT\n", {}, report);
    CHECK(report.hasErrors());
    ImportReport unclosed;
    readHolidayIcs("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\n", {}, unclosed);
    CHECK(unclosed.hasErrors());
}

TEST_CASE("holidays: calendar lookup by location", "[routing][holidays]")
{
    const HolidayCalendar calendar({
        {QStringLiteral("Berlin"), QDate(2026, 4, 3), QStringLiteral("Good Friday")},
        {QStringLiteral("*"), QDate(2026, 12, 25), QStringLiteral("Christmas Day")},
        {QStringLiteral("BERLIN"), QDate(2026, 4, 3), QStringLiteral("Karfreitag")}, // wins
    });
    CHECK(calendar.all().size() == 2);
    REQUIRE(calendar.find(QStringLiteral(" berlin"), QDate(2026, 4, 3)));
    CHECK(calendar.find(QStringLiteral("Berlin"), QDate(2026, 4, 3))->name ==
          QStringLiteral("Karfreitag"));
    CHECK_FALSE(calendar.find(QStringLiteral("New York"), QDate(2026, 4, 3)));
    CHECK(calendar.find(QStringLiteral("New York"), QDate(2026, 12, 25)));
    CHECK(calendar.find(QString(), QDate(2026, 12, 25))); // no location: company-wide only
    CHECK_FALSE(calendar.find(QString(), QDate(2026, 4, 3)));
}

TEST_CASE("holidays: stored per location and date", "[routing][holidays]")
{
    DirectoryStore store;
    REQUIRE(store.open(QStringLiteral(":memory:")));
    {
        db::Transaction tx(store.database());
        REQUIRE(store.upsertHoliday({QStringLiteral("Berlin"), QDate(2026, 4, 3), {}}));
        REQUIRE(store.upsertHoliday(
            {QStringLiteral("Berlin"), QDate(2026, 4, 3), QStringLiteral("Good Friday")}));
        REQUIRE(store.upsertHoliday({QString(), QDate(2026, 12, 25), QStringLiteral("Xmas")}));
        REQUIRE(tx.commit());
    }
    const QList<Holiday> all = store.holidays();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0) == Holiday{QStringLiteral("*"), QDate(2026, 12, 25), QStringLiteral("Xmas")});
    CHECK(all.at(1) ==
          Holiday{QStringLiteral("Berlin"), QDate(2026, 4, 3), QStringLiteral("Good Friday")});
    REQUIRE(store.removeHolidays(QStringLiteral("Berlin")));
    CHECK(store.holidays().size() == 1);
}

TEST_CASE("routing config: holidays and settings from the store", "[routing]")
{
    DirectoryStore store;
    REQUIRE(store.open(QStringLiteral(":memory:")));
    REQUIRE(store.upsertHoliday({QStringLiteral("Berlin"), QDate(2026, 4, 3), {}}));
    REQUIRE(store.setSetting(fallbackContactKey(), QStringLiteral("Switchboard +44 20 7946 0000")));
    REQUIRE(store.setSetting(defaultTimeZoneKey(), QStringLiteral("Asia/Manila")));
    RoutingConfig config = loadRoutingConfig(store);
    CHECK(config.holidays.find(QStringLiteral("Berlin"), QDate(2026, 4, 3)));
    CHECK(config.fallback.name == QStringLiteral("Switchboard"));
    CHECK(config.fallback.phone == QStringLiteral("+44 20 7946 0000"));
    CHECK(config.defaultZone.id() == "Asia/Manila");
    // The settings dialog's fields win.
    REQUIRE(store.setSetting(fallbackNameKey(), QStringLiteral("Reception")));
    REQUIRE(store.setSetting(fallbackPhoneKey(), QStringLiteral("+49 30 0")));
    config = loadRoutingConfig(store);
    CHECK(config.fallback.name == QStringLiteral("Reception"));
    CHECK(config.fallback.phone == QStringLiteral("+49 30 0"));
}
