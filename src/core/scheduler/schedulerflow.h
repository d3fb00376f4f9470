// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace convener::core {

// Minimum-cost flow for the scheduler's small bound computations (a few hundred
// nodes). Convex arc costs are modelled as parallel unit arcs of rising cost,
// which successive shortest paths then fill cheapest first.
class SchedulerFlow final
{
public:
    explicit SchedulerFlow(int nodes);

    void addArc(int from, int to, int capacity, std::int64_t cost);

    // Sends up to `amount` units from source to sink, cheapest paths first.
    // Returns the units sent and their total cost. `stop`, when given, is asked
    // before each path: stopped early, the cost is that of the units sent so
    // far, which with costs of zero and above is no more than the full one.
    std::pair<int, std::int64_t> run(int source, int sink, int amount, const std::function<bool()> &stop = {});

private:
    struct Arc
    {
        int to;
        int capacity;
        std::int64_t cost;
    };
    std::vector<Arc> m_arcs;                                 // arc i and i^1 are each other's reverse
    std::vector<std::vector<int>> m_out;
};

} // namespace convener::core
