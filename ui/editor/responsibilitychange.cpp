#include "editor/responsibilitychange.h"

#include "db/statement.h"
#include "importers/importhistory.h"
#include "store/directorystore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace whoowns::ui {

namespace {

// Translations of this file, in their own context (no QObject here).
struct ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(whoowns::ui::ResponsibilityChange)
};

bool recordEdit(DirectoryStore &store, const Responsibility &r, const UndoLog &undo, int added,
                int updated, int removed)
{
    db::Statement st(store.database(),
                     QStringLiteral("INSERT INTO import_history (at, what, file, format, added, "
                                    "updated, left_count, user, undo_data) "
                                    "VALUES (?1, 'edit', ?2, 'editor', ?3, ?4, ?5, ?6, ?7)"));
    st.bindText(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    st.bindText(2, QStringLiteral("responsibility %1 (%2)").arg(r.id, r.topic));
    st.bind(3, added);
    st.bind(4, updated);
    st.bind(5, removed);
    st.bindText(6, qEnvironmentVariable("USER"));
    st.bindText(7, undo.serialize());
    return st.exec();
}

bool write(DirectoryStore &store, const Responsibility &r, bool isNew, bool remove,
           QString *problem)
{
    db::Transaction tx(store.database());
    UndoLog undo(store);
    bool ok = tx.isActive() && undo.capture(QStringLiteral("responsibilities"), r.org, r.id);
    if (ok)
        ok = remove ? store.removeResponsibility(r.org, r.id) : store.upsertResponsibility(r);
    ok = ok && recordEdit(store, r, undo, isNew ? 1 : 0, isNew || remove ? 0 : 1, remove ? 1 : 0);
    ok = ok && tx.commit();
    if (!ok)
        *problem = store.database().lastError();
    return ok;
}

} // namespace

QStringList validateResponsibility(const Directory &d, const Responsibility &r, bool isNew)
{
    QStringList problems;
    if (r.id.trimmed().isEmpty())
        problems << ChangeText::tr("The id is empty.");
    else if (isNew && d.responsibility(r.org, r.id))
        problems << ChangeText::tr("The id %1 is taken by another topic.").arg(r.id);
    if (r.topic.trimmed().isEmpty())
        problems << ChangeText::tr("The topic is empty.");
    if (r.ownerTeamId.isEmpty() && r.ownerId.isEmpty())
        problems << ChangeText::tr("Choose an owning team or an owner.");
    if (!r.ownerTeamId.isEmpty() && !d.team(r.org, r.ownerTeamId))
        problems << ChangeText::tr("The owning team is not a known team.");
    const struct
    {
        QString id;
        QString role;
    } people[] = {{r.ownerId, ChangeText::tr("owner")},
                  {r.backupId, ChangeText::tr("backup")},
                  {r.escalationId, ChangeText::tr("escalation contact")}};
    for (const auto &p : people) {
        if (p.id.isEmpty())
            continue;
        const Person *person = d.person(r.org, p.id);
        if (!person)
            problems << ChangeText::tr("The %1 is not a known person.").arg(p.role);
        else if (person->status == PersonStatus::Left)
            problems << ChangeText::tr("The %1, %2, has left.").arg(p.role, person->displayName());
    }
    if (!r.ownerId.isEmpty() && r.ownerId == r.backupId)
        problems << ChangeText::tr("The backup must be someone other than the owner.");
    return problems;
}

bool saveResponsibility(DirectoryStore &store, const Responsibility &r, bool isNew,
                        QString *problem)
{
    return write(store, r, isNew, false, problem);
}

bool deleteResponsibility(DirectoryStore &store, const Responsibility &r, QString *problem)
{
    return write(store, r, false, true, problem);
}

} // namespace whoowns::ui
