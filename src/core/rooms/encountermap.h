// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <vector>

namespace convener::core {

// Who has met whom: two people met when they shared a room in a recorded
// round. Counts only the people given (the cohort as it is now), in their order.
class EncounterMap final
{
public:
    using Groups = std::vector<std::vector<PersonId>>;

    // rounds: the groups of each recorded round; people not in `people` are ignored.
    EncounterMap(std::vector<PersonId> people, const std::vector<Groups> &rounds);

    const std::vector<PersonId> &people() const { return m_people; }
    // How many times a and b shared a room; 0 for unknown people and for a == b.
    int meetings(PersonId a, PersonId b) const;
    // The meetings of every pair, in the order of people(); the diagonal is 0.
    const std::vector<std::vector<int>> &matrix() const { return m_matrix; }
    // How many of the others this person has met at least once.
    int metCount(PersonId person) const;
    // Pairs who have met at least once, of all pairs of people.
    int pairsMet() const;
    int pairCount() const;
    // pairsMet() / pairCount(), 0 with fewer than two people.
    double shareMet() const;

private:
    int indexOf(PersonId person) const;

    std::vector<PersonId> m_people;
    std::vector<std::vector<int>> m_matrix;
};

} // namespace convener::core
