// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/encountermap.h"

#include <algorithm>
#include <unordered_map>

namespace convener::core {

EncounterMap::EncounterMap(std::vector<PersonId> people, const std::vector<Groups> &rounds)
    : m_people(std::move(people)), m_matrix(m_people.size(), std::vector<int>(m_people.size(), 0))
{
    std::unordered_map<PersonId, size_t> index;
    for (size_t i = 0; i < m_people.size(); ++i)
        index.emplace(m_people[i], i);
    for (const auto &round : rounds) {
        for (const auto &group : round) {
            std::vector<size_t> members;
            for (const PersonId p : group) {
                if (const auto it = index.find(p); it != index.end())
                    members.push_back(it->second);
            }
            std::sort(members.begin(), members.end());
            members.erase(std::unique(members.begin(), members.end()), members.end());
            for (size_t a = 0; a < members.size(); ++a) {
                for (size_t b = a + 1; b < members.size(); ++b) {
                    ++m_matrix[members[a]][members[b]];
                    ++m_matrix[members[b]][members[a]];
                }
            }
        }
    }
}

int EncounterMap::indexOf(PersonId person) const
{
    const auto it = std::find(m_people.begin(), m_people.end(), person);
    return it == m_people.end() ? -1 : static_cast<int>(it - m_people.begin());
}

int EncounterMap::meetings(PersonId a, PersonId b) const
{
    const int i = indexOf(a);
    const int j = indexOf(b);
    if (i < 0 || j < 0)
        return 0;
    return m_matrix[static_cast<size_t>(i)][static_cast<size_t>(j)];
}

int EncounterMap::metCount(PersonId person) const
{
    const int i = indexOf(person);
    if (i < 0)
        return 0;
    const auto &row = m_matrix[static_cast<size_t>(i)];
    return static_cast<int>(std::count_if(row.begin(), row.end(), [](int n) { return n > 0; }));
}

int EncounterMap::pairsMet() const
{
    int met = 0;
    for (size_t i = 0; i < m_matrix.size(); ++i) {
        for (size_t j = i + 1; j < m_matrix.size(); ++j)
            met += m_matrix[i][j] > 0 ? 1 : 0;
    }
    return met;
}

int EncounterMap::pairCount() const
{
    const int n = static_cast<int>(m_people.size());
    return n * (n - 1) / 2;
}

double EncounterMap::shareMet() const
{
    const int pairs = pairCount();
    return pairs == 0 ? 0.0 : static_cast<double>(pairsMet()) / pairs;
}

} // namespace convener::core
