// Text, the 8-byte immutable string of a Person's fields: equal to the QString it was made
// from, shares its characters with the QStrings made from it, and every holder (Text, QString,
// arena) may be the last to let go of the storage. Run under the asan preset, a block freed
// too early or never shows here.
#include "testsupport.h"

#include "model/person.h"
#include "model/text.h"

#include <QThread>

#include <vector>

using namespace whoowns;

TEST_CASE("A Text is one pointer; a Person is far smaller than eighteen QStrings")
{
    STATIC_REQUIRE(sizeof(Text) == sizeof(void *));
    STATIC_REQUIRE(sizeof(Person) <= 18 * sizeof(void *) + sizeof(void *));
}

TEST_CASE("A Text made from a QString reads back equal, empty or not")
{
    const QString values[] = {QStringLiteral("Zoë Łukasz"), QStringLiteral("x"),
                              QString(3000, QLatin1Char('y')), QStringLiteral("日本語 テキスト")};
    for (const QString &value : values) {
        const Text t(value);
        CHECK(t == value);
        CHECK(value == t);
        CHECK(t.size() == value.size());
        CHECK(t.view() == value);
        CHECK(t.toString() == value);
        CHECK(!t.isEmpty());
        const QString back = t;
        CHECK(back.utf16()[back.size()] == 0); // NUL-terminated, as QString::utf16() promises
    }
    const Text empty(QStringLiteral(""));
    CHECK(empty.isEmpty());
    CHECK(empty.size() == 0);
    CHECK(empty.toString().isNull());
    CHECK(empty == Text());
    CHECK(Text(QStringLiteral("a")) != Text(QStringLiteral("b")));
    CHECK(Text(QStringLiteral("a")) < Text(QStringLiteral("b")));
    CHECK(qHash(Text(QStringLiteral("same"))) == qHash(QStringView(u"same")));
}

TEST_CASE("Texts from an arena outlive it, and QStrings made from them outlive both")
{
    std::vector<Text> texts;
    QStringList expected;
    QList<QString> strings;
    {
        TextArena arena;
        // Enough to fill several blocks, plus texts too long to pack and the empty case.
        for (int i = 0; i < 20000; ++i) {
            const QString text = QStringLiteral("Zoë Łukasz %1").arg(i);
            expected.append(text);
            texts.push_back(arena.make(text));
        }
        const QString longText(TextArena::kBlockBytes, QLatin1Char('x'));
        expected.append(longText);
        texts.push_back(arena.make(longText));
        CHECK(arena.make(QStringView()).isEmpty());
    } // the arena is gone; its blocks live on in the texts
    REQUIRE(texts.size() == size_t(expected.size()));
    for (size_t i = 0; i < texts.size(); ++i) {
        REQUIRE(texts[i] == expected.at(qsizetype(i)));
        strings.append(texts[i]);
        // Shared, not copied: the QString points at the Text's own characters.
        CHECK(strings.back().constData() == texts[i].view().data());
    }
    texts.clear(); // now the QStrings alone hold the blocks
    for (qsizetype i = 0; i < strings.size(); ++i)
        REQUIRE(strings.at(i) == expected.at(i));
}

TEST_CASE("Changing a QString made from a Text leaves the Text and its neighbours alone")
{
    TextArena arena;
    std::vector<Text> texts;
    for (int i = 0; i < 4; ++i)
        texts.push_back(arena.make(QStringLiteral("name %1").arg(i)));
    QString changed = texts[1];
    changed.append(QStringLiteral(" changed"));
    QString first = texts[2];
    first[0] = QLatin1Char('N');
    CHECK(texts[1] == QStringLiteral("name 1"));
    CHECK(texts[2] == QStringLiteral("name 2"));
    CHECK(texts[3] == QStringLiteral("name 3"));
    CHECK(changed == QStringLiteral("name 1 changed"));
    CHECK(first == QStringLiteral("Name 2"));

    // A QString left alone with a standalone block may grow it; nothing else reads it.
    QString alone;
    {
        const Text t(QStringLiteral("solo"));
        alone = t;
    }
    alone.append(QString(100, QLatin1Char('!')));
    CHECK(alone == QStringLiteral("solo") + QString(100, QLatin1Char('!')));
}

TEST_CASE("A pool gives equal texts one record")
{
    TextArena arena;
    TextPool pool(arena);
    const Text a = pool.intern(u"Customer Care");
    const Text b = pool.intern(QStringLiteral("Customer Care"));
    const Text c = pool.intern(u"Billing");
    CHECK(a.view().data() == b.view().data());
    CHECK(a.view().data() != c.view().data());
    CHECK(pool.intern(u"").isEmpty());
}

TEST_CASE("Copies of Texts on several threads keep the shared counts right")
{
    TextArena arena;
    std::vector<Text> texts;
    for (int i = 0; i < 200; ++i)
        texts.push_back(arena.make(QStringLiteral("shared %1").arg(i)));
    auto churn = [&texts] {
        for (int round = 0; round < 200; ++round)
            for (const Text &t : texts) {
                Text copy = t;
                const QString s = copy;
                Text moved = std::move(copy);
                (void)s;
                (void)moved;
            }
    };
    std::unique_ptr<QThread> a(QThread::create(churn));
    std::unique_ptr<QThread> b(QThread::create(churn));
    a->start();
    b->start();
    a->wait();
    b->wait();
    for (int i = 0; i < 200; ++i)
        CHECK(texts[size_t(i)] == QStringLiteral("shared %1").arg(i));
}
