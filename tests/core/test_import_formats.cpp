// People exports of HR systems and directories: detection, mapping, encodings, organograms.
#include "test_import_support.h"

#include <QFile>
#include <QStringEncoder>

using namespace whoowns;
using namespace whoowns::test;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile f(dataPath(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// name -> manager's name, for the small hand-made fixtures (Ada <- Grace <- Alan, Edsger).
QHash<QString, QString> managerNames(const Directory &d)
{
    QHash<QString, QString> out;
    for (const Person &p : d.people) {
        const Person *m = d.person(p.org, p.managerId);
        out.insert(p.name, m ? m->name.toString() : QString());
    }
    return out;
}

const Person *byName(const Directory &d, const QString &name)
{
    for (const Person &p : d.people)
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("every gendir style imports without a mapping and resolves its managers", "[import]")
{
    PeopleImport canonical;
    REQUIRE(canonical.run(dataPath(QStringLiteral("import/gendir-canonical.csv"))));
    const Directory expected = canonical.directory();
    REQUIRE(expected.people.size() == 60);

    const struct
    {
        const char *file;
        const char *format;
    } styles[] = {{"gendir-bamboo.csv", "bamboo"},
                  {"gendir-workday.csv", "workday"},
                  {"gendir-entra.csv", "entra"}};
    for (const auto &style : styles) {
        INFO(style.file);
        PeopleImport imp;
        REQUIRE(imp.run(dataPath(QStringLiteral("import/") + QLatin1String(style.file))));
        CHECK(imp.report.format == QLatin1String(style.format));
        CHECK(imp.warnings().isEmpty());
        CHECK_FALSE(imp.report.mapping.isEmpty());
        const Directory d = imp.directory();
        REQUIRE(d.people.size() == expected.people.size());
        int managers = 0;
        for (const Person &e : expected.people) {
            const Person *p = d.person(QString(), e.id);
            REQUIRE(p);
            CHECK(p->name == e.name);
            CHECK(p->managerId == e.managerId);
            CHECK(p->email == e.email);
            CHECK(p->title == e.title);
            CHECK(p->department == e.department);
            managers += !p->managerId.isEmpty();
        }
        CHECK(managers == expected.people.size() - 1);
    }
}

TEST_CASE("gendir styles carry their own details: phone x extension, status words, teams",
          "[import]")
{
    PeopleImport canonical;
    REQUIRE(canonical.run(dataPath(QStringLiteral("import/gendir-canonical.csv"))));
    const Directory expected = canonical.directory();
    for (const char *file : {"gendir-bamboo.csv", "gendir-workday.csv"}) {
        INFO(file);
        PeopleImport imp;
        REQUIRE(imp.run(dataPath(QStringLiteral("import/") + QLatin1String(file))));
        const Directory d = imp.directory();
        for (const Person &e : expected.people) {
            const Person *p = d.person(QString(), e.id);
            REQUIRE(p);
            CHECK(p->team == e.team);
            CHECK(p->phone == e.phone);
            CHECK(p->extension == e.extension);
            CHECK(p->status == e.status);
        }
    }
}

TEST_CASE("other HR exports and directory formats are recognised", "[import]")
{
    const struct
    {
        const char *file;
        const char *format;
        const char *idOfAda;
    } cases[] = {
        {"google.csv", "google", "G1"},
        {"personio.csv", "personio", "P1"},
        {"visio.csv", "visio", "Ada Lovelace"},
        {"orgchartnow.csv", "orgchartnow", "101"},
        {"outlook.csv", "outlook", "ada@example.org"},
        {"people.vcf", "vcard", "V1"},
        {"people.ldif", "ldif", "L1"},
        {"people.json", "json", "J1"},
    };
    for (const auto &c : cases) {
        INFO(c.file);
        PeopleImport imp;
        REQUIRE(imp.run(dataPath(QStringLiteral("import/") + QLatin1String(c.file))));
        CHECK(imp.report.format == QLatin1String(c.format));
        const Directory d = imp.directory();
        const auto managers = managerNames(d);
        const Person *ada = byName(d, QStringLiteral("Ada Lovelace"));
        REQUIRE(ada);
        CHECK(ada->id == QLatin1String(c.idOfAda));
        CHECK(ada->managerId.isEmpty());
        CHECK(managers.value(QStringLiteral("Grace Hopper")) == QLatin1String("Ada Lovelace"));
        if (managers.contains(QStringLiteral("Alan Turing")))
            CHECK(managers.value(QStringLiteral("Alan Turing")) == QLatin1String("Grace Hopper"));
    }
}

TEST_CASE("format details: vCard folding and phones, LDIF base64 and DNs, JSON values", "[import]")
{
    PeopleImport vcard;
    REQUIRE(vcard.run(dataPath(QStringLiteral("import/people.vcf"))));
    const Directory vcardDirectory = vcard.directory(); // outlives the pointer below
    const Person *grace = byName(vcardDirectory, QStringLiteral("Grace Hopper"));
    REQUIRE(grace);
    CHECK(grace->phone == QLatin1String("+44 20 7946 0002"));
    CHECK(grace->mobile == QLatin1String("+44 7700 900002"));
    CHECK(grace->department == QLatin1String("Engineering"));
    CHECK(grace->team == QLatin1String("Platform"));

    PeopleImport ldif;
    REQUIRE(ldif.run(dataPath(QStringLiteral("import/people.ldif"))));
    const Directory d = ldif.directory();
    CHECK(d.people.size() == 3); // the organizational unit is not a person
    const Person *g = byName(d, QStringLiteral("Grace Hopper"));
    REQUIRE(g);
    CHECK(g->function == QLatin1String("Responsible for compilers"));
    CHECK(d.person(QString(), QStringLiteral("L3"))->managerId == QLatin1String("L2"));

    PeopleImport json;
    REQUIRE(json.run(dataPath(QStringLiteral("import/people.json"))));
    const Directory jsonDirectory = json.directory(); // outlives the pointer below
    const Person *alan = jsonDirectory.person(QString(), QStringLiteral("3"));
    REQUIRE(alan);
    CHECK(alan->status == PersonStatus::OnLeave);
    CHECK(alan->managerId == QLatin1String("J2"));
    CHECK(json.directory().person(QString(), QStringLiteral("J2"))->function ==
          QLatin1String("Responsible for compilers and tooling"));
}

TEST_CASE("encodings and delimiters are detected", "[import]")
{
    ScratchDir dir;
    const QString german =
        QStringLiteral("Personalnummer;Vorname;Nachname;Abteilung;Vorgesetzter\r\n"
                       "1;J\u00fcrgen;M\u00fcller;Einkauf;\r\n"
                       "2;Zo\u00eb;Wei\u00df;Einkauf;1\r\n");
    QStringEncoder cp1252("windows-1252");
    REQUIRE(cp1252.isValid());
    QStringEncoder utf16le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder utf16be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    const struct
    {
        const char *name;
        QByteArray bytes;
        bool warns;
    } files[] = {
        {"cp1252.csv", cp1252.encode(german), true},
        {"utf8.csv", german.toUtf8(), false},
        {"utf8bom.csv", QByteArray("\xEF\xBB\xBF") + german.toUtf8(), false},
        {"utf16le.csv", utf16le.encode(german), false},
        {"utf16be.csv", utf16be.encode(german), false},
        {"tabs.csv", QString(german).replace(QLatin1Char(';'), QLatin1Char('\t')).toUtf8(), false},
        {"pipes.csv", QString(german).replace(QLatin1Char(';'), QLatin1Char('|')).toUtf8(), false},
    };
    for (const auto &f : files) {
        INFO(f.name);
        PeopleImport imp;
        REQUIRE(imp.run(dir.write(QLatin1String(f.name), f.bytes)));
        const Directory d = imp.directory();
        REQUIRE(d.people.size() == 2);
        CHECK(d.person(QString(), QStringLiteral("1"))->name ==
              QStringLiteral("J\u00fcrgen M\u00fcller"));
        CHECK(d.person(QString(), QStringLiteral("2"))->name ==
              QStringLiteral("Zo\u00eb Wei\u00df"));
        CHECK(d.person(QString(), QStringLiteral("2"))->managerId == QLatin1String("1"));
        CHECK(imp.warned(QStringLiteral("Windows-1252")) == f.warns);
    }
}

TEST_CASE("a title above the header, an unnamed index column and repeated headers", "[import]")
{
    ScratchDir dir;
    const QString path =
        dir.write(QStringLiteral("odd.csv"), "People report generated 2026-11-01\n"
                                             ",Employee ID,Name,Manager,Name,Work Phone\n"
                                             "0,A1,Ann Able,,ignored,+1 555 0100 ext. 100\n"
                                             "1,B2,Bob Baker,Ann Able,ignored,+1 555 0101\n"
                                             "\n\n");
    PeopleImport imp;
    REQUIRE(imp.run(path));
    const Directory d = imp.directory();
    REQUIRE(d.people.size() == 2);
    CHECK(d.person(QString(), QStringLiteral("B2"))->managerId == QLatin1String("A1"));
    CHECK(d.person(QString(), QStringLiteral("A1"))->phone == QLatin1String("+1 555 0100"));
    CHECK(d.person(QString(), QStringLiteral("A1"))->extension == QLatin1String("100"));
    CHECK(imp.warned(QStringLiteral("appears twice")));
}

TEST_CASE("an explicit mapping overrides the guess", "[import]")
{
    ScratchDir dir;
    const QString path = dir.write(QStringLiteral("custom.csv"), "Emp No,Full Name,Boss,Role\n"
                                                                 "1,Ann Able,,Director\n"
                                                                 "2,Bob Baker,1,Clerk\n");
    PeopleImport guessed;
    REQUIRE(guessed.run(path));
    CHECK(guessed.directory().person(QString(), QStringLiteral("2"))->managerId.isEmpty());
    CHECK(guessed.warned(QStringLiteral("several roots")));

    PeopleImport mapped;
    PeopleFileOptions file;
    file.mappings = {QStringLiteral("Boss=manager_id"), QStringLiteral("Role=ignore")};
    REQUIRE(mapped.run(path, file));
    const Directory mappedDirectory = mapped.directory(); // outlives the pointer below
    const Person *bob = mappedDirectory.person(QString(), QStringLiteral("2"));
    CHECK(bob->managerId == QLatin1String("1"));
    CHECK(bob->title.isEmpty());
    CHECK(mapped.report.mapping.contains(QStringLiteral("Boss -> manager_id")));

    PeopleImport wrong;
    file.mappings = {QStringLiteral("Nope=manager_id")};
    CHECK_FALSE(wrong.run(path, file));
    REQUIRE(wrong.errors().size() == 1);
    CHECK(wrong.errors().first().contains(QStringLiteral("custom.csv:1: ")));
}

TEST_CASE("an organogram imports with warnings; its function text is kept", "[import][organogram]")
{
    PeopleImport imp;
    REQUIRE(imp.run(dataPath(QStringLiteral("import/organogram-senior.csv"))));
    CHECK(imp.report.format == QLatin1String("organogram"));
    const QString org = QStringLiteral("Department for Examples");
    const Directory d = imp.directory();
    REQUIRE(d.people.size() == 6);
    const Person *top = d.person(org, QStringLiteral("1"));
    REQUIRE(top);
    CHECK(top->managerId.isEmpty()); // XX
    CHECK(top->function == QLatin1String("Leads the department and advises ministers"));
    CHECK(top->department == org);
    CHECK(top->team == QLatin1String("Private Office"));
    const Person *finance = d.person(org, QStringLiteral("2"));
    CHECK(finance->name == QLatin1String("Director of Finance")); // N/D
    CHECK(finance->email.isEmpty());
    CHECK(finance->managerId == QLatin1String("1"));
    CHECK(d.person(org, QStringLiteral("4#2"))->name == QLatin1String("Kim Share"));
    CHECK(d.person(org, QStringLiteral("5"))->managerId.isEmpty()); // 99 is not in the file
    CHECK(imp.warned(QStringLiteral(":3: warning: \"N/D\" is a placeholder")));
    CHECK(imp.warned(QStringLiteral(":4: warning: \"Vacant\" is a placeholder")));
    CHECK(imp.warned(QStringLiteral(":6: warning: post 4 is listed more than once")));
    CHECK(imp.warned(QStringLiteral(":6: warning: malformed email")));
    CHECK(imp.warned(QStringLiteral(":7: warning: manager \"99\" is not a known person")));

    // The junior file adds groups of posts under the senior posts, marking nobody as left.
    REQUIRE(imp.run(dataPath(QStringLiteral("import/organogram-junior.csv"))));
    CHECK(imp.report.left.isEmpty());
    const Directory j = imp.directory();
    REQUIRE(j.people.size() == 8);
    const Person *payables = byName(j, QStringLiteral("Accounts Payable Officer"));
    REQUIRE(payables);
    CHECK(payables->managerId == QLatin1String("2"));
    CHECK(payables->org == org);
    CHECK(payables->function.view().startsWith(QLatin1String("5 junior post(s)")));
}

TEST_CASE("two organograms keep their post ids apart", "[import][organogram]")
{
    ScratchDir dir;
    QByteArray other = readFixture(QStringLiteral("import/organogram-senior.csv"));
    other.replace("Department for Examples", "Agency for Samples");
    PeopleImport imp;
    REQUIRE(imp.run(dataPath(QStringLiteral("import/organogram-senior.csv"))));
    REQUIRE(imp.run(dir.write(QStringLiteral("agency.csv"), other)));
    CHECK(imp.report.left.isEmpty()); // the first organisation is untouched
    const Directory d = imp.directory();
    CHECK(d.people.size() == 12);
    REQUIRE(d.person(QStringLiteral("Department for Examples"), QStringLiteral("1")));
    REQUIRE(d.person(QStringLiteral("Agency for Samples"), QStringLiteral("1")));
    CHECK(d.person(QStringLiteral("Agency for Samples"), QStringLiteral("2"))->managerId ==
          QLatin1String("1"));
}

TEST_CASE("matrix managers are resolved like managers", "[import]")
{
    ScratchDir dir;
    PeopleImport ok;
    REQUIRE(ok.run(dataPath(QStringLiteral("import/orgchartnow.csv"))));
    CHECK_FALSE(ok.warned(QStringLiteral("matrix manager")));

    PeopleImport unknown;
    REQUIRE(unknown.run(dir.write(QStringLiteral("m.csv"),
                                  "PersonID,FirstName,LastName,SupervisorID,AltReportsTo\n"
                                  "1,Ann,Able,,\n2,Bob,Baker,1,99\n")));
    CHECK(unknown.warned(
        QStringLiteral("m.csv:3: warning: matrix manager \"99\" is not in the file")));

    PeopleImport ambiguous;
    CHECK_FALSE(ambiguous.run(dir.write(
        QStringLiteral("a.csv"), "PersonID,FirstName,LastName,SupervisorID,AltReportsTo\n"
                                 "1,Pat,Smith,,\n2,Pat,Smith,1,\n3,Lee,Jones,1,Pat Smith\n")));
    REQUIRE_FALSE(ambiguous.errors().isEmpty());
    CHECK(ambiguous.errors().first().contains(QStringLiteral("a.csv:4: matrix manager")));
    CHECK(ambiguous.directory().people.isEmpty());
}
