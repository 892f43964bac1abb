// Search, in layers (search/ranking.md): what is found, ordering, exact scores in terms of the
// weights, highlight ranges, and named regressions.

#include "search/ranking.h"
#include "search/textfold.h"
#include "search/wordneighbours.h"
#include "test_search_support.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace whoowns;
using namespace whoowns::test;
namespace rk = whoowns::ranking;

TEST_CASE("folding uses ICU: case, accents, transliteration", "[search][fold]")
{
    search::TextFolder &f = search::TextFolder::local();
    const std::pair<const char *, const char *> cases[] = {
        {"José", "jose"},   {"Łukasz", "lukasz"}, {"Müller", "muller"},  {"Straße", "strasse"},
        {"Søren", "soren"}, {"MÜLLER", "muller"}, {"O'Brien", "obrien"}, {"Nguyễn", "nguyen"}};
    for (const auto &[in, out] : cases)
        CHECK(f.fold(QString::fromUtf8(in)) == out);
    CHECK(f.foldGerman(QStringLiteral("Müller")) == "mueller");
    CHECK(f.foldGerman(QStringLiteral("Søren")).empty()); // same as fold(): not kept twice
}

TEST_CASE("stemming uses Snowball", "[search][fold]")
{
    search::TextFolder &f = search::TextFolder::local();
    CHECK(f.stem("refunds") == f.stem("refund"));
    CHECK(f.stem("shipping") == f.stem("ship"));
    CHECK(f.stem("x4417") == "x4417");
}

TEST_CASE("word neighbours: the words within the edits a typo may have", "[search][typo]")
{
    const search::WordNeighbours words(
        {{"heating", 2}, {"heating", 1}, {"freezing", 1}, {"seating", 1}, {"cold", 1}});
    const auto within = [&](const std::string &word, int edits) {
        QStringList out;
        words.forEachWithin(word, edits, [&](const std::string &w, int d) {
            out.append(QString::fromStdString(w) + QString::number(d));
        });
        out.sort();
        return out;
    };
    CHECK(within("heatng", 1) == QStringList{QStringLiteral("heating1")});
    CHECK(within("eating", 1) ==
          QStringList{QStringLiteral("heating1"), QStringLiteral("seating1")});
    CHECK(within("frevzing", 2) == QStringList{QStringLiteral("freezing1")});
    CHECK(within("heating", 1) == QStringList{QStringLiteral("seating1")}); // not itself
    CHECK(within("hxxting", 1).isEmpty());
    CHECK(words.uses("heating") == 3);
    CHECK(words.uses("warm") == 0);
    CHECK(words.hasWordStartingWith("free"));
    CHECK(!words.hasWordStartingWith("frez"));
}

TEST_CASE("what search finds", "[search]")
{
    const SearchEngine e = searchEngine();
    const std::pair<const char *, const char *> cases[] = {
        {"refu", "R-ONE"},               // typing in progress
        {"refund dama", "R-REF"},        // the last word is a prefix
        {"refnud damaged", "R-REF"},     // typo
        {"Brpwn", "E2"},                 // typo in a name
        {"payrol", "R-PAY"},             // typo, missing letter
        {"jose garcia", "E4"},           // accents folded
        {"lukasz dabrowski", "E5"},      // Ł
        {"mueller", "E3"},               // German ue
        {"muller jurgen", "E3"},         // surname first, folded
        {"søren strauss", "E6"},         // ß = ss
        {"bob brown", "E2"},             // nickname
        {"jane.doe", "E1"},              // e-mail local part
        {"4417", "E1"},                  // extension
        {"x4417", "E1"},                 // extension, x-prefixed
        {"+49 30 5557", "E1"},           // international number fragment
        {"0305557", "E1"},               // national number fragment
        {"jan do", "E1"},                // two prefixes
        {"my parcel is late", "R-SHIP"}, // synonym and stop words
        {"shipped", "R-SHIP"},           // stemming
    };
    for (const auto &[q, id] : cases) {
        INFO(q);
        CHECK(top(e, QString::fromUtf8(q)) == QLatin1String(id));
    }
}

TEST_CASE("leavers are never results; people on leave are marked", "[search]")
{
    const SearchEngine e = searchEngine();
    CHECK(e.search(QStringLiteral("Olga Leaver")).isEmpty());
    const auto r = e.search(QStringLiteral("Anna Away"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().id == QLatin1String("E8"));
    CHECK(r.first().away);
    CHECK_FALSE(e.search(QStringLiteral("Jane Doe")).first().away);
}

TEST_CASE("stop words do not drown the signal", "[search]")
{
    const SearchEngine e = searchEngine();
    const auto plain = e.search(QStringLiteral("refund"));
    const auto chatty = e.search(QStringLiteral("I want my refund"));
    REQUIRE(!plain.isEmpty());
    REQUIRE(!chatty.isEmpty());
    CHECK(ids(plain) == ids(chatty));
}

TEST_CASE("a stop word written with an apostrophe is one only when typed with it", "[search]")
{
    search::Lexicon lexicon;
    lexicon.addStopwords(QStringLiteral("i'd\ni'll\nim\ni'm"));
    CHECK(lexicon.isStopword("id", u"i'd"));
    CHECK(lexicon.isStopword("id", u"I\u2019d")); // a phone's curly apostrophe
    CHECK_FALSE(lexicon.isStopword("id", u"ID"));
    CHECK_FALSE(lexicon.isStopword("ill", u"ill"));
    CHECK(lexicon.isStopword("im", u"im")); // listed plainly as well
    CHECK(lexicon.isStopword("im", u"i'm"));

    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("ID"), QStringLiteral("Photo ID checks")));
    d->responsibilities.append(searchTopic(QStringLiteral("SICK"), QStringLiteral("Sickness"),
                                           {QStringLiteral("off ill")}));
    d->responsibilities.append(searchTopic(QStringLiteral("REF"), QStringLiteral("Refunds")));
    d->index();
    const SearchEngine e(d, search::Lexicon::builtIn());
    CHECK(top(e, QStringLiteral("my id was refused")) == QLatin1String("ID"));
    CHECK(top(e, QStringLiteral("feeling ill today")) == QLatin1String("SICK"));
    // Typed as the contraction, it is filler: the refund decides.
    const auto r = e.search(QStringLiteral("i'd like a refund, i'll wait"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().id == QLatin1String("REF"));
    CHECK(find(r, QStringLiteral("ID")) == nullptr);
    CHECK(find(r, QStringLiteral("SICK")) == nullptr);
}

TEST_CASE("ordering", "[search][order]")
{
    const SearchEngine e = searchEngine();
    SECTION("an exact surname beats a typo")
    {
        // "Browne" is one edit from "Brown": the exact one comes first.
        const auto r = e.search(QStringLiteral("Robert Brown"));
        REQUIRE(r.size() >= 2);
        CHECK(r.at(0).id == QLatin1String("E2"));
        CHECK(r.at(1).id == QLatin1String("E9"));
    }
    SECTION("a prefix beats a typo")
    {
        // "brow" is a prefix of Brown/Browne and one edit from "bruno" is not allowed (< 4
        // letters are exact), so use a longer word: "brun" prefix of Bruno vs typo of "brown".
        const auto r = e.search(QStringLiteral("brun"));
        REQUIRE(!r.isEmpty());
        CHECK(r.first().id == QLatin1String("E10"));
    }
    SECTION("the title beats a keyword")
    {
        const auto r = e.search(QStringLiteral("warranty"));
        REQUIRE(r.size() >= 2);
        CHECK(r.at(0).id == QLatin1String("R-WAR"));
        CHECK(r.at(1).id == QLatin1String("R-KEY"));
    }
    SECTION("the whole title typed beats a longer title containing it")
    {
        const auto r = e.search(QStringLiteral("refunds"));
        REQUIRE(r.size() >= 2);
        CHECK(r.at(0).id == QLatin1String("R-ONE"));
        CHECK(r.at(1).id == QLatin1String("R-REF"));
    }
}

TEST_CASE("exact scores follow the named weights", "[search][score]")
{
    const SearchEngine e = searchEngine();
    // One word, the entity's whole one-word title: exact match plus full coverage.
    CHECK(
        scoreOf(e, QStringLiteral("refunds"), QStringLiteral("R-ONE")) ==
        Approx(rk::fieldWeight(rk::Field::Topic) * rk::kExact + rk::kTitleCoverage).margin(0.001));
    // Same stem, other form.
    CHECK(scoreOf(e, QStringLiteral("refund"), QStringLiteral("R-ONE")) ==
          Approx(rk::fieldWeight(rk::Field::Topic) * rk::kStem + rk::kTitleCoverage).margin(0.001));
    // One typo.
    CHECK(
        scoreOf(e, QStringLiteral("refudns"), QStringLiteral("R-ONE")) ==
        Approx(rk::fieldWeight(rk::Field::Topic) * rk::kTypo1 + rk::kTitleCoverage).margin(0.001));
    // A keyword only, no title word: keyword weight, no coverage bonus.
    CHECK(scoreOf(e, QStringLiteral("warranty"), QStringLiteral("R-KEY")) ==
          Approx(rk::fieldWeight(rk::Field::Keywords) * rk::kExact).margin(0.001));
    // A prefix loses kPrefixShortfall for the share not yet typed: "payr" of "payroll".
    CHECK(
        scoreOf(e, QStringLiteral("payr"), QStringLiteral("R-PAY")) ==
        Approx(rk::kPrefix - rk::kPrefixShortfall * 3.0 / 7.0 + rk::kTitleCoverage).margin(0.001));
}

TEST_CASE("results explain themselves", "[search][why]")
{
    const SearchEngine e = searchEngine();
    const auto typo = e.search(QStringLiteral("refnud"));
    REQUIRE(!typo.isEmpty());
    CHECK(typo.first().why.contains(QStringLiteral("typo: refnud~refund")));
    const auto syn = e.search(QStringLiteral("parcel"));
    const SearchResult *ship = find(syn, QStringLiteral("R-SHIP"));
    REQUIRE(ship);
    CHECK(ship->why.contains(QStringLiteral("synonym: parcel~package")));
    CHECK(ship->why.contains(QStringLiteral("keyword: package")));
    const auto nick = e.search(QStringLiteral("bob"));
    REQUIRE(!nick.isEmpty());
    CHECK(nick.first().why.contains(QStringLiteral("nickname: bob~robert")));
    const auto ext = e.search(QStringLiteral("x4417"));
    REQUIRE(!ext.isEmpty());
    CHECK(ext.first().why.contains(QStringLiteral("extension: 4417")));
}

TEST_CASE("highlight ranges are QChar offsets of the title", "[search][highlight]")
{
    const SearchEngine e = searchEngine();
    auto ranges = [&](const QString &q, const QString &id) {
        const auto r = e.search(q);
        const SearchResult *x = find(r, id);
        REQUIRE(x);
        return x->titleMatches;
    };
    // Typed prefix only.
    CHECK(ranges(QStringLiteral("refu"), QStringLiteral("R-REF")) == QList<MatchRange>{{0, 4}});
    // Whole words, second word by its offset.
    CHECK(ranges(QStringLiteral("refund damaged"), QStringLiteral("R-REF")) ==
          QList<MatchRange>{{0, 7}, {12, 7}});
    // Folded words highlight the original letters.
    CHECK(ranges(QStringLiteral("muller"), QStringLiteral("E3")) == QList<MatchRange>{{7, 6}});
    CHECK(ranges(QStringLiteral("mueller"), QStringLiteral("E3")) == QList<MatchRange>{{7, 6}});
    CHECK(ranges(QStringLiteral("jos"), QStringLiteral("E4")) == QList<MatchRange>{{0, 3}});
    // A typo highlights the word it stands for.
    CHECK(ranges(QStringLiteral("Brpwn"), QStringLiteral("E2")) == QList<MatchRange>{{7, 5}});
}

TEST_CASE("a cancelled search returns at once", "[search]")
{
    const SearchEngine e = searchEngine();
    std::atomic_bool cancel{true};
    SearchOptions o;
    o.cancel = &cancel;
    CHECK(e.search(QStringLiteral("refund"), o).isEmpty());
    cancel = false;
    CHECK(!e.search(QStringLiteral("refund"), o).isEmpty());
}

TEST_CASE("limit", "[search]")
{
    const SearchEngine e = searchEngine();
    SearchOptions o;
    o.limit = 2;
    CHECK(e.search(QStringLiteral("r"), o).size() == 2);
}

TEST_CASE("regression: a team typed whole beats a topic reached through synonyms",
          "[search][regression]")
{
    // "customs" is a synonym of "duties" and "import fees": those words of the topic must not
    // count as typed, or the topic's title looks fully covered.
    const SearchEngine e = searchEngine();
    CHECK(top(e, QStringLiteral("customs and ipmort")) == QLatin1String("T1"));
}

TEST_CASE("one word of a team's name finds the topic that names it, the whole name the team",
          "[search][score]")
{
    const SearchEngine e = searchEngine();
    // "custo" is a word of "Customs & Import" and of "Customs duties and import fees".
    const auto r = e.search(QStringLiteral("custo"));
    const SearchResult *team = find(r, QStringLiteral("T1"));
    const SearchResult *topic = find(r, QStringLiteral("R-CUS"));
    REQUIRE(team);
    REQUIRE(topic);
    CHECK(r.first().id == QLatin1String("R-CUS"));
    // Same match in both names; the topic's coverage bonus for 1 of its 4 words is the gap.
    CHECK(topic->score - team->score == Approx(rk::kTitleCoverage / 4.0).margin(0.001));
    CHECK(top(e, QStringLiteral("customs & import")) == QLatin1String("T1"));
    // Two words of a longer team name are the name typed.
    auto d = std::make_shared<Directory>();
    d->teams.append(searchTeam(QStringLiteral("T-B"), QStringLiteral("Customs & Import Berlin")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-CUS"), QStringLiteral("Customs duties and import fees")));
    d->index();
    CHECK(top(SearchEngine(d, searchLexicon()), QStringLiteral("customs import")) ==
          QLatin1String("T-B"));
}

TEST_CASE("regression: the number in a team's name counts as typed", "[search][regression]")
{
    // "1" is too short to be a concept of a four-word query, but without it the whole name is
    // never "typed" and the shorter team wins on coverage.
    auto d = std::make_shared<Directory>();
    for (const char *name :
         {"Warehouse Operations", "Warehouse Operations Sydney 1", "Warehouse Operations Sydney 2"})
        d->teams.append(searchTeam(QString::fromUtf8(name), QString::fromUtf8(name)));
    d->index();
    const SearchEngine e(d, searchLexicon());
    CHECK(top(e, QStringLiteral("warehousee operations sydney 1")) ==
          QLatin1String("Warehouse Operations Sydney 1"));
    CHECK(top(e, QStringLiteral("warehouse operations sydney 2")) ==
          QLatin1String("Warehouse Operations Sydney 2"));
}

TEST_CASE("ties: same kind and title length in numeric title order, whatever the directory's order",
          "[search][order]")
{
    for (const bool reversed : {false, true}) {
        QStringList names{QStringLiteral("Litigation B2"), QStringLiteral("Litigation B1"),
                          QStringLiteral("Litigation 10"), QStringLiteral("Litigation 09")};
        if (reversed)
            std::reverse(names.begin(), names.end());
        auto d = std::make_shared<Directory>();
        for (const QString &name : names)
            d->teams.append(searchTeam(name, name));
        d->index();
        const auto r = SearchEngine(d, searchLexicon()).search(QStringLiteral("litigation"));
        CAPTURE(reversed);
        REQUIRE(r.size() == 4);
        CHECK(r[0].score == r[3].score);
        CHECK(ids(r) ==
              QStringList{QStringLiteral("Litigation 09"), QStringLiteral("Litigation 10"),
                          QStringLiteral("Litigation B1"), QStringLiteral("Litigation B2")});
    }
}

TEST_CASE("regression: a keyword phrase typed whole counts though one word is in the title",
          "[search][regression]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-DMG"),
                                           QStringLiteral("Vehicle damage charges"),
                                           {QStringLiteral("damage excess")}));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-INS"), QStringLiteral("Insurance mis-selling"),
                    {QStringLiteral("collision damage waiver"), QStringLiteral("excess waiver")}));
    d->index();
    const SearchEngine e(d, searchLexicon());
    // "damage" is in R-DMG's title; "excess" must then count as the keyword it completes.
    CHECK(top(e, QStringLiteral("damage excess")) == QLatin1String("R-DMG"));
}

TEST_CASE("regression: a one-edit typo is read as the word, not as two words run together",
          "[search][regression]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-FOOD"), QStringLiteral("Food safety"),
                                           {QStringLiteral("food poisoning")}));
    d->responsibilities.append(searchTopic(QStringLiteral("R-POS"), QStringLiteral("Card tills"),
                                           {QStringLiteral("pos")}));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-ONE"), QStringLiteral("One-way hire")));
    d->index();
    const SearchEngine e(d, searchLexicon());
    // "posoning" is "pos" + "oning" (stem "one"), but one edit from "poisoning".
    const auto r = e.search(QStringLiteral("posoning"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().id == QLatin1String("R-FOOD"));
    CHECK(!find(r, QStringLiteral("R-POS")));
    // Two words run together that no single edit explains are still split.
    CHECK(top(e, QStringLiteral("foodtills")) == QLatin1String("R-POS"));
}

TEST_CASE("a synonym reaches the forms of its word, not words derived from its stem",
          "[search][synonyms]")
{
    // Snowball gives "received" and "receivable" one stem; "arrived" means the first only.
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-IN"), QStringLiteral("Goods in"),
                                           {QStringLiteral("receives")}));
    d->teams.append(searchTeam(QStringLiteral("T-AR"), QStringLiteral("Accounts Receivable")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("arrived"), QStringLiteral("received")});
    const SearchEngine e(d, lexicon);
    CHECK(search::TextFolder::local().stem("receivable") ==
          search::TextFolder::local().stem("received"));
    const auto r = e.search(QStringLiteral("arrived"));
    CHECK(find(r, QStringLiteral("R-IN")));
    CHECK(!find(r, QStringLiteral("T-AR")));
}

TEST_CASE("a synonym landing on a rare directory word counts more than one on a common word",
          "[search][synonyms][score]")
{
    // "furious" ~ "complaint" ~ "grievance": three titles hold "complaints", one "grievances".
    // Without kSynonymSpecificity the shorter titles would win the tie.
    auto d = std::make_shared<Directory>();
    for (const QString &what :
         {QStringLiteral("deliveries"), QStringLiteral("staff"), QStringLiteral("products")})
        d->responsibilities.append(
            searchTopic(QStringLiteral("R-") + what, QStringLiteral("Complaints about ") + what));
    d->responsibilities.append(searchTopic(
        QStringLiteral("R-GRIEVANCE"), QStringLiteral("Grievances raised by members of staff")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup(
        {QStringLiteral("furious"), QStringLiteral("complaint"), QStringLiteral("grievance")});
    const SearchEngine e(d, lexicon);
    CHECK(top(e, QStringLiteral("furious")) == QStringLiteral("R-GRIEVANCE"));
    const float synonymInTitle = rk::fieldWeight(rk::Field::Topic) * rk::kSynonym;
    CHECK(scoreOf(e, QStringLiteral("furious"), QStringLiteral("R-GRIEVANCE")) ==
          Approx(synonymInTitle).margin(0.001));
    // idf = ln(1 + (entities + 1) / entities holding the word): 4 entities, 3 and 1 of them.
    const double share = std::log(1.0 + 5.0 / 3.0) / std::log(1.0 + 5.0 / 1.0);
    CHECK(scoreOf(e, QStringLiteral("furious"), QStringLiteral("R-staff")) ==
          Approx(synonymInTitle * std::pow(share, rk::kSynonymSpecificity)).margin(0.001));
}

TEST_CASE("each word of a synonym phrase reaches only the forms of that word", "[search][synonyms]")
{
    // "installation" and "instalments" share the stem "instal": the phrase "kitchen
    // installation" is not in a topic about paying for a kitchen in instalments.
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-FIN"), QStringLiteral("Finance"),
                    {QStringLiteral("kitchen"), QStringLiteral("instalments")}));
    d->responsibilities.append(searchTopic(QStringLiteral("R-FIT"), QStringLiteral("Fitting"),
                                           {QStringLiteral("kitchen installations")}));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup(
        {QStringLiteral("kitchen fitter"), QStringLiteral("kitchen installation")});
    const SearchEngine e(d, lexicon);
    const auto r = e.search(QStringLiteral("kitchen fitter"));
    const SearchResult *fin = find(r, QStringLiteral("R-FIN"));
    REQUIRE(find(r, QStringLiteral("R-FIT")));
    CHECK(r.first().id == QLatin1String("R-FIT"));
    CHECK((!fin || std::none_of(fin->why.begin(), fin->why.end(), [](const QString &w) {
        return w.contains(QLatin1String("installation"));
    })));
}

TEST_CASE("a thesaurus phrase said with a few other words inside it still counts",
          "[search][synonyms]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-THEFT"),
                                           QStringLiteral("Store security"),
                                           {QStringLiteral("shoplifting")}));
    d->responsibilities.append(searchTopic(QStringLiteral("R-SAW"), QStringLiteral("Saw blades")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addStopwords(QStringLiteral("a\nwith\nof\nthe\nto"));
    lexicon->addSynonymGroup(
        {QStringLiteral("walked out without paying"), QStringLiteral("shoplifting")});
    const SearchEngine e(d, lexicon);
    const auto whyOf = [&](const QString &q) {
        const auto r = e.search(q);
        const SearchResult *theft = find(r, QStringLiteral("R-THEFT"));
        return theft ? theft->why.join(QLatin1Char(';')) : QString();
    };
    // Whether the group came in through several typed words (one word alone may still bring
    // it in as a related idea, kRelated).
    const auto byPhrase = [&](const QString &q) {
        const auto r = e.search(q);
        return reachedByPhrase(find(r, QStringLiteral("R-THEFT")));
    };
    // Three more words inside the phrase ("with a saw"): the group is brought in.
    CHECK(top(e, QStringLiteral("man walked out with a saw without paying")) ==
          QLatin1String("R-THEFT"));
    CHECK(
        whyOf(QStringLiteral("man walked out with a saw without paying"))
            .contains(QString::fromUtf8("synonym: walked out \u2026 without paying~shoplifting")));
    // More than kPhraseGapWords words inside: they belong to other thoughts.
    static_assert(rk::kPhraseGapWords < 8);
    CHECK(!byPhrase(
        QStringLiteral("walked out to the car park for a smoke then came back without paying")));
    // Up to kPhraseGapWords words inside count, one more does not (stop words here, so that
    // no query word is dropped by kMaxQueryWords).
    const auto withInside = [](size_t n) {
        static const char *const fillers[] = {"with", "a", "of", "the", "to", "and", "for", "my"};
        static_assert(rk::kPhraseGapWords < std::size(fillers));
        QStringList words = {QStringLiteral("walked"), QStringLiteral("out")};
        for (size_t i = 0; i < n; ++i)
            words << QLatin1String(fillers[i]);
        words << QStringLiteral("without") << QStringLiteral("paying");
        return words.join(QLatin1Char(' '));
    };
    CHECK(byPhrase(withInside(rk::kPhraseGapWords)));
    CHECK(!byPhrase(withInside(rk::kPhraseGapWords + 1)));
    // Out of order is not the phrase.
    CHECK(!byPhrase(QStringLiteral("paying without walked out")));
    CHECK(byPhrase(QStringLiteral("man walked out with a saw without paying")));
}

TEST_CASE("a thesaurus phrase does not run across the end of a clause", "[search][synonyms]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-THEFT"),
                                           QStringLiteral("Store security"),
                                           {QStringLiteral("shoplifting")}));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addStopwords(QStringLiteral("a\nwith"));
    lexicon->addSynonymGroup(
        {QStringLiteral("walked out without paying"), QStringLiteral("shoplifting")});
    const SearchEngine e(d, lexicon);
    struct Case
    {
        const char *query;
        bool phrase; // the group is brought in
    };
    // Typed whole and with other words inside; the words after a comma, full stop or the like
    // are another thought, but a number's comma, point or colon is no end of anything.
    const Case cases[] = {
        {"man walked out without paying", true},
        {"man walked out, without paying", false},
        {"man walked out with a saw without paying", true},
        {"man walked out with a saw, without paying", false},
        {"man walked out with a saw. without paying", false},
        {"man walked out with a saw; without paying", false},
        {"man walked out with a saw: without paying", false},
        {"man walked out with a saw \u2014 without paying", false},
        {"walked out? without paying", false},
        {"walked out with a 2.99 saw without paying", true},
        {"walked out with 1,000 saws without paying", true},
        {"walked out at 10:30 without paying", true},
    };
    for (const Case &c : cases) {
        const QString q = QString::fromUtf8(c.query);
        CAPTURE(q);
        // Through several typed words: one word alone may still bring the group in as a
        // related idea (kRelated).
        const auto r = e.search(q);
        CHECK(reachedByPhrase(find(r, QStringLiteral("R-THEFT"))) == c.phrase);
    }
}

TEST_CASE("a thesaurus phrase said with other stop words still counts", "[search][synonyms]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-WHERE"), QStringLiteral("Deliveries"),
                                           {QStringLiteral("parcel location")}));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("track my order"), QStringLiteral("parcel location")});
    const SearchEngine e(d, lexicon);
    // "the" for "my": not the phrase as written, but the phrase said.
    const auto r = e.search(QStringLiteral("track the order"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().id == QLatin1String("R-WHERE"));
    CHECK(r.first().why.contains(QStringLiteral("synonym: track the order~parcel location")));
}

TEST_CASE("a query word brings in the groups of its own forms only", "[search][synonyms]")
{
    // "installation" and "instalments" share a stem, as do "ship" and "shipping" (a form).
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-PLAN"), QStringLiteral("Payment plans")));
    d->responsibilities.append(searchTopic(QStringLiteral("R-SHIP"), QStringLiteral("Shipping")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("instalments"), QStringLiteral("payment plan")});
    lexicon->addSynonymGroup({QStringLiteral("send"), QStringLiteral("ship")});
    const SearchEngine e(d, lexicon);
    REQUIRE(search::TextFolder::local().stem("installation") ==
            search::TextFolder::local().stem("instalments"));
    CHECK(!found(e.search(QStringLiteral("installation")), QStringLiteral("R-PLAN")));
    CHECK(top(e, QStringLiteral("instalment")) == QLatin1String("R-PLAN"));
    CHECK(top(e, QStringLiteral("send")) == QLatin1String("R-SHIP"));
}

TEST_CASE("an unknown word follows the phrases holding a form of it, not a derivation",
          "[search][synonyms]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-LATE"), QStringLiteral("Deliveries"),
                                           {QStringLiteral("late delivery")}));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("received late"), QStringLiteral("late delivery")});
    const SearchEngine e(d, lexicon);
    // Neither word is in the directory; "received" is in the phrase, "receivable" only shares
    // its stem.
    CHECK(top(e, QStringLiteral("received")) == QLatin1String("R-LATE"));
    CHECK(e.search(QStringLiteral("receivable")).isEmpty());
}

TEST_CASE("a synonym never lands on a stop word", "[search][synonyms]")
{
    // Snowball stems the defibrillator "aed" to "a".
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-A"), QStringLiteral("Deliveries"), {},
                                           QStringLiteral("A van brings them")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-AID"), QStringLiteral("First aid"), {QStringLiteral("aed")}));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addStopwords(QStringLiteral("a"));
    lexicon->addSynonymGroup({QStringLiteral("defibrillator"), QStringLiteral("aed")});
    const SearchEngine e(d, lexicon);
    REQUIRE(search::TextFolder::local().stem("aed") == "a");
    CHECK(ids(e.search(QStringLiteral("defibrillator"))) == QStringList{QStringLiteral("R-AID")});
}

TEST_CASE("in a sentence an English word is not corrected into a directory word", "[search][typo]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-PM"), QStringLiteral("Price match requests")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-WM"), QStringLiteral("Washing machine repairs")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addEnglishWords(QStringLiteral("# test\nmarch\nwash\n"));
    const SearchEngine e(d, lexicon);
    CHECK(lexicon->isEnglishWord("march"));
    CHECK(!lexicon->isEnglishWord("mach"));
    // "march" is one edit from "match", but in a sentence it is the month.
    const auto r = e.search(QStringLiteral("the washing machine I bought in march is broken"));
    CHECK(!find(r, QStringLiteral("R-PM")));
    CHECK(top(e, QStringLiteral("the washing machine I bought in march is broken")) ==
          QLatin1String("R-WM"));
    // Typed alone, a real word may still be a slip for the directory's.
    CHECK(top(e, QStringLiteral("price march")) == QLatin1String("R-PM"));
}

TEST_CASE("a slip whose Snowball stem is a word of the language data is still corrected",
          "[search][typo][regression]")
{
    // Snowball stems "overduee" to "overdue" and "recalll" to "recall": words of the language
    // data, yet what was typed is no word, and without a correction nothing was found.
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-OVERDUE"), QStringLiteral("Overdue accounts")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-RECALL"), QStringLiteral("Product recalls")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("overdue"), QStringLiteral("late payment")});
    lexicon->addSynonymGroup({QStringLiteral("recall"), QStringLiteral("safety notice")});
    const SearchEngine e(d, lexicon);
    auto &fold = search::TextFolder::local();
    REQUIRE(lexicon->isKnownWord(fold.stem("overduee")));
    REQUIRE(lexicon->isKnownWord(fold.stem("recalll")));
    CHECK(top(e, QStringLiteral("overduee")) == QLatin1String("R-OVERDUE"));
    CHECK(top(e, QStringLiteral("recalll")) == QLatin1String("R-RECALL"));
    // A word of the language data as typed is still what was meant, not a slip: "recall" is
    // not corrected into anything else.
    CHECK(top(e, QStringLiteral("recall")) == QLatin1String("R-RECALL"));
}

TEST_CASE("a known word that would find nothing at all is corrected as a last resort",
          "[search][typo]")
{
    // "coca" is a word of the language data (a drink's name), but nothing in this directory
    // is about drinks: typed alone it is a slip for the unit "CICA".
    auto d = std::make_shared<Directory>();
    d->teams.append(searchTeam(QStringLiteral("T-CICA"), QStringLiteral("CICA")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-REF"), QStringLiteral("Refunds and returns")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("coca"), QStringLiteral("soft drink")});
    const SearchEngine e(d, lexicon);
    REQUIRE(lexicon->isKnownWord("coca"));
    CHECK(top(e, QStringLiteral("coca")) == QLatin1String("T-CICA"));
    // A one-edit typo of the whole name: kTypo1, and the name counts as typed.
    CHECK(scoreOf(e, QStringLiteral("coca"), QStringLiteral("T-CICA")) ==
          Approx(rk::fieldWeight(rk::Field::TeamName) * rk::kTypo1 + rk::kTitleCoverage)
              .margin(0.001));
    // Beside a word that finds something, the known word is what was meant.
    CHECK(!found(e.search(QStringLiteral("coca refunds")), QStringLiteral("T-CICA")));
}

TEST_CASE("a misspelt word of the language data still brings its synonyms in",
          "[search][typo][synonyms]")
{
    // "frevzing" is no word of the directory or of the language data; one edit away is the
    // thesaurus' "freezing", whose group reaches the heating.
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-HEAT"), QStringLiteral("Heating faults")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-GUEST"), QStringLiteral("Guest complaints")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-NOISE"), QStringLiteral("Noise reports")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("freezing"), QStringLiteral("heating")});
    lexicon->addSynonymGroup({QStringLiteral("complaint"), QStringLiteral("noise")});
    {
        // Without the index of the language data's words (built by compact()), nothing.
        const SearchEngine e(d, lexicon);
        CHECK(e.search(QStringLiteral("frevzing")).isEmpty());
    }
    lexicon->compact();
    const SearchEngine e(d, lexicon);
    CHECK(top(e, QStringLiteral("it's frevzing in the meeting room")) == QLatin1String("R-HEAT"));
    // Its synonyms count as a typo counts: kTypo1 of their quality.
    CHECK(scoreOf(e, QStringLiteral("frevzing"), QStringLiteral("R-HEAT")) ==
          Approx(rk::fieldWeight(rk::Field::Topic) * rk::kSynonym * rk::kTypo1).margin(0.001));
    const auto r = e.search(QStringLiteral("frevzing"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().why.contains(QStringLiteral("synonym: frevzing~heating")));
    // Outside a sentence, a word the directory itself corrects is the directory's word:
    // "compkaint" is the complaints of the title, not the idea of complaining (noise).
    CHECK(top(e, QStringLiteral("compkaint")) == QLatin1String("R-GUEST"));
    CHECK(!found(e.search(QStringLiteral("compkaint")), QStringLiteral("R-NOISE")));

    // The admins' groups, added to a copy after the thesaurus was indexed, are indexed as a
    // layer of their own: their misspelt words count, and the thesaurus' still do.
    auto admins = std::make_shared<search::Lexicon>(*lexicon);
    admins->addSynonymGroup({QStringLiteral("racket"), QStringLiteral("noise")});
    admins->compact();
    const SearchEngine withAdmins(d, admins);
    CHECK(top(withAdmins, QStringLiteral("they're making a rackett next door")) ==
          QLatin1String("R-NOISE"));
    CHECK(top(withAdmins, QStringLiteral("it's frevzing in the meeting room")) ==
          QLatin1String("R-HEAT"));
    CHECK(admins->spellingWords().uses("noise") == 2); // one use in each layer
    CHECK(top(e, QStringLiteral("they're making a rackett next door")) != QLatin1String("R-NOISE"));
}

TEST_CASE("a 3-letter word may be a 4-letter word with a letter dropped", "[search][typo]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-LOST"), QStringLiteral("Lost pets")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-CASH"), QStringLiteral("Cash withdrawals")));
    d->responsibilities.append(searchTopic(QStringLiteral("R-TAX"), QStringLiteral("Tax returns")));
    d->index();
    const SearchEngine e(d, searchLexicon());
    // "lst" is "lost" with the o dropped: one edit, as for a 4-letter word typed in full.
    CHECK(top(e, QStringLiteral("lst")) == QLatin1String("R-LOST"));
    // One of the title's two words typed (title coverage counts a corrected word as typed).
    CHECK(scoreOf(e, QStringLiteral("lst"), QStringLiteral("R-LOST")) ==
          Approx(rk::fieldWeight(rk::Field::Topic) * rk::kTypo1 + rk::kTitleCoverage * 0.5)
              .margin(0.001));
    CHECK(top(e, QStringLiteral("csh")) == QLatin1String("R-CASH"));
    // A correction never lands on a word shorter than kTypoMinLength1: "tab" is not "tax".
    CHECK(!found(e.search(QStringLiteral("tab")), QStringLiteral("R-TAX")));
    // Two letters are never corrected: "ax" is not "tax".
    CHECK(!found(e.search(QStringLiteral("ax")), QStringLiteral("R-TAX")));
}

TEST_CASE("regression: of two completions the closer one wins", "[search][regression]")
{
    const SearchEngine e = searchEngine();
    CHECK(top(e, QStringLiteral("invoi")) == QLatin1String("R-INV"));
}

TEST_CASE("regression: a short number in a sentence is not an extension", "[search][regression]")
{
    const SearchEngine e = searchEngine();
    const auto r = e.search(QStringLiteral("refund for 441 items"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().id.startsWith(QLatin1String("R-")));
    CHECK(!find(r, QStringLiteral("E1")));
}

TEST_CASE("the built-in language data loads", "[search][lexicon]")
{
    const auto l = search::Lexicon::builtIn();
    CHECK(l->isStopword("the"));
    REQUIRE(l->nameVariants("bob"));
    CHECK(std::find(l->nameVariants("bob")->begin(), l->nameVariants("bob")->end(), "robert") !=
          l->nameVariants("bob")->end());
}

TEST_CASE("phrases are found by their stems, in the thesaurus and in groups added later",
          "[search][lexicon]")
{
    search::Lexicon l;
    l.addStopwords(QStringLiteral("my\nthe"));
    l.addThesaurus(QStringLiteral("parcel | package | my box\nlate | delayed | running late"));
    const auto groupsOf = [&](std::string_view key) {
        std::vector<int> groups;
        for (const search::Lexicon::PhraseKey &k : l.groupsOf(key))
            groups.push_back(k.group);
        return groups;
    };
    CHECK(groupsOf("parcel") == std::vector<int>{0});
    CHECK(groupsOf("my box") == std::vector<int>{0});
    CHECK(groupsOf("run late") == std::vector<int>{1});
    CHECK(groupsOf("late") == std::vector<int>{1});
    CHECK(groupsOf("box").empty());
    CHECK(groupsOf("lost").empty());
    // An admins' group added to a loaded thesaurus: old and new keys are all found.
    l.addSynonymGroup({QStringLiteral("late"), QStringLiteral("lost"), QStringLiteral("my box")});
    CHECK(groupsOf("late") == std::vector<int>{1, 2});
    CHECK(groupsOf("my box") == std::vector<int>{0, 2});
    CHECK(groupsOf("lost") == std::vector<int>{2});
    CHECK(groupsOf("parcel") == std::vector<int>{0});
    // Each phrase keeps its words, stems and stop words, and its text as written.
    const search::Lexicon::Phrase p = l.group(0)[2];
    REQUIRE(p.size() == 2);
    CHECK(p.word(0) == "my");
    CHECK(p.stop(0));
    CHECK(p.word(1) == "box");
    CHECK(!p.stop(1));
    CHECK(l.group(1)[2].stem(0) == "run");
    CHECK(p.text() == QLatin1String("my box"));
}

TEST_CASE("every phrase of the shipped thesaurus can match something", "[search][lexicon]")
{
    // A member made only of stop words is dropped from every query, so it can never match;
    // one repeated in its own group says nothing. resources/lang/README.md asks for neither.
    QFile file(QStringLiteral(":/whoowns/lang/thesaurus.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto lexicon = search::Lexicon::builtIn();
    search::TextFolder &folder = search::TextFolder::local();
    QStringList stopOnly, repeated;
    for (const QStringList &group : search::parseGroups(QString::fromUtf8(file.readAll()))) {
        QSet<QString> seen;
        for (const QString &member : group) {
            bool content = false;
            for (const search::TextWord &w : search::splitWords(member)) {
                const QStringView typed = QStringView(member).mid(w.start, w.length);
                const std::string f = folder.fold(typed);
                content = content || (!f.empty() && !lexicon->isStopword(f, typed));
            }
            if (!content)
                stopOnly.append(member);
            if (seen.contains(member))
                repeated.append(member);
            seen.insert(member);
        }
    }
    CHECK(stopOnly.join(QStringLiteral(", ")) == QString());
    CHECK(repeated.join(QStringLiteral(", ")) == QString());
}

TEST_CASE("regression: a missing space between two words of the directory", "[search][regression]")
{
    const SearchEngine e = searchEngine();
    CHECK(top(e, QStringLiteral("customsimport")) == QLatin1String("T1"));
    // Still being typed: a word with completions is not split.
    CHECK(top(e, QStringLiteral("warrant")) == QLatin1String("R-WAR"));
}

TEST_CASE("words the directory does not know follow the thesaurus phrases they are in",
          "[search][related]")
{
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("moved house"), QStringLiteral("shipping delays")});
    const SearchEngine e(searchDirectory(), lexicon);
    const auto r = e.search(QStringLiteral("moved"));
    REQUIRE(!r.isEmpty());
    CHECK(r.first().id == QLatin1String("R-SHIP"));
    CHECK(r.first().score < ranking::kSynonym);
}

TEST_CASE("a word in more than kRelatedMaxGroups thesaurus groups is too general to follow",
          "[search][related]")
{
    // "moved" is in the phrases of `groups` groups: one that reaches the directory ("shipping
    // delays") and others that reach nothing.
    auto engineWith = [](int groups) {
        auto lexicon = searchLexicon();
        lexicon->addSynonymGroup(
            {QStringLiteral("moved house"), QStringLiteral("shipping delays")});
        for (int i = 1; i < groups; ++i)
            lexicon->addSynonymGroup(
                {QStringLiteral("moved thing%1").arg(i), QStringLiteral("zqx%1").arg(i)});
        return SearchEngine(searchDirectory(), lexicon);
    };
    CHECK(top(engineWith(ranking::kRelatedMaxGroups), QStringLiteral("moved")) ==
          QLatin1String("R-SHIP"));
    CHECK(engineWith(ranking::kRelatedMaxGroups + 1).search(QStringLiteral("moved")).isEmpty());
}

namespace {

// A directory with one responsibility per support domain, worded the way a responsibility map
// names them (the domain's words), for checks that the customer's words reach them.
std::shared_ptr<Directory> domainDirectory()
{
    auto d = std::make_shared<Directory>();
    const auto add = [&](const char *id, const char *topic, const char *keywords) {
        d->responsibilities.append(
            searchTopic(QLatin1String(id), QLatin1String(topic),
                        QString::fromLatin1(keywords).split(QStringLiteral(", "))));
    };
    add("R-WAR", "Warranty repairs", "warranty, repair, guarantee");
    add("R-CUS", "Customs duties", "customs, import duty, tariff");
    add("R-B2B", "Business orders", "bulk order, wholesale, business account");
    add("R-ADDR", "Delivery address changes", "address change, redirect");
    add("R-DUP", "Card charges", "duplicate charge, chargeback");
    add("R-PAY", "Payslips", "payslip, salary, overtime");
    add("R-ACC", "Accessibility services", "accessibility, large print, relay service");
    add("R-PRN", "Printers", "printer, toner, paper jam");
    add("R-LEAK", "Plumbing", "leak, plumbing, blocked toilet");
    add("R-PHISH", "Phishing reports", "phishing, suspicious email");
    add("R-HVAC", "Heating and air conditioning", "heating, air conditioning, thermostat");
    add("R-DEBT", "Collections", "debt collection, arrears, payment plan");
    d->index();
    return d;
}

} // namespace

TEST_CASE("a symptom the customer describes finds its domain topic via the thesaurus",
          "[search][thesaurus][regression]")
{
    // None of these queries shares a word with the topic it should find: only the shipped
    // thesaurus's symptom -> domain groups connect them.
    const SearchEngine e(domainDirectory(), search::Lexicon::builtIn());
    const struct
    {
        const char *query;
        const char *expected;
    } cases[] = {
        {"my washing machine stopped working", "R-WAR"},
        {"driver asked for money before handing over the parcel from overseas", "R-CUS"},
        {"we need hundreds of them for the whole office", "R-B2B"},
        {"I have moved house", "R-ADDR"},
        {"the same payment went out twice", "R-DUP"},
        {"I worked the weekend and it is not on my pay", "R-PAY"},
        {"caller is deaf and cannot use the phone", "R-ACC"},
        {"it won't print, the paper is stuck", "R-PRN"},
        {"water dripping through the ceiling", "R-LEAK"},
        {"odd email asking for my password", "R-PHISH"},
        {"it is boiling in here", "R-HVAC"},
        {"they keep calling saying I owe money", "R-DEBT"},
    };
    for (const auto &c : cases) {
        INFO(c.query);
        CHECK(top(e, QLatin1String(c.query)) == QLatin1String(c.expected));
    }
}

TEST_CASE("regression: a multi-word synonym reaches every entity that has all its words",
          "[search][synonyms][regression]")
{
    // "refund" is the rarer word, so the entities with it are visited first; the one without
    // "damaged" must not stop the search for the others.
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("A"), QStringLiteral("Refund policy")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("B"), QStringLiteral("Refund for damaged parcels")));
    d->responsibilities.append(searchTopic(QStringLiteral("C"), QStringLiteral("Damaged boxes")));
    d->responsibilities.append(searchTopic(QStringLiteral("D"), QStringLiteral("Damaged crates")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("zorb"), QStringLiteral("damaged refund")});
    const SearchEngine e(d, lexicon);
    CHECK(ids(e.search(QStringLiteral("zorb"))) == QStringList{QStringLiteral("B")});
}

TEST_CASE("regression: a keyword phrase typed whole counts as a keyword",
          "[search][score][regression]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("R-LATE"), QStringLiteral("Late payers"),
                                           {QStringLiteral("outstanding invoice")}));
    d->teams.append(searchTeam(QStringLiteral("T-AR"), QStringLiteral("Receivables")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup(
        {QStringLiteral("outstanding invoice"), QStringLiteral("receivables")});
    const SearchEngine e(d, lexicon);

    const auto r = e.search(QStringLiteral("outstanding invoice"));
    REQUIRE(r.size() == 2);
    // The words typed are the keyword: worth a keyword, not two words of one, so the entry
    // beats the team its synonym names.
    CHECK(r.first().id == QLatin1String("R-LATE"));
    CHECK(r.first().score ==
          Approx(rk::fieldWeight(rk::Field::Keywords) * rk::kExact).margin(1e-4));
    // One word of the phrase alone is still only a word of it.
    const auto one = e.search(QStringLiteral("outstanding"));
    REQUIRE(!one.isEmpty());
    CHECK(one.first().score ==
          Approx(rk::fieldWeight(rk::Field::KeywordPart) * rk::kExact).margin(1e-4));
}

TEST_CASE("a word several of whose synonyms an entity has counts a little more there",
          "[search][synonyms][score]")
{
    // "zorb" means both "repair" and "warranty": the entry with both words is about the idea;
    // the one with only "repair" in its title is not ahead of it any more.
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("ONE"), QStringLiteral("Repair desk")));
    d->responsibilities.append(searchTopic(QStringLiteral("BOTH"), QStringLiteral("Repair service"),
                                           {QStringLiteral("warranty")}));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup(
        {QStringLiteral("zorb"), QStringLiteral("repair"), QStringLiteral("warranty")});
    const SearchEngine e(d, lexicon);
    const auto r = e.search(QStringLiteral("zorb"));
    REQUIRE(r.size() == 2);
    CHECK(r.first().id == QLatin1String("BOTH"));
    const SearchResult *one = find(r, QStringLiteral("ONE"));
    REQUIRE(one);
    // "repair" is in two entities of two, "warranty" in one: the commoner synonym counts less
    // (kSynonymSpecificity), so BOTH's best is its keyword and its title adds a little.
    const double share = std::log(1.0 + 3.0 / 2.0) / std::log(1.0 + 3.0 / 1.0);
    const float title = rk::fieldWeight(rk::Field::Topic) * rk::kSynonym *
                        static_cast<float>(std::pow(share, rk::kSynonymSpecificity));
    const float keyword = rk::fieldWeight(rk::Field::Keywords) * rk::kSynonym;
    CHECK(one->score == Approx(title).margin(1e-3));
    CHECK(r.first().score == Approx(keyword + rk::kOtherSynonyms * title).margin(1e-3));
}

TEST_CASE("idf counts entities, not mentions: a word an entry says twice is not commoner",
          "[search][score]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("TWICE"), QStringLiteral("Payslips"),
                                           {QStringLiteral("overtime")},
                                           QStringLiteral("Salaries and overtime.")));
    d->responsibilities.append(searchTopic(QStringLiteral("ONCE"), QStringLiteral("Deliveries"),
                                           {QStringLiteral("missing")}));
    d->index();
    const SearchEngine e(d, searchLexicon());
    const auto r = e.search(QStringLiteral("overtime missing"));
    REQUIRE(r.size() == 2);
    // Each explains one of two equally rare words with a keyword: the same score.
    CHECK(r.at(0).score == Approx(r.at(1).score).margin(1e-4));
}

TEST_CASE("regression: in a sentence, a short real word is finished, not a prefix",
          "[search][regression]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("OD"), QStringLiteral("Overdue invoices")));
    d->responsibilities.append(searchTopic(QStringLiteral("FEN"), QStringLiteral("Fence repairs")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("fell over"), QStringLiteral("tripped")});
    const SearchEngine e(d, lexicon);
    // "over" is a word of the language data: in a sentence it is not "overdue" being typed.
    CHECK(ids(e.search(QStringLiteral("the parcel is over the fence"))) ==
          QStringList{QStringLiteral("FEN")});
    // Typed alone and short it may still be an abbreviation.
    CHECK(top(e, QStringLiteral("over inv")) == QLatin1String("OD"));
}

TEST_CASE("in a sentence, a last word that is already a word is more likely finished",
          "[search][score]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("OFF"), QStringLiteral("Official letters")));
    d->responsibilities.append(searchTopic(QStringLiteral("TRIP"), QStringLiteral("Bookings"), {},
                                           QStringLiteral("Trips abroad")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addStopwords(QStringLiteral("was"));
    lexicon->addEnglishWords(QStringLiteral("off\n"));
    const SearchEngine e(d, lexicon);
    // Each explains one of "trip", "called", "off", all in one entity each. As a prefix still
    // being typed, "off" -> "official" (5 of 8 letters short) in a title beats "trip" in a
    // description: its quality, which also scales its weight, squared, against the latter.
    constexpr float prefix = rk::kPrefix - rk::kPrefixShortfall * 5 / 8;
    static_assert(prefix * prefix > rk::fieldWeight(rk::Field::Description));
    CHECK(top(e, QStringLiteral("my trip was called offi")) == QLatin1String("OFF"));
    // Whole, "off" was said, so its completions count kWholeWordPrefix as much.
    constexpr float whole = rk::kWholeWordPrefix * prefix;
    static_assert(whole * whole < rk::fieldWeight(rk::Field::Description));
    CHECK(top(e, QStringLiteral("my trip was called off")) == QLatin1String("TRIP"));
    // Not in a sentence (no stop word), a whole word may still be the start of a longer one.
    CHECK(top(e, QStringLiteral("trip called off")) == QLatin1String("OFF"));
}

TEST_CASE("regression: in a sentence, a nickname that is an ordinary word is that word",
          "[search][regression]")
{
    auto d = std::make_shared<Directory>();
    d->people.append(searchPerson(QStringLiteral("W1"), QStringLiteral("William Smith")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("AR"), QStringLiteral("Unpaid invoices from customers")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addNicknames(QStringLiteral("william | bill | will"));
    lexicon->addSynonymGroup({QStringLiteral("bill"), QStringLiteral("invoice")});
    const SearchEngine e(d, lexicon);
    // "bill" means an invoice in a described problem...
    const auto sentence = e.search(QStringLiteral("the customer has not paid the bill"));
    CHECK(top(e, QStringLiteral("the customer has not paid the bill")) == QLatin1String("AR"));
    CHECK(!find(sentence, QStringLiteral("W1")));
    // ...and is still William when a name is typed, or when the word has no other meaning.
    CHECK(top(e, QStringLiteral("bill smith")) == QLatin1String("W1"));
    CHECK(top(e, QStringLiteral("call will smith about this")) == QLatin1String("W1"));
}

TEST_CASE("regression: in a sentence, one ordinary word of a name does not make it the answer",
          "[search][regression]")
{
    auto d = std::make_shared<Directory>();
    Person bill = searchPerson(QStringLiteral("P-BILL"), QStringLiteral("William Smith"));
    bill.preferredName = QStringLiteral("Bill");
    d->people.append(bill);
    d->teams.append(searchTeam(QStringLiteral("T-BILL"), QStringLiteral("Billing Operations")));
    d->teams.append(searchTeam(QStringLiteral("T-SALES"), QStringLiteral("Sales Operations")));
    d->responsibilities.append(searchTopic(QStringLiteral("AR"),
                                           QStringLiteral("Late payment interest"),
                                           {QStringLiteral("invoice")}));
    d->responsibilities.append(
        searchTopic(QStringLiteral("COM"), QStringLiteral("Sales commission")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addSynonymGroup({QStringLiteral("bill"), QStringLiteral("invoice")});
    lexicon->addSynonymGroup({QStringLiteral("sales"), QStringLiteral("selling")});
    const SearchEngine e(d, lexicon);

    // Only "bill" matches anything: the invoice it means beats the Bill and the Billing team,
    // whose one name word is worth kSentenceOrdinaryName of a name there.
    const QString unpaid = QStringLiteral("a client still has not settled their bill");
    const auto r = e.search(unpaid);
    REQUIRE(r.size() == 3);
    CHECK(r.first().id == QLatin1String("AR"));
    const SearchResult *person = find(r, QStringLiteral("P-BILL"));
    REQUIRE(person);
    // Both are explained by "bill" alone, so their scores stand as their matches do (scores
    // are rounded to 3 decimals, hence the tolerance).
    const float invoice = rk::fieldWeight(rk::Field::Keywords) * rk::kSynonym;
    const float name = rk::kSentenceOtherKinds * rk::kSentenceOrdinaryName *
                       rk::fieldWeight(rk::Field::PreferredName) * rk::kExact;
    CHECK(person->score / r.first().score == Approx(name / invoice).epsilon(0.03));
    // Two words of the query in a name are the name typed, even in a sentence.
    CHECK(top(e, QStringLiteral("the sales operations team please")) == QLatin1String("T-SALES"));
    CHECK(top(e, QStringLiteral("ask bill smith about the invoice")) == QLatin1String("P-BILL"));
    // Two query words on one word of the name ("bill" and its synonym "invoice", both on
    // "Billing") are still one word of it: the team is not typed.
    const auto both = e.search(QStringLiteral("their bill is late, the invoice still unpaid"));
    const SearchResult *team = find(both, QStringLiteral("T-BILL"));
    REQUIRE(team);
    CHECK(both.first().id == QLatin1String("AR"));
    CHECK(team->score < both.first().score * rk::kSentenceOrdinaryName * 2);
}

TEST_CASE("in a sentence one word alone explains less than several", "[search][score]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(searchTopic(QStringLiteral("ONE"), QStringLiteral("Crew")));
    d->responsibilities.append(searchTopic(QStringLiteral("TWO"), QStringLiteral("Enquiries"), {},
                                           QStringLiteral("News of a fire")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addStopwords(QStringLiteral("a\nof\nabout"));
    const SearchEngine e(d, lexicon);
    // Every word is in one entity, so all weigh the same: ONE has a third of the query in its
    // title (plus a third of kTitleCoverage), TWO two thirds in its description.
    constexpr float title = rk::fieldWeight(rk::Field::Topic) / 3;
    constexpr float description = 2 * rk::fieldWeight(rk::Field::Description) / 3;
    static_assert(title + rk::kTitleCoverage / 3 > description);
    static_assert(rk::kSentenceOneWord * title + rk::kTitleCoverage / 3 < description);
    CHECK(top(e, QStringLiteral("news crew fire")) == QLatin1String("ONE"));
    const auto r = e.search(QStringLiteral("the news crew and the fire"));
    REQUIRE(r.size() == 2);
    CHECK(r.first().id == QLatin1String("TWO"));
    CHECK(r.at(1).score ==
          Approx(rk::kSentenceOneWord * title + rk::kTitleCoverage / 3).margin(0.002));
}

TEST_CASE("in a sentence a word said as part of a phrase weighs less found alone",
          "[search][score]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("MONEY"), QStringLiteral("Money transfers")));
    d->responsibilities.append(searchTopic(QStringLiteral("BACK"), QStringLiteral("Collections"),
                                           {QStringLiteral("take back")}));
    d->responsibilities.append(
        searchTopic(QStringLiteral("PARCEL"), QStringLiteral("Parcel tracking")));
    d->responsibilities.append(searchTopic(QStringLiteral("REF"), QStringLiteral("Refunds")));
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addStopwords(QStringLiteral("of\nit"));
    // "the back" is a phrase of one word besides stop words: that word is the phrase.
    lexicon->addThesaurus(QStringLiteral("money back | refund\nthe back | rear"));
    const SearchEngine e(d, lexicon);
    static_assert(rk::kPhraseWordAlone < 1);
    // The same words, "money back" said as the phrase or not: every word weighs the same in
    // both, so "back" found alone in BACK's keyword phrase is all that differs.
    const QString phrase = QStringLiteral("the money back for the parcel");
    const QString words = QStringLiteral("the back of the parcel money");
    const auto said = e.search(phrase);
    const auto unsaid = e.search(words);
    REQUIRE(!said.isEmpty());
    CHECK(said.first().id == QLatin1String("REF"));
    const SearchResult *alone = find(said, QStringLiteral("BACK"));
    const SearchResult *plain = find(unsaid, QStringLiteral("BACK"));
    REQUIRE(alone);
    REQUIRE(plain);
    CHECK(alone->score / plain->score == Approx(rk::kPhraseWordAlone).epsilon(0.02));
    // A comma between the words: not the phrase.
    const auto apart = e.search(QStringLiteral("the money, back for the parcel"));
    const SearchResult *notAlone = find(apart, QStringLiteral("BACK"));
    REQUIRE(notAlone);
    CHECK(notAlone->score == Approx(plain->score));
    // Outside a sentence every word typed is meant as typed.
    const auto typedResults = e.search(QStringLiteral("money back"));
    const auto reversedResults = e.search(QStringLiteral("back money"));
    const SearchResult *typed = find(typedResults, QStringLiteral("BACK"));
    const SearchResult *reversed = find(reversedResults, QStringLiteral("BACK"));
    REQUIRE(typed);
    REQUIRE(reversed);
    CHECK(typed->score == Approx(reversed->score));
    // A phrase the directory holds whole is its own name for something ("Human Resources"):
    // its words found apart keep their weight.
    d->responsibilities.append(
        searchTopic(QStringLiteral("GUARANTEE"), QStringLiteral("Money back guarantee")));
    d->index();
    const SearchEngine holding(d, lexicon);
    const auto keptResults = holding.search(phrase);
    const auto keptPlainResults = holding.search(words);
    const SearchResult *kept = find(keptResults, QStringLiteral("BACK"));
    const SearchResult *keptPlain = find(keptPlainResults, QStringLiteral("BACK"));
    REQUIRE(kept);
    REQUIRE(keptPlain);
    CHECK(kept->score == Approx(keptPlain->score));
}

TEST_CASE("in a sentence a common English verb weighs less than the thing it is said of",
          "[search][score]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("READINGS"), QStringLiteral("Taking meter readings")));
    d->responsibilities.append(searchTopic(QStringLiteral("LAPTOP"),
                                           QStringLiteral("Laptop replacement"),
                                           {QStringLiteral("computer")}));
    d->index();
    const auto engine = [&](bool knowsVerbs) {
        auto lexicon = searchLexicon();
        if (knowsVerbs)
            lexicon->addCommonVerbs(QStringLiteral("# verbs\ntake\nread"));
        return SearchEngine(d, lexicon);
    };
    // "takes" and "computer" occur once each; "takes" is in a title (kStem), "computer" in
    // keywords, so without the rule the title wins...
    const QString sentence = QStringLiteral("my computer takes ages");
    CHECK(top(engine(false), sentence) == QLatin1String("READINGS"));
    // ...with it, "takes" weighs kCommonVerb of its idf and the computer decides.
    const SearchEngine verbs = engine(true);
    CHECK(top(verbs, sentence) == QLatin1String("LAPTOP"));
    // Not in a sentence: two words typed are both meant.
    CHECK(top(verbs, QStringLiteral("computer takes")) == QLatin1String("READINGS"));
    // The shipped list has the frequent verbs, not the nouns a directory files topics under.
    const auto builtIn = search::Lexicon::builtIn();
    CHECK(builtIn->isCommonVerb("take"));
    CHECK(builtIn->isCommonVerb("read"));
    CHECK_FALSE(builtIn->isCommonVerb("refund"));
    CHECK_FALSE(builtIn->isCommonVerb("computer"));
}

TEST_CASE("a word of countless thesaurus phrases weighs less than the specific word beside it",
          "[search][score]")
{
    auto d = std::make_shared<Directory>();
    d->responsibilities.append(
        searchTopic(QStringLiteral("EMAIL"), QStringLiteral("Email not working")));
    d->responsibilities.append(searchTopic(QStringLiteral("GIFT"), QStringLiteral("Gift cards"),
                                           {QStringLiteral("voucher")}));
    d->index();
    // "work" in the phrases of `groups` thesaurus groups ("work problem 0", ...), among
    // `others` groups without it.
    const auto engine = [&](int groups, int others) {
        auto lexicon = searchLexicon();
        QString text;
        for (int i = 0; i < others; ++i)
            text += QStringLiteral("other idea %1 | notion%1\n").arg(i);
        for (int i = 0; i < groups; ++i)
            text += QStringLiteral("work problem %1 | symptom%1\n").arg(i);
        lexicon->addThesaurus(text);
        return SearchEngine(d, lexicon);
    };
    // The most groups "work" may be in and still not be generic: kGenericWordGroups, or
    // kGenericWordShare of them all when that is more.
    const int base = searchLexicon()->groupCount();
    const auto limit = [&](int others) {
        int n = 0;
        while (static_cast<float>(n + 1) <=
               std::max(static_cast<float>(rk::kGenericWordGroups),
                        rk::kGenericWordShare * static_cast<float>(base + others + n + 1)))
            ++n;
        return n;
    };
    const int others = 1800;
    const QString query = QStringLiteral("the voucher does not work");
    // Both words occur once in the directory: the title match of "work" wins...
    CHECK(top(engine(limit(others), others), query) == QLatin1String("EMAIL"));
    // ...until "work" is a word of a greater share of the groups: then it weighs
    // kGenericWord of its idf, and the voucher decides.
    const SearchEngine generic = engine(limit(others) + 1, others);
    CHECK(top(generic, query) == QLatin1String("GIFT"));
    // In a small thesaurus, the count decides: kGenericWordGroups groups are not generic, one
    // more is.
    CHECK(top(engine(rk::kGenericWordGroups, 0), query) == QLatin1String("EMAIL"));
    CHECK(top(engine(rk::kGenericWordGroups + 1, 0), query) == QLatin1String("GIFT"));
    // A share, not only a count: in a thesaurus twice the size, as many groups are not generic.
    REQUIRE(limit(2 * others) > limit(others));
    CHECK(top(engine(limit(others) + 1, 2 * others), query) == QLatin1String("EMAIL"));
    // Typed alone, a generic word still finds what it matches.
    CHECK(top(generic, QStringLiteral("working")) == QLatin1String("EMAIL"));
}
