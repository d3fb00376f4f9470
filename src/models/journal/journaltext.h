// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <string>

namespace convener::models {

// What the editor holds for the entry being written: plain text, so it lives
// only in an unlocked session and in the widgets that show it.
struct JournalText
{
    std::string entryId;
    std::optional<int> callNumber;
    QString title;
    bool titleOpen = false;                                  // the participant leaves the title readable when locked
    QString body;

    bool isBlank() const { return title.trimmed().isEmpty() && body.trimmed().isEmpty(); }
    bool operator==(const JournalText &) const = default;
};

} // namespace convener::models
