// Search for people by the pieces of a name a rep types: initials, unfinished words, and name
// words that are also stop words ("and" of Andrew, "hope", "will"). See search/ranking.md.

#include "search/ranking.h"
#include "test_search_support.h"
#include "testsupport.h"

using namespace whoowns;
using namespace whoowns::test;
namespace rk = whoowns::ranking;

namespace {

SearchEngine engineOf(QList<Person> people, QList<Team> teams = {})
{
    auto d = std::make_shared<Directory>();
    d->people = std::move(people);
    d->teams = std::move(teams);
    d->index();
    auto lexicon = searchLexicon();
    // Stop words of the shipped list that are also names, initials or the start of names.
    lexicon->addStopwords(QStringLiteral("a\nd\nm\nhope\nwell"));
    return SearchEngine(d, lexicon);
}

} // namespace

TEST_CASE("an initial stands for a first name", "[search][names]")
{
    const SearchEngine e = engineOf({
        // Equal lengths and this order: without the initial the other one would come first.
        searchPerson(QStringLiteral("P-MS"), QStringLiteral("Mary Smith")),
        searchPerson(QStringLiteral("P-JS"), QStringLiteral("John Smith")),
        searchPerson(QStringLiteral("P-AE"), QStringLiteral("Alana Evans")),
        searchPerson(QStringLiteral("P-DE"), QStringLiteral("David Evans")),
    });
    CHECK(top(e, QStringLiteral("j smith")) == QLatin1String("P-JS"));
    CHECK(top(e, QStringLiteral("J Smith")) == QLatin1String("P-JS"));
    // "m", "d" and "a" are stop words ("I'm", "I'd", "a"): in a name they are initials.
    CHECK(top(e, QStringLiteral("m smith")) == QLatin1String("P-MS"));
    CHECK(top(e, QStringLiteral("d evans")) == QLatin1String("P-DE"));
    CHECK(top(e, QStringLiteral("a evans")) == QLatin1String("P-AE"));
    // An initial that fits nobody does not hide the surname: both Evanses are found.
    const QStringList found = ids(e.search(QStringLiteral("j evans")));
    CHECK(found.contains(QStringLiteral("P-DE")));
    CHECK(found.contains(QStringLiteral("P-AE")));
}

TEST_CASE("a stop word in a short query may be part of a name", "[search][names]")
{
    Person andersson = searchPerson(QStringLiteral("P-AA"), QStringLiteral("Aarav Andersson"), {},
                                    QStringLiteral("Payments & Cards"));
    const SearchEngine e = engineOf(
        {
            // Without the stop word, the first of each pair would come first.
            searchPerson(QStringLiteral("P-AL"), QStringLiteral("Al Currie")),
            searchPerson(QStringLiteral("P-AC"), QStringLiteral("Andrew Curran")),
            searchPerson(QStringLiteral("P-JD"), QStringLiteral("Jim Day")),
            searchPerson(QStringLiteral("P-JH"), QStringLiteral("Julie Hope")),
            searchPerson(QStringLiteral("P-MR"), QStringLiteral("Mike Wray")),
            searchPerson(QStringLiteral("P-MW"), QStringLiteral("Mike Wells")),
            andersson,
        },
        {searchTeam(QStringLiteral("T-PAY"), QStringLiteral("Payments & Cards"))});

    CHECK(top(e, QStringLiteral("and curr")) == QLatin1String("P-AC")); // "and" of Andrew
    CHECK(top(e, QStringLiteral("j hope")) == QLatin1String("P-JH"));   // "hope", a surname
    CHECK(top(e, QStringLiteral("mik well")) == QLatin1String("P-MW")); // "well" of Wells
    // It only adds: a name it is not part of scores as if the stop word were not typed.
    CHECK(scoreOf(e, QStringLiteral("and curr"), QStringLiteral("P-AL")) ==
          Approx(scoreOf(e, QStringLiteral("curr"), QStringLiteral("P-AL"))).epsilon(1e-6));
    // Only where another word of the query names the entity: the team's words in a person's
    // team field do not make "and" the start of Andersson.
    CHECK(top(e, QStringLiteral("payments and cards")) == QLatin1String("T-PAY"));
    // Between two words a stop word joins them: "and" of "international and eu" is not the
    // "and" of a post whose name lists more.
    const SearchEngine posts = engineOf(
        {searchPerson(QStringLiteral("P-DD"),
                      QStringLiteral("Deputy Director EU, International, Disability and Law"))},
        {searchTeam(QStringLiteral("T-IEU"), QStringLiteral("International & EU"))});
    CHECK(top(posts, QStringLiteral("international and eu")) == QLatin1String("T-IEU"));
    CHECK(
        scoreOf(e, QStringLiteral("payments and cards"), QStringLiteral("P-AA")) ==
        Approx(scoreOf(e, QStringLiteral("payments cards"), QStringLiteral("P-AA"))).epsilon(1e-6));
}

TEST_CASE("a word that may be unfinished is as rare as all it may become", "[search][names]")
{
    // "ric" is one Ric, but as the start of a name it is also every Richard; "fost" is
    // unfinished too, and one edit from every "post".
    QList<Person> people{searchPerson(QStringLiteral("P-RT"), QStringLiteral("Ric Todd")),
                         searchPerson(QStringLiteral("P-RF"), QStringLiteral("Richard Foster"))};
    for (int i = 0; i < 20; ++i)
        people.append(searchPerson(QStringLiteral("P-R%1").arg(i),
                                   QStringLiteral("Richard Surname%1").arg(QChar(u'a' + i))));
    for (int i = 0; i < 30; ++i)
        people.append(searchPerson(QStringLiteral("P-P%1").arg(i),
                                   QStringLiteral("Pat Person%1").arg(QChar(u'a' + i % 26)),
                                   QStringLiteral("Post room")));
    const SearchEngine e = engineOf(people);
    CHECK(top(e, QStringLiteral("ric fost")) == QLatin1String("P-RF"));
    // Typed whole, "ric" is Ric.
    CHECK(top(e, QStringLiteral("ric todd")) == QLatin1String("P-RT"));
}

TEST_CASE("a common word does not hide the names an initial stands for", "[search][names]")
{
    // "and" in more team names than kPrefixPostingBudget: the shortest completion of "a", and
    // too common to take. The initial still reaches "andrew" behind it.
    QList<Team> teams;
    for (unsigned i = 0; i <= rk::kPrefixPostingBudget; ++i)
        teams.append(searchTeam(QStringLiteral("T%1").arg(i),
                                QStringLiteral("Sales and Marketing %1").arg(i)));
    const SearchEngine e =
        engineOf({searchPerson(QStringLiteral("P-ZE"), QStringLiteral("Zoe Evans")),
                  searchPerson(QStringLiteral("P-AE"), QStringLiteral("Andrew Evans"))},
                 teams);
    CHECK(top(e, QStringLiteral("a evans")) == QLatin1String("P-AE"));
}

TEST_CASE("a slip the directory itself makes once is still corrected", "[search][typo]")
{
    // A real export: one post's name holds the misspelling the rep also types, and the
    // team's other words are common, so the rare slip would decide alone.
    QList<Person> people{
        searchPerson(QStringLiteral("P-WEB"), QStringLiteral("Head of Web Sevices"))};
    for (int i = 0; i < 20; ++i)
        people.append(searchPerson(QStringLiteral("P-D%1").arg(i),
                                   QStringLiteral("Pat Person%1").arg(QChar(u'a' + i)),
                                   QStringLiteral("Corporate Director")));
    const SearchEngine e = engineOf(
        people,
        {searchTeam(QStringLiteral("T-CS"), QStringLiteral("Director of Corporate Services"))});
    CHECK(top(e, QStringLiteral("director of corporate sevices")) == QLatin1String("T-CS"));
    // The word as typed still matches it exactly, above any correction.
    CHECK(top(e, QStringLiteral("web sevices")) == QLatin1String("P-WEB"));
    // Spelt so by more than kMisspeltMaxEntities entities, it is the directory's word.
    QList<Person> many;
    for (size_t i = 0; i <= rk::kMisspeltMaxEntities; ++i)
        many.append(searchPerson(QStringLiteral("P-%1").arg(i),
                                 QStringLiteral("Head of Sevices %1").arg(i)));
    const SearchEngine spelt =
        engineOf(many, {searchTeam(QStringLiteral("T-CS"), QStringLiteral("Corporate Services"))});
    CHECK(top(spelt, QStringLiteral("sevices")).startsWith(QLatin1String("P-")));
    CHECK(ids(spelt.search(QStringLiteral("sevices"))).count(QStringLiteral("T-CS")) == 0);
}

TEST_CASE("a synonym never lands on a person's name", "[search][names][synonym]")
{
    // "invoice" ~ "bill" is about billing, not about William who goes by Bill, nor about
    // Ms Post when a caller asks about the post.
    Person bill = searchPerson(QStringLiteral("P-WS"), QStringLiteral("William Smith"));
    bill.preferredName = QStringLiteral("Bill");
    Person post = searchPerson(QStringLiteral("P-AP"), QStringLiteral("Anna Post"));
    post.email = QStringLiteral("mail.room@example.com");
    auto d = std::make_shared<Directory>();
    d->people = {bill, post};
    d->teams = {searchTeam(QStringLiteral("T-BILL"), QStringLiteral("Billing"))};
    d->responsibilities = {searchTopic(QStringLiteral("R-MAIL"), QStringLiteral("Mail room"))};
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addThesaurus(QStringLiteral("invoice | bill | billing\npost | mail | letters"));
    const SearchEngine e(d, lexicon);

    const QStringList invoice = ids(e.search(QStringLiteral("invoice")));
    CHECK(invoice.contains(QStringLiteral("T-BILL"))); // a team's name is made of words
    CHECK_FALSE(invoice.contains(QStringLiteral("P-WS")));
    const QStringList letters = ids(e.search(QStringLiteral("letters")));
    CHECK(letters.contains(QStringLiteral("R-MAIL")));
    CHECK_FALSE(letters.contains(QStringLiteral("P-AP"))); // not her name, not her e-mail
    // Their names still find them.
    CHECK(ids(e.search(QStringLiteral("bill"))).contains(QStringLiteral("P-WS")));
    CHECK(top(e, QStringLiteral("bill smith")) == QLatin1String("P-WS"));
    CHECK(top(e, QStringLiteral("anna post")) == QLatin1String("P-AP"));
}

TEST_CASE("a name typed as written beats one holding the same words", "[search][names][order]")
{
    const QList<Team> teams{
        searchTeam(QStringLiteral("T-FP"), QStringLiteral("Finance and Performance")),
        searchTeam(QStringLiteral("T-PF"), QStringLiteral("Performance and Finance")),
        searchTeam(QStringLiteral("T-BS"), QStringLiteral("Business Services")),
        searchTeam(QStringLiteral("T-IT"), QStringLiteral("IT and Business Services")),
        searchTeam(QStringLiteral("T-C&M"), QStringLiteral("Communications & Marketing")),
        searchTeam(QStringLiteral("T-CAM"), QStringLiteral("Communications and Marketing")),
        searchTeam(QStringLiteral("T-DRO"), QStringLiteral("Directorate of Regulatory Operations")),
        searchTeam(QStringLiteral("T-ROD"), QStringLiteral("Regulatory Operations Directorate")),
    };
    auto d = std::make_shared<Directory>();
    d->teams = teams;
    d->index();
    auto lexicon = searchLexicon();
    lexicon->addStopwords(QStringLiteral("it\nof")); // "IT" of the shipped list's "it"
    const SearchEngine e(d, lexicon);

    const std::pair<const char *, const char *> cases[] = {
        {"performance and finance", "T-PF"},
        {"finance and performance", "T-FP"},
        {"it and business services", "T-IT"},
        {"business services", "T-BS"},
        {"communications and marketing", "T-CAM"},
        {"Communications & Marketing", "T-C&M"},
        {"directorate of regulatory operations", "T-DRO"},
        {"regulatory operations directorate", "T-ROD"},
    };
    for (const auto &[q, id] : cases) {
        INFO(q);
        CHECK(top(e, QString::fromUtf8(q)) == QLatin1String(id));
    }
    // Only the tie is settled: the two differ by kTypedAsWritten alone.
    const QString q = QStringLiteral("performance and finance");
    CHECK(scoreOf(e, q, QStringLiteral("T-PF")) - scoreOf(e, q, QStringLiteral("T-FP")) ==
          Approx(rk::kTypedAsWritten).margin(1e-3));
    // An unfinished last word is not the name typed: the order of the others decides nothing.
    CHECK(scoreOf(e, QStringLiteral("performance and fin"), QStringLiteral("T-PF")) ==
          Approx(scoreOf(e, QStringLiteral("performance and fin"), QStringLiteral("T-FP"))));
}

TEST_CASE("a long unit name typed whole keeps its last words", "[search][names]")
{
    // Organograms name units by their whole path; siblings share all but the last words.
    const SearchEngine e = engineOf(
        {}, {searchTeam(QStringLiteral("T-IN"),
                        QStringLiteral("Head Office - Flood and Coastal Risk Management - Strategy "
                                       "and Engagement - Inland Overview")),
             searchTeam(QStringLiteral("T-SD"),
                        QStringLiteral("Head Office - Flood and Coastal Risk Management - Strategy "
                                       "and Engagement - Stakeholder Development")),
             searchTeam(QStringLiteral("T-SE"),
                        QStringLiteral("Head Office - Flood and Coastal Risk Management - Strategy "
                                       "and Engagement"))});
    CHECK(top(e, QStringLiteral("head office - flood and coastal risk management - strategy and "
                                "engagement - inland overview")) == QLatin1String("T-IN"));
    CHECK(top(e, QStringLiteral("head office flood coastal risk management strategy engagement "
                                "stakeholder development")) == QLatin1String("T-SD"));
}
