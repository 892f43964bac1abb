#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace whoowns {

// One opening of a day, in minutes after local midnight. endMinute may be 1440 ("24:00");
// an end at or before the start is an overnight range that closes on the next day
// ("22:00-06:00").
struct TimeRange
{
    int startMinute = 0;
    int endMinute = 0;

    bool overnight() const { return endMinute <= startMinute; }
    bool operator==(const TimeRange &) const = default;
};

// A weekly schedule such as "Mon-Fri 09:00-17:00" or "Mon-Thu 08:00-16:00; Fri 08:00-12:00",
// read leniently (see routing.md): any case and spacing, en-dashes, two-letter days ("Mo-Fr"),
// "24:00", overnight ranges, several ranges a day ("09:00-12:00, 13:00-17:00"), am/pm,
// "daily", "weekdays", "24/7". The times are wall-clock times in the owner's time zone.
class WeeklyHours
{
public:
    // nullopt and an error text (without file or line) when the text is not a schedule.
    // Empty text parses to an empty, unknown schedule (see isKnown()).
    static std::optional<WeeklyHours> parse(const QString &text, QString *error = nullptr);

    // A schedule open all day, every day.
    static WeeklyHours always();

    // False for a schedule parsed from empty text: the hours are unknown.
    bool isKnown() const { return m_known; }
    // The ranges starting on a day of the week, 1 = Monday ... 7 = Sunday (QDate::dayOfWeek).
    const QList<TimeRange> &rangesStartingOn(int dayOfWeek) const;
    // The parts of all ranges that lie inside a day of the week: the day's own ranges (cut at
    // midnight) and the overnight tails of the day before. Minutes [start, end), sorted.
    QList<TimeRange> openOn(int dayOfWeek) const { return m_open.at(dayOfWeek - 1); }

    // A normalised text ("Mon-Fri 09:00-17:00; Sat 10:00-14:00"), empty when unknown.
    QString toString() const;

    bool operator==(const WeeklyHours &other) const
    {
        return m_known == other.m_known && m_ranges == other.m_ranges;
    }

private:
    void finish();

    bool m_known = false;
    std::array<QList<TimeRange>, 7> m_ranges; // index 0 = Monday, as written
    std::array<QList<TimeRange>, 7> m_open;   // per day, overnight tails folded in, merged
};

// For importers and editors: empty when the text is a valid schedule (or empty), else a short
// message such as "hours \"Mon-Fri 9-\": expected a time after \"-\"".
QString weeklyHoursError(const QString &text);

} // namespace whoowns
