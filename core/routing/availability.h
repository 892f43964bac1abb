#pragma once

#include "routing/holidays.h"
#include "routing/weeklyhours.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace whoowns {

// When a contact (a person or a team line) can take calls: weekly hours in its own time zone,
// minus the holidays of its location, minus an absence that ends at a known instant.
struct OpeningRules
{
    const WeeklyHours *hours = nullptr; // nullptr or unknown hours: open all day
    QTimeZone zone;                     // must be valid
    const HolidayCalendar *holidays = nullptr;
    QString location;
    // Closed before this instant (out of office, or on leave with a return date); ms since epoch.
    qint64 closedUntilMs = std::numeric_limits<qint64>::min();
    QString closedWhy;  // "out of office until 2026-03-31"
    bool never = false; // a leaver, or on leave without a return date
    QString neverWhy;   // "left", "on leave"
};

// The answer for one instant.
struct Availability
{
    bool reachable = false;
    QDateTime localTime; // the instant asked about, in the contact's zone
    QDateTime until;     // reachable: when the current opening ends (invalid: not within horizon)
    QDateTime backAt;    // not reachable: the next opening (invalid: never or not within horizon)
    QString why;         // not reachable: "on leave", "off shift", "holiday: Good Friday", ...
};

// How far "until" and "back at" look ahead, from the later of the instant and the end of an
// absence.
constexpr int kHorizonDays = 14;

// reachableOnly: skip computing until/backAt (cheap check of the current day only).
Availability evaluateOpening(const OpeningRules &rules, const QDateTime &at,
                             bool reachableOnly = false);

// The instant a wall-clock time of a date happens in a zone; a time skipped by a daylight-saving
// change maps to the moment the clocks jump (02:30 on a spring-forward night -> 03:00).
qint64 localToMSecs(QDate date, int minuteOfDay, const QTimeZone &zone);

} // namespace whoowns
