#include "store/schema.h"

namespace whoowns::schema {

const QStringList &migrations()
{
    // References between people, teams and responsibilities are foreign keys on (org, id),
    // deferred to commit so that one import may insert rows in any order. Empty references
    // are stored as NULL. Text fields are never NULL: '' means unknown.
    static const QStringList list = {
        // 0 -> 1: the directory
        QStringLiteral(R"SQL(
CREATE TABLE people (
    org TEXT NOT NULL DEFAULT '',
    id TEXT NOT NULL CHECK (id <> ''),
    name TEXT NOT NULL CHECK (name <> ''),
    preferred_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    manager_id TEXT,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    extension TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    timezone TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on leave', 'left')),
    out_of_office_until TEXT NOT NULL DEFAULT '',
    delegate_id TEXT,
    PRIMARY KEY (org, id),
    FOREIGN KEY (org, manager_id) REFERENCES people (org, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (org, delegate_id) REFERENCES people (org, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE teams (
    org TEXT NOT NULL DEFAULT '',
    id TEXT NOT NULL CHECK (id <> ''),
    name TEXT NOT NULL CHECK (name <> ''),
    department TEXT NOT NULL DEFAULT '',
    parent_id TEXT,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    lead_id TEXT,
    location TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (org, id),
    FOREIGN KEY (org, parent_id) REFERENCES teams (org, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (org, lead_id) REFERENCES people (org, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE responsibilities (
    org TEXT NOT NULL DEFAULT '',
    id TEXT NOT NULL CHECK (id <> ''),
    topic TEXT NOT NULL CHECK (topic <> ''),
    description TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '',
    owner_team TEXT,
    owner_id TEXT,
    backup_id TEXT,
    escalation_id TEXT,
    hours TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (org, id),
    FOREIGN KEY (org, owner_team) REFERENCES teams (org, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (org, owner_id) REFERENCES people (org, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (org, backup_id) REFERENCES people (org, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (org, escalation_id) REFERENCES people (org, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX people_manager ON people (org, manager_id);
CREATE INDEX people_email ON people (email COLLATE NOCASE) WHERE email <> '';
)SQL"),
        // 1 -> 2: what a post does (organogram "Job/Team Function"), admins' synonyms, settings
        QStringLiteral(R"SQL(
ALTER TABLE people ADD COLUMN function TEXT NOT NULL DEFAULT '';
CREATE TABLE synonyms (
    group_id INTEGER NOT NULL,
    term TEXT NOT NULL CHECK (term <> ''),
    PRIMARY KEY (group_id, term)
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL"),
        // 2 -> 3: import history, search feedback (learning from choices), unanswered questions
        QStringLiteral(R"SQL(
CREATE TABLE import_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    what TEXT NOT NULL,
    file TEXT NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    left_count INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0,
    user TEXT NOT NULL DEFAULT '',
    undo_data BLOB,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE search_feedback (
    query TEXT NOT NULL,
    kind TEXT NOT NULL,
    org TEXT NOT NULL DEFAULT '',
    id TEXT NOT NULL,
    weight REAL NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (query, kind, org, id)
);
CREATE TABLE unanswered (
    query TEXT PRIMARY KEY,
    count INTEGER NOT NULL DEFAULT 1,
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL
);
)SQL"),
        // company holidays per location ('*' = every location), for routing
        QStringLiteral(R"SQL(
CREATE TABLE holidays (
    location TEXT NOT NULL CHECK (location <> ''),
    date TEXT NOT NULL CHECK (date <> ''),
    name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (location, date)
);
)SQL"),
        // 4 -> 5: indexes on every reference column. While a deferred foreign key is outstanding
        // SQLite checks each new parent row against its children; without these indexes a bulk
        // import inside one transaction becomes quadratic.
        QStringLiteral(R"SQL(
CREATE INDEX people_delegate ON people (org, delegate_id);
CREATE INDEX teams_parent ON teams (org, parent_id);
CREATE INDEX teams_lead ON teams (org, lead_id);
CREATE INDEX responsibilities_team ON responsibilities (org, owner_team);
CREATE INDEX responsibilities_owner ON responsibilities (org, owner_id);
CREATE INDEX responsibilities_backup ON responsibilities (org, backup_id);
CREATE INDEX responsibilities_escalation ON responsibilities (org, escalation_id);
)SQL"),
    };
    return list;
}

} // namespace whoowns::schema
