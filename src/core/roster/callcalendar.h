// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"

#include <optional>
#include <string>
#include <vector>

namespace convener::core {

// The planned local start ("YYYY-MM-DDTHH:MM") of each of a cohort's calls: the
// first on its start date, then one a week at the same local time (the
// cohort's time zone decides what that is in UTC, which is not the core's job).
// Empty when the cohort has no valid start date.
std::vector<std::string> weeklyCallStarts(const Cohort &cohort, int count);

// Adds days to an ISO date ("2026-03-29" + 7 = "2026-04-05"); nullopt for a malformed date.
std::optional<std::string> addDays(const std::string &isoDate, int days);

// 1 = Monday ... 7 = Sunday, for a valid ISO date.
std::optional<int> isoWeekday(const std::string &isoDate);

} // namespace convener::core
