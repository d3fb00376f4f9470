// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/demodata.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace convener::core;

TEST_CASE("Demo: 24 participants and two hosts, a few without email")
{
    const auto members = demoMembers();
    const auto participants = std::count_if(members.begin(), members.end(),
                                            [](const Member &m) { return m.role == Role::Participant; });
    CHECK(participants == 24);
    CHECK(members.size() == 26);
    const auto withoutEmail = std::count_if(members.begin(), members.end(),
                                            [](const Member &m) { return m.person.email.empty(); });
    CHECK(withoutEmail >= 2);

    std::set<std::string> zones, emails;
    for (const auto &m : members) {
        zones.insert(m.person.timeZone);
        if (!m.person.email.empty()) {
            CHECK(looksLikeEmail(m.person.email));
            CHECK(emails.insert(normalizedEmail(m.person.email)).second);
        }
    }
    CHECK(zones.size() >= 10);
    CHECK(validateCohort(demoCohort()).empty());
}
