// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "core/roster/person.h"
#include "storage/result.h"
#include "storage/rowversion.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace convener::storage {

class Database;

// Cohorts, people and memberships. Every write is one IMMEDIATE transaction, so
// a batch (an import, a multi-row removal) is stored whole or not at all.
// The problems of a cohort as typed (core::validateCohort) as one error:
// the first, with the others in `more`. Expects at least one problem.
Error cohortError(const std::vector<core::CohortProblem> &problems);

class RosterRepository final
{
public:
    explicit RosterRepository(Database &database);
    Database &database() const { return m_database; }

    Result<std::vector<core::Cohort>> cohorts() const;
    Result<std::optional<core::Cohort>> cohortByName(const QString &name) const;
    Result<core::Cohort> cohort(core::CohortId id) const;
    Result<core::CohortId> createCohort(const core::Cohort &cohort);
    // Stores new details for the cohort cohort.id. A name another cohort has is refused.
    // When the first call's date or time changes, every call that has a date moves
    // by the same amount (calls moved one by one keep their distance); a new time
    // zone keeps the calls' local times. All or nothing.
    Status updateCohort(const core::Cohort &cohort);
    // Makes names the cohort's hosts, in order: the first hosts, the others co-host.
    // A member of that name takes the role, a name nobody has joins as a new person,
    // and a host left off the list stays in the cohort as a participant, so nothing
    // about them is lost. All or nothing.
    Status setHosts(core::CohortId cohort, const std::vector<std::string> &names);
    // When the cohort was stored ("2026-01-05T10:00:00Z"): never changes, so
    // exports use it to name the cohort's calls for other programs.
    Result<std::string> cohortCreatedAt(core::CohortId id) const;

    // Members in a stable order (by name, then id).
    Result<std::vector<core::Member>> members(core::CohortId cohort) const;
    Result<int> memberCount(core::CohortId cohort) const;
    // Normalised emails of the cohort's members, for duplicate checks.
    Result<std::vector<std::string>> memberEmails(core::CohortId cohort) const;

    // Adds new people (person.id == 0) to the cohort and returns them with their ids.
    Result<std::vector<core::Member>> addMembers(core::CohortId cohort, const std::vector<core::Member> &members);
    // Puts back people removed earlier (person.id != 0), with the details they had.
    Status restoreMembers(core::CohortId cohort, const std::vector<core::Member> &members);
    Status updateMember(core::CohortId cohort, const core::Member &member);
    // The same, based on the person's row at version basedOn (0: unchecked),
    // returning the row's new version. Refused with ChangedElsewhere when
    // someone else changed the person since.
    Result<RowVersion> editMember(core::CohortId cohort, const core::Member &member, RowVersion basedOn);
    // The version of each member's row, for the edits based on them.
    Result<std::map<core::PersonId, RowStamp>> memberStamps(core::CohortId cohort) const;
    // Takes people out of the cohort. Their person records stay, so this can be undone.
    Status removeMembers(core::CohortId cohort, const std::vector<core::PersonId> &people);

private:
    Status moveDatedCalls(const core::Cohort &before, const core::Cohort &after);

    Database &m_database;
};

} // namespace convener::storage
