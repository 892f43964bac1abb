#include "cli/cli.h"
#include "cli/command.h"
#include "csv/csvwriter.h"
#include "db/database.h"
#include "routing/holidays.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace whoowns::cli {

namespace {

int importHolidays(Context &ctx, const Args &a)
{
    if (a.positional.size() != 2)
        return ctx.usage(QStringLiteral("holidays import needs one FILE"));
    ImportReport report;
    const QList<Holiday> holidays =
        readHolidayFile(a.positional.at(1), a.value(QStringLiteral("location")), report);
    for (const ImportMessage &m : report.messages)
        if (m.severity != ImportMessage::Severity::Info)
            ctx.err << m.format() << "\n";
    if (report.hasErrors()) {
        ctx.err << "whoowns-cli: " << report.file << ": nothing imported\n";
        return ExitInputProblem;
    }
    QStringList locations;
    for (const Holiday &h : holidays)
        if (!locations.contains(h.location))
            locations.append(h.location);
    std::sort(locations.begin(), locations.end());
    const QString summary = QStringLiteral("holidays: %1 %2 (%3)")
                                .arg(holidays.size())
                                .arg(a.has(QStringLiteral("dry-run")) ? QStringLiteral("to import")
                                                                      : QStringLiteral("imported"))
                                .arg(locations.join(QStringLiteral(", ")));
    if (a.has(QStringLiteral("dry-run"))) {
        ctx.out << summary << "\n";
        return ExitOk;
    }
    if (!ctx.openStore())
        return ExitDatabase;
    DirectoryStore &store = ctx.store();
    db::Transaction tx(store.database());
    bool ok = tx.isActive();
    // --replace: the file is the whole list for its locations.
    if (a.has(QStringLiteral("replace")))
        for (const QString &location : locations)
            ok = ok && store.removeHolidays(location);
    for (const Holiday &h : holidays)
        ok = ok && store.upsertHoliday(h);
    if (!ok || !tx.commit()) {
        ctx.err << "whoowns-cli: cannot write holidays: " << store.lastError() << "\n";
        return ExitDatabase;
    }
    ctx.out << summary << "\n";
    return ExitOk;
}

int listHolidays(Context &ctx, const Args &a)
{
    if (!ctx.openStore())
        return ExitDatabase;
    const QString location = a.value(QStringLiteral("location"));
    QJsonArray list;
    if (!a.has(QStringLiteral("json")))
        ctx.out << "location,date,name\n";
    for (const Holiday &h : ctx.store().holidays()) {
        if (!location.isEmpty() &&
            HolidayCalendar::locationKey(h.location) != HolidayCalendar::locationKey(location) &&
            h.location != allLocations())
            continue;
        if (a.has(QStringLiteral("json")))
            list.append(QJsonObject{{QStringLiteral("location"), h.location},
                                    {QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                    {QStringLiteral("name"), h.name}});
        else // CSV, re-importable with `holidays import`
            ctx.out << CsvWriter::escape(h.location) << ',' << h.date.toString(Qt::ISODate) << ','
                    << CsvWriter::escape(h.name) << "\n";
    }
    if (a.has(QStringLiteral("json")))
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
    return ExitOk;
}

int removeHolidays(Context &ctx, const Args &a)
{
    const QString location = a.value(QStringLiteral("location"));
    if (location.isEmpty() && !a.has(QStringLiteral("all")))
        return ctx.usage(QStringLiteral("holidays remove needs --location NAME or --all"));
    if (!ctx.openStore())
        return ExitDatabase;
    db::Transaction tx(ctx.store().database());
    if (!tx.isActive() || !ctx.store().removeHolidays(location) || !tx.commit()) {
        ctx.err << "whoowns-cli: cannot remove holidays: " << ctx.store().lastError() << "\n";
        return ExitDatabase;
    }
    return ExitOk;
}

} // namespace

// holidays import FILE [--location NAME] [--replace] [--dry-run] | list [--location NAME] [--json]
// | remove --location NAME|--all
int cmdHolidays(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("location")},
                             {QStringLiteral("json"), QStringLiteral("dry-run"),
                              QStringLiteral("replace"), QStringLiteral("all")});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    const QString verb = a.positional.value(0);
    if (verb == QLatin1String("import"))
        return importHolidays(ctx, a);
    if (verb == QLatin1String("list") && a.positional.size() == 1)
        return listHolidays(ctx, a);
    if (verb == QLatin1String("remove") && a.positional.size() == 1)
        return removeHolidays(ctx, a);
    return ctx.usage(QStringLiteral("holidays needs import FILE, list or remove"));
}

} // namespace whoowns::cli
