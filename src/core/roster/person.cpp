// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/person.h"

#include <algorithm>
#include <array>
#include <utility>

namespace convener::core {

namespace {
constexpr std::array<std::pair<Role, std::string_view>, 3> kRoleKeys{{
    {Role::Participant, "participant"},
    {Role::Host, "host"},
    {Role::CoHost, "co-host"},
}};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
} // namespace

std::string_view roleKey(Role role)
{
    for (const auto &[r, key] : kRoleKeys) {
        if (r == role)
            return key;
    }
    return "participant";
}

std::optional<Role> roleFromKey(std::string_view key)
{
    const std::string k = normalizedEmail(key); // trimmed, ASCII lower case
    for (const auto &[r, name] : kRoleKeys) {
        if (k == name)
            return r;
    }
    if (k == "cohost" || k == "co host")
        return Role::CoHost;
    return std::nullopt;
}

std::string trimmed(std::string_view text)
{
    auto begin = std::find_if_not(text.begin(), text.end(), isSpace);
    auto end = std::find_if_not(text.rbegin(), std::make_reverse_iterator(begin), isSpace).base();
    return std::string(begin, end);
}

std::string normalizedEmail(std::string_view email)
{
    std::string out = trimmed(email);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return out;
}

std::vector<PersonId> personIds(const std::vector<Member> &members)
{
    std::vector<PersonId> ids;
    ids.reserve(members.size());
    for (const Member &m : members)
        ids.push_back(m.person.id);
    return ids;
}

bool looksLikeEmail(std::string_view email)
{
    const std::string e = trimmed(email);
    const auto at = e.find('@');
    if (at == std::string::npos || at == 0 || e.find('@', at + 1) != std::string::npos)
        return false;
    const auto dot = e.find('.', at + 2);
    if (dot == std::string::npos || dot + 1 >= e.size())
        return false;
    return std::none_of(e.begin(), e.end(), isSpace);
}

} // namespace convener::core
