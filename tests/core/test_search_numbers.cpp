// Search by the numbers reps are given: extensions, and the end of a direct line when the
// directory records no extension (Entra and many HR exports hold only the full number).

#include "search/phoneindex.h"
#include "search/ranking.h"
#include "test_search_support.h"
#include "testsupport.h"

using namespace whoowns;
using namespace whoowns::test;
namespace rk = whoowns::ranking;

namespace {

Person personWithLine(const QString &id, const QString &name, const QString &phone,
                      const QString &extension = {})
{
    Person p = searchPerson(id, name);
    p.phone = phone;
    p.extension = extension;
    return p;
}

} // namespace

TEST_CASE("the end of a direct line stands for a missing extension", "[search][phone]")
{
    auto d = std::make_shared<Directory>();
    d->people = {
        personWithLine(QStringLiteral("P-LINE"), QStringLiteral("Ann Line"),
                       QStringLiteral("+44 20 7946 0958")),
        personWithLine(QStringLiteral("P-PACKED"), QStringLiteral("Ben Packed"),
                       QStringLiteral("+4930555712345")),
        // Has an extension of their own, which is what colleagues dial.
        personWithLine(QStringLiteral("P-EXT"), QStringLiteral("Cy Ext"),
                       QStringLiteral("+44 20 7946 3311"), QStringLiteral("72")),
        // Extension 0958 exactly: a recorded extension beats the end of someone's line.
        personWithLine(QStringLiteral("P-OWN"), QStringLiteral("Di Own"),
                       QStringLiteral("+1 425 555 0100"), QStringLiteral("0958")),
    };
    Team desk = searchTeam(QStringLiteral("T-DESK"), QStringLiteral("Service Desk"));
    desk.phone = QStringLiteral("030 5557 8800");
    d->teams = {desk};
    d->index();
    const SearchEngine e(d, searchLexicon());

    const auto found = [&](const char *q) { return ids(e.search(QString::fromUtf8(q))); };
    CHECK(found("x0958") == QStringList{QStringLiteral("P-OWN"), QStringLiteral("P-LINE")});
    CHECK(scoreOf(e, QStringLiteral("0958"), QStringLiteral("P-LINE")) ==
          Approx(rk::fieldWeight(rk::Field::Phone) * rk::kExact));
    CHECK(top(e, QStringLiteral("2345")) == QLatin1String("P-PACKED")); // written without spaces
    CHECK(top(e, QStringLiteral("12345")) == QLatin1String("P-PACKED"));
    CHECK(top(e, QStringLiteral("x8800")) == QLatin1String("T-DESK"));
    // Not for someone who has an extension, and not from fewer digits than the minimum.
    CHECK_FALSE(found("3311").contains(QStringLiteral("P-EXT")));
    const QString shortEnd = QStringLiteral("0958").right(
        static_cast<qsizetype>(search::PhoneIndex::kLineEndMinDigits) - 1); // "958"
    CHECK_FALSE(ids(e.search(shortEnd)).contains(QStringLiteral("P-LINE")));
    CHECK(found("0958").contains(QStringLiteral("P-LINE"))); // the minimum itself
    // The why says it was the line.
    const auto r = e.search(QStringLiteral("x0958"));
    REQUIRE(r.size() == 2);
    CHECK(r.at(1).why.join(QLatin1Char(' ')).contains(QLatin1String("phone")));
}
