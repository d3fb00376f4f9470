// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerflow.h"

#include <algorithm>
#include <deque>
#include <limits>

namespace convener::core {

SchedulerFlow::SchedulerFlow(int nodes)
    : m_out(static_cast<size_t>(nodes))
{
}

void SchedulerFlow::addArc(int from, int to, int capacity, std::int64_t cost)
{
    m_out[static_cast<size_t>(from)].push_back(static_cast<int>(m_arcs.size()));
    m_arcs.push_back({to, capacity, cost});
    m_out[static_cast<size_t>(to)].push_back(static_cast<int>(m_arcs.size()));
    m_arcs.push_back({from, 0, -cost});
}

std::pair<int, std::int64_t> SchedulerFlow::run(int source, int sink, int amount, const std::function<bool()> &stop)
{
    constexpr std::int64_t kUnreached = std::numeric_limits<std::int64_t>::max();
    const size_t nodes = m_out.size();
    int sent = 0;
    std::int64_t total = 0;
    std::vector<std::int64_t> distance(nodes);
    std::vector<int> via(nodes);
    std::vector<char> queued(nodes);
    while (sent < amount && !(stop && stop())) {
        // Residual arcs carry negative costs, so Bellman-Ford with a queue rather than Dijkstra.
        std::fill(distance.begin(), distance.end(), kUnreached);
        std::fill(via.begin(), via.end(), -1);
        std::deque<int> queue{source};
        distance[static_cast<size_t>(source)] = 0;
        queued[static_cast<size_t>(source)] = 1;
        while (!queue.empty()) {
            const int node = queue.front();
            queue.pop_front();
            queued[static_cast<size_t>(node)] = 0;
            for (const int a : m_out[static_cast<size_t>(node)]) {
                const Arc &arc = m_arcs[static_cast<size_t>(a)];
                if (arc.capacity <= 0)
                    continue;
                const std::int64_t d = distance[static_cast<size_t>(node)] + arc.cost;
                if (d < distance[static_cast<size_t>(arc.to)]) {
                    distance[static_cast<size_t>(arc.to)] = d;
                    via[static_cast<size_t>(arc.to)] = a;
                    if (!queued[static_cast<size_t>(arc.to)]) {
                        queued[static_cast<size_t>(arc.to)] = 1;
                        queue.push_back(arc.to);
                    }
                }
            }
        }
        if (distance[static_cast<size_t>(sink)] == kUnreached)
            break;
        int push = amount - sent;
        for (int node = sink; node != source;) {
            const int a = via[static_cast<size_t>(node)];
            push = std::min(push, m_arcs[static_cast<size_t>(a)].capacity);
            node = m_arcs[static_cast<size_t>(a ^ 1)].to;
        }
        for (int node = sink; node != source;) {
            const int a = via[static_cast<size_t>(node)];
            m_arcs[static_cast<size_t>(a)].capacity -= push;
            m_arcs[static_cast<size_t>(a ^ 1)].capacity += push;
            node = m_arcs[static_cast<size_t>(a ^ 1)].to;
        }
        sent += push;
        total += push * distance[static_cast<size_t>(sink)];
    }
    return {sent, total};
}

} // namespace convener::core
