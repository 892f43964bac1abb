// The routing rule (routing/routing.md), step by step, with people in Berlin, New York, Sydney
// and Manila, daylight-saving changes, absences, holidays and closed team lines. Every instant
// is fixed: nothing here depends on the real time or the machine's zone.
#include "routing/router.h"
#include "testsupport.h"

using namespace whoowns;

namespace {

QDateTime utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(t.isValid());
    return t;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

struct PersonSpec
{
    const char *id;
    const char *name;
    const char *zone;
    const char *location;
    const char *hours;
    const char *team;
    const char *phone = "";
    PersonStatus status = PersonStatus::Active;
    const char *outOfOfficeUntil = "";
    const char *delegate = "";
    const char *extension = "";
    const char *mobile = "";
};

Person person(const PersonSpec &s)
{
    Person p;
    p.id = QString::fromUtf8(s.id);
    p.name = QString::fromUtf8(s.name);
    p.timezone = QString::fromUtf8(s.zone);
    p.location = QString::fromUtf8(s.location);
    p.hours = QString::fromUtf8(s.hours);
    p.team = QString::fromUtf8(s.team);
    p.phone = QString::fromUtf8(s.phone);
    p.status = s.status;
    p.outOfOfficeUntil = QString::fromUtf8(s.outOfOfficeUntil);
    p.delegateId = QString::fromUtf8(s.delegate);
    p.extension = QString::fromUtf8(s.extension);
    p.mobile = QString::fromUtf8(s.mobile);
    p.email = p.id.toString().toLower() + QStringLiteral("@example.com");
    return p;
}

Team team(const char *id, const char *name, const char *phone, const char *hours,
          const char *location, const char *lead)
{
    Team t;
    t.id = QString::fromUtf8(id);
    t.name = QString::fromUtf8(name);
    t.phone = QString::fromUtf8(phone);
    t.hours = QString::fromUtf8(hours);
    t.location = QString::fromUtf8(location);
    t.leadId = QString::fromUtf8(lead);
    return t;
}

Responsibility responsibility(const char *id, const char *owner, const char *backup,
                              const char *ownerTeam, const char *escalation)
{
    Responsibility r;
    r.id = QString::fromUtf8(id);
    r.topic = QStringLiteral("Topic ") + r.id;
    r.ownerId = QString::fromUtf8(owner);
    r.backupId = QString::fromUtf8(backup);
    r.ownerTeamId = QString::fromUtf8(ownerTeam);
    r.escalationId = QString::fromUtf8(escalation);
    return r;
}

const char *const kWeekdays = "Mon-Fri 09:00-17:00";

Directory makeDirectory()
{
    Directory d;
    const PersonSpec people[] = {
        {"BER", "Berta Berlin", "Europe/Berlin", "Berlin", kWeekdays, "Returns", "+49 30 100"},
        {"BER2", "Bodo Berlin", "Europe/Berlin", "Berlin", "Mon-Fri 08:00-18:00", "Returns",
         "+49 30 102"},
        {"NYC", "Nate York", "America/New_York", "New York", kWeekdays, "US Support",
         "+1 212 555 0100"},
        {"SYD", "Sam Sydney", "Australia/Sydney", "Sydney", "Mo-Fr 08:00\u201316:00", "Returns",
         "+61 2 5550 0100"},
        {"MNL", "Maria Manila", "Asia/Manila", "Manila", "Mon-Sat 22:00-06:00", "US Support",
         "+63 2 555 0100"},
        {"OOO", "Olga Out", "Europe/Berlin", "Berlin", kWeekdays, "Returns", "+49 30 103",
         PersonStatus::Active, "2026-03-25T13:00", "BER2"},
        {"LEFT", "Lars Left", "Europe/Berlin", "Berlin", kWeekdays, "", "+49 30 104",
         PersonStatus::Left},
        {"LEAVE", "Lea Leave", "Europe/Berlin", "Berlin", kWeekdays, "Returns", "+49 30 105",
         PersonStatus::OnLeave},
        {"LEAVE2", "Leo Leave", "Europe/Berlin", "Berlin", kWeekdays, "", "+49 30 106",
         PersonStatus::OnLeave, "2026-03-27"},
        {"NOPHONE", "Nora Nophone", "Europe/Berlin", "Berlin", "", "Back Office", "",
         PersonStatus::Active, "", "", "4417", "+49 170 0000001"},
        {"NOPHONE2", "Nils Nophone", "Europe/Berlin", "Berlin", "", "Returns", "",
         PersonStatus::Active, "", "", "4418", "+49 170 0000002"},
        {"UNK", "Uma Unknown", "Europe/Berlin", "Berlin", "", "", "+49 30 107"},
        {"OOODAY", "Otto Day", "Europe/Berlin", "Berlin", "", "", "+49 30 108",
         PersonStatus::Active, "2026-03-25"},
        {"OOONY", "Opal Day", "America/New_York", "New York", "", "", "+1 212 555 0108",
         PersonStatus::Active, "2026-03-25"},
        {"SUNNIGHT", "Sven Sunday", "Europe/Berlin", "Berlin", "Sun 01:00-03:00", "", "+49 30 109"},
        {"GAP", "Gert Gap", "Europe/Berlin", "Berlin", "Sun 02:30-04:00", "", "+49 30 110"},
        {"MARS", "Mark Mars", "Mars/Olympus", "", "Mon-Fri 09:00-17:00", "", "+1 000"},
        {"OOOZ", "Oona Offset", "Europe/Berlin", "Berlin", "", "", "+49 30 112",
         PersonStatus::Active, "2026-03-25T12:00:00Z"},
        {"OOOBAD", "Ole Unreadable", "Europe/Berlin", "Berlin", "", "", "+49 30 113",
         PersonStatus::Active, "next week"},
        {"BADHOURS", "Bea Bad", "Europe/Berlin", "Berlin", "whenever I feel like it", "",
         "+49 30 111"},
    };
    for (const PersonSpec &s : people)
        d.people.append(person(s));
    d.teams = {
        team("T-RET", "Returns", "+49 30 5550", "Mon-Fri 08:00-18:00", "Berlin", "BER"),
        team("T-US", "US Support", "+1 212 555 0199", kWeekdays, "", "NYC"),
        team("T-BO", "Back Office", "", "", "", ""),
    };
    d.responsibilities = {
        responsibility("R-OWNER", "BER", "BER2", "T-RET", "NYC"),
        responsibility("R-DELEGATE", "OOO", "SYD", "T-US", "NYC"),
        responsibility("R-ONLEAVE", "LEAVE", "BER2", "T-RET", "NYC"),
        responsibility("R-LEAVER", "LEFT", "SYD", "T-US", "BER"),
        responsibility("R-TEAM", "NYC", "SYD", "T-RET", "BER"),
        responsibility("R-ESC", "NYC", "SYD", "T-US", "BER"),
        responsibility("R-SOON", "NYC", "SYD", "T-US", "BER2"),
        responsibility("R-SOON-LEAVER", "LEFT", "LEAVE", "T-US", "NYC"),
        responsibility("R-NOBODY", "LEFT", "LEAVE", "", ""),
        responsibility("R-NIGHT", "MNL", "", "", ""),
    };
    d.index();
    return d;
}

RoutingConfig makeConfig()
{
    RoutingConfig c;
    c.holidays = HolidayCalendar({
        {QStringLiteral("Berlin"), QDate(2026, 4, 3), QStringLiteral("Good Friday")},
        {QStringLiteral("berlin "), QDate(2026, 4, 6), QStringLiteral("Easter Monday")},
        {QStringLiteral("*"), QDate(2026, 12, 25), QStringLiteral("Christmas Day")},
    });
    c.fallback = FallbackContact::parse(QStringLiteral("Switchboard +44 20 7946 0000"));
    c.defaultZone = QTimeZone::utc();
    return c;
}

// Wednesday 25 March 2026, 09:00 UTC: 10:00 in Berlin (CET), 05:00 in New York (EDT since
// 8 March), 20:00 in Sydney (AEDT), 17:00 in Manila.
const char *const kWed = "2026-03-25T09:00:00Z";

struct Case
{
    const char *what;
    EntityKind kind;
    const char *id;
    const char *at;
    RedirectReason reason;
    const char *contact; // person id, else team id
    bool reachable;
    const char *localTime; // "" to skip
    const char *until;     // "" to skip, "none" when there must be no end
    const char *backAt;    // "" = none
};

} // namespace

TEST_CASE("routing: each step of the rule", "[routing]")
{
    const Directory d = makeDirectory();
    const Router router(d, makeConfig());
    using K = EntityKind;
    using R = RedirectReason;
    const Case cases[] = {
        // Rule 1, responsibilities
        {"owner reachable", K::Responsibility, "R-OWNER", kWed, R::Owner, "BER", true,
         "2026-03-25T10:00:00+01:00", "2026-03-25T17:00:00+01:00", ""},
        {"owner out of office -> delegate", K::Responsibility, "R-DELEGATE", kWed, R::Delegate,
         "BER2", true, "", "2026-03-25T18:00:00+01:00", ""},
        {"out of office ends at 13:00 Berlin: still out at 12:59", K::Responsibility, "R-DELEGATE",
         "2026-03-25T11:59:00Z", R::Delegate, "BER2", true, "", "", ""},
        {"out of office ended: the owner again", K::Responsibility, "R-DELEGATE",
         "2026-03-25T12:30:00Z", R::Owner, "OOO", true, "2026-03-25T13:30:00+01:00",
         "2026-03-25T17:00:00+01:00", ""},
        {"owner on leave -> backup", K::Responsibility, "R-ONLEAVE", kWed, R::Backup, "BER2", true,
         "", "", ""},
        {"leaver owner never offered; backup off shift, US line closed -> escalation",
         K::Responsibility, "R-LEAVER", kWed, R::Escalation, "BER", true, "", "", ""},
        {"owner and backup off shift -> open team line", K::Responsibility, "R-TEAM", kWed, R::Team,
         "T-RET", true, "2026-03-25T10:00:00+01:00", "2026-03-25T18:00:00+01:00", ""},
        {"team line closed in New York -> escalation", K::Responsibility, "R-ESC", kWed,
         R::Escalation, "BER", true, "", "", ""},
        {"team line open once New York wakes up", K::Responsibility, "R-ESC",
         "2026-03-25T14:00:00Z", R::Owner, "NYC", true, "2026-03-25T10:00:00-04:00",
         "2026-03-25T17:00:00-04:00", ""},
        // Saturday 28 March 12:00 UTC: nobody works. Sydney opens first (Mon 08:00 AEDT =
        // Sun 21:00 UTC), before Berlin (Mon 08:00 CEST, after the switch) and New York.
        {"nobody reachable -> the one back soonest", K::Responsibility, "R-SOON",
         "2026-03-28T12:00:00Z", R::Backup, "SYD", false, "2026-03-28T23:00:00+11:00", "",
         "2026-03-30T08:00:00+11:00"},
        {"soonest back skips the leaver owner and the undated leave", K::Responsibility,
         "R-SOON-LEAVER", "2026-03-28T12:00:00Z", R::Team, "T-US", false, "", "",
         "2026-03-30T09:00:00-04:00"},
        {"nobody can be offered -> fallback contact", K::Responsibility, "R-NOBODY", kWed,
         R::Fallback, "", true, "", "", ""},
        {"overnight shift in Manila", K::Responsibility, "R-NIGHT", "2026-03-25T15:00:00Z",
         R::Owner, "MNL", true, "2026-03-25T23:00:00+08:00", "2026-03-26T06:00:00+08:00", ""},
        {"no owner team given: the owner's team line, back before the next night shift",
         K::Responsibility, "R-NIGHT", "2026-03-25T23:00:00Z", R::Team, "T-US", false,
         "2026-03-25T19:00:00-04:00", "", "2026-03-26T09:00:00-04:00"},
        {"after the night shift: back the next evening", K::Person, "MNL", "2026-03-25T23:00:00Z",
         R::Self, "MNL", false, "2026-03-26T07:00:00+08:00", "", "2026-03-26T22:00:00+08:00"},
        // Holidays: Good Friday and Easter Monday close Berlin, not New York.
        {"Berlin holiday: owner, backup and line closed; New York escalation back first",
         K::Responsibility, "R-OWNER", "2026-04-03T08:00:00Z", R::Escalation, "NYC", false, "", "",
         "2026-04-03T09:00:00-04:00"},
        {"Berlin holiday does not close New York", K::Person, "NYC", "2026-04-03T14:00:00Z",
         R::Self, "NYC", true, "", "2026-04-03T17:00:00-04:00", ""},
        {"company-wide holiday closes New York too", K::Person, "NYC", "2026-12-25T15:00:00Z",
         R::Self, "NYC", false, "", "", "2026-12-28T09:00:00-05:00"},
        {"holiday: back after the long weekend", K::Person, "BER", "2026-04-03T08:00:00Z", R::Self,
         "BER", false, "2026-04-03T10:00:00+02:00", "", "2026-04-07T09:00:00+02:00"},
        // Daylight saving: Berlin switches on 29 March, New York on 8 March.
        {"Berlin Friday evening: back Monday in summer time", K::Person, "BER",
         "2026-03-27T17:00:00Z", R::Self, "BER", false, "2026-03-27T18:00:00+01:00", "",
         "2026-03-30T09:00:00+02:00"},
        {"07:30 UTC is 09:30 in Berlin after the switch", K::Person, "BER", "2026-03-30T07:30:00Z",
         R::Self, "BER", true, "2026-03-30T09:30:00+02:00", "2026-03-30T17:00:00+02:00", ""},
        {"07:30 UTC was 08:30 in Berlin before the switch: the team line", K::Person, "BER",
         "2026-03-27T07:30:00Z", R::Team, "T-RET", true, "2026-03-27T08:30:00+01:00",
         "2026-03-27T18:00:00+01:00", ""},
        {"New York Friday evening before its switch: back Monday in EDT", K::Person, "NYC",
         "2026-03-06T23:00:00Z", R::Self, "NYC", false, "2026-03-06T18:00:00-05:00", "",
         "2026-03-09T09:00:00-04:00"},
        // Rule 2, people
        {"person reachable -> self", K::Person, "SYD", "2026-03-24T22:00:00Z", R::Self, "SYD", true,
         "2026-03-25T09:00:00+11:00", "2026-03-25T16:00:00+11:00", ""},
        {"person out of office -> delegate", K::Person, "OOO", kWed, R::Delegate, "BER2", true, "",
         "", ""},
        {"person off shift -> team line", K::Person, "SYD", kWed, R::Team, "T-RET", true, "", "",
         ""},
        {"person off shift, team line closed -> self with back time", K::Person, "NYC", kWed,
         R::Self, "NYC", false, "2026-03-25T05:00:00-04:00", "", "2026-03-25T09:00:00-04:00"},
        {"on leave, no delegate -> team line", K::Person, "LEAVE", kWed, R::Team, "T-RET", true, "",
         "", ""},
        {"on leave through Friday -> self, back Monday", K::Person, "LEAVE2", kWed, R::Self,
         "LEAVE2", false, "", "", "2026-03-30T09:00:00+02:00"},
        {"leaver -> fallback", K::Person, "LEFT", kWed, R::Fallback, "", true, "", "", ""},
        // Out of office until a date: out through that whole day in the person's zone.
        {"out of office through the day in Berlin", K::Person, "OOODAY", "2026-03-25T22:30:00Z",
         R::Self, "OOODAY", false, "2026-03-25T23:30:00+01:00", "", "2026-03-26T00:00:00+01:00"},
        {"out of office through the day in New York", K::Person, "OOONY", "2026-03-26T02:00:00Z",
         R::Self, "OOONY", false, "", "", "2026-03-26T00:00:00-04:00"},
        {"back after the day in New York", K::Person, "OOONY", "2026-03-26T04:30:00Z", R::Self,
         "OOONY", true, "2026-03-26T00:30:00-04:00", "none", ""},
        {"out of office until an instant with an offset", K::Person, "OOOZ", "2026-03-25T11:00:00Z",
         R::Self, "OOOZ", false, "", "", "2026-03-25T13:00:00+01:00"},
        {"unreadable out-of-office text is ignored", K::Person, "OOOBAD", kWed, R::Self, "OOOBAD",
         true, "", "", ""},
        // Unknown hours count as open around the clock, up to the next Berlin holiday.
        {"unknown hours: reachable at night, no end", K::Person, "UNK", "2026-03-29T03:00:00Z",
         R::Self, "UNK", true, "2026-03-29T05:00:00+02:00", "2026-04-03T00:00:00+02:00", ""},
        {"unreadable hours count as unknown", K::Person, "BADHOURS", "2026-03-29T03:00:00Z",
         R::Self, "BADHOURS", true, "", "", ""},
        // Daylight-saving night: a 01:00-03:00 shift lasts one hour; one starting at 02:30
        // (which does not exist that night) starts when the clocks jump to 03:00.
        {"shift across the spring-forward gap", K::Person, "SUNNIGHT", "2026-03-29T00:30:00Z",
         R::Self, "SUNNIGHT", true, "2026-03-29T01:30:00+01:00", "2026-03-29T03:00:00+02:00", ""},
        {"shift starting inside the gap", K::Person, "GAP", "2026-03-29T00:45:00Z", R::Self, "GAP",
         false, "", "", "2026-03-29T03:00:00+02:00"},
        {"fall-back night: the 01:00-03:00 shift lasts three hours", K::Person, "SUNNIGHT",
         "2026-10-25T01:30:00Z", R::Self, "SUNNIGHT", true, "2026-10-25T02:30:00+01:00",
         "2026-10-25T03:00:00+01:00", ""},
        {"fall-back night: open from 01:00 summer time", K::Person, "SUNNIGHT",
         "2026-10-24T22:59:00Z", R::Self, "SUNNIGHT", false, "", "", "2026-10-25T01:00:00+02:00"},
        {"invalid zone: the default zone (UTC here)", K::Person, "MARS", kWed, R::Self, "MARS",
         true, "2026-03-25T09:00:00+00:00", "2026-03-25T17:00:00+00:00", ""},
        // Teams
        {"team line open", K::Team, "T-US", "2026-03-25T14:00:00Z", R::Team, "T-US", true,
         "2026-03-25T10:00:00-04:00", "2026-03-25T17:00:00-04:00", ""},
        {"team line and lead closed: the line, back first on a tie", K::Team, "T-US", kWed, R::Team,
         "T-US", false, "", "", "2026-03-25T09:00:00-04:00"},
        {"team without a line: its members' zone", K::Team, "T-BO", kWed, R::Fallback, "", true, "",
         "", ""},
        {"unknown entity: fallback", K::Responsibility, "R-MISSING", kWed, R::Fallback, "", true,
         "", "", ""},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Redirect r = router.forEntity(c.kind, QString(), QString::fromUtf8(c.id), utc(c.at));
        CHECK(reasonName(r.reason) == reasonName(c.reason));
        const QString contact = r.personId.isEmpty() ? r.teamId : r.personId;
        CHECK(contact == QString::fromUtf8(c.contact));
        CHECK(r.reachableNow == c.reachable);
        if (*c.localTime)
            CHECK(iso(r.localTime) == QString::fromUtf8(c.localTime));
        if (QByteArray(c.until) == "none") // open past the look-ahead horizon
            CHECK_FALSE(r.reachableUntil.isValid());
        else if (*c.until)
            CHECK(iso(r.reachableUntil) == QString::fromUtf8(c.until));
        CHECK(iso(r.backAt) == QString::fromUtf8(c.backAt));
        if (!r.reachableNow)
            CHECK_FALSE(r.reachableUntil.isValid());
    }
}

TEST_CASE("routing: the skipped steps are explained", "[routing]")
{
    const Directory d = makeDirectory();
    const Router router(d, makeConfig());
    const Redirect r =
        router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-ESC"), utc(kWed));
    CHECK(r.note.contains(QStringLiteral("owner Nate York: outside working hours")));
    CHECK(r.note.contains(QStringLiteral("backup Sam Sydney: outside working hours")));
    CHECK(r.note.contains(QStringLiteral("team US Support: line closed")));
    const Redirect leave =
        router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-ONLEAVE"), utc(kWed));
    CHECK(leave.note == QStringLiteral("owner Lea Leave: on leave"));
    const Redirect delegate =
        router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-DELEGATE"), utc(kWed));
    CHECK(delegate.note ==
          QStringLiteral("owner Olga Out: out of office until 2026-03-25T13:00:00+01:00"));
    const Redirect holiday = router.forEntity(EntityKind::Person, {}, QStringLiteral("BER"),
                                              utc("2026-04-03T08:00:00Z"));
    CHECK(holiday.note.contains(QStringLiteral("self Berta Berlin: holiday: Good Friday")));
}

TEST_CASE("routing: leavers are never reachable, even with a delegate", "[routing]")
{
    Directory d = makeDirectory();
    for (Person &p : d.people)
        if (p.id == QLatin1String("LEFT"))
            p.delegateId = QStringLiteral("BER2");
    d.index();
    const Router router(d, makeConfig());
    const Person *left = d.person({}, QStringLiteral("LEFT"));
    REQUIRE(left);
    for (const char *at : {kWed, "2026-03-28T12:00:00Z", "2026-04-08T10:00:00Z"}) {
        INFO(at);
        CHECK_FALSE(router.isReachable(*left, utc(at)));
        CHECK_FALSE(router.personAvailability(*left, utc(at)).backAt.isValid());
    }
    // The leaver's stand-in takes their calls; the leaver is never the answer.
    const Redirect r = router.forEntity(EntityKind::Person, {}, QStringLiteral("LEFT"), utc(kWed));
    CHECK(r.reason == RedirectReason::Delegate);
    CHECK(r.personId == QStringLiteral("BER2"));
    const Redirect owner =
        router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-LEAVER"), utc(kWed));
    CHECK(owner.personId != QStringLiteral("LEFT"));
}

TEST_CASE("routing: numbers, transferable first", "[routing]")
{
    const Directory d = makeDirectory();
    const Router router(d, makeConfig());
    const QDateTime at = utc(kWed);
    struct Row
    {
        const char *id;
        const char *phone;
        NumberKind kind;
        bool transferable;
    };
    const Row rows[] = {
        {"BER", "+49 30 100", NumberKind::Direct, true},
        {"NOPHONE2", "+49 30 5550", NumberKind::TeamLine, true}, // no direct line: team line
        {"NOPHONE", "4417", NumberKind::Extension, false},       // no line at all: extension
    };
    for (const Row &row : rows) {
        INFO(row.id);
        const Redirect r = router.forEntity(EntityKind::Person, {}, QString::fromUtf8(row.id), at);
        CHECK(r.reason == RedirectReason::Self);
        CHECK(r.phone == QString::fromUtf8(row.phone));
        CHECK(r.numberKind == row.kind);
        CHECK(r.transferable == row.transferable);
        CHECK_FALSE(r.phone.startsWith(QStringLiteral("+49 170"))); // mobiles never offered
    }
    const Redirect line =
        router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-TEAM"), at);
    CHECK(line.phone == QStringLiteral("+49 30 5550"));
    CHECK(line.numberKind == NumberKind::TeamLine);
    CHECK(line.transferable);
    const Redirect fallback =
        router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-NOBODY"), at);
    CHECK(fallback.name == QStringLiteral("Switchboard"));
    CHECK(fallback.phone == QStringLiteral("+44 20 7946 0000"));
    CHECK(fallback.numberKind == NumberKind::Switchboard);
    CHECK(fallback.transferable);
    CHECK(numberKindName(NumberKind::Extension) == QStringLiteral("extension"));
}

TEST_CASE("routing: without a fallback contact the fallback is empty and says so", "[routing]")
{
    const Directory d = makeDirectory();
    RoutingConfig config = makeConfig();
    config.fallback = {};
    const Router router(d, config);
    const Redirect r =
        router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-NOBODY"), utc(kWed));
    CHECK(r.reason == RedirectReason::Fallback);
    CHECK_FALSE(r.isValid());
    CHECK_FALSE(r.reachableNow);
    CHECK(r.note.contains(QStringLiteral("no fallback contact")));
}

TEST_CASE("routing: the clock gives now", "[routing]")
{
    const Directory d = makeDirectory();
    FixedClock clock(utc(kWed));
    const Router router(d, makeConfig(), &clock);
    CHECK(router.now() == utc(kWed));
    CHECK(router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-DELEGATE")).reason ==
          RedirectReason::Delegate);
    clock.set(utc("2026-03-25T12:30:00Z"));
    CHECK(router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-DELEGATE")).reason ==
          RedirectReason::Owner);
}

TEST_CASE("routing: team zones and places", "[routing]")
{
    const Directory d = makeDirectory();
    const Router router(d, makeConfig());
    // No location of its own: the lead's zone.
    CHECK(router.zoneOf(*d.team({}, QStringLiteral("T-US"))).id() == "America/New_York");
    CHECK(router.zoneOf(*d.team({}, QStringLiteral("T-RET"))).id() == "Europe/Berlin");
    // No lead: the members' zone.
    CHECK(router.zoneOf(*d.team({}, QStringLiteral("T-BO"))).id() == "Europe/Berlin");
    // The US team takes New York's holidays only.
    const Team *us = d.team({}, QStringLiteral("T-US"));
    CHECK(router.teamAvailability(*us, utc("2026-04-03T14:00:00Z")).reachable);
    CHECK_FALSE(router.teamAvailability(*us, utc("2026-12-25T15:00:00Z")).reachable);
    // A team without a phone is never an open line.
    const Team *bo = d.team({}, QStringLiteral("T-BO"));
    CHECK_FALSE(router.teamAvailability(*bo, utc(kWed)).reachable);
}

TEST_CASE("routing: a responsibility's hours stand in for a team without hours", "[routing]")
{
    Directory d = makeDirectory();
    for (Team &t : d.teams)
        if (t.id == QLatin1String("T-RET"))
            t.hours.clear();
    Responsibility r = responsibility("R-HOURS", "NYC", "", "T-RET", "");
    r.hours = QStringLiteral("Mon-Fri 11:00-12:00");
    d.responsibilities.append(r);
    d.index();
    const Router router(d, makeConfig());
    // 10:00 Berlin: the line would be open around the clock without hours, but the
    // responsibility is served 11-12 only; the owner in New York is back first at 11:00 Berlin.
    const Redirect early =
        router.forEntity(EntityKind::Responsibility, {}, QStringLiteral("R-HOURS"), utc(kWed));
    CHECK(early.reason == RedirectReason::Team);
    CHECK_FALSE(early.reachableNow);
    CHECK(iso(early.backAt) == QStringLiteral("2026-03-25T11:00:00+01:00"));
    const Redirect open = router.forEntity(EntityKind::Responsibility, {},
                                           QStringLiteral("R-HOURS"), utc("2026-03-25T10:30:00Z"));
    CHECK(open.reason == RedirectReason::Team);
    CHECK(open.reachableNow);
    CHECK(iso(open.reachableUntil) == QStringLiteral("2026-03-25T12:00:00+01:00"));
}

TEST_CASE("routing: fallback contact text", "[routing]")
{
    struct Row
    {
        const char *text;
        const char *name;
        const char *phone;
    };
    const Row rows[] = {
        {"Switchboard +44 20 7946 0000", "Switchboard", "+44 20 7946 0000"},
        {"Front desk, (030) 555-0100", "Front desk", "(030) 555-0100"},
        {"+1 800 555 0199", "", "+1 800 555 0199"},
        {"Reception", "Reception", ""},
        {"", "", ""},
    };
    for (const Row &row : rows) {
        const FallbackContact f = FallbackContact::parse(QString::fromUtf8(row.text));
        CHECK(f.name == QString::fromUtf8(row.name));
        CHECK(f.phone == QString::fromUtf8(row.phone));
    }
}

TEST_CASE("routing: until and back_at agree with reachability around them", "[routing]")
{
    // For every person, every 37 minutes over three weeks spanning the Berlin switch and
    // Easter: the quick check agrees with the full one, the opening really ends at `until`, and
    // the person really is reachable at `back_at` and not a minute before.
    const Directory d = makeDirectory();
    const Router router(d, makeConfig());
    const QDateTime start = utc("2026-03-23T00:00:00Z");
    int checked = 0;
    for (const Person &p : d.people) {
        for (qint64 minute = 0; minute < 21 * 24 * 60; minute += 37) {
            const QDateTime at = start.addSecs(minute * 60);
            const Availability a = router.personAvailability(p, at);
            INFO(p.id << " at " << iso(at));
            REQUIRE(router.isReachable(p, at) == a.reachable);
            if (a.reachable && a.until.isValid()) {
                CHECK(a.until > at);
                CHECK(router.isReachable(p, a.until.addSecs(-60)));
                CHECK_FALSE(router.isReachable(p, a.until));
            }
            if (!a.reachable && a.backAt.isValid()) {
                CHECK(a.backAt > at);
                CHECK(router.isReachable(p, a.backAt));
                CHECK_FALSE(router.isReachable(p, a.backAt.addSecs(-60)));
            }
            ++checked;
        }
    }
    auto lineOpen = [&](const Team &t, const QDateTime &at) {
        return router.teamAvailability(t, at, {}, true).reachable;
    };
    for (const Team &t : d.teams) {
        for (qint64 minute = 0; minute < 21 * 24 * 60; minute += 37) {
            const QDateTime at = start.addSecs(minute * 60);
            const Availability a = router.teamAvailability(t, at);
            INFO(t.id << " at " << iso(at));
            REQUIRE(lineOpen(t, at) == a.reachable);
            if (a.reachable && a.until.isValid()) {
                CHECK(lineOpen(t, a.until.addSecs(-60)));
                CHECK_FALSE(lineOpen(t, a.until));
            }
            if (!a.reachable && a.backAt.isValid()) {
                CHECK(lineOpen(t, a.backAt));
                CHECK_FALSE(lineOpen(t, a.backAt.addSecs(-60)));
            }
        }
    }
    CHECK(checked > 10000);
}

TEST_CASE("routing: a person or team line as a contact, without the rule", "[routing]")
{
    const Directory d = makeDirectory();
    const Router router(d, makeConfig());
    const Redirect owner =
        router.contact(*d.person({}, QStringLiteral("OOO")), RedirectReason::Owner, utc(kWed));
    CHECK(owner.personId == QStringLiteral("OOO"));
    CHECK(owner.reason == RedirectReason::Owner);
    CHECK_FALSE(owner.reachableNow);
    CHECK(iso(owner.backAt) == QStringLiteral("2026-03-25T13:00:00+01:00"));
    CHECK(owner.note.startsWith(QStringLiteral("out of office until")));
    const Redirect line = router.contact(*d.team({}, QStringLiteral("T-US")), utc(kWed));
    CHECK(line.teamId == QStringLiteral("T-US"));
    CHECK(line.note == QStringLiteral("line closed"));
    CHECK(iso(line.backAt) == QStringLiteral("2026-03-25T09:00:00-04:00"));
}
