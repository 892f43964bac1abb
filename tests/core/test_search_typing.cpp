// Costs that grow with the directory: an unfinished word and a synonym phrase whose words are
// common. Both must give the same answers whatever the directory's size, touching only what
// they need (see search/ranking.md, "Speed").

#include "search/ranking.h"
#include "test_search_support.h"
#include "testsupport.h"

using namespace whoowns;
using namespace whoowns::test;
namespace rk = whoowns::ranking;

TEST_CASE("an unfinished word is completed within the budget, not corrected into a common word",
          "[search][typing]")
{
    // More people hold "senior" than the prefix expansion takes: "senio" is not yet a word,
    // and one edit away from "senior" is not a slip either.
    auto d = std::make_shared<Directory>();
    for (unsigned i = 0; i <= rk::kPrefixPostingBudget; ++i)
        d->people.append(searchPerson(QStringLiteral("P%1").arg(i),
                                      QStringLiteral("Person %1").arg(i),
                                      QStringLiteral("Senior Analyst")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-ESC"), QStringLiteral("Escalations to a manager")));
    d->teams.append(searchTeam(QStringLiteral("T-SL"), QStringLiteral("Senior Leadership")));
    d->index();
    const SearchEngine e(d, searchLexicon());

    for (const SearchResult &r : e.search(QStringLiteral("manager senio"))) {
        INFO(r.id.toStdString());
        CHECK_FALSE(r.why.join(QLatin1Char(' ')).contains(QLatin1String("typo")));
    }
    CHECK(top(e, QStringLiteral("manager senio")) == QLatin1String("R-ESC"));
    // Too common to take whole, the completion is still looked for in titles: the team named
    // so is found, not the thousands with it in their job title.
    const QStringList senio = ids(e.search(QStringLiteral("senio")));
    CHECK(senio == QStringList{QStringLiteral("T-SL")});
    // Finished, the word matches them all as typed; misspelt, it is still corrected.
    CHECK(found(e.search(QStringLiteral("senior analyst")), QStringLiteral("P0")));
    CHECK(found(e.search(QStringLiteral("sneior analyst")), QStringLiteral("P0")));
}

TEST_CASE("a synonym phrase is found whether its common words are scanned or looked up",
          "[search][typing][synonyms]")
{
    // "display" is in many more entities than "cracked": past the rare word, the few entities
    // holding it are looked up in the common word's postings instead of scanning them all.
    auto d = std::make_shared<Directory>();
    for (int i = 0; i < 200; ++i)
        d->people.append(searchPerson(QStringLiteral("P%1").arg(i),
                                      QStringLiteral("Person %1").arg(i),
                                      QStringLiteral("Display Designer")));
    d->responsibilities = {
        searchTopic(QStringLiteral("R-SCREEN"), QStringLiteral("Device repairs"),
                    {QStringLiteral("cracked display")}),
        // Holds both words, not as one phrase in one field: still the phrase's words.
        searchTopic(QStringLiteral("R-SPLIT"), QStringLiteral("Cracked cases"), {},
                    QStringLiteral("A display stand")),
        searchTopic(QStringLiteral("R-CRACK"), QStringLiteral("Cracked tiles")),
    };
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addThesaurus(QStringLiteral("broken screen | cracked display"));
    const SearchEngine e(d, lexicon);

    const auto r = e.search(QStringLiteral("broken screen"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().id == QLatin1String("R-SCREEN"));
    CHECK(r.first().why.contains(QStringLiteral("synonym: broken screen~cracked display")));
    CHECK(find(r, QStringLiteral("R-SPLIT")));
    CHECK_FALSE(find(r, QStringLiteral("R-CRACK"))); // "cracked" alone is not the phrase
    CHECK_FALSE(find(r, QStringLiteral("P0")));      // nor "display" alone
}
