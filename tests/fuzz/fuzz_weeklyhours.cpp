// Fuzzes the working-hours parser ("Mon-Fri 09:00-17:00; Sat 10:00-14:00", am/pm, overnight,
// "24/7", ...). Properties: ranges stay inside a day and a week, and the normalised text of a
// schedule parses back to the same schedule.
#include "fuzzsupport.h"

#include "routing/weeklyhours.h"

using namespace whoowns;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    const auto hours = WeeklyHours::parse(text, &error);
    FUZZ_CHECK(weeklyHoursError(text).isEmpty() == hours.has_value());
    if (!hours) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (int day = 1; day <= 7; ++day) {
        for (const TimeRange &r : hours->rangesStartingOn(day)) {
            FUZZ_CHECK(r.startMinute >= 0 && r.startMinute < 24 * 60);
            FUZZ_CHECK(r.endMinute >= 0 && r.endMinute <= 24 * 60);
        }
        for (const TimeRange &r : hours->openOn(day))
            FUZZ_CHECK(r.startMinute >= 0 && r.startMinute < r.endMinute && r.endMinute <= 24 * 60);
    }
    const QString normal = hours->toString();
    FUZZ_CHECK(hours->isKnown() || normal.isEmpty());
    if (hours->isKnown()) {
        QString again;
        const auto reparsed = WeeklyHours::parse(normal, &again);
        FUZZ_CHECK(reparsed.has_value());
        FUZZ_CHECK(*reparsed == *hours);
    }
    return 0;
}
