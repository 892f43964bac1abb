// Weekly hours: the lenient parser, its error texts, and the per-day openings it derives.
#include "routing/weeklyhours.h"
#include "testsupport.h"

using namespace whoowns;

TEST_CASE("weekly hours: accepted spellings normalise to one form", "[hours]")
{
    struct Row
    {
        const char *text;
        const char *normalised;
    };
    const Row rows[] = {
        {"Mon-Fri 09:00-17:00", "Mon-Fri 09:00-17:00"},
        {"  mon - fri   9:00 - 17:00 ", "Mon-Fri 09:00-17:00"},
        {"MON-FRI 09:00-17:00", "Mon-Fri 09:00-17:00"},
        {"Mon\u2013Fri 09:00\u201317:00", "Mon-Fri 09:00-17:00"}, // en-dashes
        {"Mo-Fr 08:00-16:00", "Mon-Fri 08:00-16:00"},
        {"Monday-Friday 0900-1700", "Mon-Fri 09:00-17:00"},
        {"Mon-Thu 08:00-16:00; Fri 08:00-12:00", "Mon-Thu 08:00-16:00; Fri 08:00-12:00"},
        {"Mon-Sun 00:00-24:00", "Mon-Sun 00:00-24:00"},
        {"24/7", "Mon-Sun 00:00-24:00"},
        {"daily 08:00-20:00", "Mon-Sun 08:00-20:00"},
        {"08:00-20:00", "Mon-Sun 08:00-20:00"},
        {"weekdays 9am-5pm", "Mon-Fri 09:00-17:00"},
        {"Mon-Fri 9 am - 5:30 pm", "Mon-Fri 09:00-17:30"},
        {"Mon-Fri 12am-12pm", "Mon-Fri 00:00-12:00"},
        {"Mon-Fri 09:00-12:00, 13:00-17:00", "Mon-Fri 09:00-12:00, 13:00-17:00"},
        {"Mon, Wed, Fri 10:00-14:00", "Mon 10:00-14:00; Wed 10:00-14:00; Fri 10:00-14:00"},
        {"Sat-Sun 10.00-14.00", "Sat-Sun 10:00-14:00"},
        {"Fri-Mon 10:00-14:00", "Mon 10:00-14:00; Fri-Sun 10:00-14:00"}, // wraps the weekend
        {"Mon-Fri 22:00-06:00", "Mon-Fri 22:00-06:00"},
        {"Mo-Fr: 09:00 to 17:00", "Mon-Fri 09:00-17:00"},
        {"Mo-Do 08:00-16:00; Fr 08:00-12:00", "Mon-Thu 08:00-16:00; Fri 08:00-12:00"},
        {"Mon-Fri 09:00-17:00; Sat closed", "Mon-Fri 09:00-17:00"},
        {"Tue & Thu 9h-17h", "Tue 09:00-17:00; Thu 09:00-17:00"},
        {"Mon-Fri 9-17", "Mon-Fri 09:00-17:00"},
        {"Mon-Fri 9-5", "Mon-Fri 09:00-17:00"},       // bare hours: a day, not a night shift
        {"Mon-Fri 22-6", "Mon-Fri 22:00-06:00"},      // ... unless it starts after noon
        {"Mon-Fri 9:00-5:00", "Mon-Fri 09:00-05:00"}, // written minutes are taken as written
        {"Mo.-Fr. 8.30-16.30", "Mon-Fri 08:30-16:30"},
        {"Monday to Friday, 9am to 5pm", "Mon-Fri 09:00-17:00"},
        {"closed", "closed"},
    };
    for (const Row &row : rows) {
        const QString text = QString::fromUtf8(row.text);
        INFO("text: " << text);
        QString error;
        const auto hours = WeeklyHours::parse(text, &error);
        REQUIRE(hours);
        CHECK(error.isEmpty());
        CHECK(hours->isKnown());
        CHECK(hours->toString() == QString::fromUtf8(row.normalised));
        CHECK(weeklyHoursError(text).isEmpty());
        // The normal form reads back to the same schedule.
        const auto again = WeeklyHours::parse(hours->toString());
        REQUIRE(again);
        CHECK(*again == *hours);
    }
}

TEST_CASE("weekly hours: empty text is unknown, not closed", "[hours]")
{
    const auto hours = WeeklyHours::parse(QStringLiteral("   "));
    REQUIRE(hours);
    CHECK_FALSE(hours->isKnown());
    CHECK(hours->toString().isEmpty());
    CHECK(weeklyHoursError(QString()).isEmpty());
}

TEST_CASE("weekly hours: errors say what is wrong", "[hours]")
{
    struct Row
    {
        const char *text;
        const char *errorPart;
    };
    const Row rows[] = {
        {"Mon-Fri 09:00-", "expected a time after \"-\""},
        {"Mon-Fri 9:00", "expected \"-\" after a time"},
        {"Mon-Fri", "expected a time range"},
        {"Mon-Fry 09:00-17:00", "\"fry\" is not a day"},
        {"Funday 09:00-17:00", "\"funday\" is not a day"},
        {"Mon-Fri 25:00-26:00", "\"25:00\" is not a time of day"},
        {"Mon-Fri 09:60-17:00", "is not a time of day"},
        {"Mon-Fri 24:00-08:00", "cannot start at 24:00"},
        {"Mon-Fri 09:00-09:00", "different start and end"},
        {"Mon-Fri 09:00-17:00 #", "unexpected \"#\""},
        {"Mon-Fri 13pm-14pm", "not a 12-hour time"},
        {"Mon-Fri 9:5-17:00", "two digits"},
    };
    for (const Row &row : rows) {
        const QString text = QString::fromUtf8(row.text);
        INFO("text: " << text);
        QString error;
        CHECK_FALSE(WeeklyHours::parse(text, &error));
        CHECK(error.contains(QString::fromUtf8(row.errorPart)));
        CHECK(error.startsWith(QStringLiteral("hours \"")));
        CHECK(weeklyHoursError(text) == error);
    }
}

TEST_CASE("weekly hours: days get their own ranges and overnight tails", "[hours]")
{
    const auto hours = WeeklyHours::parse(QStringLiteral("Mon-Thu 08:00-16:00; Fri 08:00-12:00"));
    REQUIRE(hours);
    CHECK(hours->openOn(1) == QList<TimeRange>{{8 * 60, 16 * 60}});
    CHECK(hours->openOn(5) == QList<TimeRange>{{8 * 60, 12 * 60}});
    CHECK(hours->openOn(6).isEmpty());
    CHECK(hours->openOn(7).isEmpty());

    // A night shift Monday to Friday: Monday has only the evening, Saturday only the morning.
    const auto night = WeeklyHours::parse(QStringLiteral("Mon-Fri 22:00-06:00"));
    REQUIRE(night);
    CHECK(night->rangesStartingOn(1).first().overnight());
    CHECK(night->openOn(1) == QList<TimeRange>{{22 * 60, 24 * 60}});
    CHECK(night->openOn(2) == (QList<TimeRange>{{0, 6 * 60}, {22 * 60, 24 * 60}}));
    CHECK(night->openOn(6) == QList<TimeRange>{{0, 6 * 60}});
    CHECK(night->openOn(7).isEmpty());

    // Touching ranges merge; 24:00 is the end of the day.
    const auto split = WeeklyHours::parse(QStringLiteral("Sat 00:00-12:00, 12:00-24:00"));
    REQUIRE(split);
    CHECK(split->openOn(6) == QList<TimeRange>{{0, 24 * 60}});
    CHECK(WeeklyHours::always().openOn(3) == QList<TimeRange>{{0, 24 * 60}});
}
