// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace convener::crypto {

// Names one journal for as long as it exists, on every machine. Chosen at random
// when the journal is set up and kept in its key records; sealed items bind it
// in their associated data. It stands in for the participant because database
// person ids are local to one database and would change when a journal is moved
// to another machine, which would leave every entry unopenable there. Storage
// keeps the link between a person and their journal id.
struct JournalId
{
    static constexpr std::size_t kSize = 16;
    std::array<unsigned char, kSize> bytes{};

    static JournalId generate();
    std::string toHex() const;                               // 32 lowercase hex digits
    static std::optional<JournalId> fromHex(std::string_view hex);

    bool operator==(const JournalId &) const = default;
};

// A fresh random id for an entry (32 lowercase hex digits). Entry ids are bound
// into every sealed item, so they must stay the same when the journal moves:
// store this, not a database row id, and keep it on import.
std::string newEntryId();

} // namespace convener::crypto
