#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace whoowns {

namespace db {
class Database;
}
namespace search {
class Lexicon;
}

// The directory admins' own synonyms, stored in the database (table synonyms(group_id, term))
// next to the shipped thesaurus.
class SynonymStore
{
public:
    explicit SynonymStore(db::Database &database) : m_db(database) {}

    QList<QStringList> groups() const;
    // Adds the groups in one transaction; nothing is written on error.
    bool addGroups(const QList<QStringList> &groups);
    bool clear();
    QString lastError() const { return m_error; }

    // Reads a CSV of synonyms: a header "term,synonyms" (synonyms separated by ';' or '|'
    // inside the cell, or spread over further columns), or no header and one group per row.
    // Problems are reported as "FILE:LINE: message"; returns false when any was found.
    static bool readCsv(const QString &path, QList<QStringList> *groups, QStringList *errors);

private:
    db::Database &m_db;
    mutable QString m_error;
};

// The built-in language data plus the admins' groups.
std::shared_ptr<const search::Lexicon> lexiconWithSynonyms(const QList<QStringList> &groups);

} // namespace whoowns
