#pragma once

#include "io/importreport.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace whoowns {

// A company holiday: the office at a location is closed all day (in that location's time
// zone). Location "*" closes every location.
struct Holiday
{
    QString location;
    QDate date;
    QString name;

    bool operator==(const Holiday &) const = default;
};

inline const QString &allLocations()
{
    static const QString star = QStringLiteral("*");
    return star;
}

// The holidays by location, for routing. Locations match case-insensitively, ignoring
// surrounding spaces, and "*" applies to all locations.
class HolidayCalendar
{
public:
    HolidayCalendar() = default;
    explicit HolidayCalendar(const QList<Holiday> &holidays);

    void add(const Holiday &holiday);
    bool isEmpty() const { return m_holidays.isEmpty(); }
    const QList<Holiday> &all() const { return m_holidays; }
    // The holiday closing that location on that date, or nullptr.
    const Holiday *find(const QString &location, QDate date) const;

    static QString locationKey(const QString &location);

private:
    QList<Holiday> m_holidays;
    QHash<QString, QHash<qint64, qsizetype>> m_byLocation; // location key -> julian day -> row
};

// Reads a holiday file: CSV with columns location,date,name (header optional, dates
// YYYY-MM-DD), or an iCalendar file (.ics) of all-day events. A non-empty location overrides
// the file's locations (for .ics files, which usually have none). Problems are added to the
// report as FILE:LINE messages; the holidays read are returned even when there are errors,
// and the caller decides not to write them.
QList<Holiday> readHolidayFile(const QString &path, const QString &location, ImportReport &report);
// The most holiday days one file may give. An iCalendar event may span a year and repeat for
// 50, so a few bytes can stand for 18,000 days; a real calendar of every location for decades
// is far below this, and a file beyond it is refused rather than expanded without bound.
inline constexpr qsizetype kMaxHolidayDays = 200000;
QList<Holiday> readHolidayCsv(const QByteArray &data, const QString &location,
                              ImportReport &report);
QList<Holiday> readHolidayIcs(const QByteArray &data, const QString &location,
                              ImportReport &report);

} // namespace whoowns
