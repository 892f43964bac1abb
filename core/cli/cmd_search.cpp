#include "cli/cli.h"
#include "cli/command.h"
#include "cli/jsonview.h"
#include "routing/router.h"
#include "search/feedback.h"
#include "search/searchengine.h"
#include "search/synonymstore.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace whoowns::cli {

int cmdSearch(Context &ctx, const QStringList &rest)
{
    const Args a = parseArgs(rest, {QStringLiteral("limit"), QStringLiteral("at")},
                             {QStringLiteral("json"), QStringLiteral("stdin")});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    bool limitOk = true;
    const int limit = a.values.value(QStringLiteral("limit"), QStringLiteral("10")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return ctx.usage(QStringLiteral("--limit needs a positive number"));
    const auto at = ctx.instant(a);
    if (!at)
        return ctx.usage(QStringLiteral("--at needs an ISO-8601 date and time"));
    const bool fromStdin = a.has(QStringLiteral("stdin"));
    if (!fromStdin && a.positional.isEmpty())
        return ctx.usage(QStringLiteral("search needs a query (or --stdin)"));
    const bool json = a.has(QStringLiteral("json")) || fromStdin;
    if (!ctx.openStore())
        return ExitDatabase;

    // Everything a search reads, from the database as it is now. A long-running
    // `search --stdin` rebuilds it when another process has committed (PRAGMA data_version
    // changed), so it answers from an import as soon as the import commits, never from half of
    // one (hardening, issue #8).
    struct Snapshot
    {
        std::unique_ptr<SearchEngine> engine;
        FeedbackSnapshot feedback;
        std::unique_ptr<Router> router;
    };
    const FixedClock clock(*at);
    qint64 loadedVersion = -1;
    auto loadSnapshot = [&] {
        loadedVersion = ctx.store().dataVersion(); // before reading: a later commit reloads
        auto s = std::make_unique<Snapshot>();
        auto directory = std::make_shared<Directory>(ctx.store().load());
        // The shipped thesaurus plus the admins' synonyms; what reps chose before.
        s->engine = std::make_unique<SearchEngine>(
            directory, lexiconWithSynonyms(SynonymStore(ctx.store().database()).groups()));
        s->feedback =
            SearchFeedback(ctx.store().database(), clock, s->engine->lexicon()).snapshot();
        s->router =
            std::make_unique<Router>(s->engine->directory(), loadRoutingConfig(ctx.store()));
        return s;
    };
    std::unique_ptr<Snapshot> snapshot = loadSnapshot();
    SearchOptions options;
    options.limit = limit;
    options.feedback = &snapshot->feedback;

    auto answer = [&](const QString &query) {
        QElapsedTimer timer;
        timer.start();
        const SearchEngine &engine = *snapshot->engine;
        const Router &router = *snapshot->router;
        const QList<SearchResult> results = engine.search(query, options);
        const qint64 tookUs = timer.nsecsElapsed() / 1000;
        if (json) {
            QJsonArray list;
            for (const SearchResult &r : results)
                list.append(resultToJson(r, router.forEntity(r.kind, r.org, r.id, *at)));
            QJsonObject o;
            o.insert(QStringLiteral("query"), query);
            o.insert(QStringLiteral("took_us"), tookUs);
            o.insert(QStringLiteral("results"), list);
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else {
            if (results.isEmpty())
                ctx.out << "No owner found for \"" << query << "\".\n";
            for (const SearchResult &r : results) {
                const Redirect d = router.forEntity(r.kind, r.org, r.id, *at);
                ctx.out << kindName(r.kind) << "\t" << r.id << "\t" << r.title;
                if (!r.subtitle.isEmpty())
                    ctx.out << " (" << r.subtitle << ")";
                if (d.isValid())
                    ctx.out << "\t-> " << d.name << " " << d.phone << " [" << reasonName(d.reason)
                            << "]";
                ctx.out << "\n";
            }
        }
        ctx.out.flush();
    };

    if (fromStdin) {
        QTextStream in(stdin);
        in.setEncoding(QStringConverter::Utf8);
        QString line;
        while (in.readLineInto(&line)) {
            if (ctx.store().dataVersion() != loadedVersion) {
                snapshot = loadSnapshot();
                options.feedback = &snapshot->feedback;
            }
            answer(line);
        }
    } else {
        answer(a.positional.join(QLatin1Char(' ')));
    }
    return ExitOk;
}

} // namespace whoowns::cli
