// The SQLite store: creation, migrations from older schemas, constraints, transactions and
// savepoints, and refusing (without touching) files that are not ours or are too new.
#include "testsupport.h"

#include "db/database.h"
#include "db/statement.h"
#include "store/directorystore.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace whoowns;
using namespace whoowns::test;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

Person person(const QString &id, const QString &name, const QString &manager = QString())
{
    Person p;
    p.id = id;
    p.name = name;
    p.managerId = manager;
    return p;
}

// Table and column names, and index names: the shape of a schema.
QStringList schemaShape(db::Database &db)
{
    QStringList out;
    QStringList tables;
    {
        db::Statement st(db, QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT "
                                            "LIKE 'sqlite_%' ORDER BY type, name"));
        while (st.step() == db::Statement::Step::Row) {
            out.append(st.text(0) + QLatin1Char(' ') + st.text(1));
            if (st.text(0) == QLatin1String("table"))
                tables.append(st.text(1));
        }
    }
    for (const QString &t : tables) {
        db::Statement st(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value FROM "
                                            "pragma_table_info(?1) ORDER BY cid"));
        st.bindText(1, t);
        while (st.step() == db::Statement::Step::Row)
            out.append(QStringLiteral("%1.%2 %3 %4 %5")
                           .arg(t, st.text(0), st.text(1), st.text(2), st.text(3)));
    }
    return out;
}

qint64 count(DirectoryStore &store, const QString &table)
{
    return store.database().scalarInt(QStringLiteral("SELECT count(*) FROM ") + table);
}

} // namespace

TEST_CASE("A new store has the current schema, WAL, foreign keys and an owner-only file", "[store]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("nested/folder/directory.sqlite"));
    DirectoryStore store;
    REQUIRE(store.open(path));
    CHECK(store.openError() == DirectoryStore::OpenError::None);
    CHECK(store.schemaVersion() == schema::currentVersion());
    CHECK(store.database().scalarInt(QStringLiteral("PRAGMA application_id")) ==
          schema::kApplicationId);
    CHECK(store.database().scalarInt(QStringLiteral("PRAGMA foreign_keys")) == 1);
    db::Statement mode(store.database(), QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.step() == db::Statement::Step::Row);
    CHECK(mode.text(0) == QStringLiteral("wal"));
    const QFileDevice::Permissions perms = QFileInfo(path).permissions();
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK(perms.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((perms & others) == QFileDevice::Permissions());
    // The write-ahead log holds the same personal data.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QString::fromLatin1(suffix);
        if (QFileInfo::exists(side))
            CHECK((QFileInfo(side).permissions() & others) == QFileDevice::Permissions());
    }
    CHECK(store.isEmpty());
    const DirectoryCounts c = store.counts();
    CHECK(c.people + c.teams + c.responsibilities == 0);
}

TEST_CASE("An empty file (created by someone else) becomes a new store", "[store]")
{
    ScratchDir dir;
    const QString path = dir.write(QStringLiteral("empty.sqlite"), QByteArray());
    DirectoryStore store;
    REQUIRE(store.open(path));
    CHECK(store.schemaVersion() == schema::currentVersion());
}

TEST_CASE("Older schemas are migrated with their data", "[store][migration]")
{
    REQUIRE(schema::currentVersion() >= 2);
    ScratchDir dir;
    // The shape a brand-new store has, to compare migrated ones with.
    QStringList freshShape;
    {
        DirectoryStore fresh;
        REQUIRE(fresh.open(dir.path(QStringLiteral("fresh.sqlite"))));
        freshShape = schemaShape(fresh.database());
    }
    for (int from = 1; from < schema::currentVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            const QString path = dir.path(QStringLiteral("v%1.sqlite").arg(from));
            {
                // Built by hand, as that older program left it: only its migrations, with rows
                // that use only the version 1 columns.
                db::Database raw;
                REQUIRE(raw.open(path));
                for (int v = 0; v < from; ++v)
                    REQUIRE(raw.exec(schema::migrations().at(v)));
                REQUIRE(raw.exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2")
                                     .arg(schema::kApplicationId)
                                     .arg(from)));
                REQUIRE(raw.exec(QStringLiteral(R"SQL(
PRAGMA foreign_keys=ON;
BEGIN;
INSERT INTO people (id, name, preferred_name, team, manager_id, email, status, delegate_id)
    VALUES ('P2', 'Bea Stone', 'Bee', 'Returns', 'P1', 'bea@example.com', 'on leave', 'P1');
INSERT INTO people (id, name, title, phone) VALUES ('P1', 'Al Pike', 'Boss', '+49 30 1');
INSERT INTO teams (id, name, lead_id) VALUES ('T1', 'Returns', 'P2');
INSERT INTO responsibilities (id, topic, keywords, owner_team, owner_id, notes)
    VALUES ('R1', 'Refunds', 'refund, money back', 'T1', 'P2', 'Say sorry');
COMMIT;
)SQL")));
            }
            DirectoryStore store;
            REQUIRE(store.open(path));
            CHECK(store.schemaVersion() == schema::currentVersion());
            CHECK(schemaShape(store.database()) == freshShape);

            bool ok = false;
            const Directory d = store.load(&ok);
            REQUIRE(ok);
            REQUIRE(d.people.size() == 2);
            const Person *bea = d.person(QString(), QStringLiteral("P2"));
            REQUIRE(bea);
            CHECK(bea->name == QStringLiteral("Bea Stone"));
            CHECK(bea->preferredName == QStringLiteral("Bee"));
            CHECK(bea->managerId == QStringLiteral("P1"));
            CHECK(bea->delegateId == QStringLiteral("P1"));
            CHECK(bea->status == PersonStatus::OnLeave);
            CHECK(bea->function.isEmpty()); // added by a later migration, empty by default
            const Person *al = d.person(QString(), QStringLiteral("P1"));
            REQUIRE(al);
            CHECK(al->phone == QStringLiteral("+49 30 1"));
            REQUIRE(d.teams.size() == 1);
            CHECK(d.teams.first().leadId == QStringLiteral("P2"));
            REQUIRE(d.responsibilities.size() == 1);
            CHECK(d.responsibilities.first().keywords ==
                  QStringList{QStringLiteral("refund"), QStringLiteral("money back")});
            CHECK(d.responsibilities.first().ownerId == QStringLiteral("P2"));
            // Tables of later versions work.
            REQUIRE(store.setSetting(QStringLiteral("k"), QStringLiteral("v")));
            CHECK(store.setting(QStringLiteral("k")) == QStringLiteral("v"));
            // Opening again does not migrate twice.
            DirectoryStore again;
            REQUIRE(again.open(path));
            CHECK(again.counts().people == 2);
        }
    }
}

TEST_CASE("Constraints hold and a failing commit rolls everything back", "[store]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("c.sqlite"))));
    db::Database &db = store.database();

    SECTION("status must be one of the known words")
    {
        CHECK_FALSE(db.exec(
            QStringLiteral("INSERT INTO people (id, name, status) VALUES ('X', 'Y', 'retired')")));
        CHECK(db.lastError().contains(QStringLiteral("CHECK")));
        CHECK(count(store, QStringLiteral("people")) == 0);
    }
    SECTION("ids and names are never empty")
    {
        CHECK_FALSE(store.upsertPerson(person(QString(), QStringLiteral("Nameless id"))));
        CHECK_FALSE(store.upsertPerson(person(QStringLiteral("P1"), QString())));
        Team t;
        t.id = QStringLiteral("T1");
        CHECK_FALSE(store.upsertTeam(t));
        Responsibility r;
        r.topic = QStringLiteral("No id");
        CHECK_FALSE(store.upsertResponsibility(r));
        CHECK(store.isEmpty());
    }
    SECTION("a dangling reference fails at commit and takes the whole transaction with it")
    {
        {
            db::Transaction tx(db);
            REQUIRE(tx.isActive());
            REQUIRE(store.upsertPerson(person(QStringLiteral("P1"), QStringLiteral("Ann"))));
            // Deferred: accepted now, refused at commit.
            REQUIRE(store.upsertPerson(
                person(QStringLiteral("P2"), QStringLiteral("Bob"), QStringLiteral("NOBODY"))));
            CHECK_FALSE(tx.commit());
            CHECK_FALSE(tx.isActive());
            CHECK(db.lastError().contains(QStringLiteral("FOREIGN KEY")));
        }
        CHECK_FALSE(db.inTransaction());
        CHECK(count(store, QStringLiteral("people")) == 0);
    }
    SECTION("references may come before what they point at within one transaction")
    {
        db::Transaction tx(db);
        REQUIRE(store.upsertPerson(
            person(QStringLiteral("P2"), QStringLiteral("Bob"), QStringLiteral("P1"))));
        REQUIRE(store.upsertPerson(person(QStringLiteral("P1"), QStringLiteral("Ann"))));
        CHECK(tx.commit());
        CHECK(count(store, QStringLiteral("people")) == 2);
    }
    SECTION("a person still referenced cannot be deleted")
    {
        db::Transaction tx(db);
        REQUIRE(store.upsertPerson(person(QStringLiteral("P1"), QStringLiteral("Ann"))));
        REQUIRE(store.upsertPerson(
            person(QStringLiteral("P2"), QStringLiteral("Bob"), QStringLiteral("P1"))));
        REQUIRE(tx.commit());
        db::Transaction del(db);
        REQUIRE(db.exec(QStringLiteral("DELETE FROM people WHERE id = 'P1'")));
        CHECK_FALSE(del.commit());
        CHECK(count(store, QStringLiteral("people")) == 2);
    }
}

TEST_CASE("Transactions and savepoints roll back what failed", "[store][transaction]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("t.sqlite"))));
    db::Database &db = store.database();
    {
        db::Transaction seed(db);
        REQUIRE(store.upsertPerson(person(QStringLiteral("P1"), QStringLiteral("Ann"))));
        REQUIRE(seed.commit());
    }
    auto nameOf = [&](const QString &id) {
        const Directory d = store.load();
        const Person *p = d.person(QString(), id);
        return p ? p->name.toString() : QString();
    };

    SECTION("an error in the middle of a write leaves the data as it was")
    {
        auto failingCommand = [&]() {
            db::Transaction tx(db);
            if (!store.upsertPerson(person(QStringLiteral("P1"), QStringLiteral("Renamed"))))
                return false;
            if (!store.upsertPerson(person(QStringLiteral("P9"), QStringLiteral("New"))))
                return false;
            Team broken; // no id, no name: refused
            if (!store.upsertTeam(broken))
                return false;
            return tx.commit();
        };
        CHECK_FALSE(failingCommand());
        CHECK_FALSE(db.inTransaction());
        CHECK(nameOf(QStringLiteral("P1")) == QStringLiteral("Ann"));
        CHECK(nameOf(QStringLiteral("P9")).isEmpty());
    }
    SECTION("explicit rollback, then commit is refused")
    {
        db::Transaction tx(db);
        REQUIRE(store.upsertPerson(person(QStringLiteral("P1"), QStringLiteral("Renamed"))));
        tx.rollback();
        CHECK_FALSE(tx.isActive());
        CHECK_FALSE(tx.commit());
        CHECK(nameOf(QStringLiteral("P1")) == QStringLiteral("Ann"));
    }
    SECTION("a nested transaction is a savepoint")
    {
        {
            db::Transaction outer(db);
            REQUIRE(store.upsertPerson(person(QStringLiteral("P2"), QStringLiteral("Bob"))));
            {
                db::Transaction inner(db);
                REQUIRE(inner.isActive());
                REQUIRE(store.upsertPerson(person(QStringLiteral("P3"), QStringLiteral("Cy"))));
                REQUIRE(store.upsertPerson(person(QStringLiteral("P1"), QStringLiteral("Bad"))));
                // leaves scope without commit: rolled back to the savepoint
            }
            CHECK(db.inTransaction()); // the outer transaction goes on
            {
                db::Transaction inner(db);
                REQUIRE(store.upsertPerson(person(QStringLiteral("P4"), QStringLiteral("Di"))));
                REQUIRE(inner.commit());
            }
            REQUIRE(outer.commit());
        }
        CHECK(nameOf(QStringLiteral("P1")) == QStringLiteral("Ann"));
        CHECK(nameOf(QStringLiteral("P2")) == QStringLiteral("Bob"));
        CHECK(nameOf(QStringLiteral("P3")).isEmpty());
        CHECK(nameOf(QStringLiteral("P4")) == QStringLiteral("Di"));
    }
    SECTION("a committed savepoint is undone with its outer transaction")
    {
        {
            db::Transaction outer(db);
            {
                db::Transaction inner(db);
                REQUIRE(store.upsertPerson(person(QStringLiteral("P5"), QStringLiteral("Eve"))));
                REQUIRE(inner.commit());
            }
        }
        CHECK_FALSE(db.inTransaction());
        CHECK(nameOf(QStringLiteral("P5")).isEmpty());
    }
    SECTION("load() inside an open transaction sees its writes and does not end it")
    {
        db::Transaction outer(db);
        REQUIRE(store.upsertPerson(person(QStringLiteral("P6"), QStringLiteral("Fay"))));
        bool ok = false;
        const Directory inside = store.load(&ok);
        CHECK(ok);
        CHECK(inside.person(QString(), QStringLiteral("P6")));
        CHECK(db.inTransaction());

        // Another connection (another process, in real life) does not see uncommitted rows.
        DirectoryStore other;
        REQUIRE(other.open(store.path()));
        const Directory outside = other.load(&ok);
        CHECK(ok);
        CHECK(outside.people.size() == 1);
        CHECK_FALSE(outside.person(QString(), QStringLiteral("P6")));

        outer.rollback();
        CHECK_FALSE(db.inTransaction());
        CHECK(nameOf(QStringLiteral("P6")).isEmpty());
    }
}

TEST_CASE("Statements refuse what would silently go wrong", "[store][db]")
{
    db::Database db;
    REQUIRE(db.open(QStringLiteral(":memory:")));
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE t (a TEXT)")));
    SECTION("two statements in one")
    {
        db::Statement st(db, QStringLiteral("INSERT INTO t VALUES ('x'); DELETE FROM t"));
        CHECK_FALSE(st.isValid());
        CHECK_FALSE(st.exec());
    }
    SECTION("a bind to a position that does not exist")
    {
        db::Statement st(db, QStringLiteral("INSERT INTO t VALUES (?1)"));
        st.bindText(2, QStringLiteral("x"));
        CHECK_FALSE(st.exec());
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM t")) == 0);
        // After the failed run, the statement is usable again.
        st.bindText(1, QStringLiteral("y"));
        CHECK(st.exec());
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM t")) == 1);
    }
    SECTION("empty text is '' and a null string is NULL")
    {
        db::Statement st(db, QStringLiteral("INSERT INTO t VALUES (?1)"));
        st.bindText(1, QString());
        REQUIRE(st.exec());
        st.bind(1, QString());
        REQUIRE(st.exec());
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM t WHERE a = ''")) == 1);
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM t WHERE a IS NULL")) == 1);
    }
    SECTION("syntax errors are reported")
    {
        db::Statement st(db, QStringLiteral("SELEKT 1"));
        CHECK_FALSE(st.isValid());
        CHECK_FALSE(st.lastError().isEmpty());
        CHECK(st.step() == db::Statement::Step::Error);
    }
}

TEST_CASE("Files that are not ours, or too new, are refused and left untouched", "[store]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("file.sqlite"));
    DirectoryStore::OpenError expected = DirectoryStore::OpenError::None;
    QString message;

    SECTION("another program's SQLite database")
    {
        db::Database raw;
        REQUIRE(raw.open(path));
        REQUIRE(raw.exec(QStringLiteral(
            "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')")));
        raw.close();
        expected = DirectoryStore::OpenError::NotOurs;
        message = QStringLiteral("not a whoowns database");
    }
    SECTION("another program's mark on an empty database")
    {
        db::Database raw;
        REQUIRE(raw.open(path));
        REQUIRE(raw.exec(QStringLiteral("PRAGMA application_id=1234; PRAGMA user_version=7")));
        raw.close();
        expected = DirectoryStore::OpenError::NotOurs;
        message = QStringLiteral("not a whoowns database");
    }
    SECTION("a file that is not a database at all")
    {
        dir.write(QStringLiteral("file.sqlite"),
                  QByteArray("This is a text file, not a database.\n").repeated(300));
        expected = DirectoryStore::OpenError::NotOurs;
        message = QStringLiteral("not a whoowns database");
    }
    SECTION("a whoowns database from a newer program")
    {
        {
            DirectoryStore newer;
            REQUIRE(newer.open(path));
            db::Transaction tx(newer.database());
            REQUIRE(newer.upsertPerson(person(QStringLiteral("P1"), QStringLiteral("Ann"))));
            REQUIRE(tx.commit());
            REQUIRE(newer.database().exec(
                QStringLiteral("PRAGMA user_version=%1").arg(schema::currentVersion() + 1)));
        }
        expected = DirectoryStore::OpenError::TooNew;
        message = QStringLiteral("newer");
    }

    const QByteArray before = checksum(path);
    const QStringList filesBefore = filesIn(dir.path(QString()));
    DirectoryStore store;
    CHECK_FALSE(store.open(path));
    CHECK(store.openError() == expected);
    CHECK(store.lastError().contains(message));
    CHECK(store.lastError().contains(path));
    CHECK(checksum(path) == before);
    CHECK(filesIn(dir.path(QString())) == filesBefore);
    CHECK_FALSE(store.database().isOpen());
}

TEST_CASE("Opening another file moves every later write to that file", "[store]")
{
    ScratchDir dir;
    DirectoryStore store;
    REQUIRE(store.open(dir.path(QStringLiteral("first.sqlite"))));
    {
        db::Transaction tx(store.database());
        REQUIRE(store.upsertPerson(person(QStringLiteral("A1"), QStringLiteral("In first"))));
        REQUIRE(tx.commit());
    }
    REQUIRE(store.open(dir.path(QStringLiteral("second.sqlite"))));
    {
        db::Transaction tx(store.database());
        REQUIRE(store.upsertPerson(person(QStringLiteral("B1"), QStringLiteral("In second"))));
        REQUIRE(tx.commit());
    }
    CHECK(store.counts().people == 1);
    DirectoryStore first;
    REQUIRE(first.open(dir.path(QStringLiteral("first.sqlite"))));
    const Directory d = first.load();
    CHECK(d.people.size() == 1);
    CHECK(d.person(QString(), QStringLiteral("A1")));
    CHECK_FALSE(d.person(QString(), QStringLiteral("B1")));
}
