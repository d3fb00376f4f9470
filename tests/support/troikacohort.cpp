// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "support/troikacohort.h"

#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"

#include <string>
#include <vector>

namespace convener::tests {

storage::Result<core::CohortId> createTroikaCohort(storage::Database &db)
{
    storage::RosterRepository roster(db);
    core::Cohort c;
    c.name = "Troika cohort";
    c.startDate = "2026-03-03";
    c.weekday = 2;
    c.startTime = "18:00";
    const auto cohort = roster.createCohort(c);
    if (!cohort)
        return cohort;
    std::vector<core::Member> members;
    for (int i = 0; i < 9; ++i) {
        core::Member m;
        m.person.displayName = "Member " + std::to_string(i);
        members.push_back(m);
    }
    if (const auto added = roster.addMembers(cohort.value(), members); !added)
        return storage::Result<core::CohortId>::failure(added.error());
    if (const auto followed = storage::ProgramRepository(db).followBuiltinProgram(cohort.value(), "practice-program"); !followed)
        return storage::Result<core::CohortId>::failure(followed.error());
    return cohort;
}

} // namespace convener::tests
