// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/importplan.h"

#include "core/roster/rostercsv.h"
#include "support/test_csvsupport.h"

#include <catch2/catch.hpp>

#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace convener::core {
std::ostream &operator<<(std::ostream &os, ImportField field)
{
    return os << importFieldKey(field);
}
} // namespace convener::core

using namespace convener::core;
using csvtest::readDataFile;
using csvtest::readOk;

namespace {

using F = ImportField;

struct ExpectedRow
{
    int line;
    std::string name;
    std::string email;
};

struct ExpectedProblem
{
    int line;
    std::vector<ImportReason> reasons;

    bool operator==(const ExpectedProblem &) const = default;
};

using R = ImportReasonKind;

std::vector<ExpectedRow> rowsOf(const ImportPlan &plan)
{
    std::vector<ExpectedRow> rows;
    for (const ImportRow &row : plan.rows)
        rows.push_back({row.line, row.member.person.displayName, row.member.person.email});
    return rows;
}

std::vector<ExpectedProblem> problemsOf(const ImportPlan &plan)
{
    std::vector<ExpectedProblem> problems;
    for (const ImportProblem &p : plan.problems)
        problems.push_back({ p.line, p.reasons });
    return problems;
}

std::ostream &operator<<(std::ostream &os, const ExpectedRow &row)
{
    return os << "line " << row.line << " {" << row.name << ", " << row.email << '}';
}

std::ostream &operator<<(std::ostream &os, const ExpectedProblem &p)
{
    os << "line " << p.line << ":";
    for (const ImportReason &r : p.reasons)
        os << " {" << static_cast<int>(r.kind) << ", '" << r.value << "', " << r.otherLine << '}';
    return os;
}

bool operator==(const ExpectedRow &a, const ExpectedRow &b)
{
    return a.line == b.line && a.name == b.name && a.email == b.email;
}

ImportPlan planFor(const std::string &csv, const std::vector<std::string> &existing = {})
{
    const CsvDocument doc = readOk(csv);
    return planImport(doc, guessMapping(doc), existing);
}

} // namespace

namespace Catch {
template<>
struct StringMaker<ExpectedRow>
{
    static std::string convert(const ExpectedRow &row)
    {
        std::ostringstream os;
        os << row;
        return os.str();
    }
};
template<>
struct StringMaker<ExpectedProblem>
{
    static std::string convert(const ExpectedProblem &p)
    {
        std::ostringstream os;
        os << p;
        return os.str();
    }
};
} // namespace Catch

TEST_CASE("ParticipantImport: every field has a stable key that reads back")
{
    std::set<std::string_view> keys;
    for (ImportField field : allImportFields()) {
        CHECK(importFieldFromKey(importFieldKey(field)) == field);
        keys.insert(importFieldKey(field));
    }
    CHECK(allImportFields().size() == 10);
    CHECK(keys.size() == 10);
    CHECK(importFieldKey(F::FirstName) == "first-name");
    CHECK(importFieldKey(F::TimeZone) == "time-zone");
    CHECK(importFieldFromKey(" Time-Zone ") == F::TimeZone);
    CHECK_FALSE(importFieldFromKey("timezone").has_value());
    CHECK_FALSE(importFieldFromKey("").has_value());
}

TEST_CASE("ParticipantImport: header cells phrased as form questions map to fields")
{
    struct Case
    {
        const char *header;
        std::optional<ImportField> field;
    };
    const std::vector<Case> cases{
        {"Name", F::Name},
        {"Full name", F::Name},
        {"What's your name?", F::Name},
        {"Your name", F::Name},
        {"Preferred name", F::Name},
        {"What should we call you?", F::Name},
        {"Participant name", F::Name},
        {"Participant", std::nullopt},
        {"Email Address", F::Email},
        {"E-mail", F::Email},
        {"  EMAIL  ", F::Email},
        {"What's your email address?", F::Email},
        {"Email (we send the call link here)", F::Email},
        {"Pronouns", F::Pronouns},
        {"Pronouns (optional)", F::Pronouns},
        {"Which pronouns do you use?", F::Pronouns},
        {"City", F::Location},
        {"Location", F::Location},
        {"Where are you based?", F::Location},
        {"Country", F::Location},
        {"Time zone", F::TimeZone},
        {"Timezone", F::TimeZone},
        {"What time zone are you in?", F::TimeZone},
        {"Anything else we should know?", F::Notes},
        {"Notes", F::Notes},
        {"Comments", F::Notes},
        {"Access needs", F::Notes},
        {"First Name", F::FirstName},
        {"first_name", F::FirstName},
        {"Given name", F::FirstName},
        {"Last name", F::LastName},
        {"Surname", F::LastName},
        {"Family name", F::LastName},
        {"Role", F::Role},
        {"Timestamp", F::Ignore},
        {"#", F::Ignore},
        {"Submit Date (UTC)", F::Ignore},
        {"Start Date (UTC)", F::Ignore},
        {"Network ID", F::Ignore},
        {"Company name", std::nullopt},
        {"Team name", std::nullopt},
        {"Favourite colour", std::nullopt},
        {"What's your role at work?", std::nullopt},
        {"", std::nullopt},
        {"   ", std::nullopt},
    };
    for (const Case &c : cases) {
        CAPTURE(c.header);
        CHECK(importFieldFromHeader(c.header) == c.field);
    }
}

TEST_CASE("ParticipantImport: header detection and column guesses")
{
    struct Case
    {
        const char *name;
        std::string csv;
        ImportMapping mapping;
    };
    const std::vector<Case> cases{
        {"known headers", "Name,Email\nAna,ana@example.org\n", {true, {F::Name, F::Email}}},
        {"a cell with an email makes the first row data", "Name,ana@example.org\nBo,bo@example.org\n",
         {false, {F::Name, F::Email}}},
        {"no header: columns guessed from content", "Ana Lopez,ana@example.org,she/her,Europe/Lisbon\n",
         {false, {F::Name, F::Email, F::Pronouns, F::TimeZone}}},
        {"no header and no emails: a column of names", "Ana Lopez\nBo Li\n", {false, {F::Name}}},
        {"unknown header above a column of emails is a header", "Who,Contact\nAna,ana@example.org\nBo,bo@example.org\n",
         {true, {F::Ignore, F::Email}}},
        {"an unknown header gets its field from its content", "Name,Contact\nAna,ana@example.org\n",
         {true, {F::Name, F::Email}}},
        {"each field goes to the first column naming it", "Email,Email address,Name,Full name\na@x.org,a@x.org,A,A\n",
         {true, {F::Email, F::Ignore, F::Name, F::Ignore}}},
        {"several columns can be notes", "Name,Notes,Anything else?\nAna,x,y\n", {true, {F::Name, F::Notes, F::Notes}}},
        {"columns past the header are part of the mapping", "Name,Email\nAna,ana@example.org,extra\n",
         {true, {F::Name, F::Email, F::Ignore}}},
        {"empty document", "", {false, {}}},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const ImportMapping mapping = guessMapping(readOk(c.csv));
            CHECK(mapping.hasHeader == c.mapping.hasHeader);
            CHECK(mapping.columns == c.mapping.columns);
        }
    }
}

TEST_CASE("ParticipantImport: rows become members or problems with a line and their reasons")
{
    struct Case
    {
        const char *name;
        std::string csv;
        std::vector<std::string> existing;
        std::vector<ExpectedRow> rows;
        std::vector<ExpectedProblem> problems;
    };
    const std::vector<Case> cases {
        { "a missing email is fine", "Name,Email\nAna,\nBo\n", {}, { { 2, "Ana", "" }, { 3, "Bo", "" } }, {} },
        { "a malformed email is a problem", "Name,Email\nAna,ana@\n", {}, {},
            { { 2, { { R::EmailMalformed, "ana@" } } } } },
        { "no name is a problem", "Name,Email\n,ana@example.org\n", {}, {}, { { 2, { { R::NoName } } } } },
        { "several reasons on one row are kept in order", "Name,Email\n  ,ana@\n", {}, {},
            { { 2, { { R::NoName }, { R::EmailMalformed, "ana@" } } } } },
        { "a repeated email is a duplicate, whatever its case",
            "Name,Email\nAna,ana@example.org\nAna L,ANA@Example.org \n", {}, { { 2, "Ana", "ana@example.org" } },
            { { 3, { { R::SameEmailAsLine, "", 2 } } } } },
        { "a duplicate names the line of the first one after a multi-line field",
            "Name,Email,Notes\nAna,ana@example.org,\"a\nb\"\nBo,bo@example.org,\nAna,ana@example.org,\n", {},
            { { 2, "Ana", "ana@example.org" }, { 4, "Bo", "bo@example.org" } },
            { { 5, { { R::SameEmailAsLine, "", 2 } } } } },
        { "an email already in the cohort is a problem", "Name,Email\nAna,Ana@Example.org\nBo,bo@example.org\n",
            { " ana@example.org" }, { { 3, "Bo", "bo@example.org" } },
            { { 2, { { R::AlreadyInCohort, "ana@example.org" } } } } },
        { "a rejected row does not block a later good one", "Name,Email\n,ana@example.org\nAna,ana@example.org\n", {},
            { { 3, "Ana", "ana@example.org" } }, { { 2, { { R::NoName } } } } },
        { "people without email are never duplicates", "Name,Email\nAna,\nAna,\n", {},
            { { 2, "Ana", "" }, { 3, "Ana", "" } }, {} },
        { "empty rows are skipped silently", "Name,Email\n,\n , \nAna,a@x.org\n", {}, { { 4, "Ana", "a@x.org" } }, {} },
        { "names and emails are trimmed", "Name,Email\n  Ana  López ,  ana@example.org  \n", {},
            { { 2, "Ana López", "ana@example.org" } }, {} },
        { "a line break inside a quoted name becomes a space", "Name,Email\n\"Ana\nLópez\",a@x.org\n", {},
            { { 2, "Ana López", "a@x.org" } }, {} },
        { "first and last names are combined", "First name,Last name\nAna,López\n,Solo\nMono,\n", {},
            { { 2, "Ana López", "" }, { 3, "Solo", "" }, { 4, "Mono", "" } }, {} },
        { "a full name wins over first and last", "Full name,First name,Last name\nAna María López,Ana,López\n,Bo,Li\n",
            {}, { { 2, "Ana María López", "" }, { 3, "Bo Li", "" } }, {} },
        { "non-ASCII names are kept intact", "Name\nZoë Ōkubo\nАлексей Смирнов\n李明\n", {},
            { { 2, "Zoë Ōkubo", "" }, { 3, "Алексей Смирнов", "" }, { 4, "李明", "" } }, {} },
        { "a role that is not a role is a problem", "Name,Role\nAna,host\nBo,guest\n", {}, { { 2, "Ana", "" } },
            { { 3, { { R::NotARole, "guest" } } } } },
        { "a header-only file plans nothing", "Name,Email\n", {}, {}, {} },
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const ImportPlan plan = planFor(c.csv, c.existing);
            CHECK(rowsOf(plan) == c.rows);
            CHECK(problemsOf(plan) == c.problems);
        }
    }
}

TEST_CASE("ParticipantImport: members are new participants unless a Role column says otherwise")
{
    const ImportPlan plan = planFor("Name,Role,Pronouns,City,Time zone\n"
                                    "Ana,,she/her,Lisbon,Europe/Lisbon\n"
                                    "Bo,Host,,,\n"
                                    "Cy, co-host ,,,\n");
    REQUIRE(plan.rows.size() == 3);
    const Person &ana = plan.rows[0].member.person;
    CHECK(ana.id == 0);
    CHECK(plan.rows[0].member.role == Role::Participant);
    CHECK(ana.pronouns == "she/her");
    CHECK(ana.location == "Lisbon");
    CHECK(ana.timeZone == "Europe/Lisbon");
    CHECK(plan.rows[1].member.role == Role::Host);
    CHECK(plan.rows[2].member.role == Role::CoHost);
}

TEST_CASE("ParticipantImport: extra fields are ignored with a warning and missing fields are empty")
{
    const ImportPlan plan = planFor("Name,Email,City\n"
                                    "Ana,ana@example.org,Lisbon,surprise,more\n"
                                    "Bo,bo@example.org,Porto,,\n"
                                    "Cy\n");
    REQUIRE(plan.rows.size() == 3);
    CHECK(plan.problems.empty());
    CHECK(plan.rows[0].member.person.location == "Lisbon");
    CHECK(plan.rows[2].member.person.email.empty());
    CHECK(plan.rows[2].member.person.location.empty());
    CHECK(plan.warnings == std::vector<ImportWarning> { { ImportWarningKind::FieldsIgnored, 2, 2 } });
}

TEST_CASE("ParticipantImport: a hand-made mapping is followed exactly")
{
    const CsvDocument doc = readOk("Ana,ana@example.org,Lisbon\nBo,bo@example.org,Porto\n");
    SECTION("without a header every record is a row")
    {
        const ImportPlan plan = planImport(doc, ImportMapping{false, {F::Name, F::Ignore, F::Location}}, {});
        CHECK(rowsOf(plan) == std::vector<ExpectedRow>{{1, "Ana", ""}, {2, "Bo", ""}});
        CHECK(plan.rows[1].member.person.location == "Porto");
        CHECK(plan.warnings.empty());
    }
    SECTION("with a header the first record is skipped")
    {
        const ImportPlan plan = planImport(doc, ImportMapping{true, {F::Name, F::Email, F::Ignore}}, {});
        CHECK(rowsOf(plan) == std::vector<ExpectedRow>{{2, "Bo", "bo@example.org"}});
    }
    SECTION("a mapping shorter than the rows ignores the rest")
    {
        const ImportPlan plan = planImport(doc, ImportMapping{false, {F::Name}}, {});
        CHECK(rowsOf(plan) == std::vector<ExpectedRow>{{1, "Ana", ""}, {2, "Bo", ""}});
        CHECK(plan.warnings.size() == 2);
    }
    SECTION("several notes columns are joined line by line")
    {
        const ImportPlan plan = planImport(doc, ImportMapping{false, {F::Name, F::Notes, F::Notes}}, {});
        REQUIRE(plan.rows.size() == 2);
        CHECK(plan.rows[0].member.person.notes == "ana@example.org\nLisbon");
    }
}

TEST_CASE("ParticipantImport: real exports map and plan as a host expects")
{
    struct Case
    {
        const char *file;
        ImportMapping mapping;
        std::vector<std::string> existing;
        std::vector<ExpectedRow> rows;
        std::vector<ExpectedProblem> problems;
        std::size_t warnings;
    };
    const std::vector<Case> cases {
        { "google_forms.csv",
            { true, { F::Ignore, F::Email, F::Name, F::Pronouns, F::Location, F::TimeZone, F::Notes } }, {},
            { { 2, "Ana López", "ana.lopez@example.org" }, { 3, "Kwame Mensah", "kwame@example.net" },
                { 5, "Mei Chen", "mei.chen@example.com" } },
            { { 6, { { R::SameEmailAsLine, "", 2 } } }, { 7, { { R::EmailMalformed, "jonas@example" } } },
                { 8, { { R::NoName } } } },
            0 },
        { "typeform.csv",
            { true,
                { F::Ignore, F::Name, F::Email, F::Pronouns, F::Location, F::Notes, F::Ignore, F::Ignore, F::Ignore } },
            { "alexei@example.ru" },
            { { 2, "Søren Kierkegaard", "soren@example.dk" }, { 3, "Zoë Ōkubo", "zoe@example.jp" },
                { 6, "Ngozi Adichie", "" } },
            { { 7, { { R::AlreadyInCohort, "alexei@example.ru" } } } }, 0 },
        { "excel_semicolon_cp1252.csv", { true, { F::Name, F::Email, F::Location, F::Notes } }, {},
            { { 2, "José Muñoz", "jose@example.es" }, { 3, "Siobhán O’Brien", "siobhan@example.ie" },
                { 4, "François Dupré", "" }, { 5, "Jürgen Groß", "juergen@example.de" } },
            {}, 0 },
        { "spreadsheet_first_last.csv",
            { true, { F::FirstName, F::LastName, F::Email, F::Location, F::Role, F::Ignore, F::Ignore } }, {},
            { { 2, "Priya Raman", "priya@example.in" }, { 3, "Tomás Ruiz", "" }, { 6, "Lena Hofer", "lena@example.at" },
                { 7, "Ola Nordmann", "ola@example.no" }, { 8, "Solo", "solo@example.org" } },
            { { 9, { { R::NotARole, "guest" } } } }, 1 },
        { "no_header.csv", { false, { F::Name, F::Email, F::Pronouns, F::TimeZone } }, {},
            { { 1, "Amara Okafor", "amara@example.ng" }, { 2, "Diego Alvarez", "diego@example.mx" },
                { 3, "Hana Kobayashi", "hana@example.jp" }, { 4, "Wiremu Tane", "wiremu@example.nz" } },
            {}, 0 },
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.file)
        {
            const CsvDocument doc = readOk(readDataFile(c.file));
            const ImportMapping mapping = guessMapping(doc);
            CHECK(mapping.hasHeader == c.mapping.hasHeader);
            CHECK(mapping.columns == c.mapping.columns);
            const ImportPlan plan = planImport(doc, mapping, c.existing);
            CHECK(rowsOf(plan) == c.rows);
            CHECK(problemsOf(plan) == c.problems);
            CHECK(plan.warnings.size() == c.warnings);
        }
    }
}

TEST_CASE("ParticipantImport: form answers land in the right person fields")
{
    const CsvDocument doc = readOk(readDataFile("google_forms.csv"));
    const ImportPlan plan = planImport(doc, guessMapping(doc), {});
    REQUIRE(plan.rows.size() == 3);
    const Person &ana = plan.rows[0].member.person;
    CHECK(ana.pronouns == "she/her");
    CHECK(ana.location == "Lisbon, Portugal");
    CHECK(ana.timeZone == "Europe/Lisbon");
    CHECK(ana.notes.empty());
    CHECK(plan.rows[1].member.person.notes == "I join from a shared office.\nCamera may be off at times.");
    CHECK(plan.rows[2].member.person.notes == "She said \"call me Mei\"");

    const CsvDocument excel = readOk(readDataFile("excel_semicolon_cp1252.csv"));
    const ImportPlan fromExcel = planImport(excel, guessMapping(excel), {});
    REQUIRE(fromExcel.rows.size() == 4);
    CHECK(fromExcel.rows[0].member.person.notes == "Pays 20 € by transfer");
    CHECK(fromExcel.rows[0].member.person.location == "Sevilla, España");

    const CsvDocument sheet = readOk(readDataFile("spreadsheet_first_last.csv"));
    const ImportPlan fromSheet = planImport(sheet, guessMapping(sheet), {});
    REQUIRE(fromSheet.rows.size() == 5);
    CHECK(fromSheet.rows[0].member.role == Role::Host);
    CHECK(fromSheet.rows[2].member.role == Role::CoHost);
    CHECK(fromSheet.rows[1].member.role == Role::Participant);
    CHECK(fromSheet.warnings == std::vector<ImportWarning> { { ImportWarningKind::FieldsIgnored, 6, 1 } });
}

TEST_CASE("ParticipantImport: a roster exported by Convener imports back as the same members")
{
    std::vector<Member> members(3);
    members[0].person = {0, "Zoë Ōkubo", "zoe@example.jp", "she/they", "Osaka, Japan", "Asia/Tokyo", "Hard of hearing:\nplease use captions"};
    members[1].person = {0, "Kwame \"KM\" Mensah", "", "he/him", "", "Africa/Accra", ""};
    members[1].role = Role::Host;
    members[2].person = {0, "Ana López", "ana@example.org", "", "Lisbon", "", ""};
    members[2].role = Role::CoHost;

    const CsvDocument doc = readOk(rosterCsv(members));
    CHECK(doc.encoding == "UTF-8 with BOM");
    const ImportMapping mapping = guessMapping(doc);
    CHECK(mapping.hasHeader);
    const ImportPlan plan = planImport(doc, mapping, {});
    CHECK(plan.problems.empty());
    REQUIRE(plan.rows.size() == members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        CAPTURE(i);
        CHECK(plan.rows[i].member == members[i]);
    }
}
