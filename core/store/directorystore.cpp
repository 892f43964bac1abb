#include "store/directorystore.h"

#include "db/statement.h"
#include "model/text.h"
#include "store/schema.h"
#include "util/freedmemory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace whoowns {

namespace {

enum Slot { PersonUpsert, TeamUpsert, ResponsibilityUpsert };

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

void bindText(db::Statement &st, int pos, const QString &s)
{
    st.bindText(pos, s.isNull() ? QStringLiteral("") : s);
}

// A manager or delegate id equals the referenced person's id: let it share that string instead
// of holding a copy of its own (a million people, a million fewer allocations).
void shareReferencedIds(Directory &d)
{
    for (qsizetype i = 0; i < d.people.size(); ++i) {
        const Person &p = d.people.at(i);
        const Person *manager = p.managerId.isEmpty() ? nullptr : d.person(p.org, p.managerId);
        const Person *delegate = p.delegateId.isEmpty() ? nullptr : d.person(p.org, p.delegateId);
        if (manager)
            d.people[i].managerId = manager->id;
        if (delegate)
            d.people[i].delegateId = delegate->id;
    }
}

} // namespace

DirectoryStore::DirectoryStore() = default;
DirectoryStore::~DirectoryStore()
{
    for (auto &s : m_statements)
        s.reset(); // finalize before the connection closes
}

QString DirectoryStore::defaultPath()
{
    // The app's data location (AppDataLocation for application "whoowns" without an
    // organisation), spelled out so that the desktop app, which sets an organisation name for
    // QSettings, and the CLI, which does not, share one database.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir + QStringLiteral("/whoowns/directory.sqlite");
}

QString DirectoryStore::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("WHOOWNS_DB");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

QString DirectoryStore::lastError() const
{
    return m_openError != OpenError::None ? m_openMessage : m_db.lastError();
}

bool DirectoryStore::open(const QString &path)
{
    m_openError = OpenError::None;
    // Prepared statements belong to the previous connection: writes through them would go to
    // the previous file.
    for (auto &s : m_statements)
        s.reset();
    const QFileInfo info(path);
    if (path != QLatin1String(":memory:") && !info.exists())
        QDir().mkpath(info.absolutePath());
    if (!m_db.open(path)) {
        m_openError = OpenError::CannotOpen;
        m_openMessage = QStringLiteral("%1: cannot open database: %2").arg(path, m_db.lastError());
        return false;
    }
    // Look before writing anything: a foreign or newer file must stay untouched.
    const qint64 tables = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (tables < 0) {
        // Garbage is not ours; a locked or unreadable file is a different problem.
        const bool garbage = m_db.lastErrorWasNotADatabase();
        m_openError = garbage ? OpenError::NotOurs : OpenError::CannotOpen;
        m_openMessage =
            garbage ? QStringLiteral("%1: not a whoowns database (%2); the file was left untouched")
                          .arg(path, m_db.lastError())
                    : QStringLiteral("%1: cannot read database: %2").arg(path, m_db.lastError());
        m_db.close();
        return false;
    }
    const qint64 appId = m_db.scalarInt(QStringLiteral("PRAGMA application_id"), 0);
    const qint64 version = m_db.scalarInt(QStringLiteral("PRAGMA user_version"), 0);
    // Another program's file: it has tables but not our mark, or carries another program's mark.
    if ((tables > 0 || appId != 0) && appId != schema::kApplicationId) {
        m_openError = OpenError::NotOurs;
        m_openMessage =
            QStringLiteral("%1: not a whoowns database (it belongs to another program); "
                           "the file was left untouched")
                .arg(path);
        m_db.close();
        return false;
    }
    if (version > schema::currentVersion()) {
        m_openError = OpenError::TooNew;
        m_openMessage = QStringLiteral("%1: database schema version %2 is newer than this "
                                       "program supports (%3); please upgrade whoowns")
                            .arg(path)
                            .arg(version)
                            .arg(schema::currentVersion());
        m_db.close();
        return false;
    }
    // WAL: readers (the desktop app) keep reading while an import writes.
    if (path != QLatin1String(":memory:"))
        m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL"));
    if (!migrate()) {
        m_openError = OpenError::MigrationFailed;
        m_openMessage =
            QStringLiteral("%1: cannot upgrade database: %2").arg(path, m_db.lastError());
        m_db.close();
        return false;
    }
    return true;
}

bool DirectoryStore::migrate()
{
    const int from = int(m_db.scalarInt(QStringLiteral("PRAGMA user_version"), 0));
    if (from == schema::currentVersion())
        return true;
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    for (int v = from; v < schema::currentVersion(); ++v) {
        if (!m_db.exec(schema::migrations().at(v)))
            return false;
    }
    if (!m_db.exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2")
                       .arg(schema::kApplicationId)
                       .arg(schema::currentVersion())))
        return false;
    return tx.commit();
}

int DirectoryStore::schemaVersion()
{
    return int(m_db.scalarInt(QStringLiteral("PRAGMA user_version"), -1));
}

qint64 DirectoryStore::dataVersion()
{
    return m_db.scalarInt(QStringLiteral("PRAGMA data_version"), -1);
}

db::Statement &DirectoryStore::cached(int slot, const QString &sql)
{
    auto &s = m_statements[slot];
    if (!s)
        s = std::make_unique<db::Statement>(m_db, sql);
    return *s;
}

DirectoryCounts DirectoryStore::counts()
{
    DirectoryCounts c;
    c.people =
        m_db.scalarInt(QStringLiteral("SELECT count(*) FROM people WHERE status <> 'left'"), 0);
    c.peopleLeft =
        m_db.scalarInt(QStringLiteral("SELECT count(*) FROM people WHERE status = 'left'"), 0);
    c.teams = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM teams"), 0);
    c.responsibilities = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM responsibilities"), 0);
    return c;
}

bool DirectoryStore::isEmpty()
{
    return m_db.scalarInt(QStringLiteral("SELECT (SELECT count(*) FROM people) + (SELECT count(*) "
                                         "FROM teams) + (SELECT count(*) FROM responsibilities)"),
                          0) == 0;
}

Directory DirectoryStore::load(bool *ok)
{
    Directory d;
    // One read transaction, so the three tables come from the same commit. Inside a caller's
    // transaction this is a savepoint: the caller sees its own uncommitted writes, and the
    // release below neither commits nor ends the caller's transaction.
    db::Transaction tx(m_db, false);
    bool good = tx.isActive();
    auto finished = [&good](db::Statement &st, db::Statement::Step last) {
        good = good && st.isValid() && last == db::Statement::Step::Done;
    };
    d.people.reserve(m_db.scalarInt(QStringLiteral("SELECT count(*) FROM people"), 0));
    {
        db::Statement st(
            m_db,
            QStringLiteral(
                "SELECT org, id, name, preferred_name, title, department, team, manager_id, email, "
                "phone, extension, mobile, location, timezone, hours, status, out_of_office_until, "
                "delegate_id, function FROM people ORDER BY rowid"));
        // Values unique to one person (id, name, e-mail, mobile) are packed into shared blocks
        // instead of one allocation each; org, department, team, title, location, zone,
        // hours... repeat across thousands of people, and each distinct value is kept once.
        TextArena arena;
        TextPool pool(arena);
        db::Statement::Step step;
        while ((step = st.step()) == db::Statement::Step::Row) {
            Person p;
            p.org = pool.intern(st.text(0));
            p.id = arena.make(st.text(1));
            p.name = arena.make(st.text(2));
            p.preferredName = pool.intern(st.text(3));
            p.title = pool.intern(st.text(4));
            p.department = pool.intern(st.text(5));
            p.team = pool.intern(st.text(6));
            p.managerId = st.text(7); // replaced by the manager's own id once indexed, below
            p.email = arena.make(st.text(8));
            p.phone = pool.intern(st.text(9)); // shared lines repeat
            p.extension = pool.intern(st.text(10));
            p.mobile = arena.make(st.text(11));
            p.location = pool.intern(st.text(12));
            p.timezone = pool.intern(st.text(13));
            p.hours = pool.intern(st.text(14));
            p.status = statusFromName(st.text(15));
            p.outOfOfficeUntil = pool.intern(st.text(16));
            p.delegateId = st.text(17);
            p.function = pool.intern(st.text(18));
            d.people.append(std::move(p));
        }
        finished(st, step);
    }
    {
        db::Statement st(m_db, QStringLiteral("SELECT org, id, name, department, parent_id, email, "
                                              "phone, hours, lead_id, location "
                                              "FROM teams ORDER BY rowid"));
        db::Statement::Step step;
        while ((step = st.step()) == db::Statement::Step::Row) {
            Team t;
            t.org = st.text(0);
            t.id = st.text(1);
            t.name = st.text(2);
            t.department = st.text(3);
            t.parentId = st.text(4);
            t.email = st.text(5);
            t.phone = st.text(6);
            t.hours = st.text(7);
            t.leadId = st.text(8);
            t.location = st.text(9);
            d.teams.append(std::move(t));
        }
        finished(st, step);
    }
    {
        db::Statement st(
            m_db,
            QStringLiteral(
                "SELECT org, id, topic, description, keywords, owner_team, owner_id, backup_id, "
                "escalation_id, hours, notes FROM responsibilities ORDER BY rowid"));
        db::Statement::Step step;
        while ((step = st.step()) == db::Statement::Step::Row) {
            Responsibility r;
            r.org = st.text(0);
            r.id = st.text(1);
            r.topic = st.text(2);
            r.description = st.text(3);
            r.keywords = splitKeywords(st.text(4));
            r.ownerTeamId = st.text(5);
            r.ownerId = st.text(6);
            r.backupId = st.text(7);
            r.escalationId = st.text(8);
            r.hours = st.text(9);
            r.notes = st.text(10);
            d.responsibilities.append(std::move(r));
        }
        finished(st, step);
    }
    good = tx.commit() && good;
    if (!good)
        d = Directory(); // never half a directory: callers compare it with what they import
    if (ok)
        *ok = good;
    d.index();
    shareReferencedIds(d);
    returnFreedMemory();
    return d;
}

bool DirectoryStore::upsertPerson(const Person &p)
{
    auto &st = cached(
        PersonUpsert,
        QStringLiteral(
            "INSERT INTO people (org, id, name, preferred_name, title, department, team, "
            "manager_id, "
            "email, phone, extension, mobile, location, timezone, hours, status, "
            "out_of_office_until, delegate_id, function) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
            "?18, ?19) "
            "ON CONFLICT (org, id) DO UPDATE SET name = excluded.name, "
            "preferred_name = excluded.preferred_name, title = excluded.title, "
            "department = excluded.department, team = excluded.team, manager_id = "
            "excluded.manager_id, "
            "email = excluded.email, phone = excluded.phone, extension = excluded.extension, "
            "mobile = excluded.mobile, location = excluded.location, timezone = excluded.timezone, "
            "hours = excluded.hours, status = excluded.status, "
            "out_of_office_until = excluded.out_of_office_until, delegate_id = "
            "excluded.delegate_id, "
            "function = excluded.function"));
    bindText(st, 1, p.org);
    bindText(st, 2, p.id);
    bindText(st, 3, p.name);
    bindText(st, 4, p.preferredName);
    bindText(st, 5, p.title);
    bindText(st, 6, p.department);
    bindText(st, 7, p.team);
    st.bind(8, nullIfEmpty(p.managerId));
    bindText(st, 9, p.email);
    bindText(st, 10, p.phone);
    bindText(st, 11, p.extension);
    bindText(st, 12, p.mobile);
    bindText(st, 13, p.location);
    bindText(st, 14, p.timezone);
    bindText(st, 15, p.hours);
    bindText(st, 16, statusName(p.status));
    bindText(st, 17, p.outOfOfficeUntil);
    st.bind(18, nullIfEmpty(p.delegateId));
    bindText(st, 19, p.function);
    return st.exec();
}

bool DirectoryStore::upsertTeam(const Team &t)
{
    auto &st = cached(
        TeamUpsert,
        QStringLiteral("INSERT INTO teams (org, id, name, department, parent_id, email, phone, "
                       "hours, lead_id, "
                       "location) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                       "ON CONFLICT (org, id) DO UPDATE SET name = excluded.name, "
                       "department = excluded.department, parent_id = excluded.parent_id, "
                       "email = excluded.email, phone = excluded.phone, hours = excluded.hours, "
                       "lead_id = excluded.lead_id, location = excluded.location"));
    bindText(st, 1, t.org);
    bindText(st, 2, t.id);
    bindText(st, 3, t.name);
    bindText(st, 4, t.department);
    st.bind(5, nullIfEmpty(t.parentId));
    bindText(st, 6, t.email);
    bindText(st, 7, t.phone);
    bindText(st, 8, t.hours);
    st.bind(9, nullIfEmpty(t.leadId));
    bindText(st, 10, t.location);
    return st.exec();
}

bool DirectoryStore::upsertResponsibility(const Responsibility &r)
{
    auto &st = cached(
        ResponsibilityUpsert,
        QStringLiteral(
            "INSERT INTO responsibilities (org, id, topic, description, keywords, owner_team, "
            "owner_id, backup_id, escalation_id, hours, notes) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
            "ON CONFLICT (org, id) DO UPDATE SET topic = excluded.topic, "
            "description = excluded.description, keywords = excluded.keywords, "
            "owner_team = excluded.owner_team, owner_id = excluded.owner_id, "
            "backup_id = excluded.backup_id, escalation_id = excluded.escalation_id, "
            "hours = excluded.hours, notes = excluded.notes"));
    bindText(st, 1, r.org);
    bindText(st, 2, r.id);
    bindText(st, 3, r.topic);
    bindText(st, 4, r.description);
    bindText(st, 5, joinKeywords(r.keywords));
    st.bind(6, nullIfEmpty(r.ownerTeamId));
    st.bind(7, nullIfEmpty(r.ownerId));
    st.bind(8, nullIfEmpty(r.backupId));
    st.bind(9, nullIfEmpty(r.escalationId));
    bindText(st, 10, r.hours);
    bindText(st, 11, r.notes);
    return st.exec();
}

bool DirectoryStore::removeResponsibility(const QString &org, const QString &id)
{
    db::Statement st(m_db,
                     QStringLiteral("DELETE FROM responsibilities WHERE org = ?1 AND id = ?2"));
    bindText(st, 1, org);
    bindText(st, 2, id);
    return st.exec();
}

bool DirectoryStore::setPersonStatus(const QString &org, const QString &id, PersonStatus status)
{
    db::Statement st(m_db,
                     QStringLiteral("UPDATE people SET status = ?3 WHERE org = ?1 AND id = ?2"));
    bindText(st, 1, org);
    bindText(st, 2, id);
    bindText(st, 3, statusName(status));
    return st.exec();
}

bool DirectoryStore::clearAll()
{
    return m_db.exec(
        QStringLiteral("DELETE FROM responsibilities; DELETE FROM teams; DELETE FROM people"));
}

QList<Holiday> DirectoryStore::holidays()
{
    QList<Holiday> out;
    db::Statement st(
        m_db, QStringLiteral("SELECT location, date, name FROM holidays ORDER BY location, date"));
    while (st.step() == db::Statement::Step::Row)
        out.append({st.text(0), QDate::fromString(st.text(1), Qt::ISODate), st.text(2)});
    return out;
}

bool DirectoryStore::upsertHoliday(const Holiday &h)
{
    db::Statement st(m_db, QStringLiteral("INSERT INTO holidays (location, date, name) "
                                          "VALUES (?1, ?2, ?3) ON CONFLICT (location, date) "
                                          "DO UPDATE SET name = excluded.name"));
    st.bindText(1, h.location.trimmed().isEmpty() ? QStringLiteral("*") : h.location.trimmed());
    st.bindText(2, h.date.toString(Qt::ISODate));
    st.bindText(3, h.name);
    return st.exec();
}

bool DirectoryStore::removeHolidays(const QString &location)
{
    if (location.isEmpty())
        return m_db.exec(QStringLiteral("DELETE FROM holidays"));
    db::Statement st(m_db, QStringLiteral("DELETE FROM holidays WHERE location = ?1"));
    st.bindText(1, location);
    return st.exec();
}

QString DirectoryStore::setting(const QString &key, const QString &fallback)
{
    db::Statement st(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    st.bindText(1, key);
    return st.step() == db::Statement::Step::Row ? st.text(0) : fallback;
}

bool DirectoryStore::setSetting(const QString &key, const QString &value)
{
    db::Statement st(m_db,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    st.bindText(1, key);
    st.bindText(2, value);
    return st.exec();
}

} // namespace whoowns
