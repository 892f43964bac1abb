#include "importers/importhistory.h"

#include "db/statement.h"
#include "store/directorystore.h"

#include <QDataStream>
#include <QIODevice>

namespace whoowns {

namespace {

constexpr quint32 kUndoFormat = 2;

bool isDirectoryTable(const QString &table)
{
    return table == QLatin1String("people") || table == QLatin1String("teams") ||
           table == QLatin1String("responsibilities");
}

QString rowKey(const QString &table, const QString &org, const QString &id)
{
    return table + QChar(0x1f) + org + QChar(0x1f) + id;
}

} // namespace

const QStringList &UndoLog::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        QStringList names;
        db::Statement st(m_store.database(),
                         QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
        st.bindText(1, table);
        while (st.step() == db::Statement::Step::Row)
            names.append(st.text(0));
        it = m_columns.insert(table, names);
    }
    return *it;
}

bool UndoLog::captureWhere(const QString &table, const QString &where, const QStringList &binds)
{
    if (!isDirectoryTable(table))
        return false;
    const QStringList &cols = columns(table);
    const int orgCol = int(cols.indexOf(QStringLiteral("org")));
    const int idCol = int(cols.indexOf(QStringLiteral("id")));
    db::Statement st(m_store.database(),
                     QStringLiteral("SELECT rowid, * FROM %1 WHERE %2").arg(table, where));
    for (int i = 0; i < binds.size(); ++i)
        st.bindText(i + 1, binds.at(i));
    db::Statement::Step step;
    while ((step = st.step()) == db::Statement::Step::Row) {
        Row r;
        r.table = table;
        r.existed = true;
        r.rowid = st.integer(0);
        for (int c = 0; c < cols.size(); ++c) {
            // '' and NULL differ (NOT NULL columns hold ''): keep the difference.
            QString v = st.isNull(c + 1) ? QString() : st.text(c + 1);
            if (!st.isNull(c + 1) && v.isNull())
                v = QStringLiteral("");
            r.values.append(v);
        }
        r.org = r.values.value(orgCol);
        r.id = r.values.value(idCol);
        const QString key = rowKey(table, r.org, r.id);
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        m_rows.append(std::move(r));
    }
    return step == db::Statement::Step::Done;
}

bool UndoLog::capture(const QString &table, const QString &org, const QString &id)
{
    const QString key = rowKey(table, org, id);
    if (m_seen.contains(key))
        return true;
    const qsizetype before = m_rows.size();
    if (!captureWhere(table, QStringLiteral("org = ?1 AND id = ?2"), {org, id}))
        return false;
    if (m_rows.size() == before) {
        m_seen.insert(key);
        m_rows.append({table, org, id, false, 0, {}});
    }
    return true;
}

void UndoLog::markNew(const QString &table, const QString &org, const QString &id)
{
    m_new[table + QChar(0x1f) + org].append(id);
}

bool UndoLog::captureAll(const QString &table, const QString &org)
{
    return captureWhere(table, QStringLiteral("org = ?1"), {org});
}

QString UndoLog::serialize() const
{
    QByteArray data;
    {
        QDataStream out(&data, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kUndoFormat << m_columns << qint64(m_rows.size());
        for (const Row &r : m_rows) {
            out << r.table << r.org << r.id << r.existed;
            if (r.existed)
                out << r.rowid << r.values;
        }
        out << m_new;
    }
    return QString::fromLatin1(qCompress(data).toBase64());
}

QList<ImportHistoryEntry> importHistory(DirectoryStore &store)
{
    QList<ImportHistoryEntry> out;
    db::Statement st(
        store.database(),
        QStringLiteral("SELECT seq, at, what, file, format, added, updated, unchanged, "
                       "left_count, warnings, user, undone, undo_data IS NOT NULL "
                       "FROM import_history ORDER BY seq DESC"));
    while (st.step() == db::Statement::Step::Row) {
        ImportHistoryEntry e;
        e.seq = st.integer(0);
        e.at = st.text(1);
        e.what = st.text(2);
        e.file = st.text(3);
        e.format = st.text(4);
        e.added = st.integer(5);
        e.updated = st.integer(6);
        e.unchanged = st.integer(7);
        e.left = st.integer(8);
        e.warnings = st.integer(9);
        e.user = st.text(10);
        e.undone = st.integer(11) != 0;
        e.undoable = st.integer(12) != 0;
        out.append(e);
    }
    return out;
}

bool undoLastImport(DirectoryStore &store, ImportHistoryEntry *undone, QString *problem)
{
    db::Database &db = store.database();
    db::Transaction tx(db);
    if (!tx.isActive()) {
        *problem = db.lastError();
        return false;
    }
    ImportHistoryEntry entry;
    QString payload;
    {
        const QList<ImportHistoryEntry> all = importHistory(store);
        const ImportHistoryEntry *last = nullptr;
        for (const auto &e : all)
            if (!e.undone) {
                last = &e;
                break;
            }
        if (!last) {
            *problem = QStringLiteral("there is no import to undo");
            return false;
        }
        entry = *last;
        if (!entry.undoable) {
            *problem = QStringLiteral("import %1 (%2, %3) was recorded without undo data")
                           .arg(entry.seq)
                           .arg(entry.file, entry.at);
            return false;
        }
        db::Statement st(db, QStringLiteral("SELECT undo_data FROM import_history WHERE seq = ?1"));
        st.bind(1, entry.seq);
        if (st.step() == db::Statement::Step::Row)
            payload = st.text(0);
    }
    const QByteArray data = qUncompress(QByteArray::fromBase64(payload.toLatin1()));
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    QHash<QString, QStringList> columns;
    qint64 count = 0;
    in >> version >> columns >> count;
    if (version != kUndoFormat || in.status() != QDataStream::Ok) {
        *problem = QStringLiteral("the undo data of import %1 is damaged").arg(entry.seq);
        return false;
    }
    struct Old
    {
        QString table;
        qint64 rowid;
        QStringList values;
    };
    QList<Old> restore;
    bool ok = true;
    // First remove every touched row (new ones and changed ones), then put back the old ones
    // under their old rowids: a renamed row's rowid is free again by then.
    for (qint64 i = 0; i < count && ok; ++i) {
        QString table, org, id;
        bool existed = false;
        in >> table >> org >> id >> existed;
        Old old{table, 0, {}};
        if (existed)
            in >> old.rowid >> old.values;
        if (in.status() != QDataStream::Ok || !isDirectoryTable(table)) {
            *problem = QStringLiteral("the undo data of import %1 is damaged").arg(entry.seq);
            return false;
        }
        db::Statement del(db,
                          QStringLiteral("DELETE FROM %1 WHERE org = ?1 AND id = ?2").arg(table));
        del.bindText(1, org);
        del.bindText(2, id);
        ok = del.exec();
        if (existed)
            restore.append(std::move(old));
    }
    // Rows the import created: only their ids were kept.
    QHash<QString, QStringList> created;
    in >> created;
    if (in.status() != QDataStream::Ok) {
        *problem = QStringLiteral("the undo data of import %1 is damaged").arg(entry.seq);
        return false;
    }
    for (auto it = created.cbegin(); it != created.cend() && ok; ++it) {
        const QString table = it.key().section(QChar(0x1f), 0, 0);
        const QString org = it.key().section(QChar(0x1f), 1);
        if (!isDirectoryTable(table)) {
            *problem = QStringLiteral("the undo data of import %1 is damaged").arg(entry.seq);
            return false;
        }
        db::Statement del(db,
                          QStringLiteral("DELETE FROM %1 WHERE org = ?1 AND id = ?2").arg(table));
        for (const QString &id : *it) {
            del.bindText(1, org);
            del.bindText(2, id);
            ok = ok && del.exec();
        }
    }
    for (const Old &old : restore) {
        if (!ok)
            break;
        const QStringList &cols = columns.value(old.table);
        db::Statement del(db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?1").arg(old.table));
        del.bind(1, old.rowid);
        ok = del.exec();
        QStringList marks;
        for (int c = 0; c <= cols.size(); ++c)
            marks.append(QStringLiteral("?%1").arg(c + 1));
        db::Statement ins(db, QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (%3)")
                                  .arg(old.table, cols.join(QStringLiteral(", ")),
                                       marks.join(QStringLiteral(", "))));
        ins.bind(1, old.rowid);
        for (int c = 0; c < cols.size(); ++c)
            ins.bind(c + 2, old.values.value(c)); // null stays NULL
        ok = ok && ins.exec();
    }
    db::Statement mark(db, QStringLiteral("UPDATE import_history SET undone = 1 WHERE seq = ?1"));
    mark.bind(1, entry.seq);
    ok = ok && mark.exec() && tx.commit();
    if (!ok) {
        *problem = QStringLiteral("could not restore: %1").arg(db.lastError());
        return false;
    }
    entry.undone = true;
    *undone = entry;
    return true;
}

} // namespace whoowns
