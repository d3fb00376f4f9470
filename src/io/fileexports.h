// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroexport.h"
#include "core/roster/person.h"
#include "storage/result.h"

#include <QString>
#include <vector>

namespace convener::io {

// Exports of what the app already holds in memory, for the app and
// convener-cli alike; each is written whole and readable by its owner only.

// The roster as CSV, as the People area exports it.
storage::Status exportRoster(const std::vector<core::Member> &members, const QString &path);

enum class RetroFileFormat { Markdown, Csv };
// A retro board with its groups, votes and action items.
storage::Status exportRetroBoard(const core::RetroSnapshot &snapshot, RetroFileFormat format, const QString &path);

} // namespace convener::io
