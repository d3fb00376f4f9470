// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "storage/result.h"

#include <vector>

namespace convener::storage {

class RetroRepository;

// The Demo cohort's call-4 retro: cards in every column, two groups, votes
// and action items, one of them done. Built through the board's own phases,
// so the demo obeys the same rules as a board a host runs.
class DemoRetro final
{
public:
    static constexpr int kCall = 4;

    // Creates the board in the caller's transaction if one is open.
    static Status seed(RetroRepository &retro, core::CohortId cohort, const std::vector<core::Member> &members);
};

} // namespace convener::storage
