// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

using PersonId = std::int64_t;
using CohortId = std::int64_t;

// What a person is in one cohort. Hosts and co-hosts are members too, so that a
// host can be kept apart in breakout rooms or left out of them entirely.
enum class Role { Participant, Host, CoHost };

std::string_view roleKey(Role role);                         // "participant", "host", "co-host"
std::optional<Role> roleFromKey(std::string_view key);

// A person as the roster knows them. Text is UTF-8; empty means "not given".
struct Person
{
    PersonId id = 0;
    std::string displayName;
    std::string email;
    std::string pronouns;
    std::string location;
    std::string timeZone;                                    // IANA name such as "Europe/Lisbon"
    std::string notes;

    bool operator==(const Person &) const = default;
};

// A person together with their place in one cohort.
struct Member
{
    Person person;
    Role role = Role::Participant;

    bool operator==(const Member &) const = default;
};

// Emails are compared trimmed and case-insensitively (ASCII), which is how
// registration forms and mail systems treat them in practice.
std::string normalizedEmail(std::string_view email);

// A loose check that catches typing slips ("ana.example.com", "ana@"), not RFC 5322.
bool looksLikeEmail(std::string_view email);

std::string trimmed(std::string_view text);

// The ids of members, in the same order.
std::vector<PersonId> personIds(const std::vector<Member> &members);

} // namespace convener::core
