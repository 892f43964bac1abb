// Learning from choices (search/feedback.h) and the admins' synonyms (search/synonymstore.h).

#include "search/feedback.h"
#include "search/ranking.h"
#include "search/synonymstore.h"
#include "store/directorystore.h"
#include "test_search_support.h"
#include "testsupport.h"
#include "util/clock.h"

using namespace whoowns;
using namespace whoowns::test;

namespace {

int rankOf(const QList<SearchResult> &results, const QString &id)
{
    for (qsizetype i = 0; i < results.size(); ++i)
        if (results.at(i).id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace

TEST_CASE("feedback: an opened result ranks higher for similar queries, decays, resets",
          "[search][feedback]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("fb.sqlite"))));
    const SearchEngine engine = searchEngine();
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    SearchFeedback feedback(store.database(), clock, engine.lexicon());

    // "warranty": the topic titled so comes first, the desk with the keyword second.
    const QString query = QStringLiteral("warranty");
    REQUIRE(rankOf(engine.search(query), QStringLiteral("R-KEY")) == 1);

    REQUIRE(feedback.record(QStringLiteral("the warranty"), EntityKind::Responsibility, {},
                            QStringLiteral("R-KEY")));
    REQUIRE(feedback.record(QStringLiteral("warranty"), EntityKind::Responsibility, {},
                            QStringLiteral("R-KEY")));
    FeedbackSnapshot snap = feedback.snapshot();
    REQUIRE(snap.entries.size() == 1); // same words, same entry
    CHECK(snap.entries.first().weight == Approx(2.0));
    SearchOptions o;
    o.feedback = &snap;
    const auto boosted = engine.search(query, o);
    CHECK(rankOf(boosted, QStringLiteral("R-KEY")) == 0);
    CHECK(boosted.first().why.contains(QStringLiteral("chosen before for a similar query")));
    // A similar query (one more word) still benefits.
    CHECK(rankOf(engine.search(QStringLiteral("warranty desk"), o), QStringLiteral("R-KEY")) == 0);

    // Weight halves every half-life: after four half-lives 2 -> 0.125, too little to win.
    clock.set(clock.now().addDays(static_cast<qint64>(4 * ranking::kFeedbackHalfLifeDays)));
    snap = feedback.snapshot();
    REQUIRE(snap.entries.size() == 1);
    CHECK(snap.entries.first().weight == Approx(0.125));
    CHECK(rankOf(engine.search(query, o), QStringLiteral("R-KEY")) == 1);

    REQUIRE(feedback.reset());
    CHECK(feedback.snapshot().entries.isEmpty());
}

TEST_CASE("feedback similarity", "[search][feedback]")
{
    const QStringList entry = {QStringLiteral("damag"), QStringLiteral("refund")};
    CHECK(FeedbackSnapshot::similarity(entry, false, entry) == Approx(1.0));
    CHECK(FeedbackSnapshot::similarity({QStringLiteral("refund")}, false, entry) == Approx(0.5));
    CHECK(FeedbackSnapshot::similarity({QStringLiteral("ref")}, true, entry) == Approx(0.5));
    CHECK(FeedbackSnapshot::similarity({QStringLiteral("parcel")}, false, entry) == 0.0);
}

TEST_CASE("admins' synonyms: CSV in both shapes, stored, used by search", "[search][synonyms]")
{
    ScratchDir dir;
    const QString withHeader =
        dir.write(QStringLiteral("syn.csv"), "term,synonyms\nmugs,merchandise;promotional items\n");
    const QString perRow = dir.write(QStringLiteral("rows.csv"), "tote,bag,holdall\n");
    const QString bad = dir.write(QStringLiteral("bad.csv"), "term,synonyms\nlonely,\n");
    QList<QStringList> groups;
    QStringList errors;
    REQUIRE(SynonymStore::readCsv(withHeader, &groups, &errors));
    REQUIRE(SynonymStore::readCsv(perRow, &groups, &errors));
    CHECK(groups == QList<QStringList>{{QStringLiteral("mugs"), QStringLiteral("merchandise"),
                                        QStringLiteral("promotional items")},
                                       {QStringLiteral("tote"), QStringLiteral("bag"),
                                        QStringLiteral("holdall")}});
    QList<QStringList> none;
    CHECK_FALSE(SynonymStore::readCsv(bad, &none, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first() == bad + QStringLiteral(":2: a synonym group needs at least two terms"));

    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("s.sqlite"))));
    SynonymStore synonyms(store.database());
    REQUIRE(synonyms.addGroups(groups));
    CHECK(synonyms.groups() == groups);

    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-MERCH"), QStringLiteral("Branded merchandise orders")));
    d->index();
    const SearchEngine plain(d);
    const SearchEngine extended(d, lexiconWithSynonyms(synonyms.groups()));
    CHECK(plain.search(QStringLiteral("mugs")).isEmpty());
    const auto r = extended.search(QStringLiteral("mugs"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().id == QLatin1String("R-MERCH"));
    CHECK(r.first().why.contains(QStringLiteral("synonym: mugs~merchandise")));

    REQUIRE(synonyms.clear());
    CHECK(synonyms.groups().isEmpty());
}
