#include "routing/weeklyhours.h"

#include <algorithm>

namespace whoowns {

namespace {

// Words for days: English prefixes of at least two letters ("mo", "tue", "thurs", "monday")
// and the German two-letter forms that differ from English ("di", "mi", "do", "so").
int dayFromWord(const QString &w)
{
    static const char *const english[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
    if (w.size() >= 2) {
        for (int i = 0; i < 7; ++i)
            if (QLatin1String(english[i]).startsWith(w))
                return i + 1;
    }
    if (w == QLatin1String("di"))
        return 2;
    if (w == QLatin1String("mi"))
        return 3;
    if (w == QLatin1String("do"))
        return 4;
    if (w == QLatin1String("so"))
        return 7;
    return 0;
}

struct Token
{
    enum Kind { Word, Time, Dash, Separator, ClauseEnd, End } kind = End;
    QString word;
    int minute = 0;
    bool hadMinutes = false;  // "9:00", not "9"
    bool hadMeridiem = false; // "9am"
    qsizetype column = 0;
};

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    bool run(std::array<QList<TimeRange>, 7> &ranges, QString *error);

private:
    bool tokenize();
    bool clause(std::array<QList<TimeRange>, 7> &ranges);
    bool fail(const QString &message);
    const Token &peek() const { return m_tokens.at(m_pos); }
    QString describe(const Token &t) const;

    QString m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QString m_error;
};

bool Parser::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("hours \"%1\": %2").arg(m_text.trimmed(), message);
    return false;
}

QString Parser::describe(const Token &t) const
{
    switch (t.kind) {
    case Token::Word:
        return QStringLiteral("\"%1\"").arg(t.word);
    case Token::Time:
        return QStringLiteral("a time");
    case Token::Dash:
        return QStringLiteral("\"-\"");
    case Token::Separator:
        return QStringLiteral("\",\"");
    case Token::ClauseEnd:
        return QStringLiteral("\";\"");
    case Token::End:
        return QStringLiteral("the end");
    }
    return {};
}

bool Parser::tokenize()
{
    const QString &s = m_text;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        Token t;
        t.column = i + 1;
        if (c.isSpace() && c != QLatin1Char('\n')) {
            ++i;
            continue;
        }
        if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && (s.at(j).isLetter() || s.at(j) == QLatin1Char('.')))
                ++j;
            t.kind = Token::Word;
            t.word = s.mid(i, j - i).toLower();
            t.word.remove(QLatin1Char('.'));
            i = j;
            if (t.word == QLatin1String("and") || t.word == QLatin1String("und"))
                t.kind = Token::Separator;
            else if (t.word == QLatin1String("to") || t.word == QLatin1String("bis") ||
                     t.word == QLatin1String("through") || t.word == QLatin1String("thru"))
                t.kind = Token::Dash;
            else if ((t.word == QLatin1String("am") || t.word == QLatin1String("pm")) &&
                     !m_tokens.isEmpty() && m_tokens.last().kind == Token::Time) {
                // "9 am": a meridiem after a time belongs to it.
                Token &time = m_tokens.last();
                int h = time.minute / 60;
                if (h < 1 || h > 12)
                    return fail(QStringLiteral("\"%1\" is not a 12-hour time")
                                    .arg(QStringLiteral("%1 %2").arg(h).arg(t.word)));
                if (h == 12)
                    h = 0;
                if (t.word == QLatin1String("pm"))
                    h += 12;
                time.minute = h * 60 + time.minute % 60;
                time.hadMeridiem = true;
                continue;
            }
            m_tokens.append(t);
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && s.at(j).isDigit())
                ++j;
            const QString digits = s.mid(i, j - i);
            int hour = 0;
            int minute = 0;
            bool hadMinutes = false;
            if (digits.size() == 4) { // "0900"
                hour = digits.left(2).toInt();
                minute = digits.mid(2).toInt();
                hadMinutes = true;
            } else if (digits.size() <= 2) {
                hour = digits.toInt();
                const bool separator =
                    j + 1 < n &&
                    (s.at(j) == QLatin1Char(':') || s.at(j) == QLatin1Char('.') ||
                     s.at(j) == QLatin1Char('h')) &&
                    s.at(j + 1).isDigit();
                if (separator) {
                    qsizetype k = j + 1;
                    while (k < n && s.at(k).isDigit())
                        ++k;
                    if (k - (j + 1) != 2)
                        return fail(
                            QStringLiteral("minutes need two digits at column %1").arg(j + 2));
                    minute = s.mid(j + 1, 2).toInt();
                    hadMinutes = true;
                    j = k;
                } else if (j < n && s.at(j) == QLatin1Char('h')) {
                    ++j; // "9h"
                }
            } else {
                return fail(QStringLiteral("\"%1\" is not a time").arg(digits));
            }
            if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
                return fail(QStringLiteral("\"%1\" is not a time of day").arg(s.mid(i, j - i)));
            t.kind = Token::Time;
            t.minute = hour * 60 + minute;
            t.hadMinutes = hadMinutes;
            i = j;
            m_tokens.append(t);
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && m_tokens.size() > 0 &&
            m_tokens.last().kind == Token::Time && m_tokens.last().minute == 24 * 60 &&
            s.mid(i + 1, 1) == QLatin1String("7")) {
            // "24/7"
            m_tokens.removeLast();
            Token w;
            w.kind = Token::Word;
            w.word = QStringLiteral("24/7");
            w.column = t.column;
            m_tokens.append(w);
            i += 2;
            continue;
        }
        switch (c.unicode()) {
        case '-':
        case 0x2010: // hyphen
        case 0x2011: // non-breaking hyphen
        case 0x2012: // figure dash
        case 0x2013: // en dash
        case 0x2014: // em dash
        case 0x2212: // minus
        case '~':
            t.kind = Token::Dash;
            break;
        case ',':
        case '&':
        case '/':
        case '+':
            t.kind = Token::Separator;
            break;
        case ';':
        case '|':
        case '\n':
            t.kind = Token::ClauseEnd;
            break;
        case ':': // "Mon-Fri: 09:00-17:00"
            ++i;
            continue;
        default:
            return fail(QStringLiteral("unexpected \"%1\" at column %2").arg(c).arg(i + 1));
        }
        ++i;
        m_tokens.append(t);
    }
    Token end;
    end.kind = Token::End;
    end.column = n + 1;
    m_tokens.append(end);
    return true;
}

bool Parser::clause(std::array<QList<TimeRange>, 7> &ranges)
{
    bool days[7] = {false, false, false, false, false, false, false};
    bool anyDay = false;
    bool always = false;
    // Days: items separated by commas or spaces, each a day or a day range.
    while (peek().kind == Token::Word) {
        const Token w = peek();
        ++m_pos;
        if (w.word == QLatin1String("24/7") || w.word == QLatin1String("always")) {
            always = true;
            for (bool &d : days)
                d = true;
            anyDay = true;
        } else if (w.word == QLatin1String("daily") || w.word == QLatin1String("everyday") ||
                   w.word == QLatin1String("every") || w.word == QLatin1String("day") ||
                   w.word == QLatin1String("days")) {
            for (bool &d : days)
                d = true;
            anyDay = true;
        } else if (w.word == QLatin1String("weekdays") || w.word == QLatin1String("workdays")) {
            for (int d = 0; d < 5; ++d)
                days[d] = true;
            anyDay = true;
        } else if (w.word == QLatin1String("weekends") || w.word == QLatin1String("weekend")) {
            days[5] = days[6] = true;
            anyDay = true;
        } else if (w.word == QLatin1String("closed") || w.word == QLatin1String("off")) {
            // "Sat closed": nothing to add for those days.
            if (peek().kind != Token::ClauseEnd && peek().kind != Token::End)
                return fail(
                    QStringLiteral("unexpected %1 after \"%2\"").arg(describe(peek()), w.word));
            return true;
        } else {
            const int first = dayFromWord(w.word);
            if (!first)
                return fail(QStringLiteral("\"%1\" is not a day").arg(w.word));
            int last = first;
            if (peek().kind == Token::Dash && m_pos + 1 < m_tokens.size() &&
                m_tokens.at(m_pos + 1).kind == Token::Word) {
                ++m_pos;
                last = dayFromWord(peek().word);
                if (!last)
                    return fail(QStringLiteral("\"%1\" is not a day").arg(peek().word));
                ++m_pos;
            }
            // Ranges may wrap over the weekend ("Fri-Mon").
            for (int d = first;; d = d % 7 + 1) {
                days[d - 1] = true;
                if (d == last)
                    break;
            }
            anyDay = true;
        }
        if (peek().kind == Token::Separator)
            ++m_pos;
    }
    if (always && (peek().kind == Token::ClauseEnd || peek().kind == Token::End)) {
        for (auto &r : ranges)
            r.append({0, 24 * 60});
        return true;
    }
    if (!anyDay)
        for (bool &d : days)
            d = true; // a time without days: every day
    if (peek().kind == Token::Word &&
        (peek().word == QLatin1String("closed") || peek().word == QLatin1String("off"))) {
        ++m_pos;
        return true;
    }
    int count = 0;
    while (peek().kind == Token::Time) {
        const Token start = peek();
        ++m_pos;
        if (peek().kind != Token::Dash)
            return fail(
                QStringLiteral("expected \"-\" after a time, found %1").arg(describe(peek())));
        ++m_pos;
        if (peek().kind != Token::Time)
            return fail(
                QStringLiteral("expected a time after \"-\", found %1").arg(describe(peek())));
        const Token end = peek();
        ++m_pos;
        if (start.minute == 24 * 60)
            return fail(QStringLiteral("a range cannot start at 24:00"));
        int endMinute = end.minute;
        // "9-5": bare hours on a 12-hour clock mean 09:00-17:00, not a night shift.
        const bool bare =
            !start.hadMinutes && !end.hadMinutes && !start.hadMeridiem && !end.hadMeridiem;
        if (bare && endMinute < start.minute && start.minute <= 12 * 60 && endMinute < 12 * 60)
            endMinute += 12 * 60;
        if (start.minute == endMinute)
            return fail(QStringLiteral("a range needs different start and end times"));
        for (int d = 0; d < 7; ++d)
            if (days[d])
                ranges[d].append({start.minute, endMinute});
        ++count;
        if (peek().kind == Token::Separator)
            ++m_pos;
    }
    if (!count)
        return fail(QStringLiteral("expected a time range, found %1").arg(describe(peek())));
    return true;
}

bool Parser::run(std::array<QList<TimeRange>, 7> &ranges, QString *error)
{
    auto failed = [&] {
        if (error)
            *error = m_error;
        return false;
    };
    if (!tokenize())
        return failed();
    while (peek().kind != Token::End) {
        if (peek().kind == Token::ClauseEnd) {
            ++m_pos;
            continue;
        }
        if (!clause(ranges))
            return failed();
        if (peek().kind != Token::ClauseEnd && peek().kind != Token::End) {
            fail(QStringLiteral("unexpected %1 at column %2")
                     .arg(describe(peek()))
                     .arg(peek().column));
            return failed();
        }
    }
    return true;
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<WeeklyHours> WeeklyHours::parse(const QString &text, QString *error)
{
    WeeklyHours hours;
    if (text.trimmed().isEmpty())
        return hours;
    Parser parser(text);
    if (!parser.run(hours.m_ranges, error))
        return std::nullopt;
    hours.m_known = true;
    hours.finish();
    return hours;
}

WeeklyHours WeeklyHours::always()
{
    WeeklyHours hours;
    hours.m_known = true;
    for (auto &r : hours.m_ranges)
        r.append({0, 24 * 60});
    hours.finish();
    return hours;
}

const QList<TimeRange> &WeeklyHours::rangesStartingOn(int dayOfWeek) const
{
    return m_ranges.at(dayOfWeek - 1);
}

void WeeklyHours::finish()
{
    for (int d = 0; d < 7; ++d) {
        QList<TimeRange> open;
        for (const TimeRange &r : m_ranges.at(d))
            open.append({r.startMinute, r.overnight() ? 24 * 60 : r.endMinute});
        for (const TimeRange &r : m_ranges.at((d + 6) % 7))
            if (r.overnight() && r.endMinute > 0)
                open.append({0, r.endMinute});
        std::sort(open.begin(), open.end(), [](const TimeRange &a, const TimeRange &b) {
            return a.startMinute < b.startMinute;
        });
        QList<TimeRange> merged;
        for (const TimeRange &r : open) {
            if (!merged.isEmpty() && r.startMinute <= merged.last().endMinute)
                merged.last().endMinute = std::max(merged.last().endMinute, r.endMinute);
            else
                merged.append(r);
        }
        m_open[d] = merged;
    }
}

QString WeeklyHours::toString() const
{
    if (!m_known)
        return {};
    static const char *const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    auto rangesText = [](const QList<TimeRange> &list) {
        QStringList parts;
        for (const TimeRange &r : list)
            parts.append(minuteText(r.startMinute) + QLatin1Char('-') + minuteText(r.endMinute));
        return parts.join(QStringLiteral(", "));
    };
    QStringList clauses;
    int d = 0;
    while (d < 7) {
        if (m_ranges.at(d).isEmpty()) {
            ++d;
            continue;
        }
        int e = d;
        while (e + 1 < 7 && m_ranges.at(e + 1) == m_ranges.at(d))
            ++e;
        QString days = QLatin1String(names[d]);
        if (e > d)
            days += QLatin1Char('-') + QLatin1String(names[e]);
        clauses.append(days + QLatin1Char(' ') + rangesText(m_ranges.at(d)));
        d = e + 1;
    }
    return clauses.isEmpty() ? QStringLiteral("closed") : clauses.join(QStringLiteral("; "));
}

QString weeklyHoursError(const QString &text)
{
    QString error;
    if (WeeklyHours::parse(text, &error))
        return {};
    return error;
}

} // namespace whoowns
