// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace convener::core {

// Who speaks when in a round where everyone speaks in turn (check-in, closing
// round). The order is made from the members present; the host walks it with
// next().
class SpeakingOrder final
{
public:
    SpeakingOrder() = default;

    // The same names and seed always give the same order, so a restored run
    // shows the order the room already heard.
    static SpeakingOrder shuffled(std::vector<std::string> names, std::uint64_t seed);
    static SpeakingOrder byHand(std::vector<std::string> names);

    const std::vector<std::string> &names() const { return m_names; }
    bool empty() const { return m_names.empty(); }
    int size() const { return static_cast<int>(m_names.size()); }

    // Index of who is speaking now; size() once everyone has spoken.
    int position() const { return m_position; }
    void setPosition(int position);
    std::optional<std::string> current() const;
    std::optional<std::string> following() const;
    // Moves to the next speaker; false when everyone has spoken.
    bool next();
    // A late joiner takes the last place; false when the name is already in the order.
    bool add(std::string name);

    // The round's time shared out, rounded down to whole seconds.
    Seconds perPerson(Seconds roundLength) const;

    // "Speaking order (about 1 min each): 1. Ana, 2. Ben, 3. Chloe". Chat-ready.
    std::string announcement(Seconds perPerson) const;

    bool operator==(const SpeakingOrder &) const = default;

private:
    explicit SpeakingOrder(std::vector<std::string> names);

    std::vector<std::string> m_names;
    int m_position = 0;
};

} // namespace convener::core
