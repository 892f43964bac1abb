// Fuzzes the holiday file readers: CSV (location,date,name) and iCalendar all-day events.
// Properties: every holiday returned has a valid date, and the calendar built from them finds
// each one again.
#include "fuzzsupport.h"

#include "routing/holidays.h"

using namespace whoowns;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const auto [selector, input] = fuzz::select(data, size);
    const QString location = (selector & 2) ? QStringLiteral("Berlin") : QString();
    ImportReport report;
    report.file = QStringLiteral("holidays");
    const QList<Holiday> holidays = (selector & 1) ? readHolidayIcs(input, location, report)
                                                   : readHolidayCsv(input, location, report);
    for (const ImportMessage &m : report.messages)
        (void)m.format();
    const HolidayCalendar calendar(holidays);
    for (const Holiday &h : holidays) {
        FUZZ_CHECK(h.date.isValid());
        FUZZ_CHECK(calendar.find(h.location, h.date));
    }
    return 0;
}
