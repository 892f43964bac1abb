#pragma once

#include "model/text.h"

#include <QString>

namespace whoowns {

enum class PersonStatus { Active, OnLeave, Left };

// "active", "on leave", "left" (the canonical CSV words). Unknown text gives std::nullopt-like
// false in ok.
QString statusName(PersonStatus status);
PersonStatus statusFromName(const QString &text, bool *ok = nullptr);

// One person of the org directory. References to other people (manager, delegate) hold the
// other person's source id within the same organisation. Fields are Texts (8 bytes each, see
// model/text.h): a directory holds a million of these.
struct Person
{
    Text org; // which imported organisation the id belongs to ('' for the default one)
    Text id;  // the HR system's stable key (employee id, post reference)
    Text name;
    Text preferredName;
    Text title;
    Text department;
    Text team;
    Text managerId;
    Text email;
    Text phone;     // direct line, may be given to customers
    Text extension; // internal extension
    Text mobile;    // internal only: never offered as a transfer number
    Text location;
    Text timezone; // IANA name
    Text hours;    // weekly schedule text, see routing/weeklyhours.h
    PersonStatus status = PersonStatus::Active;
    Text outOfOfficeUntil; // ISO 8601 date or date-time; empty when not out of office
    Text delegateId;
    Text function; // free text: what this person or post is responsible for (searchable)

    bool operator==(const Person &) const = default;
    QString displayName() const { return preferredName.isEmpty() ? name : preferredName; }
};

} // namespace whoowns
