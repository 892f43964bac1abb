#pragma once

// A small directory for search tests, written in code so every test can see what it contains.

#include "model/directory.h"
#include "search/lexicon.h"
#include "search/searchengine.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

namespace whoowns::test {

inline Person searchPerson(const QString &id, const QString &name, const QString &title = {},
                           const QString &team = {})
{
    Person p;
    p.id = id;
    p.name = name;
    p.title = title;
    p.team = team;
    return p;
}

inline Responsibility searchTopic(const QString &id, const QString &topic,
                                  const QStringList &keywords = {}, const QString &description = {})
{
    Responsibility r;
    r.id = id;
    r.topic = topic;
    r.keywords = keywords;
    r.description = description;
    return r;
}

inline Team searchTeam(const QString &id, const QString &name)
{
    Team t;
    t.id = id;
    t.name = name;
    return t;
}

inline std::shared_ptr<Directory> searchDirectory()
{
    auto d = std::make_shared<Directory>();
    Person jane = searchPerson(QStringLiteral("E1"), QStringLiteral("Jane Doe"),
                               QStringLiteral("Payroll Specialist"), QStringLiteral("Payroll"));
    jane.email = QStringLiteral("jane.doe@example.com");
    jane.extension = QStringLiteral("4417");
    jane.phone = QStringLiteral("+49 30 5557 4417");
    d->people.append(jane);
    d->people.append(searchPerson(QStringLiteral("E2"), QStringLiteral("Robert Brown")));
    d->people.append(searchPerson(QStringLiteral("E3"), QStringLiteral("Jürgen Müller")));
    d->people.append(searchPerson(QStringLiteral("E4"), QStringLiteral("José García")));
    d->people.append(searchPerson(QStringLiteral("E5"), QStringLiteral("Łukasz Dąbrowski")));
    d->people.append(searchPerson(QStringLiteral("E6"), QStringLiteral("Søren Strauß")));
    Person left = searchPerson(QStringLiteral("E7"), QStringLiteral("Olga Leaver"));
    left.status = PersonStatus::Left;
    d->people.append(left);
    Person away = searchPerson(QStringLiteral("E8"), QStringLiteral("Anna Away"));
    away.status = PersonStatus::OnLeave;
    d->people.append(away);
    d->people.append(searchPerson(QStringLiteral("E9"), QStringLiteral("Robert Browne")));
    d->people.append(searchPerson(QStringLiteral("E10"), QStringLiteral("Hannah Bruno")));

    d->teams.append(searchTeam(QStringLiteral("T1"), QStringLiteral("Customs & Import")));

    d->responsibilities.append(searchTopic(QStringLiteral("R-REF"),
                                           QStringLiteral("Refunds for damaged items"),
                                           {QStringLiteral("refund"), QStringLiteral("damaged")}));
    d->responsibilities.append(searchTopic(QStringLiteral("R-SHIP"),
                                           QStringLiteral("Shipping delays"),
                                           {QStringLiteral("late package")}));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-INV"), QStringLiteral("Invoice copies and receipts")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-AP"), QStringLiteral("Supplier invoices not paid")));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-CUS"), QStringLiteral("Customs duties and import fees")));
    d->responsibilities.append(searchTopic(QStringLiteral("R-PAY"), QStringLiteral("Payroll")));
    d->responsibilities.append(searchTopic(QStringLiteral("R-ONE"), QStringLiteral("Refunds")));
    d->responsibilities.append(searchTopic(QStringLiteral("R-KEY"), QStringLiteral("Returns desk"),
                                           {QStringLiteral("warranty")}));
    d->responsibilities.append(
        searchTopic(QStringLiteral("R-WAR"), QStringLiteral("Warranty repairs")));
    d->index();
    return d;
}

// Language data of the tests: small and explicit, independent of the shipped thesaurus.
inline std::shared_ptr<search::Lexicon> searchLexicon()
{
    auto l = std::make_shared<search::Lexicon>();
    l->addStopwords(QStringLiteral("i\nmy\nthe\nwants\nand\nfor\nnot\nis"));
    l->addThesaurus(QStringLiteral("parcel | package\ncustoms | duties | import fees"));
    l->addNicknames(QStringLiteral("robert | bob | bobby"));
    return l;
}

inline SearchEngine searchEngine()
{
    return SearchEngine(searchDirectory(), searchLexicon());
}

// The id of the first result for q, or an empty string.
inline QString top(const SearchEngine &e, const QString &q)
{
    const auto r = e.search(q);
    return r.isEmpty() ? QString() : r.first().id;
}

inline const SearchResult *find(const QList<SearchResult> &results, const QString &id)
{
    for (const SearchResult &r : results)
        if (r.id == id)
            return &r;
    return nullptr;
}
// A pointer into a temporary answer would dangle once the statement ends: keep the answer in a
// variable, or ask found().
const SearchResult *find(QList<SearchResult> &&results, const QString &id) = delete;

// Whether a thesaurus group reached the result through several typed words (a phrase), not
// through one word alone (a related idea, kRelated): its explanation names the words typed.
inline bool reachedByPhrase(const SearchResult *result)
{
    return result && std::any_of(result->why.begin(), result->why.end(), [](const QString &w) {
               return w.startsWith(QLatin1String("synonym: ")) &&
                      w.section(QLatin1Char('~'), 0, 0).count(QLatin1Char(' ')) > 1;
           });
}

// Whether entity id is in the answer.
inline bool found(const QList<SearchResult> &results, const QString &id)
{
    return find(results, id) != nullptr;
}

// The score of entity id in the answer to q; the entity must be in it.
inline float scoreOf(const SearchEngine &e, const QString &q, const QString &id)
{
    const auto r = e.search(q);
    const SearchResult *x = find(r, id);
    REQUIRE(x);
    return x->score;
}

inline QStringList ids(const QList<SearchResult> &results)
{
    QStringList out;
    for (const SearchResult &r : results)
        out.append(r.id);
    return out;
}

} // namespace whoowns::test
