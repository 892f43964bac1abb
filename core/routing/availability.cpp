#include "routing/availability.h"

#include <algorithm>

namespace whoowns {

qint64 localToMSecs(QDate date, int minuteOfDay, const QTimeZone &zone)
{
    if (minuteOfDay >= 24 * 60) {
        date = date.addDays(minuteOfDay / (24 * 60));
        minuteOfDay %= 24 * 60;
    }
    const QTime time(minuteOfDay / 60, minuteOfDay % 60);
    const QDateTime local(date, time, zone);
    if (local.isValid())
        return local.toMSecsSinceEpoch();
    // In a daylight-saving gap: the first transition after a day before is the jump itself.
    const QDateTime before = QDateTime(date, time, QTimeZone::utc()).addDays(-1);
    const QTimeZone::OffsetData next = zone.nextTransition(before);
    if (next.atUtc.isValid())
        return next.atUtc.toMSecsSinceEpoch();
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() -
           qint64(zone.standardTimeOffset(before)) * 1000;
}

namespace {

struct Span
{
    qint64 start;
    qint64 end;
};

// The openings that lie inside one local calendar day, as instants.
QList<Span> spansOn(const OpeningRules &rules, QDate day)
{
    QList<Span> out;
    if (rules.holidays && rules.holidays->find(rules.location, day))
        return out;
    static const QList<TimeRange> allDay = {{0, 24 * 60}};
    const QList<TimeRange> ranges =
        rules.hours && rules.hours->isKnown() ? rules.hours->openOn(day.dayOfWeek()) : allDay;
    for (const TimeRange &r : ranges) {
        const qint64 s = localToMSecs(day, r.startMinute, rules.zone);
        const qint64 e = localToMSecs(day, r.endMinute, rules.zone);
        if (e > s)
            out.append({s, e});
    }
    return out;
}

QDate localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

} // namespace

Availability evaluateOpening(const OpeningRules &rules, const QDateTime &at, bool reachableOnly)
{
    Availability a;
    const qint64 atMs = at.toMSecsSinceEpoch();
    a.localTime = at.toTimeZone(rules.zone);
    if (rules.never) {
        a.why = rules.neverWhy;
        return a;
    }
    const bool absent = atMs < rules.closedUntilMs;
    const qint64 fromMs = absent ? rules.closedUntilMs : atMs;
    const QDate firstDay = localDate(fromMs, rules.zone);
    const int days = reachableOnly ? (absent ? 0 : 1) : kHorizonDays + 1;

    bool found = false;
    bool gap = false;
    qint64 openFrom = 0;
    qint64 openTo = 0;
    // The previous day too: in a fall-back overlap a day's openings can start "before" it.
    for (int i = -1; i < days && !gap; ++i) {
        const QDate day = firstDay.addDays(i);
        for (const Span &s : spansOn(rules, day)) {
            if (s.end <= fromMs)
                continue;
            if (!found) {
                found = true;
                openFrom = std::max(s.start, fromMs);
                openTo = s.end;
                if (reachableOnly)
                    break;
            } else if (s.start <= openTo) {
                openTo = std::max(openTo, s.end);
            } else {
                gap = true;
                break;
            }
        }
        if (reachableOnly && (found || i >= 0))
            break;
    }
    a.reachable = !absent && found && openFrom <= atMs;
    if (a.reachable) {
        if (gap && !reachableOnly)
            a.until = QDateTime::fromMSecsSinceEpoch(openTo, rules.zone);
        return a;
    }
    if (absent) {
        a.why = rules.closedWhy;
    } else if (const Holiday *h = rules.holidays
                                      ? rules.holidays->find(rules.location, a.localTime.date())
                                      : nullptr) {
        a.why = h->name.isEmpty() ? QStringLiteral("holiday")
                                  : QStringLiteral("holiday: %1").arg(h->name);
    } else {
        a.why = QStringLiteral("outside working hours");
    }
    if (found && !reachableOnly)
        a.backAt = QDateTime::fromMSecsSinceEpoch(openFrom, rules.zone);
    return a;
}

} // namespace whoowns
