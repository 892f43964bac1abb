#include "cli/cli.h"
#include "cli/command.h"
#include "search/feedback.h"
#include "search/synonymstore.h"
#include "util/clock.h"

namespace whoowns::cli {

namespace {

bool kindFromName(const QString &text, EntityKind *kind)
{
    for (EntityKind k : {EntityKind::Responsibility, EntityKind::Person, EntityKind::Team}) {
        if (text.compare(kindName(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace

// feedback record QUERY KIND ID [--org ORG] | reset | list: learning from the reps' choices.
int cmdFeedback(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("org"), QStringLiteral("at")}, {});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    const QString action = a.positional.value(0);
    EntityKind kind = EntityKind::Responsibility;
    if (action == QLatin1String("record")) {
        if (a.positional.size() != 4)
            return ctx.usage(QStringLiteral("feedback record needs QUERY KIND ID"));
        if (!kindFromName(a.positional.at(2), &kind))
            return ctx.usage(QStringLiteral("KIND is responsibility, person or team"));
    } else if (action != QLatin1String("reset") && action != QLatin1String("list")) {
        return ctx.usage(QStringLiteral("feedback needs record, reset or list"));
    }
    const auto at = ctx.instant(a);
    if (!at)
        return ctx.usage(QStringLiteral("--at needs an ISO-8601 date and time"));
    if (!ctx.openStore())
        return ExitDatabase;
    const FixedClock clock(*at);
    const auto lexicon = lexiconWithSynonyms(SynonymStore(ctx.store().database()).groups());
    SearchFeedback feedback(ctx.store().database(), clock, *lexicon);
    if (action == QLatin1String("record")) {
        if (!feedback.record(a.positional.at(1), kind, a.value(QStringLiteral("org")),
                             a.positional.at(3))) {
            ctx.err << "whoowns-cli: " << feedback.lastError() << "\n";
            return ExitInputProblem;
        }
        ctx.out << "feedback: recorded\n";
    } else if (action == QLatin1String("reset")) {
        if (!feedback.reset()) {
            ctx.err << "whoowns-cli: " << feedback.lastError() << "\n";
            return ExitDatabase;
        }
        ctx.out << "feedback: reset\n";
    } else {
        for (const FeedbackEntry &e : feedback.snapshot().entries)
            ctx.out << e.terms.join(QLatin1Char(' ')) << "\t" << kindName(e.kind) << "\t" << e.id
                    << "\t" << QString::number(e.weight, 'f', 3) << "\n";
    }
    return ExitOk;
}

} // namespace whoowns::cli
