#pragma once

#include <QString>

namespace whoowns {

enum class PersonStatus { Active, OnLeave, Left };

// "active", "on leave", "left" (the canonical CSV words). Unknown text gives std::nullopt-like
// false in ok.
QString statusName(PersonStatus status);
PersonStatus statusFromName(const QString &text, bool *ok = nullptr);

// One person of the org directory. References to other people (manager, delegate) hold the
// other person's source id within the same organisation.
struct Person
{
    QString org; // which imported organisation the id belongs to ('' for the default one)
    QString id;  // the HR system's stable key (employee id, post reference)
    QString name;
    QString preferredName;
    QString title;
    QString department;
    QString team;
    QString managerId;
    QString email;
    QString phone;     // direct line, may be given to customers
    QString extension; // internal extension
    QString mobile;    // internal only: never offered as a transfer number
    QString location;
    QString timezone; // IANA name
    QString hours;    // weekly schedule text, see routing/weeklyhours.h
    PersonStatus status = PersonStatus::Active;
    QString outOfOfficeUntil; // ISO 8601 date or date-time; empty when not out of office
    QString delegateId;
    QString function; // free text: what this person or post is responsible for (searchable)

    bool operator==(const Person &) const = default;
    QString displayName() const { return preferredName.isEmpty() ? name : preferredName; }
};

} // namespace whoowns
