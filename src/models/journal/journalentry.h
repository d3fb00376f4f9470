// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <string>

namespace convener::models {

// One entry as the Journal area lists it. While the journal is locked only
// entries whose title was left open are listed, and only with that title.
struct JournalEntry
{
    std::string entryId;
    std::optional<int> callNumber;
    QString stepTitle;
    QString title;                                           // decrypted, or the title left open
    bool titleOpen = false;
    QString createdAt;                                       // ISO 8601 UTC, from storage
    QString updatedAt;

    bool operator==(const JournalEntry &) const = default;
};

} // namespace convener::models
