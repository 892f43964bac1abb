#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace whoowns {

// One finding of an import, tied to a line of the input where there is one.
struct ImportMessage
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString file;
    qint64 line = 0; // 0: the file as a whole
    QString text;

    // "FILE:LINE: message" (or "FILE: message"), as the CLI prints it.
    QString format() const;
};

// A field-by-field change of one entity, for the dry-run diff and the import wizard.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

struct EntityChange
{
    QString id;
    QString name;
    QList<FieldChange> fields; // empty for added/left
};

struct ImportReport
{
    QString file;
    QString what;   // people, teams, responsibilities
    QString format; // detected or given format name
    QList<ImportMessage> messages;
    QList<EntityChange> added;
    QList<EntityChange> changed;
    QList<EntityChange> left; // missing from a full re-import: marked as left
    qint64 unchanged = 0;
    QStringList atRisk;  // responsibilities whose owner, backup or escalation is left or unknown
    QStringList mapping; // "source column -> field", as chosen by detection or given
    bool committed = false;

    bool hasErrors() const;
    qsizetype warningCount() const;
    void error(qint64 line, const QString &text);
    void warning(qint64 line, const QString &text);
    void info(const QString &text);
    // "people: 12 added, 3 updated, 280 unchanged, 1 left, 2 warnings"
    QString summary() const;
};

} // namespace whoowns
