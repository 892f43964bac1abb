#include "io/personfields.h"

namespace whoowns {

#define WHOOWNS_PERSON_TEXT(col, member)                                                           \
    PersonField                                                                                    \
    {                                                                                              \
        col, [](const Person &p) { return p.member.toString(); },                                  \
            [](Person &p, const QString &v) { p.member = v; }                                      \
    }

const QList<PersonField> &personFields()
{
    static const QList<PersonField> fields = {
        WHOOWNS_PERSON_TEXT("id", id),
        WHOOWNS_PERSON_TEXT("name", name),
        WHOOWNS_PERSON_TEXT("preferred_name", preferredName),
        WHOOWNS_PERSON_TEXT("title", title),
        WHOOWNS_PERSON_TEXT("department", department),
        WHOOWNS_PERSON_TEXT("team", team),
        WHOOWNS_PERSON_TEXT("manager_id", managerId),
        WHOOWNS_PERSON_TEXT("email", email),
        WHOOWNS_PERSON_TEXT("phone", phone),
        WHOOWNS_PERSON_TEXT("extension", extension),
        WHOOWNS_PERSON_TEXT("mobile", mobile),
        WHOOWNS_PERSON_TEXT("location", location),
        WHOOWNS_PERSON_TEXT("timezone", timezone),
        WHOOWNS_PERSON_TEXT("hours", hours),
        PersonField{"status", [](const Person &p) { return statusName(p.status); },
                    [](Person &p, const QString &v) { p.status = statusFromName(v); }},
        WHOOWNS_PERSON_TEXT("out_of_office_until", outOfOfficeUntil),
        WHOOWNS_PERSON_TEXT("delegate_id", delegateId),
        WHOOWNS_PERSON_TEXT("function", function),
    };
    return fields;
}
#undef WHOOWNS_PERSON_TEXT

const QList<TeamField> &teamFields()
{
    static const QList<TeamField> fields = {
        {"id", &Team::id},           {"name", &Team::name},      {"department", &Team::department},
        {"parent", &Team::parentId}, {"email", &Team::email},    {"phone", &Team::phone},
        {"hours", &Team::hours},     {"lead_id", &Team::leadId}, {"location", &Team::location},
    };
    return fields;
}

#define WHOOWNS_RESP_TEXT(col, member)                                                             \
    ResponsibilityField                                                                            \
    {                                                                                              \
        col, [](const Responsibility &r) { return r.member; },                                     \
            [](Responsibility &r, const QString &v) { r.member = v; }                              \
    }

const QList<ResponsibilityField> &responsibilityFields()
{
    static const QList<ResponsibilityField> fields = {
        WHOOWNS_RESP_TEXT("id", id),
        WHOOWNS_RESP_TEXT("topic", topic),
        WHOOWNS_RESP_TEXT("description", description),
        ResponsibilityField{
            "keywords", [](const Responsibility &r) { return joinKeywords(r.keywords); },
            [](Responsibility &r, const QString &v) { r.keywords = splitKeywords(v); }},
        WHOOWNS_RESP_TEXT("owner_team", ownerTeamId),
        WHOOWNS_RESP_TEXT("owner", ownerId),
        WHOOWNS_RESP_TEXT("backup", backupId),
        WHOOWNS_RESP_TEXT("escalation", escalationId),
        WHOOWNS_RESP_TEXT("hours", hours),
        WHOOWNS_RESP_TEXT("notes", notes),
    };
    return fields;
}
#undef WHOOWNS_RESP_TEXT

} // namespace whoowns
