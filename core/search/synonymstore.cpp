#include "search/synonymstore.h"

#include "csv/csvreader.h"
#include "db/database.h"
#include "db/statement.h"
#include "search/lexicon.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace whoowns {

QList<QStringList> SynonymStore::groups() const
{
    QMap<qint64, QStringList> byId;
    db::Statement st(
        m_db, QStringLiteral("SELECT group_id, term FROM synonyms ORDER BY group_id, rowid"));
    while (st.step() == db::Statement::Step::Row)
        byId[st.integer(0)].append(st.text(1));
    return byId.values();
}

bool SynonymStore::addGroups(const QList<QStringList> &groups)
{
    db::Transaction tx(m_db);
    qint64 next =
        m_db.scalarInt(QStringLiteral("SELECT coalesce(max(group_id), 0) + 1 FROM synonyms"), 1);
    db::Statement st(
        m_db, QStringLiteral("INSERT OR IGNORE INTO synonyms (group_id, term) VALUES (?1, ?2)"));
    for (const QStringList &g : groups) {
        for (const QString &term : g) {
            st.bind(1, next);
            st.bindText(2, term.trimmed());
            if (!st.exec()) {
                m_error = st.lastError();
                return false;
            }
        }
        ++next;
    }
    if (!tx.commit()) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

bool SynonymStore::clear()
{
    db::Transaction tx(m_db);
    if (!m_db.exec(QStringLiteral("DELETE FROM synonyms")) || !tx.commit()) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

bool SynonymStore::readCsv(const QString &path, QList<QStringList> *groups, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
        return false;
    }
    CsvReader reader(&file);
    CsvRecord record;
    bool first = true;
    while (reader.next(record)) {
        QStringList cells;
        for (const QString &c : record.fields)
            cells.append(c.trimmed());
        if (first) {
            first = false;
            if (!cells.isEmpty() &&
                cells.first().compare(QLatin1String("term"), Qt::CaseInsensitive) == 0)
                continue; // header
        }
        QStringList group;
        for (const QString &cell : cells)
            for (const QString &part : cell.split(QRegularExpression(QStringLiteral("[;|]"))))
                if (!part.trimmed().isEmpty() &&
                    !group.contains(part.trimmed(), Qt::CaseInsensitive))
                    group.append(part.trimmed());
        if (group.isEmpty())
            continue;
        if (group.size() < 2) {
            errors->append(QStringLiteral("%1:%2: a synonym group needs at least two terms")
                               .arg(path)
                               .arg(record.line));
            continue;
        }
        groups->append(group);
    }
    if (reader.hasError())
        errors->append(QStringLiteral("%1:%2: %3")
                           .arg(path)
                           .arg(reader.errorLine())
                           .arg(reader.errorString()));
    return errors->isEmpty();
}

std::shared_ptr<const search::Lexicon> lexiconWithSynonyms(const QList<QStringList> &groups)
{
    if (groups.isEmpty())
        return search::Lexicon::builtIn();
    auto lexicon = std::make_shared<search::Lexicon>(*search::Lexicon::builtIn());
    for (const QStringList &g : groups)
        lexicon->addSynonymGroup(g);
    lexicon->compact();
    return lexicon;
}

} // namespace whoowns
