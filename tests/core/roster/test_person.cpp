// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/person.h"

#include <catch2/catch.hpp>

using namespace convener::core;

TEST_CASE("Person: emails compare trimmed and case-insensitively")
{
    CHECK(normalizedEmail("  Ana.Lopez@Example.ORG \t") == "ana.lopez@example.org");
    CHECK(normalizedEmail("") == "");
}

TEST_CASE("Person: obvious typing slips in an email are caught")
{
    CHECK(looksLikeEmail("ana@example.org"));
    CHECK(looksLikeEmail(" ana@example.org "));
    CHECK_FALSE(looksLikeEmail("ana.example.org"));
    CHECK_FALSE(looksLikeEmail("ana@"));
    CHECK_FALSE(looksLikeEmail("@example.org"));
    CHECK_FALSE(looksLikeEmail("ana@@example.org"));
    CHECK_FALSE(looksLikeEmail("ana lopez@example.org"));
    CHECK_FALSE(looksLikeEmail("ana@example."));
}

TEST_CASE("Person: roles read back from their keys, loosely spelled")
{
    for (Role r : {Role::Participant, Role::Host, Role::CoHost})
        CHECK(roleFromKey(roleKey(r)) == r);
    CHECK(roleFromKey(" Co-Host ") == Role::CoHost);
    CHECK(roleFromKey("cohost") == Role::CoHost);
    CHECK_FALSE(roleFromKey("guest").has_value());
}

TEST_CASE("Person: member ids come back in member order")
{
    std::vector<Member> members(3);
    members[0].person.id = 7;
    members[1].person.id = 2;
    members[2].person.id = 9;
    CHECK(personIds(members) == std::vector<PersonId>{7, 2, 9});
    CHECK(personIds({}).empty());
}

TEST_CASE("Person: trimming removes surrounding white space only")
{
    CHECK(trimmed("  Ana  Lopez \r\n") == "Ana  Lopez");
    CHECK(trimmed("   ").empty());
}
