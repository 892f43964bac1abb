#include "cli/cli.h"
#include "cli/command.h"
#include "cli/jsonview.h"
#include "routing/router.h"

#include <QJsonDocument>

namespace whoowns::cli {

int cmdShow(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("at")}, {QStringLiteral("json")});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    if (a.positional.size() != 1)
        return ctx.usage(QStringLiteral("show needs one ID"));
    const auto at = ctx.instant(a);
    if (!at)
        return ctx.usage(QStringLiteral("--at needs an ISO-8601 date and time"));
    if (!ctx.openStore())
        return ExitDatabase;
    const Directory d = ctx.store().load();
    const Router router(d, loadRoutingConfig(ctx.store()));
    const QString id = a.positional.first();
    SearchResult r;
    bool found = false;
    for (const Responsibility &x : d.responsibilities)
        if (!found && x.id == id) {
            const Team *t = d.team(x.org, x.ownerTeamId);
            r = {EntityKind::Responsibility,
                 x.org,
                 x.id,
                 x.topic,
                 t ? t->name : QString(),
                 1.0,
                 {},
                 {},
                 false};
            found = true;
        }
    for (const Person &x : d.people)
        if (!found && x.id == id) {
            r = {EntityKind::Person,
                 x.org,
                 x.id,
                 x.name,
                 x.title,
                 1.0,
                 {},
                 {},
                 x.status == PersonStatus::OnLeave};
            found = true;
        }
    for (const Team &x : d.teams)
        if (!found && (x.id == id || x.name == id)) {
            r = {EntityKind::Team, x.org, x.id, x.name, x.department, 1.0, {}, {}, false};
            found = true;
        }
    if (!found) {
        ctx.err << "whoowns-cli: no responsibility, person or team has the id \"" << id << "\"\n";
        return ExitInputProblem;
    }
    const Redirect redirect = router.forEntity(r.kind, r.org, r.id, *at);
    if (a.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(resultToJson(r, redirect)).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << kindName(r.kind) << " " << r.id << ": " << r.title << "\n";
        if (!r.subtitle.isEmpty())
            ctx.out << "  " << r.subtitle << "\n";
        ctx.out << "  redirect to: " << redirect.name;
        if (!redirect.phone.isEmpty())
            ctx.out << " " << redirect.phone
                    << (redirect.transferable ? "" : " (internal, do not give out)");
        ctx.out << " [" << reasonName(redirect.reason) << "]\n";
        if (redirect.localTime.isValid())
            ctx.out << "  their local time: " << redirect.localTime.toString(Qt::ISODate) << " ("
                    << redirect.timeZone << ")\n";
        if (redirect.reachableNow)
            ctx.out << "  reachable"
                    << (redirect.reachableUntil.isValid()
                            ? QStringLiteral(" until ") +
                                  redirect.reachableUntil.toString(Qt::ISODate)
                            : QString())
                    << "\n";
        else
            ctx.out << "  not reachable now"
                    << (redirect.backAt.isValid()
                            ? QStringLiteral("; back at ") + redirect.backAt.toString(Qt::ISODate)
                            : QString())
                    << "\n";
        if (!redirect.note.isEmpty())
            ctx.out << "  why: " << redirect.note << "\n";
    }
    return ExitOk;
}

} // namespace whoowns::cli
