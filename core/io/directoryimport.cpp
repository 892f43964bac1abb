#include "io/directoryimport.h"

#include "db/statement.h"
#include "importers/importhistory.h"
#include "io/personfields.h"
#include "io/personresolver.h"
#include "search/editdistance.h"
#include "store/directorystore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace whoowns {

namespace {

template <typename T, typename Fields, typename Get>
QList<FieldChange> diffFields(const T &before, const T &after, const Fields &fields, Get get)
{
    QList<FieldChange> out;
    for (const auto &f : fields) {
        const QString a = get(f, before);
        const QString b = get(f, after);
        if (a != b)
            out.append({QString::fromLatin1(f.column), a, b});
    }
    return out;
}

// local@domain.tld without spaces or commas: catches "name-at-example.org" and
// "a@example,org" without judging what real mail servers accept.
bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]+$)"));
    return re.match(email).hasMatch();
}

QString referenceProblem(PersonResolver::Outcome outcome, const QString &role, const QString &ref)
{
    if (outcome == PersonResolver::Outcome::Ambiguous)
        return QStringLiteral("%1 \"%2\" matches more than one person; use the id or email")
            .arg(role, ref);
    return QStringLiteral("%1 \"%2\" is not a known person").arg(role, ref);
}

// Reporting loops: follows each manager chain; a chain that returns to a person already on it
// is a loop. A person who reports to themselves has been made a root before this runs.
void checkLoops(const QList<PersonRow> &rows, const QHash<QString, qsizetype> &rowOf,
                ImportReport &report)
{
    enum Mark : char { Unvisited, OnPath, Done };
    QList<char> mark(rows.size(), Unvisited);
    for (qsizetype start = 0; start < rows.size(); ++start) {
        QList<qsizetype> path;
        qsizetype cur = start;
        while (cur >= 0 && mark[cur] == Unvisited) {
            mark[cur] = OnPath;
            path.append(cur);
            const QString &m = rows.at(cur).person.managerId;
            const auto it = rowOf.constFind(m);
            cur = (m.isEmpty() || it == rowOf.cend()) ? -1 : *it;
        }
        if (cur >= 0 && mark[cur] == OnPath) {
            QStringList names;
            for (qsizetype i = path.indexOf(cur); i < path.size(); ++i)
                names.append(rows.at(path.at(i)).person.id);
            report.error(rows.at(cur).line,
                         QStringLiteral("reporting loop: %1 -> %2")
                             .arg(names.join(QStringLiteral(" -> ")), names.first()));
        }
        for (qsizetype p : path)
            mark[p] = Done;
    }
}

// A team known only by the name something else gives it: its id is that name, until a teams
// file brings its real id (importTeams renames it then).
Team teamNamed(const QString &org, const QString &name)
{
    Team t;
    t.org = org;
    t.id = name;
    t.name = name;
    return t;
}

// Teams named by people but missing from the teams table become teams of their own; the lead
// is the one member whose manager is outside the team.
QList<Team> derivedTeams(const Directory &existing, const QList<PersonRow> &rows,
                         const QString &org)
{
    QHash<QString, QList<const Person *>> members;
    QStringList order;
    for (const auto &row : rows) {
        const Person &p = row.person;
        if (p.team.isEmpty() || p.status == PersonStatus::Left)
            continue;
        if (!members.contains(p.team))
            order.append(p.team);
        members[p.team].append(&p);
    }
    QList<Team> out;
    for (const QString &name : order) {
        if (existing.teamByName(org, name) || existing.team(org, name))
            continue;
        const auto &list = members.value(name);
        QSet<QString> ids;
        for (const Person *p : list)
            ids.insert(p->id);
        Team t = teamNamed(org, name);
        t.department = list.first()->department;
        t.location = list.first()->location;
        QStringList heads;
        for (const Person *p : list)
            if (!ids.contains(p->managerId))
                heads.append(p->id);
        if (heads.size() == 1)
            t.leadId = heads.first();
        out.append(t);
    }
    return out;
}

} // namespace

namespace {

// The end of every import: record it with its undo data and commit, all or nothing. `ok` says
// whether the writes before it succeeded.
bool commitImport(DirectoryStore &store, db::Transaction &tx, bool ok, const UndoLog &undo,
                  const ImportOptions &options, ImportReport &report)
{
    ok = ok && recordImport(store, report, options, undo.serialize());
    ok = ok && tx.commit();
    if (!ok)
        report.error(
            0,
            QStringLiteral("could not write the database: %1").arg(store.database().lastError()));
    report.committed = ok;
    return ok;
}

} // namespace

bool recordImport(DirectoryStore &store, const ImportReport &report, const ImportOptions &options,
                  const QString &undoData)
{
    db::Statement st(
        store.database(),
        QStringLiteral(
            "INSERT INTO import_history (at, what, file, format, added, updated, "
            "unchanged, left_count, "
            "warnings, user, undo_data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    st.bindText(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    st.bindText(2, report.what);
    st.bindText(3, QFileInfo(report.file).fileName());
    st.bindText(4, report.format);
    st.bind(5, qint64(report.added.size()));
    st.bind(6, qint64(report.changed.size()));
    st.bind(7, report.unchanged);
    st.bind(8, qint64(report.left.size()));
    st.bind(9, qint64(report.warningCount()));
    st.bindText(10, options.user.isEmpty() ? qEnvironmentVariable("USER") : options.user);
    st.bind(11, undoData);
    return st.exec();
}

bool importPeople(DirectoryStore &store, QList<PersonRow> rows, const ImportOptions &options,
                  ImportReport &report)
{
    report.what = QStringLiteral("people");
    const Directory existing = store.load();

    // Ids: the same id twice with different data is an error; an exact repeat is a warning.
    // Rows are kept in place (compacted, not copied): a million-row file is held once.
    QHash<QString, qsizetype> rowOf;
    rowOf.reserve(rows.size());
    QList<PersonRow> &unique = rows;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        PersonRow &row = rows[i];
        row.person.org = options.org;
        if (row.person.id.isEmpty()) {
            report.error(row.line, QStringLiteral("the id is empty"));
            continue;
        }
        if (row.person.name.isEmpty()) {
            report.error(row.line, QStringLiteral("the name is empty"));
            continue;
        }
        const auto seen = rowOf.constFind(row.person.id);
        if (seen != rowOf.cend()) {
            const PersonRow &first = rows.at(*seen);
            if (first.person == row.person)
                report.warning(
                    row.line,
                    QStringLiteral("%1 repeats line %2").arg(row.person.id).arg(first.line));
            else
                report.error(row.line,
                             QStringLiteral("id %1 is already used on line %2 with different data")
                                 .arg(row.person.id)
                                 .arg(first.line));
            continue;
        }
        rowOf.insert(row.person.id, kept);
        if (kept != i)
            rows[kept] = std::move(row);
        ++kept;
    }
    rows.resize(kept);

    // References: resolved in one pass over the whole file, whatever the row order, then
    // against people already stored for this organisation.
    auto resolverOwner = std::make_unique<PersonResolver>();
    PersonResolver &resolver = *resolverOwner;
    for (const Person &p : existing.people)
        if (p.org == options.org && !rowOf.contains(p.id))
            resolver.add(p);
    {
        QList<const Person *> filePeople;
        filePeople.reserve(unique.size());
        for (const auto &row : unique)
            filePeople.append(&row.person);
        resolver.addIndexed(filePeople, [&](const QString &id) -> const Person * {
            const auto it = rowOf.constFind(id);
            return it == rowOf.cend() ? nullptr : &unique.at(*it).person;
        });
    }
    QSet<qint64> unresolvedManager; // lines whose manager is not in the file
    for (auto &row : unique) {
        Person &p = row.person;
        if (!p.managerId.isEmpty()) {
            const auto r = resolver.resolve(p.managerId);
            if (r.outcome == PersonResolver::Outcome::Found) {
                p.managerId = r.id == p.id ? QString() : r.id; // reports to self: a root
            } else if (r.outcome == PersonResolver::Outcome::Ambiguous) {
                report.error(row.line,
                             referenceProblem(r.outcome, QStringLiteral("manager"), p.managerId));
            } else {
                report.warning(row.line,
                               referenceProblem(r.outcome, QStringLiteral("manager"), p.managerId) +
                                   QStringLiteral(" (left empty)"));
                p.managerId.clear();
                unresolvedManager.insert(row.line);
            }
        }
        if (!p.delegateId.isEmpty()) {
            const auto r = resolver.resolve(p.delegateId);
            if (r.outcome == PersonResolver::Outcome::Found) {
                p.delegateId = r.id;
            } else {
                report.error(row.line,
                             referenceProblem(r.outcome, QStringLiteral("delegate"), p.delegateId));
            }
        }
        if (!p.timezone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(p.timezone.view().toUtf8()))
            report.warning(row.line, QStringLiteral("unknown time zone \"%1\"").arg(p.timezone));
        if (!p.email.isEmpty() && !isPlausibleEmail(p.email))
            report.warning(row.line, QStringLiteral("malformed email \"%1\"").arg(p.email));
    }
    resolverOwner.reset(); // memory: the indexes are not needed any more
    checkLoops(unique, rowOf, report);
    // Several people without a manager: often a manager column that did not map, or managers
    // missing from a partial export. Worth a look, not a refusal.
    {
        QStringList roots;
        qint64 firstLine = 0;
        for (const auto &row : unique) {
            if (row.person.managerId.isEmpty() && row.person.status != PersonStatus::Left &&
                !unresolvedManager.contains(row.line)) {
                if (roots.isEmpty())
                    firstLine = row.line;
                roots.append(row.person.id);
            }
        }
        if (roots.size() > 1) {
            const QString shown = roots.size() > 5 ? roots.mid(0, 5).join(QStringLiteral(", ")) +
                                                         QStringLiteral(", ...")
                                                   : roots.join(QStringLiteral(", "));
            report.warning(firstLine, QStringLiteral("%1 people have no manager (several roots: "
                                                     "%2)")
                                          .arg(roots.size())
                                          .arg(shown));
        }
    }

    QStringList leaving;
    if (options.full) {
        for (const Person &p : existing.people) {
            if (p.org == options.org && !rowOf.contains(p.id) && p.status != PersonStatus::Left) {
                report.left.append({p.id, p.name, {}});
                leaving.append(p.id);
            }
        }
    }
    if (options.full && unique.isEmpty() && !report.hasErrors()) {
        report.error(1, QStringLiteral("the file holds no people; a full import of it would mark "
                                       "everyone as left"));
    } else if (options.full && !options.allowMassLeaving && leaving.size() > 10) {
        qsizetype activeBefore = 0;
        for (const Person &p : existing.people)
            activeBefore += p.org == options.org && p.status != PersonStatus::Left;
        if (leaving.size() * 2 > activeBefore)
            report.error(1, QStringLiteral("%1 of the %2 people in the directory are missing from "
                                           "this file and would be marked as left; if the file "
                                           "is complete, import it again with --allow-leavers, "
                                           "or with --partial to leave them as they are")
                                .arg(leaving.size())
                                .arg(activeBefore));
    }
    rowOf = {}; // memory: no longer needed

    // The change against the store.
    QHash<QString, const Person *> before;
    for (const Person &p : existing.people)
        if (p.org == options.org)
            before.insert(p.id, &p);
    const auto &fields = personFields();
    auto get = [](const PersonField &f, const Person &p) { return f.get(p); };
    QList<const Person *> toWrite;
    toWrite.reserve(unique.size());
    report.added.reserve(unique.size() - before.size());
    for (const auto &row : unique) {
        const Person *old = before.value(row.person.id);
        if (!old) {
            report.added.append({row.person.id, row.person.name, {}});
            toWrite.append(&row.person);
        } else if (*old == row.person) {
            ++report.unchanged;
        } else {
            report.changed.append(
                {row.person.id, row.person.name, diffFields(*old, row.person, fields, get)});
            toWrite.append(&row.person);
        }
    }
    // Ownership at risk: responsibilities pointing at someone who is (now) left.
    QSet<QString> gone(leaving.begin(), leaving.end());
    for (const auto &row : unique)
        if (row.person.status == PersonStatus::Left)
            gone.insert(row.person.id);
    for (const Responsibility &r : existing.responsibilities) {
        if (r.org != options.org)
            continue;
        for (const QString *ref : {&r.ownerId, &r.backupId, &r.escalationId})
            if (!ref->isEmpty() && gone.contains(*ref)) {
                report.atRisk.append(QStringLiteral("%1 (%2)").arg(r.id, r.topic));
                break;
            }
    }

    if (report.hasErrors() || options.dryRun)
        return !report.hasErrors();

    db::Transaction tx(store.database());
    bool ok = tx.isActive();
    const QList<Team> newTeams = derivedTeams(existing, unique, options.org);
    UndoLog undo(store);
    for (const Person *p : toWrite) {
        if (before.contains(p->id))
            ok = ok && undo.capture(QStringLiteral("people"), options.org, p->id);
        else
            undo.markNew(QStringLiteral("people"), options.org, p->id);
    }
    for (const QString &id : leaving)
        ok = ok && undo.capture(QStringLiteral("people"), options.org, id);
    for (const Team &t : newTeams)
        ok = ok && undo.capture(QStringLiteral("teams"), options.org, t.id);
    for (const Person *p : toWrite)
        ok = ok && store.upsertPerson(*p);
    for (const QString &id : leaving)
        ok = ok && store.setPersonStatus(options.org, id, PersonStatus::Left);
    for (const Team &t : newTeams)
        ok = ok && store.upsertTeam(t);
    // Memory: the rows are written; the history needs only the report and the undo log.
    toWrite = {};
    rows = {};
    return commitImport(store, tx, ok, undo, options, report);
}

bool importTeams(DirectoryStore &store, QList<TeamRow> rows, const ImportOptions &options,
                 ImportReport &report)
{
    report.what = QStringLiteral("teams");
    const Directory existing = store.load();
    PersonResolver people;
    for (const Person &p : existing.people)
        if (p.org == options.org)
            people.add(p);
    QHash<QString, qsizetype> byId;
    QHash<QString, QString> idOfName;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Team &t = rows[i].team;
        t.org = options.org;
        if (byId.contains(t.id)) {
            report.error(rows.at(i).line, QStringLiteral("team id %1 is already used on line %2")
                                              .arg(t.id)
                                              .arg(rows.at(byId.value(t.id)).line));
            continue;
        }
        byId.insert(t.id, i);
        idOfName.insert(t.name.toCaseFolded(), t.id);
    }
    for (auto &row : rows) {
        Team &t = row.team;
        if (!t.leadId.isEmpty()) {
            const auto r = people.resolve(t.leadId);
            if (r.outcome == PersonResolver::Outcome::Found)
                t.leadId = r.id;
            else
                report.error(row.line,
                             referenceProblem(r.outcome, QStringLiteral("lead"), t.leadId));
        }
        if (!t.parentId.isEmpty() && !byId.contains(t.parentId)) {
            const QString byName = idOfName.value(t.parentId.toCaseFolded());
            if (!byName.isEmpty())
                t.parentId = byName;
            else if (const Team *e = existing.team(options.org, t.parentId))
                t.parentId = e->id;
            else if (const Team *n = existing.teamByName(options.org, t.parentId))
                t.parentId = n->id;
            else
                report.error(row.line,
                             QStringLiteral("parent team \"%1\" is not known").arg(t.parentId));
        }
    }
    const auto &fields = teamFields();
    auto get = [](const TeamField &f, const Team &t) { return t.*(f.member); };
    QList<QPair<QString, QString>> renames; // derived team (id = name) -> its real id
    for (const auto &row : rows) {
        const Team *old = existing.team(options.org, row.team.id);
        if (!old) {
            const Team *derived = existing.teamByName(options.org, row.team.name);
            if (derived && derived->id == derived->name && derived->id != row.team.id)
                renames.append({derived->id, row.team.id});
        }
        if (!old)
            report.added.append({row.team.id, row.team.name, {}});
        else if (*old == row.team)
            ++report.unchanged;
        else
            report.changed.append(
                {row.team.id, row.team.name, diffFields(*old, row.team, fields, get)});
    }
    if (report.hasErrors() || options.dryRun)
        return !report.hasErrors();

    db::Transaction tx(store.database());
    bool ok = tx.isActive();
    UndoLog undo(store);
    // Renames touch ids, parents and owners across the organisation: keep all of it.
    ok = ok && undo.captureAll(QStringLiteral("teams"), options.org);
    if (!renames.isEmpty())
        ok = ok && undo.captureAll(QStringLiteral("responsibilities"), options.org);
    for (const auto &row : rows)
        ok = ok && undo.capture(QStringLiteral("teams"), options.org, row.team.id);
    for (const auto &[from, to] : renames) {
        // A team first derived from people's team names now arrives with its own id.
        for (const char *sql :
             {"UPDATE teams SET id = ?3 WHERE org = ?1 AND id = ?2",
              "UPDATE teams SET parent_id = ?3 WHERE org = ?1 AND parent_id = ?2",
              "UPDATE responsibilities SET owner_team = ?3 WHERE org = ?1 AND owner_team = ?2"}) {
            db::Statement st(store.database(), QString::fromLatin1(sql));
            st.bindText(1, options.org);
            st.bindText(2, from);
            st.bindText(3, to);
            ok = ok && st.exec();
        }
    }
    for (const auto &row : rows)
        ok = ok && store.upsertTeam(row.team);
    return commitImport(store, tx, ok, undo, options, report);
}

// An owner team value with a digit and no space ("T00042") is an id: one the directory lacks
// is a mistake, not a new team.
bool looksLikeTeamId(const QString &value)
{
    return std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }) &&
           !std::any_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
}

// A known team whose name is a slip away from the given one ("Payrol", "Customs & Imports"),
// compared on letters and digits only, case-folded. Numbers are never a slip: "Support 2" is
// another team than "Support 1".
const Team *teamNameNearMiss(const QList<Team> &teams, const QString &org, const QString &name)
{
    // The characters of s that keep accepts, case-folded.
    const auto only = [](const QString &s, auto keep) {
        QString out;
        for (QChar c : s.toCaseFolded())
            if (keep(c))
                out.append(c);
        return out;
    };
    const auto letterOrDigit = [](QChar c) { return c.isLetterOrNumber(); };
    const auto digit = [](QChar c) { return c.isDigit(); };
    const std::string wanted = only(name, letterOrDigit).toStdString();
    // Short names are told apart by one letter ("HR", "PR"); long ones gain words ("Marketing
    // EU"), so a slip is at most one edit there.
    const int maxEdits = wanted.size() < 4 ? 0 : wanted.size() < 12 ? 1 : 2;
    const QString number = only(name, digit);
    for (const Team &t : teams)
        if (t.org == org && only(t.name, digit) == number &&
            search::editDistance(only(t.name, letterOrDigit).toStdString(), wanted, maxEdits) <=
                maxEdits)
            return &t;
    return nullptr;
}

bool importResponsibilities(DirectoryStore &store, QList<ResponsibilityRow> rows,
                            const ImportOptions &options, ImportReport &report)
{
    report.what = QStringLiteral("responsibilities");
    const Directory existing = store.load();
    PersonResolver people;
    for (const Person &p : existing.people)
        if (p.org == options.org)
            people.add(p);
    QHash<QString, qint64> lineOf;
    // Teams the map names that the directory lacks (an Entra export has departments, not
    // teams): added, as the teams people name are, unless the name is an id or a slip.
    QList<Team> newTeams;
    const auto nearMiss = [&](const QString &name) {
        const Team *t = teamNameNearMiss(existing.teams, options.org, name);
        return t ? t : teamNameNearMiss(newTeams, options.org, name);
    };
    for (auto &row : rows) {
        Responsibility &r = row.responsibility;
        r.org = options.org;
        if (lineOf.contains(r.id)) {
            report.error(row.line, QStringLiteral("responsibility id %1 is already used on line %2")
                                       .arg(r.id)
                                       .arg(lineOf.value(r.id)));
            continue;
        }
        lineOf.insert(r.id, row.line);
        if (!r.ownerTeamId.isEmpty()) {
            if (const Team *t = existing.team(options.org, r.ownerTeamId))
                r.ownerTeamId = t->id;
            else if (const Team *n = existing.teamByName(options.org, r.ownerTeamId))
                r.ownerTeamId = n->id;
            else if (looksLikeTeamId(r.ownerTeamId))
                report.error(
                    row.line,
                    QStringLiteral("owner team \"%1\" is not a known team").arg(r.ownerTeamId));
            else if (const auto added = std::find_if(
                         newTeams.cbegin(), newTeams.cend(),
                         [&](const Team &candidate) {
                             return candidate.name.compare(r.ownerTeamId, Qt::CaseInsensitive) == 0;
                         });
                     added != newTeams.cend())
                r.ownerTeamId = added->id;
            else if (const Team *near = nearMiss(r.ownerTeamId))
                report.error(row.line,
                             QStringLiteral("owner team \"%1\" is not a known team (did you "
                                            "mean \"%2\"?)")
                                 .arg(r.ownerTeamId, near->name));
            else {
                newTeams.append(teamNamed(options.org, r.ownerTeamId));
                report.warning(row.line,
                               QStringLiteral("owner team \"%1\" is not in the directory: "
                                              "added as a new team")
                                   .arg(r.ownerTeamId));
            }
        }
        const QList<QPair<QString *, QString>> refs = {
            {&r.ownerId, QStringLiteral("owner")},
            {&r.backupId, QStringLiteral("backup")},
            {&r.escalationId, QStringLiteral("escalation")}};
        for (const auto &[ref, role] : refs) {
            if (ref->isEmpty())
                continue;
            const auto res = people.resolve(*ref);
            if (res.outcome == PersonResolver::Outcome::Found) {
                *ref = res.id;
                const Person *p = existing.person(options.org, res.id);
                if (p && p->status == PersonStatus::Left)
                    report.atRisk.append(QStringLiteral("%1 (%2): %3 %4 has left")
                                             .arg(r.id, r.topic, role, p->name));
            } else {
                report.error(row.line, referenceProblem(res.outcome, role, *ref));
            }
        }
    }
    const auto &fields = responsibilityFields();
    auto get = [](const ResponsibilityField &f, const Responsibility &r) { return f.get(r); };
    for (const auto &row : rows) {
        const Responsibility *old = existing.responsibility(options.org, row.responsibility.id);
        if (!old)
            report.added.append({row.responsibility.id, row.responsibility.topic, {}});
        else if (*old == row.responsibility)
            ++report.unchanged;
        else
            report.changed.append({row.responsibility.id, row.responsibility.topic,
                                   diffFields(*old, row.responsibility, fields, get)});
    }
    if (report.hasErrors() || options.dryRun)
        return !report.hasErrors();

    db::Transaction tx(store.database());
    bool ok = tx.isActive();
    UndoLog undo(store);
    for (const auto &row : rows)
        ok = ok &&
             undo.capture(QStringLiteral("responsibilities"), options.org, row.responsibility.id);
    for (const Team &t : newTeams) {
        undo.markNew(QStringLiteral("teams"), options.org, t.id);
        ok = ok && store.upsertTeam(t);
    }
    for (const auto &row : rows)
        ok = ok && store.upsertResponsibility(row.responsibility);
    return commitImport(store, tx, ok, undo, options, report);
}

bool importCanonicalFile(DirectoryStore &store, const QString &what, const QString &path,
                         const ImportOptions &options, ImportReport &report)
{
    report.file = path;
    report.what = what;
    report.format = QStringLiteral("canonical");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error(0, QStringLiteral("cannot read: %1").arg(file.errorString()));
        return false;
    }
    if (what == QLatin1String("people")) {
        auto rows = readCanonicalPeople(&file, report);
        return !report.hasErrors() && importPeople(store, std::move(rows), options, report);
    }
    if (what == QLatin1String("teams")) {
        auto rows = readCanonicalTeams(&file, report);
        return !report.hasErrors() && importTeams(store, std::move(rows), options, report);
    }
    if (what == QLatin1String("responsibilities")) {
        auto rows = readCanonicalResponsibilities(&file, report);
        return !report.hasErrors() &&
               importResponsibilities(store, std::move(rows), options, report);
    }
    report.error(0, QStringLiteral("unknown kind of data \"%1\"").arg(what));
    return false;
}

} // namespace whoowns
