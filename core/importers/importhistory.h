#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace whoowns {

class DirectoryStore;

// What an import is about to change, recorded before it writes: for every row it touches, the
// row as it was (its rowid and every column) or the fact that it did not exist. Undo deletes the
// touched rows and puts the old ones back under their old rowids, so the directory (and an
// export of it, which follows rowid order) is exactly as before.
class UndoLog
{
public:
    explicit UndoLog(DirectoryStore &store) : m_store(store) {}

    // table: people, teams or responsibilities. Only the first capture of a row counts.
    bool capture(const QString &table, const QString &org, const QString &id);
    // A row the import creates (known to be absent, and neither captured nor marked before):
    // cheaper than capture().
    void markNew(const QString &table, const QString &org, const QString &id);
    // Every row of an organisation in a table (imports that rename ids).
    bool captureAll(const QString &table, const QString &org);

    // Compressed, base64 text for import_history.undo_data.
    QString serialize() const;

private:
    struct Row
    {
        QString table;
        QString org;
        QString id;
        bool existed = false;
        qint64 rowid = 0;
        QStringList values; // by the table's columns; a null QString is SQL NULL
    };
    const QStringList &columns(const QString &table);
    bool captureWhere(const QString &table, const QString &where, const QStringList &binds);

    DirectoryStore &m_store;
    QHash<QString, QStringList> m_columns;
    QSet<QString> m_seen;
    QList<Row> m_rows;
    // Rows created by the import, per "table<US>org": only their ids (a million-row first
    // import records a million ids, not a million row structures).
    QHash<QString, QStringList> m_new;
};

struct ImportHistoryEntry
{
    qint64 seq = 0;
    QString at;
    QString what;
    QString file;
    QString format;
    qint64 added = 0, updated = 0, unchanged = 0, left = 0, warnings = 0;
    QString user;
    bool undone = false;
    bool undoable = false;
};

// Newest first.
QList<ImportHistoryEntry> importHistory(DirectoryStore &store);

// Restores the directory as it was before the most recent import that is not yet undone, and
// marks that import undone, in one transaction. false with a message when there is nothing to
// undo or the restore failed (then nothing changed).
bool undoLastImport(DirectoryStore &store, ImportHistoryEntry *undone, QString *problem);

} // namespace whoowns
