#include "routing/holidays.h"

#include "csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace whoowns {

HolidayCalendar::HolidayCalendar(const QList<Holiday> &holidays)
{
    for (const Holiday &h : holidays)
        add(h);
}

QString HolidayCalendar::locationKey(const QString &location)
{
    const QString t = location.trimmed();
    return t.isEmpty() ? allLocations() : t.toCaseFolded();
}

void HolidayCalendar::add(const Holiday &holiday)
{
    if (!holiday.date.isValid())
        return;
    auto &days = m_byLocation[locationKey(holiday.location)];
    const qint64 day = holiday.date.toJulianDay();
    if (const auto it = days.constFind(day); it != days.cend()) {
        m_holidays[*it] = holiday; // the later entry wins, as an import would
        return;
    }
    days.insert(day, m_holidays.size());
    m_holidays.append(holiday);
}

const Holiday *HolidayCalendar::find(const QString &location, QDate date) const
{
    if (m_holidays.isEmpty() || !date.isValid())
        return nullptr;
    const qint64 day = date.toJulianDay();
    if (!location.trimmed().isEmpty()) {
        const auto loc = m_byLocation.constFind(locationKey(location));
        if (loc != m_byLocation.cend())
            if (const auto it = loc->constFind(day); it != loc->cend())
                return &m_holidays.at(*it);
    }
    const auto all = m_byLocation.constFind(allLocations());
    if (all != m_byLocation.cend())
        if (const auto it = all->constFind(day); it != all->cend())
            return &m_holidays.at(*it);
    return nullptr;
}

namespace {

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d.M.yyyy"));
    return d;
}

QString icsUnescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out.append(n == QLatin1Char('n') || n == QLatin1Char('N') ? QLatin1Char(' ') : n);
        } else {
            out.append(c);
        }
    }
    return out.trimmed();
}

} // namespace

QList<Holiday> readHolidayCsv(const QByteArray &data, const QString &location, ImportReport &report)
{
    QList<Holiday> out;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.strict = false;
    CsvReader reader(&buffer, options);
    CsvRecord record;
    int colLocation = 0;
    int colDate = 1;
    int colName = 2;
    bool first = true;
    while (reader.next(record)) {
        if (first) {
            first = false;
            QStringList header;
            for (const QString &f : record.fields)
                header.append(f.trimmed().toLower());
            if (header.contains(QLatin1String("date"))) {
                colDate = int(header.indexOf(QLatin1String("date")));
                colLocation = int(header.indexOf(QLatin1String("location")));
                colName = int(header.indexOf(QLatin1String("name")));
                if (colName < 0)
                    colName = int(header.indexOf(QLatin1String("holiday")));
                continue;
            }
        }
        auto field = [&](int col) {
            return col >= 0 && col < record.fields.size() ? record.fields.at(col).trimmed()
                                                          : QString();
        };
        Holiday h;
        h.location = location.isEmpty() ? field(colLocation) : location;
        if (h.location.isEmpty())
            h.location = allLocations();
        h.name = field(colName);
        const QString dateText = field(colDate);
        h.date = parseDate(dateText);
        if (!h.date.isValid()) {
            report.error(
                record.line,
                dateText.isEmpty()
                    ? QStringLiteral("no date")
                    : QStringLiteral("\"%1\" is not a date (use YYYY-MM-DD)").arg(dateText));
            continue;
        }
        out.append(h);
    }
    if (reader.hasError())
        report.error(reader.errorLine(), reader.errorString());
    return out;
}

QList<Holiday> readHolidayIcs(const QByteArray &data, const QString &location, ImportReport &report)
{
    // Unfold (RFC 5545 3.1): a line starting with a space or tab continues the previous one.
    struct Line
    {
        QString text;
        qint64 number;
    };
    QList<Line> lines;
    const QStringList raw = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString l = raw.at(i);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if ((l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('\t'))) &&
            !lines.isEmpty()) {
            lines.last().text += l.mid(1);
            continue;
        }
        if (!l.isEmpty())
            lines.append({l, i + 1});
    }
    if (lines.isEmpty() ||
        !lines.first().text.startsWith(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive)) {
        report.error(lines.isEmpty() ? 0 : lines.first().number,
                     QStringLiteral("not an iCalendar file (no BEGIN:VCALENDAR)"));
        return {};
    }

    QList<Holiday> out;
    bool inEvent = false;
    qint64 eventLine = 0;
    QString summary, eventLocation, startValue, endValue, rrule;
    bool startHasTime = false;
    for (const Line &line : lines) {
        const qsizetype colon = line.text.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString head = line.text.left(colon);
        const QString value = line.text.mid(colon + 1);
        const QString name = head.section(QLatin1Char(';'), 0, 0).toUpper();
        if (name == QLatin1String("BEGIN") &&
            value.compare(QLatin1String("VEVENT"), Qt::CaseInsensitive) == 0) {
            inEvent = true;
            eventLine = line.number;
            summary.clear();
            eventLocation.clear();
            startValue.clear();
            endValue.clear();
            rrule.clear();
            startHasTime = false;
            continue;
        }
        if (!inEvent)
            continue;
        if (name == QLatin1String("SUMMARY")) {
            summary = icsUnescape(value);
        } else if (name == QLatin1String("LOCATION")) {
            eventLocation = icsUnescape(value);
        } else if (name == QLatin1String("DTSTART")) {
            startValue = value.trimmed();
            startHasTime = startValue.contains(QLatin1Char('T'), Qt::CaseInsensitive);
        } else if (name == QLatin1String("DTEND")) {
            endValue = value.trimmed();
        } else if (name == QLatin1String("RRULE")) {
            rrule = value.trimmed().toUpper();
        } else if (name == QLatin1String("END") &&
                   value.compare(QLatin1String("VEVENT"), Qt::CaseInsensitive) == 0) {
            inEvent = false;
            if (startValue.isEmpty()) {
                report.error(eventLine, QStringLiteral("event without DTSTART"));
                continue;
            }
            if (startHasTime) {
                report.warning(
                    eventLine,
                    QStringLiteral("\"%1\" is not an all-day event; skipped").arg(summary));
                continue;
            }
            const QDate start = parseDate(startValue.left(8));
            if (!start.isValid()) {
                report.error(eventLine, QStringLiteral("\"%1\" is not a date").arg(startValue));
                continue;
            }
            // DTEND of an all-day event is exclusive; a missing one means one day.
            QDate end = endValue.isEmpty() ? start.addDays(1) : parseDate(endValue.left(8));
            if (!end.isValid() || end <= start)
                end = start.addDays(1);
            if (start.daysTo(end) > 366) {
                report.error(eventLine,
                             QStringLiteral("\"%1\" lasts more than a year").arg(summary));
                continue;
            }
            // Yearly repeats ("RRULE:FREQ=YEARLY") are expanded for ten years, or to COUNT/UNTIL.
            int years = 1;
            QDate until;
            if (!rrule.isEmpty()) {
                const QStringList parts = rrule.split(QLatin1Char(';'));
                bool yearly = false;
                bool simple = true;
                for (const QString &p : parts) {
                    const QString key = p.section(QLatin1Char('='), 0, 0);
                    const QString val = p.section(QLatin1Char('='), 1);
                    if (key == QLatin1String("FREQ"))
                        yearly = val == QLatin1String("YEARLY");
                    else if (key == QLatin1String("COUNT"))
                        years = std::clamp(val.toInt(), 1, 50);
                    else if (key == QLatin1String("UNTIL"))
                        until = parseDate(val.left(8));
                    else if (key != QLatin1String("INTERVAL") || val != QLatin1String("1"))
                        simple = false;
                }
                if (yearly && simple) {
                    if (!rrule.contains(QLatin1String("COUNT=")))
                        years = 10;
                } else {
                    report.warning(eventLine, QStringLiteral("repeat rule \"%1\" not supported; "
                                                             "only the first date is imported")
                                                  .arg(rrule));
                }
            }
            QString where = location.isEmpty() ? eventLocation : location;
            if (where.isEmpty())
                where = allLocations();
            for (int y = 0; y < years; ++y) {
                const QDate first = start.addYears(y);
                if (until.isValid() && first > until)
                    break;
                for (QDate d = first; d < end.addYears(y); d = d.addDays(1)) {
                    if (out.size() >= kMaxHolidayDays) {
                        report.error(eventLine,
                                     QStringLiteral("more than %L1 holiday days in one file; "
                                                    "split it or shorten its repeats")
                                         .arg(kMaxHolidayDays));
                        return out;
                    }
                    out.append({where, d, summary});
                }
            }
        }
    }
    if (inEvent)
        report.error(eventLine, QStringLiteral("event not closed (no END:VEVENT)"));
    return out;
}

QList<Holiday> readHolidayFile(const QString &path, const QString &location, ImportReport &report)
{
    report.file = path;
    report.what = QStringLiteral("holidays");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error(0, QStringLiteral("cannot read: %1").arg(file.errorString()));
        return {};
    }
    const QByteArray data = file.readAll();
    const bool ics =
        QFileInfo(path).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) == 0 ||
        data.trimmed().startsWith("BEGIN:VCALENDAR");
    report.format = ics ? QStringLiteral("ics") : QStringLiteral("csv");
    return ics ? readHolidayIcs(data, location, report) : readHolidayCsv(data, location, report);
}

} // namespace whoowns
