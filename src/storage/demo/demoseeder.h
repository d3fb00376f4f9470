// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "storage/result.h"

namespace convener::storage {

class RosterRepository;

// Creates the fictional "Demo" cohort when it is not there yet. Later features
// each add their part of the demo here, so a newcomer sees every area working.
class DemoSeeder final
{
public:
    struct Outcome
    {
        core::CohortId cohort = 0;
        bool created = false;   // false: the Demo cohort already existed and was left as it is
    };

    explicit DemoSeeder(RosterRepository &roster);
    Result<Outcome> seed();

private:
    RosterRepository &m_roster;
};

} // namespace convener::storage
