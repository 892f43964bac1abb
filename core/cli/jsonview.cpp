#include "cli/jsonview.h"

#include <QJsonArray>

namespace whoowns {

QJsonObject redirectToJson(const Redirect &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("person_id"), r.personId);
    if (!r.teamId.isEmpty())
        o.insert(QStringLiteral("team_id"), r.teamId);
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("team"), r.team);
    o.insert(QStringLiteral("phone"), r.phone);
    o.insert(QStringLiteral("extension"), r.extension);
    o.insert(QStringLiteral("email"), r.email);
    o.insert(QStringLiteral("reason"), reasonName(r.reason));
    // Beyond the spec keys: when and how the contact can be reached (routing/routing.md).
    o.insert(QStringLiteral("number_kind"), numberKindName(r.numberKind));
    o.insert(QStringLiteral("transferable"), r.transferable);
    o.insert(QStringLiteral("reachable"), r.reachableNow);
    if (!r.timeZone.isEmpty())
        o.insert(QStringLiteral("time_zone"), r.timeZone);
    if (r.localTime.isValid())
        o.insert(QStringLiteral("local_time"), r.localTime.toString(Qt::ISODate));
    if (r.reachableUntil.isValid())
        o.insert(QStringLiteral("until"), r.reachableUntil.toString(Qt::ISODate));
    if (r.backAt.isValid())
        o.insert(QStringLiteral("back_at"), r.backAt.toString(Qt::ISODate));
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    return o;
}

QJsonObject resultToJson(const SearchResult &result, const Redirect &redirect)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindName(result.kind));
    o.insert(QStringLiteral("id"), result.id);
    if (!result.org.isEmpty())
        o.insert(QStringLiteral("org"), result.org);
    o.insert(QStringLiteral("title"), result.title);
    o.insert(QStringLiteral("subtitle"), result.subtitle);
    o.insert(QStringLiteral("score"), qRound(result.score * 1000.0) / 1000.0);
    o.insert(QStringLiteral("why"), QJsonArray::fromStringList(result.why));
    QJsonArray ranges;
    for (const MatchRange &m : result.titleMatches)
        ranges.append(QJsonArray{m.start, m.length});
    o.insert(QStringLiteral("highlight"), ranges);
    if (result.away)
        o.insert(QStringLiteral("away"), true);
    o.insert(QStringLiteral("redirect"), redirectToJson(redirect));
    return o;
}

} // namespace whoowns
