// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "storage/result.h"

#include <vector>

namespace convener::storage {

class Database;

// The Demo cohort's first two calls as they went: attendance with a few
// absences and a late joiner, and every breakout round planned by the room
// planner and recorded, so the encounter map and the plan of call 3 start
// from real history. Deterministic: a fixed seed and an iteration limit.
class DemoRooms final
{
public:
    static constexpr int kRecordedCalls = 2;

    // Seeds in the caller's transaction if one is open. The cohort must follow
    // its program already.
    static Status seed(Database &database, core::CohortId cohort, const std::vector<core::Member> &members);
};

} // namespace convener::storage
